"""The checklist: every task, filtered, sorted, edited inline and in bulk, with a detail pane.

Filtering and sorting happen inside the table model (a row-order list), and the text
search waits for a short pause in typing, so the view stays responsive on large plans.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.errors import ValidationError
from models.records import Actor, TaskStatus
from models.tables.labels import localized, task_status_label
from models.tables.task_table_model import CHECKLIST_COLUMNS, TaskTableModel
from ui.common import dialogs
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.plan.checklist_filters import ChecklistFiltersMixin
from ui.plan.checklist_table import ChecklistTableMixin
from ui.plan.task_create_dialog import TaskCreateDialog
from ui.plan.task_detail_pane import TaskDetailPane
from ui.shell.theme import Theme

SEARCH_PAUSE_MS = 250
LAYOUT_SAVE_MS = 400


class ChecklistPanel(ChecklistFiltersMixin, ChecklistTableMixin, RefreshWhenShown, QWidget):
    """Tasks of the campaign; a unit's lead starts filtered to their own unit.

    The filter row comes from ``ChecklistFiltersMixin`` (ui/checklist_filters.py), the table
    and its remembered layout from ``ChecklistTableMixin`` (ui/checklist_table.py).

    Signals:
        task_selected(int task_id): one task became the selected one (the timeline follows).
    """

    task_selected = Signal(int)

    def __init__(self, plan: PlanController, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self._plan = plan
        self._actor = actor
        self._locked_department: int | None = None
        self._remember_layout = True
        self.create_dialog: TaskCreateDialog | None = None
        campaign = plan.campaign
        self._people = {p.id: p for p in campaign.people()}
        self._haystack: dict[int, str] = {}
        self.model = TaskTableModel(
            self._person_name, plan.today, self._on_edit_requested, plan.lag_margin, self,
            columns=CHECKLIST_COLUMNS,
        )  # fmt: skip
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_SAVE_MS)
        self._layout_timer.timeout.connect(self.save_layout)
        self._build()
        self.restore_layout()
        self.retranslate()
        self.reload()
        # Leads open on what still needs doing; "Any status" is one click away.
        self.status_combo.setCurrentIndex(self.status_combo.findData("open"))
        own = plan.rules.own_department_id(actor)
        if own is not None:
            self.department_combo.setCurrentIndex(max(self.department_combo.findData(own), 0))
        plan.tasks_changed.connect(self._on_tasks_changed)
        plan.milestones_changed.connect(self._on_milestones_changed)
        campaign.campaign_changed.connect(self.reload)

    def lock_department(self, department_id: int) -> None:
        """Show one unit only: the department rooms embed the checklist this way."""
        self._locked_department = department_id
        # The rooms are narrower: they follow the main checklist's layout but do not set it.
        self._remember_layout = False
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(department_id), 0))
        self.department_combo.setVisible(False)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def _person_name(self, person_id: int | None) -> str:
        person = self._people.get(person_id)
        return localized(person.name, person.name_en) if person else ""

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(8)
        self._build_filters(root)
        bulk = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_task")
        self.new_button.clicked.connect(self.open_create_dialog)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_tasks")
        self.delete_button.clicked.connect(self.delete_selected)
        bulk.addWidget(self.new_button)
        bulk.addWidget(self.delete_button)
        bulk.addSpacing(12)
        self.selection_label = QLabel(self)
        bulk.addWidget(self.selection_label)
        self.status_button = QToolButton(self)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.owner_button = QToolButton(self)
        self.owner_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.owner_menu = QMenu(self)
        self.owner_button.setMenu(self.owner_menu)
        self.shift_spin = QSpinBox(self)
        self.shift_spin.setRange(-60, 60)
        self.shift_spin.setValue(1)
        self.shift_button = QPushButton(self)
        self.shift_button.clicked.connect(self._on_shift_clicked)
        for widget in (self.status_button, self.owner_button, self.shift_spin, self.shift_button):
            bulk.addWidget(widget)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("checklist_error")
        self.error_label.setStyleSheet(f"color: {Theme.colors.critical};")
        bulk.addWidget(self.error_label, 1)
        root.addLayout(bulk)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("checklist_splitter")
        self.splitter = splitter
        self._build_table(splitter)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail = TaskDetailPane(self._plan, self._actor, splitter)
        self.detail.task_requested.connect(self.select_task)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1400, 380])
        root.addWidget(splitter, 1)
        self._watch_layout()

        # Insert anywhere in the page; Delete only on the table itself, so that Delete in
        # the search box or in a cell editor keeps its ordinary meaning.
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.open_create_dialog)
        self.addAction(self.new_action)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)

        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.detail.open_edit_dialog)
        self.addAction(self.edit_action)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: self.search_edit.setFocus())
        self.addAction(self.find_action)

    # -- language ------------------------------------------------------------------------

    def refresh_all(self) -> None:
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search tasks, owners, milestones… (Ctrl+F)"))
        labels = {
            "lagging": self.tr("▲ Lagging"),
            "overdue": self.tr("✖ Overdue"),
            "blocked": self.tr("⊘ Blocked"),
        }
        for flag, button in self.flag_buttons.items():
            button.setText(labels[flag])
        self.edit_action.setText(self.tr("Rename or move the selected task"))
        self.new_button.setText(self.tr("+ New task"))
        self.new_button.setToolTip(self.tr("Add a task (Insert)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected tasks (Delete); undo brings them back")
        )
        self.status_button.setText(self.tr("Set status"))
        self.owner_button.setText(self.tr("Assign owner"))
        self.shift_spin.setSuffix(self.tr(" days"))
        self.shift_button.setText(self.tr("Shift due dates"))
        self._fill_filter_combos()
        self._fill_bulk_menus()
        self._update_counts()

    def _fill_bulk_menus(self) -> None:
        self.status_menu.clear()
        for status in TaskStatus:
            action = self.status_menu.addAction(task_status_label(status))
            action.triggered.connect(lambda _c=False, s=status: self._on_bulk_status(s))
        self.owner_menu.clear()
        for person in self._people.values():
            action = self.owner_menu.addAction(localized(person.name, person.name_en))
            action.triggered.connect(lambda _c=False, p=person.id: self._on_bulk_owner(p))

    # -- data ----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read every task again (start, language switch, campaign replaced)."""
        self._people = {p.id: p for p in self._plan.campaign.people()}
        self.model.lag_margin = self._plan.lag_margin
        tasks = self._plan.tasks()
        self.model.context = self._plan.table_context()
        self._haystack = {t.id or 0: self._search_text(t) for t in tasks}
        self.model.set_records(tasks)
        self.apply_filters()

    @Slot(list, list, list)
    def _on_tasks_changed(self, added: list, updated: list, removed: list) -> None:
        changed = self._plan.tasks_by_ids(list(added) + list(updated))
        for task in changed:
            self._haystack[task.id or 0] = self._search_text(task)
        self.model.update_records(changed, removed)
        self.model.set_context(self._plan.table_context())
        self._update_counts()
        self.detail.show_task(self._current_task_id())

    @Slot(list, list, list)
    def _on_milestones_changed(self, *_ids: list) -> None:
        self.model.set_context(self._plan.table_context())
        self.detail.show_task(self._current_task_id())

    def _update_counts(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 tasks")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(len(self._haystack)))
        )
        selected = len(self.selected_ids())
        self.selection_label.setText(self.tr("%n selected", "", selected))
        for widget in (
            self.status_button, self.owner_button, self.shift_spin, self.shift_button,
            self.delete_button,
        ):  # fmt: skip
            widget.setEnabled(selected > 0)

    # -- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [self.model.id_at(index) for index in rows]

    def _current_task_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        self._update_counts()
        current = self._current_task_id()
        self.detail.show_task(current)
        if current is not None:
            self.task_selected.emit(current)

    @Slot(int)
    def select_task(self, task_id: int) -> None:
        """Select and show a task, clearing filters that hide it."""
        if self.model.row_of(task_id) is None:
            self.clear_filters()
        row = self.model.row_of(task_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    # -- edits ---------------------------------------------------------------------------

    def _on_edit_requested(self, task_id: int, key: str, value: object) -> None:
        self._run(lambda: self._plan.edit_task(self._actor, task_id, key, value))

    def _on_bulk_status(self, status: TaskStatus) -> None:
        ids = self.selected_ids()
        self._run(lambda: self._plan.set_status(self._actor, ids, status))

    def _on_bulk_owner(self, owner_id: int | None) -> None:
        ids = self.selected_ids()
        self._run(lambda: self._plan.set_owner(self._actor, ids, owner_id))

    @Slot()
    def _on_shift_clicked(self) -> None:
        ids, days = self.selected_ids(), self.shift_spin.value()
        self._run(lambda: self._plan.shift_due(self._actor, ids, days))

    def _run(self, action: Callable[[], None]) -> None:
        """Do an edit; a refusal shows next to the table and nothing changes."""
        try:
            action()
        except ValidationError as error:
            self.error_label.setText(str(error))
            self.error_label.setToolTip(str(error))
        else:
            self.error_label.clear()

    # -- adding and deleting ---------------------------------------------------------------

    @Slot()
    def open_create_dialog(self) -> TaskCreateDialog:
        """Open the new-task form (window-modal); the added task is selected afterwards."""
        department = self._locked_department or self.department_combo.currentData()
        dialog = TaskCreateDialog(self._plan, self._actor, self._locked_department, self)
        if self._locked_department is None and department is not None:
            dialog.department_combo.setCurrentIndex(
                max(dialog.department_combo.findData(department), 0)
            )
        dialog.accepted.connect(lambda: self._on_created(dialog))
        self.create_dialog = dialog
        dialog.open()
        return dialog

    def _on_created(self, dialog: TaskCreateDialog) -> None:
        self.error_label.clear()
        if dialog.created_id is not None:
            self.select_task(dialog.created_id)
        self.view.setFocus()

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected tasks after a confirmation; one undo step brings them back."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            question = self.tr("Delete the task “%1”?").replace("%1", self._plan.task_name(ids[0]))
        else:
            question = self.tr("Delete %n selected task(s)?", "", len(ids))
        links = self._plan.links_of(ids)
        if links:
            question += "\n" + self.tr("%n dependency link(s) on them are removed too.", "", links)
        question += "\n" + self.tr("Undo (Ctrl+Z) brings everything back.")
        if not dialogs.confirm(self, self.tr("Delete tasks"), question):
            return
        self._run(lambda: self._plan.delete_tasks(self._actor, ids))
