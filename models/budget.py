"""Budget rules: the 70/30 core split, totals per category and department, variance warnings
and reallocation checks. Pure Python on ``BudgetLine`` / ``BudgetAdjustment`` records.

Money is integer fen throughout. Thresholds are defaults from the plan (保核心、压非必要、留弹性),
passed as arguments so that a campaign can change them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from models.errors import ValidationError
from models.records import AdjustmentStatus, BudgetAdjustment, BudgetLine

CORE_MIN_SHARE = 0.70
NON_CORE_MAX_SHARE = 0.30
DECISION_HOURS = 24
DEADLINE_CLOSE_HOURS = 4
# Anything above 100 billion yuan is a typo, not a budget.
MAX_AMOUNT_CENTS = 100_000_000_000 * 100


@dataclass(frozen=True, slots=True)
class Totals:
    """Planned, committed and executed money of a group of lines."""

    planned: int = 0
    committed: int = 0
    executed: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.planned + other.planned,
            self.committed + other.committed,
            self.executed + other.executed,
        )

    @property
    def remaining(self) -> int:
        """Planned money not yet executed (negative when overspent)."""
        return self.planned - self.executed

    @property
    def executed_share(self) -> float:
        return self.executed / self.planned if self.planned else 0.0


def line_totals(line: BudgetLine) -> Totals:
    return Totals(line.planned_cents, line.committed_cents, line.executed_cents)


def total(lines: Iterable[BudgetLine]) -> Totals:
    result = Totals()
    for line in lines:
        result = result + line_totals(line)
    return result


def totals_by(lines: Iterable[BudgetLine], key: Callable[[BudgetLine], object]) -> dict:
    """Totals grouped by ``key`` (category, department id, ...), in first-seen order."""
    groups: dict[object, Totals] = {}
    for line in lines:
        group = key(line)
        groups[group] = groups.get(group, Totals()) + line_totals(line)
    return groups


@dataclass(frozen=True, slots=True)
class CoreSplit:
    """How planned money divides between core and non-core lines, against the 70/30 rule."""

    core: int
    non_core: int
    core_min_share: float = CORE_MIN_SHARE
    non_core_max_share: float = NON_CORE_MAX_SHARE

    @property
    def total(self) -> int:
        return self.core + self.non_core

    @property
    def core_share(self) -> float:
        return self.core / self.total if self.total else 0.0

    @property
    def non_core_share(self) -> float:
        return self.non_core / self.total if self.total else 0.0

    @property
    def ok(self) -> bool:
        """True when core ≥ 70% and non-core ≤ 30% (an empty budget passes)."""
        if not self.total:
            return True
        return (
            self.core_share >= self.core_min_share - 1e-9
            and self.non_core_share <= self.non_core_max_share + 1e-9
        )

    @property
    def non_core_excess(self) -> int:
        """Fen of non-core money above the allowed share (0 when within it)."""
        allowed = round(self.total * self.non_core_max_share)
        return max(0, self.non_core - allowed)


def core_split(
    lines: Iterable[BudgetLine],
    core_min_share: float = CORE_MIN_SHARE,
    non_core_max_share: float = NON_CORE_MAX_SHARE,
) -> CoreSplit:
    core = non_core = 0
    for line in lines:
        if line.is_core:
            core += line.planned_cents
        else:
            non_core += line.planned_cents
    return CoreSplit(core, non_core, core_min_share, non_core_max_share)


class VarianceKind(StrEnum):
    OVERSPENT = "overspent"  # executed > planned
    OVERCOMMITTED = "overcommitted"  # committed > planned


@dataclass(frozen=True, slots=True)
class VarianceWarning:
    line_id: int
    kind: VarianceKind
    excess: int  # fen above the plan


def variance_warnings(lines: Iterable[BudgetLine]) -> list[VarianceWarning]:
    """Lines spending or committing more than planned, overspending first, largest first."""
    found = []
    for line in lines:
        line_id = int(line.id or 0)
        if line.executed_cents > line.planned_cents:
            excess = line.executed_cents - line.planned_cents
            found.append(VarianceWarning(line_id, VarianceKind.OVERSPENT, excess))
        if line.committed_cents > line.planned_cents:
            excess = line.committed_cents - line.planned_cents
            found.append(VarianceWarning(line_id, VarianceKind.OVERCOMMITTED, excess))
    order = {VarianceKind.OVERSPENT: 0, VarianceKind.OVERCOMMITTED: 1}
    return sorted(found, key=lambda w: (order[w.kind], -w.excess))


# -- reallocation ---------------------------------------------------------------------------


def available(line: BudgetLine, held: int = 0) -> int:
    """Fen that may still move off a line: planned minus what is committed or spent and
    minus what pending requests already hold."""
    used = max(line.committed_cents, line.executed_cents)
    return max(0, line.planned_cents - used - held)


def held_by_pending(adjustments: Iterable[BudgetAdjustment], line_id: int) -> int:
    """Fen that pending requests want to move off ``line_id``."""
    return sum(
        a.amount_cents
        for a in adjustments
        if a.status is AdjustmentStatus.PENDING and a.from_line_id == line_id
    )


class ReallocationProblem(StrEnum):
    """Why a reallocation is refused; the controller turns the code into a sentence."""

    NOT_POSITIVE = "not_positive"
    SAME_LINE = "same_line"
    TOO_LARGE = "too_large"
    EXCEEDS_AVAILABLE = "exceeds_available"
    NO_REASON = "no_reason"
    NOT_PENDING = "not_pending"
    LINE_IN_USE = "line_in_use"


def check_reallocation(
    source: BudgetLine,
    target: BudgetLine,
    amount: int,
    reason: str,
    held: int = 0,
) -> ReallocationProblem | None:
    """None when moving ``amount`` fen from ``source`` to ``target`` is allowed."""
    if amount <= 0:
        return ReallocationProblem.NOT_POSITIVE
    if amount > MAX_AMOUNT_CENTS:
        return ReallocationProblem.TOO_LARGE
    if source.id == target.id:
        return ReallocationProblem.SAME_LINE
    if not reason.strip():
        return ReallocationProblem.NO_REASON
    if amount > available(source, held):
        return ReallocationProblem.EXCEEDS_AVAILABLE
    return None


def decide_by(requested_at: datetime, hours: int = DECISION_HOURS) -> datetime:
    """The group must decide within 24 hours of the request."""
    return requested_at + timedelta(hours=hours)


class DeadlineState(StrEnum):
    DECIDED = "decided"
    OPEN = "open"
    CLOSE = "close"  # under four hours left
    BREACHED = "breached"


def deadline_state(
    adjustment: BudgetAdjustment, now: datetime, close_hours: int = DEADLINE_CLOSE_HOURS
) -> DeadlineState:
    if adjustment.status is not AdjustmentStatus.PENDING:
        return DeadlineState.DECIDED
    left = adjustment.decide_by - now
    if left <= timedelta(0):
        return DeadlineState.BREACHED
    if left < timedelta(hours=close_hours):
        return DeadlineState.CLOSE
    return DeadlineState.OPEN


@dataclass(frozen=True, slots=True)
class DeadlineAlert:
    """A pending request whose decision deadline is close or already passed."""

    adjustment_id: int
    state: DeadlineState
    seconds_left: float  # negative once breached


def deadline_alerts(adjustments: Iterable[BudgetAdjustment], now: datetime) -> list[DeadlineAlert]:
    """Pending requests that need attention now, the most urgent first."""
    alerts = []
    for adjustment in adjustments:
        state = deadline_state(adjustment, now)
        if state in (DeadlineState.CLOSE, DeadlineState.BREACHED):
            left = (adjustment.decide_by - now).total_seconds()
            alerts.append(DeadlineAlert(int(adjustment.id or 0), state, left))
    return sorted(alerts, key=lambda a: a.seconds_left)


class ReallocationRefused(ValidationError):
    """A reallocation broke a rule; ``problem`` says which (for a translated message)."""

    def __init__(self, problem: ReallocationProblem, detail: str = "") -> None:
        super().__init__(f"reallocation refused: {problem.value} {detail}".strip(), problem.value)
        self.problem = problem
