"""The campaign plan for the UI: checklist edits, dependencies, gates and reverse scheduling.

Every mutator takes the acting user, validates first (``ValidationError`` naming the
field; nothing is written) and then pushes one undo command. After redo and undo alike
the controller emits ``tasks_changed`` / ``milestones_changed`` with the touched ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from controllers.campaign_controller import CampaignController
from controllers.plan_commands import (
    DependencyCommand,
    GateCommand,
    ScheduleCommand,
    TaskFieldsCommand,
)
from controllers.plan_rules import PlanRules
from controllers.settings import Settings
from models.errors import ValidationError
from models.plan_records import GateEvent, GateEventKind
from models.progress import is_overdue, lagging_ids
from models.records import Actor, Milestone, Role, Task, TaskStatus
from models.schedule import (
    Blocker,
    PhaseBuffer,
    RecordChange,
    blockers_by_task,
    campaign_window,
    dday_move_changes,
    find_cycle,
    gate_missing,
    phase_buffers,
    phase_move_changes,
)
from models.tables.labels import localized
from models.tables.task_table_model import TaskContext


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


@dataclass(frozen=True, slots=True)
class GateReadiness:
    """A gate with its prerequisite tasks and how many are done or accepted."""

    gate: Milestone
    prerequisites: list[Task]
    missing: list[Task]

    @property
    def ready(self) -> int:
        return len(self.prerequisites) - len(self.missing)

    @property
    def total(self) -> int:
        return len(self.prerequisites)

    @property
    def signed(self) -> bool:
        return self.gate.signed_off_at is not None

    @property
    def can_sign(self) -> bool:
        return not self.signed and not self.missing


class PlanController(QObject):
    """Reads and edits the plan of the open campaign.

    Signals:
        tasks_changed(list added, list updated, list removed): task ids; blocked flags of
            other tasks may change too, so views re-read ``table_context()``.
        milestones_changed(list added, list updated, list removed): milestone ids.
    """

    tasks_changed = Signal(list, list, list)
    milestones_changed = Signal(list, list, list)

    def __init__(
        self, campaign: CampaignController, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.campaign = campaign
        self._settings = settings
        self.rules = PlanRules(campaign)
        self._blockers: dict[int, list[Blocker]] | None = None
        campaign.campaign_changed.connect(self._on_campaign_changed)

    # -- reads ---------------------------------------------------------------------------

    @property
    def store(self):
        return self.campaign.store

    @property
    def lag_margin(self) -> int:
        return int(self._settings.value("plan/lag_margin"))

    def today(self) -> date:
        return self.campaign.today()

    def tasks(self, department_id: int | None = None) -> list[Task]:
        return self.store.plan.tasks(self.campaign.campaign_id, department_id)

    def tasks_by_ids(self, task_ids: list[int]) -> list[Task]:
        return self.store.plan.tasks_by_ids(task_ids)

    def task(self, task_id: int) -> Task:
        return self.store.plan.task(task_id)

    def milestones(self) -> list[Milestone]:
        return self.store.plan.milestones(self.campaign.campaign_id)

    def milestone(self, milestone_id: int) -> Milestone:
        return self.store.plan.milestone(milestone_id)

    def gates(self) -> list[Milestone]:
        return [m for m in self.milestones() if m.is_gate]

    def dependencies(self) -> list[tuple[int, int]]:
        return self.store.plan.dependencies(self.campaign.campaign_id)

    def gate_dependencies(self) -> list[tuple[int, int]]:
        return self.store.plan.gate_dependencies(self.campaign.campaign_id)

    def gate_events(self, milestone_id: int) -> list[GateEvent]:
        return self.store.plan.gate_events(milestone_id)

    def window(self) -> tuple[date, date]:
        """The days tasks may be scheduled on (first phase start to D-day)."""
        return campaign_window(self.campaign.phases(), self.dday())

    def dday(self) -> date:
        return self.campaign.campaign.dday.astimezone(self.campaign.timezone).date()

    def blockers(self) -> dict[int, list[Blocker]]:
        """Unfinished tasks waiting for an unfinished task or an unsigned gate (cached)."""
        if self._blockers is None:
            tasks = {t.id or 0: t for t in self.tasks()}
            milestones = {m.id or 0: m for m in self.milestones()}
            self._blockers = blockers_by_task(
                tasks, self.dependencies(), self.gate_dependencies(), milestones
            )
        return self._blockers

    def lagging_ids(self, tasks: list[Task] | None = None) -> set[int]:
        return lagging_ids(self.tasks() if tasks is None else tasks, self.today(), self.lag_margin)

    def overdue_ids(self, tasks: list[Task] | None = None) -> set[int]:
        today = self.today()
        return {
            t.id or 0 for t in (self.tasks() if tasks is None else tasks) if is_overdue(t, today)
        }

    def gate_readiness(self, tasks: list[Task] | None = None) -> list[GateReadiness]:
        tasks = self.tasks() if tasks is None else tasks
        result = []
        for gate in self.gates():
            prerequisites = [t for t in tasks if t.milestone_id == gate.id]
            result.append(GateReadiness(gate, prerequisites, gate_missing(gate, prerequisites)))
        return result

    def phase_buffers(self) -> list[PhaseBuffer]:
        return phase_buffers(self.campaign.phases(), self.tasks())

    def blocker_text(self, blocker: Blocker) -> str:
        if blocker.kind == "gate":
            gate = self.milestone(blocker.record_id)
            return self.tr("gate %1").replace("%1", localized(gate.name_zh, gate.name_en))
        return self.task_name(blocker.record_id)

    def task_name(self, task_id: int) -> str:
        try:
            task = self.task(task_id)
        except KeyError:
            return f"#{task_id}"
        return localized(task.title_zh, task.title_en)

    def table_context(self) -> TaskContext:
        """Names and flags the task table shows next to each task."""
        departments = {
            d.id or 0: localized(d.name_zh, d.name_en) for d in self.campaign.departments()
        }
        phases = {p.id or 0: localized(p.name_zh, p.name_en) for p in self.campaign.phases()}
        milestones = {m.id or 0: m for m in self.milestones()}
        titles = {t.id or 0: localized(t.title_zh, t.title_en) for t in self.tasks()}
        waits: dict[int, list[str]] = {}
        for task_id, before in self.dependencies():
            waits.setdefault(task_id, []).append(titles.get(before, f"#{before}"))
        for task_id, gate_id in self.gate_dependencies():
            gate = milestones.get(gate_id)
            if gate is not None:
                waits.setdefault(task_id, []).append("◆ " + localized(gate.name_zh, gate.name_en))
        blocked = {
            task_id: [self._blocker_name(b, titles, milestones) for b in found]
            for task_id, found in self.blockers().items()
        }
        return TaskContext(
            departments,
            phases,
            {mid: localized(m.name_zh, m.name_en) for mid, m in milestones.items()},
            {task_id: ", ".join(names) for task_id, names in waits.items()},
            blocked,
        )

    def _blocker_name(
        self, blocker: Blocker, titles: dict[int, str], milestones: dict[int, Milestone]
    ) -> str:
        if blocker.kind == "gate":
            gate = milestones.get(blocker.record_id)
            return "◆ " + (localized(gate.name_zh, gate.name_en) if gate else "?")
        return titles.get(blocker.record_id, f"#{blocker.record_id}")

    # -- task edits ------------------------------------------------------------------------

    def edit_task(self, actor: Actor, task_id: int, key: str, value: Any) -> None:
        """One cell edited in a table: ``key`` is the column key."""
        if key == "anchor":
            self.set_anchor(actor, task_id, str(value or ""))
        elif key in ("status", "owner_id", "progress", "planned_start", "due_date"):
            self.update_tasks(actor, {task_id: {key: value}})
        else:
            raise ValidationError(self.tr("This column cannot be edited."), field=key)

    def update_tasks(
        self, actor: Actor, changes_by_id: dict[int, dict[str, Any]], text: str = ""
    ) -> None:
        """Validate every change, then apply them all as one undo step (or none)."""
        tasks = {t.id or 0: t for t in self.tasks_by_ids(list(changes_by_id))}
        normalized: dict[int, dict[str, Any]] = {}
        for task_id, changes in changes_by_id.items():
            task = tasks.get(task_id)
            if task is None:
                raise ValidationError(
                    self.tr("Task %1 no longer exists.").replace("%1", str(task_id))
                )
            self.rules.check_can_edit(actor, task)
            cleaned = self.rules.normalize_changes(task, changes)
            if cleaned:
                normalized[task_id] = cleaned
        if not normalized:
            return
        self._push(
            TaskFieldsCommand(
                text or self._edit_text(normalized, tasks),
                self.store,
                actor,
                normalized,
                self._on_touched,
            )
        )

    def _edit_text(self, changes: dict[int, dict[str, Any]], tasks: dict[int, Task]) -> str:
        if len(changes) == 1:
            task_id = next(iter(changes))
            task = tasks[task_id]
            return self.tr("Edit %1").replace("%1", localized(task.title_zh, task.title_en))
        return self.tr("Edit %n task(s)", "", len(changes))

    def set_status(self, actor: Actor, task_ids: Iterable[int], status: TaskStatus) -> None:
        ids = list(task_ids)
        self.update_tasks(
            actor,
            {task_id: {"status": status} for task_id in ids},
            self.tr("Change status of %n task(s)", "", len(ids)),
        )

    def set_owner(self, actor: Actor, task_ids: Iterable[int], owner_id: int | None) -> None:
        ids = list(task_ids)
        self.update_tasks(
            actor,
            {task_id: {"owner_id": owner_id} for task_id in ids},
            self.tr("Assign %n task(s)", "", len(ids)),
        )

    def set_progress(self, actor: Actor, task_id: int, progress: int) -> None:
        self.update_tasks(actor, {task_id: {"progress": progress}})

    def shift_due(self, actor: Actor, task_ids: Iterable[int], days: int) -> None:
        """Move due dates by ``days`` (negative = earlier); starts follow when needed."""
        ids = list(task_ids)
        if days == 0:
            return
        changes = {}
        for task in self.tasks_by_ids(ids):
            due = task.due_date + timedelta(days=days)
            change: dict[str, Any] = {"due_date": due}
            if due < task.planned_start:
                change["planned_start"] = due
            changes[task.id or 0] = change
        self.update_tasks(actor, changes, self.tr("Shift due date of %n task(s)", "", len(ids)))

    def set_anchor(self, actor: Actor, task_id: int, text: str) -> None:
        """Count the due date back from D-day ("D-30") or the milestone ("M-2"), or neither."""
        task = self.task(task_id)
        self.rules.check_can_edit(actor, task)
        changes = self.rules.anchor_changes(task, text)
        changes = {k: v for k, v in changes.items() if getattr(task, k) != v}
        if not changes:
            return
        text = self.tr("Reschedule %1").replace("%1", localized(task.title_zh, task.title_en))
        self._push(TaskFieldsCommand(text, self.store, actor, {task_id: changes}, self._on_touched))

    # -- dependencies ------------------------------------------------------------------------

    def add_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Make ``task_id`` wait for ``depends_on_id``; a loop is refused, naming its tasks."""
        task = self.task(task_id)
        self.rules.check_can_edit(actor, task)
        self.task(depends_on_id)
        edges = self.dependencies()
        if (task_id, depends_on_id) in edges:
            raise ValidationError(self.tr("This dependency already exists."), field="dependencies")
        loop = find_cycle(edges, (task_id, depends_on_id))
        if loop is not None:
            names = " → ".join(self.task_name(i) for i in loop)
            raise ValidationError(
                self.tr("This dependency would create a loop: %1").replace("%1", names),
                field="dependencies",
            )
        text = self.tr("Add dependency to %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, False, True, (task_id, depends_on_id), self._on_touched
            )
        )

    def remove_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        self.rules.check_can_edit(actor, self.task(task_id))
        if (task_id, depends_on_id) not in self.dependencies():
            return
        text = self.tr("Remove dependency from %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, False, False, (task_id, depends_on_id), self._on_touched
            )
        )

    def add_gate_dependency(self, actor: Actor, task_id: int, gate_id: int) -> None:
        """Make a task wait for a gate's sign-off (it shows as blocked until then)."""
        self.rules.check_can_edit(actor, self.task(task_id))
        gate = self.milestone(gate_id)
        if not gate.is_gate:
            raise ValidationError(self.tr("Only a gate can be waited for."), field="dependencies")
        if (task_id, gate_id) in self.gate_dependencies():
            raise ValidationError(self.tr("This dependency already exists."), field="dependencies")
        if self.task(task_id).milestone_id == gate_id:
            raise ValidationError(
                self.tr("A prerequisite of a gate cannot wait for that gate."), field="dependencies"
            )
        text = self.tr("Add dependency to %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, True, True, (task_id, gate_id), self._on_touched
            )
        )

    def remove_gate_dependency(self, actor: Actor, task_id: int, gate_id: int) -> None:
        self.rules.check_can_edit(actor, self.task(task_id))
        if (task_id, gate_id) not in self.gate_dependencies():
            return
        text = self.tr("Remove dependency from %1").replace("%1", self.task_name(task_id))
        self._push(
            DependencyCommand(
                text, self.store, actor, True, False, (task_id, gate_id), self._on_touched
            )
        )

    # -- gates -----------------------------------------------------------------------------

    def sign_off(self, actor: Actor, gate_id: int, comment: str) -> None:
        """Sign off a gate whose prerequisite tasks are all done or accepted (audited)."""
        gate = self.milestone(gate_id)
        self._check_can_sign(actor, gate)
        if gate.signed_off_at is not None:
            raise ValidationError(self.tr("This gate is already signed off."), field="gate")
        missing = gate_missing(gate, self.tasks())
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
            "signed_off_at": self.campaign.now(),
            "sign_off_comment": comment.strip(),
        }
        text = self.tr("Sign off %1").replace("%1", localized(gate.name_zh, gate.name_en))
        self._push(
            GateCommand(text, self.store, actor, gate_id, GateEventKind.SIGNED_OFF, changes,
                        comment.strip(), self.campaign.now, self._on_touched)
        )  # fmt: skip

    def reopen(self, actor: Actor, gate_id: int, reason: str) -> None:
        """Withdraw a sign-off; the reason is required and kept in the gate's history."""
        gate = self.milestone(gate_id)
        self._check_can_sign(actor, gate)
        if gate.signed_off_at is None:
            raise ValidationError(self.tr("This gate is not signed off."), field="gate")
        if not reason.strip():
            raise ValidationError(self.tr("Give a reason for reopening the gate."), field="reason")
        changes = {"signed_off_by": None, "signed_off_at": None, "sign_off_comment": ""}
        text = self.tr("Reopen %1").replace("%1", localized(gate.name_zh, gate.name_en))
        self._push(
            GateCommand(text, self.store, actor, gate_id, GateEventKind.REOPENED, changes,
                        reason.strip(), self.campaign.now, self._on_touched)
        )  # fmt: skip

    def _check_can_sign(self, actor: Actor, gate: Milestone) -> None:
        if actor.role is Role.COMMANDER:
            return
        own = self.rules.own_department_id(actor)
        if actor.role is Role.LEAD and own is not None and own == gate.department_id:
            return
        raise ValidationError(
            self.tr("Only the commander or the gate's department lead can sign off or reopen it."),
            field="gate",
        )

    # -- reverse scheduling -------------------------------------------------------------------

    def preview_dday_move(self, new_dday: date) -> SchedulePreview:
        """What moving D-day recomputes (dates counted back from it); nothing is written."""
        campaign = self.campaign.campaign
        old = campaign.dday
        moved = datetime.combine(new_dday, old.astimezone(self.campaign.timezone).timetz())
        changes = dday_move_changes(self.tasks(), self.milestones(), new_dday)
        title = self.tr("Move D-day to %1").replace("%1", new_dday.isoformat())
        return self._preview(
            title, changes, (self.campaign.campaign_id, {"dday": old}, {"dday": moved}), new_dday
        )

    def preview_phase_move(self, phase_id: int, start: date, end: date) -> SchedulePreview:
        """What moving a phase's boundaries recomputes; nothing is written."""
        phases = self.campaign.phases()
        changes = phase_move_changes(phases, self.tasks(), self.milestones(), phase_id, start, end)
        phase = next(p for p in phases if p.id == phase_id)
        title = (
            self.tr("Move phase %1 to %2 – %3")
            .replace("%1", localized(phase.name_zh, phase.name_en))
            .replace("%2", start.isoformat())
            .replace("%3", end.isoformat())
        )
        return self._preview(title, changes, None, self.dday())

    def _preview(
        self,
        title: str,
        changes: list[RecordChange],
        campaign_change: tuple[int, dict[str, Any], dict[str, Any]] | None,
        dday: date,
    ) -> SchedulePreview:
        tasks = {t.id or 0: t for t in self.tasks()}
        milestones = {m.id or 0: m for m in self.milestones()}
        phases = {p.id or 0: p for p in self.campaign.phases()}
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
        short = [b for b in self.phase_buffers() if b.too_small]
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
        """Apply a previewed recomputation as one undo step (the commander's call)."""
        if actor.role is not Role.COMMANDER:
            raise ValidationError(
                self.tr("Only the commander can move D-day or phases."), field="schedule"
            )
        if not preview.changes and preview.campaign_change is None:
            return
        self._push(
            ScheduleCommand(
                preview.title, self.store, actor, preview.changes, preview.campaign_change,
                self._on_touched, self.campaign.reload_frame,
            )
        )  # fmt: skip

    # -- plumbing ---------------------------------------------------------------------------

    def _push(self, command: Any) -> None:
        self.campaign.undo_stack.push(command)

    def _on_touched(self, task_ids: list[int], milestone_ids: list[int]) -> None:
        self._blockers = None
        if task_ids:
            self.tasks_changed.emit([], sorted(set(task_ids)), [])
        if milestone_ids:
            self.milestones_changed.emit([], sorted(set(milestone_ids)), [])

    def _on_campaign_changed(self) -> None:
        self._blockers = None

    def now(self) -> datetime:
        return self.campaign.now()
