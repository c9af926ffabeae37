"""Planned vs executed as grouped bars (per category or per department)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.common.plot_view import PlotView
from ui.shell.theme import Theme


class BudgetBarChart(PlotView):
    """Two bars per group: planned (accent) and executed (ok, or critical when above plan)."""

    # A class default: pyqtgraph sends a resize while the widget is still being built.
    _labels: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseEnabled(x=False, y=False)
        self.showGrid(y=True, alpha=0.15)
        self._planned = pg.BarGraphItem(x=[], height=[], width=0.38)
        self._executed = pg.BarGraphItem(x=[], height=[], width=0.38)
        self.addItem(self._planned)
        self.addItem(self._executed)
        self._legend = self.addLegend(offset=(-10, 10))
        self._legend.addItem(self._planned, "")
        self._legend.addItem(self._executed, "")
        self.restyle()

    def restyle(self) -> None:
        colors = Theme.colors
        self.setBackground(colors.panel)
        self._planned.setOpts(brush=pg.mkBrush(colors.accent), pen=pg.mkPen(None))
        self._executed.setOpts(brush=pg.mkBrush(colors.ok), pen=pg.mkPen(None))
        self.getAxis("bottom").setHeight(60)
        planned = QCoreApplication.translate("BudgetBarChart", "Planned")
        executed = QCoreApplication.translate("BudgetBarChart", "Executed")
        self.setLabel("left", QCoreApplication.translate("BudgetBarChart", "¥ million"))
        self._legend.clear()
        self._legend.addItem(self._planned, planned)
        self._legend.addItem(self._executed, executed)
        self._legend.setLabelTextColor(colors.text)

    def _apply_tick_labels(self) -> None:
        """One word a line, each line elided to its group's share of the width, so that
        neighbouring labels never run into each other on a narrow chart."""
        axis = self.getAxis("bottom")
        slot = max(axis.width(), 1) / max(len(self._labels), 1) - 4
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        ticks = []
        for index, label in enumerate(self._labels):
            lines = [
                metrics.elidedText(word, Qt.TextElideMode.ElideRight, int(slot))
                for word in label.split()
            ]
            ticks.append((index, "\n".join(lines)))
        axis.setTicks([ticks])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._labels:
            self._apply_tick_labels()

    def show_groups(self, groups: list[tuple[str, int, int]]) -> None:
        """(label, planned fen, executed fen) per group, drawn in millions of yuan."""
        colors = Theme.colors
        x = np.arange(len(groups), dtype=float)
        planned = np.array([g[1] for g in groups], dtype=float) / 1e8
        executed = np.array([g[2] for g in groups], dtype=float) / 1e8
        brushes = [pg.mkBrush(colors.critical if g[2] > g[1] else colors.ok) for g in groups]
        self._planned.setOpts(x=x - 0.2, height=planned)
        self._executed.setOpts(x=x + 0.2, height=executed, brushes=brushes, pen=pg.mkPen(None))
        self._labels = tuple(g[0] for g in groups)
        self._apply_tick_labels()
        self.setXRange(-0.7, max(len(groups) - 0.3, 0.7), padding=0)
        top = max([*planned, *executed, 1.0])
        self.setYRange(0, top * 1.15, padding=0)
