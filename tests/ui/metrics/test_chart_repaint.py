"""Charts survive many repaints (PySide6 6.12 + pyqtgraph crashed on Python 3.11) and still
show the last data they were given."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ui.plan.burnup_chart import BurnupChart
from ui.shell.theme import Theme


def _shows_colour(image, colour: str) -> bool:
    wanted = QColor(colour)
    return any(
        QColor(image.pixel(x, y)) == wanted
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_burnup_chart_repainted_hundreds_of_times(qtbot, demo_store):
    chart = BurnupChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.show()
    tasks = demo_store.plan.tasks(demo_store.campaign.current().id)
    for step in range(300):
        shown = tasks[: 20 + step % 100]
        chart.show_tasks(shown, date(2026, 10, 1 + step % 30))
        chart.repaint()
        QApplication.processEvents()
    # The planned line climbs to every task shown last; the dot is how many are finished.
    _due, planned = chart._planned.getData()
    assert planned[-1] == len(shown)
    (dot,) = chart._actual.points()
    assert dot.pos().y() == sum(1 for t in shown if t.status.is_finished)
    image = chart.grab().toImage()
    assert _shows_colour(image, Theme.colors.accent), "the planned line is not on screen"
    assert _shows_colour(image, Theme.colors.ok), "the finished-count dot is not on screen"
