"""The new-task form of the checklist: titles, unit, phase, milestone, owner and dates.

The plan controller checks the values; a refusal is shown under the form next to the
field it names, and the form stays open with everything the user typed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.records import Actor
from models.tables.labels import localized
from ui.common.form_dialog import FormDialog


class TaskCreateDialog(FormDialog):
    """Collects a new task; ``created_id`` holds its id once the controller added it."""

    def __init__(
        self,
        plan: PlanController,
        actor: Actor,
        department_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("task_create_dialog")
        self.setWindowTitle(self.tr("New task"))
        self.setMinimumWidth(460)
        self._plan = plan
        self._actor = actor
        self.created_id: int | None = None
        campaign = plan.campaign
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.title_zh_edit = QLineEdit(self)
        self.title_zh_edit.setObjectName("new_title_zh")
        self.title_en_edit = QLineEdit(self)
        self.title_en_edit.setObjectName("new_title_en")
        self.department_combo = QComboBox(self)
        for department in campaign.departments():
            self.department_combo.addItem(
                localized(department.name_zh, department.name_en), department.id
            )
        own = plan.rules.own_department_id(actor)
        chosen = own if own is not None else department_id
        if chosen is not None:
            self.department_combo.setCurrentIndex(max(self.department_combo.findData(chosen), 0))
        # A unit's lead (or a unit's room) adds tasks to that unit only.
        self.department_combo.setEnabled(own is None and department_id is None)
        self.phase_combo = QComboBox(self)
        today = plan.today()
        for phase in campaign.phases():
            self.phase_combo.addItem(localized(phase.name_zh, phase.name_en), phase.id)
            if phase.start_date <= today <= phase.end_date:
                self.phase_combo.setCurrentIndex(self.phase_combo.count() - 1)
        self.milestone_combo = QComboBox(self)
        self.milestone_combo.addItem(self.tr("(none)"), None)
        for milestone in plan.milestones.all():
            mark = "◆" if milestone.is_gate else "◇"
            self.milestone_combo.addItem(
                f"{mark} {localized(milestone.name_zh, milestone.name_en)}", milestone.id
            )
        self.owner_combo = QComboBox(self)
        first, last = plan.window()
        self.start_edit = QDateEdit(self, calendarPopup=True)
        self.due_edit = QDateEdit(self, calendarPopup=True)
        start = min(max(today, first), last)
        self.start_edit.setDate(_qdate(start))
        self.due_edit.setDate(_qdate(min(start + timedelta(days=3), last)))
        self._fields: dict[str, QWidget] = {
            "title_zh": self.title_zh_edit, "title_en": self.title_en_edit,
            "department_id": self.department_combo, "phase_id": self.phase_combo,
            "milestone_id": self.milestone_combo, "owner_id": self.owner_combo,
            "planned_start": self.start_edit, "due_date": self.due_edit,
        }  # fmt: skip
        captions = {
            "title_zh": self.tr("Title (中文)"), "title_en": self.tr("Title (English)"),
            "department_id": self.tr("Unit"), "phase_id": self.tr("Phase"),
            "milestone_id": self.tr("Milestone"), "owner_id": self.tr("Owner"),
            "planned_start": self.tr("Planned start"), "due_date": self.tr("Due"),
        }  # fmt: skip
        for key, widget in self._fields.items():
            form.addRow(captions[key], widget)
        root.addLayout(form)
        self.add_footer(root, self.tr("Add task"))
        self.department_combo.currentIndexChanged.connect(self._fill_owners)
        self._fill_owners()

    @Slot()
    def _fill_owners(self) -> None:
        """Owners of the chosen unit first: the person a lead assigns is nearly always there."""
        department = self.department_combo.currentData()
        people = sorted(
            self._plan.campaign.people(), key=lambda p: (p.department_id != department, p.name)
        )
        current = self.owner_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("(nobody yet)"), None)
        for person in people:
            self.owner_combo.addItem(localized(person.name, person.name_en), person.id)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(current), 0))

    def values(self) -> dict[str, object]:
        return {
            "title_zh": self.title_zh_edit.text(),
            "title_en": self.title_en_edit.text(),
            "department_id": self.department_combo.currentData(),
            "phase_id": self.phase_combo.currentData(),
            "milestone_id": self.milestone_combo.currentData(),
            "owner_id": self.owner_combo.currentData(),
            "planned_start": _pydate(self.start_edit),
            "due_date": _pydate(self.due_edit),
        }

    def apply(self) -> None:
        """Add the task (one undo step)."""
        self.created_id = self._plan.create_task(self._actor, self.values())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]
