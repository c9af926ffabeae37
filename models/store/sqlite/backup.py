"""Dated copies of an open database, written with SQLite's online backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from models.store.sqlite.errors import classify

BACKUPS_KEPT = 5


def write_backup(connection: sqlite3.Connection, path: Path) -> Path:
    """Copy an open database next to ``path`` as ``<name>.bak-<UTC stamp>``; keep the newest few.

    The online backup is consistent even while the database is in use (copying the file
    itself during WAL is not).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.bak-{stamp}")
    try:
        copy = sqlite3.connect(target)
        try:
            connection.backup(copy)
        finally:
            copy.close()
    except sqlite3.Error as error:
        raise classify(error, target) from error
    old = sorted(path.parent.glob(f"{path.name}.bak-*"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target
