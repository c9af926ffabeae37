"""The campaign plan for the UI: checklist edits, dependencies, gates and reverse scheduling.

Every mutator takes the acting user, validates first (``ValidationError`` naming the
field; nothing is written) and then pushes one undo command. After redo and undo alike
the controller emits ``tasks_changed`` / ``milestones_changed`` with the touched ids.
"""

from __future__ import annotations

import time
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
    TaskCreateCommand,
    TaskDeleteCommand,
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
    milestone_move_changes,
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
    # A milestone move is a unit's business; D-day and phase moves are the commander's.
    milestone_id: int | None = None


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
        # Seconds clock deciding whether quick edits of one cell merge (tests replace it).
        self.edit_clock = time.monotonic
        campaign.campaign_changed.connect(self._on_campaign_changed)

    # -- reads ---------------------------------------------------------------------------

    @property
    def store(self):
        return self.campaign.store

    @property
    def settings(self) -> Settings:
        return self._settings

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
            self.update_tasks(actor, {task_id: {key: value}}, cell=(task_id, key))
        else:
            raise ValidationError(self.tr("This column cannot be edited."), field=key)

    def update_tasks(
        self,
        actor: Actor,
        changes_by_id: dict[int, dict[str, Any]],
        text: str = "",
        cell: tuple[int, str] | None = None,
    ) -> None:
        """Validate every change, then apply them all as one undo step (or none).

        ``cell`` marks an edit of one table cell: quick repeats of it merge into one step.
        """
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
                cell,
                self.edit_clock,
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
        self.update_tasks(actor, {task_id: {"progress": progress}}, cell=(task_id, "progress"))

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

    # -- adding and deleting tasks ---------------------------------------------------------

    def create_task(self, actor: Actor, values: dict[str, Any]) -> int:
        """Add a task from the new-task form (one undo step); returns its id."""
        task = self.rules.new_task(actor, values)
        text = self.tr("Add task %1").replace("%1", localized(task.title_zh, task.title_en))
        command = TaskCreateCommand(text, self.store, actor, task, self._on_reshaped)
        self._push(command)
        return command.task_id or 0

    def links_of(self, task_ids: Iterable[int]) -> int:
        """How many dependencies deleting these tasks would remove (for the confirmation)."""
        ids = set(task_ids)
        return sum(1 for pair in self.dependencies() if ids.intersection(pair)) + sum(
            1 for task_id, _gate in self.gate_dependencies() if task_id in ids
        )

    def delete_tasks(self, actor: Actor, task_ids: Iterable[int]) -> None:
        """Delete tasks and their dependencies as one undo step (undo restores the same ids)."""
        tasks = self.tasks_by_ids(sorted(set(task_ids)))
        if not tasks:
            return
        for task in tasks:
            self.rules.check_can_edit(actor, task)
        if len(tasks) == 1:
            text = self.tr("Delete task %1").replace(
                "%1", localized(tasks[0].title_zh, tasks[0].title_en)
            )
        else:
            text = self.tr("Delete %n task(s)", "", len(tasks))
        ids = [t.id or 0 for t in tasks]
        self._push(
            TaskDeleteCommand(
                text, self.store, actor, self.campaign.campaign_id, ids, self._on_reshaped
            )
        )

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

    def preview_milestone_move(self, milestone_id: int, new_due: date) -> SchedulePreview:
        """What moving a milestone's due date recomputes (its M-n tasks); nothing is written."""
        milestone = self.milestone(milestone_id)
        first, last = self.window()
        if not first <= new_due <= last:
            raise ValidationError(
                self.tr("%1 is outside the campaign (%2 to %3).")
                .replace("%1", new_due.isoformat())
                .replace("%2", first.isoformat())
                .replace("%3", last.isoformat()),
                field="due_date",
            )
        changes = milestone_move_changes(self.tasks(), milestone, new_due, self.dday())
        title = (
            self.tr("Move milestone %1 to %2")
            .replace("%1", localized(milestone.name_zh, milestone.name_en))
            .replace("%2", new_due.isoformat())
        )
        preview = self._preview(title, changes, None, self.dday())
        # Only what this move causes: a buffer that was already short is no news here, and
        # the D-day distance of a D-anchored milestone follows its date silently.
        already = {self._buffer_warning(b) for b in self.phase_buffers() if b.too_small}
        warnings = [w for w in preview.warnings if w not in already]
        lines = [line for line in preview.lines if line.field != "dday_offset_days"]
        phase = next((p for p in self.campaign.phases() if p.id == milestone.phase_id), None)
        if phase is not None and not phase.start_date <= new_due <= phase.end_date:
            warnings.append(
                self.tr("The milestone would fall outside its phase %1 (%2 to %3).")
                .replace("%1", localized(phase.name_zh, phase.name_en))
                .replace("%2", phase.start_date.isoformat())
                .replace("%3", phase.end_date.isoformat())
            )
        return replace(preview, lines=lines, warnings=warnings, milestone_id=milestone_id)

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
        self._push(
            ScheduleCommand(
                preview.title, self.store, actor, preview.changes, preview.campaign_change,
                self._on_touched, self.campaign.reload_frame,
            )
        )  # fmt: skip

    def _check_can_move_milestone(self, actor: Actor, preview: SchedulePreview) -> None:
        if actor.role is Role.COMMANDER:
            return
        milestone = self.milestone(preview.milestone_id or 0)
        own = self.rules.own_department_id(actor)
        if actor.role is not Role.LEAD or own is None or own != milestone.department_id:
            raise ValidationError(
                self.tr("Only the commander or the milestone's unit lead can move it."),
                field="schedule",
            )
        moved = [c.record_id for c in preview.changes if c.kind == "task"]
        for task in self.tasks_by_ids(moved):
            self.rules.check_can_edit(actor, task)

    # -- plumbing ---------------------------------------------------------------------------

    def _push(self, command: Any) -> None:
        self.campaign.undo_stack.push(command)

    def _on_touched(self, task_ids: list[int], milestone_ids: list[int]) -> None:
        self._blockers = None
        if task_ids:
            self.tasks_changed.emit([], sorted(set(task_ids)), [])
        if milestone_ids:
            self.milestones_changed.emit([], sorted(set(milestone_ids)), [])

    def _on_reshaped(self, added: list[int], updated: list[int], removed: list[int]) -> None:
        self._blockers = None
        self.tasks_changed.emit(sorted(added), sorted(updated), sorted(removed))

    def _on_campaign_changed(self) -> None:
        self._blockers = None

    def now(self) -> datetime:
        return self.campaign.now()
