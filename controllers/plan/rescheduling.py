"""Reverse scheduling: previews of D-day, phase and milestone moves, applied as one undo step."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject

from controllers.plan.plan_commands import ScheduleCommand
from controllers.plan.plan_context import PlanContext
from models.errors import ValidationError
from models.plan.schedule import (
    PhaseBuffer,
    RecordChange,
    campaign_window,
    dday_move_changes,
    milestone_move_changes,
    phase_buffers,
    phase_move_changes,
)
from models.records import Actor, Role
from models.tables.labels import localized


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One changed field in a schedule preview (names already in the UI language)."""

    kind: str  # "task", "milestone" or "phase"
    name: str
    field: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class SchedulePreview:
    """A recomputed schedule shown to the user before it is applied as one undo step."""

    title: str
    changes: list[RecordChange]
    campaign_change: tuple[int, dict[str, Any], dict[str, Any]] | None
    lines: list[PreviewLine]
    warnings: list[str]
    # A milestone move is a unit's business; D-day and phase moves are the commander's.
    milestone_id: int | None = None


class ReverseScheduling(QObject):
    """Previews and applies schedule moves counted back from D-day (``plan.rescheduling``)."""

    def __init__(self, context: PlanContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._campaign = context.campaign
        self._reads = context.reads

    def preview_dday_move(self, new_dday: date) -> SchedulePreview:
        """What moving D-day recomputes (dates counted back from it); nothing is written."""
        campaign = self._campaign.campaign
        old = campaign.dday
        moved = datetime.combine(new_dday, old.astimezone(self._campaign.timezone).timetz())
        changes = dday_move_changes(self._reads.tasks(), self._reads.milestones(), new_dday)
        title = self.tr("Move D-day to %1").replace("%1", new_dday.isoformat())
        return self._preview(
            title, changes, (self._campaign.campaign_id, {"dday": old}, {"dday": moved}), new_dday
        )

    def preview_phase_move(self, phase_id: int, start: date, end: date) -> SchedulePreview:
        """What moving a phase's boundaries recomputes; nothing is written."""
        phases = self._campaign.phases()
        changes = phase_move_changes(
            phases, self._reads.tasks(), self._reads.milestones(), phase_id, start, end
        )
        phase = next(p for p in phases if p.id == phase_id)
        title = (
            self.tr("Move phase %1 to %2 – %3")
            .replace("%1", localized(phase.name_zh, phase.name_en))
            .replace("%2", start.isoformat())
            .replace("%3", end.isoformat())
        )
        return self._preview(title, changes, None, self._reads.dday())

    def preview_milestone_move(self, milestone_id: int, new_due: date) -> SchedulePreview:
        """What moving a milestone's due date recomputes (its M-n tasks); nothing is written."""
        milestone = self._reads.milestone(milestone_id)
        first, last = self._reads.window()
        if not first <= new_due <= last:
            raise ValidationError(
                self.tr("%1 is outside the campaign (%2 to %3).")
                .replace("%1", new_due.isoformat())
                .replace("%2", first.isoformat())
                .replace("%3", last.isoformat()),
                field="due_date",
            )
        phase = next((p for p in self._campaign.phases() if p.id == milestone.phase_id), None)
        # A milestone marks a point of its phase: moving it out would leave its tasks and
        # gate in the wrong stage, so the phase has to move first.
        if phase is not None and not phase.start_date <= new_due <= phase.end_date:
            raise ValidationError(
                self.tr("%1 is outside the milestone's phase %2 (%3 to %4); move the phase "
                        "first or pick a date inside it.")
                .replace("%1", new_due.isoformat())
                .replace("%2", localized(phase.name_zh, phase.name_en))
                .replace("%3", phase.start_date.isoformat())
                .replace("%4", phase.end_date.isoformat()),
                field="due_date",
            )  # fmt: skip
        changes = milestone_move_changes(
            self._reads.tasks(), milestone, new_due, self._reads.dday()
        )
        title = (
            self.tr("Move milestone %1 to %2")
            .replace("%1", localized(milestone.name_zh, milestone.name_en))
            .replace("%2", new_due.isoformat())
        )
        preview = self._preview(title, changes, None, self._reads.dday())
        # Only what this move causes: a buffer that was already short is no news here, and
        # the D-day distance of a D-anchored milestone follows its date silently.
        already = {self._buffer_warning(b) for b in self._reads.phase_buffers() if b.too_small}
        warnings = [w for w in preview.warnings if w not in already]
        lines = [line for line in preview.lines if line.field != "dday_offset_days"]
        return replace(preview, lines=lines, warnings=warnings, milestone_id=milestone_id)

    def _preview(
        self,
        title: str,
        changes: list[RecordChange],
        campaign_change: tuple[int, dict[str, Any], dict[str, Any]] | None,
        dday: date,
    ) -> SchedulePreview:
        tasks = {t.id or 0: t for t in self._reads.tasks()}
        milestones = {m.id or 0: m for m in self._reads.milestones()}
        phases = {p.id or 0: p for p in self._campaign.phases()}
        lines = []
        for change in changes:
            if change.kind == "task":
                record = tasks[change.record_id]
                name = localized(record.title_zh, record.title_en)
                tasks[change.record_id] = replace(record, **change.after)
            elif change.kind == "milestone":
                m = milestones[change.record_id]
                name = "◆ " + localized(m.name_zh, m.name_en)
            else:
                phase = phases[change.record_id]
                name = localized(phase.name_zh, phase.name_en)
                phases[change.record_id] = replace(phase, **change.after)
            for field_name, before in change.before.items():
                after = change.after[field_name]
                if before != after:
                    lines.append(PreviewLine(change.kind, name, field_name, before, after))
        warnings = []
        first, last = campaign_window(phases.values(), dday)
        outside = [t for t in tasks.values() if not first <= t.due_date <= last]
        if outside:
            warnings.append(
                self.tr("%n task(s) would be due outside the campaign.", "", len(outside))
            )
        for buffer in phase_buffers(phases.values(), tasks.values()):
            if buffer.too_small:
                warnings.append(self._buffer_warning(buffer))
        return SchedulePreview(title, changes, campaign_change, lines, warnings)

    def _buffer_warning(self, buffer: PhaseBuffer) -> str:
        phase = buffer.phase
        return (
            self.tr("Phase %1 keeps only %2% time buffer after its planned work (plan: 15%).")
            .replace("%1", localized(phase.name_zh, phase.name_en))
            .replace("%2", str(round(100 * buffer.share)))
        )

    def buffer_warnings(self) -> list[str]:
        """One sentence naming the phases whose planned work leaves less than 15% buffer."""
        short = [b for b in self._reads.phase_buffers() if b.too_small]
        if not short:
            return []
        phases = ", ".join(
            f"{localized(b.phase.name_zh, b.phase.name_en)} {round(100 * b.share)}%" for b in short
        )
        return [
            self.tr(
                "Time buffer below the planned 15%: %1 (days left after the last due date)."
            ).replace("%1", phases)
        ]

    def apply_schedule(self, actor: Actor, preview: SchedulePreview) -> None:
        """Apply a previewed recomputation as one undo step.

        D-day and phases are the commander's call; a milestone may also be moved by the
        lead of its unit when every task that moves with it belongs to that unit.
        """
        if preview.milestone_id is not None:
            self._check_can_move_milestone(actor, preview)
        elif actor.role is not Role.COMMANDER:
            raise ValidationError(
                self.tr("Only the commander can move D-day or phases."), field="schedule"
            )
        if not preview.changes and preview.campaign_change is None:
            return
        context = self._context
        context.push(
            ScheduleCommand(
                preview.title, context.store, actor, preview.changes, preview.campaign_change,
                context.touched, self._campaign.reload_frame,
            )
        )  # fmt: skip

    def _check_can_move_milestone(self, actor: Actor, preview: SchedulePreview) -> None:
        if actor.role is Role.COMMANDER:
            return
        milestone = self._reads.milestone(preview.milestone_id or 0)
        own = self._context.rules.own_department_id(actor)
        if actor.role is not Role.LEAD or own is None or own != milestone.department_id:
            raise ValidationError(
                self.tr("Only the commander or the milestone's unit lead can move it."),
                field="schedule",
            )
        moved = [c.record_id for c in preview.changes if c.kind == "task"]
        for task in self._reads.tasks_by_ids(moved):
            self._context.rules.check_can_edit(actor, task)
