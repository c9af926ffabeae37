"""Figures for the war-room overview and the department panels, computed in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot

from controllers.campaign_controller import CampaignController, PhaseStatus
from controllers.settings import Settings

if TYPE_CHECKING:
    from controllers.metrics.metrics_controller import MetricsController
from models.kpi_state import KpiState, kpi_state
from models.plan.progress import UnitProgress, is_lagging, is_overdue, unit_progress
from models.records import (
    Department,
    Incident,
    Kpi,
    Milestone,
    Person,
    RaciActivity,
    RaciLetter,
    Task,
)


@dataclass(frozen=True, slots=True)
class KpiFigure:
    kpi: Kpi
    value: float | None
    state: KpiState
    # Live extras (metrics): recent values for a sparkline, trend -1/0/+1, the level of an
    # open alert on the KPI's metric, and for cumulative figures the end-of-day projection
    # the state is judged on.
    history: tuple[float, ...] = ()
    trend: int = 0
    alert_level: str | None = None
    projected: float | None = None


@dataclass(frozen=True, slots=True)
class GateFigure:
    milestone: Milestone
    ready: int
    total: int

    @property
    def signed(self) -> bool:
        return self.milestone.signed_off_at is not None


@dataclass(frozen=True, slots=True)
class DepartmentFigure:
    department: Department
    progress: UnitProgress
    open_incidents: int
    planned_cents: int
    executed_cents: int
    lagging_tasks: list[Task] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Responsibility:
    """One RACI cell: ``person`` is ``letter`` for ``activity``."""

    letter: RaciLetter
    activity: RaciActivity
    person: Person


@dataclass(frozen=True, slots=True)
class OverviewSnapshot:
    """Everything the overview shows, as plain data."""

    seconds_to_dday: float
    phase: PhaseStatus
    campaign_progress: UnitProgress
    kpis: list[KpiFigure]
    gates: list[GateFigure]
    departments: list[DepartmentFigure]
    open_incidents: list[Incident]
    tasks: list[Task]

    def department(self, code: str) -> DepartmentFigure:
        for figure in self.departments:
            if figure.department.code == code:
                return figure
        raise KeyError(code)


class OverviewController(QObject):
    """Computes ``OverviewSnapshot``s; coalesces change signals into one refresh.

    Signals:
        overview_changed(): data behind the overview changed; call ``snapshot()`` again.
        kpis_changed(): live KPI values changed; call ``kpi_figures()`` (tiles only).
    """

    overview_changed = Signal()
    kpis_changed = Signal()

    def __init__(
        self, campaign: CampaignController, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._settings = settings
        self._live: MetricsController | None = None
        # One snapshot per change: the overview and every department room read the same one.
        self._snapshot: OverviewSnapshot | None = None
        # Live samples arrive every second; tiles need not repaint more often than this.
        self._kpi_throttle = QTimer(self, singleShot=True, interval=500)
        self._kpi_throttle.timeout.connect(self.kpis_changed)
        # Bursts of change signals (a bulk edit, an import) become one recomputation.
        self._coalesce = QTimer(self, singleShot=True, interval=50)
        self._coalesce.timeout.connect(self.overview_changed)
        campaign.campaign_changed.connect(self._on_data_changed)
        # A safety net for figures that change without a signal (time passing, other seats).
        self.refresh_timer = QTimer(self, interval=settings.value("refresh/interval_ms"))
        self.refresh_timer.timeout.connect(self.refresh_now)
        self.refresh_timer.start()

    @Slot()
    def _on_data_changed(self, *_args: object) -> None:
        self._snapshot = None
        self._coalesce.start()

    @Slot()
    def refresh_now(self) -> None:
        """Recompute from the store and tell the views (timer tick, settings, backfill)."""
        self._snapshot = None
        self.overview_changed.emit()

    def watch(self, signal: SignalInstance) -> None:
        """Refresh the overview whenever ``signal`` (an area's change-set signal) fires."""
        signal.connect(self._on_data_changed)

    def snapshot(self) -> OverviewSnapshot:
        """The figures as of the last change signal (computed once, shared by all views)."""
        if self._snapshot is None:
            self._snapshot = self._compute_snapshot()
        return self._snapshot

    def _compute_snapshot(self) -> OverviewSnapshot:
        store = self._campaign.store
        campaign_id = self._campaign.campaign_id
        today = self._campaign.today()
        margin = self._settings.value("plan/lag_margin")
        tasks = store.plan.tasks(campaign_id)
        incidents = store.incidents.incidents(campaign_id, open_only=True)
        lines = store.budget.lines(campaign_id)
        departments = []
        for department in self._campaign.departments():
            own = [t for t in tasks if t.department_id == department.id]
            own_lines = [line for line in lines if line.department_id == department.id]
            lagging = [t for t in own if is_lagging(t, today, margin) or is_overdue(t, today)]
            departments.append(
                DepartmentFigure(
                    department,
                    unit_progress(own, today, margin),
                    sum(1 for i in incidents if i.department_id == department.id),
                    sum(line.planned_cents for line in own_lines),
                    sum(line.executed_cents for line in own_lines),
                    sorted(lagging, key=lambda t: t.due_date),
                )
            )
        return OverviewSnapshot(
            self._campaign.seconds_to_dday(),
            self._campaign.phase_status(),
            unit_progress(tasks, today, margin),
            self._kpi_figures(campaign_id),
            self._gate_figures(campaign_id, tasks),
            departments,
            incidents,
            tasks,
        )

    def responsibilities(self, department_id: int) -> list[Responsibility]:
        """RACI cells held by the department's people, in activity order."""
        store = self._campaign.store
        campaign_id = self._campaign.campaign_id
        people = {p.id: p for p in self._campaign.people() if p.department_id == department_id}
        activities = {a.id: a for a in store.raci.activities(campaign_id)}
        cells = [
            Responsibility(a.letter, activities[a.activity_id], people[a.person_id])
            for a in store.raci.assignments(campaign_id)
            if a.person_id in people
        ]
        order = {activity_id: index for index, activity_id in enumerate(activities)}
        return sorted(
            cells, key=lambda c: (order[c.activity.id], c.letter != RaciLetter.ACCOUNTABLE)
        )

    def watch_live(self, live: MetricsController) -> None:
        """Take KPI values from live metrics; their arrival refreshes the tiles only."""
        self._live = live
        live.samples_added.connect(self._on_live_changed)
        live.alerts_changed.connect(self._on_live_changed)

    @Slot()
    def _on_live_changed(self, *_args: object) -> None:
        if not self._kpi_throttle.isActive():
            self._kpi_throttle.start()

    def kpi_figures(self) -> list[KpiFigure]:
        """The KPI figures alone (cheap; for the tiles' live refresh)."""
        return self._kpi_figures(self._campaign.campaign_id)

    def _kpi_figures(self, campaign_id: int) -> list[KpiFigure]:
        metrics = self._campaign.store.metrics
        figures = []
        for kpi in metrics.kpis(campaign_id):
            live = self._live.live_kpi(kpi) if self._live is not None else None
            if live is not None:
                state = kpi_state(kpi, live.judged)
                figures.append(
                    KpiFigure(kpi, live.value, state, live.history, live.trend, live.alert_level,
                              live.projected)
                )  # fmt: skip
                continue
            sample = metrics.latest_sample(kpi.metric_code) if kpi.metric_code else None
            value = sample.value if sample else None
            figures.append(KpiFigure(kpi, value, kpi_state(kpi, value)))
        return figures

    def _gate_figures(self, campaign_id: int, tasks: list[Task]) -> list[GateFigure]:
        gates = [m for m in self._campaign.store.plan.milestones(campaign_id) if m.is_gate]
        figures = []
        for gate in gates:
            prerequisites = [t for t in tasks if t.milestone_id == gate.id]
            ready = sum(1 for t in prerequisites if t.status.is_finished)
            figures.append(GateFigure(gate, ready, len(prerequisites)))
        return figures
