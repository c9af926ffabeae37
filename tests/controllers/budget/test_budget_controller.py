"""Budget controller: undoable edits, the adjustment group's permissions, the deadline job."""

from __future__ import annotations

from datetime import timedelta

import pytest

from controllers.budget.budget_controller import BudgetController
from controllers.campaign_controller import CampaignController
from controllers.notifier import Notifier
from models.budget import DeadlineState
from models.clock import FixedClock
from models.demo.builder import DEMO_AS_OF
from models.records import Actor, AdjustmentStatus, Role

FINANCE = Actor("钱芳", Role.FINANCE, "FIN")
MARKETING_LEAD = Actor("李娜", Role.LEAD, "MKT")
LOGISTICS_LEAD = Actor("张伟", Role.LEAD, "LOG")
COMMANDER = Actor("陈立行", Role.COMMANDER, "HQ")


@pytest.fixture
def setup(qapp, demo_store, clock):
    campaign = CampaignController(demo_store, clock)
    notifier = Notifier()
    messages: list[tuple[str, str]] = []
    notifier.message_posted.connect(lambda level, text: messages.append((level, text)))
    return BudgetController(campaign, notifier), campaign, messages


def test_inline_edit_is_one_undo_step(setup, qtbot):
    budget, campaign, _ = setup
    line = budget.lines()[0]
    with qtbot.waitSignal(budget.budget_changed) as signal:
        assert budget.edit_line(COMMANDER, line.id, "executed_cents", 123_00)
    assert signal.args == [[], [line.id], []]
    assert campaign.store.budget.line(line.id).executed_cents == 123_00
    campaign.undo_stack.undo()
    assert campaign.store.budget.line(line.id).executed_cents == line.executed_cents
    campaign.undo_stack.redo()
    assert campaign.store.budget.line(line.id).executed_cents == 123_00


def test_bad_amounts_and_outsiders_are_refused_with_a_message(setup):
    budget, campaign, messages = setup
    line = budget.lines()[0]
    assert not budget.edit_line(COMMANDER, line.id, "planned_cents", -1)
    assert not budget.edit_line(LOGISTICS_LEAD, line.id, "note", "x")  # a marketing line
    assert campaign.undo_stack.count() == 0
    assert [level for level, _ in messages] == ["warning", "warning"]


def test_only_the_adjustment_group_decides(setup):
    budget, campaign, messages = setup
    (pending,) = budget.adjustments()
    assert not budget.reallocations.approve(LOGISTICS_LEAD, pending.id)
    assert not budget.reallocations.approve(COMMANDER, pending.id)
    assert "budget-adjustment group" in messages[-1][1]
    assert campaign.store.budget.adjustment(pending.id).status is AdjustmentStatus.PENDING
    assert budget.reallocations.approve(MARKETING_LEAD, pending.id)
    assert campaign.store.budget.adjustment(pending.id).status is AdjustmentStatus.APPROVED
    campaign.undo_stack.undo()
    assert campaign.store.budget.adjustment(pending.id).status is AdjustmentStatus.PENDING
    assert budget.reallocations.reject(FINANCE, pending.id)
    assert campaign.store.budget.adjustment(pending.id).decided_by == FINANCE.name


def test_request_validates_against_available_money_and_sets_the_deadline(setup):
    budget, campaign, messages = setup
    lines = budget.lines()
    source = max(lines, key=lambda x: budget.available(x.id))
    too_much = budget.available(source.id) + 1
    assert (
        budget.reallocations.request(MARKETING_LEAD, source.id, lines[0].id, too_much, "x") is None
    )
    assert "uncommitted" in messages[-1][1]
    new_id = budget.reallocations.request(MARKETING_LEAD, source.id, lines[0].id, 100_00, "ROI")
    request = campaign.store.budget.adjustment(new_id)
    assert request.decide_by - request.requested_at == timedelta(hours=24)
    campaign.undo_stack.undo()
    assert all(a.id != new_id for a in budget.adjustments())


def test_deadline_job_reports_close_and_breached_requests_once(setup, qtbot, demo_store):
    budget, campaign, messages = setup
    # The demo request is due 4 h after the demo eve; an hour later it is close.
    campaign.clock = FixedClock(DEMO_AS_OF + timedelta(hours=1))
    with qtbot.waitSignal(budget.deadline_alerts_changed) as signal:
        alerts = budget.reallocations.check_deadlines()
    assert [a.state for a in alerts] == [DeadlineState.CLOSE]
    assert signal.args[0] == alerts
    assert len(messages) == 1 and messages[0][0] == "warning"
    budget.reallocations.check_deadlines()
    assert len(messages) == 1  # not repeated every minute
    campaign.clock = FixedClock(DEMO_AS_OF + timedelta(hours=5))
    assert [a.state for a in budget.reallocations.check_deadlines()] == [DeadlineState.BREACHED]
    assert messages[-1][0] == "error"
