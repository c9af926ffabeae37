"""Move D-day, a phase or a milestone: preview every recomputed date, then apply as one step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from controllers.plan.rescheduling import SchedulePreview
from models.errors import ValidationError
from models.records import Actor
from models.tables.labels import localized
from ui.common.formatting import format_date
from ui.shell.theme import Theme

DDAY = "dday"
MILESTONE = "milestone:"  # combo data prefix of a milestone target, then its id


class ScheduleDialog(QDialog):
    """Pick what moves (D-day, a phase or a milestone) and to when; the change list updates live."""

    def __init__(
        self,
        plan: PlanController,
        actor: Actor,
        parent: QWidget | None = None,
        milestone_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_dialog")
        self.setWindowTitle(self.tr("Reverse scheduling: move D-day, a phase or a milestone"))
        self.resize(760, 560)
        self._plan = plan
        self._actor = actor
        self.preview: SchedulePreview | None = None
        root = QVBoxLayout(self)
        form = QFormLayout()
        self.target_combo = QComboBox(self)
        self.target_combo.addItem(self.tr("D-day"), DDAY)
        for phase in plan.campaign.phases():
            self.target_combo.addItem(localized(phase.name_zh, phase.name_en), phase.id)
        for milestone in plan.milestones.all():
            mark = "◆" if milestone.is_gate else "◇"
            self.target_combo.addItem(
                f"{mark} {localized(milestone.name_zh, milestone.name_en)}",
                f"{MILESTONE}{milestone.id}",
            )
        if milestone_id is not None:
            found = self.target_combo.findData(f"{MILESTONE}{milestone_id}")
            self.target_combo.setCurrentIndex(max(found, 0))
        self.start_edit = QDateEdit(self, calendarPopup=True)
        self.end_edit = QDateEdit(self, calendarPopup=True)
        self.start_label = QLabel(self.tr("Start / new D-day"), self)
        self.end_label = QLabel(self.tr("End"), self)
        form.addRow(self.tr("Move"), self.target_combo)
        form.addRow(self.start_label, self.start_edit)
        form.addRow(self.end_label, self.end_edit)
        root.addLayout(form)
        self.changes_tree = QTreeWidget(self)
        self.changes_tree.setObjectName("schedule_changes")
        self.changes_tree.setRootIsDecorated(False)
        self.changes_tree.setHeaderLabels(
            [self.tr("What"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.changes_tree.header().resizeSection(0, 330)
        root.addWidget(self.changes_tree, 1)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {Theme.colors.warning};")
        root.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self.start_edit.dateChanged.connect(self._on_dates_changed)
        self.end_edit.dateChanged.connect(self._on_dates_changed)
        self._on_target_changed()

    @Slot()
    def _on_target_changed(self) -> None:
        target = self.target_combo.currentData()
        for widget in (self.start_edit, self.end_edit):
            widget.blockSignals(True)
        self.start_label.setText(self.tr("Start / new D-day"))
        if target == DDAY:
            self.start_edit.setDate(_qdate(self._plan.dday()))
        elif _milestone_id(target) is not None:
            self.start_label.setText(self.tr("New due date"))
            self.start_edit.setDate(_qdate(self._plan.milestone(_milestone_id(target)).due_date))
        else:
            phase = next(p for p in self._plan.campaign.phases() if p.id == target)
            self.start_edit.setDate(_qdate(phase.start_date))
            self.end_edit.setDate(_qdate(phase.end_date))
        one_date = target == DDAY or _milestone_id(target) is not None
        self.end_edit.setVisible(not one_date)
        self.end_label.setVisible(not one_date)
        for widget in (self.start_edit, self.end_edit):
            widget.blockSignals(False)
        self._on_dates_changed()

    @Slot()
    def _on_dates_changed(self) -> None:
        target = self.target_combo.currentData()
        start: date = self.start_edit.date().toPython()
        end: date = self.end_edit.date().toPython()
        try:
            if target == DDAY:
                self.preview = self._plan.rescheduling.preview_dday_move(start)
            elif _milestone_id(target) is not None:
                self.preview = self._plan.rescheduling.preview_milestone_move(
                    _milestone_id(target), start
                )
            else:
                self.preview = self._plan.rescheduling.preview_phase_move(target, start, end)
        except ValidationError as error:
            self.preview = None
            self.changes_tree.clear()
            self.message_label.setText(str(error))
            return
        self._show(self.preview)

    def _show(self, preview: SchedulePreview) -> None:
        self.changes_tree.clear()
        fields = {
            "due_date": self.tr("Due"), "planned_start": self.tr("Start"),
            "start_date": self.tr("Start"), "end_date": self.tr("End"),
        }  # fmt: skip
        for line in preview.lines:
            before, after = line.before, line.after
            self.changes_tree.addTopLevelItem(
                QTreeWidgetItem([
                    line.name, fields.get(line.field, line.field),
                    format_date(before) if isinstance(before, date) else str(before),
                    format_date(after) if isinstance(after, date) else str(after),
                ])
            )  # fmt: skip
        summary = self.tr("%n date(s) change.", "", len(preview.lines))
        self.message_label.setText("\n".join([summary, *("⚠ " + w for w in preview.warnings)]))

    @Slot()
    def apply(self) -> None:
        """Apply the previewed changes as one undo step and close."""
        if self.preview is None:
            return
        try:
            self._plan.rescheduling.apply_schedule(self._actor, self.preview)
        except ValidationError as error:
            self.message_label.setText(str(error))
            return
        self.accept()


def _milestone_id(target: object) -> int | None:
    if isinstance(target, str) and target.startswith(MILESTONE):
        return int(target[len(MILESTONE) :])
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
