"""The journal of an applied workbook import, and writing its entries to the database.

The journal records each row change with its before and after image, so undo replays it
backwards and redo forwards, with the same ids every time. New rows are journalled by id
only (see ``InsertRun``): an import of 100,000 additions keeps a few ranges of ids, not
the rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from models.records import Actor
from models.store.record_access import AuditChange, RecordAccess

KEY_COLUMNS = {
    "raci_assignment": ("activity_id", "person_id"),
    "task_dependency": ("task_id", "depends_on_id"),
}


@dataclass(frozen=True, slots=True)
class JournalOp:
    """One row change: insert (no before), delete (no after) or update (changed fields).

    Row images are tuples over ``columns`` (one tuple object shared by a whole batch):
    an import of 100,000 rows keeps 100,000 of these, and tuples cost a third of dicts.
    """

    table: str
    key: tuple[Any, ...]
    columns: tuple[str, ...]
    before: tuple[Any, ...] | None
    after: tuple[Any, ...] | None

    @property
    def kind(self) -> str:
        """``insert``, ``update`` or ``delete``."""
        if self.before is None:
            return "insert"
        return "delete" if self.after is None else "update"

    def inverse(self) -> JournalOp:
        """The change that undoes this one."""
        return JournalOp(self.table, self.key, self.columns, self.after, self.before)

    def row(self, image: tuple[Any, ...] | None) -> dict[str, Any] | None:
        """``before`` or ``after`` as a dict (for the audit log)."""
        return None if image is None else dict(zip(self.columns, image, strict=True))


@dataclass(slots=True)
class InsertRun:
    """New rows of one table written one after another, journalled by their ids.

    The rows themselves are needed only while they are written. Undo reads them back from
    the database before deleting them (they are what the import wrote: anything edited
    later in War Room was undone first) and keeps them for redo, which writes them again
    with the same ids and lets them go. ``columns`` start with ``id``.
    """

    table: str
    columns: tuple[str, ...]
    ranges: list[list[int]] = field(default_factory=list)  # [first, last] ids, inclusive
    rows: list[tuple[Any, ...]] | None = field(default_factory=list)  # not yet audited

    def add(self, record_id: int, row: tuple[Any, ...]) -> None:
        """Journal one row (its image starting with ``record_id``)."""
        ranges = self.ranges
        if ranges and ranges[-1][1] + 1 == record_id:
            ranges[-1][1] = record_id
        else:
            ranges.append([record_id, record_id])
        assert self.rows is not None
        self.rows.append(row)

    def ids(self) -> Iterable[int]:
        """The ids of the run's rows, in the order they were written."""
        for first, last in self.ranges:
            yield from range(first, last + 1)

    def continues(self, other: JournalEntry) -> bool:
        """Whether ``other`` is a run of the same table and columns (so they can merge)."""
        return isinstance(other, InsertRun) and (other.table, other.columns) == (
            self.table,
            self.columns,
        )


JournalEntry = JournalOp | InsertRun

_COLUMN_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


def shared_columns(names: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple object for each set of column names (journal entries share it)."""
    return _COLUMN_SETS.setdefault(names, names)


def journal_op(
    table: str,
    key: tuple[Any, ...],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> JournalOp:
    """A ``JournalOp`` from dict images (both, when given, hold the same columns)."""
    columns = shared_columns(tuple(after if after is not None else before or ()))
    return JournalOp(
        table,
        key,
        columns,
        None if before is None else tuple(before[c] for c in columns),
        None if after is None else tuple(after[c] for c in columns),
    )


@dataclass
class Journal:
    """Everything one import changed, in the order it was written."""

    ops: list[JournalEntry] = field(default_factory=list)

    def touched(self) -> dict[str, tuple[list[int], list[int], list[int]]]:
        """table -> (added, updated, removed) ids, for change-set signals."""
        result: dict[str, tuple[list[int], list[int], list[int]]] = {}
        for op in self.ops:
            if isinstance(op, InsertRun):
                result.setdefault(op.table, ([], [], []))[0].extend(op.ids())
                continue
            if len(op.key) != 1:
                continue
            added, updated, removed = result.setdefault(op.table, ([], [], []))
            {"insert": added, "update": updated, "delete": removed}[op.kind].append(op.key[0])
        return result


class JournalWriter:
    """Writes journal entries (forwards or inverted) with one audit row per row change."""

    def __init__(self, records: RecordAccess, actor: Actor, action: str) -> None:
        self._records = records
        self._db = records.db
        self._actor = actor
        self._action = action

    def write(self, entries: list[JournalEntry], *, undo: bool = False) -> None:
        """Write ``entries`` in order; runs of new rows are deleted again when ``undo``."""
        for is_run, group in groupby(entries, lambda entry: isinstance(entry, InsertRun)):
            if is_run:
                for run in group:
                    assert isinstance(run, InsertRun)
                    self.write_run(run, undo=undo)
            else:
                self.write_ops([op for op in group if isinstance(op, JournalOp)])

    def write_run(self, run: InsertRun, *, undo: bool) -> None:
        """Insert a run's rows with their ids, or read them back and delete them (undo)."""
        names = ", ".join(run.columns)
        if undo:
            run.rows = []
            for first, last in run.ranges:
                run.rows += self._db.rows(
                    f"SELECT {names} FROM {run.table} WHERE id BETWEEN ? AND ? ORDER BY id",
                    (first, last),
                )
            self._db.execute_many(
                f"DELETE FROM {run.table} WHERE id BETWEEN ? AND ?", map(tuple, run.ranges)
            )
        else:
            assert run.rows is not None, "an import's new rows were lost before redo"
            marks = ", ".join("?" for _ in run.columns)
            self._db.execute_many(f"INSERT INTO {run.table} ({names}) VALUES ({marks})", run.rows)
        self.audit_run(run, undo=undo)

    def audit_run(self, run: InsertRun, *, undo: bool) -> None:
        """One audit row per row of the run (its image as after, or as before on undo)."""
        assert run.rows is not None

        def changes() -> Iterator[AuditChange]:
            for row in run.rows or ():
                image = dict(zip(run.columns, row, strict=True))
                yield (run.table, row[0], image, None) if undo else (run.table, row[0], None, image)

        self._records.write_audits(self._actor, self._action, changes())

    def write_ops(self, ops: list[JournalOp]) -> None:
        """Apply row changes batched by table, kind and columns, then audit each."""
        # Parameters are generated row by row: a list of 100,000 parameter rows (and as
        # many audit JSON texts) would double the memory an import needs.
        for (table, kind, columns), batch in groupby(ops, _batch_key):
            keys = KEY_COLUMNS.get(table, ("id",))
            where = " AND ".join(f"{k} = ?" for k in keys)
            if kind == "insert":
                names = ", ".join(columns)
                marks = ", ".join("?" for _ in columns)
                self._db.execute_many(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    (op.after for op in batch if op.after is not None),
                )
            elif kind == "delete":
                self._db.execute_many(
                    f"DELETE FROM {table} WHERE {where}", (op.key for op in batch)
                )
            else:
                sets = ", ".join(f"{c} = ?" for c in columns)
                self._db.execute_many(
                    f"UPDATE {table} SET {sets} WHERE {where}",
                    ((*(op.after or ()), *op.key) for op in batch),
                )
        self._records.write_audits(
            self._actor,
            self._action,
            ((op.table, ":".join(map(str, op.key)), op.row(op.before), op.row(op.after))
             for op in ops),
        )  # fmt: skip


def _batch_key(op: JournalOp) -> tuple[str, str, tuple[str, ...]]:
    return op.table, op.kind, op.columns
