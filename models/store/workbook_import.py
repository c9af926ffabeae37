"""Turning the rows of an import plan into database writes and journal entries.

Changes to existing rows are gathered first (reading the before images undo needs) and
written in batches. New rows are inserted one by one as they come, so that each gets its
id from the database; their audit rows follow in batches.
"""

from __future__ import annotations

from typing import Any

from models.errors import ValidationError
from models.store.record_access import RecordAccess
from models.store.rows import fields_to_row, record_to_row, to_db
from models.store.workbook_journal import (
    InsertRun,
    JournalEntry,
    JournalWriter,
    journal_op,
    shared_columns,
)
from models.workbook.plan import NewRecord, RowAdd
from models.workbook.schema import ENTITIES, EntitySpec

# Sheets whose new rows other sheets may name before they exist (plan.NewRecord).
REFERABLE = frozenset({"milestones"})


class StalePlanError(ValidationError):
    """War Room changed a row after the preview was made; the user must preview again."""


class ImportWriter:
    """Writes one import inside the caller's transaction and keeps its journal.

    ``flush()`` writes the changes gathered so far and the audit rows of the new rows;
    ``written`` is the journal, where runs of new rows keep only their ids.
    """

    def __init__(self, records: RecordAccess, writer: JournalWriter, campaign_id: int) -> None:
        self._db = records.db
        self._writer = writer
        self._campaign_id = campaign_id
        self._created: dict[tuple[str, str, int], int] = {}  # referable row -> its new id
        self._ops: list[JournalEntry] = []  # gathered, not yet written
        self._fresh: list[InsertRun] = []  # inserted, not yet audited
        self.written: list[JournalEntry] = []
        self.pending = 0  # new rows whose audit is still to write

    def flush(self) -> None:
        """Audit the new rows inserted so far, then write the gathered changes."""
        for run in self._fresh:
            self._writer.audit_run(run, undo=False)
            run.rows = None  # in the database now; the journal needs only the ids
            self._journal(run)
        self._fresh = []
        self.pending = 0
        if self._ops:
            self._writer.write(self._ops)
            for entry in self._ops:
                if isinstance(entry, InsertRun):
                    entry.rows = None
                self._journal(entry)
            self._ops = []

    def _journal(self, entry: JournalEntry) -> None:
        last = self.written[-1] if self.written else None
        if isinstance(entry, InsertRun) and last is not None and entry.continues(last):
            assert isinstance(last, InsertRun)
            last.ranges.extend(entry.ranges)
        else:
            self.written.append(entry)

    @staticmethod
    def _append_row(
        runs: list[Any], table: str, columns: tuple[str, ...], record_id: int, row: tuple
    ) -> None:
        last = runs[-1] if runs else None
        if not (isinstance(last, InsertRun) and last.table == table and last.columns == columns):
            last = InsertRun(table, columns)
            runs.append(last)
        last.add(record_id, row)

    def _resolve_refs(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with ids in place of ``NewRecord``s (rows this import added)."""
        refs = {k: v for k, v in values.items() if isinstance(v, NewRecord)}
        if not refs:
            return values
        resolved = dict(values)
        for key, ref in refs.items():
            found = self._created.get((ref.entity, ref.sheet, ref.row))
            if found is None:
                raise ValidationError(f"{ref} is not added by this import; preview again")
            resolved[key] = found
        return resolved

    def _row(self, table: str, record_id: int) -> dict[str, Any]:
        found = self._db.dicts(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        if not found:
            raise StalePlanError(f"{table} {record_id} no longer exists; preview again")
        return found[0]

    def _rows(self, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
        return self._db.dicts(f"SELECT * FROM {table} WHERE {where}", params)

    @staticmethod
    def _split(values: dict[str, Any]) -> tuple[dict[str, Any], dict[int, Any]]:
        fields = {k: v for k, v in values.items() if not k.startswith("person:")}
        letters = {int(k.split(":")[1]): v for k, v in values.items() if k.startswith("person:")}
        return fields, letters

    def add(self, add: RowAdd) -> int:
        """Insert a new row of the plan now; returns the id the database gave it."""
        new_id = self.insert(add.entity, add.values)
        if add.entity in REFERABLE:
            self._created[(add.entity, add.sheet, add.row)] = new_id
        return new_id

    def insert(self, entity: str, values: dict[str, Any], record_id: int | None = None) -> int:
        """Insert a row: a new one now (id from the database), or one that War Room deleted
        since the export with its old id, together with the gathered changes."""
        spec: EntitySpec = ENTITIES[entity]
        fields, letters = self._split(self._resolve_refs(values))
        row = record_to_row(spec.record(id=record_id, campaign_id=self._campaign_id, **fields))
        del row["id"]
        if record_id is None:
            if self._ops:
                self.flush()  # the journal keeps the order rows were written in
            record_id = self._db.insert(spec.table, row)
            self._append_row(self._fresh, spec.table, shared_columns(("id", *row)), record_id,
                             (record_id, *row.values()))  # fmt: skip
            self.pending += 1
        else:
            self._append_row(self._ops, spec.table, shared_columns(("id", *row)), record_id,
                             (record_id, *row.values()))  # fmt: skip
        for person_id, letter in letters.items():
            if letter is not None:
                cell = {"activity_id": record_id, "person_id": person_id, "letter": to_db(letter)}
                self._ops.append(journal_op("raci_assignment", (record_id, person_id), None, cell))
        return record_id

    def update(self, entity: str, record_id: int, changes: dict[str, Any]) -> None:
        """Gather a change of an existing row (its before image read now)."""
        spec: EntitySpec = ENTITIES[entity]
        fields, letters = self._split(self._resolve_refs(changes))
        if fields:
            after = fields_to_row(spec.record, fields)
            current = self._row(spec.table, record_id)
            self._ops.append(
                journal_op(spec.table, (record_id,), {k: current[k] for k in after}, after)
            )
        for person_id, letter in letters.items():
            key = (record_id, person_id)
            found = self._rows("raci_assignment", "activity_id = ? AND person_id = ?", list(key))
            before: dict[str, Any] | None = found[0] if found else None
            after_cell = None if letter is None else {**key_row(key), "letter": to_db(letter)}
            if before is None and after_cell is None:
                continue
            if before is not None and after_cell is not None:
                before, after_cell = {"letter": before["letter"]}, {"letter": after_cell["letter"]}
            self._ops.append(journal_op("raci_assignment", key, before, after_cell))

    def delete(self, entity: str, record_id: int) -> None:
        """Gather the deletion of a row and of what cascades or is nulled with it."""
        spec: EntitySpec = ENTITIES[entity]
        # Rows that cascade or get nulled with this one are journalled first, so that
        # undo brings them back exactly.
        ops = self._ops
        if spec.table == "task":
            deps = self._rows("task_dependency", "task_id = ? OR depends_on_id = ?",
                              [record_id, record_id])  # fmt: skip
            for dep in deps:
                key = (dep["task_id"], dep["depends_on_id"])
                ops.append(journal_op("task_dependency", key, dep, None))
        elif spec.table == "incident":
            for event in self._rows("incident_event", "incident_id = ?", [record_id]):
                ops.append(journal_op("incident_event", (event["id"],), event, None))
            for alert in self._rows("alert", "incident_id = ?", [record_id]):
                ops.append(journal_op("alert", (alert["id"],), {"incident_id": record_id},
                                      {"incident_id": None}))  # fmt: skip
        elif spec.table == "milestone":
            for task in self._rows("task", "milestone_id = ?", [record_id]):
                ops.append(journal_op("task", (task["id"],), {"milestone_id": record_id},
                                      {"milestone_id": None}))  # fmt: skip
        elif spec.table == "raci_activity":
            for cell in self._rows("raci_assignment", "activity_id = ?", [record_id]):
                key = (cell["activity_id"], cell["person_id"])
                ops.append(journal_op("raci_assignment", key, cell, None))
        ops.append(journal_op(spec.table, (record_id,), self._row(spec.table, record_id), None))


def key_row(key: tuple[int, int]) -> dict[str, int]:
    """The key columns of a RACI cell."""
    return {"activity_id": key[0], "person_id": key[1]}
