"""What the budget controller shares with its parts (one context per controller)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from controllers.campaign_controller import CampaignController
from controllers.notifier import Notifier
from models.records import BudgetAdjustment
from models.store import Store


@dataclass(eq=False)
class BudgetContext:
    """The open campaign, the message channel, the undo push and the controller's signals.

    ``budget_changed``, ``adjustments_changed`` and ``deadline_alerts_changed`` are the
    budget controller's signals; parts emit them through here.
    """

    campaign: CampaignController
    notifier: Notifier
    budget_changed: SignalInstance
    adjustments_changed: SignalInstance
    deadline_alerts_changed: SignalInstance

    @property
    def store(self) -> Store:
        """The open campaign's store."""
        return self.campaign.store

    def push(self, command: QUndoCommand) -> None:
        """Run ``command`` and put it on the campaign's undo stack."""
        self.campaign.undo_stack.push(command)

    def adjustments(self) -> list[BudgetAdjustment]:
        """Every reallocation request of the campaign, decided or not."""
        return self.store.budget.adjustments(self.campaign.campaign_id)
