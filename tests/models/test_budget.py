"""Budget rules and the reallocation store: the 70/30 split, variances, moves, deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from models.budget import (
    DeadlineState,
    ReallocationProblem,
    ReallocationRefused,
    VarianceKind,
    available,
    check_reallocation,
    core_split,
    deadline_alerts,
    deadline_state,
    totals_by,
    variance_warnings,
)
from models.demo.builder import DEMO_AS_OF
from models.records import AdjustmentStatus, BudgetAdjustment, BudgetLine
from tests.conftest import TEST_ACTOR


def line(line_id, planned, committed=0, executed=0, core=True, category="marketing", dept=1):
    return BudgetLine(line_id, 1, dept, category, core, f"l{line_id}", "", planned, committed,
                      executed)  # fmt: skip


def test_core_split_checks_the_70_30_rule():
    ok = core_split([line(1, 700), line(2, 300, core=False)])
    assert ok.ok and ok.core_share == pytest.approx(0.7)
    bad = core_split([line(1, 600), line(2, 400, core=False)])
    assert not bad.ok and bad.non_core_excess == 100
    assert core_split([]).ok


def test_demo_budget_protects_the_core(demo_store):
    split = core_split(demo_store.budget.lines(1))
    assert split.ok and split.core_share > 0.7


def test_totals_per_category_and_department():
    lines = [line(1, 100, 50, 40), line(2, 200, 0, 10, category="tech", dept=2), line(3, 50)]
    by_category = totals_by(lines, lambda x: x.category)
    assert by_category["marketing"].planned == 150 and by_category["marketing"].executed == 40
    assert totals_by(lines, lambda x: x.department_id)[2].remaining == 190


def test_variance_warnings_name_overspent_and_overcommitted_lines():
    warnings = variance_warnings([line(1, 100, 120, 90), line(2, 100, 100, 150), line(3, 5)])
    assert [(w.line_id, w.kind, w.excess) for w in warnings] == [
        (2, VarianceKind.OVERSPENT, 50),
        (1, VarianceKind.OVERCOMMITTED, 20),
    ]


def test_reallocation_limited_to_what_the_source_line_has_free():
    source, target = line(1, 1000, committed=600, executed=300), line(2, 10)
    assert available(source) == 400
    assert check_reallocation(source, target, 400, "why") is None
    assert check_reallocation(source, target, 401, "why") is ReallocationProblem.EXCEEDS_AVAILABLE
    # Another request already holds 200 of the 400 free: 300 more no longer fit, 200 do.
    assert (
        check_reallocation(source, target, 300, "why", held=200)
        is ReallocationProblem.EXCEEDS_AVAILABLE
    )
    assert check_reallocation(source, target, 200, "why", held=200) is None
    assert check_reallocation(source, source, 1, "why") is ReallocationProblem.SAME_LINE
    assert check_reallocation(source, target, 0, "why") is ReallocationProblem.NOT_POSITIVE
    assert check_reallocation(source, target, 1, " ") is ReallocationProblem.NO_REASON


def test_deadline_states_over_24_hours():
    request = BudgetAdjustment(
        7, 1, 1, 2, 100, "r", "x", DEMO_AS_OF, DEMO_AS_OF + timedelta(hours=24)
    )
    assert deadline_state(request, DEMO_AS_OF) is DeadlineState.OPEN
    assert deadline_state(request, DEMO_AS_OF + timedelta(hours=21)) is DeadlineState.CLOSE
    assert deadline_state(request, DEMO_AS_OF + timedelta(hours=25)) is DeadlineState.BREACHED
    decided = replace(request, status=AdjustmentStatus.APPROVED)
    assert deadline_state(decided, DEMO_AS_OF + timedelta(days=3)) is DeadlineState.DECIDED
    (alert,) = deadline_alerts([request, decided], DEMO_AS_OF + timedelta(hours=25))
    assert alert.adjustment_id == 7 and alert.seconds_left == -3600


def test_approval_moves_the_money_atomically_and_is_audited(demo_store):
    budget = demo_store.budget
    (pending,) = budget.adjustments(1)
    source, target = budget.line(pending.from_line_id), budget.line(pending.to_line_id)
    budget.decide(TEST_ACTOR, pending.id, approve=True, decided_at=DEMO_AS_OF)
    assert budget.line(source.id).planned_cents == source.planned_cents - pending.amount_cents
    assert budget.line(target.id).planned_cents == target.planned_cents + pending.amount_cents
    decided = budget.adjustment(pending.id)
    assert decided.status is AdjustmentStatus.APPROVED and decided.decided_by == TEST_ACTOR.name
    assert {e.table_name for e in demo_store.audit_entries(limit=3)} == {
        "budget_line", "budget_adjustment"
    }  # fmt: skip
    budget.undo_decision(TEST_ACTOR, pending.id)
    assert budget.line(source.id).planned_cents == source.planned_cents
    assert budget.adjustment(pending.id).status is AdjustmentStatus.PENDING


def test_approval_refused_when_the_source_no_longer_has_the_money(demo_store):
    budget = demo_store.budget
    (pending,) = budget.adjustments(1)
    source = budget.line(pending.from_line_id)
    budget.update_line(TEST_ACTOR, source.id, committed_cents=source.planned_cents)
    target_before = budget.line(pending.to_line_id).planned_cents
    with pytest.raises(ReallocationRefused) as caught:
        budget.decide(TEST_ACTOR, pending.id, approve=True, decided_at=DEMO_AS_OF)
    assert caught.value.problem is ReallocationProblem.EXCEEDS_AVAILABLE
    assert budget.line(pending.to_line_id).planned_cents == target_before
    assert budget.adjustment(pending.id).status is AdjustmentStatus.PENDING


def test_requests_hold_money_against_further_requests(demo_store):
    budget = demo_store.budget
    lines = budget.lines(1)
    source = max(lines, key=available)
    target = next(x for x in lines if x.id != source.id)
    free = available(source)
    assert free > 0
    request = BudgetAdjustment(None, 1, source.id, target.id, free, "all of it", "x", DEMO_AS_OF,
                               DEMO_AS_OF + timedelta(hours=24))  # fmt: skip
    budget.request_adjustment(TEST_ACTOR, request)
    with pytest.raises(ReallocationRefused):
        budget.request_adjustment(TEST_ACTOR, replace(request, amount_cents=1))


def test_lines_with_reallocation_history_cannot_be_deleted(demo_store):
    (pending,) = demo_store.budget.adjustments(1)
    with pytest.raises(ReallocationRefused):
        demo_store.budget.delete_line(TEST_ACTOR, pending.from_line_id)
