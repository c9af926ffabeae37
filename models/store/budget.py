"""Budget lines (planned / committed / executed, in fen) and reallocation requests."""

from __future__ import annotations

from typing import Any

from models.records import Actor, BudgetAdjustment, BudgetLine
from models.store.core import StoreCore


class BudgetRepository:
    """Budget lines per department and the adjustments moved between them."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def lines(self, campaign_id: int) -> list[BudgetLine]:
        return self._core.fetch_all(
            BudgetLine, "SELECT * FROM budget_line WHERE campaign_id = ? ORDER BY id", [campaign_id]
        )

    def add_line(self, actor: Actor, line: BudgetLine) -> int:
        return self._core.insert_record(actor, "budget_line", line)

    def update_line(self, actor: Actor, line_id: int, **changes: Any) -> dict[str, Any]:
        return self._core.update_record(actor, "budget_line", BudgetLine, line_id, changes)

    def adjustments(self, campaign_id: int) -> list[BudgetAdjustment]:
        return self._core.fetch_all(
            BudgetAdjustment,
            "SELECT * FROM budget_adjustment WHERE campaign_id = ? ORDER BY requested_at DESC",
            [campaign_id],
        )

    def add_adjustment(self, actor: Actor, adjustment: BudgetAdjustment) -> int:
        return self._core.insert_record(actor, "budget_adjustment", adjustment)
