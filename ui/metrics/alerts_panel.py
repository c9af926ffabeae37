"""Alerts raised by the metric rules: a list, a status-bar line and the urgent sound.

``AlertsPanel`` lists every alert (active ones first in colour). ``AlertAnnouncer`` makes
a live alert impossible to miss: it shows in the status bar and, for urgent alerts with
the sound option on, beeps. Alerts found in backfilled history are listed quietly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStatusBar,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controllers.metrics.alert_rules_controller import AlertRulesController
from controllers.metrics.metrics_controller import AlertNotice, MetricsController
from models.records import Actor
from models.tables.alert_table_model import AlertRow, AlertTableModel
from models.tables.labels import localized
from ui.common.card import Card
from ui.common.formatting import format_unit_value
from ui.metrics.alert_rules_card import AlertRulesCard
from ui.shell.theme import Theme

URGENT = "urgent"


class AlertsPanel(QWidget):
    """Every alert, newest first; a filter for active ones and the sound option."""

    def __init__(self, metrics: MetricsController, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("alerts_panel")
        self._metrics = metrics
        self._actor = actor
        self.model = AlertTableModel(parent=self)
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        self.card = Card(self)
        bar = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sectionTitle")
        self.active_only = QCheckBox(self)
        self.active_only.toggled.connect(self._on_filter_toggled)
        self.sound_box = QCheckBox(self)
        self.sound_box.setChecked(metrics.sound_enabled())
        self.sound_box.toggled.connect(self._on_sound_toggled)
        bar.addWidget(self.summary_label)
        bar.addStretch(1)
        bar.addWidget(self.active_only)
        bar.addWidget(self.sound_box)
        self.table = QTableView(self)
        self.table.setObjectName("alerts_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.card.body.addLayout(bar)
        self.card.body.addWidget(self.table, 1)
        # The rules being watched (and edited), so an empty list still says what would fire.
        self.rules_card = AlertRulesCard(metrics, AlertRulesController(metrics), actor, self)
        root.addWidget(self.card, 3)
        root.addWidget(self.rules_card, 2)
        self.retranslate()
        metrics.alerts_changed.connect(self._on_alerts_changed)
        self.reload()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        levels = {level.code: level for level in self._metrics.risk_levels()}
        catalogue = {m.code: m for m in self._metrics.metrics()}
        zone = self._metrics.timezone
        rows = []
        for alert, rule in self._metrics.alerts(500):
            metric = catalogue.get(rule.metric_code) if rule else None
            name = localized(metric.name_zh, metric.name_en) if metric else ""
            level = levels.get(rule.level_code) if rule else None
            rows.append(AlertRow(alert, rule, level, name, metric.unit if metric else "", zone))
        self.model.set_records(rows)
        self.rules_card.reload()
        active = sum(1 for row in rows if row.active)
        self.summary_label.setText(
            self.tr("%n active alert(s)", "", active)
            + " · "
            + self.tr("%n in total", "", len(rows))
        )
        self.summary_label.setStyleSheet(f"color: {Theme.colors.warning};" if active else "")

    @Slot(list, list, list)
    def _on_alerts_changed(self, *_ids: list) -> None:
        self.reload()

    @Slot(bool)
    def _on_filter_toggled(self, on: bool) -> None:
        self.model.set_filter((lambda row: row.active) if on else None)

    @Slot(bool)
    def _on_sound_toggled(self, on: bool) -> None:
        self._metrics.set_sound_enabled(self._actor, on=on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.card.set_title(self.tr("Metric alerts"))
        self.rules_card.retranslate()
        self.active_only.setText(self.tr("Active only"))
        self.sound_box.setText(self.tr("Sound for urgent alerts"))
        self.sound_box.setToolTip(self.tr("Beep when an urgent alert is raised"))


class AlertAnnouncer(QObject):
    """Puts live alerts in the status bar; urgent ones also beep (when enabled) and show a
    system-tray message where the desktop has a tray."""

    def __init__(
        self, metrics: MetricsController, status_bar: QStatusBar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._metrics = metrics
        self._status_bar = status_bar
        self.label = QLabel(status_bar)
        self.label.setObjectName("alertStatus")
        status_bar.addPermanentWidget(self.label)
        self.beeps = 0
        # A system-tray balloon reaches people who are looking at another window.
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.show()
        # Not a widget itself: its label tells it when the language switches.
        self.label.installEventFilter(self)
        metrics.alert_raised.connect(self._on_alert_raised)
        metrics.alerts_changed.connect(self._on_alerts_changed)
        self._on_alerts_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.LanguageChange:
            self._on_alerts_changed()
        return super().eventFilter(watched, event)

    @Slot(object)
    def _on_alert_raised(self, notice: AlertNotice) -> None:
        if not notice.live:
            return
        rule = notice.rule
        metric = self._metrics.metric(rule.metric_code)
        text = (
            QApplication.translate("AlertAnnouncer", "Alert: %1 — %2")
            .replace("%1", localized(rule.name_zh, rule.name_en))
            .replace("%2", format_unit_value(notice.alert.value, metric.unit if metric else ""))
        )
        self._status_bar.showMessage(text, 15_000)
        if self.tray is not None and rule.level_code == URGENT:
            self.tray.showMessage("War Room", text, QSystemTrayIcon.MessageIcon.Critical, 15_000)
        if rule.level_code == URGENT and self._metrics.sound_enabled():
            QApplication.beep()
            self.beeps += 1

    @Slot()
    def _on_alerts_changed(self, *_ids: object) -> None:
        levels = self._metrics.firing_levels()
        count = self._metrics.open_alert_count()
        if not count:
            self.label.setText("")
            return
        color = Theme.colors.critical if URGENT in levels.values() else Theme.colors.warning
        self.label.setText(
            # self.tr with a count: lupdate marks it as a plural (numerus) message.
            self.tr("▲ %n active alert(s)", "", count)
        )
        self.label.setStyleSheet(f"color: {color}; font-weight: 600;")
