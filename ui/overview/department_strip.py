"""One horizontal strip per department on the overview: progress, lagging, incidents, spend."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

from controllers.overview.overview_controller import DepartmentFigure
from models.tables.labels import localized
from ui.shell.theme import Theme


class DepartmentStrip(QFrame):
    """Clickable summary of one unit.

    Signals:
        open_requested(str code): the user clicked the strip to open the department panel.
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._code = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        self.swatch = QLabel(self)
        self.swatch.setFixedSize(6, 28)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("sectionTitle")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(80)
        self.counts_label = QLabel(self)
        self.lagging_label = QLabel(self)
        self.incidents_label = QLabel(self)
        self.budget_label = QLabel(self)
        self.budget_label.setObjectName("muted")
        for widget in (self.swatch, self.name_label, self.progress, self.counts_label,
                       self.lagging_label, self.incidents_label, self.budget_label):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_figure(self, figure: DepartmentFigure) -> None:
        department = figure.department
        progress = figure.progress
        colors = Theme.colors
        self._code = department.code
        self.swatch.setStyleSheet(f"background: {department.color}; border-radius: 3px;")
        self.name_label.setText(localized(department.name_zh, department.name_en))
        # Wide enough for the whole name in the current language and font.
        metrics = self.name_label.fontMetrics()
        self.name_label.setMinimumWidth(metrics.horizontalAdvance(self.name_label.text()) + 4)
        self.progress.setValue(progress.percent)
        self.progress.setFormat(f"{progress.percent}%")
        self.counts_label.setText(
            self.tr("Done %1/%2")
            .replace("%1", str(progress.finished))
            .replace("%2", str(progress.total))
        )
        behind = progress.lagging + progress.overdue
        self.lagging_label.setText(
            self.tr("▲ Lagging: %1 · Overdue: %2")
            .replace("%1", str(progress.lagging))
            .replace("%2", str(progress.overdue))
        )
        self.lagging_label.setStyleSheet(f"color: {colors.warning if behind else colors.muted};")
        self.incidents_label.setText(
            self.tr("✖ Open incidents: %1").replace("%1", str(figure.open_incidents))
        )
        self.incidents_label.setStyleSheet(
            f"color: {colors.critical if figure.open_incidents else colors.muted};"
        )
        spent = (
            round(100 * figure.executed_cents / figure.planned_cents) if figure.planned_cents else 0
        )
        self.budget_label.setText(self.tr("Budget spent: %1%").replace("%1", str(spent)))
        self.setToolTip(self.tr("Open the %1 panel").replace("%1", self.name_label.text()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._code:
            self.open_requested.emit(self._code)
        super().mousePressEvent(event)
