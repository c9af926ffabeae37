"""The base of every chart: a pyqtgraph plot whose Qt objects all die with the widget."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget


class PlotView(pg.PlotWidget):
    """A ``PlotWidget`` without pyqtgraph's context menus and with no parentless Qt objects.

    pyqtgraph builds a view-box menu, a "Plot Options" menu and a state group as parentless
    objects that only Python references. They ended up in reference cycles and were destroyed
    by the garbage collector at some random later moment, running Qt destructors in the middle
    of unrelated work, which is how a test run once crashed. The view-box menu is never built
    here (its English-only entries do not belong in the app anyway) and the other two are
    handed to the widget, so Qt deletes them together with it.
    """

    def __init__(self, parent: QWidget | None = None, **plot_options: Any) -> None:
        super().__init__(parent, enableMenu=False, **plot_options)
        item = self.getPlotItem()
        item.hideButtons()
        menu = item.ctrlMenu
        menu.setParent(self, menu.windowFlags())
        item.stateGroup.setParent(self)
