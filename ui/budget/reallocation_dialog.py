"""Ask for a reallocation: from one budget line to another, an amount and a reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from controllers.budget.budget_controller import BudgetController
from models.budget import MAX_AMOUNT_CENTS
from models.records import BudgetLine
from models.tables.labels import localized
from ui.common.formatting import format_money_cents


class ReallocationDialog(QDialog):
    """The user picks the lines; the controller validates and files the request."""

    def __init__(self, budget: BudgetController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reallocation_dialog")
        self._budget = budget
        self._lines: list[BudgetLine] = budget.lines()
        self.source = QComboBox(self)
        self.target = QComboBox(self)
        for line in self._lines:
            text = localized(line.item_zh, line.item_en)
            self.source.addItem(text, line.id)
            self.target.addItem(text, line.id)
        self.amount = QDoubleSpinBox(self)
        self.amount.setPrefix("¥")
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setRange(0, MAX_AMOUNT_CENTS / 100)
        self.amount.setSingleStep(10_000)
        self.available = QLabel(self)
        self.available.setObjectName("muted")
        self.reason = QLineEdit(self)
        self.form = QFormLayout(self)
        self.form.addRow("", self.source)
        self.form.addRow("", self.available)
        self.form.addRow("", self.target)
        self.form.addRow("", self.amount)
        self.form.addRow("", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        self.retranslate()
        self._on_source_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Request a reallocation"))
        labels = [self.tr("From"), "", self.tr("To"), self.tr("Amount"), self.tr("Reason")]
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(text)  # type: ignore[attr-defined]
        self.reason.setPlaceholderText(self.tr("e.g. move spend to higher-converting products"))

    @Slot()
    def _on_source_changed(self) -> None:
        line_id = self.source.currentData()
        if line_id is None:
            return
        free = self._budget.available(int(line_id))
        self.available.setText(
            self.tr("Available to move: %1 (decision due within 24 h)").replace(
                "%1", format_money_cents(free)
            )
        )

    def values(self) -> tuple[int, int, int, str]:
        """(from line id, to line id, amount in fen, reason)."""
        return (
            int(self.source.currentData()),
            int(self.target.currentData()),
            round(self.amount.value() * 100),
            self.reason.text(),
        )
