"""A tiny line of recent values for a KPI tile, painted directly (no plot machinery)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.shell.theme import Theme


class Sparkline(QWidget):
    """Draws ``values`` scaled to its own box, the newest point marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sparkline")
        self._values: tuple[float, ...] = ()
        self._color: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(60, 30)

    def sizeHint(self) -> QSize:
        return QSize(120, 34)

    @property
    def values(self) -> tuple[float, ...]:
        return self._values

    def set_values(self, values: tuple[float, ...] | list[float], color: str | None = None) -> None:
        self._values = tuple(values)
        self._color = color
        self.setVisible(len(self._values) >= 2)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self._values) < 2:
            return
        low, high = min(self._values), max(self._values)
        span = high - low or 1.0
        width, height = self.width() - 6, self.height() - 6
        step = width / (len(self._values) - 1)
        points = QPolygonF(
            [
                QPointF(3 + i * step, 3 + height - (v - low) / span * height)
                for i, v in enumerate(self._values)
            ]
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self._color or Theme.colors.accent)
        painter.setPen(QPen(color, 1.6))
        painter.drawPolyline(points)
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(points[len(points) - 1], 2.6, 2.6)
