"""Scheduling rules: workflow, cycles, blocking, reverse scheduling, buffers, lagging."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.errors import ValidationError
from models.plan.progress import is_lagging, lagging_ids
from models.plan.schedule import (
    Blocker,
    allowed_next,
    anchor_text,
    blockers_by_task,
    can_transition,
    dday_move_changes,
    find_cycle,
    parse_anchor,
    phase_buffers,
    phase_move_changes,
)
from models.records import Milestone, Phase, Task, TaskStatus

DDAY = date(2026, 11, 11)


def task(task_id: int, due: date, start: date | None = None, **fields) -> Task:
    return Task(
        task_id, 1, 1, fields.pop("phase_id", 1), f"任务{task_id}", f"Task {task_id}",
        start or due - timedelta(days=4), due, **fields,
    )  # fmt: skip


def gate(gate_id: int, signed: bool = False, **fields) -> Milestone:
    at = datetime(2026, 10, 1, tzinfo=ZoneInfo("Asia/Shanghai")) if signed else None
    return Milestone(
        gate_id, 1, fields.pop("phase_id", 1), 1, "门", "Gate", fields.pop("due", DDAY),
        is_gate=True, signed_off_at=at, signed_off_by="boss" if signed else None, **fields,
    )  # fmt: skip


PHASES = [
    Phase(1, 1, "warmup", "预热", "Warm-up", date(2026, 9, 15), date(2026, 10, 20), 0),
    Phase(2, 1, "peak", "高峰", "Peak", date(2026, 10, 21), date(2026, 10, 24), 1),
    Phase(3, 1, "tail", "尾期", "Tail", date(2026, 10, 25), date(2026, 11, 11), 2),
]


def test_workflow_allows_acceptance_only_after_done():
    assert can_transition(TaskStatus.DONE, TaskStatus.ACCEPTED)
    assert not can_transition(TaskStatus.NOT_STARTED, TaskStatus.ACCEPTED)
    assert not can_transition(TaskStatus.ACCEPTED, TaskStatus.NOT_STARTED)
    assert allowed_next(TaskStatus.ACCEPTED) == [TaskStatus.ACCEPTED, TaskStatus.DONE]


def test_cycle_is_reported_with_every_task_in_the_loop():
    edges = [(2, 1), (3, 2)]  # 2 waits for 1, 3 waits for 2
    assert find_cycle(edges, (1, 3)) == [1, 3, 2, 1]
    assert find_cycle(edges, (4, 3)) is None
    assert find_cycle([], (5, 5)) == [5, 5]


def test_a_task_waiting_for_an_unfinished_task_or_unsigned_gate_is_blocked():
    tasks = {
        1: task(1, date(2026, 10, 1)),
        2: task(2, date(2026, 10, 5)),
        3: task(3, date(2026, 10, 9), status=TaskStatus.DONE, progress=100),
        4: task(4, date(2026, 10, 9)),
    }
    milestones = {10: gate(10), 11: gate(11, signed=True)}
    found = blockers_by_task(tasks, [(2, 1), (4, 3)], [(4, 10), (1, 11)], milestones)
    assert found == {2: [Blocker("task", 1)], 4: [Blocker("gate", 10)]}


def test_finished_tasks_are_never_blocked():
    tasks = {1: task(1, DDAY), 2: task(2, DDAY, status=TaskStatus.DONE, progress=100)}
    assert blockers_by_task(tasks, [(2, 1)], [(2, 10)], {10: gate(10)}) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("D-30", ("dday", -30)), ("d - 3", ("dday", -3)), ("M+2", ("milestone", 2)),
     ("M", ("milestone", 0)), ("", None)],
)  # fmt: skip
def test_anchor_notation_round_trips(text, expected):
    assert parse_anchor(text) == expected


def test_bad_anchor_is_refused_with_the_field():
    with pytest.raises(ValidationError) as caught:
        parse_anchor("next week")
    assert caught.value.field == "anchor"


def test_anchor_text_prefers_the_milestone_anchor():
    assert anchor_text(task(1, DDAY, dday_offset_days=-30)) == "D-30"
    assert anchor_text(task(1, DDAY, dday_offset_days=-30, milestone_offset_days=-2)) == "M-2"
    assert anchor_text(task(1, DDAY)) == ""


def test_moving_dday_moves_anchored_dates_and_keeps_task_lengths():
    milestone = replace(gate(10, due=date(2026, 10, 18)), dday_offset_days=-24)
    anchored = task(1, date(2026, 10, 12), date(2026, 10, 2), dday_offset_days=-30)
    follows = task(2, date(2026, 10, 16), milestone_id=10, milestone_offset_days=-2)
    fixed = task(3, date(2026, 10, 1))
    changes = dday_move_changes([anchored, follows, fixed], [milestone], date(2026, 11, 13))
    by_id = {(c.kind, c.record_id): c for c in changes}
    assert by_id[("milestone", 10)].after == {"due_date": date(2026, 10, 20)}
    assert by_id[("task", 1)].after == {
        "planned_start": date(2026, 10, 4), "due_date": date(2026, 10, 14)
    }  # fmt: skip
    assert by_id[("task", 2)].after["due_date"] == date(2026, 10, 18)
    assert ("task", 3) not in by_id
    assert by_id[("task", 1)].before["due_date"] == date(2026, 10, 12)


def test_moving_a_phase_end_moves_the_neighbour_and_unanchored_work():
    loose = task(1, date(2026, 10, 23), date(2026, 10, 21), phase_id=2)
    anchored = task(2, date(2026, 10, 26), date(2026, 10, 25), phase_id=3, dday_offset_days=-16)
    changes = phase_move_changes(
        PHASES, [loose, anchored], [], 2, date(2026, 10, 21), date(2026, 10, 26)
    )
    by_id = {(c.kind, c.record_id): c.after for c in changes}
    assert by_id[("phase", 2)]["end_date"] == date(2026, 10, 26)
    assert by_id[("phase", 3)]["start_date"] == date(2026, 10, 27)
    assert by_id[("task", 1)]["due_date"] == date(2026, 10, 25)
    # The anchored task keeps its due date but may not start before its phase any more.
    assert by_id[("task", 2)] == {
        "planned_start": date(2026, 10, 26), "due_date": date(2026, 10, 26)
    }  # fmt: skip


def test_a_phase_cannot_end_before_it_starts():
    with pytest.raises(ValidationError):
        phase_move_changes(PHASES, [], [], 2, date(2026, 10, 24), date(2026, 10, 21))


def test_buffer_below_fifteen_percent_is_flagged():
    tasks = [task(1, date(2026, 10, 18)), task(2, date(2026, 10, 10))]  # warm-up: 36 days
    buffers = {b.phase.code: b for b in phase_buffers(PHASES, tasks)}
    assert buffers["warmup"].buffer_days == 2
    assert buffers["warmup"].too_small
    assert not buffers["peak"].too_small  # no work planned there
    early = [task(1, date(2026, 10, 10))]
    assert not {b.phase.code: b for b in phase_buffers(PHASES, early)}["warmup"].too_small


def test_lagging_set_matches_the_per_task_rule():
    today = date(2026, 10, 20)
    tasks = [
        task(i, date(2026, 10, 10) + timedelta(days=i % 20), progress=(i * 7) % 101,
             status=TaskStatus.DONE if i % 9 == 0 else TaskStatus.IN_PROGRESS)
        for i in range(1, 300)
    ]  # fmt: skip
    expected = {t.id for t in tasks if is_lagging(t, today, 20)}
    assert expected  # the sample holds lagging tasks
    assert lagging_ids(tasks, today, 20) == expected
    assert lagging_ids(tasks, today, 50) == {t.id for t in tasks if is_lagging(t, today, 50)}


def test_lagging_uses_the_margin():
    # Halfway through, 25 points behind: lagging at margin 20, not at 30.
    half = task(1, date(2026, 10, 30), date(2026, 10, 10), progress=25)
    assert is_lagging(half, date(2026, 10, 20), 20)
    assert not is_lagging(half, date(2026, 10, 20), 30)
