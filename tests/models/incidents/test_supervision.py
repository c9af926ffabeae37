"""Supervision (督办) figures per department, the total row and worst-first order."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from models.errors import ValidationError
from models.incidents.supervision import (
    ActionDeadline,
    SupervisedTicket,
    SupervisionRow,
    supervise,
)

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 11, 1, 0, tzinfo=TZ)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 11, hour, minute, tzinfo=TZ)


def ticket(
    dep: str | None, *actions: tuple[datetime, datetime | None], closed: bool = False
) -> SupervisedTicket:
    return SupervisedTicket(dep, tuple(ActionDeadline(d, done) for d, done in actions), closed)


def row_of(rows: tuple[SupervisionRow, ...], dep: str | None) -> SupervisionRow:
    return next(row for row in rows if row.department == dep)


def test_open_overdue_and_breached_counts() -> None:
    report = supervise(
        [
            # acknowledged late, resolve still missing past due: 1 overdue, 2 breached
            ticket("LOG", (at(0, 5), at(0, 10)), (at(0, 30), None)),
            # on time, resolve not yet due: nothing
            ticket("LOG", (at(0, 50), at(0, 45)), (at(2), None)),
        ],
        NOW,
    )
    log = row_of(report.rows, "LOG")
    assert (log.tickets, log.open_overdue, log.breached, log.closed) == (2, 1, 2, 0)
    assert log.due_so_far == 1 and log.closure_rate == 0.0 and log.meets_target is False


def test_closed_ticket_is_not_chased_but_late_work_still_counts() -> None:
    closed_late = ticket("TECH", (at(0, 5), at(0, 20)), (at(0, 30), at(0, 40)), closed=True)
    closed_no_times = ticket("TECH", (at(0, 5), None), closed=True)
    row = supervise([closed_late, closed_no_times], NOW).rows[0]
    assert row.open_overdue == 0
    assert row.breached == 2  # both of the late ticket's actions; missing times not blamed
    assert row.closed == 2 and row.closure_rate == 1.0 and row.meets_target is True


def test_no_items_due_is_no_data_not_full_marks() -> None:
    row = supervise([ticket("CS", (at(3), None))], NOW).rows[0]
    assert row.due_so_far == 0
    assert row.closure_rate is None and row.meets_target is None


def test_ticket_without_actions_is_not_due_until_closed() -> None:
    rows = supervise([ticket("CS"), ticket("MKT", closed=True)], NOW).rows
    assert row_of(rows, "CS").closure_rate is None
    assert row_of(rows, "MKT").closure_rate == 1.0


def test_early_closure_keeps_rate_at_most_one() -> None:
    early = ticket("FIN", (at(5), at(0, 30)), closed=True)
    due_open = ticket("FIN", (at(0, 30), at(0, 20)))  # done but ticket not yet closed
    row = supervise([early, due_open], NOW).rows[0]
    assert row.due_so_far == 2 and row.closed == 1 and row.closure_rate == 0.5


def test_deadline_exactly_now_is_due_but_not_overdue() -> None:
    row = supervise([ticket("HQ", (NOW, None))], NOW).rows[0]
    assert row.due_so_far == 1 and row.open_overdue == 0 and row.breached == 0


def test_total_row_sums_departments() -> None:
    tickets = [
        ticket("LOG", (at(0, 5), None)),
        ticket("TECH", (at(0, 5), at(0, 1)), closed=True),
        ticket(None, (at(0, 30), None)),
    ]
    report = supervise(tickets, NOW)
    total = report.total
    assert total.is_total and total.department is None
    assert (total.tickets, total.open_overdue, total.closed, total.due_so_far) == (3, 2, 1, 3)
    assert total.closure_rate == pytest.approx(1 / 3)
    assert not any(row.is_total for row in report.rows)


def test_worst_first_ordering() -> None:
    tickets = [
        ticket("OK", (at(0, 5), at(0, 1)), closed=True),  # rate 1.0, nothing overdue
        ticket("NODATA", (at(4), None)),  # no data sorts after real rates
        ticket("HALF", (at(0, 5), at(0, 1)), closed=True),
        ticket("HALF", (at(0, 5), at(0, 1))),  # rate 0.5, nothing overdue
        ticket("CHASE", (at(0, 5), None), (at(0, 6), None)),  # 2 open overdue
        ticket("ONE", (at(0, 5), None)),  # 1 open overdue
        ticket(None, (at(0, 5), None)),  # ties with ONE: unassigned after named
    ]
    order = [row.department for row in supervise(tickets, NOW).rows]
    assert order == ["CHASE", "ONE", None, "HALF", "OK", "NODATA"]


def test_empty_input_gives_empty_rows_and_no_data_total() -> None:
    report = supervise([], NOW)
    assert report.rows == () and report.total.closure_rate is None


@pytest.mark.parametrize(
    ("tickets", "now", "field"),
    [
        ([], datetime(2026, 11, 11, 1), "now"),
        ([ticket("LOG", (datetime(2026, 11, 11), None))], NOW, "due_at"),
        ([ticket("LOG", (at(0), datetime(2026, 11, 11)))], NOW, "done_at"),
    ],
)
def test_naive_times_are_refused(
    tickets: list[SupervisedTicket], now: datetime, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        supervise(tickets, now)
    assert caught.value.field == field
