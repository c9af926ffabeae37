"""The whole app on live data: tiles change colour, alerts show everywhere, sources report."""

from __future__ import annotations

from datetime import timedelta

from models.kpi_state import KpiState
from ui.metrics.alerts_panel import AlertsPanel
from ui.metrics.live_chart_grid import LiveChartGrid
from ui.metrics.sources_panel import SourcesPanel


def test_overview_tiles_turn_amber_then_red_as_thresholds_are_crossed(make_app, qtbot):
    parts = make_app()
    window, metrics = parts.window, parts.metrics
    window.show()
    feed = metrics.sources.add_push_feed("test")
    now = metrics.now()
    overview = window.view_widget("overview")

    def push(value: float, at: int) -> None:
        feed.push("cs_first_response_s", value, at)
        with qtbot.waitSignal(parts.overview.kpis_changed, timeout=3000):
            metrics.sources.poll("push:test")

    def tile_state() -> KpiState:
        tile = next(t for t in overview.tiles if "CS bot response" in t.name_label.text())
        return tile.state

    push(5.0, now)
    assert tile_state() is KpiState.OK
    push(15.0, now + 1)  # above the 10 s target: amber
    assert tile_state() is KpiState.WARNING
    push(25.0, now + 2)  # beyond the 20 s critical threshold: red
    assert tile_state() is KpiState.CRITICAL


def test_an_alert_shows_in_the_list_the_status_bar_and_on_the_tile(make_app, qtbot, clock):
    parts = make_app()
    window, metrics = parts.window, parts.metrics
    window.show()
    feed = metrics.sources.add_push_feed("test")
    start = metrics.now()
    for second in range(70):
        feed.push("payment_success", 95.0, start + second)
    clock.advance(timedelta(seconds=70))
    with qtbot.waitSignal(parts.overview.kpis_changed, timeout=3000):
        metrics.sources.poll("push:test")
    alerts = window.view_widget("alerts")
    assert isinstance(alerts, AlertsPanel)
    assert alerts.model.rowCount() == 1
    assert "Payment success below 97%" in alerts.model.index(0, 2).data()
    assert "1 active alert" in window.statusBar().findChild(type(alerts.summary_label),
                                                             "alertStatus").text()  # fmt: skip
    assert "Payment success below 97%" in window.statusBar().currentMessage()
    overview = window.view_widget("overview")
    tile = next(t for t in overview.tiles if "Order processing success" in t.name_label.text())
    assert tile.alert_level == "urgent" and "⚠" in tile.name_label.text()


def test_live_views_are_registered_and_fed(make_app):
    parts = make_app()
    window, metrics = parts.window, parts.metrics
    for key in ("metrics", "alerts", "sources"):
        assert key in window.view_keys()
    metrics.sources.poll_until_current("simulator")
    grids = window.view_widget("overview").findChildren(LiveChartGrid)
    assert len(grids) == 1 and len(grids[0].charts) == 8
    assert all(len(chart.buffer) > 0 for chart in grids[0].charts)
    page = window.view_widget("metrics")
    assert len(page.charts) == len(metrics.metrics())
    tech = window.view_widget("dept-TECH").findChildren(LiveChartGrid)
    assert tech and {c.spec.code for c in tech[0].charts} >= {"qps", "payment_success"}
    sources = window.view_widget("sources")
    assert isinstance(sources, SourcesPanel)
    sources._fill()
    assert sources.table.item(0, 0).text().startswith("Simulator")
    stored = parts.store.metrics.counts()[0]  # every simulated sample was accepted and stored
    assert stored > 0
    assert sources.table.item(0, 3).text() == f"{stored:,}"
