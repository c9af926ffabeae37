"""Risk supervision (督办): per-department chasing figures against the 100% closure target.

An overdue action is chased until its ticket is closed, so the board counts, per
department at one instant: open actions past due, deadlines breached (late or still
missing), closed tickets, and the closure rate. Rows come worst first with a total row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from models.incidents.deadlines import require_aware

CLOSURE_TARGET = 1.0  # the plan's target: every supervised item closed


@dataclass(frozen=True, slots=True)
class ActionDeadline:
    """One required action of a ticket (acknowledge, resolve, a follow-up) and when done."""

    due_at: datetime
    done_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SupervisedTicket:
    """A ticket as supervision sees it; ``department`` None means not yet assigned."""

    department: str | None
    actions: tuple[ActionDeadline, ...]
    closed: bool = False


@dataclass(frozen=True, slots=True)
class SupervisionRow:
    """One department's figures (``department`` None: unassigned; see ``is_total``)."""

    department: str | None
    tickets: int
    open_overdue: int
    breached: int
    closed: int
    due_so_far: int
    is_total: bool = False

    @property
    def closure_rate(self) -> float | None:
        """Closed / due so far, or None when nothing is due yet ("no data", not 100%)."""
        # Every closed ticket counts as due (see ``_is_due``), so the rate never passes 1.
        return self.closed / self.due_so_far if self.due_so_far else None

    @property
    def meets_target(self) -> bool | None:
        """Whether the rate reaches the plan's 100% target; None without data."""
        rate = self.closure_rate
        return None if rate is None else rate >= CLOSURE_TARGET


@dataclass(frozen=True, slots=True)
class SupervisionReport:
    """Department rows worst first, and the campaign total."""

    rows: tuple[SupervisionRow, ...]
    total: SupervisionRow


def _is_due(ticket: SupervisedTicket, now: datetime) -> bool:
    # A closed ticket counts as due even if closed early; otherwise early closures would
    # raise the rate above 100%. An open ticket is due once its last deadline has passed.
    if ticket.closed:
        return True
    return bool(ticket.actions) and max(a.due_at for a in ticket.actions) <= now


def _breached(action: ActionDeadline, now: datetime) -> bool:
    if action.done_at is None:
        return now > action.due_at
    return action.done_at > action.due_at


def _check(ticket: SupervisedTicket) -> None:
    for action in ticket.actions:
        require_aware(action.due_at, "due_at")
        if action.done_at is not None:
            require_aware(action.done_at, "done_at")


def _row(department: str | None, tickets: list[SupervisedTicket], now: datetime) -> SupervisionRow:
    open_overdue = breached = 0
    for ticket in tickets:
        for action in ticket.actions:
            # A closed ticket has nothing left to chase, whatever its flags say.
            if not ticket.closed and action.done_at is None and now > action.due_at:
                open_overdue += 1
            if _breached(action, now) and not (ticket.closed and action.done_at is None):
                breached += 1
    return SupervisionRow(
        department=department,
        tickets=len(tickets),
        open_overdue=open_overdue,
        breached=breached,
        closed=sum(1 for t in tickets if t.closed),
        due_so_far=sum(1 for t in tickets if _is_due(t, now)),
    )


def _worst_first(row: SupervisionRow) -> tuple[int, float, int, int, str]:
    # Open overdue actions are what the commander must chase now, so they rank first; then
    # the lowest closure rate (no data sorts after every real rate), then breaches.
    rate = row.closure_rate
    return (
        -row.open_overdue,
        rate if rate is not None else 2.0,
        -row.breached,
        row.department is None,  # unassigned after named departments on a tie
        row.department or "",
    )


def supervise(tickets: Iterable[SupervisedTicket], now: datetime) -> SupervisionReport:
    """Per-department supervision figures at ``now``, worst first, with a total row.

    Times must carry a timezone. A ticket closed without recording an action's time is not
    counted as breached for that action: closing shows it was done, and guessing "late"
    would blame the department for missing data.
    """
    require_aware(now, "now")
    groups: dict[str | None, list[SupervisedTicket]] = {}
    everything: list[SupervisedTicket] = []
    for ticket in tickets:
        _check(ticket)
        groups.setdefault(ticket.department, []).append(ticket)
        everything.append(ticket)
    rows = sorted((_row(dep, items, now) for dep, items in groups.items()), key=_worst_first)
    total = replace(_row(None, everything, now), is_total=True)
    return SupervisionReport(rows=tuple(rows), total=total)
