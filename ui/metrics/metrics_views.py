"""Puts the live-metrics views into the window: overview charts, department charts,
the metrics, alerts and sources pages, and the status-bar alert line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from controllers.metrics.metrics_controller import MetricsController
from models.records import Actor
from ui.metrics.alerts_panel import AlertAnnouncer, AlertsPanel
from ui.metrics.chart_specs import OVERVIEW_CHARTS, department_codes
from ui.metrics.live_chart_grid import LiveChartGrid
from ui.metrics.sources_panel import SourcesPanel


def overview_charts(metrics: MetricsController) -> LiveChartGrid:
    """The eight live charts of the war-room overview (4 x 2)."""
    # No header row here: the overview is tight at 1080 p; the metrics page has the picker.
    return LiveChartGrid(metrics, OVERVIEW_CHARTS, columns=4, span=6 * 3600, show_header=False)


def department_charts(
    metrics: MetricsController, code: str, department_id: int | None
) -> QWidget | None:
    """One row of live charts for a department's own metrics (None when it has none)."""
    codes = department_codes(code, department_id, metrics.metrics(), metrics.kpis())
    if not codes:
        return None
    grid = LiveChartGrid(metrics, codes[:4], columns=min(4, len(codes)), span=6 * 3600)
    grid.setMinimumHeight(230)
    return grid


def metrics_page(metrics: MetricsController) -> LiveChartGrid:
    """Every metric of the catalogue, larger, with the span picker."""
    codes = [m.code for m in metrics.metrics()]
    page = LiveChartGrid(metrics, codes, columns=4, span=6 * 3600)
    page.setObjectName("metrics_page")
    page.setContentsMargins(12, 12, 12, 12)
    return page


def view_titles() -> dict[str, object]:
    return {
        "metrics": lambda: QCoreApplication.translate("MainWindow", "Live metrics"),
        "alerts": lambda: QCoreApplication.translate("MainWindow", "Metric alerts"),
        "sources": lambda: QCoreApplication.translate("MainWindow", "Live sources"),
    }


def pages(metrics: MetricsController, actor: Actor) -> dict[str, QWidget]:
    return {
        "metrics": metrics_page(metrics),
        "alerts": AlertsPanel(metrics, actor),
        "sources": SourcesPanel(metrics, actor),
    }


__all__ = ["AlertAnnouncer", "department_charts", "overview_charts", "pages", "view_titles"]
