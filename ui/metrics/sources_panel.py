"""Health of every live source (running, last sample, refusals by reason) and new file feeds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.metrics.metric_sources import SourceHealth
from controllers.metrics.metrics_controller import MetricsController
from models.errors import WarRoomError
from models.metrics.samples import RejectReason
from models.records import Actor
from ui.common.card import Card
from ui.shell.theme import Theme

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REASONS = {
    RejectReason.MALFORMED: QT_TRANSLATE_NOOP("SourcesPanel", "malformed"),
    RejectReason.UNKNOWN_METRIC: QT_TRANSLATE_NOOP("SourcesPanel", "unknown metric"),
    RejectReason.NOT_FINITE: QT_TRANSLATE_NOOP("SourcesPanel", "NaN/infinite"),
    RejectReason.DUPLICATE: QT_TRANSLATE_NOOP("SourcesPanel", "duplicate"),
    RejectReason.OUT_OF_ORDER: QT_TRANSLATE_NOOP("SourcesPanel", "out of order"),
    RejectReason.CLOCK_BACKWARDS: QT_TRANSLATE_NOOP("SourcesPanel", "clock went backwards"),
}
KINDS = {
    "simulator": QT_TRANSLATE_NOOP("SourcesPanel", "Simulator (seed %1)"),
    "file": QT_TRANSLATE_NOOP("SourcesPanel", "File %1"),
    "push": QT_TRANSLATE_NOOP("SourcesPanel", "Python API %1"),
}


def reason_label(code: str) -> str:
    text = REASONS.get(RejectReason(code), code) if code in set(RejectReason) else code
    return QCoreApplication.translate("SourcesPanel", text)


def rejected_text(health: SourceHealth) -> str:
    """``malformed 3 · duplicate 1`` in the UI language; empty when nothing was refused."""
    parts = [f"{reason_label(code)} {count}" for code, count in sorted(health.rejected.items())]
    return " · ".join(parts)


class SourcesPanel(QWidget):
    """A table of source health that refreshes as batches arrive, plus 'follow a file'."""

    COLUMNS = 7

    def __init__(
        self, metrics: MetricsController, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sources_panel")
        self._metrics = metrics
        self._actor = actor
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        self.card = Card(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("sources_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_remove)
        self.card.body.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_source")
        self.remove_button.clicked.connect(self._on_remove)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.card.body.addLayout(actions)
        self.feed_card = Card(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("feed_path")
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._on_browse)
        self.map_edit = QLineEdit(self)
        self.map_edit.setObjectName("feed_map")
        self.follow_button = QPushButton(self)
        self.follow_button.setObjectName("follow_feed")
        self.follow_button.clicked.connect(self._on_follow)
        row.addWidget(self.path_edit, 3)
        row.addWidget(self.browse_button)
        row.addWidget(self.map_edit, 2)
        row.addWidget(self.follow_button)
        self.feed_message = QLabel(self)
        self.feed_message.setWordWrap(True)
        self.feed_card.body.addLayout(row)
        self.feed_card.body.addWidget(self.feed_message)
        root.addWidget(self.card, 1)
        root.addWidget(self.feed_card)
        self.retranslate()
        metrics.sources_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.isVisible() and self.table.rowCount() == len(self._metrics.sources.health()):
            return  # repainting a hidden page every second would be wasted work
        self._fill()

    def _fill(self) -> None:
        sources = self._metrics.sources.health()
        zone = self._metrics.timezone
        self.table.setRowCount(len(sources))
        for row, health in enumerate(sources):
            kind = QCoreApplication.translate("SourcesPanel", KINDS.get(health.kind, "%1"))
            if health.last_error:
                status, color = self.tr("Error: %1").replace("%1", health.last_error), "critical"
            elif health.running:
                status, color = self.tr("● Running"), "ok"
            else:
                status, color = self.tr("Stopped"), "unknown"
            last = "—"
            if health.last_sample_at:
                moment = datetime.fromtimestamp(health.last_sample_at, UTC).astimezone(zone)
                last = f"{moment:%m-%d %H:%M:%S}"
            cells = [
                kind.replace("%1", health.detail),
                status,
                last,
                f"{health.accepted:,}",
                f"{sum(health.rejected.values()):,}",
                self.tr("reordered %1 · gaps %2")
                .replace("%1", str(health.reordered))
                .replace("%2", str(health.gaps)),
                rejected_text(health) or self.tr("none refused"),
            ]
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                item.setToolTip(text)
                if column in (3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            self.table.item(row, 1).setForeground(Theme.state_color(color))
        self._update_remove()

    def selected_source(self) -> SourceHealth | None:
        rows = self.table.selectionModel().selectedRows()
        sources = self._metrics.sources.health()
        if not rows or rows[0].row() >= len(sources):
            return None
        return sources[rows[0].row()]

    @Slot()
    def _update_remove(self) -> None:
        # Only followed files are added (and removed) here; the simulator is a setting.
        selected = self.selected_source()
        self.remove_button.setEnabled(selected is not None and selected.kind == "file")

    @Slot()
    def _on_remove(self) -> None:
        selected = self.selected_source()
        if selected is None or selected.kind != "file":
            return
        self._metrics.sources.remove_file_feed(self._actor, selected.name)
        self._say(self.tr("No longer following %1.").replace("%1", selected.detail), "ok")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill()

    @Slot()
    def _on_browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Follow a metrics file"),
            "",
            self.tr("Metric feeds (*.csv *.jsonl *.ndjson *.json);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    @Slot()
    def _on_follow(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._say(self.tr("Choose a CSV or JSON-lines file first."), "warning")
            return
        try:
            name = self._metrics.sources.add_file_feed(
                Path(text), self.map_edit.text(), self._actor
            )
        except WarRoomError as error:
            self._say(str(error), "critical")
            return
        self._metrics.sources.poll(name)
        self._say(self.tr("Following %1.").replace("%1", text), "ok")

    def _say(self, text: str, state: str) -> None:
        self.feed_message.setText(text)
        self.feed_message.setStyleSheet(f"color: {Theme.state_color(state).name()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.card.set_title(self.tr("Live sources"))
        self.feed_card.set_title(self.tr("Follow a file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Status"), self.tr("Last sample"), self.tr("Accepted"),
             self.tr("Refused"), self.tr("Order"), self.tr("Refused by reason")]
        )  # fmt: skip
        self.path_edit.setPlaceholderText(self.tr("CSV or JSON-lines file to follow"))
        self.map_edit.setPlaceholderText(
            self.tr("Field mapping, e.g. time=ts,metric=name,value=v (empty: guess)")
        )
        self.browse_button.setText(self.tr("Browse…"))
        self.follow_button.setText(self.tr("Follow"))
        self.follow_button.setToolTip(
            self.tr("The file is followed again after a restart, from where reading stopped")
        )
        self.remove_button.setText(self.tr("Remove source"))
        self.remove_button.setToolTip(self.tr("Stop following the selected file and forget it"))
