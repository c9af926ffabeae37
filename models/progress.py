"""Progress rules shared by every view that lists tasks: lagging, overdue, per-unit totals.

A task is *overdue* when its due date has passed and it is not finished; it is *lagging*
when its progress is behind the straight line from planned start to due date by more than
a margin (default 20 points). The overview strips and the daily board use these functions,
so their numbers always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from models.records import Task

DEFAULT_LAG_MARGIN = 20


def expected_progress(task: Task, today: date) -> int:
    """Where a task should be on ``today`` if work went evenly from start to due."""
    if today <= task.planned_start:
        return 0
    if today >= task.due_date:
        return 100
    span = (task.due_date - task.planned_start).days
    return round(100 * (today - task.planned_start).days / span)


def is_overdue(task: Task, today: date) -> bool:
    return task.due_date < today and not task.status.is_finished


def is_lagging(task: Task, today: date, margin: int = DEFAULT_LAG_MARGIN) -> bool:
    if task.status.is_finished:
        return False
    return expected_progress(task, today) - task.progress > margin


@dataclass(frozen=True, slots=True)
class UnitProgress:
    """Totals for one department (or the whole campaign)."""

    total: int
    finished: int
    lagging: int
    overdue: int

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 0


def unit_progress(
    tasks: Iterable[Task], today: date, margin: int = DEFAULT_LAG_MARGIN
) -> UnitProgress:
    total = finished = lagging = overdue = 0
    for task in tasks:
        total += 1
        finished += task.status.is_finished
        lagging += is_lagging(task, today, margin)
        overdue += is_overdue(task, today)
    return UnitProgress(total, finished, lagging, overdue)


def lagging_ids(tasks: Sequence[Task], today: date, margin: int = DEFAULT_LAG_MARGIN) -> set[int]:
    """Ids of the lagging tasks, computed column-wise (the daily board over 20,000 tasks).

    Same rule as :func:`is_lagging` (including Python's round-half-even), without a
    Python-level loop over the rule.
    """
    import numpy as np

    if not tasks:
        return set()
    ids = np.fromiter((t.id or 0 for t in tasks), dtype=np.int64, count=len(tasks))
    start = np.fromiter((t.planned_start.toordinal() for t in tasks), np.int64, len(tasks))
    due = np.fromiter((t.due_date.toordinal() for t in tasks), np.int64, len(tasks))
    progress = np.fromiter((t.progress for t in tasks), np.int64, len(tasks))
    finished = np.fromiter((t.status.is_finished for t in tasks), bool, len(tasks))
    day = today.toordinal()
    span = np.maximum(due - start, 1)
    expected = np.where(
        day <= start, 0, np.where(day >= due, 100, np.round(100 * (day - start) / span))
    )
    mask = ~finished & (expected - progress > margin)
    return {int(i) for i in ids[mask]}
