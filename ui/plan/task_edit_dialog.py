"""Rename a task or move it to another unit, phase or milestone (one undo step).

Only the fields the user changed are sent; the plan controller re-derives the dates and
refuses what does not fit, and the form stays open with the message next to the field.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.plan.schedule import anchor_text
from models.records import Actor, Task
from models.tables.labels import localized
from ui.common.form_dialog import FormDialog


class TaskEditDialog(FormDialog):
    """The titles, unit, phase, milestone and due date of one task, ready to change."""

    def __init__(
        self, plan: PlanController, actor: Actor, task: Task, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("task_edit_dialog")
        self.setWindowTitle(self.tr("Rename or move task"))
        self.setMinimumWidth(480)
        self._plan = plan
        self._actor = actor
        self._task = task
        campaign = plan.campaign
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.title_zh_edit = QLineEdit(task.title_zh, self)
        self.title_en_edit = QLineEdit(task.title_en, self)
        self.department_combo = QComboBox(self)
        for department in campaign.departments():
            self.department_combo.addItem(
                localized(department.name_zh, department.name_en), department.id
            )
        self.department_combo.setCurrentIndex(self.department_combo.findData(task.department_id))
        # A unit's lead keeps tasks in their unit: only the commander hands them over.
        self.department_combo.setEnabled(plan.rules.own_department_id(actor) is None)
        self.phase_combo = QComboBox(self)
        for phase in campaign.phases():
            self.phase_combo.addItem(localized(phase.name_zh, phase.name_en), phase.id)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(task.phase_id))
        self.milestone_combo = QComboBox(self)
        self.milestone_combo.addItem(self.tr("(none)"), None)
        self._milestones = {m.id: m for m in plan.milestones.all()}
        for milestone in self._milestones.values():
            mark = "◆" if milestone.is_gate else "◇"
            self.milestone_combo.addItem(
                f"{mark} {localized(milestone.name_zh, milestone.name_en)}", milestone.id
            )
        self.milestone_combo.setCurrentIndex(
            max(self.milestone_combo.findData(task.milestone_id), 0)
        )
        self.due_edit = QDateEdit(task.due_date, self, calendarPopup=True)
        self.anchor_label = QLabel(self)
        self.anchor_label.setObjectName("muted")
        self.anchor_label.setWordWrap(True)
        self._fields: dict[str, QWidget] = {
            "title_zh": self.title_zh_edit, "title_en": self.title_en_edit,
            "department_id": self.department_combo, "phase_id": self.phase_combo,
            "milestone_id": self.milestone_combo, "due_date": self.due_edit,
        }  # fmt: skip
        captions = {
            "title_zh": self.tr("Title (中文)"), "title_en": self.tr("Title (English)"),
            "department_id": self.tr("Unit"), "phase_id": self.tr("Phase"),
            "milestone_id": self.tr("Milestone"), "due_date": self.tr("Due"),
        }  # fmt: skip
        for key, widget in self._fields.items():
            form.addRow(captions[key], widget)
        form.addRow("", self.anchor_label)
        root.addLayout(form)
        self.add_footer(root, self.tr("Apply"))
        self.milestone_combo.currentIndexChanged.connect(self._on_milestone_changed)
        self._show_anchor()

    def _show_anchor(self) -> None:
        anchor = anchor_text(self._task)
        if anchor.startswith("M"):
            text = self.tr("Due %1 of its milestone: it follows the milestone it moves to.")
        elif anchor:
            text = self.tr("Due %1 (counted back from D-day): the date stays.")
        else:
            text = self.tr("Fixed due date: the date stays.")
        self.anchor_label.setText(text.replace("%1", anchor))

    @Slot()
    def _on_milestone_changed(self) -> None:
        """The task goes where its milestone is: the phase follows, an M-n date too."""
        milestone = self._milestones.get(self.milestone_combo.currentData())
        if milestone is None:
            return
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(milestone.phase_id))
        offset = self._task.milestone_offset_days
        if offset is not None:
            self.due_edit.setDate(milestone.due_date + timedelta(days=offset))

    def values(self) -> dict[str, object]:
        """The fields the user changed, as the controller takes them."""
        task = self._task
        current = {
            "title_zh": self.title_zh_edit.text(),
            "title_en": self.title_en_edit.text(),
            "department_id": self.department_combo.currentData(),
            "phase_id": self.phase_combo.currentData(),
            "milestone_id": self.milestone_combo.currentData(),
            "due_date": self.due_edit.date().toPython(),
        }
        return {key: value for key, value in current.items() if value != getattr(task, key)}

    def apply(self) -> None:
        """Apply the changes as one undo step."""
        self._plan.task_details.edit(self._actor, self._task.id or 0, self.values())
