"""Workbook imports applied in one transaction, and undone or redone from a journal.

Applying a plan writes every row change of the import in one transaction (batched
``executemany``), with one audit row per change, or nothing at all. The journal records
each change with its before and after image, so undo replays it backwards and redo
forwards, with the same ids every time. New rows are journalled by id only (see
``InsertRun``): an import of 100,000 additions keeps a few ranges of ids, not the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from models.errors import ValidationError
from models.records import (
    Actor,
    BudgetAdjustment,
    BudgetLine,
    Incident,
    Kpi,
    Milestone,
    RaciActivity,
    RaciAssignment,
    Task,
)
from models.store.core import StoreCore, utc_now
from models.store.rows import fields_to_row, record_to_row, to_db
from models.workbook.plan import (
    Conflict,
    ConflictKind,
    ImportPlan,
    NewRecord,
    Resolution,
    RowAdd,
)
from models.workbook.schema import ENTITIES, EntitySpec
from models.workbook.snapshot import CampaignSnapshot
from models.workbook.values import fingerprint

KEY_COLUMNS = {
    "raci_assignment": ("activity_id", "person_id"),
    "task_dependency": ("task_id", "depends_on_id"),
}


class StalePlanError(ValidationError):
    """War Room changed a row after the preview was made; the user must preview again."""


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
        if self.before is None:
            return "insert"
        return "delete" if self.after is None else "update"

    def inverse(self) -> JournalOp:
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
    with the same ids and lets them go.
    """

    table: str
    columns: tuple[str, ...]
    ranges: list[list[int]] = field(default_factory=list)  # [first, last] ids, inclusive
    rows: list[tuple[Any, ...]] | None = field(default_factory=list)  # not yet written

    def add(self, record_id: int, row: tuple[Any, ...]) -> None:
        ranges = self.ranges
        if ranges and ranges[-1][1] + 1 == record_id:
            ranges[-1][1] = record_id
        else:
            ranges.append([record_id, record_id])
        assert self.rows is not None
        self.rows.append(row)

    def ids(self) -> Iterable[int]:
        for first, last in self.ranges:
            yield from range(first, last + 1)


JournalEntry = JournalOp | InsertRun

_COLUMN_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


