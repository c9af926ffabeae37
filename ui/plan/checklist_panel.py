"""The checklist: every task, filtered, sorted, edited inline and in bulk, with a detail pane.

The page owns parts that talk through signals: the filter bar, the bulk-edit row, the task
table and the detail pane. Filtering and sorting happen inside the table model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from controllers.plan.plan_controller import PlanController
from models.errors import ValidationError
from models.records import Actor, Task, TaskStatus
from models.tables.labels import CONTEXT as LABELS_CONTEXT
from models.tables.labels import localized
from ui.common import dialogs
from ui.common.palette_entry import PaletteEntry, Phrase, Wording, translated
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.plan.checklist_bulk_bar import ChecklistBulkBar
from ui.plan.checklist_filters import ChecklistFilterBar
from ui.plan.checklist_table import ChecklistTable
from ui.plan.task_create_dialog import TaskCreateDialog
from ui.plan.task_detail_pane import TaskDetailPane

LAYOUT_SAVE_MS = 400


class ChecklistPanel(QWidget):
    """Tasks of the campaign; a unit's lead starts filtered to their own unit.

    Parts: ``filters`` (a ``ChecklistFilterBar``), ``bulk`` (a ``ChecklistBulkBar``),
    ``view`` (a ``ChecklistTable`` over ``model``) and ``detail`` (a ``TaskDetailPane``).
    The panel wires them, runs the edits they ask for and remembers the table's layout.

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
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_SAVE_MS)
        self._layout_timer.timeout.connect(self.save_layout)
        self._build()
        self.restore_layout()
        self.retranslate()
        self.reload()
        # Leads open on what still needs doing; "Any status" is one click away.
        self.filters.select_status("open")
        own = plan.rules.own_department_id(actor)
        if own is not None:
            self.filters.select_department(own)
        self._refresher = RefreshWhenShown(self, self._refresh_all)
        plan.tasks_changed.connect(self._on_tasks_changed)
        plan.milestones_changed.connect(self._on_milestones_changed)
        campaign.campaign_changed.connect(self.reload)

    def lock_department(self, department_id: int) -> None:
        """Show one unit only: the department rooms embed the checklist this way."""
        self._locked_department = department_id
        # The rooms are narrower: they follow the main checklist's layout but do not set it.
        self._remember_layout = False
        self.filters.lock_department(department_id)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def _person_name(self, person_id: int | None) -> str:
        person = self._people.get(person_id)
        return localized(person.name, person.name_en) if person else ""

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(8)
        self.filters = ChecklistFilterBar(self._plan, self)
        self.filters.filters_changed.connect(self.apply_filters)
        root.addWidget(self.filters)
        self.bulk = ChecklistBulkBar(self._plan, self)
        self.bulk.new_requested.connect(self.open_create_dialog)
        self.bulk.delete_requested.connect(self.delete_selected)
        self.bulk.status_requested.connect(self._on_bulk_status)
        self.bulk.owner_requested.connect(self._on_bulk_owner)
        self.bulk.shift_requested.connect(self._on_bulk_shift)
        root.addWidget(self.bulk)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("checklist_splitter")
        self.splitter = splitter
        self.view = ChecklistTable(self._plan, self._person_name, splitter)
        self.model = self.view.task_model
        self.view.edit_requested.connect(self._on_edit_requested)
        self.view.selection_changed.connect(self._on_selection_changed)
        self.detail = TaskDetailPane(self._plan, self._actor, splitter)
        self.detail.task_requested.connect(self.select_task)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1400, 380])
        root.addWidget(splitter, 1)
        # Save the layout shortly after the user moves the splitter or a column.
        splitter.splitterMoved.connect(self._on_layout_changed)
        self.view.columns_changed.connect(self._on_layout_changed)

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
        self.find_action.triggered.connect(self.filters.focus_search)
        self.addAction(self.find_action)

    # -- language ------------------------------------------------------------------------

    def _refresh_all(self) -> None:
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Name the actions (the filter bar, bulk row and detail pane name their own texts)."""
        self.edit_action.setText(self.tr("Rename or move the selected task"))
        self._update_counts()

    def palette_entries(self) -> list[PaletteEntry]:
        """The checklist's actions for the command palette; the bulk edits while tasks
        are selected (the palette lists enabled actions only)."""
        new_task = QT_TRANSLATE_NOOP("ChecklistPanel", "New task")
        delete_tasks = QT_TRANSLATE_NOOP("ChecklistPanel", "Delete the selected tasks")
        search = QT_TRANSLATE_NOOP("ChecklistPanel", "Search tasks")
        entries = [
            PaletteEntry(self.new_action, translated("ChecklistPanel", new_task)),
            PaletteEntry(self.edit_action),
            PaletteEntry(self.delete_action, translated("ChecklistPanel", delete_tasks)),
            PaletteEntry(self.find_action, translated("ChecklistPanel", search)),
        ]
        for action in self.bulk.status_actions.values():
            entries.append(PaletteEntry(action, _status_phrase(action.text())))
        for action, person in self.bulk.owner_actions.values():
            entries.append(PaletteEntry(action, _owner_phrase(person.name, person.name_en)))
        return entries

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

    def _search_text(self, task: Task) -> str:
        context = self.model.context
        parts = [
            task.title_zh, task.title_en, self._person_name(task.owner_id),
            context.milestones.get(task.milestone_id or 0, ""), task.note,
        ]  # fmt: skip
        return " ".join(parts).casefold()

    @Slot()
    def apply_filters(self) -> None:
        """Show the tasks the filter bar lets through; the model keeps its sort order."""
        self.model.set_filter(self.filters.predicate(self._haystack, self.model.flags_of))
        self._update_counts()

    def clear_filters(self) -> None:
        """Show every task again (a task was asked for that the filters hide)."""
        self.filters.clear()

    def _update_counts(self) -> None:
        self.filters.show_counts(self.model.rowCount(), len(self._haystack))
        self.bulk.show_selection(len(self.selected_ids()))

    # -- selection -----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected tasks."""
        return self.view.selected_ids()

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
        self.view.select_id(task_id)

    # -- edits ---------------------------------------------------------------------------

    @Slot(int, str, object)
    def _on_edit_requested(self, task_id: int, key: str, value: object) -> None:
        self._run(lambda: self._plan.edit_task(self._actor, task_id, key, value))

    @Slot(object)
    def _on_bulk_status(self, status: TaskStatus) -> None:
        ids = self.selected_ids()
        self._run(lambda: self._plan.set_status(self._actor, ids, status))

    @Slot(object)
    def _on_bulk_owner(self, owner_id: int | None) -> None:
        ids = self.selected_ids()
        self._run(lambda: self._plan.set_owner(self._actor, ids, owner_id))

    @Slot(int)
    def _on_bulk_shift(self, days: int) -> None:
        ids = self.selected_ids()
        self._run(lambda: self._plan.shift_due(self._actor, ids, days))

    def _run(self, action: Callable[[], None]) -> None:
        """Do an edit; a refusal shows next to the table and nothing changes."""
        try:
            action()
        except ValidationError as error:
            self.bulk.show_refusal(str(error))
        else:
            self.bulk.clear_refusal()

    # -- adding and deleting ---------------------------------------------------------------

    @Slot()
    def open_create_dialog(self) -> TaskCreateDialog:
        """Open the new-task form (window-modal); the added task is selected afterwards."""
        department = self._locked_department or self.filters.department_id()
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
        self.bulk.clear_refusal()
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

    # -- remembered layout -------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Column order and widths, and the detail pane's width, as the user left them."""
        settings = self._plan.settings
        self.view.restore_column_layout(str(settings.value("checklist/columns") or ""))
        state = settings.value("checklist/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)

    @Slot()
    def save_layout(self) -> None:
        """Remember the layout (the main checklist only: the rooms follow it)."""
        if not self._remember_layout:
            return
        settings = self._plan.settings
        settings.set_value("checklist/columns", self.view.column_layout())
        settings.set_value("checklist/splitter", self.splitter.saveState())

    @Slot()
    def _on_layout_changed(self, *_args: object) -> None:
        self._layout_timer.start()


def _status_phrase(status_label: str) -> Phrase:
    """ "Status: Done", the status as the checklist's menu shows it now."""
    template = QT_TRANSLATE_NOOP("ChecklistPanel", "Status: %1")

    def phrase(wording: Wording) -> str:
        status = wording.restate(status_label, LABELS_CONTEXT)
        return wording.say("ChecklistPanel", template).replace("%1", status)

    return phrase


def _owner_phrase(name_zh: str, name_en: str) -> Phrase:
    """ "Assign owner: Wang Fang" (or her Chinese name)."""
    template = QT_TRANSLATE_NOOP("ChecklistPanel", "Assign owner: %1")

    def phrase(wording: Wording) -> str:
        name = wording.pick(name_zh, name_en)
        return wording.say("ChecklistPanel", template).replace("%1", name)

    return phrase
