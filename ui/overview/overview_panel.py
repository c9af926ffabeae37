"""The war-room overview: countdown, phase, KPI tiles, charts, gates, incidents, units."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from controllers.campaign_controller import CampaignController
from controllers.overview.overview_controller import KpiFigure, OverviewController, OverviewSnapshot
from models.tables.labels import incident_status_label, localized
from ui.common.card import Card
from ui.common.formatting import format_countdown, format_date, format_datetime
from ui.overview.department_strip import DepartmentStrip
from ui.overview.kpi_tile import KpiTile
from ui.plan.burnup_chart import BurnupChart
from ui.shell.theme import Theme

KPI_TILES = 8
# Width around two strips of a row: page and card margins, grid spacing.
STRIP_GUTTER_PX = 60


class OverviewPanel(QWidget):
    """The first screen of the war room; refreshes on data changes and ticks each second.

    Signals:
        department_requested(str code): a department strip was clicked.
    """

    department_requested = Signal(str)

    def __init__(
        self,
        overview: OverviewController,
        campaign: CampaignController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self._overview = overview
        self._campaign = campaign
        self._snapshot: OverviewSnapshot | None = None
        self._build()
        self.retranslate()
        overview.overview_changed.connect(self.refresh)
        overview.kpis_changed.connect(self._on_kpis_changed)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.refresh()

    # -- layout -------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)

        header = QHBoxLayout()
        self.campaign_label = QLabel(self)
        self.campaign_label.setObjectName("bigFigure")
        self.countdown_card = Card(self)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("countdown")
        self.countdown_card.body.addWidget(self.countdown_label)
        self.phase_card = Card(self)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("sectionTitle")
        self.phase_bar = QProgressBar(self)
        self.phase_detail = QLabel(self)
        self.phase_detail.setObjectName("muted")
        self.phase_detail.setWordWrap(True)
        for widget in (self.phase_label, self.phase_bar, self.phase_detail):
            self.phase_card.body.addWidget(widget)
        self.progress_card = Card(self)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("bigFigure")
        self.progress_detail = QLabel(self)
        self.progress_detail.setObjectName("muted")
        self.progress_detail.setWordWrap(True)
        self.progress_card.body.addWidget(self.progress_label)
        self.progress_card.body.addWidget(self.progress_detail)
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("muted")
        title_box = QVBoxLayout()
        title_box.addWidget(self.campaign_label)
        title_box.addWidget(self.updated_label)
        header.addLayout(title_box, 2)
        header.addWidget(self.countdown_card, 3)
        header.addWidget(self.phase_card, 3)
        header.addWidget(self.progress_card, 2)
        root.addLayout(header)

        self.tiles_layout = QGridLayout()
        self.tiles_layout.setSpacing(10)
        self.tiles = [KpiTile(self) for _ in range(KPI_TILES)]
        for index, tile in enumerate(self.tiles):
            self.tiles_layout.addWidget(tile, index // 4, index % 4)
        root.addLayout(self.tiles_layout)

        middle = QHBoxLayout()
        middle.setSpacing(10)
        self.charts_card = Card(self)
        self.charts_grid = QGridLayout()
        self.charts_card.body.addLayout(self.charts_grid)
        self.burnup = BurnupChart(self)
        self.burnup.setMinimumHeight(180)
        self.charts_grid.addWidget(self.burnup, 0, 0)
        middle.addWidget(self.charts_card, 5)

        side = QVBoxLayout()
        self.gates_card = Card(self)
        self.gates_list = QListWidget(self)
        self.gates_list.setObjectName("gates")
        self.gates_card.body.addWidget(self.gates_list)
        self.incidents_card = Card(self)
        self.incidents_list = QListWidget(self)
        self.incidents_list.setObjectName("incidents")
        self.incidents_card.body.addWidget(self.incidents_list)
        side.addWidget(self.gates_card, 2)
        side.addWidget(self.incidents_card, 3)
        middle.addLayout(side, 3)
        root.addLayout(middle, 1)

        self.strips_card = Card(self)
        self.strips_layout = QGridLayout()
        self.strips_layout.setSpacing(6)
        self.strips_card.body.addLayout(self.strips_layout)
        self.strips: list[DepartmentStrip] = []
        self._placed_columns = 0
        root.addWidget(self.strips_card)

    def add_chart(self, widget: QWidget, row: int, column: int) -> None:
        """Place a live chart in the overview's chart area (the live-metrics views do this)."""
        self.charts_grid.addWidget(widget, row, column)

    # -- translation ----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.countdown_card.set_title(self.tr("Countdown to D-day (11-11 00:00)"))
        self.phase_card.set_title(self.tr("Current phase"))
        self.progress_card.set_title(self.tr("Campaign tasks done"))
        self.charts_card.set_title(self.tr("Live figures · plan progress (tasks due vs. done)"))
        self.gates_card.set_title(self.tr("Milestone gates"))
        self.incidents_card.set_title(self.tr("Open incidents"))
        self.strips_card.set_title(self.tr("Departments"))
        self.burnup.restyle()

    # -- refresh --------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        snapshot = self._overview.snapshot()
        self._snapshot = snapshot
        campaign = self._campaign.campaign
        self.campaign_label.setText(localized(campaign.name, campaign.name_en))
        self._show_countdown(snapshot.seconds_to_dday)
        now = self._campaign.now().astimezone(self._campaign.timezone)
        seconds = self._overview.refresh_timer.interval() // 1000
        self.updated_label.setText(
            self.tr("Updated %1 · refreshes every %2 s")
            .replace("%1", f"{now:%H:%M:%S}")
            .replace("%2", str(seconds))
        )
        self._show_phase(snapshot)
        progress = snapshot.campaign_progress
        self.progress_label.setText(f"{progress.percent}%")
        self.progress_detail.setText(
            self.tr("%1 of %2 tasks · lagging %3 · overdue %4")
            .replace("%1", str(progress.finished))
            .replace("%2", str(progress.total))
            .replace("%3", str(progress.lagging))
            .replace("%4", str(progress.overdue))
        )
        self._show_tiles(snapshot.kpis)
        self._show_gates(snapshot)
        self._show_incidents(snapshot)
        self._show_departments(snapshot)
        self.burnup.show_tasks(snapshot.tasks, self._campaign.today())

    def _show_tiles(self, kpis: list[KpiFigure]) -> None:
        figures = [f for f in kpis if f.kpi.metric_code] or kpis
        figures += [f for f in kpis if f not in figures]
        for tile, figure in zip(self.tiles, figures, strict=False):
            tile.show_figure(figure)

    @Slot()
    def _on_kpis_changed(self) -> None:
        """Live values arrived: refresh the tiles only (the rest follows its own timer)."""
        if self.isVisible():
            self._show_tiles(self._overview.kpi_figures())

    def _show_countdown(self, seconds: float) -> None:
        self.countdown_label.setText(format_countdown(seconds))

    @Slot()
    def _on_tick(self) -> None:
        self._show_countdown(self._campaign.seconds_to_dday())

    def _show_phase(self, snapshot: OverviewSnapshot) -> None:
        status = snapshot.phase
        if status.phase is None:
            self.phase_label.setText(self.tr("No phases planned"))
            self.phase_bar.setValue(0)
            self.phase_detail.clear()
            return
        name = localized(status.phase.name_zh, status.phase.name_en)
        if status.before_start:
            name = self.tr("Before %1").replace("%1", name)
        elif status.after_end:
            name = self.tr("After %1 (campaign over)").replace("%1", name)
        self.phase_label.setText(name)
        self.phase_bar.setValue(status.percent)
        self.phase_detail.setText(
            f"{format_date(status.phase.start_date)} – {format_date(status.phase.end_date)}"
        )

    def _show_gates(self, snapshot: OverviewSnapshot) -> None:
        self.gates_list.clear()
        for gate in snapshot.gates:
            name = localized(gate.milestone.name_zh, gate.milestone.name_en)
            if gate.signed:
                text = self.tr("✔ %1 — signed off").replace("%1", name)
            else:
                text = (
                    self.tr("◆ %1 — %2/%3 ready, due %4")
                    .replace("%1", name)
                    .replace("%2", str(gate.ready))
                    .replace("%3", str(gate.total))
                    .replace("%4", format_date(gate.milestone.due_date))
                )
            item = QListWidgetItem(text)
            item.setForeground(Theme.state_color("ok" if gate.signed else "warning"))
            item.setData(Qt.ItemDataRole.UserRole, gate.milestone.id)
            item.setToolTip(text)
            self.gates_list.addItem(item)

    def _show_incidents(self, snapshot: OverviewSnapshot) -> None:
        self.incidents_list.clear()
        levels = {level.code: level for level in self._campaign.risk_levels()}
        zone = self._campaign.timezone
        if not snapshot.open_incidents:
            self.incidents_list.addItem(self.tr("No open incidents"))
        for incident in snapshot.open_incidents:
            level = levels.get(incident.level_code)
            level_name = localized(level.name_zh, level.name_en) if level else incident.level_code
            text = (
                f"[{level_name}] {incident.title} · {incident_status_label(incident.status)}"
                f" · {format_datetime(incident.opened_at, zone)}"
            )
            item = QListWidgetItem(text)
            if level is not None:
                item.setForeground(QColor(level.color))
            self.incidents_list.addItem(item)

    def _strip_columns(self) -> int:
        """Two strips a row when two fit side by side in the visible width, else one.

        The visible width is the scroll area's, not ours: two columns widen the page, and
        measuring ourselves would then never give the second column back."""
        if not self.strips:
            return 1
        visible = self.parentWidget().width() if self.parentWidget() else self.width()
        widest = max(strip.minimumSizeHint().width() for strip in self.strips)
        return 2 if visible >= 2 * widest + STRIP_GUTTER_PX else 1

    def _place_strips(self) -> None:
        """Lay the strips out again when the number of columns that fit has changed."""
        columns = self._strip_columns()
        if columns == self._placed_columns and self.strips_layout.count() == len(self.strips):
            return
        self._placed_columns = columns
        for strip in self.strips:
            self.strips_layout.removeWidget(strip)
        for index, strip in enumerate(self.strips):
            self.strips_layout.addWidget(strip, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_strips()

    def _show_departments(self, snapshot: OverviewSnapshot) -> None:
        while len(self.strips) < len(snapshot.departments):
            strip = DepartmentStrip(self)
            strip.open_requested.connect(self.department_requested)
            self.strips.append(strip)
        for strip, figure in zip(self.strips, snapshot.departments, strict=False):
            strip.show_figure(figure)
            strip.setVisible(True)
        self._place_strips()  # names may have changed width (language switch)
        for strip in self.strips[len(snapshot.departments) :]:
            strip.setVisible(False)
