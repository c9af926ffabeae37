"""Renaming a task and moving it to another unit, phase or milestone (one undo step each).

What a move does to the dates (the rules a lead would check by hand):

- A task counted back from its milestone (``M-2``) keeps that distance to the new
  milestone, so its due date is re-derived and its start moves with it (same length).
  Leaving the milestone turns the anchor into a fixed date: the task keeps its dates.
- A task counted back from D-day, or with a fixed date, keeps its due date.
- A due date given with the move wins; an anchored task's offset follows it (as when the
  due date is typed in the table).
- Whatever the anchor, the due date must lie inside the (new) phase, as everywhere in the
  plan; a move that breaks this is refused with the phase's dates, and nothing changes.
  Phases do not overlap, so moving to another phase needs a new due date in the same step.
  A start before the new phase begins is pulled in to the phase start, as a phase move does.
- The milestone belongs to one phase: choosing a milestone of another phase moves the task
  to that phase; naming a different phase at the same time is refused.
- A signed-off gate's list of prerequisites is frozen: reopen the gate first.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject

from controllers.plan.plan_commands import TaskFieldsCommand
from controllers.plan.plan_context import PlanContext
from controllers.plan.plan_rules import as_date
from models.errors import ValidationError
from models.plan.schedule import anchor_text
from models.records import Actor, Milestone, Phase, Task
from models.tables.labels import is_chinese, localized

DETAIL_FIELDS = ("title_zh", "title_en", "department_id", "phase_id", "milestone_id", "due_date")


class TaskDetails(QObject):
    """Renames and moves tasks (``plan.task_details``)."""

    def __init__(self, context: PlanContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._campaign = context.campaign
        self._reads = context.reads

    def edit(self, actor: Actor, task_id: int, values: dict[str, Any]) -> None:
        """Change titles, unit, phase, milestone and/or due date of one task as one undo step.

        ``values`` holds only the fields to change (any of ``DETAIL_FIELDS``; a milestone
        of None detaches the task). Refused changes raise ``ValidationError``, nothing written.
        """
        try:
            task = self._reads.task(task_id)
        except KeyError:
            raise ValidationError(
                self.tr("Task %1 no longer exists.").replace("%1", str(task_id))
            ) from None
        changes = self.checked_changes(actor, task, values)
        if not changes:
            return
        name = localized(task.title_zh, task.title_en)
        renamed = bool({"title_zh", "title_en"} & set(changes))
        moved = bool(set(changes) - {"title_zh", "title_en"})
        if renamed and moved:
            text = self.tr("Edit %1").replace("%1", name)
        elif renamed:
            text = self.tr("Rename %1").replace("%1", name)
        else:
            text = self.tr("Move %1").replace("%1", name)
        context = self._context
        context.push(
            TaskFieldsCommand(text, context.store, actor, {task_id: changes}, context.touched)
        )

    def rename(self, actor: Actor, task_id: int, title: str) -> None:
        """The title in the UI language, as typed into the checklist's title cell."""
        key = "title_zh" if is_chinese() else "title_en"
        self.edit(actor, task_id, {key: title})

    def checked_changes(self, actor: Actor, task: Task, values: dict[str, Any]) -> dict[str, Any]:
        """The checked field changes ``values`` imply for ``task`` ({} if none)."""
        self._context.rules.check_can_edit(actor, task)
        unknown = set(values) - set(DETAIL_FIELDS)
        if unknown:
            raise ValidationError(
                self.tr("This field cannot be changed here."), field=sorted(unknown)[0]
            )
        changes = self._title_changes(task, values)
        changes.update(self._department_change(actor, task, values))
        changes.update(self._placement_changes(task, values))
        return {k: v for k, v in changes.items() if getattr(task, k) != v}

    def _title_changes(self, task: Task, values: dict[str, Any]) -> dict[str, Any]:
        messages = {
            "title_zh": self.tr("The Chinese title cannot be empty."),
            "title_en": self.tr("The English title cannot be empty."),
        }
        changes = {}
        for key, message in messages.items():
            if key in values:
                title = str(values[key] or "").strip()
                if not title:
                    raise ValidationError(message, field=key)
                changes[key] = title
        return changes

    def _department_change(
        self, actor: Actor, task: Task, values: dict[str, Any]
    ) -> dict[str, Any]:
        department_id = values.get("department_id", task.department_id)
        if department_id == task.department_id:
            return {}
        departments = {d.id: d for d in self._campaign.departments()}
        if department_id not in departments:
            raise ValidationError(
                self.tr("Choose the unit the task belongs to."), field="department_id"
            )
        try:
            # A unit's lead may not give tasks away: the task must stay theirs to edit.
            self._context.rules.check_can_edit(actor, replace(task, department_id=department_id))
        except ValidationError:
            target = departments[department_id]
            raise ValidationError(
                self.tr(
                    "You can only move tasks within your own unit; "
                    "ask the commander to hand the task to %1."
                ).replace("%1", localized(target.name_zh, target.name_en)),
                field="department_id",
            ) from None
        return {"department_id": department_id}

    def _placement_changes(self, task: Task, values: dict[str, Any]) -> dict[str, Any]:
        """Phase, milestone and the dates they imply (see the module's rules)."""
        if not {"phase_id", "milestone_id", "due_date"} & set(values):
            return {}
        milestones = {m.id: m for m in self._reads.milestones()}
        milestone_id = values.get("milestone_id", task.milestone_id) or None
        if milestone_id is not None and milestone_id not in milestones:
            raise ValidationError(self.tr("Milestone: no such milestone."), field="milestone_id")
        milestone = milestones.get(milestone_id)
        phases = {p.id: p for p in self._campaign.phases()}
        default_phase = milestone.phase_id if milestone is not None else task.phase_id
        phase = phases.get(values.get("phase_id", default_phase))
        if phase is None:
            raise ValidationError(self.tr("Choose the phase of the task."), field="phase_id")
        if milestone is not None and milestone.phase_id != phase.id:
            own = phases.get(milestone.phase_id)
            raise ValidationError(
                self.tr("The milestone %1 is in the phase %2, not in %3; choose a milestone "
                        "of %3 or no milestone.")
                .replace("%1", localized(milestone.name_zh, milestone.name_en))
                .replace("%2", localized(own.name_zh, own.name_en) if own else "?")
                .replace("%3", localized(phase.name_zh, phase.name_en)),
                field="milestone_id" if "milestone_id" in values else "phase_id",
            )  # fmt: skip
        changes: dict[str, Any] = {"phase_id": phase.id, "milestone_id": milestone_id}
        if milestone_id != task.milestone_id:
            self._check_gate_membership(task, milestones.get(task.milestone_id), milestone)
            if task.milestone_offset_days is not None and milestone is None:
                changes["milestone_offset_days"] = None
        derived = task.due_date
        if milestone is not None and task.milestone_offset_days is not None:
            derived = milestone.due_date + timedelta(days=task.milestone_offset_days)
        due = as_date(values.get("due_date", derived), "due_date")
        if due != derived:  # typed by hand: the anchor keeps counting back to it
            if milestone is not None and task.milestone_offset_days is not None:
                changes["milestone_offset_days"] = (due - milestone.due_date).days
            elif task.dday_offset_days is not None:
                changes["dday_offset_days"] = (due - self._reads.dday()).days
        if due == task.due_date and phase.id == task.phase_id:
            return changes
        if not phase.start_date <= due <= phase.end_date:
            raise ValidationError(
                self._outside_phase_text(task, milestone, phase, due, typed=due != derived),
                field="due_date" if "due_date" in values else "phase_id",
            )
        start = task.planned_start + (due - task.due_date)  # the task keeps its length
        changes["due_date"] = due
        changes["planned_start"] = max(start, phase.start_date)
        return changes

    def _check_gate_membership(
        self, task: Task, old: Milestone | None, new: Milestone | None
    ) -> None:
        for gate in (old, new):
            if gate is not None and gate.is_gate and gate.signed_off_at is not None:
                raise ValidationError(
                    self.tr("The gate %1 is signed off; reopen it before changing its tasks.")
                    .replace("%1", localized(gate.name_zh, gate.name_en)),
                    field="milestone_id",
                )  # fmt: skip
        if new is not None and (task.id, new.id) in self._reads.gate_dependencies():
            raise ValidationError(
                self.tr("The task waits for the gate %1, so it cannot also be one of its "
                        "prerequisites.").replace("%1", localized(new.name_zh, new.name_en)),
                field="milestone_id",
            )  # fmt: skip

    def _outside_phase_text(
        self, task: Task, milestone: Milestone | None, phase: Phase, due: date, *, typed: bool
    ) -> str:
        phase_text = (
            self.tr("the phase %1 (%2 to %3)")
            .replace("%1", localized(phase.name_zh, phase.name_en))
            .replace("%2", phase.start_date.isoformat())
            .replace("%3", phase.end_date.isoformat())
        )
        if typed:
            return (
                self.tr("The due date %1 is outside %2.")
                .replace("%1", due.isoformat())
                .replace("%2", phase_text)
            )
        if due != task.due_date and milestone is not None:
            return (
                self.tr("Counted back from %1 (%2), the task would be due on %3, outside %4.")
                .replace("%1", localized(milestone.name_zh, milestone.name_en))
                .replace("%2", anchor_text(task))
                .replace("%3", due.isoformat())
                .replace("%4", phase_text)
            )
        return (
            self.tr("The task is due on %1, outside %2; give it a due date inside the phase.")
            .replace("%1", due.isoformat())
            .replace("%2", phase_text)
        )
