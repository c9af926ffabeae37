"""The daily progress board (每日进度看板): a card per unit for the daily meeting and the wall."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.board_controller import BoardController, BoardRow
from controllers.plan.plan_controller import PlanController
from models.tables.labels import localized
from ui.common.card import Card
from ui.common.formatting import format_date
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.shell.theme import Theme

COLUMNS = 4


class TrendSparkline(QWidget):
    """Share of finished tasks per snapshot day, with today's live figure as the last point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(46)
        self._points: list[int] = []
        self.empty_text = ""

    def set_points(self, percents: list[int]) -> None:
        self._points = percents
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = Theme.colors
        area = QRectF(self.rect()).adjusted(4, 6, -4, -6)
        painter.setPen(QPen(QColor(colors.grid), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if len(self._points) < 2:
            painter.setPen(QColor(colors.muted))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        low = max(0, min(self._points) - 5)
        high = min(100, max(self._points) + 5)
        span = max(high - low, 1)
        step = area.width() / (len(self._points) - 1)
        path = QPainterPath()
        dots = []
        for i, value in enumerate(self._points):
            point = QPointF(
                area.left() + i * step, area.bottom() - (value - low) / span * area.height()
            )
            dots.append(point)
            path.moveTo(point) if i == 0 else path.lineTo(point)
        painter.setPen(QPen(QColor(colors.accent), 2))
        painter.drawPath(path)
        painter.setBrush(QColor(colors.accent))
        painter.drawEllipse(dots[-1], 3.5, 3.5)


class DepartmentBoardCard(Card):
    """One unit: done/total, lagging, overdue, blocked, next gate, change since yesterday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: BoardRow | None = None
        top = QHBoxLayout()
        self.percent_label = QLabel(self)
        self.percent_label.setObjectName("bigFigure")
        self.done_label = QLabel(self)
        self.done_label.setObjectName("muted")
        top.addWidget(self.percent_label)
        top.addStretch(1)
        top.addWidget(self.done_label)
        self.body.addLayout(top)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.body.addWidget(self.bar)
        counters = QHBoxLayout()
        self.counters: dict[str, QLabel] = {}
        for key in ("lagging", "overdue", "blocked"):
            label = QLabel(self)
            label.setObjectName(f"board_{key}")
            counters.addWidget(label)
            self.counters[key] = label
        self.body.addLayout(counters)
        self.gate_label = QLabel(self)
        self.gate_label.setWordWrap(True)
        self.body.addWidget(self.gate_label)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("board_change")
        self.change_label.setWordWrap(True)
        self.body.addWidget(self.change_label)
        self.sparkline = TrendSparkline(self)
        self.body.addWidget(self.sparkline)

    def show_row(self, row: BoardRow, today: date) -> None:
        self.row = row
        department = row.department
        colors = Theme.colors
        self.set_title(localized(department.name_zh, department.name_en))
        self.title.setStyleSheet(f"border-left: 4px solid {department.color}; padding-left: 6px;")
        progress = row.progress
        self.percent_label.setText(f"{progress.percent}%")
        self.done_label.setText(
            self.tr("%1 of %2 done")
            .replace("%1", str(progress.finished))
            .replace("%2", str(progress.total))
        )
        self.bar.setValue(progress.percent)
        texts = {
            "lagging": (self.tr("▲ Lagging %1"), progress.lagging, colors.warning),
            "overdue": (self.tr("✖ Overdue %1"), progress.overdue, colors.critical),
            "blocked": (self.tr("⊘ Blocked %1"), row.blocked, "#B18CFF"),
        }
        for key, (text, count, color) in texts.items():
            label = self.counters[key]
            label.setText(text.replace("%1", str(count)))
            label.setStyleSheet(f"color: {color if count else colors.muted};")
        self._show_gate(row)
        self._show_change(row)
        # Earlier days from the snapshots, today from the live figures.
        points = [s.percent for s in row.trend if s.day < today] + [progress.percent]
        self.sparkline.empty_text = self.tr("Trend appears after the first daily snapshot")
        self.sparkline.set_points(points if len(points) > 1 else [])

    def _show_gate(self, row: BoardRow) -> None:
        colors = Theme.colors
        if row.next_gate is None:
            self.gate_label.setText(self.tr("No open gate"))
            self.gate_label.setStyleSheet(f"color: {colors.muted};")
            return
        gate = row.next_gate.gate
        ready = row.gate_total and row.gate_ready == row.gate_total
        self.gate_label.setText(
            self.tr("◆ Next gate: %1 (%2) — ready %3/%4")
            .replace("%1", localized(gate.name_zh, gate.name_en))
            .replace("%2", format_date(gate.due_date))
            .replace("%3", str(row.gate_ready))
            .replace("%4", str(row.gate_total))
        )
        self.gate_label.setStyleSheet(f"color: {colors.ok if ready else colors.warning};")

    def _show_change(self, row: BoardRow) -> None:
        if row.previous is None:
            self.change_label.setText(self.tr("No snapshot from an earlier day yet"))
            self.change_label.setStyleSheet(f"color: {Theme.colors.muted};")
            return
        parts = []
        names = {
            "finished": self.tr("done %1"),
            "lagging": self.tr("lagging %1"),
            "overdue": self.tr("overdue %1"),
            "blocked": self.tr("blocked %1"),
        }
        for key, text in names.items():
            delta = row.change(key) or 0
            if delta:
                parts.append(text.replace("%1", f"{delta:+d}"))
        since = format_date(row.previous.day)
        self.change_label.setText(
            self.tr("Since %1: %2").replace("%1", since).replace("%2", " · ".join(parts))
            if parts
            else self.tr("No change since %1").replace("%1", since)
        )
        self.change_label.setStyleSheet(f"color: {Theme.colors.text};")


class ProgressBoard(QWidget):
    """Cards for every unit plus the snapshot status and the plan's buffer warnings."""

    def __init__(
        self, plan: PlanController, board: BoardController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progress_board")
        self._plan = plan
        self._board = board
        self.cards: list[DepartmentBoardCard] = []
        # A bulk edit sends several change sets; redraw once.
        self._coalesce = QTimer(self, singleShot=True, interval=80)
        self._build()
        self.retranslate()
        self._refresher = RefreshWhenShown(self, self.retranslate)
        self._coalesce.timeout.connect(self._refresher.refresh_when_visible)
        plan.tasks_changed.connect(self._on_plan_changed)
        plan.milestones_changed.connect(self._on_plan_changed)
        plan.campaign.campaign_changed.connect(self._coalesce.start)
        board.board_changed.connect(self._coalesce.start)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        header = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("bigFigure")
        self.snapshot_label = QLabel(self)
        self.snapshot_label.setObjectName("muted")
        self.snapshot_button = QPushButton(self)
        self.snapshot_button.setObjectName("take_snapshot")
        self.snapshot_button.clicked.connect(self._on_snapshot_clicked)
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.snapshot_label)
        header.addWidget(self.snapshot_button)
        root.addLayout(header)
        self.buffer_label = QLabel(self)
        self.buffer_label.setObjectName("buffer_warnings")
        self.buffer_label.setWordWrap(True)
        root.addWidget(self.buffer_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(10)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(holder)
        root.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.snapshot_button.setText(self.tr("Snapshot now"))
        self.refresh()

    @Slot(list, list, list)
    def _on_plan_changed(self, *_ids: list) -> None:
        self._coalesce.start()

    @Slot()
    def refresh(self) -> None:
        today = self._plan.today()
        self.title_label.setText(
            self.tr("Daily progress board — %1").replace("%1", format_date(today))
        )
        last = self._board.last_snapshot_day()
        hour, minute = self._board.snapshot_time()
        when = f"{hour:02d}:{minute:02d}"
        self.snapshot_label.setText(
            self.tr("Last snapshot: %1 · daily at %2")
            .replace("%1", format_date(last) if last else self.tr("none yet"))
            .replace("%2", when)
        )
        warnings = self._plan.rescheduling.buffer_warnings()
        self.buffer_label.setText("\n".join("⚠ " + w for w in warnings))
        self.buffer_label.setStyleSheet(f"color: {Theme.colors.warning};")
        self.buffer_label.setVisible(bool(warnings))
        rows = self._board.rows()
        while len(self.cards) < len(rows):
            card = DepartmentBoardCard(self)
            index = len(self.cards)
            self.grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        for card, row in zip(self.cards, rows, strict=False):
            card.show_row(row, today)
        for card in self.cards[len(rows) :]:
            card.hide()

    @Slot()
    def _on_snapshot_clicked(self) -> None:
        self._board.take_snapshot()
