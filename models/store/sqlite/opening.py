"""Opening an SQLite database: file checks, integrity, pragmas, backup and migrations.

A file War Room must not touch (foreign, damaged, from a newer War Room) is refused
before anything is written to it; an upgrade first leaves a dated backup beside it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

from models.errors import (
    CorruptDatabaseError,
    DatabaseLocationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreErrorKind,
)
from models.store.sqlite import migrations as schema
from models.store.sqlite.backup import write_backup
from models.store.sqlite.connection import SqliteConnection
from models.store.sqlite.errors import classify

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# What sqlite-utils' ``Database`` sets on every connection it opens; kept since sqlite-utils
# is now imported only to apply migrations.
RECURSIVE_TRIGGERS = "PRAGMA recursive_triggers = ON"


def check_location(path: Path) -> None:
    """Refuse a path that cannot hold a War Room database, before SQLite creates a file."""
    folder = path.parent
    if not folder.exists():
        raise DatabaseLocationError(StoreErrorKind.FOLDER_MISSING, folder)
    if not folder.is_dir():
        raise DatabaseLocationError(StoreErrorKind.NOT_A_FOLDER, folder)
    if path.exists():
        if path.is_dir():
            raise DatabaseLocationError(StoreErrorKind.PATH_IS_FOLDER, path)
        if not os.access(path, os.R_OK):
            raise DatabaseLocationError(StoreErrorKind.NO_ACCESS, path)
        if not os.access(path, os.W_OK):
            raise ReadOnlyDatabaseError(path)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
        if header and header != SQLITE_MAGIC:
            raise NotADatabaseError(path)
    if not os.access(folder, os.W_OK):
        raise DatabaseLocationError(StoreErrorKind.FOLDER_NOT_WRITABLE, folder)


class IntegrityCheck:
    """``PRAGMA quick_check`` of an existing database file on a thread of its own.

    The check reads the whole file (about 4.5 ms per MB) in SQLite's C code, which lets
    other Python threads run: started early, it overlaps the window's imports. Its own
    connection only reads. ``open_sqlite`` waits for the answer and refuses a damaged file
    exactly as when it checks by itself; a file that is missing or fails the location
    checks is not checked here (``open_sqlite`` then refuses it or checks it itself).
    """

    def __init__(self, path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path).expanduser().resolve()
        self._busy_timeout_ms = int(busy_timeout_ms)
        self._found: list[tuple[Any, ...]] | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        try:
            check_location(self.path)
            usable = self.path.stat().st_size > 0
        except (OSError, DatabaseLocationError, ReadOnlyDatabaseError, NotADatabaseError):
            usable = False
        if usable:
            self._thread = threading.Thread(
                target=self._run, name="warroom-quick-check", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(str(self.path))
            try:
                conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
                self._found = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
        except BaseException as error:  # handed to the opening thread, raised there
            self._error = error

    def answer(self, path: Path) -> list[tuple[Any, ...]] | None:
        """The check's rows for ``path``, waiting for them; None when this check did not
        run on that file. A driver error of the check is raised here."""
        if self._thread is None or path != self.path:
            return None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found


def open_sqlite(
    path: Path | str | None,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    integrity: IntegrityCheck | None = None,
) -> SqliteConnection:
    """Check and open the file, refusing anything we must not touch; migrate it.

    ``None`` opens a private in-memory database (tests, screenshots of the demo).
    ``busy_timeout_ms`` is how long a write waits for another program's lock.
    ``integrity``: the quick check of this file, already started (else it runs here).
    """
    if path is None:
        connection = SqliteConnection(sqlite3.connect(":memory:"), None)
        connection.execute(RECURSIVE_TRIGGERS)
        connection.execute("PRAGMA foreign_keys = ON")
        _migrate(connection)
        return connection

    path = Path(path).expanduser().resolve()
    check_location(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error as error:
        raise classify(error, path) from error
    try:
        connection = SqliteConnection(conn, path)
        connection.execute(RECURSIVE_TRIGGERS)
        # First: a file another program has locked is then waited for, then reported busy.
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        _check_integrity(connection, path, integrity)
        pending = _pending_migrations(conn, path)
        if existed and pending:
            backup = write_backup(conn, path)
            log.info("backed up %s to %s before applying %s", path, backup, pending)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        if pending:
            _migrate(connection)
    except BaseException:
        conn.close()
        raise
    return connection


def _pending_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Names of the migrations still to apply; refuses a database from a newer War Room."""
    try:
        applied = schema.applied_names(conn)
    except sqlite3.Error as error:
        raise classify(error, path) from error
    known = schema.known_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerSchemaError(path, unknown[-1])
    return [name for name in known if name not in applied]


def _migrate(connection: SqliteConnection) -> None:
    # One immediate transaction for every step: all of them or none.
    with connection.atomic():
        try:
            schema.migration_set().apply(connection.database)
        except sqlite3.Error as error:
            raise classify(error, connection.path) from error


def _check_integrity(
    connection: SqliteConnection, path: Path, integrity: IntegrityCheck | None
) -> None:
    found = None
    if integrity is not None:
        try:
            found = integrity.answer(path)
        except sqlite3.Error as error:
            raise classify(error, path) from error
    if found is None:
        found = connection.rows("PRAGMA quick_check")
    if not found or found[0][0] != "ok":
        raise CorruptDatabaseError(path, found[0][0] if found else "no answer")
