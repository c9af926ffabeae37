"""Milestone gates: prerequisites, sign-off with a comment, reopening with a reason, history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.gate_actions import GateReadiness
from controllers.plan.plan_controller import PlanController
from models.errors import ValidationError
from models.plan.plan_records import GateEventKind
from models.records import Actor
from models.tables.labels import localized, task_status_label
from ui.common.card import Card
from ui.common.formatting import format_date, format_datetime
from ui.common.palette_entry import PaletteEntry
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.plan.milestone_dialog import MilestoneDialog, delete_milestone
from ui.plan.schedule_dialog import ScheduleDialog
from ui.shell.theme import Theme

GATE_ROLE = Qt.ItemDataRole.UserRole


class GatesPanel(QWidget):
    """Every gate of the campaign; the selected one can be signed off or reopened."""

    def __init__(self, plan: PlanController, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gates")
        self._plan = plan
        self._actor = actor
        self._readiness: dict[int, GateReadiness] = {}
        self._build()
        self.retranslate()
        self._refresher = RefreshWhenShown(self, self.retranslate)
        plan.tasks_changed.connect(self._on_plan_changed)
        plan.milestones_changed.connect(self._on_plan_changed)
        plan.campaign.campaign_changed.connect(self._refresher.refresh_when_visible)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list_card = Card(splitter)
        self.gate_tree = QTreeWidget(self)
        self.gate_tree.setObjectName("gate_list")
        self.gate_tree.setRootIsDecorated(False)
        self.gate_tree.setColumnCount(5)
        self.gate_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 110), (3, 90), (4, 220)):
            self.gate_tree.header().resizeSection(column, width)
        self.gate_tree.currentItemChanged.connect(self._on_current_changed)
        self.list_card.body.addWidget(self.gate_tree)
        manage_row = QHBoxLayout()
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_gate")
        self.new_button.clicked.connect(self.open_new_dialog)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_gate")
        self.delete_button.clicked.connect(self.delete_current)
        manage_row.addWidget(self.new_button)
        manage_row.addWidget(self.delete_button)
        manage_row.addStretch(1)
        self.list_card.body.addLayout(manage_row)
        # Adding and deleting milestones is the commander's: others do not see the buttons.
        may_manage = self._plan.milestones.can_manage(self._actor)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.open_new_dialog)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        for widget, action in ((self, self.new_action), (self.gate_tree, self.delete_action)):
            action.setEnabled(may_manage)
            widget.addAction(action)
        self.new_button.setVisible(may_manage)
        self.delete_button.setVisible(may_manage)

        self.detail_card = Card(splitter)
        body = self.detail_card.body
        self.state_label = QLabel(self)
        self.state_label.setObjectName("sectionTitle")
        self.state_label.setWordWrap(True)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        self.move_button = QPushButton(self)
        self.move_button.setObjectName("move_gate")
        self.move_button.clicked.connect(self.open_move_dialog)
        state_row.addWidget(self.move_button)
        body.addLayout(state_row)
        self.prereq_caption = QLabel(self)
        self.prereq_caption.setObjectName("muted")
        body.addWidget(self.prereq_caption)
        self.prereq_list = QListWidget(self)
        self.prereq_list.setObjectName("prerequisites")
        body.addWidget(self.prereq_list, 2)
        self.waiting_caption = QLabel(self)
        self.waiting_caption.setObjectName("muted")
        body.addWidget(self.waiting_caption)
        self.waiting_list = QListWidget(self)
        self.waiting_list.setMaximumHeight(110)
        body.addWidget(self.waiting_list)

        sign_row = QHBoxLayout()
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setObjectName("sign_off_comment")
        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("sign_off")
        self.sign_button.clicked.connect(self._on_sign_clicked)
        sign_row.addWidget(self.comment_edit, 1)
        sign_row.addWidget(self.sign_button)
        body.addLayout(sign_row)
        reopen_row = QHBoxLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reopen_reason")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        reopen_row.addWidget(self.reason_edit, 1)
        reopen_row.addWidget(self.reopen_button)
        body.addLayout(reopen_row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("gate_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {Theme.colors.critical};")
        body.addWidget(self.error_label)
        self.history_caption = QLabel(self)
        self.history_caption.setObjectName("muted")
        body.addWidget(self.history_caption)
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("gate_history")
        body.addWidget(self.history_list, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        root.addWidget(splitter)

    def retranslate(self) -> None:
        self.list_card.set_title(self.tr("Milestone gates"))
        self.detail_card.set_title(self.tr("Gate sign-off (验收)"))
        self.gate_tree.setHeaderLabels(
            [self.tr("Gate"), self.tr("Unit"), self.tr("Due"), self.tr("Ready"), self.tr("State")]
        )
        self.prereq_caption.setText(self.tr("Prerequisite tasks (must be done or accepted)"))
        self.waiting_caption.setText(self.tr("Tasks waiting for this gate"))
        self.comment_edit.setPlaceholderText(self.tr("Sign-off comment (optional)"))
        self.sign_button.setText(self.tr("Sign off"))
        self.reason_edit.setPlaceholderText(self.tr("Reason for reopening (required)"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.move_button.setText(self.tr("Move date…"))
        self.move_button.setToolTip(
            self.tr("Move the gate's due date; tasks counted back from it (M-n) move along")
        )
        self.history_caption.setText(self.tr("History"))
        self.new_button.setText(self.tr("+ New gate…"))
        self.new_button.setToolTip(self.tr("Add a gate or milestone (Insert)"))
        self.delete_button.setText(self.tr("Delete gate"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected gate (Delete); only a gate without tasks and not signed")
        )
        self.new_action.setText(self.tr("New gate or milestone"))
        self.delete_action.setText(self.tr("Delete the selected gate"))
        self.refresh()

    def palette_entries(self) -> list[PaletteEntry]:
        """New and delete gate for the command palette (they name themselves)."""
        return [PaletteEntry(self.new_action), PaletteEntry(self.delete_action)]

    # -- data ----------------------------------------------------------------------------

    @Slot(list, list, list)
    def _on_plan_changed(self, *_ids: list) -> None:
        self._refresher.refresh_when_visible()

    @Slot()
    def refresh(self) -> None:
        current = self.current_gate_id()
        departments = {d.id: d for d in self._plan.campaign.departments()}
        self._readiness = {g.gate.id or 0: g for g in self._plan.gates.readiness()}
        self.gate_tree.blockSignals(True)
        self.gate_tree.clear()
        for gate_id, readiness in self._readiness.items():
            gate = readiness.gate
            department = departments.get(gate.department_id)
            state, color = self._state(readiness)
            item = QTreeWidgetItem([
                localized(gate.name_zh, gate.name_en),
                localized(department.name_zh, department.name_en) if department else "",
                format_date(gate.due_date),
                f"{readiness.ready}/{readiness.total}",
                state,
            ])  # fmt: skip
            item.setData(0, GATE_ROLE, gate_id)
            item.setForeground(4, QColor(color))
            item.setForeground(3, QColor(color))
            self.gate_tree.addTopLevelItem(item)
            if gate_id == current:
                self.gate_tree.setCurrentItem(item)
        if self.gate_tree.currentItem() is None and self.gate_tree.topLevelItemCount():
            self.gate_tree.setCurrentItem(self._first_open_item())
        self.gate_tree.blockSignals(False)
        self._show_gate(self.current_gate_id())

    def _first_open_item(self) -> QTreeWidgetItem:
        for row in range(self.gate_tree.topLevelItemCount()):
            item = self.gate_tree.topLevelItem(row)
            if not self._readiness[item.data(0, GATE_ROLE)].signed:
                return item
        return self.gate_tree.topLevelItem(0)

    def _state(self, readiness: GateReadiness) -> tuple[str, str]:
        colors = Theme.colors
        gate = readiness.gate
        if readiness.signed and gate.signed_off_at is not None:
            zone = self._plan.campaign.timezone
            return (
                self.tr("✔ Signed by %1, %2")
                .replace("%1", gate.signed_off_by or "")
                .replace("%2", format_datetime(gate.signed_off_at, zone)),
                colors.ok,
            )
        if readiness.can_sign:
            return self.tr("Ready to sign off"), colors.accent
        return self.tr("Waiting: %n task(s) open", "", len(readiness.missing)), colors.warning

    def current_gate_id(self) -> int | None:
        item = self.gate_tree.currentItem()
        return int(item.data(0, GATE_ROLE)) if item is not None else None

    def select_gate(self, gate_id: int) -> None:
        for row in range(self.gate_tree.topLevelItemCount()):
            item = self.gate_tree.topLevelItem(row)
            if item.data(0, GATE_ROLE) == gate_id:
                self.gate_tree.setCurrentItem(item)

    @Slot()
    def _on_current_changed(self, *_args: object) -> None:
        self.error_label.clear()
        self._show_gate(self.current_gate_id())

    def _show_gate(self, gate_id: int | None) -> None:
        readiness = self._readiness.get(gate_id or -1)
        for widget in (
            self.sign_button, self.reopen_button, self.comment_edit, self.reason_edit,
            self.move_button, self.delete_button,
        ):  # fmt: skip
            widget.setEnabled(readiness is not None)
        self.prereq_list.clear()
        self.history_list.clear()
        self.waiting_list.clear()
        if readiness is None:
            self.state_label.setText(self.tr("No gates in this campaign."))
            return
        gate = readiness.gate
        state, color = self._state(readiness)
        self.state_label.setText(f"◆ {localized(gate.name_zh, gate.name_en)} — {state}")
        self.state_label.setStyleSheet(f"color: {color};")
        for task in sorted(readiness.prerequisites, key=lambda t: t.due_date):
            done = task.status.is_finished
            item = QListWidgetItem(
                f"{'✔' if done else '✖'} {localized(task.title_zh, task.title_en)}"
                f" · {task_status_label(task.status)} · {task.progress}%"
            )
            item.setForeground(QColor(Theme.colors.ok if done else Theme.colors.critical))
            self.prereq_list.addItem(item)
        names = {t.id: t for t in self._plan.tasks()}
        for task_id, waited in self._plan.dependencies.on_gates():
            if waited == gate.id and task_id in names:
                task = names[task_id]
                self.waiting_list.addItem(
                    f"{localized(task.title_zh, task.title_en)} · {task_status_label(task.status)}"
                )
        self.sign_button.setEnabled(readiness.can_sign)
        self.comment_edit.setEnabled(readiness.can_sign)
        self.sign_button.setToolTip(
            "" if readiness.can_sign else self.tr("Every prerequisite must be done or accepted.")
        )
        self.reopen_button.setEnabled(readiness.signed)
        self.reason_edit.setEnabled(readiness.signed)
        self._show_history(gate.id or 0)

    def _show_history(self, gate_id: int) -> None:
        zone = self._plan.campaign.timezone
        labels = {
            GateEventKind.SIGNED_OFF: self.tr("signed off"),
            GateEventKind.REOPENED: self.tr("reopened"),
            GateEventKind.SIGN_OFF_WITHDRAWN: self.tr("sign-off withdrawn (undo)"),
            GateEventKind.REOPEN_WITHDRAWN: self.tr("reopening withdrawn (undo)"),
        }
        events = self._plan.gates.events(gate_id)
        gate = self._readiness[gate_id].gate
        if not events and gate.signed_off_at is not None:
            # Signed before the history existed (the demo's early gates).
            self.history_list.addItem(
                f"{format_datetime(gate.signed_off_at, zone)} · {gate.signed_off_by} · "
                f"{labels[GateEventKind.SIGNED_OFF]} · {gate.sign_off_comment}"
            )
        for event in reversed(events):
            text = f"{format_datetime(event.at, zone)} · {event.actor} · {labels[event.kind]}"
            self.history_list.addItem(f"{text} · {event.text}" if event.text else text)

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def _on_sign_clicked(self) -> None:
        gate_id = self.current_gate_id()
        if gate_id is None:
            return
        try:
            self._plan.gates.sign_off(self._actor, gate_id, self.comment_edit.text())
        except ValidationError as error:
            self.error_label.setText(str(error))
            return
        self.comment_edit.clear()
        self.error_label.clear()

    @Slot()
    def _on_reopen_clicked(self) -> None:
        gate_id = self.current_gate_id()
        if gate_id is None:
            return
        try:
            self._plan.gates.reopen(self._actor, gate_id, self.reason_edit.text())
        except ValidationError as error:
            self.error_label.setText(str(error))
            return
        self.reason_edit.clear()
        self.error_label.clear()

    @Slot()
    def open_move_dialog(self) -> ScheduleDialog | None:
        """Preview and apply a new due date for the selected gate (one undo step)."""
        gate_id = self.current_gate_id()
        if gate_id is None:
            return None
        dialog = ScheduleDialog(self._plan, self._actor, self, gate_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def open_new_dialog(self) -> MilestoneDialog:
        """The new-milestone form, set up for a gate; the new gate is selected afterwards."""
        dialog = MilestoneDialog(self._plan, self._actor, self, is_gate=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select_gate(dialog.created_id or 0))
        dialog.open()
        return dialog

    @Slot()
    def delete_current(self) -> None:
        """Delete the selected gate after a confirmation (refusals show under the detail)."""
        gate_id = self.current_gate_id()
        if gate_id is not None:
            self.error_label.setText(delete_milestone(self, self._plan, self._actor, gate_id))
