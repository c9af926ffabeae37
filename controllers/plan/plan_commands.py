"""Undo commands of the plan area (issue 3).

Each command writes through the store in one transaction and reports what it touched, so
the plan controller can emit its change sets after redo and undo alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtGui import QUndoCommand

from models.plan.plan_records import GateEventKind
from models.plan.schedule import RecordChange
from models.records import Actor, Milestone, Task
from models.store import Store
from models.store.plan import MilestoneRemoval

Touched = Callable[[list[int], list[int]], None]  # (task ids, milestone ids)
Reshaped = Callable[[list[int], list[int], list[int]], None]  # task ids: added, updated, removed

# Edits of one cell closer together than this become one undo step (spin box clicks).
MERGE_SECONDS = 2.0
CELL_EDIT_ID = 3001


class TaskFieldsCommand(QUndoCommand):
    """Change fields of one or many tasks as one step; all rows or none are written.

    A command for one ``cell`` (task id, column key) merges with the next edit of the
    same cell by the same user made within ``MERGE_SECONDS``; undo then goes back to the
    value before the first of them.
    """

    def __init__(
        self,
        text: str,
        store: Store,
        actor: Actor,
        changes_by_id: dict[int, dict[str, Any]],
        touched: Touched,
        cell: tuple[int, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._changes = changes_by_id
        self._previous: dict[int, dict[str, Any]] = {}
        self._touched = touched
        self._cell = cell
        self._at = clock()

    def id(self) -> int:
        return CELL_EDIT_ID if self._cell is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, TaskFieldsCommand)
            or other._cell != self._cell
            or other._actor != self._actor
            or other._at - self._at > MERGE_SECONDS
        ):
            return False
        for task_id, changes in other._changes.items():
            self._changes[task_id] = {**self._changes.get(task_id, {}), **changes}
        for task_id, previous in other._previous.items():
            self._previous[task_id] = {**previous, **self._previous.get(task_id, {})}
        self._at = other._at  # a steady stream of clicks keeps merging
        # Back where it started: nothing left to undo.
        self.setObsolete(
            all(
                self._changes[task_id] == {k: self._previous[task_id][k] for k in changes}
                for task_id, changes in self._changes.items()
            )
        )
        return True

    def redo(self) -> None:
        with self._store.atomic():
            for task_id, changes in self._changes.items():
                previous = self._store.plan.update_task(self._actor, task_id, **changes)
                self._previous.setdefault(task_id, previous)
        self._touched(list(self._changes), [])

    def undo(self) -> None:
        with self._store.atomic():
            for task_id, previous in self._previous.items():
                self._store.plan.update_task(self._actor, task_id, **previous)
        self._touched(list(self._previous), [])


class DependencyCommand(QUndoCommand):
    """Add or remove one dependency: a task on a task, or a task on a gate's sign-off."""

    def __init__(
        self,
        text: str,
        store: Store,
        actor: Actor,
        pair: tuple[int, int],
        touched: Touched,
        *,
        on_gate: bool,
        adding: bool,
    ) -> None:
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._on_gate = on_gate
        self._adding = adding
        self._pair = pair
        self._touched = touched

    def _apply(self, *, add: bool) -> None:
        plan = self._store.plan
        task_id, other = self._pair
        if self._on_gate:
            (plan.add_gate_dependency if add else plan.remove_gate_dependency)(
                self._actor, task_id, other
            )
            self._touched([task_id], [])
        else:
            (plan.add_dependency if add else plan.remove_dependency)(self._actor, task_id, other)
            self._touched([task_id, other], [])

    def redo(self) -> None:
        self._apply(add=self._adding)

    def undo(self) -> None:
        self._apply(add=not self._adding)


class GateCommand(QUndoCommand):
    """Sign off or reopen a gate; undo restores the fields and logs the withdrawal."""

    def __init__(
        self,
        text: str,
        store: Store,
        actor: Actor,
        milestone_id: int,
        kind: GateEventKind,
        changes: dict[str, Any],
        note: str,
        now: Callable[[], datetime],
        touched: Touched,
    ) -> None:
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._milestone_id = milestone_id
        self._kind = kind
        self._changes = changes
        self._note = note
        self._now = now
        self._previous: dict[str, Any] | None = None
        self._touched = touched

    def redo(self) -> None:
        previous = self._store.plan.record_gate_action(
            self._actor, self._milestone_id, self._kind, self._now(), self._note, self._changes
        )
        if self._previous is None:
            self._previous = previous
        self._touched([], [self._milestone_id])

    def undo(self) -> None:
        withdrawn = (
            GateEventKind.SIGN_OFF_WITHDRAWN
            if self._kind is GateEventKind.SIGNED_OFF
            else GateEventKind.REOPEN_WITHDRAWN
        )
        self._store.plan.record_gate_action(
            self._actor, self._milestone_id, withdrawn, self._now(), "", self._previous or {}
        )
        self._touched([], [self._milestone_id])


