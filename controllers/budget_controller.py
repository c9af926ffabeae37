"""Budget board: inline edits of lines (undoable), reallocation requests decided by the
budget-adjustment group, and the 24-hour decision deadline watched by a scheduled job."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from controllers.campaign_controller import CampaignController
from controllers.notifier import Notifier
from controllers.undo import CallbackCommand, UpdateFieldsCommand
from models import budget as rules
from models.budget import ReallocationProblem, ReallocationRefused
from models.errors import ValidationError
from models.excel_io import messages
from models.excel_io.values import CellError, parse_money, parse_text
from models.records import (
    Actor,
    AdjustmentStatus,
    BudgetAdjustment,
    BudgetLine,
    Role,
)
from models.tables.labels import is_chinese

# Who sits in the budget-adjustment group (finance + the marketing and merchandise leads).
ADJUSTMENT_GROUP_DEPARTMENTS = ("MKT", "MER", "FIN")
EDITABLE_FIELDS = {
    "item_zh", "item_en", "category", "is_core", "planned_cents", "committed_cents",
    "executed_cents", "owner_id", "note", "department_id",
}  # fmt: skip
MONEY_FIELDS = {"planned_cents", "committed_cents", "executed_cents"}
TEXT_FIELDS = {"item_zh", "item_en", "note"}
PASTE_FIELDS = MONEY_FIELDS | TEXT_FIELDS  # the board's editable columns


@dataclass(frozen=True, slots=True)
class PastedCell:
    """One cell of a block pasted from a spreadsheet, already placed on a line.

    ``line_id`` is None when the block reaches below the last line; ``where`` names the
    cell as the user sees it on the board (row and column header).
    """

    line_id: int | None
    field: str
    text: str
    where: str


DEADLINE_JOB_ID = "budget-deadlines"
DEADLINE_CHECK_SECONDS = 60


@dataclass(frozen=True, slots=True)
class BudgetSummary:
    """Everything the board shows, as plain data."""

    lines: list[BudgetLine]
    total: rules.Totals
    split: rules.CoreSplit
    by_category: dict[str, rules.Totals]
    by_department: dict[int, rules.Totals]
    warnings: list[rules.VarianceWarning]


class BudgetController(QObject):
    """Budget lines and reallocation requests of the open campaign.

    Signals:
        budget_changed(list added, list updated, list removed): budget line ids changed.
        adjustments_changed(): a request was made, decided, withdrawn or undone.
        deadline_alerts_changed(list): ``DeadlineAlert``s of pending requests (< 4 h or late).
        _deadlines_computed(list): internal, from the scheduler thread to the GUI thread.
    """

    budget_changed = Signal(list, list, list)
    adjustments_changed = Signal()
    deadline_alerts_changed = Signal(list)
    _deadlines_computed = Signal(list)

    def __init__(
        self, campaign: CampaignController, notifier: Notifier, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._notifier = notifier
        self._pending: tuple[BudgetAdjustment, ...] = ()
        self._alerts: dict[int, rules.DeadlineState] = {}
        self._deadlines_computed.connect(self._on_deadlines_computed)
        campaign.campaign_changed.connect(self._on_campaign_changed)
        self._refresh_pending()

    @property
    def _store(self) -> Any:
        return self._campaign.store

    # -- reading ------------------------------------------------------------------------

    def lines(self) -> list[BudgetLine]:
        return self._store.budget.lines(self._campaign.campaign_id)

    def adjustments(self) -> list[BudgetAdjustment]:
        return self._store.budget.adjustments(self._campaign.campaign_id)

    def summary(self) -> BudgetSummary:
        lines = self.lines()
        return BudgetSummary(
            lines,
            rules.total(lines),
            rules.core_split(lines),
            rules.totals_by(lines, lambda line: line.category),
            rules.totals_by(lines, lambda line: line.department_id),
            rules.variance_warnings(lines),
        )

    def available(self, line_id: int) -> int:
        """Fen that a new request may still move off ``line_id``."""
        line = self._store.budget.line(line_id)
        return rules.available(line, rules.held_by_pending(self.adjustments(), line_id))

    def deadline_state(self, adjustment: BudgetAdjustment) -> rules.DeadlineState:
        return rules.deadline_state(adjustment, self._campaign.now())

    # -- permissions -----------------------------------------------------------------------

    @staticmethod
    def can_decide(actor: Actor) -> bool:
        """Finance, or the lead of marketing or merchandise (the budget-adjustment group)."""
        if actor.role is Role.FINANCE:
            return True
        return actor.role is Role.LEAD and actor.department_code in ADJUSTMENT_GROUP_DEPARTMENTS

    def can_edit(self, actor: Actor, line: BudgetLine | None = None) -> bool:
        """Commander and finance edit every line; a lead edits the lines of their unit."""
        if actor.role in (Role.COMMANDER, Role.FINANCE):
            return True
        if actor.role is Role.LEAD and line is not None:
            own = self._department_code(line.department_id)
            return own is not None and own == actor.department_code
        return False

    def _department_code(self, department_id: int) -> str | None:
        return next((d.code for d in self._campaign.departments() if d.id == department_id), None)

    # -- line edits ------------------------------------------------------------------------

    def edit_line(self, actor: Actor, line_id: int, field: str, value: Any) -> bool:
        """One inline edit as one undo step; refused edits post a message and return False."""
        return self.edit_lines(actor, {line_id: {field: value}})

    def edit_lines(self, actor: Actor, changes_by_id: dict[int, dict[str, Any]]) -> bool:
        """A bulk edit (paste) of several lines: one undo step."""
        cleaned: dict[int, dict[str, Any]] = {}
        for line_id, changes in changes_by_id.items():
            line = self._store.budget.line(line_id)
            if not self.can_edit(actor, line):
                self._notifier.warning(self.tr("You may not edit this budget line."))
                return False
            fresh = {}
            for field, value in changes.items():
                try:
                    value = self._check_value(field, value)
                except ValidationError as error:
                    self._notifier.warning(str(error))
                    return False
                if getattr(line, field) != value:
                    fresh[field] = value
            if fresh:
                cleaned[line_id] = fresh
        if not cleaned:
            return False
        if len(cleaned) == 1:
            line_id = next(iter(cleaned))
            item = self._store.budget.line(line_id).item_zh
            text = self.tr("Edit budget line %1").replace("%1", item)
        else:
            text = self.tr("Edit %1 budget lines").replace("%1", str(len(cleaned)))
        command = UpdateFieldsCommand(
            text, actor, self._store.budget.update_line, cleaned, self._emit_updated
        )
        self._campaign.undo_stack.push(command)
        return True

    def paste_cells(self, actor: Actor, cells: list[PastedCell]) -> bool:
        """A block pasted from Excel or LibreOffice: every cell parsed and checked, then
        applied as one undo step; one bad cell refuses the whole block (nothing changes)
        with a message naming that cell."""
        changes: dict[int, dict[str, Any]] = {}
        for cell in cells:
            try:
                if cell.line_id is None:
                    raise ValidationError(self.tr("there is no budget line there"), cell.field)
                value = self._check_value(cell.field, self._parse_pasted(cell.field, cell.text))
            except ValidationError as error:
                self._notifier.warning(
                    self.tr("Nothing was pasted. %1: %2")
                    .replace("%1", cell.where)
                    .replace("%2", str(error))
                )
                return False
            changes.setdefault(cell.line_id, {})[cell.field] = value
        return bool(changes) and self.edit_lines(actor, changes)

    def _parse_pasted(self, field: str, text: str) -> Any:
        """Text as a spreadsheet copies it (¥1,200.00, 12.5万, full-width digits) to a value."""
        if field not in PASTE_FIELDS:
            raise ValidationError(self.tr("this column cannot be pasted into"), field)
        try:
            if field in MONEY_FIELDS:
                return parse_money(text) if text.strip() else 0
            return parse_text(text)
        except CellError as error:
            language = "zh" if is_chinese() else "en"
            text = messages.text(error.code, language, **error.params)
            raise ValidationError(text, field) from None

    def _check_value(self, field: str, value: Any) -> Any:
        if field not in EDITABLE_FIELDS:
            raise ValidationError(self.tr("This column cannot be edited."), field)
        if field in MONEY_FIELDS:
            try:
                cents = int(value)
            except (TypeError, ValueError):
                raise ValidationError(self.tr("Amounts must be numbers."), field) from None
            if cents < 0:
                raise ValidationError(self.tr("Amounts cannot be negative."), field)
            if cents > rules.MAX_AMOUNT_CENTS:
                raise ValidationError(self.tr("That amount is too large."), field)
            return cents
        if field in ("item_zh",) and not str(value).strip():
            raise ValidationError(self.tr("A budget line needs a name."), field)
        if field == "is_core":
            return bool(value)
        return value

    def _emit_updated(self, ids: list[int]) -> None:
        self.budget_changed.emit([], ids, [])

    def add_line(self, actor: Actor, line: BudgetLine) -> int | None:
        """Add a line (undo removes it again, redo restores the same id)."""
        if not self.can_edit(actor, line):
            self._notifier.warning(self.tr("You may not add budget lines for this department."))
            return None
        holder: dict[str, int] = {}

        def redo() -> None:
            record = replace(line, id=holder.get("id"))
            holder["id"] = self._store.budget.add_line(actor, record)
            self.budget_changed.emit([holder["id"]], [], [])

        def undo() -> None:
            self._store.budget.delete_line(actor, holder["id"])
            self.budget_changed.emit([], [], [holder["id"]])

        self._campaign.undo_stack.push(
            CallbackCommand(self.tr("Add budget line %1").replace("%1", line.item_zh), redo, undo)
        )
        return holder["id"]

    def delete_line(self, actor: Actor, line_id: int) -> bool:
        line = self._store.budget.line(line_id)
        if not self.can_edit(actor, line):
            self._notifier.warning(self.tr("You may not delete this budget line."))
            return False
        if any(line_id in (a.from_line_id, a.to_line_id) for a in self.adjustments()):
            self._notifier.warning(
                self.tr("This line has reallocation history and cannot be deleted.")
            )
            return False

        def redo() -> None:
            self._store.budget.delete_line(actor, line_id)
            self.budget_changed.emit([], [], [line_id])

        def undo() -> None:
            self._store.budget.add_line(actor, line)
            self.budget_changed.emit([line_id], [], [])

        text = self.tr("Delete budget line %1").replace("%1", line.item_zh)
        self._campaign.undo_stack.push(CallbackCommand(text, redo, undo))
        return True

    # -- reallocation -------------------------------------------------------------------------

    def problem_text(self, problem: ReallocationProblem) -> str:
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

    def request_reallocation(
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
            new_id = self._store.budget.request_adjustment(actor, request)
        except ReallocationRefused as error:
            self._notifier.warning(self.problem_text(error.problem))
            return None
        request = replace(request, id=new_id)
        state = {"first": True}

        def redo() -> None:
            if not state.pop("first", False):
                self._store.budget.add_adjustment(actor, request)
            self._adjustments_touched()

        def undo() -> None:
            self._store.budget.delete_adjustment(actor, new_id)
            self._adjustments_touched()

        text = self.tr("Request reallocation of %1").replace("%1", f"¥{amount_cents / 100:,.0f}")
        self._campaign.undo_stack.push(CallbackCommand(text, redo, undo))
        return new_id

    def approve(self, actor: Actor, adjustment_id: int) -> bool:
        return self._decide(actor, adjustment_id, approve=True)

    def reject(self, actor: Actor, adjustment_id: int) -> bool:
        return self._decide(actor, adjustment_id, approve=False)

    def _decide(self, actor: Actor, adjustment_id: int, approve: bool) -> bool:
        if not self.can_decide(actor):
            self._notifier.warning(
                self.tr(
                    "Only the budget-adjustment group (finance and the marketing and "
                    "merchandise leads) can decide reallocations."
                )
            )
            return False
        budget = self._store.budget
        request = budget.adjustment(adjustment_id)
        try:
            budget.decide(actor, adjustment_id, approve, self._campaign.now())
        except ReallocationRefused as error:
            self._notifier.warning(self.problem_text(error.problem))
            return False
        lines = [request.from_line_id, request.to_line_id] if approve else []
        state = {"first": True}

        def redo() -> None:
            if not state.pop("first", False):
                budget.decide(actor, adjustment_id, approve, self._campaign.now())
            self._adjustments_touched(lines)

        def undo() -> None:
            budget.undo_decision(actor, adjustment_id)
            self._adjustments_touched(lines)

        amount = f"¥{request.amount_cents / 100:,.0f}"
        text = (self.tr("Approve reallocation of %1") if approve else
                self.tr("Reject reallocation of %1")).replace("%1", amount)  # fmt: skip
        self._campaign.undo_stack.push(CallbackCommand(text, redo, undo))
        return True

    def _adjustments_touched(self, line_ids: list[int] | None = None) -> None:
        self._refresh_pending()
        self.adjustments_changed.emit()
        if line_ids:
            self.budget_changed.emit([], line_ids, [])

    def _refresh_pending(self) -> None:
        # A plain tuple the scheduler thread may read without touching the database.
        try:
            pending = [a for a in self.adjustments() if a.status is AdjustmentStatus.PENDING]
        except LookupError:
            pending = []
        self._pending = tuple(pending)

    # -- the 24-hour deadline -------------------------------------------------------------------

    def start_deadline_job(self, scheduler: Any) -> None:
        """Check every minute (``controllers.jobs.JobScheduler``)."""
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
        self.deadline_alerts_changed.emit(alerts)

    @Slot()
    def _on_campaign_changed(self) -> None:
        self._refresh_pending()
        self.adjustments_changed.emit()
        self.budget_changed.emit([], [line.id for line in self.lines()], [])
