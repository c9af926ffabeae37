"""The checklist's bulk row: new / delete, the selection count, status, owner and due-date
changes for every selected task, and the line that says why an edit was refused."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.records import Person, TaskStatus
from models.tables.labels import localized, task_status_label
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.shell.theme import Theme


class ChecklistBulkBar(QWidget):
    """Buttons and menus that ask for edits of the selected tasks; the checklist runs them.

    Signals:
        new_requested(): add a task.
        delete_requested(): delete the selected tasks.
        status_requested(TaskStatus status): give the selected tasks this status.
        owner_requested(object person_id): give them this owner (an int id).
        shift_requested(int days): move their due dates by this many days.
    """

    new_requested = Signal()
    delete_requested = Signal()
    status_requested = Signal(object)
    owner_requested = Signal(object)
    shift_requested = Signal(int)

    def __init__(self, plan: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_bulk")
        self._plan = plan
        self._selected = 0
        # The menu actions are made anew on every retranslation; these name the current ones.
        self.status_actions: dict[TaskStatus, QAction] = {}
        self.owner_actions: dict[int, tuple[QAction, Person]] = {}
        self._build()
        self.retranslate()
        # A language switch refills from the store only once the bar is on screen (a hidden
        # or closed page's store may be gone).
        RefreshWhenShown(self, self.retranslate)

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)  # as the checklist page spaces its rows
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_task")
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_tasks")
        self.delete_button.clicked.connect(self.delete_requested)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addSpacing(12)
        self.selection_label = QLabel(self)
        row.addWidget(self.selection_label)
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
            row.addWidget(widget)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("checklist_error")
        self.error_label.setStyleSheet(f"color: {Theme.colors.critical};")
        row.addWidget(self.error_label, 1)

    # -- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Name the buttons and refill the status and owner menus in the UI language."""
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
        self._fill_menus()
        self.show_selection(self._selected)

    def _fill_menus(self) -> None:
        self.status_menu.clear()
        self.status_actions = {}
        for status in TaskStatus:
            action = self.status_menu.addAction(task_status_label(status))
            action.triggered.connect(lambda _c=False, s=status: self.status_requested.emit(s))
            self.status_actions[status] = action
        self.owner_menu.clear()
        self.owner_actions = {}
        for person in self._plan.campaign.people():
            action = self.owner_menu.addAction(localized(person.name, person.name_en))
            action.triggered.connect(lambda _c=False, p=person.id: self.owner_requested.emit(p))
            self.owner_actions[person.id or 0] = (action, person)

    # -- showing -----------------------------------------------------------------------------

    def show_selection(self, count: int) -> None:
        """Say how many tasks are selected; the bulk edits need at least one."""
        self._selected = count
        self.selection_label.setText(self.tr("%n selected", "", count))
        for widget in (
            self.status_button, self.owner_button, self.shift_spin, self.shift_button,
            self.delete_button,
        ):  # fmt: skip
            widget.setEnabled(count > 0)
        actions = [*self.status_actions.values(), *(a for a, _p in self.owner_actions.values())]
        for action in actions:
            action.setEnabled(count > 0)

    def show_refusal(self, reason: str) -> None:
        """Say why the last edit was refused (in full in the tooltip)."""
        self.error_label.setText(reason)
        self.error_label.setToolTip(reason)

    def clear_refusal(self) -> None:
        self.error_label.clear()

    @Slot()
    def _on_shift_clicked(self) -> None:
        self.shift_requested.emit(self.shift_spin.value())
