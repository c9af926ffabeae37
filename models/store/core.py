"""The one owner of the SQLite connection: opening, checks, migrations, transactions, audit.

Everything that talks SQL lives in this package. Area repositories (``campaign.py``,
``plan.py``, ...) build on the generic record helpers here, so each write is one
transaction that also appends its audit row.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from models.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
)
from models.records import Actor, AuditEntry
from models.store.rows import fields_to_row, record_to_row, row_to_record, to_db
from models.store.sqlite import migrations as schema
from models.store.sqlite.lean import Database

log = logging.getLogger(__name__)

R = TypeVar("R")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 5


def utc_now() -> datetime:
    """The current instant, timezone-aware, in UTC."""
    return datetime.now(UTC)


def _check_location(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise StoreError(f"The database folder does not exist: {folder}")
    if not folder.is_dir():
        raise StoreError(f"The database location is not a folder: {folder}")
    if path.exists():
        if path.is_dir():
            raise StoreError(f"The database path is a folder, not a file: {path}")
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(f"The database file cannot be read and written: {path}")
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
        if header and header != SQLITE_MAGIC:
            raise NotADatabaseError(f"This file is not a War Room (SQLite) database: {path}")
    if not os.access(folder, os.W_OK):
        raise StoreError(f"The database folder is not writable: {folder}")


def write_backup(connection: sqlite3.Connection, path: Path) -> Path:
    """Copy an open database next to ``path`` as ``<name>.bak-<UTC stamp>``; keep the newest few.

    Uses SQLite's online backup, which is consistent even while the database is in use
    (copying the file itself during WAL is not).
    """
    stamp = utc_now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.bak-{stamp}")
    copy = sqlite3.connect(target)
    try:
        connection.backup(copy)
    finally:
        copy.close()
    old = sorted(path.parent.glob(f"{path.name}.bak-*"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    return target


class StoreCore:
    """An open War Room database.

    Use :func:`open_store`; it checks the file, backs it up before an upgrade and
    applies migrations. Every public write goes through :meth:`atomic` and
    :meth:`write_audit`.
    """

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    # -- connection ------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (a savepoint when nested); rolls back on any error."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as error:
            raise _environmental(error, self.path) from error

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.db.close()

    def backup(self) -> Path | None:
        """Write a dated copy beside the database file (None for in-memory stores)."""
        return write_backup(self.db.conn, self.path) if self.path else None

    def schema_version(self) -> int:
        """How many migrations have been applied."""
        return len(schema.migrations.applied(self.db))

    # -- audit -------------------------------------------------------------------

    def write_audit(
        self,
        actor: Actor,
        action: str,
        table: str,
        row_id: object,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        """Append one audit row; call inside the transaction of the change itself."""
        self.db.execute(
            "INSERT INTO audit (at, actor, action, table_name, row_id, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                to_db(utc_now()),
                actor.name,
                action,
                table,
                str(row_id),
                to_db(before),
                to_db(after),
            ],
        )

    def audit_entries(self, table: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The newest audit rows first, optionally for one table."""
        where, params = ("WHERE table_name = ?", [table]) if table else ("", [])
        rows = self.db.execute(
            f"SELECT * FROM audit {where} ORDER BY id DESC LIMIT ?", [*params, limit]
        ).fetchall()
        columns = ["id", "at", "actor", "action", "table_name", "row_id", "before", "after"]
        return [row_to_record(AuditEntry, dict(zip(columns, row, strict=True))) for row in rows]

    # -- generic record helpers used by the area repositories --------------------

    def fetch_all(self, cls: type[R], sql: str, params: list[Any] | None = None) -> list[R]:
        """Run a SELECT and build a record from each row."""
        cursor = self.db.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [row_to_record(cls, dict(zip(names, row, strict=True))) for row in cursor]

    def get_record(self, table: str, cls: type[R], record_id: int) -> R:
        """One record by id; ``KeyError`` when it does not exist."""
        found = self.fetch_all(cls, f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if not found:
            raise KeyError(f"{table} {record_id} does not exist")
        return found[0]

    def insert_record(self, actor: Actor, table: str, record: Any) -> int:
        """Insert a record; keeps its id when set (a redo restores the same id)."""
        row = record_to_row(record)
        if row.get("id") is None:
            row.pop("id", None)
        with self.atomic():
            new_id = self.db.table(table).insert(row).last_pk
            self.write_audit(actor, "insert", table, new_id, None, row)
        return int(new_id)

    def update_record(
        self, actor: Actor, table: str, cls: type, record_id: int, changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Change some fields; returns the previous values of those fields (for undo)."""
        before_record = self.get_record(table, cls, record_id)
        previous = {name: getattr(before_record, name) for name in changes}
        row = fields_to_row(cls, changes)
        if row:
            with self.atomic():
                self.db.table(table).update(record_id, row)
                self.write_audit(
                    actor, "update", table, record_id, fields_to_row(cls, previous), row
                )
        return previous

    def delete_record(self, actor: Actor, table: str, cls: type[R], record_id: int) -> R:
        """Delete a record; returns it whole so that undo can insert it again."""
        record = self.get_record(table, cls, record_id)
        with self.atomic():
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
            self.write_audit(actor, "delete", table, record_id, record_to_row(record), None)
        return record


def _environmental(error: sqlite3.OperationalError, path: Path | None) -> Exception:
    """Turn locked / read-only / full-disk failures into messages; leave bugs alone."""
    text = str(error).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return StoreError(f"The database is busy in another program{where}; try again.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"The database cannot be written{where}: it is read-only.")
    if "disk is full" in text or "disk i/o" in text:
        return StoreError(f"The database could not be written{where}: {error}")
    return error


def open_database(path: Path | str | None) -> tuple[Database, Path | None]:
    """Check and open the file, refusing anything we must not touch; migrate it.

    ``None`` opens a private in-memory database (tests, screenshots of the demo).
    """
    if path is None:
        db = Database(memory=True)
        db.execute("PRAGMA foreign_keys = ON")
        with db.atomic():
            schema.migrations.apply(db)
        return db, None

    path = Path(path).expanduser().resolve()
    _check_location(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = Database(path)
    except sqlite3.Error as error:
        raise StoreError(f"The database cannot be opened: {path}: {error}") from error
    try:
        _check_integrity(db, path)
        applied = [m.name for m in schema.migrations.applied(db)]
        known = schema.known_names()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise NewerSchemaError(
                f"This database was written by a newer version of War Room "
                f"(schema step {unknown[-1]}); upgrade War Room to open it: {path}"
            )
        pending = [name for name in known if name not in applied]
        if existed and pending:
            backup = write_backup(db.conn, path)
            log.info("backed up %s to %s before applying %s", path, backup, pending)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if pending:
            with db.atomic():
                schema.migrations.apply(db)
    except sqlite3.DatabaseError as error:
        db.close()
        raise CorruptDatabaseError(f"The database file is damaged: {path}: {error}") from error
    except BaseException:
        db.close()
        raise
    return db, path


def _check_integrity(db: Database, path: Path) -> None:
    try:
        result = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(f"The database file is damaged: {path}: {error}") from error
    if result is None or result[0] != "ok":
        detail = result[0] if result else "no answer"
        raise CorruptDatabaseError(f"The database file is damaged: {path}: {detail}")
