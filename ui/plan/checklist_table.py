"""The checklist's task table: the view over its task model, column widths, cell editors and
the column layout in a form the checklist can remember between runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from controllers.plan.plan_controller import PlanController
from models.tables.task_table_model import CHECKLIST_COLUMNS, TaskTableModel
from ui.plan.task_delegates import (
    DateDelegate,
    OwnerDelegate,
    ProgressDelegate,
    StatusDelegate,
)

COLUMN_WIDTHS = {
    "title": 250, "flag": 150, "department": 110, "phase": 80, "milestone": 150,
    "owner_id": 90, "status": 90, "progress": 80, "planned_start": 100,
    "due_date": 100, "anchor": 70, "dependencies": 170,
}  # fmt: skip


class ChecklistTable(QTableView):
    """Tasks sorted by due date, edited in their cells; edits go out as requests.

    Signals:
        edit_requested(int task_id, str key, object value): a cell was edited; the model
            changes only when the controller's change signal comes back.
        selection_changed(): the selected rows changed.
        columns_changed(): the user moved or resized a column.
    """

    edit_requested = Signal(int, str, object)
    selection_changed = Signal()
    columns_changed = Signal()

    def __init__(
        self,
        plan: PlanController,
        person_name: Callable[[int | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_table")
        self.task_model = TaskTableModel(
            person_name, plan.today, self._on_cell_edited, plan.lag_margin, self,
            columns=CHECKLIST_COLUMNS,
        )  # fmt: skip
        self.setModel(self.task_model)
        self.setSortingEnabled(True)
        self.sortByColumn(self.task_model.column_of("due_date"), Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in COLUMN_WIDTHS.items():
            header.resizeSection(self.task_model.column_of(key), width)
        self._delegates = [
            (StatusDelegate(self), "status"),
            (OwnerDelegate(plan.campaign.people, self._department_at, self), "owner_id"),
            (ProgressDelegate(self), "progress"),
            (DateDelegate(plan.window, self), "planned_start"),
            (DateDelegate(plan.window, self), "due_date"),
        ]
        for delegate, key in self._delegates:
            self.setItemDelegateForColumn(self.task_model.column_of(key), delegate)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header.sectionResized.connect(self._on_header_changed)
        header.sectionMoved.connect(self._on_header_changed)
        header.setSectionsMovable(True)

    def _department_at(self, index: QModelIndex) -> int:
        return self.task_model.record_at(index.row()).department_id

    # -- selection ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected tasks, in selection order."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return [self.task_model.id_at(index) for index in rows]

    def select_id(self, task_id: int) -> bool:
        """Select only this task's row and scroll to it; False when no row shows it."""
        row = self.task_model.row_of(task_id)
        if row is None:
            return False
        index = self.task_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    # -- remembered layout -------------------------------------------------------------------

    def column_layout(self) -> str:
        """Column order and widths as ``key:width`` items in visual order."""
        header = self.horizontalHeader()
        columns = self.task_model.COLUMNS
        return ",".join(
            f"{columns[header.logicalIndex(v)].key}:{header.sectionSize(header.logicalIndex(v))}"
            for v in range(header.count())
        )

    def restore_column_layout(self, saved: str) -> None:
        """Put columns back as :meth:`column_layout` described them."""
        header = self.horizontalHeader()
        visual = 0
        for item in saved.split(","):
            key, _sep, width = item.partition(":")
            column = self.task_model.column_of(key)
            if column < 0 or not width.isdigit():
                continue  # a column this version no longer has
            header.moveSection(header.visualIndex(column), visual)
            header.resizeSection(column, max(int(width), 30))
            visual += 1

    # -- handlers ----------------------------------------------------------------------------

    def _on_cell_edited(self, task_id: int, key: str, value: object) -> None:
        self.edit_requested.emit(task_id, key, value)

    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()

    @Slot()
    def _on_header_changed(self, *_args: object) -> None:
        self.columns_changed.emit()
