"""Live charts: survive many repaints, follow live, pause on zoom, show values under the mouse."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ui.metrics.live_chart import ChartSpec, LiveChart
from ui.shell.theme import Theme

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = 1_794_326_400
SPEC = ChartSpec("qps", "QPS", bands=[(800_000, 950_000, "warning")],
                 lines=[(1_000_000, "critical", "capacity")], include=[0.0])  # fmt: skip


def _chart(qtbot) -> LiveChart:
    chart = LiveChart(SPEC, SHANGHAI)
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    chart.show()
    QApplication.processEvents()
    return chart


def test_chart_fed_and_repainted_hundreds_of_times_stays_alive(qtbot):
    chart = _chart(qtbot)
    chart.add_samples(np.arange(T0 - 7200, T0, dtype=np.int64), np.linspace(1e5, 5e5, 7200))
    for second in range(400):
        now = T0 + second
        chart.add_samples(np.array([now]), np.array([5e5 + 1000 * np.sin(second)]))
        chart.refresh(now)
        chart.repaint()
        QApplication.processEvents()
    image = chart.grab().toImage()
    accent = QColor(Theme.colors.accent)
    found = any(
        QColor(image.pixel(x, y)) == accent
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 2)
    )
    assert found, "the data curve is not on screen"


def test_a_refresh_without_new_data_does_not_redraw(qtbot):
    chart = _chart(qtbot)
    chart.add_samples(np.arange(T0 - 600, T0, dtype=np.int64), np.ones(600))
    assert chart.refresh(T0)
    assert not chart.refresh(T0)
    chart.add_samples(np.array([T0]), np.array([2.0]))
    assert chart.refresh(T0)


def test_curve_is_reduced_to_the_pixel_width(qtbot):
    chart = _chart(qtbot)
    chart.set_span(86_400)
    values = np.random.default_rng(0).random(86_400)
    chart.add_samples(np.arange(T0 - 86_400, T0, dtype=np.int64), values)
    chart.refresh(T0)
    x, _y = chart.curve.getData()
    assert len(x) <= 2 * chart.getPlotItem().getViewBox().width() + 4


def test_panning_pauses_follow_and_the_live_toggle_re_engages(qtbot):
    chart = _chart(qtbot)
    chart.add_samples(np.arange(T0 - 3600, T0, dtype=np.int64), np.ones(3600))
    chart.refresh(T0)
    view = chart.getPlotItem().getViewBox()
    with qtbot.waitSignal(chart.follow_changed) as paused:
        view.translateBy(x=-1800)
        view.sigRangeChangedManually.emit(view.state["mouseEnabled"])
    assert paused.args == [False] and not chart.follow
    chart.add_samples(np.array([T0 + 5]), np.array([3.0]))
    assert not chart.refresh(T0 + 5)  # paused: the view stays where the user put it
    with qtbot.waitSignal(chart.follow_changed) as resumed:
        chart.set_follow(True)
    assert resumed.args == [True]
    (_x0, x1), _ = view.viewRange()
    assert x1 >= T0 + 5


def test_crosshair_shows_time_and_value_under_the_mouse(qtbot):
    chart = _chart(qtbot)
    chart.add_samples(np.arange(T0 - 600, T0 + 1, dtype=np.int64), np.full(601, 123_456.0))
    chart.refresh(T0)
    QApplication.processEvents()  # the y range follows the data on the next layout pass
    view = chart.getPlotItem().getViewBox()
    scene_point = view.mapViewToScene(QPointF(T0 - 300, 123_456.0))
    for step in range(20):  # a burst of moves ends on the point of interest
        chart.scene().sigMouseMoved.emit(scene_point + QPointF(step - 19, 0))
    qtbot.waitUntil(chart._readout.isVisible)
    text = chart._readout.toPlainText()
    assert "23:55" in text and "123.5k" in text


def test_a_gap_in_the_data_is_drawn_as_a_break_in_the_line(qtbot):
    chart = _chart(qtbot)
    chart.set_span(3600)
    before = np.arange(T0 - 3600, T0 - 1800, dtype=np.int64)
    after = np.arange(T0 - 900, T0, dtype=np.int64)  # a quarter of an hour without data
    chart.add_samples(before, np.full(len(before), 4e5))
    chart.add_samples(after, np.full(len(after), 6e5))
    chart.refresh(T0)
    x, y = chart.curve.getData()
    holes = np.flatnonzero(~np.isfinite(y))
    assert len(holes) == 1
    assert x[holes[0] - 1] < T0 - 1800 and x[holes[0] + 1] >= T0 - 900
    # Nothing is painted in the middle of the gap (the line is not bridged).
    image = chart.grab().toImage()
    view = chart.getPlotItem().getViewBox()
    middle = view.mapViewToScene(QPointF(T0 - 1350, 5e5))
    point = chart.mapFromScene(middle)
    assert 0 <= point.x() < image.width(), "the gap's middle is off the chart"
    accent = QColor(Theme.colors.accent)
    column = [image.pixelColor(point.x(), row) for row in range(image.height())]
    assert not any(c.red() == accent.red() and c.green() == accent.green() for c in column)
