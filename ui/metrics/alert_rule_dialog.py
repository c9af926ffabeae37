"""The form for one alert rule: metric, above/below, threshold, duration, level, names.

Saving runs the controller's checks; each problem is shown in red next to its field and
the dialog stays open with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from controllers.metrics.alert_rules_controller import MAX_DURATION_SECONDS, RuleDraft, RuleInvalid
from models.records import AlertRule, Comparator, Metric, RiskLevel
from models.tables.labels import localized
from ui.shell.theme import Theme

SaveFn = Callable[[RuleDraft], None]


class AlertRuleDialog(QDialog):
    """Add or edit a rule; ``save`` raises ``RuleInvalid`` to keep the dialog open."""

    def __init__(
        self,
        metrics: list[Metric],
        levels: list[RiskLevel],
        save: SaveFn,
        rule: AlertRule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alert_rule_dialog")
        self._save = save
        self.metric_box = QComboBox(self)
        for metric in metrics:
            label = localized(metric.name_zh, metric.name_en)
            self.metric_box.addItem(
                f"{label} ({metric.unit})" if metric.unit else label, metric.code
            )
        self.comparator_box = QComboBox(self)
        self.comparator_box.addItem("", Comparator.ABOVE.value)
        self.comparator_box.addItem("", Comparator.BELOW.value)
        self.threshold_edit = QLineEdit(self)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(-1, MAX_DURATION_SECONDS + 1)  # the check explains limits
        self.level_box = QComboBox(self)
        for level in levels:
            self.level_box.addItem(localized(level.name_zh, level.name_en), level.code)
        self.name_zh_edit = QLineEdit(self)
        self.name_en_edit = QLineEdit(self)
        self.fields: dict[str, QWidget] = {
            "metric": self.metric_box,
            "comparator": self.comparator_box,
            "threshold": self.threshold_edit,
            "duration": self.duration_spin,
            "level": self.level_box,
            "name_zh": self.name_zh_edit,
            "name_en": self.name_en_edit,
        }
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in self.fields.items():
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(widget)
            error = QLabel(self)
            error.setObjectName(f"error_{key}")
            error.setStyleSheet(f"color: {Theme.colors.critical};")
            error.setWordWrap(True)
            error.hide()
            holder.addWidget(error)
            self.errors[key] = error
            self._labels[key] = QLabel(self)
            form.addRow(self._labels[key], holder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(self.buttons)
        self._editing = rule is not None
        if rule is not None:
            self._show(rule)
        self.retranslate()

    def _show(self, rule: AlertRule) -> None:
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(rule.metric_code)))
        self.comparator_box.setCurrentIndex(self.comparator_box.findData(rule.comparator.value))
        self.threshold_edit.setText(f"{rule.threshold:g}")
        self.duration_spin.setValue(rule.duration_seconds)
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(rule.level_code)))
        self.name_zh_edit.setText(rule.name_zh)
        self.name_en_edit.setText(rule.name_en)

    def draft(self) -> RuleDraft:
        return RuleDraft(
            self.metric_box.currentData() or "",
            self.comparator_box.currentData() or "",
            self.threshold_edit.text(),
            self.duration_spin.value(),
            self.level_box.currentData() or "",
            self.name_zh_edit.text(),
            self.name_en_edit.text(),
        )

    @Slot()
    def try_save(self) -> bool:
        """Save through the controller; on problems show them by field and stay open."""
        try:
            self._save(self.draft())
        except RuleInvalid as invalid:
            self.show_errors(invalid.errors)
            first = next(iter(invalid.errors), None)
            if first in self.fields:
                self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.accept()
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit alert rule") if self._editing else self.tr("New alert rule")
        )
        texts = {
            "metric": self.tr("Metric"),
            "comparator": self.tr("Alert when"),
            "threshold": self.tr("Threshold"),
            "duration": self.tr("Sustained for"),
            "level": self.tr("Level"),
            "name_zh": self.tr("Name (Chinese)"),
            "name_en": self.tr("Name (English)"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.comparator_box.setItemText(0, self.tr("above the threshold"))
        self.comparator_box.setItemText(1, self.tr("below the threshold"))
        self.duration_spin.setSuffix(self.tr(" s"))
        self.duration_spin.setSpecialValueText("")
        self.duration_spin.setToolTip(self.tr("0 s raises the alert on the first sample"))
