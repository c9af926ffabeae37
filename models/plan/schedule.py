"""Scheduling rules of the campaign plan: workflow, dependencies, gates, reverse scheduling.

Plain Python over records; the plan controller calls these before it writes anything, so a
refused change never reaches the store. Dependencies are finish-to-start: an edge
``(task_id, depends_on_id)`` means the task waits until ``depends_on_id`` is finished.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from models.errors import ValidationError
from models.records import Milestone, Phase, Task, TaskStatus

BUFFER_SHARE = 0.15

# The workflow leads use: finishing needs no detour through "in progress", but acceptance
# (验收) only follows "done", and an accepted task can only go back to "done".
ALLOWED_TRANSITIONS: dict[TaskStatus, frozenset[TaskStatus]] = {
    TaskStatus.NOT_STARTED: frozenset(
        {TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.DELAYED}
    ),
    TaskStatus.IN_PROGRESS: frozenset(
        {TaskStatus.NOT_STARTED, TaskStatus.DONE, TaskStatus.DELAYED}
    ),
    TaskStatus.DELAYED: frozenset({TaskStatus.IN_PROGRESS, TaskStatus.DONE}),
    TaskStatus.DONE: frozenset({TaskStatus.IN_PROGRESS, TaskStatus.ACCEPTED}),
    TaskStatus.ACCEPTED: frozenset({TaskStatus.DONE}),
}


def allowed_next(status: TaskStatus) -> list[TaskStatus]:
    """The statuses a task may move to from ``status`` (itself first, for editors)."""
    return [status, *(s for s in TaskStatus if s in ALLOWED_TRANSITIONS[status])]


def can_transition(old: TaskStatus, new: TaskStatus) -> bool:
    return old == new or new in ALLOWED_TRANSITIONS[old]


# -- dependencies and blocking ---------------------------------------------------------


def find_cycle(edges: Iterable[tuple[int, int]], new_edge: tuple[int, int]) -> list[int] | None:
    """The loop that ``new_edge`` would close, as task ids ``[a, b, ..., a]``; None if none.

    Adding "a waits for b" closes a loop when b already (transitively) waits for a.
    """
    task_id, depends_on = new_edge
    if task_id == depends_on:
        return [task_id, task_id]
    waits_for: dict[int, list[int]] = {}
    for a, b in edges:
        waits_for.setdefault(a, []).append(b)
    # Depth-first search from b looking for a, remembering how we got to each node.
    came_from: dict[int, int] = {depends_on: task_id}
    stack = [depends_on]
    while stack:
        node = stack.pop()
        for following in waits_for.get(node, []):
            if following in came_from:
                continue
            came_from[following] = node
            if following == task_id:
                path = [task_id]
                while path[-1] != task_id or len(path) == 1:
                    path.append(came_from[path[-1]])
                path.reverse()
                return path
            stack.append(following)
    return None


@dataclass(frozen=True, slots=True)
class Blocker:
    """Why a task is blocked: an unfinished predecessor task or an unsigned gate."""

    kind: str  # "task" or "gate"
    record_id: int


def blockers_by_task(
    tasks: Mapping[int, Task],
    dependencies: Iterable[tuple[int, int]],
    gate_dependencies: Iterable[tuple[int, int]],
    milestones: Mapping[int, Milestone],
) -> dict[int, list[Blocker]]:
    """Unfinished tasks that wait for something not yet finished (or a gate not signed)."""
    found: dict[int, list[Blocker]] = {}
    for task_id, depends_on in dependencies:
        task, before = tasks.get(task_id), tasks.get(depends_on)
        if task is None or before is None or task.status.is_finished:
            continue
        if not before.status.is_finished:
            found.setdefault(task_id, []).append(Blocker("task", depends_on))
    for task_id, milestone_id in gate_dependencies:
        task, gate = tasks.get(task_id), milestones.get(milestone_id)
        if task is None or gate is None or task.status.is_finished:
            continue
        if gate.signed_off_at is None:
            found.setdefault(task_id, []).append(Blocker("gate", milestone_id))
    return found


def gate_missing(gate: Milestone, tasks: Iterable[Task]) -> list[Task]:
    """Prerequisites of ``gate`` (its tasks) that are neither done nor accepted."""
    return [t for t in tasks if t.milestone_id == gate.id and not t.status.is_finished]


# -- reverse scheduling -------------------------------------------------------------------

_ANCHOR = re.compile(r"^\s*([DdMm])\s*([+-]\s*\d{1,4})?\s*$")


def parse_anchor(text: str) -> tuple[str, int] | None:
    """``"D-30"`` → ("dday", -30); ``"M-2"`` → ("milestone", -2); empty → None (fixed date).

    Raises ``ValidationError`` for anything else.
    """
    if not text.strip():
        return None
    match = _ANCHOR.match(text)
    if match is None:
        raise ValidationError(
            f"{text!r} is not a schedule anchor; write D-30 (days before D-day), "
            "M-2 (days before the milestone) or leave it empty",
            field="anchor",
        )
    offset = int(match.group(2).replace(" ", "")) if match.group(2) else 0
    return ("dday" if match.group(1).upper() == "D" else "milestone"), offset


def anchor_text(task: Task) -> str:
    """How a task's due date is anchored, in the notation :func:`parse_anchor` reads."""
    if task.milestone_offset_days is not None:
        return f"M{task.milestone_offset_days:+d}" if task.milestone_offset_days else "M"
    if task.dday_offset_days is not None:
        return f"D{task.dday_offset_days:+d}" if task.dday_offset_days else "D"
    return ""


