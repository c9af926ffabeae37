"""Reallocation requests: filing, deciding (by the budget-adjustment group) and the 24-hour
decision deadline watched by a scheduled job."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal, Slot

from controllers.budget.budget_context import BudgetContext
from controllers.jobs import JobScheduler
from controllers.undo import CallbackCommand
from models import budget as rules
from models.budget import ReallocationProblem, ReallocationRefused
from models.records import Actor, AdjustmentStatus, BudgetAdjustment, Role

# Who sits in the budget-adjustment group (finance + the marketing and merchandise leads).
ADJUSTMENT_GROUP_DEPARTMENTS = ("MKT", "MER", "FIN")
DEADLINE_JOB_ID = "budget-deadlines"
DEADLINE_CHECK_SECONDS = 60


class Reallocations(QObject):
    """Files and decides reallocation requests, watches their deadline (``budget.reallocations``).

    Signals:
        _deadlines_computed(list): internal, from the scheduler thread to the GUI thread.
    """

    _deadlines_computed = Signal(list)

    def __init__(self, context: BudgetContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._campaign = context.campaign
        self._notifier = context.notifier
        self._pending: tuple[BudgetAdjustment, ...] = ()
        self._alerts: dict[int, rules.DeadlineState] = {}
        self._deadlines_computed.connect(self._on_deadlines_computed)
        self.refresh_pending()

    # -- permissions -----------------------------------------------------------------------

    @staticmethod
    def can_decide(actor: Actor) -> bool:
        """Finance, or the lead of marketing or merchandise (the budget-adjustment group)."""
        if actor.role is Role.FINANCE:
            return True
        return actor.role is Role.LEAD and actor.department_code in ADJUSTMENT_GROUP_DEPARTMENTS

    # -- reallocation -------------------------------------------------------------------------

    def problem_text(self, problem: ReallocationProblem) -> str:
        """Why the store refused a request or a decision, in the UI language."""
        texts = {
            ReallocationProblem.NOT_POSITIVE: self.tr("The amount must be more than zero."),
            ReallocationProblem.SAME_LINE: self.tr("Choose two different budget lines."),
            ReallocationProblem.TOO_LARGE: self.tr("That amount is too large."),
            ReallocationProblem.EXCEEDS_AVAILABLE: self.tr(
                "The source line does not have that much uncommitted money."
            ),
            ReallocationProblem.NO_REASON: self.tr("Give a reason for the reallocation."),
            ReallocationProblem.NOT_PENDING: self.tr("This request has already been decided."),
            ReallocationProblem.LINE_IN_USE: self.tr(
                "This line has reallocation history and cannot be deleted."
            ),
        }
        return texts[problem]

    def request(
        self, actor: Actor, from_line_id: int, to_line_id: int, amount_cents: int, reason: str
    ) -> int | None:
        """File a request; the group must decide within 24 hours. Undo withdraws it."""
        if actor.role is Role.VIEWER:
            self._notifier.warning(self.tr("Viewers cannot request reallocations."))
            return None
        now = self._campaign.now()
        request = BudgetAdjustment(
            None, self._campaign.campaign_id, from_line_id, to_line_id, amount_cents,
            reason.strip(), actor.name, now, rules.decide_by(now),
        )  # fmt: skip
        try:
            new_id = self._context.store.budget.request_adjustment(actor, request)
        except ReallocationRefused as error:
            self._notifier.warning(self.problem_text(error.problem))
            return None
        request = replace(request, id=new_id)
        state = {"first": True}

        def redo() -> None:
            if not state.pop("first", False):
                self._context.store.budget.add_adjustment(actor, request)
            self._adjustments_touched()

        def undo() -> None:
            self._context.store.budget.delete_adjustment(actor, new_id)
            self._adjustments_touched()

        text = self.tr("Request reallocation of %1").replace("%1", f"¥{amount_cents / 100:,.0f}")
        self._context.push(CallbackCommand(text, redo, undo))
        return new_id

    def approve(self, actor: Actor, adjustment_id: int) -> bool:
        """Approve a pending request (money moves; one undo step); False if refused."""
        return self._decide(actor, adjustment_id, approve=True)

    def reject(self, actor: Actor, adjustment_id: int) -> bool:
        """Reject a pending request (one undo step); False if refused."""
        return self._decide(actor, adjustment_id, approve=False)

    def _decide(self, actor: Actor, adjustment_id: int, *, approve: bool) -> bool:
        if not self.can_decide(actor):
            self._notifier.warning(
                self.tr(
                    "Only the budget-adjustment group (finance and the marketing and "
                    "merchandise leads) can decide reallocations."
                )
            )
            return False
        budget = self._context.store.budget
        request = budget.adjustment(adjustment_id)
        try:
            budget.decide(actor, adjustment_id, approve=approve, decided_at=self._campaign.now())
        except ReallocationRefused as error:
            self._notifier.warning(self.problem_text(error.problem))
            return False
        lines = [request.from_line_id, request.to_line_id] if approve else []
        state = {"first": True}

        def redo() -> None:
            if not state.pop("first", False):
                budget.decide(
                    actor, adjustment_id, approve=approve, decided_at=self._campaign.now()
                )
            self._adjustments_touched(lines)

        def undo() -> None:
            budget.undo_decision(actor, adjustment_id)
            self._adjustments_touched(lines)

        amount = f"¥{request.amount_cents / 100:,.0f}"
        text = (self.tr("Approve reallocation of %1") if approve else
                self.tr("Reject reallocation of %1")).replace("%1", amount)  # fmt: skip
        self._context.push(CallbackCommand(text, redo, undo))
        return True

    def _adjustments_touched(self, line_ids: list[int] | None = None) -> None:
        self.refresh_pending()
        self._context.adjustments_changed.emit()
        if line_ids:
            self._context.budget_changed.emit([], line_ids, [])

    def refresh_pending(self) -> None:
        """Re-read the pending requests the deadline job watches (after any change)."""
        # A plain tuple the scheduler thread may read without touching the database.
        try:
            pending = [
                a for a in self._context.adjustments() if a.status is AdjustmentStatus.PENDING
            ]
        except LookupError:
            pending = []
        self._pending = tuple(pending)

    # -- the 24-hour deadline -------------------------------------------------------------------

    def start_deadline_job(self, scheduler: JobScheduler) -> None:
        """Check the pending requests' deadlines every minute."""
        scheduler.every(DEADLINE_JOB_ID, DEADLINE_CHECK_SECONDS, self.check_deadlines)

    def check_deadlines(self) -> list[rules.DeadlineAlert]:
        """The scheduled job: compute from plain data, report through a signal."""
        alerts = rules.deadline_alerts(self._pending, self._campaign.clock.now())
        self._deadlines_computed.emit(alerts)
        return alerts

    @Slot(list)
    def _on_deadlines_computed(self, alerts: list[rules.DeadlineAlert]) -> None:
        states = {a.adjustment_id: a.state for a in alerts}
        for alert in alerts:
            if self._alerts.get(alert.adjustment_id) == alert.state:
                continue  # tell once per state, not every minute
            hours = abs(alert.seconds_left) / 3600
            if alert.state is rules.DeadlineState.BREACHED:
                text = self.tr("Reallocation request #%1 is %2 h past its 24-hour deadline.")
            else:
                text = self.tr("Reallocation request #%1 must be decided within %2 h.")
            message = text.replace("%1", str(alert.adjustment_id)).replace("%2", f"{hours:.1f}")
            if alert.state is rules.DeadlineState.BREACHED:
                self._notifier.error(message)
            else:
                self._notifier.warning(message)
        self._alerts = states
        self._context.deadline_alerts_changed.emit(alerts)
