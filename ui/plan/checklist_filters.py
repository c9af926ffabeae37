"""The checklist's filter row: text search, unit, phase, status, owner and flag filters.

The bar only says that its filters changed and hands out their combination as one
predicate; the checklist applies it inside the table model. The text search waits for a
short pause in typing, so the view stays responsive on large plans.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from controllers.plan.plan_controller import PlanController
from models.records import Task, TaskStatus
from models.tables.labels import localized, task_status_label
from ui.common.refresh_when_shown import RefreshWhenShown

FLAGS = ("lagging", "overdue", "blocked")
SEARCH_PAUSE_MS = 250

TaskTest = Callable[[Task], bool]


class ChecklistFilterBar(QWidget):
    """Search box, filter combos, flag toggles and the "shown of total" count.

    Signals:
        filters_changed(): a filter changed (the search text only after a pause in typing).
    """

    filters_changed = Signal()

    def __init__(self, plan: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_filters")
        self._plan = plan
        self._counts = (0, 0)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.filters_changed)
        self._build()
        self.retranslate()
        # A language switch refills from the store only once the bar is on screen (a hidden
        # or closed page's store may be gone).
        RefreshWhenShown(self, self.retranslate)

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)  # as the checklist page spaces its rows
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("checklist_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        row.addWidget(self.search_edit, 2)
        self.department_combo = self._filter_combo("filter_department")
        self.phase_combo = self._filter_combo("filter_phase")
        self.status_combo = self._filter_combo("filter_status")
        self.owner_combo = self._filter_combo("filter_owner")
        for combo in self._combos():
            row.addWidget(combo, 1)
        self.flag_buttons: dict[str, QToolButton] = {}
        for flag in FLAGS:
            button = QToolButton(self)
            button.setObjectName(f"filter_{flag}")
            button.setCheckable(True)
            button.toggled.connect(self._on_filter_changed)
            row.addWidget(button)
            self.flag_buttons[flag] = button
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        row.addWidget(self.count_label)

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.department_combo, self.phase_combo, self.status_combo, self.owner_combo)

    # -- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Name everything in the UI language; the chosen filters stay as they are."""
        self.search_edit.setPlaceholderText(self.tr("Search tasks, owners, milestones… (Ctrl+F)"))
        labels = {
            "lagging": self.tr("▲ Lagging"),
            "overdue": self.tr("✖ Overdue"),
            "blocked": self.tr("⊘ Blocked"),
        }
        for flag, button in self.flag_buttons.items():
            button.setText(labels[flag])
        self._fill_combos()
        self.show_counts(*self._counts)

    def _fill_combos(self) -> None:
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
             [(localized(p.name, p.name_en), p.id) for p in campaign.people()]),
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

    # -- choosing filters --------------------------------------------------------------------

    def select_status(self, status: str | None) -> None:
        """Filter on a status code, or "open" for every unfinished task."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def select_department(self, department_id: int | None) -> None:
        """Filter on one unit (None or an unknown id: every unit)."""
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(department_id), 0))

    def department_id(self) -> int | None:
        """The unit filtered on, if any."""
        return self.department_combo.currentData()

    def lock_department(self, department_id: int) -> None:
        """Filter on one unit for good: its combo disappears."""
        self.select_department(department_id)
        self.department_combo.setVisible(False)

    def clear(self) -> None:
        """Every filter back to "all", the unit too (one ``filters_changed``)."""
        widgets = (self.search_edit, *self._combos(), *self.flag_buttons.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in self._combos():
            combo.setCurrentIndex(0)
        for button in self.flag_buttons.values():
            button.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._on_filter_changed()

    def focus_search(self) -> None:
        self.search_edit.setFocus()

    # -- reading filters --------------------------------------------------------------------

    def predicate(
        self, haystack: dict[int, str], flags_of: Callable[[Task], list[str]]
    ) -> TaskTest | None:
        """Every filter combined into one test (None: nothing filtered).

        ``haystack`` holds each task's searchable text (casefolded); ``flags_of`` names the
        flags of a task. A search still waiting for the pause in typing is taken now.
        """
        self._search_timer.stop()
        needle = self.search_edit.text().strip().casefold()
        department = self.department_combo.currentData()
        phase = self.phase_combo.currentData()
        status = self.status_combo.currentData()
        owner = self.owner_combo.currentData()
        flags = {flag for flag, button in self.flag_buttons.items() if button.isChecked()}
        tests: list[TaskTest] = []
        if needle:
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
            tests.append(lambda t: bool(flags.intersection(flags_of(t))))
        return (lambda t: all(test(t) for test in tests)) if tests else None

    def show_counts(self, shown: int, total: int) -> None:
        """How many tasks pass the filters, out of how many."""
        self._counts = (shown, total)
        self.count_label.setText(
            self.tr("%1 of %2 tasks").replace("%1", str(shown)).replace("%2", str(total))
        )

    # -- handlers ----------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_filter_changed(self) -> None:
        self.filters_changed.emit()
