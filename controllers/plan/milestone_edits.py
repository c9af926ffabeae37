"""Adding and deleting milestones (the commander's call), one undo step each."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from controllers.plan.plan_commands import MilestoneCommand
from controllers.plan.plan_context import PlanContext
from models.errors import ValidationError
from models.records import Actor, Milestone, Role
from models.tables.labels import localized

NAMES_SHOWN = 5  # tasks named in a refusal before "and n more"


class MilestoneEdits(QObject):
    """Reads, creates and deletes milestones and gates (``plan.milestones``)."""

    def __init__(self, context: PlanContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._campaign = context.campaign
        self._reads = context.reads

    def all(self) -> list[Milestone]:
        """The campaign's milestones, gates included."""
        return self._reads.milestones()

    def can_manage(self, actor: Actor) -> bool:
        """Whether ``actor`` may add and delete milestones (the commander only)."""
        return actor.role is Role.COMMANDER

    def create(self, actor: Actor, values: dict[str, Any]) -> int:
        """Add a milestone or gate (one undo step); returns its id.

        ``values``: name_zh, name_en (one is enough), phase_id, department_id (optional),
        due_date (inside the phase), is_gate. Like every milestone of the plan, the new one
        is counted back from D-day, so a later D-day move takes it along.
        """
        self._check_may_manage(actor)
        name_zh = str(values.get("name_zh") or "").strip()
        name_en = str(values.get("name_en") or "").strip()
        if not name_zh and not name_en:
            raise ValidationError(
                self.tr("Give the milestone a name (中文 or English)."), field="name_zh"
            )
        phase = next((p for p in self._campaign.phases() if p.id == values.get("phase_id")), None)
        if phase is None:
            raise ValidationError(self.tr("Choose the phase of the milestone."), field="phase_id")
        department_id = values.get("department_id") or None
        if department_id is not None and department_id not in {
            d.id for d in self._campaign.departments()
        }:
            raise ValidationError(self.tr("Unit: no such unit."), field="department_id")
        due = values.get("due_date")
        if not isinstance(due, date):
            raise ValidationError(self.tr("Give the milestone a date."), field="due_date")
        if not phase.start_date <= due <= phase.end_date:
            raise ValidationError(
                self.tr("%1 is outside the phase %2 (%3 to %4).")
                .replace("%1", due.isoformat())
                .replace("%2", localized(phase.name_zh, phase.name_en))
                .replace("%3", phase.start_date.isoformat())
                .replace("%4", phase.end_date.isoformat()),
                field="due_date",
            )
        milestone = Milestone(
            None, self._campaign.campaign_id, phase.id or 0, department_id,
            name_zh or name_en, name_en or name_zh, due, is_gate=bool(values.get("is_gate")),
            dday_offset_days=(due - self._reads.dday()).days,
        )  # fmt: skip
        name = localized(milestone.name_zh, milestone.name_en)
        if milestone.is_gate:
            text = self.tr("Add gate %1").replace("%1", name)
        else:
            text = self.tr("Add milestone %1").replace("%1", name)
        context = self._context
        command = MilestoneCommand(
            text, context.store, actor, milestone, context.milestones_reshaped, adding=True
        )
        context.push(command)
        return command.milestone_id or 0

    def waiting_for(self, milestone_id: int) -> int:
        """How many tasks wait for this gate's sign-off (their waits go with a delete)."""
        return sum(1 for _task, gate in self._reads.gate_dependencies() if gate == milestone_id)

    def delete(self, actor: Actor, milestone_id: int) -> None:
        """Delete a milestone that no task belongs to and that is not a signed gate.

        Waits on the gate go with it; undo brings the milestone, the waits and the gate's
        history back under the same ids.
        """
        self._check_may_manage(actor)
        try:
            milestone = self._reads.milestone(milestone_id)
        except KeyError:
            raise ValidationError(self.tr("This milestone no longer exists.")) from None
        name = localized(milestone.name_zh, milestone.name_en)
        if milestone.is_gate and milestone.signed_off_at is not None:
            raise ValidationError(
                self.tr("The gate %1 is signed off and cannot be deleted; reopen it first.")
                .replace("%1", name),
                field="milestone",
            )  # fmt: skip
        own = [t for t in self._reads.tasks() if t.milestone_id == milestone_id]
        if own:
            # "%1" rather than "%n", so the translation this text already has still applies.
            names = ", ".join(localized(t.title_zh, t.title_en) for t in own[:NAMES_SHOWN])
            if len(own) > NAMES_SHOWN:
                names += " " + self.tr("and %1 more").replace("%1", str(len(own) - NAMES_SHOWN))
            raise ValidationError(
                self.tr("%1 still has tasks: %2. Move them to another milestone first.")
                .replace("%1", name)
                .replace("%2", names),
                field="milestone",
            )
        if milestone.is_gate:
            text = self.tr("Delete gate %1").replace("%1", name)
        else:
            text = self.tr("Delete milestone %1").replace("%1", name)
        context = self._context
        context.push(
            MilestoneCommand(
                text, context.store, actor, milestone, context.milestones_reshaped, adding=False
            )
        )

    def _check_may_manage(self, actor: Actor) -> None:
        if not self.can_manage(actor):
            raise ValidationError(
                self.tr("Only the commander can add or delete milestones."), field="milestone"
            )