class ScheduleCommand(QUndoCommand):
    """Apply a recomputed schedule (D-day or phase move) as one step."""

    def __init__(
        self,
        text: str,
        store: Store,
        actor: Actor,
        changes: Sequence[RecordChange],
        campaign_change: tuple[int, dict[str, Any], dict[str, Any]] | None,
        touched: Touched,
        frame_changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._changes = list(changes)
        self._campaign_change = campaign_change
        self._touched = touched
        self._frame_changed = frame_changed

    def _apply(self, *, forward: bool) -> None:
        store, actor = self._store, self._actor
        with store.atomic():
            if self._campaign_change is not None:
                campaign_id, before, after = self._campaign_change
                store.campaign.update_campaign(actor, campaign_id, **(after if forward else before))
            for change in self._changes:
                values = change.after if forward else change.before
                if change.kind == "task":
                    store.plan.update_task(actor, change.record_id, **values)
                elif change.kind == "milestone":
                    store.plan.update_milestone(actor, change.record_id, **values)
                else:
                    store.campaign.update_phase(actor, change.record_id, **values)
        frame = self._campaign_change is not None or any(c.kind == "phase" for c in self._changes)
        if frame:
            self._frame_changed()
        self._touched(
            [c.record_id for c in self._changes if c.kind == "task"],
            [c.record_id for c in self._changes if c.kind == "milestone"],
        )

    def redo(self) -> None:
        self._apply(forward=True)

    def undo(self) -> None:
        self._apply(forward=False)


class TaskCreateCommand(QUndoCommand):
    """Add one task; redo after undo inserts it again under the same id."""

    def __init__(self, text: str, store: Store, actor: Actor, task: Task, reshaped: Reshaped):
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._task = task
        self._reshaped = reshaped

    @property
    def task_id(self) -> int | None:
        """The new task's id (None until the first redo)."""
        return self._task.id

    def redo(self) -> None:
        task_id = self._store.plan.add_task(self._actor, self._task)
        self._task = replace(self._task, id=task_id)
        self._reshaped([task_id], [], [])

    def undo(self) -> None:
        task_id = self._task.id or 0
        self._store.plan.delete_task(self._actor, task_id)
        self._reshaped([], [], [task_id])


class TaskDeleteCommand(QUndoCommand):
    """Delete tasks with every dependency on or of them (each removal audited) as one step.

    Undo puts the tasks back under their ids and restores the dependencies.
    """

    def __init__(
        self,
        text: str,
        store: Store,
        actor: Actor,
        campaign_id: int,
        task_ids: list[int],
        reshaped: Reshaped,
    ) -> None:
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._campaign_id = campaign_id
        self._ids = list(task_ids)
        self._reshaped = reshaped
        self._tasks: list[Task] = []
        self._links: list[tuple[int, int]] = []
        self._gate_links: list[tuple[int, int]] = []

    def redo(self) -> None:
        plan, actor, ids = self._store.plan, self._actor, set(self._ids)
        with self._store.atomic():
            self._links = [
                pair for pair in plan.dependencies(self._campaign_id) if ids.intersection(pair)
            ]
            self._gate_links = [
                pair for pair in plan.gate_dependencies(self._campaign_id) if pair[0] in ids
            ]
            for task_id, other in self._links:
                plan.remove_dependency(actor, task_id, other)
            for task_id, gate_id in self._gate_links:
                plan.remove_gate_dependency(actor, task_id, gate_id)
            self._tasks = [plan.delete_task(actor, task_id) for task_id in self._ids]
        self._reshaped([], self._neighbours(), list(self._ids))

    def undo(self) -> None:
        plan, actor = self._store.plan, self._actor
        with self._store.atomic():
            for task in self._tasks:
                plan.add_task(actor, task)
            for task_id, other in self._links:
                plan.add_dependency(actor, task_id, other)
            for task_id, gate_id in self._gate_links:
                plan.add_gate_dependency(actor, task_id, gate_id)
        self._reshaped(list(self._ids), self._neighbours(), [])

    def _neighbours(self) -> list[int]:
        """Tasks that waited for (or were waited for by) a deleted task: their links change."""
        return sorted({i for pair in self._links for i in pair} - set(self._ids))


class MilestoneCommand(QUndoCommand):
    """Add or delete one milestone as one step; undo of a delete restores the same id, the
    tasks that waited for the gate and its history; redo of an add reuses the first id.

    ``reshaped(added, removed, waiting task ids)`` reports the milestone ids touched.
    """

    def __init__(
        self,
        text: str,
        store: Store,
        actor: Actor,
        milestone: Milestone,
        reshaped: Callable[[list[int], list[int], list[int]], None],
        *,
        adding: bool,
    ) -> None:
        super().__init__(text)
        self._store = store
        self._actor = actor
        self._milestone = milestone
        self._adding = adding
        self._reshaped = reshaped
        self._removal: MilestoneRemoval | None = None

    @property
    def milestone_id(self) -> int | None:
        """The milestone's id (for an add: None until the first redo)."""
        return self._milestone.id

    def _add(self) -> None:
        plan = self._store.plan
        if self._removal is not None:
            plan.restore_milestone(self._actor, self._removal)
            waiting = self._removal.waiting_task_ids
        else:
            new_id = plan.add_milestone(self._actor, self._milestone)
            self._milestone = replace(self._milestone, id=new_id)
            waiting = []
        self._reshaped([self._milestone.id or 0], [], waiting)

    def _delete(self) -> None:
        self._removal = self._store.plan.delete_milestone(self._actor, self._milestone.id or 0)
        self._reshaped([], [self._milestone.id or 0], self._removal.waiting_task_ids)

    def redo(self) -> None:
        self._add() if self._adding else self._delete()

    def undo(self) -> None:
        self._delete() if self._adding else self._add()
