"""The open campaign: its frame (departments, people, phases), the clock and the undo stack."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from models.clock import Clock
from models.records import Actor, Campaign, Department, Person, Phase, RiskLevel
from models.store import Store


@dataclass(frozen=True, slots=True)
class PhaseStatus:
    """Where the campaign stands in its phases at one instant."""

    phase: Phase | None
    percent: int
    _: KW_ONLY
    before_start: bool
    after_end: bool


class CampaignController(QObject):
    """Owns the store session for the UI: campaign frame, clock, one undo stack per database.

    Signals:
        campaign_changed(): the campaign frame was replaced (demo rebuilt, import); reload all.
    """

    campaign_changed = Signal()

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self._campaign: Campaign | None = None
        self._reload()

    def _reload(self) -> None:
        self._campaign = self.store.campaign.current()

    def reload_frame(self) -> None:
        """Re-read the campaign after its frame changed (D-day moved) and tell everyone."""
        self._reload()
        self.campaign_changed.emit()

    # -- frame ----------------------------------------------------------------

    @property
    def campaign(self) -> Campaign:
        if self._campaign is None:
            raise LookupError("the database holds no campaign")
        return self._campaign

    @property
    def database_path(self) -> Path | None:
        """The database file, or None for an in-memory store."""
        return self.store.path

    @property
    def campaign_id(self) -> int:
        return self.campaign.id or 0

    @property
    def timezone(self) -> ZoneInfo:
        return ZoneInfo(self.campaign.timezone)

    def departments(self) -> list[Department]:
        return self.store.campaign.departments(self.campaign_id)

    def department(self, code: str) -> Department:
        for department in self.departments():
            if department.code == code:
                return department
        raise KeyError(code)

    def people(self) -> list[Person]:
        return self.store.campaign.people(self.campaign_id)

    def phases(self) -> list[Phase]:
        return self.store.campaign.phases(self.campaign_id)

    def risk_levels(self) -> list[RiskLevel]:
        return self.store.campaign.risk_levels(self.campaign_id)

    # -- time -------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """The campaign-local calendar date (Asia/Shanghai for Double 11)."""
        return self.clock.now().astimezone(self.timezone).date()

    def seconds_to_dday(self) -> float:
        """Positive before D-day 00:00, negative after."""
        return (self.campaign.dday - self.clock.now()).total_seconds()

    def phase_status(self) -> PhaseStatus:
        phases = self.phases()
        today = self.today()
        if not phases:
            return PhaseStatus(None, 0, before_start=True, after_end=False)
        if today < phases[0].start_date:
            return PhaseStatus(phases[0], 0, before_start=True, after_end=False)
        for phase in phases:
            if phase.start_date <= today <= phase.end_date:
                span = (phase.end_date - phase.start_date).days + 1
                done = (today - phase.start_date).days + 1
                return PhaseStatus(
                    phase, round(100 * done / span), before_start=False, after_end=False
                )
        return PhaseStatus(phases[-1], 100, before_start=False, after_end=True)

    # -- actions ----------------------------------------------------------------

    def rebuild_demo(self, actor: Actor) -> int:
        """Replace everything with the demo campaign (the caller asked the user first)."""
        from models.demo.builder import build_demo  # only on request: not at start-up

        with self.store.atomic():
            self.store.campaign.delete_all(actor)
            campaign_id = build_demo(self.store, actor)
        self.undo_stack.clear()
        self._reload()
        self.campaign_changed.emit()
        return campaign_id
