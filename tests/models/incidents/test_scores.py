"""Risk cost, user impact index, their validation and ranking."""

from __future__ import annotations

import math

import pytest

from models.errors import ValidationError
from models.incidents.scores import (
    RiskScoreInput,
    ScoreKind,
    rank,
    risk_cost,
    user_impact_index,
)


def test_risk_cost_is_the_product():
    assert risk_cost(10, 5_000, 0.2) == pytest.approx(10_000)
    assert risk_cost(10, 5_000, 0) == 0
    assert risk_cost(10, 5_000, 1) == 50_000


def test_user_impact_index_is_the_product():
    assert user_impact_index(20_000, 120, 0.5) == pytest.approx(1_200_000)


@pytest.mark.parametrize("bad", [-0.01, 1.01])
def test_probability_outside_zero_to_one_is_refused(bad):
    with pytest.raises(ValidationError) as caught:
        risk_cost(1, 1, bad)
    assert caught.value.field == "probability"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, 1, 0.5), "impact_scope"),
        ((1, -1, 0.5), "recovery_cost"),
        ((math.nan, 1, 0.5), "impact_scope"),
        ((1, math.inf, 0.5), "recovery_cost"),
    ],
)
def test_risk_cost_factors_must_be_non_negative_numbers(args, field):
    with pytest.raises(ValidationError) as caught:
        risk_cost(*args)
    assert caught.value.field == field
    assert str(caught.value) == f"The {field.replace('_', ' ')} must be a non-negative number."


@pytest.mark.parametrize(
    ("args", "field"),
    [((-1, 1, 1), "affected_users"), ((1, -1, 1), "user_value"), ((1, 1, -1), "negative_impact")],
)
def test_user_impact_factors_must_be_non_negative(args, field):
    with pytest.raises(ValidationError) as caught:
        user_impact_index(*args)
    assert caught.value.field == field


RISKS = [
    RiskScoreInput("ddos", 100, 10, 0.1, affected_users=1000, user_value=1, negative_impact=1),
    RiskScoreInput("carrier", 10, 10, 0.5, affected_users=10, user_value=1, negative_impact=1),
    RiskScoreInput("stockout", 50, 10, 0.5, affected_users=5000, user_value=2, negative_impact=1),
    RiskScoreInput("tie", 50, 10, 0.5, affected_users=0),
]


def test_rank_by_risk_cost_highest_first_ties_stable():
    ranked = rank(RISKS, ScoreKind.RISK_COST)
    assert [(r.key, score) for r, score in ranked] == [
        ("stockout", 250),
        ("tie", 250),
        ("ddos", pytest.approx(100)),
        ("carrier", 50),
    ]


def test_rank_by_user_impact():
    ranked = rank(RISKS, ScoreKind.USER_IMPACT)
    assert [r.key for r, _ in ranked] == ["stockout", "ddos", "carrier", "tie"]


def test_rank_refuses_an_invalid_risk():
    with pytest.raises(ValidationError, match="probability"):
        rank([RiskScoreInput("bad", 1, 1, 2)], ScoreKind.RISK_COST)
    assert rank([], ScoreKind.USER_IMPACT) == []
