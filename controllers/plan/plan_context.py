"""What the plan controller shares with its parts (one context per controller)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from controllers.campaign_controller import CampaignController
from controllers.plan.plan_reads import PlanReads
from controllers.plan.plan_rules import PlanRules
from controllers.settings import Settings
from models.store import Store


@dataclass(eq=False)
class PlanContext:
    """The open campaign, the edit rules, the reads, the undo push and the change signals.

    ``tasks_changed`` and ``milestones_changed`` are the controller's signals: parts report
    what a command touched through ``touched``, ``reshaped`` and ``milestones_reshaped``,
    which also drop the cached blockers.
    """

    campaign: CampaignController
    settings: Settings
    rules: PlanRules
    reads: PlanReads
    tasks_changed: SignalInstance
    milestones_changed: SignalInstance

    @property
    def store(self) -> Store:
        """The open campaign's store."""
        return self.campaign.store

    def push(self, command: QUndoCommand) -> None:
        """Run ``command`` and put it on the campaign's undo stack."""
        self.campaign.undo_stack.push(command)

    def touched(self, task_ids: list[int], milestone_ids: list[int]) -> None:
        """Fields of these tasks and milestones changed (after redo and undo alike)."""
        self.reads.forget_blockers()
        if task_ids:
            self.tasks_changed.emit([], sorted(set(task_ids)), [])
        if milestone_ids:
            self.milestones_changed.emit([], sorted(set(milestone_ids)), [])

    def reshaped(self, added: list[int], updated: list[int], removed: list[int]) -> None:
        """Tasks were added or removed (``updated``: neighbours whose links changed)."""
        self.reads.forget_blockers()
        self.tasks_changed.emit(sorted(added), sorted(updated), sorted(removed))

    def milestones_reshaped(self, added: list[int], removed: list[int], waiting: list[int]) -> None:
        """Milestones were added or removed; ``waiting`` tasks lost or regained a wait."""
        self.reads.forget_blockers()
        self.milestones_changed.emit(added, [], removed)
        if waiting:
            self.tasks_changed.emit([], sorted(waiting), [])
