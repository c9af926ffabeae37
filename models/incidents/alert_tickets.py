"""Alerts are worked, not watched: turn alert events into ticket decisions and checklists.

``decide`` is a pure function of one alert event, the rule that raised it, the plans and the
tickets currently known; the controller writes what it returns. The one invariant: a rule
never has two open tickets, so a flapping metric piles events onto one ticket instead of
flooding the board. ``plan_steps`` splits a plan's written steps into checklist items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from models.errors import ValidationError
from models.incidents.deadlines import require_aware
from models.incidents.workflow import IncidentLevel, TicketStatus
from models.records import ContingencyPlan, RiskCategory


class EventKind(StrEnum):
    """Whether the alert started (fired) or went away (cleared)."""

    FIRED = "fired"
    CLEARED = "cleared"


class TicketAction(StrEnum):
    """What the controller should do with the event."""

    OPEN = "open"  # create a ticket and attach the event
    ADD_EVENT = "add_event"  # attach the event to ``ticket_id``
    NONE = "none"  # nothing to write (a clear with no open ticket to note it on)


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """One fired or cleared alert, as the alert engine reports it."""

    rule_id: int
    metric_code: str
    level: IncidentLevel
    at: datetime
    value: float
    kind: EventKind = EventKind.FIRED


@dataclass(frozen=True, slots=True)
class TicketRule:
    """What a new ticket takes from its rule: names, category, level and linked plans."""

    rule_id: int
    metric_code: str
    category: RiskCategory
    level: IncidentLevel
    name_zh: str = ""
    name_en: str = ""
    plan_ids: tuple[int, ...] = ()  # plans linked to this rule, preferred first


@dataclass(frozen=True, slots=True)
class KnownTicket:
    """A ticket as far as alert routing cares: which rule raised it and where it stands."""

    id: int
    rule_id: int | None
    status: TicketStatus


@dataclass(frozen=True, slots=True)
class AlertDecision:
    """What to write for one event; the ticket fields are set only when ``action`` is OPEN."""

    action: TicketAction
    event: AlertEvent
    ticket_id: int | None = None
    title_zh: str = ""
    title_en: str = ""
    category: RiskCategory | None = None
    level: IncidentLevel | None = None
    plan_id: int | None = None

    @property
    def note_kind(self) -> EventKind:
        """The note to add to the ticket: "fired" or "cleared" (the ticket stays open)."""
        return self.event.kind


def choose_plan(rule: TicketRule, plans: Iterable[ContingencyPlan]) -> int | None:
    """The plan for a new ticket: the first linked plan that exists, else the category's.

    Among category plans the lowest id wins, so the choice does not depend on list order.
    """
    by_id = {plan.id: plan for plan in plans if plan.id is not None}
    for plan_id in rule.plan_ids:
        if plan_id in by_id:
            return plan_id
    same = sorted(pid for pid, plan in by_id.items() if plan.category == rule.category)
    return same[0] if same else None


def open_ticket_for(rule_id: int, tickets: Iterable[KnownTicket]) -> int | None:
    """The open ticket of ``rule_id``; if bad data left several, the oldest (lowest id)."""
    ids = [t.id for t in tickets if t.rule_id == rule_id and t.status.is_open]
    return min(ids) if ids else None


def decide(
    event: AlertEvent,
    rule: TicketRule,
    plans: Iterable[ContingencyPlan],
    tickets: Iterable[KnownTicket],
) -> AlertDecision:
    """Open a ticket for ``event`` or add it to the rule's open ticket.

    A clear never closes anything: a metric that recovers by itself still needs someone to
    confirm the cause, so it becomes a "cleared" note on the still-open ticket. A clear with
    no open ticket (it was resolved meanwhile) needs no write at all.
    """
    require_aware(event.at, "at")
    if event.rule_id != rule.rule_id:
        raise ValidationError(
            f"The alert event belongs to rule {event.rule_id}, not rule {rule.rule_id}.",
            "rule_id",
        )
    existing = open_ticket_for(rule.rule_id, tickets)
    if existing is not None:
        return AlertDecision(TicketAction.ADD_EVENT, event, ticket_id=existing)
    if event.kind == EventKind.CLEARED:
        return AlertDecision(TicketAction.NONE, event)
    # A nameless rule still needs a readable title; the metric code is what the engine knows.
    fallback = rule.metric_code or f"rule {rule.rule_id}"
    return AlertDecision(
        TicketAction.OPEN,
        event,
        title_zh=rule.name_zh.strip() or rule.name_en.strip() or fallback,
        title_en=rule.name_en.strip() or rule.name_zh.strip() or fallback,
        category=rule.category,
        level=rule.level,
        plan_id=choose_plan(rule, plans),
    )


# A step number: "1." "1．" "1、" "1)" "1）" not glued to a preceding digit and not a decimal
# point ("2.5x"). Only the expected next number counts, so "RTO 30." inside a step is text.
_MARKER = re.compile(r"(?<!\d)(\d{1,2})\s*[.．、)）](?!\d)")
# Separators used when steps are not numbered (or inside a numbered step's text).
_SEPARATOR = re.compile(r"[\n\r；;]+")
_BULLET = re.compile(r"^\s*(?:[-*•·]\s*)")


def _numbered_chunks(text: str) -> list[str]:
    expected = 1
    cuts: list[tuple[int, int]] = []  # (marker start, text start)
    for match in _MARKER.finditer(text):
        if int(match.group(1)) == expected:
            cuts.append((match.start(), match.end()))
            expected += 1
    if not cuts:
        return [text]
    chunks = [text[: cuts[0][0]]]  # a heading before "1." is kept as its own item if any
    for index, (_, begin) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        chunks.append(text[begin:end])
    return chunks


def plan_steps(text: str) -> list[str]:
    """Split a plan's steps ("1. … 2. …", newline- or "；"-separated) into checklist texts.

    Numbers, bullets and trailing separators are dropped; empty pieces are skipped, so an
    empty plan gives an empty checklist rather than one blank item.
    """
    steps: list[str] = []
    for chunk in _numbered_chunks(text):
        for piece in _SEPARATOR.split(chunk):
            cleaned = _BULLET.sub("", piece).strip().rstrip("，,。").strip()
            if cleaned:
                steps.append(cleaned)
    return steps


def plan_checklists(plans: Sequence[ContingencyPlan]) -> dict[int, tuple[list[str], list[str]]]:
    """Each plan's (Chinese, English) checklist by plan id, for plans that have an id."""
    return {
        plan.id: (plan_steps(plan.steps_zh), plan_steps(plan.steps_en))
        for plan in plans
        if plan.id is not None
    }
