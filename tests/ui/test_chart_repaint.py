"""Charts survive many repaints (PySide6 6.12 + pyqtgraph crashed on Python 3.11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from ui.charts.burnup_chart import BurnupChart


def test_burnup_chart_repainted_hundreds_of_times(qtbot, demo_store):
    chart = BurnupChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.show()
    tasks = demo_store.plan.tasks(demo_store.campaign.current().id)
    for step in range(300):
        chart.show_tasks(tasks[: 20 + step % 100], date(2026, 10, 1 + step % 30))
        chart.repaint()
        QApplication.processEvents()
    image = chart.grab().toImage()
    assert image.width() == 800
