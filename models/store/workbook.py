"""Workbook imports applied in one transaction, and undone or redone from their journal.

Applying a plan writes every row change of the import in one transaction, with one audit
row per change, or nothing at all. New rows get their ids from the database as they are
inserted; new milestones go first, since rows on other sheets may name them. The journal
(``workbook_journal.py``) undoes and redoes the import with the same ids every time.
"""

from __future__ import annotations

from collections.abc import Iterable
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
from models.store.campaign import CampaignRepository
from models.store.record_access import RecordAccess
from models.store.workbook_import import REFERABLE, ImportWriter, StalePlanError
from models.store.workbook_journal import InsertRun, Journal, JournalWriter
from models.workbook.plan import Conflict, ConflictKind, ImportPlan, Resolution
from models.workbook.schema import ENTITIES
from models.workbook.snapshot import CampaignSnapshot
from models.workbook.values import fingerprint

__all__ = ["WRITE_EVERY", "Journal", "StalePlanError", "WorkbookRepository"]

WRITE_EVERY = 2000  # new rows inserted before their audit rows are written


class WorkbookRepository:
    """Reads the campaign for the workbook engine and applies import plans."""

    def __init__(self, records: RecordAccess, campaign: CampaignRepository) -> None:
        self._records = records
        self._campaign = campaign

    # -- reading -------------------------------------------------------------------------

    def _all(self, cls: type, table: str, campaign_id: int) -> tuple[Any, ...]:
        sql = f"SELECT * FROM {table} WHERE campaign_id = ? ORDER BY id"
        return tuple(self._records.fetch_all(cls, sql, [campaign_id]))

    def snapshot(self, campaign_id: int, entities: Iterable[str] | None = None) -> CampaignSnapshot:
        """A plain-data copy of the campaign (only the ``entities`` asked for, or all)."""
        wanted = set(ENTITIES if entities is None else entities)
        frame = self._campaign
        campaign = next(c for c in frame.campaigns() if c.id == campaign_id)

        def load(entity: str, cls: type, table: str) -> tuple[Any, ...]:
            return self._all(cls, table, campaign_id) if entity in wanted else ()

        assignments: tuple[Any, ...] = ()
        if "raci" in wanted:
            assignments = tuple(
                self._records.fetch_all(
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
        with self._records.atomic():
            self._check_fresh(plan)
            writer = ImportWriter(
                self._records, JournalWriter(self._records, actor, "import"), plan.campaign_id
            )
            # Rows that other sheets name (NewRecord) first: they then have their ids.
            for add in plan.added:
                if add.entity in REFERABLE:
                    writer.add(add)
            for change in plan.changed:
                writer.update(change.entity, change.record_id, change.changes)
            for conflict in plan.conflicts:
                self._resolve(writer, conflict, resolution)
            for delete in plan.deleted:
                writer.delete(delete.entity, delete.record_id)
            # Updates and deletes read rows as they were before the import: they are
            # written only now. Additions read nothing, so they are written as they come.
            writer.flush()
            for add in plan.added:
                if add.entity not in REFERABLE:
                    writer.add(add)
                    if writer.pending >= WRITE_EVERY:
                        writer.flush()
            writer.flush()
        return Journal(writer.written)

    def _resolve(self, builder: ImportWriter, conflict: Conflict, resolution: Resolution) -> None:
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

    def replay(self, actor: Actor, journal: Journal, *, undo: bool) -> None:
        """Undo (backwards, inverted) or redo (forwards) an applied import."""
        runs = [op for op in journal.ops if isinstance(op, InsertRun)]
        if undo:
            ops = [
                op if isinstance(op, InsertRun) else op.inverse() for op in reversed(journal.ops)
            ]
        else:
            ops = journal.ops
        writer = JournalWriter(self._records, actor, "import-undo" if undo else "import-redo")
        with self._records.atomic():
            writer.write(ops, undo=undo)
        if not undo:
            for run in runs:  # written again: the database holds them now
                run.rows = None
