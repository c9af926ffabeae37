"""Budget board: inline edits of lines (undoable) here; reallocation requests decided by the
budget-adjustment group, and their 24-hour deadline watched by a scheduled job, in the
``reallocations`` part (reallocation.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from controllers.budget.budget_context import BudgetContext
from controllers.budget.reallocation import (
    ADJUSTMENT_GROUP_DEPARTMENTS,
    DEADLINE_CHECK_SECONDS,
    DEADLINE_JOB_ID,
    Reallocations,
)
from controllers.campaign_controller import CampaignController
from controllers.notifier import Notifier
from controllers.undo import CallbackCommand, UpdateFieldsCommand
from models import budget as rules
from models.errors import ValidationError
from models.records import Actor, BudgetAdjustment, BudgetLine, Role
from models.store import Store
from models.tables.labels import is_chinese
from models.workbook import messages
from models.workbook.values import CellError, parse_money, parse_text

__all__ = [
    "ADJUSTMENT_GROUP_DEPARTMENTS",
    "DEADLINE_CHECK_SECONDS",
    "DEADLINE_JOB_ID",
    "BudgetController",
    "BudgetSummary",
    "PastedCell",
]

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
    """Budget lines of the open campaign; its reallocation requests are ``reallocations``.

    Signals:
        budget_changed(list added, list updated, list removed): budget line ids changed.
        adjustments_changed(): a request was made, decided, withdrawn or undone.
        deadline_alerts_changed(list): ``DeadlineAlert``s of pending requests (< 4 h or late).
    """

    budget_changed = Signal(list, list, list)
    adjustments_changed = Signal()
    deadline_alerts_changed = Signal(list)

    def __init__(
        self, campaign: CampaignController, notifier: Notifier, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._notifier = notifier
        self._context = BudgetContext(
            campaign,
            notifier,
            self.budget_changed,
            self.adjustments_changed,
            self.deadline_alerts_changed,
        )
        self.reallocations = Reallocations(self._context, self)
        campaign.campaign_changed.connect(self._on_campaign_changed)

    @property
    def _store(self) -> Store:
        return self._campaign.store

    # -- reading ------------------------------------------------------------------------

    def lines(self) -> list[BudgetLine]:
        """The campaign's budget lines."""
        return self._store.budget.lines(self._campaign.campaign_id)

    def adjustments(self) -> list[BudgetAdjustment]:
        """Every reallocation request of the campaign, decided or not."""
        return self._context.adjustments()

    def summary(self) -> BudgetSummary:
        """Lines, totals, the core/non-core split and the variance warnings."""
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
        """How close a request is to its 24-hour decision deadline."""
        return rules.deadline_state(adjustment, self._campaign.now())

    # -- permissions -----------------------------------------------------------------------

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
        self._context.push(command)
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

        self._context.push(
            CallbackCommand(self.tr("Add budget line %1").replace("%1", line.item_zh), redo, undo)
        )
        return holder["id"]

    def delete_line(self, actor: Actor, line_id: int) -> bool:
        """Delete a line without reallocation history (one undo step); False if refused."""
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
        self._context.push(CallbackCommand(text, redo, undo))
        return True

    @Slot()
    def _on_campaign_changed(self) -> None:
        self.reallocations.refresh_pending()
        self.adjustments_changed.emit()
        self.budget_changed.emit([], [line.id for line in self.lines()], [])
