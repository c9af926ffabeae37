"""Editors for checklist cells: status combo, owner picker, progress spin box, date edit.

Each editor starts from the raw value (``RAW_ROLE``) and hands the raw new value back
through ``setData``; the model forwards it to the plan controller, which validates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from models.plan.schedule import allowed_next
from models.records import Person, TaskStatus
from models.tables.labels import localized, task_status_label
from models.tables.task_table_model import RAW_ROLE
from ui.shell.theme import Theme

Index = QModelIndex | QPersistentModelIndex


class _ComboDelegate(QStyledItemDelegate):
    """A combo box editor whose items carry the raw value as user data."""

    def _items(self, index: Index) -> list[tuple[str, object]]:
        raise NotImplementedError

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._items(index):
            combo.addItem(label, value)
        # Choosing an item commits at once: one keystroke less for a lead in a hurry.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(RAW_ROLE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(RAW_ROLE):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class StatusDelegate(_ComboDelegate):
    """Offers only the statuses the workflow allows from the task's current one."""

    def _items(self, index: Index) -> list[tuple[str, object]]:
        current = TaskStatus(index.data(RAW_ROLE))
        return [(task_status_label(s), s.value) for s in allowed_next(current)]

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(TaskStatus(index.data(RAW_ROLE)).value), 0))


class OwnerDelegate(_ComboDelegate):
    """People of the task's unit first, then everyone else."""

    def __init__(
        self, people: Callable[[], list[Person]], department_of: Callable[[Index], int], parent=None
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._department_of = department_of

    def _items(self, index: Index) -> list[tuple[str, object]]:
        department = self._department_of(index)
        people = sorted(self._people(), key=lambda p: (p.department_id != department, p.id))
        return [("—", None)] + [(localized(p.name, p.name_en), p.id) for p in people]


class ProgressDelegate(QStyledItemDelegate):
    """Paints progress as a thin bar under the figure; edits with a 0-100 spin box."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        value = index.data(RAW_ROLE)
        if not isinstance(value, int):
            return
        rect: QRect = option.rect.adjusted(6, option.rect.height() - 6, -6, -3)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Theme.colors.grid))
        painter.drawRoundedRect(rect, 1.5, 1.5)
        done = QRect(rect)
        done.setWidth(round(rect.width() * max(0, min(value, 100)) / 100))
        color = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setBrush(color if isinstance(color, QColor) else QColor(Theme.colors.accent))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor(Theme.colors.text))
        painter.drawRoundedRect(done, 1.5, 1.5)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSingleStep(5)
        spin.setSuffix("%")
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(RAW_ROLE) or 0))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        if editor.value() != index.data(RAW_ROLE):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor limited to the campaign's days (the controller checks again)."""

    def __init__(self, window: Callable[[], tuple[date, date]], parent=None) -> None:
        super().__init__(parent)
        self._window = window

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        first, last = self._window()
        editor.setDateRange(_qdate(first), _qdate(last))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(RAW_ROLE)
        if isinstance(value, date):
            editor.setDate(_qdate(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        picked = editor.date().toPython()
        if picked != index.data(RAW_ROLE):
            model.setData(index, picked, Qt.ItemDataRole.EditRole)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
