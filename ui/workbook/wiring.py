"""Puts the workbook export and import actions at the top of the window's File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from controllers.campaign_controller import CampaignController
from controllers.workbook.excel_controller import ExcelController
from models.records import Actor
from ui.workbook.workbook_actions import WorkbookActions

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


def install(
    window: MainWindow, excel: ExcelController, campaign: CampaignController, actor: Actor
) -> WorkbookActions:
    """Create the File-menu actions (owned by ``window``) and return them."""
    actions = WorkbookActions(window, excel, campaign, actor)
    actions.install(window.file_menu)
    return actions
