"""One table model for every list of records (tasks, incidents, budget lines, ...).

A subclass declares its columns as class-level data. Rows are keyed by record id, so a
change-set signal naming ids updates exactly those rows. Sorting and filtering happen on a
row-order list inside the model (a proxy model calls ``data()`` millions of times on large
tables; see perf-facts). Edits are never applied here: ``setData`` forwards the request to
the controller callable given at construction, and the store change comes back through
``update_records``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

R = TypeVar("R")

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
EditRequest = Callable[[int, str, Any], None]


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: ``header`` is untranslated source text (marked with QT_TRANSLATE_NOOP)."""

    key: str
    header: str
    value: Callable[[R], Any]
    display: Callable[[R], str] | None = None
    editable: bool = False
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Base table model; subclasses set ``COLUMNS`` and ``TR_CONTEXT``."""

    COLUMNS: list[Column[Any]] = []
    TR_CONTEXT = "RecordTableModel"

    def __init__(self, edit_requested: EditRequest | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit_requested = edit_requested
        self._records: dict[int, R] = {}
        self._order: list[int] = []
        self._row_of: dict[int, int] = {}
        self._filter: Callable[[R], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- feeding ------------------------------------------------------------------

    @staticmethod
    def record_id(record: Any) -> int:
        return int(record.id)

    def set_records(self, records: Iterable[R]) -> None:
        """Replace everything (initial load, reload after import)."""
        self.beginResetModel()
        self._records = {self.record_id(r): r for r in records}
        self._rebuild_order()
        self.endResetModel()

    def update_records(self, records: Iterable[R], removed_ids: Iterable[int] = ()) -> None:
        """Apply a change set: refresh changed rows in place, add new ones, drop removed ones."""
        records = list(records)
        removed_ids = list(removed_ids)
        changed_rows = []
        structural = any(record_id in self._records for record_id in removed_ids)
        for record in records:
            record_id = self.record_id(record)
            visible = self._filter is None or self._filter(record)
            if record_id in self._row_of and visible and self._sort is None:
                changed_rows.append(self._row_of[record_id])
            else:
                structural = True
        # Views may read the old rows while the layout is "about to change", so the records
        # change only after that signal (the model tester reads them there).
        if structural:
            self.layoutAboutToBeChanged.emit()
        old = dict(self._row_of) if structural else {}
        for record in records:
            self._records[self.record_id(record)] = record
        for record_id in removed_ids:
            self._records.pop(record_id, None)
        if structural:
            self._rebuild_order()
            self._remap_persistent(old)
            self.layoutChanged.emit()
        for row in changed_rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _remap_persistent(self, old_rows: dict[int, int]) -> None:
        id_at_row = {row: rid for rid, row in old_rows.items()}
        for index in self.persistentIndexList():
            record_id = id_at_row.get(index.row())
            new_row = self._row_of.get(record_id) if record_id is not None else None
            if new_row is None:
                self.changePersistentIndex(index, QModelIndex())
            else:
                self.changePersistentIndex(index, self.index(new_row, index.column()))

    def _rebuild_order(self) -> None:
        records: Iterable[R] = self._records.values()
        if self._filter is not None:
            records = [r for r in records if self._filter(r)]
        order = [self.record_id(r) for r in records]
        if self._sort is not None:
            column, sort_order = self._sort
            key = self.COLUMNS[column].value
            order.sort(
                key=lambda rid: _sort_key(key(self._records[rid])),
                reverse=sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._order = order
        self._row_of = {rid: row for row, rid in enumerate(order)}

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        """Show only records for which ``predicate`` holds (None shows all)."""
        self.beginResetModel()
        self._filter = predicate
        self._rebuild_order()
        self.endResetModel()

    # -- lookup ------------------------------------------------------------------

    def record_at(self, row: int) -> R:
        return self._records[self._order[row]]

    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def records(self) -> list[R]:
        """Visible records in display order."""
        return [self._records[rid] for rid in self._order]

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.TR_CONTEXT, self.COLUMNS[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._order):
            return None
        record = self._records[self._order[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display is not None:
                return column.display(record)
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(record)
        if role == RECORD_ID_ROLE:
            return self.record_id(record)
        if role == SORT_ROLE:
            return _sort_key(column.value(record))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()].editable and self._edit_requested:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._edit_requested:
            return False
        record = self._records[self._order[index.row()]]
        self._edit_requested(self.record_id(record), self.COLUMNS[index.column()].key, value)
        # The row refreshes when the controller's change signal comes back.
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = dict(self._row_of)
        self._sort = (column, order) if 0 <= column < len(self.COLUMNS) else None
        self._rebuild_order()
        self._remap_persistent(old)
        self.layoutChanged.emit()

    # -- hooks for subclasses -----------------------------------------------------------

    def foreground(self, record: R, column: Column[Any]) -> QColor | None:
        return None

    def background(self, record: R, column: Column[Any]) -> QColor | None:
        return None

    def tooltip(self, record: R, column: Column[Any]) -> str | None:
        return None


def _sort_key(value: Any) -> tuple[int, Any]:
    """Sort None last and keep mixed types comparable."""
    return (1, "") if value is None else (0, value)
