"""The daily war-room report: the figures the app already shows, gathered for one moment.

Nothing is computed here that a view does not compute the same way: KPIs and gates come
from the overview's snapshot, unit rows from the daily progress board, money from the
budget board. The report itself is plain data; ui/daily_report.py lays it out as a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSettings

from controllers.budget.budget_controller import BudgetController, BudgetSummary
from controllers.campaign_controller import CampaignController
from controllers.overview.overview_controller import OverviewController, OverviewSnapshot
from controllers.plan.board_controller import BoardController, BoardRow
from models.records import Actor, BudgetLine, Campaign, Department, Person, RiskLevel

if TYPE_CHECKING:
    from controllers.metrics.metrics_controller import MetricsController
    from models.clock import Clock
    from models.metrics.samples import Series
    from models.store import Store

# The one chart of the report: the day's GMV against the plan's curve.
CHART_METRIC = "gmv"
CHART_POINTS = 240


@dataclass(frozen=True, slots=True)
class ChartData:
    """A metric's values since the campaign day began (``day_start``, epoch seconds, the
    chart spans that day), and the plan's curve if any."""

    day_start: int
    metric_code: str
    name_zh: str
    name_en: str
    unit: str
    actual: Series
    target: Series | None


@dataclass(frozen=True, slots=True)
class DailyReport:
    """Everything the daily report prints, as of ``generated_at``."""

    campaign: Campaign
    generated_at: datetime
    timezone: ZoneInfo
    actor: Actor
    seconds_to_dday: float
    overview: OverviewSnapshot
    board: list[BoardRow]
    budget: BudgetSummary
    departments: dict[int, Department]
    people: dict[int, Person]
    risk_levels: dict[str, RiskLevel]
    chart: ChartData | None = None

    def budget_line(self, line_id: int) -> BudgetLine | None:
        return next((line for line in self.budget.lines if line.id == line_id), None)


class ReportController(QObject):
    """Gathers a ``DailyReport`` from the controllers behind the overview, board and budget."""

    def __init__(
        self,
        campaign: CampaignController,
        overview: OverviewController,
        board: BoardController,
        budget: BudgetController,
        metrics: MetricsController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._overview = overview
        self._board = board
        self._budget = budget
        self._metrics = metrics

    def today(self) -> date:
        """The campaign-local day the report covers."""
        return self._campaign.today()

    def daily_report(self, actor: Actor) -> DailyReport:
        """The report as ``actor`` would print it now (read-only: nothing is changed)."""
        campaign = self._campaign
        # Figures as of this moment (time passes without change signals); the overview on
        # screen redraws from the same snapshot, so paper and screen agree.
        self._overview.refresh_now()
        snapshot = self._overview.snapshot()
        return DailyReport(
            campaign.campaign,
            campaign.now().astimezone(campaign.timezone),
            campaign.timezone,
            actor,
            campaign.seconds_to_dday(),
            snapshot,
            self._board.rows(),
            self._budget.summary(),
            {d.id or 0: d for d in campaign.departments()},
            {p.id or 0: p for p in campaign.people()},
            {level.code: level for level in campaign.risk_levels()},
            self._chart(),
        )

    def _chart(self) -> ChartData | None:
        metrics = self._metrics
        if metrics is None:
            return None
        metric = metrics.metric(CHART_METRIC)
        if metric is None:
            return None
        now = metrics.now()
        local = self._campaign.now().astimezone(self._campaign.timezone)
        day_start = int(local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp())
        actual = metrics.window(metric.code, day_start, now, CHART_POINTS)
        if len(actual[0]) < 2:
            return None
        target = metrics.target_curve(metric.code, day_start, day_start + 86400, CHART_POINTS)
        return ChartData(
            day_start, metric.code, metric.name_zh, metric.name_en, metric.unit, actual, target
        )


def headless_report_controller(
    store: Store, clock: Clock, qsettings: QSettings | None = None, parent: QObject | None = None
) -> ReportController:
    """The controllers behind the report without a window (the ``report`` command).

    Live figures come from the simulator up to the clock, as the running app would show
    them; ``qsettings`` defaults to the user's own settings, as the window would use them.
    Everything hangs off ``parent`` (the application), so Qt ends its life.
    """
    from controllers.metrics.metrics_controller import MetricsController
    from controllers.notifier import Notifier
    from controllers.plan.plan_controller import PlanController
    from controllers.settings import APPLICATION, ORGANIZATION, Settings

    settings = Settings(qsettings or QSettings(ORGANIZATION, APPLICATION))
    campaign = CampaignController(store, clock, parent)
    notifier = Notifier(campaign)
    overview = OverviewController(campaign, settings, campaign)
    overview.refresh_timer.stop()  # one report, no refreshing
    metrics = MetricsController(campaign, settings, notifier, campaign)
    if settings.value("metrics/simulator"):
        metrics.sources.poll_until_current(
            metrics.sources.add_simulator(settings.value("metrics/simulator_seed"))
        )
    overview.watch_live(metrics)
    plan = PlanController(campaign, settings, campaign)
    board = BoardController(plan, settings, campaign)
    budget = BudgetController(campaign, notifier, campaign)
    return ReportController(campaign, overview, board, budget, metrics, campaign)
