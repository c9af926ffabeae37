"""Record reads and audited record writes shared by every repository.

Each write is one transaction that also appends its audit row, so the log never shows a
change that did not happen (or misses one that did). Only portable SQL is written here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, TypeVar

from models.records import Actor, AuditEntry
from models.store.connection import Connection, Params
from models.store.rows import fields_to_row, record_to_row, row_to_record, to_db

R = TypeVar("R")

_AUDIT_INSERT = (
    "INSERT INTO audit (at, actor, action, table_name, row_id, before, after)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)

# One audit row to append: (table, row id, before image, after image).
AuditChange = tuple[str, object, dict[str, Any] | None, dict[str, Any] | None]


def utc_now() -> datetime:
    """The current instant, timezone-aware, in UTC."""
    return datetime.now(UTC)


class RecordAccess:
    """Generic record helpers over one ``Connection`` (the context repositories share)."""

    def __init__(self, db: Connection) -> None:
        self.db = db

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction (a savepoint when nested)."""
        return self.db.atomic()

    # -- audit ---------------------------------------------------------------------------

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
        self.write_audits(actor, action, [(table, row_id, before, after)])

    def write_audits(self, actor: Actor, action: str, changes: Iterable[AuditChange]) -> None:
        """Append one audit row per change, all stamped now (bulk writes such as imports)."""
        at = to_db(utc_now())

        def params() -> Iterator[Params]:
            # Generated row by row: an import's 100,000 JSON images never exist at once.
            for table, row_id, before, after in changes:
                yield (at, actor.name, action, table, str(row_id), to_db(before), to_db(after))

        self.db.execute_many(_AUDIT_INSERT, params())

    def audit_entries(self, table: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The newest audit rows first, optionally for one table."""
        where, params = ("WHERE table_name = ?", [table]) if table else ("", [])
        return self.fetch_all(
            AuditEntry,
            f"SELECT id, at, actor, action, table_name, row_id, before, after FROM audit {where}"
            " ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )

    # -- records -------------------------------------------------------------------------

    def fetch_all(self, cls: type[R], sql: str, params: Params = ()) -> list[R]:
        """Run a SELECT and build a record from each row."""
        # One row's dict at a time: a 100k-row export never holds every row twice.
        return [row_to_record(cls, row) for row in self.db.each_dict(sql, params)]

    def get_record(self, table: str, cls: type[R], record_id: int) -> R:
        """One record by id; ``KeyError`` when it does not exist."""
        found = self.fetch_all(cls, f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if not found:
            raise KeyError(f"{table} {record_id} does not exist")
        return found[0]

    def insert_record(self, actor: Actor, table: str, record: Any) -> int:
        """Insert a record; keeps its id when set (a redo restores the same id), else the
        database gives it one."""
        row = record_to_row(record)
        if row.get("id") is None:
            row.pop("id", None)
        with self.atomic():
            new_id = self.db.insert(table, row)
            self.write_audit(actor, "insert", table, new_id, None, row)
        return new_id

    def update_record(
        self, actor: Actor, table: str, cls: type, record_id: int, changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Change some fields; returns the previous values of those fields (for undo)."""
        before_record: Any = self.get_record(table, cls, record_id)
        previous = {name: getattr(before_record, name) for name in changes}
        row = fields_to_row(cls, changes)
        if row:
            sets = ", ".join(f"{name} = ?" for name in row)
            with self.atomic():
                self.db.execute(
                    f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), record_id]
                )
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
