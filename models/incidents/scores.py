"""The plan's two scoring formulas for risks, and ranking by either.

- risk cost = impact scope × recovery cost × probability
- user impact index = affected users × user value × degree of negative impact

Units are whatever the campaign uses consistently (e.g. recovery cost in CNY); the scores
are for ranking risks against each other, not for accounting.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from models.errors import ValidationError


def _non_negative(value: float, field: str) -> float:
    # NaN compares false with everything, so it would slip through a plain "< 0" test.
    if math.isnan(value) or math.isinf(value) or value < 0:
        words = field.replace("_", " ")
        raise ValidationError(f"The {words} must be a non-negative number.", field)
    return value


def risk_cost(impact_scope: float, recovery_cost: float, probability: float) -> float:
    """Impact scope × recovery cost × probability; probability must lie in 0–1."""
    _non_negative(impact_scope, "impact_scope")
    _non_negative(recovery_cost, "recovery_cost")
    _non_negative(probability, "probability")
    if probability > 1:
        raise ValidationError("The probability must lie between 0 and 1.", "probability")
    return impact_scope * recovery_cost * probability


def user_impact_index(affected_users: float, user_value: float, negative_impact: float) -> float:
    """Affected users × user value × degree of negative impact, all non-negative."""
    _non_negative(affected_users, "affected_users")
    _non_negative(user_value, "user_value")
    _non_negative(negative_impact, "negative_impact")
    return affected_users * user_value * negative_impact


class ScoreKind(StrEnum):
    """Which score a ranking sorts by."""

    RISK_COST = "risk_cost"
    USER_IMPACT = "user_impact"


@dataclass(frozen=True, slots=True)
class RiskScoreInput:
    """One risk's factors for both formulas; ``key`` identifies it to the caller."""

    key: str
    impact_scope: float = 0.0
    recovery_cost: float = 0.0
    probability: float = 0.0
    affected_users: float = 0.0
    user_value: float = 0.0
    negative_impact: float = 0.0

    def score(self, kind: ScoreKind) -> float:
        """This risk's score of ``kind`` (validated)."""
        if kind == ScoreKind.RISK_COST:
            return risk_cost(self.impact_scope, self.recovery_cost, self.probability)
        return user_impact_index(self.affected_users, self.user_value, self.negative_impact)


def rank(risks: Iterable[RiskScoreInput], kind: ScoreKind) -> list[tuple[RiskScoreInput, float]]:
    """Risks with their score of ``kind``, highest first; ties keep the given order."""
    scored = [(risk, risk.score(kind)) for risk in risks]
    # sorted() is stable, so equal scores stay in the caller's order.
    return sorted(scored, key=lambda pair: pair[1], reverse=True)
