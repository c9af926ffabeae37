"""The selected task's detail: schedule, what blocks it, and its dependencies (editable)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.errors import ValidationError
from models.plan.schedule import anchor_text
from models.records import Actor, Task
from models.tables.labels import localized, task_status_label
from ui.common.formatting import format_date
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.plan.task_edit_dialog import TaskEditDialog
from ui.shell.theme import Theme

TASK_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class TaskDetailPane(QWidget):
    """Shows one task; adds and removes finish-to-start dependencies through the controller.

    Signals:
        task_requested(int task_id): the user double-clicked a related task.
    """

    task_requested = Signal(int)

    def __init__(self, plan: PlanController, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_detail")
        self._plan = plan
        self._actor = actor
        self._task: Task | None = None
        self._build()
        self.retranslate()
        self._refresher = RefreshWhenShown(self, self.retranslate)
        self.show_task(None)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 0, 0, 0)
        title_row = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        title_row.addWidget(self.title_label, 1)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_task")
        self.edit_button.clicked.connect(self.open_edit_dialog)
        title_row.addWidget(self.edit_button)
        root.addLayout(title_row)
        form = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        self.fact_captions: dict[str, QLabel] = {}
        for key in ("unit", "phase", "milestone", "status", "owner", "dates", "anchor"):
            caption, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            form.addRow(caption, value)
            self.facts[key], self.fact_captions[key] = value, caption
        root.addLayout(form)
        self.blocked_label = QLabel(self)
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet(f"color: {Theme.colors.critical};")
        root.addWidget(self.blocked_label)

        self.waits_caption = QLabel(self)
        self.waits_caption.setObjectName("muted")
        root.addWidget(self.waits_caption)
        self.waits_list = QListWidget(self)
        self.waits_list.setObjectName("waits_for")
        self.waits_list.itemDoubleClicked.connect(self._on_item_double_clicked)
        root.addWidget(self.waits_list, 1)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        root.addWidget(self.remove_button)

        add_row = QHBoxLayout()
        self.add_combo = QComboBox(self)
        self.add_combo.setObjectName("add_dependency")
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_clicked)
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        root.addLayout(add_row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dependency_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {Theme.colors.critical};")
        root.addWidget(self.error_label)

        self.followers_caption = QLabel(self)
        self.followers_caption.setObjectName("muted")
        root.addWidget(self.followers_caption)
        self.followers_list = QListWidget(self)
        self.followers_list.itemDoubleClicked.connect(self._on_item_double_clicked)
        root.addWidget(self.followers_list, 1)

    def retranslate(self) -> None:
        captions = {
            "unit": self.tr("Unit"),
            "phase": self.tr("Phase"),
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "dates": self.tr("Start → due"),
            "anchor": self.tr("Anchor"),
            "milestone": self.tr("Milestone"),
        }
        for key, text in captions.items():
            self.fact_captions[key].setText(text)
        self.waits_caption.setText(self.tr("Waits for (finish-to-start)"))
        self.followers_caption.setText(self.tr("Tasks waiting for this one"))
        self.remove_button.setText(self.tr("Remove selected dependency"))
        self.add_button.setText(self.tr("Add"))
        self.add_combo.lineEdit().setPlaceholderText(self.tr("Task or gate to wait for…"))
        self.edit_button.setText(self.tr("Rename / move…"))
        self.edit_button.setToolTip(
            self.tr("Change the title, unit, phase, milestone or due date (Ctrl+E)")
        )
        self.show_task(self._task.id if self._task else None)

    # -- showing -------------------------------------------------------------------------

    def show_task(self, task_id: int | None) -> None:
        """Show a task (None clears the pane)."""
        self.error_label.clear()
        try:
            self._task = self._plan.task(task_id) if task_id is not None else None
        except KeyError:
            self._task = None
        task = self._task
        enabled = task is not None
        for widget in (self.add_combo, self.add_button, self.remove_button, self.edit_button):
            widget.setEnabled(enabled)
        self.waits_list.clear()
        self.followers_list.clear()
        if task is None:
            self.title_label.setText(self.tr("Select a task to see its details."))
            for label in self.facts.values():
                label.clear()
            self.blocked_label.clear()
            return
        self.title_label.setText(localized(task.title_zh, task.title_en))
        campaign = self._plan.campaign
        people = {p.id: p for p in campaign.people()}
        owner = people.get(task.owner_id)
        unit = next((d for d in campaign.departments() if d.id == task.department_id), None)
        phase = next((p for p in campaign.phases() if p.id == task.phase_id), None)
        self.facts["unit"].setText(localized(unit.name_zh, unit.name_en) if unit else "—")
        self.facts["phase"].setText(localized(phase.name_zh, phase.name_en) if phase else "—")
        self.facts["status"].setText(f"{task_status_label(task.status)} · {task.progress}%")
        self.facts["owner"].setText(localized(owner.name, owner.name_en) if owner else "—")
        self.facts["dates"].setText(
            f"{format_date(task.planned_start)} → {format_date(task.due_date)}"
        )
        self.facts["anchor"].setText(anchor_text(task) or self.tr("fixed date"))
        milestones = {m.id: m for m in self._plan.milestones.all()}
        milestone = milestones.get(task.milestone_id)
        self.facts["milestone"].setText(
            localized(milestone.name_zh, milestone.name_en) if milestone else "—"
        )
        blockers = self._plan.blockers().get(task.id or 0, [])
        self.blocked_label.setText(
            self.tr("⊘ Blocked: waits for %1").replace(
                "%1", ", ".join(self._plan.blocker_text(b) for b in blockers)
            )
            if blockers
            else ""
        )
        self._fill_lists(task, milestones)

    def _fill_lists(self, task: Task, milestones: dict) -> None:
        names = {t.id: localized(t.title_zh, t.title_en) for t in self._plan.tasks()}
        statuses = {t.id: t.status for t in self._plan.tasks()}
        for task_id, before in self._plan.dependencies.between_tasks():
            if task_id == task.id:
                self._add_item(self.waits_list, names.get(before, "?"), before, "task", statuses)
            if before == task.id:
                self._add_item(
                    self.followers_list, names.get(task_id, "?"), task_id, "task", statuses
                )
        for task_id, gate_id in self._plan.dependencies.on_gates():
            if task_id == task.id and gate_id in milestones:
                gate = milestones[gate_id]
                mark = "✔" if gate.signed_off_at else "◆"
                item = QListWidgetItem(f"{mark} {localized(gate.name_zh, gate.name_en)}")
                item.setData(TASK_ROLE, gate_id)
                item.setData(KIND_ROLE, "gate")
                self.waits_list.addItem(item)
        self.add_combo.blockSignals(True)
        self.add_combo.clear()
        for other_id, name in sorted(names.items(), key=lambda pair: pair[1]):
            if other_id != task.id:
                self.add_combo.addItem(name, f"task:{other_id}")
        for gate in milestones.values():
            if gate.is_gate and gate.id != task.milestone_id:
                self.add_combo.addItem(
                    "◆ " + localized(gate.name_zh, gate.name_en), f"gate:{gate.id}"
                )
        self.add_combo.setCurrentIndex(-1)
        self.add_combo.blockSignals(False)

    @staticmethod
    def _add_item(target: QListWidget, name: str, task_id: int, kind: str, statuses) -> None:
        status = statuses.get(task_id)
        mark = "✔" if status is not None and status.is_finished else "○"
        item = QListWidgetItem(f"{mark} {name}")
        item.setData(TASK_ROLE, task_id)
        item.setData(KIND_ROLE, kind)
        target.addItem(item)

    # -- editing -------------------------------------------------------------------------

    @Slot()
    def open_edit_dialog(self) -> TaskEditDialog | None:
        """Rename the shown task or move it (window-modal; one undo step when applied)."""
        if self._task is None:
            return None
        dialog = TaskEditDialog(self._plan, self._actor, self._task, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._task is None:
            return
        choice = self.add_combo.currentData()
        if choice is None:
            index = self.add_combo.findText(self.add_combo.currentText())
            choice = self.add_combo.itemData(index) if index >= 0 else None
        if choice is None:
            self.error_label.setText(self.tr("Pick a task or gate from the list."))
            return
        kind, other_text = str(choice).split(":")
        other = int(other_text)
        try:
            if kind == "gate":
                self._plan.dependencies.add_gate_dependency(self._actor, self._task.id or 0, other)
            else:
                self._plan.dependencies.add_dependency(self._actor, self._task.id or 0, other)
        except ValidationError as error:
            self.error_label.setText(str(error))

    @Slot()
    def _on_remove_clicked(self) -> None:
        item = self.waits_list.currentItem()
        if self._task is None or item is None:
            self.error_label.setText(self.tr("Select a dependency to remove."))
            return
        try:
            if item.data(KIND_ROLE) == "gate":
                self._plan.dependencies.remove_gate_dependency(
                    self._actor, self._task.id or 0, item.data(TASK_ROLE)
                )
            else:
                self._plan.dependencies.remove_dependency(
                    self._actor, self._task.id or 0, item.data(TASK_ROLE)
                )
        except ValidationError as error:
            self.error_label.setText(str(error))

    @Slot(QListWidgetItem)
    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "task":
            self.task_requested.emit(int(item.data(TASK_ROLE)))
