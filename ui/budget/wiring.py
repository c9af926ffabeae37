"""Puts the budget board into the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controllers.budget.budget_controller import BudgetController
from controllers.campaign_controller import CampaignController
from models.records import Actor

if TYPE_CHECKING:
    from ui.budget.budget_panel import BudgetPanel
    from ui.shell.main_window import MainWindow

BUDGET_KEY = "budget"
PAGE_KEYS = (BUDGET_KEY,)


def install(
    window: MainWindow, budget: BudgetController, campaign: CampaignController, actor: Actor
) -> None:
    """Add the budget board page to ``window``."""

    def make_page() -> BudgetPanel:
        from ui.budget.budget_panel import BudgetPanel  # with the page, not at start-up

        return BudgetPanel(budget, campaign, actor)

    window.add_view(
        BUDGET_KEY, make_page, lambda: QCoreApplication.translate("MainWindow", "Budget board")
    )
