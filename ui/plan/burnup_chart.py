"""Campaign burn-up: tasks planned to be finished by each day vs. finished today."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from models.records import Task
from ui.common.plot_view import PlotView
from ui.shell.theme import Theme


def _timestamp(day: date) -> float:
    return datetime.combine(day, time(12), UTC).timestamp()


class BurnupChart(PlotView):
    """Planned cumulative completions (by due date) with a today line and the actual count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.showGrid(x=True, y=True, alpha=0.15)
        self._planned = self.plot([], [], stepMode=None)
        self._actual = pg.ScatterPlotItem(size=12, symbol="o")
        self.addItem(self._actual)
        self._today = pg.InfiniteLine(angle=90, movable=False)
        self.addItem(self._today)
        self.restyle()

    def restyle(self) -> None:
        colors = Theme.colors
        self.setBackground(colors.panel)
        self._planned.setPen(pg.mkPen(colors.accent, width=2))
        self._actual.setBrush(pg.mkBrush(colors.ok))
        self._actual.setPen(pg.mkPen(colors.text, width=1))
        self._today.setPen(pg.mkPen(colors.warning, width=2, style=Qt.PenStyle.DashLine))
        self.setLabel("left", QCoreApplication.translate("BurnupChart", "Tasks"))

    def show_tasks(self, tasks: list[Task], today: date) -> None:
        if not tasks:
            self._planned.setData([], [])
            self._actual.setData([], [])
            return
        due = np.sort(np.array([_timestamp(t.due_date) for t in tasks]))
        counts = np.arange(1, len(due) + 1)
        self._planned.setData(due, counts)
        finished = sum(1 for t in tasks if t.status.is_finished)
        self._actual.setData([_timestamp(today)], [finished])
        self._today.setValue(_timestamp(today))
