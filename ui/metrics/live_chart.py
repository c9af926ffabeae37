"""One live metric chart: pyqtgraph plot fed incrementally, with a "follow live" mode.

The curve is created once and fed with ``setData`` of points already reduced to the
plot's pixel width (``LiveDecimator``). In follow mode the x range moves in whole pixel
columns, so a refresh in which no column changed costs next to nothing. Zooming or
panning leaves follow mode; the Live button or a double-click re-engages it. Threshold
bands, reference lines (capacity, alert thresholds) and the plan's target curve are
drawn behind the data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QWidget

from models.metrics.downsample import break_gaps, minmax_decimate
from models.metrics.series_buffer import LiveDecimator, SeriesBuffer
from ui.common.formatting import format_unit_value
from ui.common.plot_view import PlotView
from ui.shell.theme import Theme

DEFAULT_SPAN = 6 * 3600
LABELS_MIN_WIDTH = 300


@dataclass(frozen=True)
class ChartSpec:
    """What to draw for one metric besides its samples."""

    code: str
    unit: str
    # (low, high, state) shaded horizontal bands; state is warning or critical.
    bands: list[tuple[float, float, str]] = field(default_factory=list)
    # (value, state, label) horizontal reference lines.
    lines: list[tuple[float, str, str]] = field(default_factory=list)
    # Values the y range always includes (zero for counts, capacity, alert thresholds).
    include: list[float] = field(default_factory=list)
    cumulative: bool = False


class _ValueAxis(pg.AxisItem):
    """Left axis with short numbers (3000万 / 30M, 99.5%) so labels fit a narrow axis."""

    def __init__(self, unit: str) -> None:
        super().__init__("left")
        self._unit = unit

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [axis_label(v, self._unit) for v in values]


def axis_label(value: float, unit: str) -> str:
    """A tick label of at most about six characters in the UI language."""
    if unit == "%":
        return f"{value:.2f}%" if abs(value) < 10 else f"{value:.1f}%"
    chinese = QLocale().language() == QLocale.Language.Chinese
    steps = ((1e8, "亿"), (1e4, "万")) if chinese else ((1e9, "B"), (1e6, "M"), (1e3, "k"))
    for limit, suffix in steps:
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.4g}"


class _TimeAxis(pg.AxisItem):
    """Bottom axis of campaign-local clock times: ``20:00``, and the date at midnight.

    Spacing is picked so labels stay about ``LABEL_PX`` apart at any chart width
    (pyqtgraph's DateAxisItem dropped every hour label on narrow overview charts).
    """

    STEPS = (60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)
    LABEL_PX = 50

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__("bottom")
        self._zone = zone

    def _offset(self, at: float) -> int:
        moment = datetime.fromtimestamp(at, UTC).astimezone(self._zone)
        offset = moment.utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    def tickValues(self, low: float, high: float, size: float) -> list:
        span = high - low
        if span <= 0 or size <= 0:
            return []
        wanted = max(2, int(size / self.LABEL_PX))  # one label may sit at a hidden edge
        step = next((s for s in self.STEPS if span / s <= wanted), self.STEPS[-1])
        offset = self._offset(low)
        first = (np.floor((low + offset) / step) + 1) * step - offset
        ticks = list(np.arange(first, high, step))
        return [(step, ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for value in values:
            local = datetime.fromtimestamp(value, UTC).astimezone(self._zone)
            midnight = local.hour == 0 and local.minute == 0
            out.append(f"{local:%m-%d}" if midnight and spacing >= 3600 else f"{local:%H:%M}")
        return out


class LiveChart(PlotView):
    """A live time series for one metric.

    Signals:
        follow_changed(bool): follow-live mode was switched on or off.
    """

    follow_changed = Signal(bool)

    def __init__(
        self,
        spec: ChartSpec,
        zone: ZoneInfo,
        history: Callable[[str, int, int, int], tuple[np.ndarray, np.ndarray]] | None = None,
        parent: QWidget | None = None,
        buffer: SeriesBuffer | None = None,
    ) -> None:
        super().__init__(
            parent,
            axisItems={
                "bottom": _TimeAxis(zone),
                "left": _ValueAxis(spec.unit),
            },
        )
        self.spec = spec
        self.setMinimumWidth(110)
        self.zone = zone
        # Shared with the other charts of the metric when given (the controller fills it).
        self.buffer = buffer if buffer is not None else SeriesBuffer()
        self._decimator = LiveDecimator()
        self._history = history
        self._span = DEFAULT_SPAN
        self._follow = True
        self._dirty = True
        self._end = 0.0
        self._now = 0
        self._shown: tuple[int, float, float] | None = None
        self._drawn: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        self.redraws = 0
        self._build()
        self.restyle()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.12)
        item.getAxis("left").setWidth(56)
        for axis in ("left", "bottom"):
            # Axes (and their grid lines) change only when the range does; replaying their
            # pictures on every curve update cost more than drawing the curve itself.
            item.getAxis(axis).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        view = item.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.enableAutoRange(x=False, y=True)
        view.setAutoVisible(y=True)
        view.sigRangeChangedManually.connect(self._on_manual_range)
        self._bands = []
        for low, high, state in self.spec.bands:
            band = pg.LinearRegionItem(
                (low, high), orientation="horizontal", movable=False, span=(0, 1)
            )
            band.setZValue(-20)
            band.state = state
            for line in band.lines:
                line.setPen(pg.mkPen(None))
            self.addItem(band, ignoreBounds=True)
            self._bands.append(band)
        self._lines = []
        for index, (value, state, label) in enumerate(self.spec.lines):
            # Alternate label positions so two lines close together stay readable.
            position = 0.04 if index % 2 == 0 else 0.55
            line = pg.InfiniteLine(
                value, angle=0, movable=False, label=label,
                labelOpts={"position": position, "anchors": [(0, 0), (0, 0)]},
            )  # fmt: skip
            line.state = state
            line.setZValue(-10)
            self.addItem(line, ignoreBounds=True)
            self._lines.append(line)
        self.target_curve = pg.PlotCurveItem()
        self.target_curve.setZValue(-5)
        self.addItem(self.target_curve)
        # NaN points mark gaps in the data: the line breaks there instead of bridging them.
        self.curve = pg.PlotCurveItem(skipFiniteCheck=True, connect="finite")
        self.addItem(self.curve)
        # Invisible points that keep reference values inside the auto y range.
        self._anchor = pg.PlotCurveItem(pen=None)
        self.addItem(self._anchor)
        self._cross = pg.InfiniteLine(angle=90, movable=False)
        self._cross.setVisible(False)
        self.addItem(self._cross, ignoreBounds=True)
        self._readout = pg.TextItem(anchor=(0, 0))
        self._readout.setVisible(False)
        self.addItem(self._readout, ignoreBounds=True)
        # Mouse moves arrive by the hundred; the readout follows at most 30 times a second.
        self._pointer = QPointF()
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.setInterval(33)
        self._pointer_timer.timeout.connect(self._show_readout)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def restyle(self) -> None:
        """Apply the current theme's colours (called again after a theme switch)."""
        colors = Theme.colors
        self.setBackground(colors.panel)
        for axis in ("left", "bottom"):
            self.getPlotItem().getAxis(axis).setTextPen(pg.mkPen(colors.muted))
            self.getPlotItem().getAxis(axis).setPen(pg.mkPen(colors.grid))
        self.curve.setPen(pg.mkPen(colors.accent, width=2))
        if self.spec.cumulative:
            fill = QColor(colors.accent)
            fill.setAlpha(40)
            self.curve.setFillLevel(0)
            self.curve.setBrush(pg.mkBrush(fill))
        self.target_curve.setPen(pg.mkPen(colors.text, width=1, style=Qt.PenStyle.DashLine))
        for band in self._bands:
            shade = QColor(getattr(colors, band.state))
            shade.setAlpha(38)
            band.setBrush(pg.mkBrush(shade))
        for line in self._lines:
            line.setPen(pg.mkPen(getattr(colors, line.state), width=1, style=Qt.PenStyle.DashLine))
            line.label.setColor(getattr(colors, line.state))
        self._cross.setPen(pg.mkPen(colors.muted, width=1))
        self._readout.setColor(colors.text)
        self._shown = None
        self._dirty = True

    # -- data -------------------------------------------------------------------------------

    def add_samples(self, times: np.ndarray, values: np.ndarray) -> None:
        self.buffer.extend(times, values)
        self._dirty = True

    def mark_dirty(self) -> None:
        """The shared buffer got new samples: look again on the next refresh."""
        self._dirty = True

    def set_target(self, times: np.ndarray, values: np.ndarray) -> None:
        self.target_curve.setData(times.astype(np.float64), values)

    def set_span(self, seconds: int) -> None:
        self._span = max(600, int(seconds))
        self._shown = None
        self._dirty = True

    @property
    def span(self) -> int:
        return self._span

    @property
    def follow(self) -> bool:
        return self._follow

    def set_follow(self, on: bool) -> None:
        if on == self._follow:
            return
        self._follow = on
        self._shown = None
        self._dirty = True
        self.follow_changed.emit(on)
        if on:
            self.refresh(self._now)

    # -- drawing ----------------------------------------------------------------------------

    def _columns(self) -> int:
        return max(50, int(self.getPlotItem().getViewBox().width()) or 400)

    def refresh(self, now: int) -> bool:
        """Redraw if something visible changed; returns whether the curve was updated."""
        self._now = now
        if not self._follow:
            return False
        columns = self._columns()
        width = self._span / columns
        end = (np.floor(max(now, self._latest()) / width) + 1) * width
        if self._shown == (columns, width, end) and not self._dirty:
            return False
        x, y = self._decimator.points(self.buffer, width, end - self._span - width)
        x, y = break_gaps(x, y, width)
        moved = self._shown is None or self._shown[2] != end or self._shown[0] != columns
        if not moved and _same_tail(self._drawn, x, y):
            self._dirty = False
            return False  # new samples changed no pixel column: no repaint at all
        self._drawn = (x, y)
        self.curve.setData(x, y)
        if moved:
            self.setXRange(end - self._span, end, padding=0)
            if self.spec.include:
                middle = end - self._span / 2
                self._anchor.setData([middle] * len(self.spec.include), self.spec.include)
        self._shown = (columns, width, end)
        self._dirty = False
        self.redraws += 1
        return True

    def _latest(self) -> int:
        last = self.buffer.last()
        return last[0] if last else 0

    def _on_manual_range(self, *_args: object) -> None:
        if self._follow:
            self._follow = False
            self.follow_changed.emit(False)
        self._show_range()

    def _show_range(self) -> None:
        (x0, x1), _ = self.getPlotItem().getViewBox().viewRange()
        columns = self._columns()
        buffer_start = self.buffer.times[0] if len(self.buffer) else x1
        if x0 < buffer_start and self._history is not None:
            x, y = self._history(self.spec.code, int(x0), int(x1) + 1, columns)
        else:
            x, y = minmax_decimate(self.buffer.times, self.buffer.values, x0, x1, columns)
        x, y = break_gaps(
            np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64), (x1 - x0) / columns
        )
        self.curve.setData(x, y)

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        super().resizeEvent(event)
        # Line labels collide on the small overview charts; the dashed lines stay.
        roomy = self.width() >= LABELS_MIN_WIDTH
        for line in getattr(self, "_lines", ()):  # resized once before _build ran
            line.label.setVisible(roomy)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.set_follow(True)
        event.accept()

    # -- crosshair --------------------------------------------------------------------------

    def _on_mouse_moved(self, position: QPointF) -> None:
        self._pointer = QPointF(position)
        if not self._pointer_timer.isActive():
            self._pointer_timer.start()

    def _show_readout(self) -> None:
        position = self._pointer
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(position) or not len(self.buffer):
            self._cross.setVisible(False)
            self._readout.setVisible(False)
            return
        point = view.mapSceneToView(position)
        x_data, y_data = self.curve.getData()
        if x_data is None or not len(x_data):
            return
        index = int(np.clip(np.searchsorted(x_data, point.x()), 0, len(x_data) - 1))
        if not np.isfinite(y_data[index]) and index > 0:
            index -= 1  # over a gap marker: show the last sample before the gap
        at, value = float(x_data[index]), float(y_data[index])
        self._cross.setPos(at)
        self._cross.setVisible(True)
        local = datetime.fromtimestamp(at, UTC).astimezone(self.zone)
        self._readout.setText(f"{local:%m-%d %H:%M:%S}\n{format_unit_value(value, self.spec.unit)}")
        (x0, x1), (_y0, y1) = view.viewRange()
        self._readout.setPos(min(at, x1 - (x1 - x0) * 0.28), y1)
        self._readout.setVisible(True)

    def hide_crosshair(self) -> None:
        self._pointer_timer.stop()  # a move just before leaving must not bring it back
        self._cross.setVisible(False)
        self._readout.setVisible(False)

    def leaveEvent(self, event: QEvent) -> None:
        self.hide_crosshair()
        super().leaveEvent(event)


def _same_tail(drawn: tuple[np.ndarray, np.ndarray], x: np.ndarray, y: np.ndarray) -> bool:
    """Whether new points equal the drawn ones (only the last columns can differ)."""
    old_x, old_y = drawn
    if len(old_x) != len(x):
        return False
    tail = slice(max(0, len(x) - 8), len(x))
    return bool(
        np.array_equal(old_x[tail], x[tail])
        and np.array_equal(old_y[tail], y[tail], equal_nan=True)
    )
