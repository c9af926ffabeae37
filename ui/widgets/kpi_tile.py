"""A KPI tile: name, current value, target, and a state shown by colour *and* symbol."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from controllers.overview_controller import KpiFigure
from models.kpi_state import KpiState
from models.records import Direction
from models.tables.labels import localized
from ui.formatting import format_unit_value
from ui.theme import Theme

# Symbols keep the state readable for colour-blind users and on monochrome projectors.
STATE_SYMBOL = {
    KpiState.OK: "●",
    KpiState.WARNING: "▲",
    KpiState.CRITICAL: "✖",
    KpiState.UNKNOWN: "○",
}


class KpiTile(QFrame):
    """Shows one ``KpiFigure``; the left edge and the symbol carry the state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumSize(190, 104)
        self._state = KpiState.UNKNOWN
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 10, 8)
        layout.setSpacing(2)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("cardTitle")
        self.value_label = QLabel(self)
        self.value_label.setObjectName("bigFigure")
        self.target_label = QLabel(self)
        self.target_label.setObjectName("muted")
        for label in (self.name_label, self.value_label, self.target_label):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, figure: KpiFigure) -> None:
        kpi = figure.kpi
        self._state = figure.state
        symbol = STATE_SYMBOL[figure.state]
        self.name_label.setText(f"{symbol} {localized(kpi.name_zh, kpi.name_en)}")
        value = "—" if figure.value is None else format_unit_value(figure.value, kpi.unit)
        self.value_label.setText(value)
        target = format_unit_value(kpi.target, kpi.unit)
        template = (
            self.tr("target ≥ %1")
            if kpi.direction is Direction.HIGHER_IS_BETTER
            else self.tr("target ≤ %1")
        )
        self.target_label.setText(template.replace("%1", target))
        color = Theme.state_color(figure.state.value).name()
        self.name_label.setStyleSheet(f"color: {color};")
        self.setAccessibleName(f"{localized(kpi.name_zh, kpi.name_en)}: {value}")
        self.update()

    @property
    def state(self) -> KpiState:
        return self._state

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Theme.state_color(self._state.value)))
        painter.drawRoundedRect(1, 6, 5, self.height() - 12, 2, 2)
