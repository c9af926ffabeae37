"""Ticket workflow: forward steps, reopen, and the notes some steps require."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.incidents.workflow import (
    IncidentLevel,
    TicketNotes,
    TicketStatus,
    allowed_next,
    can_transition,
    check_transition,
    is_reopen,
)

S = TicketStatus
POSTMORTEM = TicketNotes(root_cause="disk full", follow_up_actions="add alert on disk usage")

FORWARD_STEPS = [
    (S.NEW, S.ACKNOWLEDGED),
    (S.ACKNOWLEDGED, S.MITIGATING),
    (S.MITIGATING, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
]


@pytest.mark.parametrize(("old", "new"), FORWARD_STEPS)
@pytest.mark.parametrize("level", list(IncidentLevel))
def test_each_forward_step_is_allowed_with_its_notes(old, new, level):
    notes = TicketNotes(
        resolution_note="restarted the pool", root_cause="leak", follow_up_actions="fix leak"
    )
    check_transition(old, new, level, notes)


def test_general_tickets_need_no_notes_to_resolve_or_close():
    check_transition(S.MITIGATING, S.RESOLVED, IncidentLevel.GENERAL)
    check_transition(S.RESOLVED, S.CLOSED, IncidentLevel.GENERAL)


def test_key_ticket_resolves_without_a_note():
    check_transition(S.MITIGATING, S.RESOLVED, IncidentLevel.KEY)


ALL_PAIRS = [(a, b) for a in TicketStatus for b in TicketStatus]
ALLOWED = set(FORWARD_STEPS) | {(S.RESOLVED, S.ACKNOWLEDGED), (S.CLOSED, S.ACKNOWLEDGED)}


@pytest.mark.parametrize(("old", "new"), [p for p in ALL_PAIRS if p not in ALLOWED])
def test_every_other_transition_is_refused_naming_both_statuses(old, new):
    assert not can_transition(old, new)
    with pytest.raises(ValidationError) as caught:
        check_transition(old, new, IncidentLevel.GENERAL, TicketNotes(reopen_reason="x"))
    assert caught.value.field == "status"
    assert f"from {old.value} to {new.value}" in str(caught.value)


def test_refusal_message_lists_what_is_allowed():
    with pytest.raises(ValidationError, match=r"allowed from new: acknowledged"):
        check_transition(S.NEW, S.RESOLVED, IncidentLevel.URGENT)
    with pytest.raises(ValidationError, match=r"allowed from closed: acknowledged\)"):
        check_transition(S.CLOSED, S.NEW, IncidentLevel.URGENT)


def test_allowed_next_lists_forward_step_then_reopen():
    assert allowed_next(S.NEW) == [S.ACKNOWLEDGED]
    assert allowed_next(S.RESOLVED) == [S.CLOSED, S.ACKNOWLEDGED]
    assert allowed_next(S.CLOSED) == [S.ACKNOWLEDGED]


@pytest.mark.parametrize("old", [S.RESOLVED, S.CLOSED])
def test_reopen_needs_a_non_blank_reason(old):
    assert is_reopen(old, S.ACKNOWLEDGED)
    for blank in ("", "   \n"):
        with pytest.raises(ValidationError, match="needs a reason") as caught:
            check_transition(
                old, S.ACKNOWLEDGED, IncidentLevel.GENERAL, TicketNotes(reopen_reason=blank)
            )
        assert caught.value.field == "reopen_reason"
        assert old.value in str(caught.value)
    check_transition(
        old, S.ACKNOWLEDGED, IncidentLevel.URGENT, TicketNotes(reopen_reason="came back")
    )


def test_new_to_acknowledged_is_not_a_reopen():
    assert not is_reopen(S.NEW, S.ACKNOWLEDGED)
    check_transition(S.NEW, S.ACKNOWLEDGED, IncidentLevel.GENERAL)


@pytest.mark.parametrize("note", ["", "  "])
def test_resolving_urgent_ticket_needs_resolution_note(note):
    with pytest.raises(ValidationError) as caught:
        check_transition(
            S.MITIGATING, S.RESOLVED, IncidentLevel.URGENT, TicketNotes(resolution_note=note)
        )
    assert caught.value.field == "resolution_note"
    assert str(caught.value) == (
        "Resolving an urgent ticket (mitigating to resolved) needs a resolution note."
    )


@pytest.mark.parametrize("level", [IncidentLevel.KEY, IncidentLevel.URGENT])
def test_closing_key_or_urgent_needs_root_cause_and_follow_up(level):
    with pytest.raises(ValidationError) as caught:
        check_transition(S.RESOLVED, S.CLOSED, level, TicketNotes(follow_up_actions="x"))
    assert caught.value.field == "root_cause"
    assert str(caught.value) == (
        f"Closing a {level.value} ticket (resolved to closed) needs a postmortem:"
        " the root cause is missing."
    )
    with pytest.raises(ValidationError, match="follow-up actions are missing") as caught:
        check_transition(
            S.RESOLVED, S.CLOSED, level, TicketNotes(root_cause="x", follow_up_actions=" ")
        )
    assert caught.value.field == "follow_up_actions"
    check_transition(S.RESOLVED, S.CLOSED, level, POSTMORTEM)


def test_levels_have_codes_and_chinese_names():
    assert [(lv.value, lv.name_zh) for lv in IncidentLevel] == [
        ("general", "一般"),
        ("key", "重点"),
        ("urgent", "紧急"),
    ]


def test_open_statuses():
    assert [s for s in TicketStatus if s.is_open] == [S.NEW, S.ACKNOWLEDGED, S.MITIGATING]
