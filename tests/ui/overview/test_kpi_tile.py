"""KPI tiles show value, target and a state readable without colour."""

from __future__ import annotations

from controllers.overview.overview_controller import KpiFigure
from models.kpi_state import KpiState, kpi_state
from models.records import Direction, Kpi
from ui.overview.kpi_tile import KpiTile

GMV = Kpi(1, 1, "gmv", "全品类GMV", "GMV", "CNY", 2e8, Direction.HIGHER_IS_BETTER, 1.8e8, 1.5e8)
RETURNS = Kpi(2, 1, "ret", "退货率", "Return rate", "%", 15, Direction.LOWER_IS_BETTER, 15, 18)


def test_state_follows_thresholds_in_both_directions():
    assert kpi_state(GMV, 1.9e8) is KpiState.OK
    assert kpi_state(GMV, 1.6e8) is KpiState.WARNING
    assert kpi_state(GMV, 1.0e8) is KpiState.CRITICAL
    assert kpi_state(RETURNS, 12) is KpiState.OK
    assert kpi_state(RETURNS, 16) is KpiState.WARNING
    assert kpi_state(RETURNS, 25) is KpiState.CRITICAL
    assert kpi_state(RETURNS, None) is KpiState.UNKNOWN


def test_tile_shows_value_target_and_symbol(qtbot):
    tile = KpiTile()
    qtbot.addWidget(tile)
    tile.show_figure(KpiFigure(GMV, 1.0e8, kpi_state(GMV, 1.0e8)))
    assert tile.value_label.text() == "¥100.0M"
    assert tile.target_label.text() == "target ≥ ¥200.0M"
    assert tile.name_label.text().startswith("✖")
    tile.show_figure(KpiFigure(RETURNS, 12.5, kpi_state(RETURNS, 12.5)))
    assert tile.name_label.text().startswith("●")
    assert tile.target_label.text() == "target ≤ 15.0%"
