"""Escalation of overdue tickets along a chain of units, as a pure function of state.

Policy (the scheduler calls ``due_escalations`` and stores what it applied):

- Step ``j`` (1-based) escalates to ``chain[j-1]``; the ticket's ``escalation_step`` counts
  the steps already applied, so a step is never returned twice.
- Unacknowledged: step 1 is due at the acknowledge deadline, each next step one
  acknowledge interval later (urgent: +5, +10, +15 minutes after opening).
- Acknowledged but unresolved: the steps that fell due before the acknowledgement are still
  owed (a late acknowledgement is news for the next level up); the following step is due
  at the resolve deadline (or at the acknowledgement, if that came even later), then one
  resolve interval apart.
- Resolved or closed: nothing more is due. The chain's end stops escalation too.
- Steps missed while the app was closed come out once, in order, at the next call.

Operational risks also notify the neighbouring units at once (an inventory risk reaches
merchandise, supply chain and logistics together); that set comes out until the caller
records ``neighbours_notified``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.errors import ValidationError
from models.incidents.deadlines import LevelDeadlines, ack_by, require_aware, resolve_by
from models.incidents.workflow import TicketStatus
from models.records import RiskCategory

DEFAULT_CHAIN: tuple[str, ...] = ("tech", "operations", "management")

# Every category starts from the plan's one path; campaigns may edit each separately.
DEFAULT_CHAINS: Mapping[RiskCategory, tuple[str, ...]] = {
    category: DEFAULT_CHAIN for category in RiskCategory
}

# Neighbouring units an operational risk notifies, by the risk's topic (example from the plan).
DEFAULT_NEIGHBOURS: Mapping[str, frozenset[str]] = {
    "inventory": frozenset({"merchandise", "supply_chain", "logistics"}),
}


def chain_for(
    category: RiskCategory, chains: Mapping[RiskCategory, tuple[str, ...]] = DEFAULT_CHAINS
) -> tuple[str, ...]:
    """The escalation chain of ``category``, falling back to the default chain."""
    return chains.get(category, DEFAULT_CHAIN)


def validate_chain(
    chain: tuple[str, ...], known_units: Collection[str], category: RiskCategory | None = None
) -> None:
    """Refuse an empty chain, a repeated unit or a unit not in ``known_units`` (field "chain")."""
    which = f"The escalation chain of {category.value}" if category else "The escalation chain"
    if not chain:
        raise ValidationError(f"{which} names no unit.", "chain")
    seen: set[str] = set()
    for unit in chain:
        if unit not in known_units:
            raise ValidationError(f"{which} names an unknown unit: {unit!r}.", "chain")
        if unit in seen:
            raise ValidationError(f"{which} names unit {unit!r} twice.", "chain")
        seen.add(unit)


def validate_neighbours(
    neighbours: Mapping[str, Collection[str]], known_units: Collection[str]
) -> None:
    """Refuse a neighbour mapping that names a unit not in ``known_units`` (field "notify")."""
    for topic, units in neighbours.items():
        for unit in sorted(units):
            if unit not in known_units:
                raise ValidationError(
                    f"The units notified for {topic!r} include an unknown unit: {unit!r}.",
                    "notify",
                )


@dataclass(frozen=True, slots=True)
class TicketState:
    """What escalation needs to know of a ticket; all instants timezone-aware."""

    category: RiskCategory
    status: TicketStatus
    opened_at: datetime
    acknowledged_at: datetime | None = None
    escalation_step: int = 0
    topic: str = ""
    neighbours_notified: bool = False


@dataclass(frozen=True, slots=True)
class EscalationStep:
    """One escalation: step number (1-based), the unit it reaches, and when it fell due."""

    step: int
    unit: str
    due_at: datetime


@dataclass(frozen=True, slots=True)
class EscalationPlan:
    """What is due now: steps in order, units to notify, and when to look again (or None)."""

    steps: tuple[EscalationStep, ...]
    notify: frozenset[str]
    next_due_at: datetime | None

    @property
    def last_step(self) -> int | None:
        """The step number to record as applied, or None when no step is due."""
        return self.steps[-1].step if self.steps else None


def _earned_before_ack(ack_track: list[datetime], acknowledged_at: datetime) -> int:
    # Strictly before: acknowledging exactly at a due instant is on time for it.
    return sum(1 for due in ack_track if due < acknowledged_at)


def step_due_times(
    state: TicketState, chain: tuple[str, ...], deadlines: LevelDeadlines
) -> list[datetime]:
    """When each step of ``chain`` falls due for ``state`` (index 0 is step 1)."""
    first = ack_by(state.opened_at, deadlines)
    ack_track = [first + i * deadlines.acknowledge for i in range(len(chain))]
    if state.status == TicketStatus.NEW and state.acknowledged_at is None:
        return ack_track
    if state.acknowledged_at is None:
        # Past "new" with no recorded instant: treat what was applied as what was owed.
        earned, base = (
            min(state.escalation_step, len(chain)),
            resolve_by(state.opened_at, deadlines),
        )
    else:
        acknowledged_at = require_aware(state.acknowledged_at, "acknowledged_at")
        earned = _earned_before_ack(ack_track, acknowledged_at)
        base = max(resolve_by(state.opened_at, deadlines), acknowledged_at)
    resolve_track = [base + i * deadlines.resolve for i in range(len(chain) - earned)]
    return ack_track[:earned] + resolve_track


def due_escalations(
    state: TicketState,
    chain: tuple[str, ...],
    deadlines: LevelDeadlines,
    now: datetime,
    neighbours: Mapping[str, Collection[str]] = DEFAULT_NEIGHBOURS,
) -> EscalationPlan:
    """The escalations due at campaign instant ``now`` that ``state`` has not applied yet.

    A step is due once ``now`` reaches its due time (``now >= due_at``). ``next_due_at`` is
    the due time of the first step still ahead, or None when escalation is over.
    """
    require_aware(now, "now")
    if state.escalation_step < 0:
        raise ValidationError("The escalation step cannot be negative.", "escalation_step")
    if not state.status.is_open:
        return EscalationPlan((), frozenset(), None)
    notify: frozenset[str] = frozenset()
    if state.category == RiskCategory.OPERATIONS and not state.neighbours_notified:
        notify = frozenset(neighbours.get(state.topic, ()))
    times = step_due_times(state, chain, deadlines)
    steps: list[EscalationStep] = []
    index = state.escalation_step  # 0-based index of the next step not yet applied
    while index < len(chain) and times[index] <= now:
        steps.append(EscalationStep(index + 1, chain[index], times[index]))
        index += 1
    next_due = times[index] if index < len(chain) else None
    return EscalationPlan(tuple(steps), notify, next_due)


def time_until_next(plan: EscalationPlan, now: datetime) -> timedelta | None:
    """How long the scheduler may sleep before calling again (None: no need)."""
    return None if plan.next_due_at is None else max(plan.next_due_at - now, timedelta(0))
