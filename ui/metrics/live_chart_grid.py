"""A grid of live metric charts fed by the ``MetricsController``.

New samples go into each chart's buffer as they arrive; a timer repaints the visible
charts at most once per interval, so a burst of samples (a 60x replay, a backfill) costs
one redraw. A header row picks the time span and brings every chart back to live.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from controllers.metrics.metrics_controller import MetricsController
from models.records import Metric
from models.tables.labels import localized
from ui.common.card import Card
from ui.common.formatting import format_unit_value
from ui.metrics.chart_specs import chart_spec
from ui.metrics.live_chart import LiveChart
from ui.shell.theme import Theme

SPANS = (900, 3600, 6 * 3600, 24 * 3600)
REDRAW_MS = 1000
HISTORY_MARGIN = 600


class LiveChartCard(Card):
    """Title, latest value and a Live button above one ``LiveChart``."""

    def __init__(self, metric: Metric, chart: LiveChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_info = metric
        self.chart = chart
        # Titles may be cut (full text in the tooltip) so that every card gets equal width.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(60)
        self.title.setObjectName("chartTitle")  # smaller than a section title: eight fit a row
        self.title.setStyleSheet("font-weight: 600;")
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        self.value_label = QLabel(self)
        self.value_label.setObjectName("chartValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Long values must not widen the grid past the page: let the label shrink.
        self.value_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value_label.setMinimumWidth(40)
        self.live_button = QToolButton(self)
        self.live_button.setCheckable(True)
        self.live_button.setChecked(True)
        self.live_button.setObjectName("liveButton")
        self.live_button.toggled.connect(chart.set_follow)
        chart.follow_changed.connect(self._on_follow_changed)
        header.addWidget(self.value_label, 1)
        header.addWidget(self.live_button)
        self.body.addLayout(header)
        self.body.addWidget(chart, 1)
        self.retranslate()

    def retranslate(self) -> None:
        name = localized(self.metric_info.name_zh, self.metric_info.name_en)
        self.set_title(name)
        self.title.setToolTip(name)
        self.live_button.setText(self.tr("Live"))
        self.live_button.setToolTip(
            self.tr("Follow the newest data; zooming or panning pauses it, double-click resumes")
        )

    @Slot(bool)
    def _on_follow_changed(self, on: bool) -> None:
        if self.live_button.isChecked() != on:
            self.live_button.blockSignals(True)
            self.live_button.setChecked(on)
            self.live_button.blockSignals(False)

    def show_value(self, value: float | None, alert_level: str | None) -> None:
        unit = self.metric_info.unit
        self.value_label.setText("—" if value is None else format_unit_value(value, unit))
        color = Theme.colors.text
        if alert_level is not None:
            color = Theme.colors.critical if alert_level == "urgent" else Theme.colors.warning
        self.value_label.setStyleSheet(f"color: {color}; font-weight: 600;")


class LiveChartGrid(QWidget):
    """Live charts for ``codes`` in ``columns`` columns, with a span picker."""

    def __init__(
        self,
        metrics: MetricsController,
        codes: list[str] | tuple[str, ...],
        columns: int = 4,
        span: int = 6 * 3600,
        show_header: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("live_chart_grid")
        self._metrics = metrics
        catalogue = {m.code: m for m in metrics.metrics()}
        kpis = metrics.kpis()
        rules = metrics.rules()
        zone = metrics.timezone
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(6)
        self.header = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("sectionTitle")
        self.span_combo = QComboBox(self)
        self.span_combo.setObjectName("spanCombo")
        self.live_all_button = QToolButton(self)
        self.live_all_button.clicked.connect(self.follow_all)
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        self.header.addWidget(self.span_combo)
        self.header.addWidget(self.live_all_button)
        root.addLayout(self.header)
        for widget in (self.title_label, self.span_combo, self.live_all_button):
            widget.setVisible(show_header)
        grid = QGridLayout()
        grid.setSpacing(8)
        for column in range(columns):
            grid.setColumnStretch(column, 1)  # equal widths, whatever the value texts
        root.addLayout(grid, 1)
        self.cards: list[LiveChartCard] = []
        for code in codes:
            metric = catalogue.get(code)
            if metric is None:
                continue
            buffer = metrics.series_buffer(code, metrics.now() - span - HISTORY_MARGIN)
            spec = chart_spec(metric, kpis, rules)
            chart = LiveChart(spec, zone, metrics.window, self, buffer=buffer)
            chart.set_span(span)
            chart.setMinimumHeight(70)
            card = LiveChartCard(metric, chart, self)
            index = len(self.cards)
            grid.addWidget(card, index // columns, index % columns)
            self.cards.append(card)
        self.span_combo.currentIndexChanged.connect(self._on_span_changed)
        self._span = span
        self.retranslate()
        self.load_history()
        metrics.samples_added.connect(self._on_samples_added)
        metrics.alerts_changed.connect(self._on_alerts_changed)
        self._timer = QTimer(self, interval=REDRAW_MS)
        self._timer.timeout.connect(self.redraw)
        self._timer.start()
        self._levels: dict[str, str] = metrics.firing_levels()
        self.redraw()

    @property
    def charts(self) -> list[LiveChart]:
        return [card.chart for card in self.cards]

    # -- data -------------------------------------------------------------------------------

    def load_history(self) -> None:
        """Draw the plan's target curve where a metric has one (GMV)."""
        now = self._metrics.now()
        for chart in self.charts:
            target = self._metrics.target_curve(chart.spec.code, now - 2 * 86400, now + 2 * 86400)
            if target is not None:
                chart.set_target(*target)

    @Slot(object)
    def _on_samples_added(self, series: dict) -> None:
        # The controller already put the samples in the shared buffers.
        for chart in self.charts:
            if chart.spec.code in series:
                chart.mark_dirty()

    @Slot(list, list, list)
    def _on_alerts_changed(self, *_ids: list) -> None:
        self._levels = self._metrics.firing_levels()

    @Slot()
    def redraw(self) -> None:
        """Repaint visible charts whose data or live window moved (timer-driven)."""
        now = self._metrics.now()
        for card in self.cards:
            last = card.chart.buffer.last()
            card.show_value(last[1] if last else None, self._levels.get(card.metric_info.code))
        if not self.isVisible():
            return  # a hidden page costs nothing; showEvent catches up
        for card in self.cards:
            card.chart.refresh(now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()

    @Slot()
    def follow_all(self) -> None:
        for chart in self.charts:
            chart.set_follow(True)

    @Slot(int)
    def _on_span_changed(self, index: int) -> None:
        if 0 <= index < len(SPANS):
            self._span = SPANS[index]
            since = self._metrics.now() - self._span - HISTORY_MARGIN
            for chart in self.charts:
                self._metrics.series_buffer(chart.spec.code, since)  # load older samples
                chart.set_span(self._span)
            self.redraw()

    # -- appearance -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for chart in self.charts:
                chart.restyle()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Live metrics"))
        self.live_all_button.setText(self.tr("All live"))
        self.live_all_button.setToolTip(self.tr("Bring every chart back to the newest data"))
        labels = [
            self.tr("Last 15 minutes"),
            self.tr("Last hour"),
            self.tr("Last 6 hours"),
            self.tr("Last 24 hours"),
        ]
        self.span_combo.blockSignals(True)
        self.span_combo.clear()
        self.span_combo.addItems(labels)
        self.span_combo.setCurrentIndex(SPANS.index(self._span) if self._span in SPANS else 2)
        self.span_combo.blockSignals(False)
        for card in self.cards:
            card.retranslate()
