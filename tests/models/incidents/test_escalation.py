"""Escalation: due steps in order, each once, across restarts; stop rules; notify set."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.errors import ValidationError
from models.incidents.deadlines import DEFAULT_DEADLINES, LevelDeadlines
from models.incidents.escalation import (
    DEFAULT_CHAIN,
    DEFAULT_NEIGHBOURS,
    EscalationStep,
    TicketState,
    chain_for,
    due_escalations,
    time_until_next,
    validate_chain,
    validate_neighbours,
)
from models.incidents.workflow import IncidentLevel, TicketStatus
from models.records import RiskCategory

TZ = ZoneInfo("Asia/Shanghai")
URGENT = DEFAULT_DEADLINES[IncidentLevel.URGENT]
KNOWN = {"tech", "operations", "management", "merchandise", "supply_chain", "logistics"}


def at(hour: int, minute: int, day: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


NEW_TICKET = TicketState(RiskCategory.TECH, TicketStatus.NEW, opened_at=at(19, 56))


def applied(state: TicketState, step: int | None) -> TicketState:
    """What the controller stores after applying a plan (state only survives a restart)."""
    return state if step is None else replace(state, escalation_step=step)


def test_unacknowledged_urgent_ticket_overnight_gets_the_whole_chain_in_order():
    plan = due_escalations(NEW_TICKET, DEFAULT_CHAIN, URGENT, at(1, 30, day=11))
    assert plan.steps == (
        EscalationStep(1, "tech", at(20, 1)),
        EscalationStep(2, "operations", at(20, 6)),
        EscalationStep(3, "management", at(20, 11)),
    )
    assert plan.next_due_at is None
    assert plan.notify == frozenset()
    again = due_escalations(
        applied(NEW_TICKET, plan.last_step), DEFAULT_CHAIN, URGENT, at(1, 31, 11)
    )
    assert again.steps == () and again.next_due_at is None


def test_calls_in_between_and_a_restart_give_each_step_once():
    seen: list[EscalationStep] = []
    state = NEW_TICKET
    for now in (at(19, 58), at(20, 1), at(20, 3), at(20, 7)):
        plan = due_escalations(state, DEFAULT_CHAIN, URGENT, now)
        seen += plan.steps
        state = applied(state, plan.last_step)
    assert [s.step for s in seen] == [1, 2]
    # The app was closed at 20:07 and opens at 01:30; only the stored state is left.
    restarted = TicketState(RiskCategory.TECH, TicketStatus.NEW, at(19, 56), escalation_step=2)
    assert restarted == state
    plan = due_escalations(restarted, DEFAULT_CHAIN, URGENT, at(1, 30, 11))
    assert plan.steps == (EscalationStep(3, "management", at(20, 11)),)
    seen += plan.steps
    assert [s.unit for s in seen] == list(DEFAULT_CHAIN)


def test_boundary_instants():
    before = due_escalations(NEW_TICKET, DEFAULT_CHAIN, URGENT, at(20, 1) - timedelta(seconds=1))
    assert before.steps == () and before.next_due_at == at(20, 1)
    exactly = due_escalations(NEW_TICKET, DEFAULT_CHAIN, URGENT, at(20, 1))
    assert [s.step for s in exactly.steps] == [1]
    assert exactly.next_due_at == at(20, 6)
    assert time_until_next(exactly, at(20, 1)) == timedelta(minutes=5)


def test_acknowledged_on_time_escalates_only_at_the_resolve_deadline():
    state = replace(NEW_TICKET, status=TicketStatus.ACKNOWLEDGED, acknowledged_at=at(20, 1))
    early = due_escalations(state, DEFAULT_CHAIN, URGENT, at(20, 25))
    assert early.steps == () and early.next_due_at == at(20, 26)
    plan = due_escalations(state, DEFAULT_CHAIN, URGENT, at(21, 0))
    # Then one resolve interval (30 minutes) apart.
    assert plan.steps == (
        EscalationStep(1, "tech", at(20, 26)),
        EscalationStep(2, "operations", at(20, 56)),
    )
    assert plan.next_due_at == at(21, 26)


def test_late_acknowledgement_keeps_the_steps_already_owed():
    # Acknowledged at 20:07: steps 1 (20:01) and 2 (20:06) were owed; the app missed them.
    state = replace(NEW_TICKET, status=TicketStatus.MITIGATING, acknowledged_at=at(20, 7))
    plan = due_escalations(state, DEFAULT_CHAIN, URGENT, at(20, 10))
    assert [(s.step, s.due_at) for s in plan.steps] == [(1, at(20, 1)), (2, at(20, 6))]
    assert plan.next_due_at == at(20, 26)  # step 3 waits for the resolve deadline
    later = due_escalations(applied(state, 2), DEFAULT_CHAIN, URGENT, at(20, 26))
    assert later.steps == (EscalationStep(3, "management", at(20, 26)),)
    assert later.next_due_at is None


def test_acknowledged_after_the_resolve_deadline_escalates_at_once():
    # Tight custom deadlines: ack track 20:01, 20:06, 20:11; resolve deadline 20:06.
    tight = LevelDeadlines(IncidentLevel.URGENT, timedelta(minutes=5), timedelta(minutes=10))
    state = replace(NEW_TICKET, status=TicketStatus.ACKNOWLEDGED, acknowledged_at=at(20, 8))
    plan = due_escalations(applied(state, 2), DEFAULT_CHAIN, tight, at(20, 8))
    assert plan.steps == (EscalationStep(3, "management", at(20, 8)),)


@pytest.mark.parametrize("status", [TicketStatus.RESOLVED, TicketStatus.CLOSED])
def test_resolved_or_closed_tickets_never_escalate(status):
    plan = due_escalations(replace(NEW_TICKET, status=status), DEFAULT_CHAIN, URGENT, at(23, 0))
    assert plan.steps == () and plan.next_due_at is None and plan.last_step is None


def test_escalation_stops_at_the_end_of_the_chain():
    plan = due_escalations(applied(NEW_TICKET, 3), DEFAULT_CHAIN, URGENT, at(23, 0))
    assert plan.steps == () and plan.next_due_at is None
    beyond = due_escalations(applied(NEW_TICKET, 7), DEFAULT_CHAIN, URGENT, at(23, 0))
    assert beyond.steps == () and time_until_next(beyond, at(23, 0)) is None


def test_general_level_runs_on_hours():
    general = DEFAULT_DEADLINES[IncidentLevel.GENERAL]
    plan = due_escalations(NEW_TICKET, DEFAULT_CHAIN, general, at(22, 0))
    assert [(s.step, s.due_at) for s in plan.steps] == [(1, at(20, 56)), (2, at(21, 56))]
    assert plan.next_due_at == at(22, 56)


def test_operational_risk_notifies_neighbours_until_recorded():
    state = TicketState(RiskCategory.OPERATIONS, TicketStatus.NEW, at(19, 56), topic="inventory")
    plan = due_escalations(state, DEFAULT_CHAIN, URGENT, at(19, 56))
    assert plan.notify == {"merchandise", "supply_chain", "logistics"}
    assert plan.steps == ()
    done = replace(state, neighbours_notified=True)
    assert due_escalations(done, DEFAULT_CHAIN, URGENT, at(19, 57)).notify == frozenset()


def test_other_categories_and_unknown_topics_notify_nobody():
    tech = replace(NEW_TICKET, topic="inventory")
    assert due_escalations(tech, DEFAULT_CHAIN, URGENT, at(20, 0)).notify == frozenset()
    ops = replace(NEW_TICKET, category=RiskCategory.OPERATIONS, topic="weather")
    assert due_escalations(ops, DEFAULT_CHAIN, URGENT, at(20, 0)).notify == frozenset()
    custom = {"weather": {"logistics"}}
    assert due_escalations(ops, DEFAULT_CHAIN, URGENT, at(20, 0), custom).notify == {"logistics"}


def test_chain_per_category_with_default():
    assert chain_for(RiskCategory.MARKET) == ("tech", "operations", "management")
    chains = {RiskCategory.OPERATIONS: ("operations", "management")}
    assert chain_for(RiskCategory.OPERATIONS, chains) == ("operations", "management")
    assert chain_for(RiskCategory.TECH, chains) == DEFAULT_CHAIN


def test_chain_validation():
    validate_chain(DEFAULT_CHAIN, KNOWN)
    with pytest.raises(ValidationError) as caught:
        validate_chain(("tech", "pr"), KNOWN, RiskCategory.MARKET)
    assert caught.value.field == "chain"
    assert str(caught.value) == "The escalation chain of market names an unknown unit: 'pr'."
    with pytest.raises(ValidationError, match="names no unit"):
        validate_chain((), KNOWN)
    with pytest.raises(ValidationError, match="names unit 'tech' twice"):
        validate_chain(("tech", "management", "tech"), KNOWN)


def test_neighbour_validation():
    validate_neighbours(DEFAULT_NEIGHBOURS, KNOWN)
    with pytest.raises(ValidationError, match="'inventory' include an unknown unit: 'pr'") as c:
        validate_neighbours({"inventory": {"logistics", "pr"}}, KNOWN)
    assert c.value.field == "notify"


def test_invalid_state_is_refused():
    with pytest.raises(ValidationError, match="now time must carry a timezone"):
        due_escalations(NEW_TICKET, DEFAULT_CHAIN, URGENT, datetime(2026, 11, 10, 20, 0))
    with pytest.raises(ValidationError) as caught:
        due_escalations(applied(NEW_TICKET, -1), DEFAULT_CHAIN, URGENT, at(20, 0))
    assert caught.value.field == "escalation_step"


def test_acknowledged_without_instant_counts_applied_steps_as_owed():
    state = replace(NEW_TICKET, status=TicketStatus.ACKNOWLEDGED, escalation_step=1)
    plan = due_escalations(state, DEFAULT_CHAIN, URGENT, at(20, 26))
    assert plan.steps == (EscalationStep(2, "operations", at(20, 26)),)
