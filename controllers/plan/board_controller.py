"""The daily progress board (每日进度看板): per-unit figures, change since yesterday, trends.

A scheduled job snapshots the board once a day at a configurable time, so trends survive
restarts. The job runs on the scheduler's thread: it only emits a signal, and the snapshot
is written by a main-thread slot (the store belongs to the main thread).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from controllers.jobs import JobScheduler
from controllers.plan.gate_actions import GateReadiness
from controllers.plan.plan_controller import PlanController
from controllers.settings import Settings
from models.plan.plan_records import BoardSnapshot
from models.plan.progress import UnitProgress, unit_progress
from models.records import SYSTEM_ACTOR, Actor, Department

log = logging.getLogger(__name__)

SNAPSHOT_JOB_ID = "plan.board_snapshot"
TREND_DAYS = 14


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One unit's line of the board: live figures plus yesterday's and the trend."""

    department: Department
    progress: UnitProgress
    blocked: int
    next_gate: GateReadiness | None
    gate_ready: int
    gate_total: int
    previous: BoardSnapshot | None
    trend: list[BoardSnapshot] = field(default_factory=list)

    def change(self, name: str) -> int | None:
        """Today's figure minus the last snapshot before today (None without one)."""
        if self.previous is None:
            return None
        now = self.blocked if name == "blocked" else getattr(self.progress, name)
        return int(now) - int(getattr(self.previous, name))


def parse_time_of_day(text: str) -> tuple[int, int] | None:
    """``"23:50"`` → (23, 50); None for anything else."""
    try:
        hour_text, minute_text = text.strip().split(":")
        hour, minute = int(hour_text), int(minute_text)
    except ValueError:
        return None
    return (hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else None


class BoardController(QObject):
    """Computes the board from the plan and keeps its daily snapshots.

    Signals:
        board_changed(): a snapshot was taken; trends and "since yesterday" moved.
        snapshot_requested(): emitted by the scheduled job (any thread); handled on the GUI
            thread by ``_on_snapshot_requested``.
    """

    board_changed = Signal()
    snapshot_requested = Signal()

    def __init__(
        self, plan: PlanController, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._settings = settings
        self.snapshot_requested.connect(self._on_snapshot_requested)

    def rows(self) -> list[BoardRow]:
        """One row per unit: live figures, the last snapshot before today and the trend."""
        plan = self._plan
        campaign = plan.campaign
        today = plan.today()
        margin = plan.lag_margin
        tasks = plan.tasks()
        blocked = plan.blockers()
        gates = sorted(plan.gates.readiness(tasks), key=lambda g: g.gate.due_date)
        history = plan.store.plan.board_snapshots(
            campaign.campaign_id, today - timedelta(days=TREND_DAYS)
        )
        rows = []
        for department in campaign.departments():
            own = [t for t in tasks if t.department_id == department.id]
            trend = [s for s in history if s.department_id == department.id]
            before = [s for s in trend if s.day < today]
            gate, ready, total = self._next_gate(department, gates)
            rows.append(
                BoardRow(
                    department,
                    unit_progress(own, today, margin),
                    sum(1 for t in own if (t.id or 0) in blocked),
                    gate,
                    ready,
                    total,
                    before[-1] if before else None,
                    trend,
                )
            )
        return rows

    @staticmethod
    def _next_gate(
        department: Department, gates: list[GateReadiness]
    ) -> tuple[GateReadiness | None, int, int]:
        """The first unsigned gate the unit owns or feeds, and the unit's share of it."""
        for gate in gates:
            if gate.signed:
                continue
            own = [t for t in gate.prerequisites if t.department_id == department.id]
            if gate.gate.department_id == department.id or own:
                if not own:
                    return gate, gate.ready, gate.total
                ready = sum(1 for t in own if t.status.is_finished)
                return gate, ready, len(own)
        return None, 0, 0

    # -- snapshots -------------------------------------------------------------------------

    def take_snapshot(self, actor: Actor = SYSTEM_ACTOR) -> list[BoardSnapshot]:
        """Store today's board (replacing an earlier one of the same day)."""
        today = self._plan.today()
        now = self._plan.now()
        campaign_id = self._plan.campaign.campaign_id
        snapshot = [
            BoardSnapshot(
                campaign_id, today, row.department.id or 0, row.progress.total,
                row.progress.finished, row.progress.lagging, row.progress.overdue,
                row.blocked, now,
            )
            for row in self.rows()
        ]  # fmt: skip
        self._plan.store.plan.save_board_snapshot(actor, snapshot)
        self.board_changed.emit()
        return snapshot

    def snapshot_job(self) -> None:
        """The scheduled job: safe on any thread, it only asks the GUI thread to snapshot."""
        self.snapshot_requested.emit()

    @Slot()
    def _on_snapshot_requested(self) -> None:
        try:
            self.take_snapshot()
        except Exception:  # a failed snapshot must not stop the scheduler; it is logged
            log.exception("daily board snapshot failed")

    def snapshot_time(self) -> tuple[int, int]:
        """The configured (hour, minute) of the daily snapshot (23:50 if unreadable)."""
        parsed = parse_time_of_day(str(self._settings.value("plan/snapshot_time")))
        return parsed or (23, 50)

    def schedule(self, jobs: JobScheduler) -> None:
        """Register the daily job; take today's snapshot now if its time has already passed."""
        hour, minute = self.snapshot_time()
        jobs.daily(SNAPSHOT_JOB_ID, hour, minute, self.snapshot_job)
        self.catch_up()

    def catch_up(self) -> bool:
        """Snapshot now when today's time has passed and no snapshot of today exists."""
        plan = self._plan
        local = plan.now().astimezone(plan.campaign.timezone)
        hour, minute = self.snapshot_time()
        if (local.hour, local.minute) < (hour, minute):
            return False
        today = plan.today()
        existing = plan.store.plan.board_snapshots(plan.campaign.campaign_id, today)
        if any(s.day == today for s in existing):
            return False
        self.take_snapshot()
        return True

    def last_snapshot_day(self) -> date | None:
        """The day of the newest stored snapshot (None before the first)."""
        history = self._plan.store.plan.board_snapshots(self._plan.campaign.campaign_id)
        return history[-1].day if history else None
