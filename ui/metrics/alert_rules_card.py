"""The alert rules being watched, with add / edit / on-off / delete (each one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from controllers.metrics.alert_rules_controller import AlertRulesController, RuleDraft
from controllers.metrics.metrics_controller import MetricsController
from models.records import Actor, AlertRule, Comparator, Metric, RiskLevel
from models.tables.labels import localized
from ui.common import dialogs
from ui.common.card import Card
from ui.common.formatting import format_unit_value
from ui.metrics.alert_rule_dialog import AlertRuleDialog


class AlertRulesCard(Card):
    """Rules table; double-click or Edit opens the form, Delete asks first."""

    def __init__(
        self,
        metrics: MetricsController,
        editor: AlertRulesController,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._metrics = metrics
        self._editor = editor
        self._actor = actor
        self._rules: list[AlertRule] = []
        self.dialog: AlertRuleDialog | None = None
        bar = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_rule")
        self.add_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.open_selected)
        self.toggle_button = QPushButton(self)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.toggle_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("rules_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        # Only while the rules table has focus, not anywhere in the main window.
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.body.addLayout(bar)
        self.body.addWidget(self.table)
        metrics.rules_changed.connect(self.reload)

    # -- showing -------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        selected = self.selected_rule()
        levels = {level.code: level for level in self._metrics.risk_levels()}
        catalogue = {m.code: m for m in self._metrics.metrics()}
        self._rules = self._metrics.rules()
        firing = self._metrics.firing_rule_ids()
        self.table.setRowCount(len(self._rules))
        for row, rule in enumerate(self._rules):
            self._show_row(row, rule, levels, catalogue, rule.id in firing)
            if selected is not None and rule.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def _show_row(
        self,
        row: int,
        rule: AlertRule,
        levels: dict[str, RiskLevel],
        catalogue: dict[str, Metric],
        firing: bool,
    ) -> None:
        metric = catalogue.get(rule.metric_code)
        sign = ">" if rule.comparator is Comparator.ABOVE else "<"
        condition = (
            self.tr("%1 %2 for %3 s")
            .replace("%1", sign)
            .replace("%2", format_unit_value(rule.threshold, metric.unit if metric else ""))
            .replace("%3", str(rule.duration_seconds))
        )
        level = levels.get(rule.level_code)
        state = self.tr("● firing") if firing else self.tr("armed")
        metric_name = localized(metric.name_zh, metric.name_en) if metric else rule.metric_code
        cells = [
            localized(rule.name_zh, rule.name_en),
            f"{metric_name} {condition}",
            localized(level.name_zh, level.name_en) if level else rule.level_code,
            state if rule.enabled else self.tr("off"),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (2, 3) and level is not None and firing and rule.enabled:
                item.setForeground(QColor(level.color))
            self.table.setItem(row, column, item)

    def selected_rule(self) -> AlertRule | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._rules):
            return None
        return self._rules[rows[0].row()]

    def select_rule(self, rule_id: int) -> None:
        for row, rule in enumerate(self._rules):
            if rule.id == rule_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        rule = self.selected_rule()
        for button in (self.edit_button, self.toggle_button, self.delete_button):
            button.setEnabled(rule is not None)
        on = rule is None or not rule.enabled
        self.toggle_button.setText(self.tr("Switch on") if on else self.tr("Switch off"))

    # -- editing ---------------------------------------------------------------------------

    def _dialog(self, rule: AlertRule | None) -> AlertRuleDialog:
        def save(draft: RuleDraft) -> None:
            if rule is None:
                self._select_after(self._editor.add_rule(self._actor, draft))
            else:
                assert rule.id is not None
                self._editor.update_rule(self._actor, rule.id, draft)

        self.dialog = AlertRuleDialog(
            self._metrics.metrics(), self._metrics.risk_levels(), save, rule, self
        )
        self.dialog.open()
        return self.dialog

    def _select_after(self, rule_id: int) -> None:
        self.reload()
        self.select_rule(rule_id)

    @Slot()
    def open_new(self) -> AlertRuleDialog:
        return self._dialog(None)

    @Slot()
    def open_selected(self) -> AlertRuleDialog | None:
        rule = self.selected_rule()
        return self._dialog(rule) if rule is not None else None

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def toggle_selected(self) -> None:
        rule = self.selected_rule()
        if rule is not None and rule.id is not None:
            self._editor.set_enabled(self._actor, rule.id, on=not rule.enabled)

    @Slot()
    def delete_selected(self) -> None:
        rule = self.selected_rule()
        if rule is None or rule.id is None:
            return
        name = localized(rule.name_zh, rule.name_en) or rule.metric_code
        count = self._editor.alert_count(rule.id)
        text = self.tr("Delete the rule “%1”?").replace("%1", name)
        if count:
            text += "\n" + self.tr(
                "Its %n alert(s) are deleted with it (Undo brings them back).", "", count
            )
        if dialogs.confirm(self, self.tr("Delete alert rule"), text):
            self._editor.delete_rule(self._actor, rule.id)

    def retranslate(self) -> None:
        self.set_title(self.tr("Alert rules"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Condition"), self.tr("Level"), self.tr("State")]
        )
        self.add_button.setText(self.tr("Add rule…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self._update_buttons()
        self.reload()
