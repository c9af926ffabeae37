"""Puts the live-metrics views into the window: overview charts, department charts,
the metrics, alerts and sources pages, and the status-bar alert line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controllers.metrics.metrics_controller import MetricsController
from models.records import Actor, Department
from ui.metrics.alerts_panel import AlertAnnouncer, AlertsPanel
from ui.metrics.chart_specs import OVERVIEW_CHARTS, department_codes
from ui.metrics.live_chart_grid import LiveChartGrid

if TYPE_CHECKING:
    from ui.metrics.sources_panel import SourcesPanel
    from ui.overview.department_panel import DepartmentPanel
    from ui.overview.overview_panel import OverviewPanel
    from ui.overview.wiring import OverviewViews
    from ui.shell.main_window import MainWindow

METRICS_KEY = "metrics"
ALERTS_KEY = "alerts"
SOURCES_KEY = "sources"
PAGE_KEYS = (METRICS_KEY, ALERTS_KEY, SOURCES_KEY)
CHART_SPAN_S = 6 * 3600


class MetricsPages:
    """Makes each live-metrics page with one factory; adds live charts to other pages."""

    def __init__(self, metrics: MetricsController, actor: Actor) -> None:
        self._metrics = metrics
        self._actor = actor

    def add_overview_charts(self, panel: OverviewPanel) -> None:
        """Overview contributor: the eight live charts (4 x 2) beside the burn-up."""
        # No header row here: the overview is tight at 1080 p; the metrics page has the picker.
        charts = LiveChartGrid(
            self._metrics, OVERVIEW_CHARTS, columns=4, span=CHART_SPAN_S, show_header=False
        )
        panel.add_chart(charts, 0, 1)
        # Live charts get most of the width; the burn-up keeps a quarter.
        panel.charts_grid.setColumnStretch(0, 1)
        panel.charts_grid.setColumnStretch(1, 3)

    def add_room_charts(self, room: DepartmentPanel, department: Department) -> None:
        """Room contributor: one row of charts of the unit's own metrics, if it has any."""
        metrics = self._metrics
        codes = department_codes(department.code, department.id, metrics.metrics(), metrics.kpis())
        if not codes:
            return
        grid = LiveChartGrid(metrics, codes[:4], columns=min(4, len(codes)), span=CHART_SPAN_S)
        grid.setMinimumHeight(230)
        room.add_chart(grid)

    def make_metrics_page(self) -> LiveChartGrid:
        """Every metric of the catalogue, larger, with the span picker."""
        codes = [m.code for m in self._metrics.metrics()]
        page = LiveChartGrid(self._metrics, codes, columns=4, span=CHART_SPAN_S)
        page.setObjectName("metrics_page")
        page.setContentsMargins(12, 12, 12, 12)
        return page

    def make_alerts_page(self) -> AlertsPanel:
        """Alerts, active ones first, and the alert rules."""
        return AlertsPanel(self._metrics, self._actor)

    def make_sources_page(self) -> SourcesPanel:
        """The live sources and their health."""
        from ui.metrics.sources_panel import SourcesPanel  # with the page, not at start-up

        return SourcesPanel(self._metrics, self._actor)


def install(
    window: MainWindow, metrics: MetricsController, overview: OverviewViews, actor: Actor
) -> MetricsPages:
    """Add live charts to the overview and the rooms, the metrics pages and the alert line."""
    pages = MetricsPages(metrics, actor)
    overview.page.add_contributor(pages.add_overview_charts)
    overview.rooms.add_contributor(pages.add_room_charts)
    window.add_view(
        METRICS_KEY,
        pages.make_metrics_page,
        lambda: QCoreApplication.translate("MainWindow", "Live metrics"),
        on_wall=True,
    )
    window.add_view(
        ALERTS_KEY,
        pages.make_alerts_page,
        lambda: QCoreApplication.translate("MainWindow", "Metric alerts"),
    )
    window.add_view(
        SOURCES_KEY,
        pages.make_sources_page,
        lambda: QCoreApplication.translate("MainWindow", "Live sources"),
    )
    AlertAnnouncer(metrics, window.statusBar(), window)
    return pages
