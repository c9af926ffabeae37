"""Acknowledge and resolve deadlines per level, and a ticket's standing against them.

Both deadlines run from the ticket's opening (not the resolve clock from acknowledgement):
the plan promises users a resolution time, however long the acknowledgement took.

Boundary rule, shared with ``escalation``: a deadline is *breached* once the campaign
instant reaches it (``now >= deadline``) without the action done; an action done exactly at
the deadline is on time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.errors import ValidationError
from models.incidents.workflow import IncidentLevel


@dataclass(frozen=True, slots=True)
class LevelDeadlines:
    """How long a ticket of ``level`` may wait for acknowledgement and for resolution."""

    level: IncidentLevel
    acknowledge: timedelta
    resolve: timedelta


DEFAULT_DEADLINES: Mapping[IncidentLevel, LevelDeadlines] = {
    # "A severe risk must reach the tech director within 5 minutes" (domain notes).
    IncidentLevel.URGENT: LevelDeadlines(
        IncidentLevel.URGENT, timedelta(minutes=5), timedelta(minutes=30)
    ),
    IncidentLevel.KEY: LevelDeadlines(IncidentLevel.KEY, timedelta(minutes=15), timedelta(hours=2)),
    IncidentLevel.GENERAL: LevelDeadlines(
        IncidentLevel.GENERAL, timedelta(hours=1), timedelta(hours=24)
    ),
}


def validate_deadlines(deadlines: LevelDeadlines) -> None:
    """Refuse non-positive deadlines, or an acknowledge deadline after the resolve one.

    The ``ValidationError``'s field is "acknowledge" or "resolve"; its message names the level.
    """
    level = deadlines.level.value
    for field, value in (("acknowledge", deadlines.acknowledge), ("resolve", deadlines.resolve)):
        if value <= timedelta(0):
            raise ValidationError(
                f"The {field} deadline of level {level} must be positive (got {value}).", field
            )
    if deadlines.acknowledge > deadlines.resolve:
        raise ValidationError(
            f"The acknowledge deadline of level {level} ({deadlines.acknowledge}) must not be"
            f" later than its resolve deadline ({deadlines.resolve}).",
            "acknowledge",
        )


def validate_deadline_table(table: Mapping[IncidentLevel, LevelDeadlines]) -> None:
    """Check every level has valid deadlines filed under its own key (field "level")."""
    for level in IncidentLevel:
        if level not in table:
            raise ValidationError(f"Level {level.value} has no deadlines.", "level")
        if table[level].level != level:
            raise ValidationError(
                f"The deadlines filed under level {level.value} are for level"
                f" {table[level].level.value}.",
                "level",
            )
        validate_deadlines(table[level])


def require_aware(value: datetime, field: str) -> datetime:
    """Return ``value`` if it carries a timezone; naive instants are ambiguous (field named)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"The {field} time must carry a timezone.", field)
    return value


@dataclass(frozen=True, slots=True)
class DeadlineStanding:
    """A ticket's deadlines at one campaign instant.

    ``*_left`` is the time until the deadline (negative once overdue), or None once the
    action is done; ``*_breached`` is True if the action was late or is still missing past
    the deadline.
    """

    ack_by: datetime
    resolve_by: datetime
    ack_left: timedelta | None
    resolve_left: timedelta | None
    ack_breached: bool
    resolve_breached: bool


def ack_by(opened_at: datetime, deadlines: LevelDeadlines) -> datetime:
    """The instant by which a ticket opened at ``opened_at`` must be acknowledged."""
    return require_aware(opened_at, "opened_at") + deadlines.acknowledge


def resolve_by(opened_at: datetime, deadlines: LevelDeadlines) -> datetime:
    """The instant by which a ticket opened at ``opened_at`` must be resolved."""
    return require_aware(opened_at, "opened_at") + deadlines.resolve


def _standing(
    due: datetime, done_at: datetime | None, now: datetime
) -> tuple[timedelta | None, bool]:
    if done_at is not None:
        return None, done_at > due
    return due - now, now >= due


def deadline_standing(
    opened_at: datetime,
    deadlines: LevelDeadlines,
    now: datetime,
    *,
    acknowledged_at: datetime | None = None,
    resolved_at: datetime | None = None,
) -> DeadlineStanding:
    """Where a ticket stands against its deadlines at campaign instant ``now``.

    A resolved ticket counts as acknowledged at its resolution if nobody acknowledged it,
    so resolving directly never leaves an acknowledge deadline running.
    """
    require_aware(now, "now")
    if acknowledged_at is not None:
        require_aware(acknowledged_at, "acknowledged_at")
    if resolved_at is not None:
        require_aware(resolved_at, "resolved_at")
        acknowledged_at = acknowledged_at or resolved_at
    ack_due, resolve_due = ack_by(opened_at, deadlines), resolve_by(opened_at, deadlines)
    ack_left, ack_breached = _standing(ack_due, acknowledged_at, now)
    resolve_left, resolve_breached = _standing(resolve_due, resolved_at, now)
    return DeadlineStanding(
        ack_due, resolve_due, ack_left, resolve_left, ack_breached, resolve_breached
    )
