"""The reallocation requests card of the budget board: the requests table with its
countdown to the 24-hour deadline, filing a request and approving or rejecting one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from controllers.budget.budget_controller import BudgetController
from controllers.campaign_controller import CampaignController
from models.budget import DeadlineState
from models.records import Actor, AdjustmentStatus, BudgetAdjustment
from models.tables.labels import localized
from models.tables.record_table_model import RECORD_ID_ROLE
from ui.budget.reallocation_dialog import ReallocationDialog
from ui.common.card import Card
from ui.common.formatting import format_datetime, format_money_cents
from ui.shell.theme import Theme

REQUEST_COLUMNS = 8
COUNTDOWN_MS = 30_000


class BudgetRequestsCard(Card):
    """Lists, files and decides reallocation requests through the budget controller; the
    countdowns are redrawn every half minute."""

    def __init__(
        self,
        budget: BudgetController,
        campaign: CampaignController,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._budget = budget
        self._campaign = campaign
        self._actor = actor
        self._build()
        self.retranslate()
        budget.adjustments_changed.connect(self.refresh)
        budget.deadline_alerts_changed.connect(self._on_deadlines)
        self._countdown = QTimer(self, interval=COUNTDOWN_MS)
        self._countdown.timeout.connect(self.refresh)
        self._countdown.start()

    def _build(self) -> None:
        self.table = QTableWidget(0, REQUEST_COLUMNS, self)
        self.table.setObjectName("reallocation_requests")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.body.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.request_button = QPushButton(self)
        self.request_button.clicked.connect(self._on_request)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self._on_approve_clicked)
        self.reject_button = QPushButton(self)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.permission_label = QLabel(self)
        self.permission_label.setObjectName("muted")
        actions.addWidget(self.request_button)
        actions.addStretch(1)
        actions.addWidget(self.permission_label)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.reject_button)
        self.body.addLayout(actions)

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch (statuses and countdowns included)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Name the card, its columns and buttons, then redraw the requests."""
        self.set_title(self.tr("Reallocation requests (decide within 24 h)"))
        self.request_button.setText(self.tr("Request reallocation…"))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("From"), self.tr("To"), self.tr("Amount"), self.tr("Reason"),
            self.tr("Requested by"), self.tr("Status"), self.tr("Deadline"),
        ])  # fmt: skip
        if not self._budget.reallocations.can_decide(self._actor):
            self.permission_label.setText(
                self.tr("Only finance and the marketing and merchandise leads decide.")
            )
        else:
            self.permission_label.setText("")
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Show every request again (line names, statuses, time left)."""
        lines = {line.id: localized(line.item_zh, line.item_en) for line in self._budget.lines()}
        adjustments = self._budget.adjustments()
        selected = self._selected_request()
        self.table.setRowCount(len(adjustments))
        for row, request in enumerate(adjustments):
            cells = [
                str(request.id), lines.get(request.from_line_id, "?"),
                lines.get(request.to_line_id, "?"), format_money_cents(request.amount_cents),
                request.reason, request.requested_by, self._status_text(request),
                self._deadline_text(request),
            ]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ID_ROLE, request.id)
                if col == 7:
                    item.setForeground(self._deadline_color(request))
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
            if request.id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _status_text(self, request: BudgetAdjustment) -> str:
        if request.status is AdjustmentStatus.APPROVED:
            return self.tr("Approved by %1").replace("%1", request.decided_by or "")
        if request.status is AdjustmentStatus.REJECTED:
            return self.tr("Rejected by %1").replace("%1", request.decided_by or "")
        return self.tr("Pending")

    def _deadline_text(self, request: BudgetAdjustment) -> str:
        state = self._budget.deadline_state(request)
        if state is DeadlineState.DECIDED:
            return format_datetime(request.decided_at or request.decide_by, self._campaign.timezone)
        seconds = (request.decide_by - self._campaign.now()).total_seconds()
        hours, minutes = divmod(int(abs(seconds)) // 60, 60)
        if state is DeadlineState.BREACHED:
            return (
                self.tr("⚠ overdue by %1 h %2 min")
                .replace("%1", str(hours))
                .replace("%2", f"{minutes:02d}")
            )
        text = self.tr("%1 h %2 min left").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
        return ("▲ " + text) if state is DeadlineState.CLOSE else text

    def _deadline_color(self, request: BudgetAdjustment) -> QColor:
        state = self._budget.deadline_state(request)
        colors = Theme.colors
        name = {DeadlineState.BREACHED: colors.critical, DeadlineState.CLOSE: colors.warning}
        return QColor(name.get(state, colors.muted))

    def _selected_request(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(RECORD_ID_ROLE)) if items else None

    @Slot()
    def _update_buttons(self) -> None:
        selected = self._selected_request()
        pending = False
        if selected is not None:
            pending = any(
                a.id == selected and a.status is AdjustmentStatus.PENDING
                for a in self._budget.adjustments()
            )
        allowed = self._budget.reallocations.can_decide(self._actor)
        self.approve_button.setEnabled(pending and allowed)
        self.reject_button.setEnabled(pending and allowed)

    @Slot(list)
    def _on_deadlines(self, _alerts: list) -> None:
        self.refresh()

    # -- user actions ------------------------------------------------------------------------

    @Slot()
    def _on_request(self) -> None:
        dialog = ReallocationDialog(self._budget, self)
        if dialog.exec() == ReallocationDialog.DialogCode.Accepted:
            self._budget.reallocations.request(self._actor, *dialog.values())

    @Slot()
    def _on_approve_clicked(self) -> None:
        selected = self._selected_request()
        if selected is not None:
            self._budget.reallocations.approve(self._actor, selected)

    @Slot()
    def _on_reject_clicked(self) -> None:
        selected = self._selected_request()
        if selected is not None:
            self._budget.reallocations.reject(self._actor, selected)
