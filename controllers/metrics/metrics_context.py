"""What the metrics controller shares with its parts (one context per controller)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SignalInstance

from controllers.campaign_controller import CampaignController
from controllers.notifier import Notifier
from models.store import Store


@dataclass(eq=False)
class MetricsContext:
    """The open campaign, the message channel and the controller's signals.

    ``batch_ready(str source name, SampleBatch)`` may be emitted from any thread: the
    controller's slot stores the batch on the GUI thread (at once when emitted there).
    ``sources_changed()`` is the controller's public signal.
    """

    campaign: CampaignController
    notifier: Notifier
    batch_ready: SignalInstance
    sources_changed: SignalInstance

    @property
    def store(self) -> Store:
        """The open campaign's store."""
        return self.campaign.store

    def now(self) -> int:
        """Campaign-clock time in epoch seconds (safe on any thread)."""
        return int(self.campaign.now().timestamp())

    def metric_codes(self) -> set[str]:
        """The codes of every metric in the catalogue."""
        return {m.code for m in self.store.metrics.metrics()}
