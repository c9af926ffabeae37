"""Failures the user can understand, as opposed to bugs.

``WarRoomError`` and its subclasses are environmental or user-caused (a locked, read-only,
foreign or newer database; an invalid value). Store errors carry facts (which kind of
failure, which file, the database's own detail), not sentences for people:
``controllers.error_messages.user_message`` chooses the translated words. ``str(error)``
is an English sentence for logs and the English command line.

``StoreInternalError`` is the other side: the store met one of our own bugs (a broken
constraint, bad SQL). It is logged with its traceback and reported as such.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class WarRoomError(Exception):
    """A known, user-explainable failure; ``str(error)`` is the message to show."""


class StoreErrorKind(StrEnum):
    """What went wrong with the database, as a stable code."""

    BUSY = "busy"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    NEWER_SCHEMA = "newer_schema"
    CANNOT_OPEN = "cannot_open"
    IO_ERROR = "io_error"
    FOLDER_MISSING = "folder_missing"
    NOT_A_FOLDER = "not_a_folder"
    PATH_IS_FOLDER = "path_is_folder"
    NO_ACCESS = "no_access"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    INTERNAL = "internal"


# English sentences for logs and the command line; {where} is the path, {detail} the
# database's own words. The UI's sentences are in controllers/error_messages.py.
_ENGLISH = {
    StoreErrorKind.BUSY: "The database is busy in another program ({where}); try again.",
    StoreErrorKind.READ_ONLY: "The database cannot be written ({where}): it is read-only.",
    StoreErrorKind.DISK_FULL: "The database could not be written ({where}): the disk is full.",
    StoreErrorKind.CORRUPT: "The database file is damaged: {where}: {detail}",
    StoreErrorKind.NOT_A_DATABASE: "This file is not a War Room (SQLite) database: {where}",
    StoreErrorKind.NEWER_SCHEMA: (
        "This database was written by a newer version of War Room (schema step {detail});"
        " upgrade War Room to open it: {where}"
    ),
    StoreErrorKind.CANNOT_OPEN: "The database cannot be opened: {where}: {detail}",
    StoreErrorKind.IO_ERROR: "The database could not be read or written ({where}): {detail}",
    StoreErrorKind.FOLDER_MISSING: "The database folder does not exist: {where}",
    StoreErrorKind.NOT_A_FOLDER: "The database location is not a folder: {where}",
    StoreErrorKind.PATH_IS_FOLDER: "The database path is a folder, not a file: {where}",
    StoreErrorKind.NO_ACCESS: "The database file cannot be read and written: {where}",
    StoreErrorKind.FOLDER_NOT_WRITABLE: "The database folder is not writable: {where}",
    StoreErrorKind.INTERNAL: "Internal database error ({where}): {detail}",
}


def _sentence(kind: StoreErrorKind, path: Path | None, detail: str) -> str:
    where = str(path) if path is not None else "in memory"
    return _ENGLISH[kind].format(where=where, detail=detail)


class StoreError(WarRoomError):
    """The database cannot be opened or written, for a reason outside War Room.

    ``kind`` says which failure, ``path`` which file (None in memory), ``detail`` what the
    database itself said (or the schema step, for a newer database).
    """

    KIND = StoreErrorKind.CANNOT_OPEN

    def __init__(
        self, path: Path | None, detail: str = "", *, kind: StoreErrorKind | None = None
    ) -> None:
        self.kind = kind or self.KIND
        self.path = path
        self.detail = detail
        super().__init__(_sentence(self.kind, path, detail))


class DatabaseBusyError(StoreError):
    """Another program holds the database's lock (busy or locked): try again later."""

    KIND = StoreErrorKind.BUSY


class ReadOnlyDatabaseError(StoreError):
    """The file or its folder may be read but not written."""

    KIND = StoreErrorKind.READ_ONLY


class DiskFullError(StoreError):
    """The disk (or the database's size limit) is full."""

    KIND = StoreErrorKind.DISK_FULL


class CorruptDatabaseError(StoreError):
    """The file is SQLite but damaged (fails its integrity check or a read)."""

    KIND = StoreErrorKind.CORRUPT


class NotADatabaseError(StoreError):
    """The file exists but is not an SQLite database."""

    KIND = StoreErrorKind.NOT_A_DATABASE


class NewerSchemaError(StoreError):
    """The database was written by a newer War Room and must not be touched."""

    KIND = StoreErrorKind.NEWER_SCHEMA


class CannotOpenDatabaseError(StoreError):
    """The operating system would not let the database file be opened."""

    KIND = StoreErrorKind.CANNOT_OPEN


class DatabaseIOError(StoreError):
    """Reading or writing the file failed at the operating-system level."""

    KIND = StoreErrorKind.IO_ERROR


class DatabaseLocationError(StoreError):
    """The path given for the database cannot hold one (missing folder, no access, ...)."""

    def __init__(self, kind: StoreErrorKind, path: Path) -> None:
        super().__init__(path, kind=kind)


class StoreInternalError(Exception):
    """A bug met in the store (a broken constraint, bad SQL): logged, then reported.

    Not a ``WarRoomError``: the user cannot fix it, so it is shown as an internal error.
    ``detail`` is the database's message, ``constraint`` tells a refused row from bad SQL.
    """

    kind = StoreErrorKind.INTERNAL

    def __init__(self, path: Path | None, detail: str, *, constraint: bool) -> None:
        self.path = path
        self.detail = detail
        self.constraint = constraint
        super().__init__(_sentence(self.kind, path, detail))


class ValidationError(WarRoomError):
    """A value was refused; ``field`` names what was wrong when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
