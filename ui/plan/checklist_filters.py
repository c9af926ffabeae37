"""The checklist's filter row: text search, unit, phase, status, owner and flag filters.

``ChecklistFiltersMixin`` is part of ``ChecklistPanel`` (kept in its own module so the
filtering reads on its own). Filtering happens inside the table model as one predicate;
the text search matches a per-task "haystack" the panel keeps up to date. Its ``tr()``
strings carry this class's translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout

from controllers.plan.plan_controller import PlanController
from models.records import Person, Task, TaskStatus
from models.tables.labels import localized, task_status_label
from models.tables.task_table_model import TaskTableModel

FLAGS = ("lagging", "overdue", "blocked")


class ChecklistFiltersMixin:
    """Builds, fills, applies and clears the checklist filters (mixed into ChecklistPanel)."""

    _plan: PlanController
    _search_timer: QTimer
    _haystack: dict[int, str]
    _people: dict[int | None, Person]
    model: TaskTableModel

    def _build_filters(self, root: QVBoxLayout) -> None:
        filters = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("checklist_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        filters.addWidget(self.search_edit, 2)
        self.department_combo = self._filter_combo("filter_department")
        self.phase_combo = self._filter_combo("filter_phase")
        self.status_combo = self._filter_combo("filter_status")
        self.owner_combo = self._filter_combo("filter_owner")
        for combo in (self.department_combo, self.phase_combo, self.status_combo, self.owner_combo):
            filters.addWidget(combo, 1)
        self.flag_buttons: dict[str, QToolButton] = {}
        for flag in FLAGS:
            button = QToolButton(self)
            button.setObjectName(f"filter_{flag}")
            button.setCheckable(True)
            button.toggled.connect(self.apply_filters)
            filters.addWidget(button)
            self.flag_buttons[flag] = button
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        filters.addWidget(self.count_label)
        root.addLayout(filters)

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _fill_filter_combos(self) -> None:
        campaign = self._plan.campaign
        options: list[tuple[QComboBox, str, list[tuple[str, object]]]] = [
            (self.department_combo, self.tr("All units"),
             [(localized(d.name_zh, d.name_en), d.id) for d in campaign.departments()]),
            (self.phase_combo, self.tr("All phases"),
             [(localized(p.name_zh, p.name_en), p.id) for p in campaign.phases()]),
            (self.status_combo, self.tr("Any status"),
             [(self.tr("Open (not finished)"), "open")]
             + [(task_status_label(s), s.value) for s in TaskStatus]),
            (self.owner_combo, self.tr("Any owner"),
             [(localized(p.name, p.name_en), p.id) for p in self._people.values()]),
        ]  # fmt: skip
        for combo, everything, items in options:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def clear_filters(self) -> None:
        """Show every task again (a task was asked for that the filters hide)."""
        self.search_edit.clear()
        for combo in (self.department_combo, self.phase_combo, self.status_combo, self.owner_combo):
            combo.setCurrentIndex(0)
        for button in self.flag_buttons.values():
            button.setChecked(False)
        self.apply_filters()

    def _search_text(self, task: Task) -> str:
        context = self.model.context
        parts = [
            task.title_zh, task.title_en, self._person_name(task.owner_id),
            context.milestones.get(task.milestone_id or 0, ""), task.note,
        ]  # fmt: skip
        return " ".join(parts).casefold()

    @Slot()
    def apply_filters(self) -> None:
        """Combine every filter into one predicate; the model keeps its sort order."""
        self._search_timer.stop()
        needle = self.search_edit.text().strip().casefold()
        department = self.department_combo.currentData()
        phase = self.phase_combo.currentData()
        status = self.status_combo.currentData()
        owner = self.owner_combo.currentData()
        flags = {flag for flag, button in self.flag_buttons.items() if button.isChecked()}
        tests: list[Callable[[Task], bool]] = []
        if needle:
            haystack = self._haystack
            tests.append(lambda t: needle in haystack.get(t.id or 0, ""))
        if department is not None:
            tests.append(lambda t: t.department_id == department)
        if phase is not None:
            tests.append(lambda t: t.phase_id == phase)
        if status == "open":
            tests.append(lambda t: not t.status.is_finished)
        elif status is not None:
            tests.append(lambda t: t.status.value == status)
        if owner is not None:
            tests.append(lambda t: t.owner_id == owner)
        if flags:
            flags_of = self.model.flags_of
            tests.append(lambda t: bool(flags.intersection(flags_of(t))))
        self.model.set_filter((lambda t: all(test(t) for test in tests)) if tests else None)
        self._update_counts()
