"""SQLite failures sorted by their result code into War Room's error classes.

The code (``sqlite3.Error.sqlite_errorcode``) is what SQLite promises; its message text
is not, and a message match once reported a locked database as damaged. Extended codes
(``SQLITE_IOERR_WRITE``, ``SQLITE_BUSY_SNAPSHOT``, ...) keep their family in the low byte.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from models.errors import (
    CannotOpenDatabaseError,
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseIOError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StoreError,
    StoreInternalError,
)

log = logging.getLogger(__name__)

_ENVIRONMENTAL: dict[int, type[StoreError]] = {
    sqlite3.SQLITE_BUSY: DatabaseBusyError,
    sqlite3.SQLITE_LOCKED: DatabaseBusyError,
    sqlite3.SQLITE_PROTOCOL: DatabaseBusyError,  # lost a race for the WAL lock
    sqlite3.SQLITE_READONLY: ReadOnlyDatabaseError,
    sqlite3.SQLITE_PERM: ReadOnlyDatabaseError,
    sqlite3.SQLITE_FULL: DiskFullError,
    sqlite3.SQLITE_CORRUPT: CorruptDatabaseError,
    sqlite3.SQLITE_NOTADB: CorruptDatabaseError,
    sqlite3.SQLITE_CANTOPEN: CannotOpenDatabaseError,
    sqlite3.SQLITE_IOERR: DatabaseIOError,
    sqlite3.SQLITE_NOMEM: DatabaseIOError,
}


def family(error: sqlite3.Error) -> int | None:
    """The primary result code of ``error`` (None for errors of the Python driver itself)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def classify(error: sqlite3.Error, path: Path | None) -> StoreError | StoreInternalError:
    """The War Room error for ``error``: environmental, or a bug (logged with traceback).

    Call it in the ``except`` block that caught ``error``, so that the log shows where the
    bug was met; raise the result ``from error``.
    """
    code = family(error)
    environmental = _ENVIRONMENTAL.get(code) if code is not None else None
    if environmental is not None:
        return environmental(path, str(error))
    log.error("database bug (%s)", getattr(error, "sqlite_errorname", "driver"), exc_info=error)
    return StoreInternalError(path, str(error), constraint=code == sqlite3.SQLITE_CONSTRAINT)
