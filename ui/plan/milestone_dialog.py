"""The new-milestone form (names, phase, unit, date, gate or not) and deleting a milestone
after a confirmation: the commander's, from the gates page and the timeline.

The plan controller checks the values; a refusal shows under the form and focuses the
field it names, and the form keeps what the user typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.errors import ValidationError
from models.records import Actor
from models.tables.labels import localized
from ui.common import dialogs
from ui.common.form_dialog import FormDialog


class MilestoneDialog(FormDialog):
    """Collects a new milestone; ``created_id`` holds its id once the controller added it."""

    def __init__(
        self,
        plan: PlanController,
        actor: Actor,
        parent: QWidget | None = None,
        day: date | None = None,
        is_gate: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("milestone_dialog")
        self.setWindowTitle(self.tr("New milestone"))
        self.setMinimumWidth(440)
        self._plan = plan
        self._actor = actor
        self.created_id: int | None = None
        campaign = plan.campaign
        day = day or plan.today()
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.name_zh_edit = QLineEdit(self)
        self.name_en_edit = QLineEdit(self)
        self.phase_combo = QComboBox(self)
        for phase in campaign.phases():
            self.phase_combo.addItem(localized(phase.name_zh, phase.name_en), phase.id)
            if phase.start_date <= day <= phase.end_date:
                self.phase_combo.setCurrentIndex(self.phase_combo.count() - 1)
        self.department_combo = QComboBox(self)
        for department in campaign.departments():
            self.department_combo.addItem(
                localized(department.name_zh, department.name_en), department.id
            )
        self.date_edit = QDateEdit(day, self, calendarPopup=True)
        self.gate_check = QCheckBox(
            self.tr("Gate: needs a sign-off (验收) before the next stage"), self
        )
        self.gate_check.setChecked(is_gate)
        self._fields: dict[str, QWidget] = {
            "name_zh": self.name_zh_edit, "name_en": self.name_en_edit,
            "phase_id": self.phase_combo, "department_id": self.department_combo,
            "due_date": self.date_edit, "is_gate": self.gate_check,
        }  # fmt: skip
        captions = {
            "name_zh": self.tr("Name (中文)"), "name_en": self.tr("Name (English)"),
            "phase_id": self.tr("Phase"), "department_id": self.tr("Unit (signs off a gate)"),
            "due_date": self.tr("Date"), "is_gate": "",
        }  # fmt: skip
        for key, widget in self._fields.items():
            form.addRow(captions[key], widget)
        root.addLayout(form)
        self.add_footer(root, self.tr("Add milestone"))

    def values(self) -> dict[str, object]:
        return {
            "name_zh": self.name_zh_edit.text(),
            "name_en": self.name_en_edit.text(),
            "phase_id": self.phase_combo.currentData(),
            "department_id": self.department_combo.currentData(),
            "due_date": self.date_edit.date().toPython(),
            "is_gate": self.gate_check.isChecked(),
        }

    def apply(self) -> None:
        """Add the milestone (one undo step)."""
        self.created_id = self._plan.milestones.create(self._actor, self.values())


def delete_milestone(parent: QWidget, plan: PlanController, actor: Actor, milestone_id: int) -> str:
    """Ask, then delete a milestone as one undo step; returns the refusal ('' when done or
    cancelled)."""
    milestone = plan.milestone(milestone_id)
    name = localized(milestone.name_zh, milestone.name_en)
    question = QCoreApplication.translate("MilestoneDialog", "Delete the milestone “%1”?").replace(
        "%1", name
    )
    waiting = plan.milestones.waiting_for(milestone_id)
    if waiting:
        question += "\n" + QCoreApplication.translate(
            "MilestoneDialog", "Tasks waiting for it: %1. They stop waiting."
        ).replace("%1", str(waiting))
    question += "\n" + QCoreApplication.translate(
        "MilestoneDialog", "Undo (Ctrl+Z) brings it back."
    )
    if not dialogs.confirm(
        parent, QCoreApplication.translate("MilestoneDialog", "Delete milestone"), question
    ):
        return ""
    try:
        plan.milestones.delete(actor, milestone_id)
    except ValidationError as error:
        return str(error)
    return ""
