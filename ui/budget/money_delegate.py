"""Money editor: a ¥ spin box in yuan that hands integer fen back to the model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from models.budget import MAX_AMOUNT_CENTS

Index = QModelIndex | QPersistentModelIndex


class MoneyDelegate(QStyledItemDelegate):
    """Edits amounts stored in fen (EditRole) as yuan with two decimals."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setPrefix("¥")
        editor.setDecimals(2)
        editor.setRange(0, MAX_AMOUNT_CENTS / 100)
        editor.setGroupSeparatorShown(True)
        editor.setSingleStep(10_000)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        cents = index.data(Qt.ItemDataRole.EditRole) or 0
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(int(cents) / 100)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        model.setData(index, round(editor.value() * 100), Qt.ItemDataRole.EditRole)
