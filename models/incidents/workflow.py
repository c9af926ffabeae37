"""Status workflow of an incident ticket and the notes each step requires.

A ticket moves new → acknowledged → mitigating → resolved → closed, one step at a time, and
may be reopened (resolved or closed → acknowledged) with a reason. The controller calls
``check_transition`` before it writes, so a refused change never reaches the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from models.errors import ValidationError


class IncidentLevel(StrEnum):
    """How severe a ticket is: general (一般), key (重点), urgent (紧急)."""

    GENERAL = "general"
    KEY = "key"
    URGENT = "urgent"

    @property
    def name_zh(self) -> str:
        """The level's Chinese name, as the plan writes it."""
        return _LEVEL_ZH[self]


_LEVEL_ZH = {
    IncidentLevel.GENERAL: "一般",
    IncidentLevel.KEY: "重点",
    IncidentLevel.URGENT: "紧急",
}


class TicketStatus(StrEnum):
    """Where a ticket is in its workflow; values are stable English codes."""

    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    MITIGATING = "mitigating"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        """True while someone still has to act (not yet resolved or closed)."""
        return self not in (TicketStatus.RESOLVED, TicketStatus.CLOSED)


# Strictly one step forward: skipping "acknowledged" would hide how late the response was,
# and skipping "mitigating" would hide when the work started.
FORWARD: dict[TicketStatus, TicketStatus] = {
    TicketStatus.NEW: TicketStatus.ACKNOWLEDGED,
    TicketStatus.ACKNOWLEDGED: TicketStatus.MITIGATING,
    TicketStatus.MITIGATING: TicketStatus.RESOLVED,
    TicketStatus.RESOLVED: TicketStatus.CLOSED,
}

# Reopening lands on "acknowledged": somebody already owns the ticket, so it does not
# restart the acknowledge clock.
REOPENABLE = frozenset({TicketStatus.RESOLVED, TicketStatus.CLOSED})
REOPEN_TARGET = TicketStatus.ACKNOWLEDGED

# Levels whose closing needs a postmortem (root cause and follow-up actions).
POSTMORTEM_LEVELS = frozenset({IncidentLevel.KEY, IncidentLevel.URGENT})


@dataclass(frozen=True, slots=True)
class TicketNotes:
    """The free texts some transitions require; empty when not written."""

    resolution_note: str = ""
    root_cause: str = ""
    follow_up_actions: str = ""
    reopen_reason: str = ""


def is_reopen(old: TicketStatus, new: TicketStatus) -> bool:
    """True when ``old`` → ``new`` is a reopening (resolved or closed → acknowledged)."""
    return old in REOPENABLE and new == REOPEN_TARGET


def allowed_next(status: TicketStatus) -> list[TicketStatus]:
    """The statuses a ticket may move to from ``status``, forward step first."""
    found = [FORWARD[status]] if status in FORWARD else []
    if status in REOPENABLE:
        found.append(REOPEN_TARGET)
    return found


def can_transition(old: TicketStatus, new: TicketStatus) -> bool:
    """Whether the workflow has an edge ``old`` → ``new`` (notes not checked)."""
    return new in allowed_next(old)


def check_transition(
    old: TicketStatus,
    new: TicketStatus,
    level: IncidentLevel,
    notes: TicketNotes | None = None,
) -> None:
    """Refuse a forbidden status change with ``ValidationError`` (field "status").

    Besides the edge itself: a reopen needs a reason, resolving an urgent ticket needs a
    resolution note, and closing a key or urgent ticket needs root cause and follow-up
    actions. A missing note names its own field so the editor can point at it.
    """
    notes = notes or TicketNotes()
    if not can_transition(old, new):
        allowed = ", ".join(s.value for s in allowed_next(old)) or "none"
        raise ValidationError(
            f"A ticket cannot move from {old.value} to {new.value} (allowed from {old.value}:"
            f" {allowed}).",
            "status",
        )
    if is_reopen(old, new) and not notes.reopen_reason.strip():
        raise ValidationError(
            f"Reopening a ticket from {old.value} to {new.value} needs a reason.",
            "reopen_reason",
        )
    urgent = level == IncidentLevel.URGENT
    if new == TicketStatus.RESOLVED and urgent and not notes.resolution_note.strip():
        raise ValidationError(
            f"Resolving an urgent ticket ({old.value} to {new.value}) needs a resolution note.",
            "resolution_note",
        )
    if new == TicketStatus.CLOSED and level in POSTMORTEM_LEVELS:
        for field, text, missing in (
            ("root_cause", notes.root_cause, "the root cause is missing"),
            ("follow_up_actions", notes.follow_up_actions, "the follow-up actions are missing"),
        ):
            if not text.strip():
                raise ValidationError(
                    f"Closing a {level.value} ticket ({old.value} to {new.value}) needs a"
                    f" postmortem: {missing}.",
                    field,
                )
