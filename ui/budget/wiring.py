"""Puts the budget board into the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controllers.budget.budget_controller import BudgetController
from controllers.campaign_controller import CampaignController
from models.records import Actor
from ui.budget.budget_panel import BudgetPanel

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

BUDGET_KEY = "budget"
PAGE_KEYS = (BUDGET_KEY,)


def install(
    window: MainWindow, budget: BudgetController, campaign: CampaignController, actor: Actor
) -> None:
    """Add the budget board page to ``window``."""

    def make_page() -> BudgetPanel:
        return BudgetPanel(budget, campaign, actor)

    window.add_view(
        BUDGET_KEY, make_page, lambda: QCoreApplication.translate("MainWindow", "Budget board")
    )
