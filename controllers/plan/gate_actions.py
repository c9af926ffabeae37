"""Milestone gates: readiness of their prerequisites, sign-off and reopening (audited)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from controllers.plan.plan_commands import GateCommand
from controllers.plan.plan_context import PlanContext
from models.errors import ValidationError
from models.plan.plan_records import GateEvent, GateEventKind
from models.plan.schedule import gate_missing
from models.records import Actor, Milestone, Role, Task
from models.tables.labels import localized


@dataclass(frozen=True, slots=True)
class GateReadiness:
    """A gate with its prerequisite tasks and how many are done or accepted."""

    gate: Milestone
    prerequisites: list[Task]
    missing: list[Task]

    @property
    def ready(self) -> int:
        """How many prerequisites are done or accepted."""
        return len(self.prerequisites) - len(self.missing)

    @property
    def total(self) -> int:
        """How many prerequisites the gate has."""
        return len(self.prerequisites)

    @property
    def signed(self) -> bool:
        """Whether the gate is signed off."""
        return self.gate.signed_off_at is not None

    @property
    def can_sign(self) -> bool:
        """Whether the gate is still open and all its prerequisites are finished."""
        return not self.signed and not self.missing


class GateActions(QObject):
    """Reads gates and signs them off or reopens them (``plan.gates``)."""

    def __init__(self, context: PlanContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._reads = context.reads

    def all(self) -> list[Milestone]:
        """The campaign's gates (milestones that need a sign-off)."""
        return [m for m in self._reads.milestones() if m.is_gate]

    def events(self, milestone_id: int) -> list[GateEvent]:
        """The gate's sign-off history, oldest first."""
        return self._context.store.plan.gate_events(milestone_id)

    def readiness(self, tasks: list[Task] | None = None) -> list[GateReadiness]:
        """Each gate with its prerequisites among ``tasks`` (default: all tasks)."""
        tasks = self._reads.tasks() if tasks is None else tasks
        result = []
        for gate in self.all():
            prerequisites = [t for t in tasks if t.milestone_id == gate.id]
            result.append(GateReadiness(gate, prerequisites, gate_missing(gate, prerequisites)))
        return result

    def sign_off(self, actor: Actor, gate_id: int, comment: str) -> None:
        """Sign off a gate whose prerequisite tasks are all done or accepted (audited)."""
        gate = self._reads.milestone(gate_id)
        self._check_can_sign(actor, gate)
        if gate.signed_off_at is not None:
            raise ValidationError(self.tr("This gate is already signed off."), field="gate")
        missing = gate_missing(gate, self._reads.tasks())
        if missing:
            names = ", ".join(localized(t.title_zh, t.title_en) for t in missing[:5])
            more = len(missing) - 5
            if more > 0:
                names += " " + self.tr("and %n more", "", more)
            raise ValidationError(
                self.tr("The gate cannot be signed off: %n task(s) not done or accepted: %1", "",
                        len(missing)).replace("%1", names),
                field="gate",
            )  # fmt: skip
        changes = {
            "signed_off_by": actor.name,
            "signed_off_at": self._context.campaign.now(),
            "sign_off_comment": comment.strip(),
        }
        text = self.tr("Sign off %1").replace("%1", localized(gate.name_zh, gate.name_en))
        self._push(text, actor, gate_id, GateEventKind.SIGNED_OFF, changes, comment.strip())

    def reopen(self, actor: Actor, gate_id: int, reason: str) -> None:
        """Withdraw a sign-off; the reason is required and kept in the gate's history."""
        gate = self._reads.milestone(gate_id)
        self._check_can_sign(actor, gate)
        if gate.signed_off_at is None:
            raise ValidationError(self.tr("This gate is not signed off."), field="gate")
        if not reason.strip():
            raise ValidationError(self.tr("Give a reason for reopening the gate."), field="reason")
        changes = {"signed_off_by": None, "signed_off_at": None, "sign_off_comment": ""}
        text = self.tr("Reopen %1").replace("%1", localized(gate.name_zh, gate.name_en))
        self._push(text, actor, gate_id, GateEventKind.REOPENED, changes, reason.strip())

    def _push(
        self,
        text: str,
        actor: Actor,
        gate_id: int,
        kind: GateEventKind,
        changes: dict[str, Any],
        note: str,
    ) -> None:
        context = self._context
        context.push(
            GateCommand(text, context.store, actor, gate_id, kind, changes, note,
                        context.campaign.now, context.touched)
        )  # fmt: skip

    def _check_can_sign(self, actor: Actor, gate: Milestone) -> None:
        if actor.role is Role.COMMANDER:
            return
        own = self._context.rules.own_department_id(actor)
        if actor.role is Role.LEAD and own is not None and own == gate.department_id:
            return
        raise ValidationError(
            self.tr("Only the commander or the gate's department lead can sign off or reopen it."),
            field="gate",
        )
