"""Budget lines (planned / committed / executed, in fen) and reallocation requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.budget import (
    ReallocationProblem,
    ReallocationRefused,
    check_reallocation,
    held_by_pending,
)
from models.records import Actor, AdjustmentStatus, BudgetAdjustment, BudgetLine
from models.store.record_access import RecordAccess


class BudgetRepository:
    """Budget lines per department and the adjustments moved between them."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records
        self._db = records.db

    # -- lines ---------------------------------------------------------------------------

    def lines(self, campaign_id: int) -> list[BudgetLine]:
        """The campaign's budget lines in id order."""
        return self._records.fetch_all(
            BudgetLine, "SELECT * FROM budget_line WHERE campaign_id = ? ORDER BY id", [campaign_id]
        )

    def line(self, line_id: int) -> BudgetLine:
        """One line; ``KeyError`` when it does not exist."""
        return self._records.get_record("budget_line", BudgetLine, line_id)

    def add_line(self, actor: Actor, line: BudgetLine) -> int:
        """Store a line (keeping its id when set); returns its id."""
        return self._records.insert_record(actor, "budget_line", line)

    def update_line(self, actor: Actor, line_id: int, **changes: Any) -> dict[str, Any]:
        """Change line fields; returns their previous values."""
        return self._records.update_record(actor, "budget_line", BudgetLine, line_id, changes)

    def delete_line(self, actor: Actor, line_id: int) -> BudgetLine:
        """Delete a line without reallocation history; returns it for undo."""
        used = self._db.scalar(
            "SELECT COUNT(*) FROM budget_adjustment WHERE from_line_id = ? OR to_line_id = ?",
            [line_id, line_id],
        )
        if used:
            raise ReallocationRefused(ReallocationProblem.LINE_IN_USE, f"line {line_id}")
        return self._records.delete_record(actor, "budget_line", BudgetLine, line_id)

    # -- adjustments ----------------------------------------------------------------------

    def adjustments(self, campaign_id: int) -> list[BudgetAdjustment]:
        """The campaign's reallocation requests, newest first."""
        return self._records.fetch_all(
            BudgetAdjustment,
            "SELECT * FROM budget_adjustment WHERE campaign_id = ? ORDER BY requested_at DESC, id",
            [campaign_id],
        )

    def adjustment(self, adjustment_id: int) -> BudgetAdjustment:
        """One request; ``KeyError`` when it does not exist."""
        return self._records.get_record("budget_adjustment", BudgetAdjustment, adjustment_id)

    def add_adjustment(self, actor: Actor, adjustment: BudgetAdjustment) -> int:
        """Store a request as it is (keeping its id when set); returns its id."""
        return self._records.insert_record(actor, "budget_adjustment", adjustment)

    def delete_adjustment(self, actor: Actor, adjustment_id: int) -> BudgetAdjustment:
        """Withdraw a request (undo of a request); only pending ones may go."""
        adjustment = self.adjustment(adjustment_id)
        if adjustment.status is not AdjustmentStatus.PENDING:
            raise ReallocationRefused(ReallocationProblem.NOT_PENDING)
        return self._records.delete_record(
            actor, "budget_adjustment", BudgetAdjustment, adjustment_id
        )

    def request_adjustment(self, actor: Actor, adjustment: BudgetAdjustment) -> int:
        """Validate against the lines as they are now, then record the pending request."""
        with self._records.atomic():
            source = self.line(adjustment.from_line_id)
            target = self.line(adjustment.to_line_id)
            held = held_by_pending(self.adjustments(adjustment.campaign_id), source.id or 0)
            problem = check_reallocation(
                source, target, adjustment.amount_cents, adjustment.reason, held
            )
            if problem is not None:
                raise ReallocationRefused(problem)
            return self.add_adjustment(actor, adjustment)

    def decide(
        self, actor: Actor, adjustment_id: int, *, approve: bool, decided_at: datetime
    ) -> BudgetAdjustment:
        """Approve (moving the planned money between the lines) or reject a pending request.

        One transaction: the status change and both line updates are audited together, so a
        failure leaves nothing half-moved. Returns the request as it was before.
        """
        with self._records.atomic():
            before = self.adjustment(adjustment_id)
            if before.status is not AdjustmentStatus.PENDING:
                raise ReallocationRefused(ReallocationProblem.NOT_PENDING)
            if approve:
                source = self.line(before.from_line_id)
                target = self.line(before.to_line_id)
                others = [a for a in self.adjustments(before.campaign_id) if a.id != before.id]
                held = held_by_pending(others, source.id or 0)
                problem = check_reallocation(
                    source, target, before.amount_cents, before.reason or "-", held
                )
                if problem is not None:
                    raise ReallocationRefused(problem)
                self._move(actor, source, target, before.amount_cents)
            status = AdjustmentStatus.APPROVED if approve else AdjustmentStatus.REJECTED
            self._records.update_record(
                actor, "budget_adjustment", BudgetAdjustment, adjustment_id,
                {"status": status, "decided_by": actor.name, "decided_at": decided_at},
            )  # fmt: skip
        return before

    def undo_decision(self, actor: Actor, adjustment_id: int) -> None:
        """Put a decided request back to pending, moving approved money back."""
        with self._records.atomic():
            decided = self.adjustment(adjustment_id)
            if decided.status is AdjustmentStatus.APPROVED:
                source = self.line(decided.to_line_id)
                target = self.line(decided.from_line_id)
                self._move(actor, source, target, decided.amount_cents)
            self._records.update_record(
                actor, "budget_adjustment", BudgetAdjustment, adjustment_id,
                {"status": AdjustmentStatus.PENDING, "decided_by": None, "decided_at": None},
            )  # fmt: skip

    def _move(self, actor: Actor, source: BudgetLine, target: BudgetLine, amount: int) -> None:
        self.update_line(actor, source.id or 0, planned_cents=source.planned_cents - amount)
        self.update_line(actor, target.id or 0, planned_cents=target.planned_cents + amount)
