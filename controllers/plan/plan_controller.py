"""The campaign plan for the UI: task reads and edits here, the rest in named parts.

``PlanController`` is a facade. It reads and edits tasks itself and owns one part per
concern, all sharing one ``PlanContext``:

- ``dependencies`` (``DependencyEdits``): tasks waiting for tasks or for gates;
- ``gates`` (``GateActions``): readiness, sign-off and reopening;
- ``rescheduling`` (``ReverseScheduling``): D-day, phase and milestone moves;
- ``task_details`` (``TaskDetails``): renaming and moving a task;
- ``milestones`` (``MilestoneEdits``): listing, adding and deleting milestones.

Every mutator takes the acting user, validates first (``ValidationError`` naming the
field; nothing is written) and then pushes one undo command. After redo and undo alike
the controller emits ``tasks_changed`` / ``milestones_changed`` with the touched ids.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from controllers.campaign_controller import CampaignController
from controllers.plan.dependency_edits import DependencyEdits
from controllers.plan.gate_actions import GateActions
from controllers.plan.milestone_edits import MilestoneEdits
from controllers.plan.plan_commands import (
    TaskCreateCommand,
    TaskDeleteCommand,
    TaskFieldsCommand,
)
from controllers.plan.plan_context import PlanContext
from controllers.plan.plan_reads import PlanReads
from controllers.plan.plan_rules import PlanRules
from controllers.plan.rescheduling import ReverseScheduling
from controllers.plan.task_details import TaskDetails
from controllers.settings import Settings
from models.errors import ValidationError
from models.plan.progress import is_overdue, lagging_ids
from models.plan.schedule import Blocker, PhaseBuffer
from models.records import Actor, Milestone, Task, TaskStatus
from models.store import Store
from models.tables.labels import localized
from models.tables.task_table_model import TaskContext


class PlanController(QObject):
    """Reads and edits the plan of the open campaign (see the module for its parts).

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
        self.rules = PlanRules(campaign)
        self._reads = PlanReads(campaign)
        self._context = PlanContext(
            campaign, settings, self.rules, self._reads, self.tasks_changed, self.milestones_changed
        )
        self.dependencies = DependencyEdits(self._context, self)
        self.gates = GateActions(self._context, self)
        self.rescheduling = ReverseScheduling(self._context, self)
        self.task_details = TaskDetails(self._context, self)
        self.milestones = MilestoneEdits(self._context, self)
        # Seconds clock deciding whether quick edits of one cell merge (tests replace it).
        self.edit_clock = time.monotonic
        campaign.campaign_changed.connect(self._on_campaign_changed)

    # -- reads ---------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open campaign's store."""
        return self.campaign.store

    @property
    def settings(self) -> Settings:
        """The application settings (the lag margin lives there)."""
        return self._context.settings

    @property
    def lag_margin(self) -> int:
        """Percentage points a task may trail its expected progress before it is lagging."""
        return int(self._context.settings.value("plan/lag_margin"))

    def today(self) -> date:
        """The campaign-local date."""
        return self.campaign.today()

    def now(self) -> datetime:
        """The campaign clock's time."""
        return self.campaign.now()

    def tasks(self, department_id: int | None = None) -> list[Task]:
        """The campaign's tasks, or one unit's."""
        return self._reads.tasks(department_id)

    def tasks_by_ids(self, task_ids: list[int]) -> list[Task]:
        """The tasks of these ids that still exist."""
        return self._reads.tasks_by_ids(task_ids)

    def task(self, task_id: int) -> Task:
        """One task; ``KeyError`` if it no longer exists."""
        return self._reads.task(task_id)

    def milestone(self, milestone_id: int) -> Milestone:
        """One milestone; ``KeyError`` if it no longer exists (all of them: ``milestones``)."""
        return self._reads.milestone(milestone_id)

    def window(self) -> tuple[date, date]:
        """The days tasks may be scheduled on (first phase start to D-day)."""
        return self._reads.window()

    def dday(self) -> date:
        """D-day as a campaign-local date."""
        return self._reads.dday()

    def blockers(self) -> dict[int, list[Blocker]]:
        """Unfinished tasks waiting for an unfinished task or an unsigned gate (cached)."""
        return self._reads.blockers()

    def lagging_ids(self, tasks: list[Task] | None = None) -> set[int]:
        """Ids of unfinished tasks trailing their expected progress by more than the margin."""
        return lagging_ids(self.tasks() if tasks is None else tasks, self.today(), self.lag_margin)

    def overdue_ids(self, tasks: list[Task] | None = None) -> set[int]:
        """Ids of unfinished tasks past their due date."""
        today = self.today()
        return {
            t.id or 0 for t in (self.tasks() if tasks is None else tasks) if is_overdue(t, today)
        }

    def phase_buffers(self) -> list[PhaseBuffer]:
        """How much of each phase is left after its last due date."""
        return self._reads.phase_buffers()

    def blocker_text(self, blocker: Blocker) -> str:
        """What a task waits for, in the UI language ("gate …" or the task's title)."""
        if blocker.kind == "gate":
            gate = self.milestone(blocker.record_id)
            return self.tr("gate %1").replace("%1", localized(gate.name_zh, gate.name_en))
        return self.task_name(blocker.record_id)

    def task_name(self, task_id: int) -> str:
        """The task's title in the UI language (``#id`` once it is gone)."""
        return self._reads.task_name(task_id)

    def table_context(self) -> TaskContext:
        """Names and flags the task table shows next to each task."""
        departments = {
            d.id or 0: localized(d.name_zh, d.name_en) for d in self.campaign.departments()
        }
        phases = {p.id or 0: localized(p.name_zh, p.name_en) for p in self.campaign.phases()}
        milestones = {m.id or 0: m for m in self._reads.milestones()}
        titles = {t.id or 0: localized(t.title_zh, t.title_en) for t in self.tasks()}
        waits: dict[int, list[str]] = {}
        for task_id, before in self._reads.task_dependencies():
            waits.setdefault(task_id, []).append(titles.get(before, f"#{before}"))
        for task_id, gate_id in self._reads.gate_dependencies():
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
        elif key == "title":
            self.task_details.rename(actor, task_id, str(value or ""))
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
        self._context.push(
            TaskFieldsCommand(
                text or self._edit_text(normalized, tasks),
                self.store,
                actor,
                normalized,
                self._context.touched,
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
        """Give these tasks one status (one undo step)."""
        ids = list(task_ids)
        self.update_tasks(
            actor,
            {task_id: {"status": status} for task_id in ids},
            self.tr("Change status of %n task(s)", "", len(ids)),
        )

    def set_owner(self, actor: Actor, task_ids: Iterable[int], owner_id: int | None) -> None:
        """Assign these tasks to one person, or to nobody (one undo step)."""
        ids = list(task_ids)
        self.update_tasks(
            actor,
            {task_id: {"owner_id": owner_id} for task_id in ids},
            self.tr("Assign %n task(s)", "", len(ids)),
        )

    def set_progress(self, actor: Actor, task_id: int, progress: int) -> None:
        """Set a task's percent done (quick repeats merge into one undo step)."""
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
        self._context.push(
            TaskFieldsCommand(text, self.store, actor, {task_id: changes}, self._context.touched)
        )

    # -- adding and deleting tasks ---------------------------------------------------------

    def create_task(self, actor: Actor, values: dict[str, Any]) -> int:
        """Add a task from the new-task form (one undo step); returns its id."""
        task = self.rules.new_task(actor, values)
        text = self.tr("Add task %1").replace("%1", localized(task.title_zh, task.title_en))
        command = TaskCreateCommand(text, self.store, actor, task, self._context.reshaped)
        self._context.push(command)
        return command.task_id or 0

    def links_of(self, task_ids: Iterable[int]) -> int:
        """How many dependencies deleting these tasks would remove (for the confirmation)."""
        ids = set(task_ids)
        return sum(1 for pair in self._reads.task_dependencies() if ids.intersection(pair)) + sum(
            1 for task_id, _gate in self._reads.gate_dependencies() if task_id in ids
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
        self._context.push(
            TaskDeleteCommand(
                text, self.store, actor, self.campaign.campaign_id, ids, self._context.reshaped
            )
        )

    @Slot()
    def _on_campaign_changed(self) -> None:
        self._reads.forget_blockers()