def campaign_window(phases: Iterable[Phase], dday: date) -> tuple[date, date]:
    """First and last day a task may be scheduled on: the first phase start to D-day."""
    starts = [p.start_date for p in phases]
    ends = [p.end_date for p in phases]
    first = min(starts) if starts else dday - timedelta(days=120)
    last = max([*ends, dday])
    return first, last


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record's fields before and after a schedule recomputation."""

    kind: str  # "task", "milestone" or "phase"
    record_id: int
    before: dict[str, Any]
    after: dict[str, Any]


def _task_dates(task: Task, due: date) -> dict[str, Any]:
    """New due date; the planned start moves with it so the task keeps its length."""
    return {"planned_start": task.planned_start + (due - task.due_date), "due_date": due}


def _collect(kind: str, record_id: int, before_record: Any, after: dict[str, Any]) -> Any:
    before = {name: getattr(before_record, name) for name in after}
    return RecordChange(kind, record_id, before, after) if before != after else None


def dday_move_changes(
    tasks: Iterable[Task], milestones: Iterable[Milestone], new_dday: date
) -> list[RecordChange]:
    """What moving D-day to ``new_dday`` does to the dates counted back from it."""
    changes: list[RecordChange] = []
    new_milestone_due: dict[int, date] = {}
    for milestone in milestones:
        due = milestone.due_date
        if milestone.dday_offset_days is not None:
            due = new_dday + timedelta(days=milestone.dday_offset_days)
            change = _collect("milestone", milestone.id or 0, milestone, {"due_date": due})
            if change:
                changes.append(change)
        new_milestone_due[milestone.id or 0] = due
    changes.extend(_task_changes(tasks, new_dday, new_milestone_due))
    return changes


def _task_changes(
    tasks: Iterable[Task], dday: date, milestone_due: Mapping[int, date]
) -> list[RecordChange]:
    changes = []
    for task in tasks:
        due = None
        milestone_id = task.milestone_id
        if (
            task.milestone_offset_days is not None
            and milestone_id is not None
            and milestone_id in milestone_due
        ):
            due = milestone_due[milestone_id] + timedelta(days=task.milestone_offset_days)
        elif task.dday_offset_days is not None:
            due = dday + timedelta(days=task.dday_offset_days)
        if due is not None:
            change = _collect("task", task.id or 0, task, _task_dates(task, due))
            if change:
                changes.append(change)
    return changes


def milestone_move_changes(
    tasks: Iterable[Task], milestone: Milestone, new_due: date, dday: date
) -> list[RecordChange]:
    """Move one milestone; tasks counted back from it (M-n) keep their distance to it.

    A milestone counted back from D-day keeps that anchor, now at the new distance.
    """
    after: dict[str, Any] = {"due_date": new_due}
    if milestone.dday_offset_days is not None:
        after["dday_offset_days"] = (new_due - dday).days
    changes: list[RecordChange] = []
    change = _collect("milestone", milestone.id or 0, milestone, after)
    if change:
        changes.append(change)
    anchored = [t for t in tasks if t.milestone_id == milestone.id]
    changes.extend(_task_changes(anchored, dday, {milestone.id or 0: new_due}))
    return changes


