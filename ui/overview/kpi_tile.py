"""A KPI tile: name, current value, target, and a state shown by colour *and* symbol."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from controllers.overview.overview_controller import KpiFigure
from models.kpi_state import KpiState
from models.records import Direction
from models.tables.labels import localized
from ui.common.formatting import format_unit_value
from ui.common.sparkline import Sparkline
from ui.shell.theme import Theme

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
        # Live row (metrics): value, trend arrow and a sparkline of the last hour.
        self.trend_label = QLabel(self)
        self.trend_label.setObjectName("trendArrow")
        self.sparkline = Sparkline(self)
        self.sparkline.setVisible(False)
        self._alert_level: str | None = None
        live_row = QHBoxLayout()
        live_row.setSpacing(6)
        live_row.addWidget(self.value_label)
        live_row.addWidget(self.trend_label)
        live_row.addWidget(self.sparkline, 1)
        layout.addWidget(self.name_label)
        layout.addLayout(live_row)
        layout.addWidget(self.target_label)
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
        self._show_live(figure)
        color = Theme.state_color(figure.state.value).name()
        self.name_label.setStyleSheet(f"color: {color};")
        self.setAccessibleName(f"{localized(kpi.name_zh, kpi.name_en)}: {value}")
        self.update()

    def _show_live(self, figure: KpiFigure) -> None:
        """Trend arrow (coloured good/bad for the KPI's direction), sparkline, alert mark."""
        higher = figure.kpi.direction is Direction.HIGHER_IS_BETTER
        arrow = {1: "↑", -1: "↓"}.get(figure.trend, "→" if figure.history else "")
        good = figure.trend == (1 if higher else -1)
        bad = figure.trend == (-1 if higher else 1)
        color = Theme.colors.ok if good else Theme.colors.warning if bad else Theme.colors.muted
        self.trend_label.setText(arrow)
        self.trend_label.setStyleSheet(f"color: {color}; font-size: 18pt; font-weight: 600;")
        self.sparkline.set_values(figure.history, Theme.state_color(figure.state.value).name())
        if figure.projected is not None:
            self.target_label.setText(
                self.target_label.text()
                + self.tr(" · on pace for %1").replace(
                    "%1", format_unit_value(figure.projected, figure.kpi.unit)
                )
            )
        self._alert_level = figure.alert_level
        if figure.alert_level is not None:
            self.name_label.setText(self.name_label.text() + " ⚠")
            self.setToolTip(self.tr("An alert on this figure is active"))
        else:
            self.setToolTip("")

    @property
    def alert_level(self) -> str | None:
        return self._alert_level

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
        if self._alert_level is not None:
            # An active alert frames the tile: urgent in red, others in amber.
            alert = Theme.colors.critical if self._alert_level == "urgent" else Theme.colors.warning
            painter.setPen(QPen(QColor(alert), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 8, 8)
