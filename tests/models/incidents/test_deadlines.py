"""Per-level deadlines: defaults, validation, and a ticket's standing against them."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.errors import ValidationError
from models.incidents.deadlines import (
    DEFAULT_DEADLINES,
    LevelDeadlines,
    ack_by,
    deadline_standing,
    resolve_by,
    validate_deadline_table,
    validate_deadlines,
)
from models.incidents.workflow import IncidentLevel

TZ = ZoneInfo("Asia/Shanghai")
OPENED = datetime(2026, 11, 10, 19, 56, tzinfo=TZ)
URGENT = DEFAULT_DEADLINES[IncidentLevel.URGENT]
MIN = timedelta(minutes=1)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 10, hour, minute, second, tzinfo=TZ)


def test_default_deadlines_match_the_plan():
    assert {lv: (d.acknowledge, d.resolve) for lv, d in DEFAULT_DEADLINES.items()} == {
        IncidentLevel.URGENT: (timedelta(minutes=5), timedelta(minutes=30)),
        IncidentLevel.KEY: (timedelta(minutes=15), timedelta(hours=2)),
        IncidentLevel.GENERAL: (timedelta(hours=1), timedelta(hours=24)),
    }
    validate_deadline_table(DEFAULT_DEADLINES)


@pytest.mark.parametrize("bad", [timedelta(0), -MIN])
@pytest.mark.parametrize("field", ["acknowledge", "resolve"])
def test_non_positive_deadline_is_refused_naming_level_and_field(bad, field):
    values = {"acknowledge": MIN, "resolve": MIN * 10, field: bad}
    with pytest.raises(ValidationError) as caught:
        validate_deadlines(LevelDeadlines(IncidentLevel.KEY, **values))
    assert caught.value.field == field
    assert str(caught.value).startswith(f"The {field} deadline of level key must be positive")


def test_acknowledge_after_resolve_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_deadlines(LevelDeadlines(IncidentLevel.URGENT, MIN * 31, MIN * 30))
    assert caught.value.field == "acknowledge"
    assert str(caught.value) == (
        "The acknowledge deadline of level urgent (0:31:00) must not be later than its"
        " resolve deadline (0:30:00)."
    )


def test_equal_acknowledge_and_resolve_deadlines_are_allowed():
    validate_deadlines(LevelDeadlines(IncidentLevel.GENERAL, MIN, MIN))


def test_table_missing_or_misfiled_level_is_refused():
    partial = dict(DEFAULT_DEADLINES)
    del partial[IncidentLevel.KEY]
    with pytest.raises(ValidationError, match="Level key has no deadlines") as caught:
        validate_deadline_table(partial)
    assert caught.value.field == "level"
    misfiled = {**DEFAULT_DEADLINES, IncidentLevel.KEY: URGENT}
    with pytest.raises(ValidationError, match="filed under level key are for level urgent"):
        validate_deadline_table(misfiled)
    broken = {**DEFAULT_DEADLINES, IncidentLevel.KEY: LevelDeadlines(IncidentLevel.KEY, MIN, -MIN)}
    with pytest.raises(ValidationError, match="resolve deadline of level key"):
        validate_deadline_table(broken)


def test_ack_and_resolve_by_run_from_opening():
    assert ack_by(OPENED, URGENT) == at(20, 1)
    assert resolve_by(OPENED, URGENT) == at(20, 26)


def test_open_ticket_before_its_deadlines():
    standing = deadline_standing(OPENED, URGENT, at(19, 58))
    assert (standing.ack_by, standing.resolve_by) == (at(20, 1), at(20, 26))
    assert standing.ack_left == 3 * MIN
    assert standing.resolve_left == 28 * MIN
    assert not standing.ack_breached and not standing.resolve_breached


def test_exactly_at_the_deadline_an_unacknowledged_ticket_is_breached():
    standing = deadline_standing(OPENED, URGENT, at(20, 1))
    assert standing.ack_left == timedelta(0)
    assert standing.ack_breached
    just_before = deadline_standing(OPENED, URGENT, at(20, 1) - timedelta(microseconds=1))
    assert not just_before.ack_breached


def test_acknowledging_exactly_at_the_deadline_is_on_time():
    standing = deadline_standing(OPENED, URGENT, at(21, 0), acknowledged_at=at(20, 1))
    assert standing.ack_left is None and not standing.ack_breached
    late = deadline_standing(OPENED, URGENT, at(21, 0), acknowledged_at=at(20, 1, 1))
    assert late.ack_breached


def test_overdue_time_left_is_negative():
    standing = deadline_standing(OPENED, URGENT, at(20, 30), acknowledged_at=at(19, 57))
    assert standing.resolve_left == -4 * MIN
    assert standing.resolve_breached and not standing.ack_breached


def test_resolution_stops_both_clocks():
    standing = deadline_standing(OPENED, URGENT, at(23, 0), resolved_at=at(20, 0))
    assert standing.ack_left is None and standing.resolve_left is None
    assert not standing.ack_breached and not standing.resolve_breached
    late = deadline_standing(OPENED, URGENT, at(23, 0), resolved_at=at(20, 26, 1))
    assert late.resolve_breached and late.ack_breached


def test_other_timezones_compare_as_instants():
    utc_now = datetime(2026, 11, 10, 12, 0, tzinfo=ZoneInfo("UTC"))  # 20:00 in Shanghai
    assert deadline_standing(OPENED, URGENT, utc_now).ack_left == MIN


@pytest.mark.parametrize("field", ["now", "opened_at", "acknowledged_at", "resolved_at"])
def test_naive_instants_are_refused(field):
    naive = datetime(2026, 11, 10, 20, 0)
    kwargs = {"opened_at": OPENED, "now": at(20, 0), "acknowledged_at": None, "resolved_at": None}
    kwargs[field] = naive
    with pytest.raises(ValidationError, match=f"The {field} time must carry a timezone") as caught:
        deadline_standing(deadlines=URGENT, **kwargs)
    assert caught.value.field == field
