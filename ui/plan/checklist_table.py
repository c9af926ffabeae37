"""The checklist's task table: the view with its column widths and cell editors, and the
column layout and detail-pane width remembered between runs.

``ChecklistTableMixin`` is part of ``ChecklistPanel`` (kept in its own module so the table
setup and the saved layout read on their own). It relies on the panel's ``model``,
``_plan``, ``_remember_layout`` and ``_layout_timer``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView

from controllers.plan.plan_controller import PlanController
from models.tables.task_table_model import TaskTableModel
from ui.plan.task_delegates import (
    DateDelegate,
    OwnerDelegate,
    ProgressDelegate,
    StatusDelegate,
)


class ChecklistTableMixin:
    """Builds the task table and saves / restores its layout (mixed into ChecklistPanel)."""

    model: TaskTableModel
    splitter: QSplitter
    _plan: PlanController
    _remember_layout: bool
    _layout_timer: QTimer

    def _build_table(self, splitter: QSplitter) -> QTableView:
        """The table inside ``splitter``, sorted by due date, with its delegates."""
        self.view = QTableView(splitter)
        self.view.setObjectName("checklist_table")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(self.model.column_of("due_date"), Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            "title": 250, "flag": 150, "department": 110, "phase": 80, "milestone": 150,
            "owner_id": 90, "status": 90, "progress": 80, "planned_start": 100,
            "due_date": 100, "anchor": 70, "dependencies": 170,
        }  # fmt: skip
        for key, width in widths.items():
            header.resizeSection(self.model.column_of(key), width)
        self._delegates = [
            (StatusDelegate(self.view), "status"),
            (OwnerDelegate(self._plan.campaign.people, self._department_at, self.view), "owner_id"),
            (ProgressDelegate(self.view), "progress"),
            (DateDelegate(self._plan.window, self.view), "planned_start"),
            (DateDelegate(self._plan.window, self.view), "due_date"),
        ]
        for delegate, key in self._delegates:
            self.view.setItemDelegateForColumn(self.model.column_of(key), delegate)
        return self.view

    def _watch_layout(self) -> None:
        """Save the layout shortly after the user moves a splitter or a column."""
        splitter, header = self.splitter, self.view.horizontalHeader()
        splitter.splitterMoved.connect(lambda *_args: self._layout_timer.start())
        header.sectionResized.connect(lambda *_args: self._layout_timer.start())
        header.sectionMoved.connect(lambda *_args: self._layout_timer.start())
        header.setSectionsMovable(True)

    def _department_at(self, index: QModelIndex) -> int:
        return self.model.record_at(index.row()).department_id

    # -- remembered layout -------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Column order and widths, and the detail pane's width, as the user left them."""
        settings = self._plan.settings
        header = self.view.horizontalHeader()
        saved = str(settings.value("checklist/columns") or "")
        visual = 0
        for item in saved.split(","):
            key, _sep, width = item.partition(":")
            column = self.model.column_of(key)
            if column < 0 or not width.isdigit():
                continue  # a column this version no longer has
            header.moveSection(header.visualIndex(column), visual)
            header.resizeSection(column, max(int(width), 30))
            visual += 1
        state = settings.value("checklist/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)

    @Slot()
    def save_layout(self) -> None:
        if not self._remember_layout:
            return
        header = self.view.horizontalHeader()
        columns = [
            f"{self.model.COLUMNS[header.logicalIndex(v)].key}:{header.sectionSize(header.logicalIndex(v))}"
            for v in range(header.count())
        ]
        settings = self._plan.settings
        settings.set_value("checklist/columns", ",".join(columns))
        settings.set_value("checklist/splitter", self.splitter.saveState())
