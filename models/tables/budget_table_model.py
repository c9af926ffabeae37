"""Budget lines as a table: planned / committed / executed in fen, variance flags by colour."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from models.records import BudgetLine
from models.tables.labels import QT_TRANSLATE_NOOP, is_chinese, localized
from models.tables.record_table_model import Column, EditRequest, RecordTableModel

CONTEXT = "BudgetTableModel"
OVERSPENT = QColor("#F04452")
OVERCOMMITTED = QColor("#F5A524")

CATEGORY_LABELS = {
    "marketing": QT_TRANSLATE_NOOP("BudgetTableModel", "Marketing"),
    "supply_chain": QT_TRANSLATE_NOOP("BudgetTableModel", "Supply chain"),
    "tech": QT_TRANSLATE_NOOP("BudgetTableModel", "Tech upgrade"),
    "temporary_staff": QT_TRANSLATE_NOOP("BudgetTableModel", "Temporary staff"),
    "office": QT_TRANSLATE_NOOP("BudgetTableModel", "Office"),
    "contingency": QT_TRANSLATE_NOOP("BudgetTableModel", "Contingency reserve"),
}


def category_label(code: str) -> str:
    """Translated label of a budget category; unknown (user-made) categories show as typed."""
    source = CATEGORY_LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def item_field() -> str:
    """Which stored name an edit of the Item column changes (the UI language's)."""
    return "item_zh" if is_chinese() else "item_en"


class BudgetTableModel(RecordTableModel[BudgetLine]):
    """Budget lines; names and money formatting come from callables of the view's owner."""

    TR_CONTEXT = CONTEXT

    def __init__(
        self,
        department_name: Callable[[int], str],
        person_name: Callable[[int | None], str],
        money: Callable[[int], str],
        edit_requested: EditRequest | None = None,
        parent: Any = None,
    ) -> None:
        self._money = money
        self.COLUMNS = [
            Column("department_id", QT_TRANSLATE_NOOP("BudgetTableModel", "Department"),
                   lambda r: department_name(r.department_id)),
            Column("category", QT_TRANSLATE_NOOP("BudgetTableModel", "Category"),
                   lambda r: category_label(r.category)),
            Column("is_core", QT_TRANSLATE_NOOP("BudgetTableModel", "Core"),
                   lambda r: r.is_core, display=self._core_label),
            Column("item", QT_TRANSLATE_NOOP("BudgetTableModel", "Item"),
                   lambda r: localized(r.item_zh, r.item_en), editable=True),
            Column("planned_cents", QT_TRANSLATE_NOOP("BudgetTableModel", "Planned"),
                   lambda r: r.planned_cents, display=lambda r: money(r.planned_cents),
                   editable=True, align_right=True),
            Column("committed_cents", QT_TRANSLATE_NOOP("BudgetTableModel", "Committed"),
                   lambda r: r.committed_cents, display=lambda r: money(r.committed_cents),
                   editable=True, align_right=True),
            Column("executed_cents", QT_TRANSLATE_NOOP("BudgetTableModel", "Executed"),
                   lambda r: r.executed_cents, display=lambda r: money(r.executed_cents),
                   editable=True, align_right=True),
            Column("executed_share", QT_TRANSLATE_NOOP("BudgetTableModel", "Executed %"),
                   self._share, display=lambda r: f"{self._share(r):.0%}", align_right=True),
            Column("remaining", QT_TRANSLATE_NOOP("BudgetTableModel", "Remaining"),
                   lambda r: r.planned_cents - r.executed_cents,
                   display=lambda r: money(r.planned_cents - r.executed_cents), align_right=True),
            Column("owner_id", QT_TRANSLATE_NOOP("BudgetTableModel", "Owner"),
                   lambda r: person_name(r.owner_id)),
            Column("note", QT_TRANSLATE_NOOP("BudgetTableModel", "Note"), lambda r: r.note,
                   editable=True),
        ]  # fmt: skip
        super().__init__(edit_requested, parent)

    @staticmethod
    def _share(line: BudgetLine) -> float:
        return line.executed_cents / line.planned_cents if line.planned_cents else 0.0

    @staticmethod
    def _core_label(line: BudgetLine) -> str:
        if line.is_core:
            return QCoreApplication.translate("BudgetTableModel", "✓ Core")
        return QCoreApplication.translate("BudgetTableModel", "Non-core")

    def foreground(self, record: BudgetLine, column: Column[Any]) -> QColor | None:
        overspent = record.executed_cents > record.planned_cents
        if overspent and column.key in ("executed_cents", "executed_share", "remaining"):
            return OVERSPENT
        if column.key == "committed_cents" and record.committed_cents > record.planned_cents:
            return OVERCOMMITTED
        return None

    def tooltip(self, record: BudgetLine, column: Column[Any]) -> str | None:
        if record.executed_cents > record.planned_cents:
            return QCoreApplication.translate("BudgetTableModel", "Executed is above planned")
        if record.committed_cents > record.planned_cents:
            return QCoreApplication.translate("BudgetTableModel", "Committed is above planned")
        return None