def phase_move_changes(
    phases: list[Phase],
    tasks: Iterable[Task],
    milestones: Iterable[Milestone],
    phase_id: int,
    new_start: date,
    new_end: date,
) -> list[RecordChange]:
    """Move one phase's boundaries; neighbours that touched it keep touching it.

    Tasks and milestones of a phase that are not anchored to D-day or a milestone are
    counted back from the phase end, so they shift with it. Any task that would start
    before its (new) phase starts has its planned start pulled in.
    """
    if new_start > new_end:
        raise ValidationError("A phase cannot end before it starts.", field="end_date")
    ordered = sorted(phases, key=lambda p: (p.sort_order, p.start_date))
    index = next((i for i, p in enumerate(ordered) if p.id == phase_id), None)
    if index is None:
        raise ValidationError(f"Phase {phase_id} does not exist.", field="phase")
    moved = ordered[index]
    new_phases = {p.id: p for p in ordered}
    new_phases[moved.id] = replace(moved, start_date=new_start, end_date=new_end)
    if index > 0 and ordered[index - 1].end_date + timedelta(days=1) == moved.start_date:
        previous = ordered[index - 1]
        new_phases[previous.id] = replace(previous, end_date=new_start - timedelta(days=1))
    if (
        index + 1 < len(ordered)
        and moved.end_date + timedelta(days=1) == ordered[index + 1].start_date
    ):
        following = ordered[index + 1]
        new_phases[following.id] = replace(following, start_date=new_end + timedelta(days=1))
    changes: list[RecordChange] = []
    for old in ordered:
        new = new_phases[old.id]
        if new.start_date > new.end_date:
            raise ValidationError(
                f"Moving the phase would leave the phase {old.name_en} with no days.",
                field="start_date",
            )
        change = _collect(
            "phase", old.id or 0, old, {"start_date": new.start_date, "end_date": new.end_date}
        )
        if change:
            changes.append(change)
    shift = {p.id: new_phases[p.id].end_date - p.end_date for p in ordered}
    for milestone in milestones:
        if milestone.dday_offset_days is None and shift.get(milestone.phase_id):
            due = milestone.due_date + shift[milestone.phase_id]
            change = _collect("milestone", milestone.id or 0, milestone, {"due_date": due})
            if change:
                changes.append(change)
    for task in tasks:
        phase = new_phases.get(task.phase_id)
        if phase is None:
            continue
        after = {"planned_start": task.planned_start, "due_date": task.due_date}
        anchored = task.dday_offset_days is not None or task.milestone_offset_days is not None
        if not anchored and shift.get(task.phase_id):
            after = _task_dates(task, task.due_date + shift[task.phase_id])
        if after["planned_start"] < phase.start_date:
            after["planned_start"] = min(phase.start_date, after["due_date"])
        change = _collect("task", task.id or 0, task, after)
        if change:
            changes.append(change)
    return changes


# -- time buffer -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhaseBuffer:
    """Slack between a phase's last planned due date and its end."""

    phase: Phase
    span_days: int
    buffer_days: int
    tasks: int = field(default=0)

    @property
    def share(self) -> float:
        return self.buffer_days / self.span_days if self.span_days else 1.0

    @property
    def too_small(self) -> bool:
        return self.tasks > 0 and self.share < BUFFER_SHARE


def phase_buffers(phases: Iterable[Phase], tasks: Iterable[Task]) -> list[PhaseBuffer]:
    """The time buffer each phase keeps after its planned work (the plan asks for 15%)."""
    latest: dict[int, date] = {}
    counts: dict[int, int] = {}
    for task in tasks:
        counts[task.phase_id] = counts.get(task.phase_id, 0) + 1
        if task.phase_id not in latest or task.due_date > latest[task.phase_id]:
            latest[task.phase_id] = task.due_date
    result = []
    for phase in phases:
        span = (phase.end_date - phase.start_date).days + 1
        last = latest.get(phase.id or 0)
        buffer = span if last is None else max(0, (phase.end_date - last).days)
        result.append(PhaseBuffer(phase, span, buffer, counts.get(phase.id or 0, 0)))
    return result