def journal_op(
    table: str,
    key: tuple[Any, ...],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> JournalOp:
    """A ``JournalOp`` from dict images (both, when given, hold the same columns)."""
    names = tuple(after if after is not None else before or ())
    columns = _COLUMN_SETS.setdefault(names, names)
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


class WorkbookRepository:
    """Reads the campaign for the workbook engine and applies import plans."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    # -- reading -------------------------------------------------------------------------

    def _all(self, cls: type, table: str, campaign_id: int) -> tuple[Any, ...]:
        sql = f"SELECT * FROM {table} WHERE campaign_id = ? ORDER BY id"
        return tuple(self._core.fetch_all(cls, sql, [campaign_id]))

    def snapshot(self, campaign_id: int, entities: Iterable[str] | None = None) -> CampaignSnapshot:
        """A plain-data copy of the campaign (only the ``entities`` asked for, or all)."""
        from models.store.campaign import CampaignRepository

        wanted = set(ENTITIES if entities is None else entities)
        frame = CampaignRepository(self._core)
        campaign = next(c for c in frame.campaigns() if c.id == campaign_id)

        def load(entity: str, cls: type, table: str) -> tuple[Any, ...]:
            return self._all(cls, table, campaign_id) if entity in wanted else ()

        assignments: tuple[Any, ...] = ()
        if "raci" in wanted:
            assignments = tuple(
                self._core.fetch_all(
                    RaciAssignment,
                    "SELECT a.* FROM raci_assignment a JOIN raci_activity r"
                    " ON r.id = a.activity_id WHERE r.campaign_id = ?",
                    [campaign_id],
                )
            )
        return CampaignSnapshot(
            campaign,
            tuple(frame.departments(campaign_id)),
            tuple(frame.people(campaign_id)),
            tuple(frame.phases(campaign_id)),
            self._all(Milestone, "milestone", campaign_id),
            tuple(frame.risk_levels(campaign_id)),
            tasks=load("tasks", Task, "task"),
            incidents=load("incidents", Incident, "incident"),
            kpis=load("kpis", Kpi, "kpi"),
            budget_lines=load("budget", BudgetLine, "budget_line"),
            adjustments=self._all(BudgetAdjustment, "budget_adjustment", campaign_id),
            raci_activities=load("raci", RaciActivity, "raci_activity"),
            raci_assignments=assignments,
        )

    # -- applying ------------------------------------------------------------------------

    def apply_plan(self, actor: Actor, plan: ImportPlan, resolution: Resolution) -> Journal:
        """Write the plan in one transaction; raises before writing anything when the plan
        has errors, unresolved conflicts, or rows War Room changed since the preview."""
        if not plan.can_apply(resolution):
            raise ValidationError("the import has errors or unresolved conflicts")
        journal = Journal()
        with self._core.atomic():
            self._check_fresh(plan)

            def write(ops: list[JournalEntry]) -> None:
                self._execute(actor, ops, "import")

            builder = _OpBuilder(self, plan.campaign_id, write)
            for add in plan.added:
                if add.entity == "milestones":  # other sheets may name them (NewRecord)
                    builder.reserve(add)
            for change in plan.changed:
                builder.update(change.entity, change.record_id, change.changes)
            for conflict in plan.conflicts:
                self._resolve(builder, conflict, resolution)
            for delete in plan.deleted:
                builder.delete(delete.entity, delete.record_id)
            # Updates and deletes read rows as they were before the import: they are
            # written only now. Additions read nothing, so they are written as they come.
            builder.flush()
            for add in plan.added:
                builder.insert(add.entity, add.values, builder.reserved(add))
                if builder.pending >= WRITE_EVERY:
                    builder.flush()
            builder.flush()
            builder.ops = builder.deferred
            builder.flush()
            journal.ops = builder.written
        return journal

    def _resolve(self, builder: _OpBuilder, conflict: Conflict, resolution: Resolution) -> None:
        take = resolution is Resolution.TAKE
        if conflict.kind is ConflictKind.CHANGED_BOTH:
            changes = {**conflict.clean, **(conflict.contested if take else {})}
            if changes:
                builder.update(conflict.entity, conflict.record_id, changes)
        elif conflict.kind is ConflictKind.DELETED_IN_DB and take:
            builder.insert(conflict.entity, conflict.values, conflict.record_id)
        elif conflict.kind is ConflictKind.DELETED_IN_FILE and take:
            builder.delete(conflict.entity, conflict.record_id)

    def _check_fresh(self, plan: ImportPlan) -> None:
        bases = [(c.entity, c.record_id, c.base) for c in plan.changed]
        bases += [(d.entity, d.record_id, d.base) for d in plan.deleted]
        bases += [(c.entity, c.record_id, c.base) for c in plan.conflicts if c.base]
        if not bases:
            return
        snapshot = self.snapshot(plan.campaign_id, {entity for entity, _, _ in bases})
        for entity, record_id, base in bases:
            row = snapshot.rows(entity).get(record_id)
            keys = snapshot.field_keys(ENTITIES[entity])
            if row is None or fingerprint(row, keys, snapshot.timezone) != base:
                raise StalePlanError(
                    f"{entity} {record_id} changed in War Room after the preview; preview again"
                )

    def replay(self, actor: Actor, journal: Journal, undo: bool) -> None:
        """Undo (backwards, inverted) or redo (forwards) an applied import."""
        runs = [op for op in journal.ops if isinstance(op, InsertRun)]
        if undo:
            ops = [
                op if isinstance(op, InsertRun) else op.inverse() for op in reversed(journal.ops)
            ]
        else:
            ops = journal.ops
        with self._core.atomic():
            self._execute(actor, ops, "import-undo" if undo else "import-redo", undo)
        if not undo:
            for run in runs:  # written again: the database holds them now
                run.rows = None

    def _execute(
        self, actor: Actor, ops: list[JournalEntry], action: str, undo: bool = False
    ) -> None:
        for is_run, group in groupby(ops, lambda op: isinstance(op, InsertRun)):
            if is_run:
                for run in group:
                    assert isinstance(run, InsertRun)
                    self._execute_run(actor, run, action, undo)
            else:
                self._execute_ops(actor, list(group), action)  # type: ignore[arg-type]

    def _execute_run(self, actor: Actor, run: InsertRun, action: str, undo: bool) -> None:
        conn = self._core.db.conn
        names = ", ".join(run.columns)
        if undo:
            run.rows = []
            for first, last in run.ranges:
                run.rows += conn.execute(
                    f"SELECT {names} FROM {run.table} WHERE id BETWEEN ? AND ? ORDER BY id",
                    (first, last),
                ).fetchall()
            conn.executemany(
                f"DELETE FROM {run.table} WHERE id BETWEEN ? AND ?", map(tuple, run.ranges)
            )
        else:
            assert run.rows is not None, "an import's new rows were lost before redo"
            marks = ", ".join("?" for _ in run.columns)
            conn.executemany(f"INSERT INTO {run.table} ({names}) VALUES ({marks})", run.rows)
        at = to_db(utc_now())
        row_id = run.columns.index("id")
        conn.executemany(
            "INSERT INTO audit (at, actor, action, table_name, row_id, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (at, actor.name, action, run.table, str(row[row_id]),
                 *((image, None) if undo else (None, image)))
                for row in run.rows
                for image in (to_db(dict(zip(run.columns, row, strict=True))),)
            ),
        )  # fmt: skip

    def _execute_ops(self, actor: Actor, ops: list[JournalOp], action: str) -> None:
        # Parameters are generated row by row: a list of 100,000 parameter rows (and as
        # many audit JSON texts) would double the memory an import needs.
        db = self._core.db
        for (table, kind, columns), batch_iter in groupby(ops, _batch_key):
            keys = KEY_COLUMNS.get(table, ("id",))
            where = " AND ".join(f"{k} = ?" for k in keys)
            if kind == "insert":
                names = ", ".join(columns)
                marks = ", ".join("?" for _ in columns)
                db.conn.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    (op.after for op in batch_iter),
                )
            elif kind == "delete":
                db.conn.executemany(
                    f"DELETE FROM {table} WHERE {where}", (op.key for op in batch_iter)
                )
            else:
                sets = ", ".join(f"{c} = ?" for c in columns)
                db.conn.executemany(
                    f"UPDATE {table} SET {sets} WHERE {where}",
                    ((*op.after, *op.key) for op in batch_iter),  # type: ignore[misc]
                )
        at = to_db(utc_now())
        db.conn.executemany(
            "INSERT INTO audit (at, actor, action, table_name, row_id, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (at, actor.name, action, op.table, ":".join(map(str, op.key)),
                 to_db(op.row(op.before)), to_db(op.row(op.after)))
                for op in ops
            ),
        )  # fmt: skip


WRITE_EVERY = 2000  # new rows gathered before they are written


def _continues(last: JournalEntry, run: InsertRun) -> bool:
    return isinstance(last, InsertRun) and (last.table, last.columns) == (run.table, run.columns)


def _batch_key(op: JournalOp) -> tuple[str, str, tuple[str, ...]]:
    return op.table, op.kind, op.columns


class _OpBuilder:
    """Turns plan rows into journal operations, reading what undo will need.

    ``flush()`` writes the operations gathered so far; the journal keeps them in
    ``written``, where runs of new rows keep only their ids.
    """

    def __init__(
        self,
        repository: WorkbookRepository,
        campaign_id: int,
        write: Callable[[list[JournalEntry]], None],
    ) -> None:
        self._db = repository._core.db
        self._campaign_id = campaign_id
        self._write = write
        self._next_ids: dict[str, int] = {}
        self._reserved: dict[tuple[str, str, int], int] = {}
        self._shared: dict[str, str] = {}
        self.ops: list[JournalEntry] = []
        self.written: list[JournalEntry] = []
        self.pending = 0  # new rows held in ``ops``
        # Rows naming a record the import adds are written after every addition, so that
        # the foreign key they hold exists by then.
        self.deferred: list[JournalEntry] = []

    def flush(self) -> None:
        if not self.ops:
            return
        self._write(self.ops)
        for op in self.ops:
            if isinstance(op, InsertRun):
                op.rows = None  # in the database now; the journal needs only the ids
            written = self.written
            if isinstance(op, InsertRun) and written and _continues(written[-1], op):
                written[-1].ranges.extend(op.ranges)  # type: ignore[union-attr]
            else:
                written.append(op)
        self.ops = []
        self.pending = 0

    def _append_row(
        self, ops: list[JournalEntry], table: str, record_id: int, row: dict[str, Any]
    ) -> None:
        columns = _COLUMN_SETS.setdefault(tuple(row), tuple(row))
        last = ops[-1] if ops else None
        if not (isinstance(last, InsertRun) and last.table == table and last.columns == columns):
            last = InsertRun(table, columns)
            ops.append(last)
        last.add(record_id, tuple(row.values()))
        self.pending += 1

    def reserve(self, add: RowAdd) -> None:
        table = ENTITIES[add.entity].table
        self._reserved[(add.entity, add.sheet, add.row)] = self._new_id(table)

    def reserved(self, add: RowAdd) -> int | None:
        return self._reserved.get((add.entity, add.sheet, add.row))

    def _resolve_refs(self, values: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """``values`` with ids in place of ``NewRecord``s, and whether there were any."""
        refs = {k: v for k, v in values.items() if isinstance(v, NewRecord)}
        if not refs:
            return values, False
        resolved = dict(values)
        for key, ref in refs.items():
            found = self._reserved.get((ref.entity, ref.sheet, ref.row))
            if found is None:
                raise ValidationError(f"{ref} is not added by this import; preview again")
            resolved[key] = found
        return resolved, True

    def _share(self, row: dict[str, Any]) -> dict[str, Any]:
        # Dates, codes and blanks repeat on every row: keep one string object of each.
        shared = self._shared
        for key, value in row.items():
            if type(value) is str and len(value) <= 32:
                row[key] = shared.setdefault(value, value)
        return row

    def _row(self, table: str, record_id: int) -> dict[str, Any]:
        cursor = self._db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        names = [d[0] for d in cursor.description]
        found = cursor.fetchone()
        if found is None:
            raise StalePlanError(f"{table} {record_id} no longer exists; preview again")
        return dict(zip(names, found, strict=True))

    def _rows(self, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self._db.execute(f"SELECT * FROM {table} WHERE {where}", params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _new_id(self, table: str) -> int:
        if table not in self._next_ids:
            found = self._db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
            self._next_ids[table] = int(found) + 1
        new_id = self._next_ids[table]
        self._next_ids[table] += 1
        return new_id

    @staticmethod
    def _split(values: dict[str, Any]) -> tuple[dict[str, Any], dict[int, Any]]:
        fields = {k: v for k, v in values.items() if not k.startswith("person:")}
        letters = {int(k.split(":")[1]): v for k, v in values.items() if k.startswith("person:")}
        return fields, letters

    def insert(self, entity: str, values: dict[str, Any], record_id: int | None = None) -> int:
        spec: EntitySpec = ENTITIES[entity]
        values, later = self._resolve_refs(values)
        fields, letters = self._split(values)
        new_id = record_id or self._new_id(spec.table)
        record = spec.record(id=new_id, campaign_id=self._campaign_id, **fields)
        self._append_row(self.deferred if later else self.ops, spec.table, new_id,
                         record_to_row(record))  # fmt: skip
        for person_id, letter in letters.items():
            if letter is not None:
                row = {"activity_id": new_id, "person_id": person_id, "letter": to_db(letter)}
                self.ops.append(journal_op("raci_assignment", (new_id, person_id), None, row))
        return new_id

    def update(self, entity: str, record_id: int, changes: dict[str, Any]) -> None:
        spec: EntitySpec = ENTITIES[entity]
        changes, later = self._resolve_refs(changes)
        fields, letters = self._split(changes)
        if fields:
            after = fields_to_row(spec.record, fields)
            current = self._row(spec.table, record_id)
            before = {k: current[k] for k in after}
            (self.deferred if later else self.ops).append(
                journal_op(spec.table, (record_id,), before, after)
            )
        for person_id, letter in letters.items():
            key = (record_id, person_id)
            found = self._rows("raci_assignment", "activity_id = ? AND person_id = ?", list(key))
            before = found[0] if found else None
            after = None if letter is None else {**key_row(key), "letter": to_db(letter)}
            if before is None and after is None:
                continue
            if before is not None and after is not None:
                before, after = {"letter": before["letter"]}, {"letter": after["letter"]}
            self.ops.append(journal_op("raci_assignment", key, before, after))

    def delete(self, entity: str, record_id: int) -> None:
        spec: EntitySpec = ENTITIES[entity]
        # Rows that cascade or get nulled with this one are journalled first, so that
        # undo brings them back exactly.
        if spec.table == "task":
            deps = self._rows("task_dependency", "task_id = ? OR depends_on_id = ?",
                              [record_id, record_id])  # fmt: skip
            for dep in deps:
                key = (dep["task_id"], dep["depends_on_id"])
                self.ops.append(journal_op("task_dependency", key, dep, None))
        elif spec.table == "incident":
            for event in self._rows("incident_event", "incident_id = ?", [record_id]):
                self.ops.append(journal_op("incident_event", (event["id"],), event, None))
            for alert in self._rows("alert", "incident_id = ?", [record_id]):
                self.ops.append(
                    journal_op("alert", (alert["id"],), {"incident_id": record_id},
                              {"incident_id": None})
                )  # fmt: skip
        elif spec.table == "milestone":
            for task in self._rows("task", "milestone_id = ?", [record_id]):
                self.ops.append(
                    journal_op("task", (task["id"],), {"milestone_id": record_id},
                              {"milestone_id": None})
                )  # fmt: skip
        elif spec.table == "raci_activity":
            for cell in self._rows("raci_assignment", "activity_id = ?", [record_id]):
                key = (cell["activity_id"], cell["person_id"])
                self.ops.append(journal_op("raci_assignment", key, cell, None))
        self.ops.append(
            journal_op(spec.table, (record_id,), self._row(spec.table, record_id), None)
        )


def key_row(key: tuple[int, int]) -> dict[str, int]:
    return {"activity_id": key[0], "person_id": key[1]}
