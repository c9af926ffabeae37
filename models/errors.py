"""Failures the user can understand, as opposed to bugs.

``StoreError`` and its subclasses are environmental or user-caused (a locked, read-only,
foreign or newer database; an invalid value). They carry a message fit to show as it is;
anything else escaping the store is a bug and is reported as such.
"""


class WarRoomError(Exception):
    """A known, user-explainable failure; ``str(error)`` is the message to show."""


class StoreError(WarRoomError):
    """The database cannot be opened or written."""


class NotADatabaseError(StoreError):
    """The file exists but is not an SQLite database."""


class CorruptDatabaseError(StoreError):
    """The file is SQLite but fails its integrity check."""


class NewerSchemaError(StoreError):
    """The database was written by a newer War Room and must not be touched."""


class ValidationError(WarRoomError):
    """A value was refused; ``field`` names what was wrong when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
