"""Copy and paste of cell blocks on the budget table, in the tab-separated text that Excel
and LibreOffice put on the clipboard. Placing the block is the view's business; parsing,
checking and the single undo step are the budget controller's."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView

from controllers.budget.budget_controller import PastedCell
from models.tables.budget_table_model import BudgetTableModel, item_field


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells; quoted cells may hold tabs and line breaks, as spreadsheets write them."""
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        return []
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]


def format_block(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(rows)
    return out.getvalue()


class BudgetClipboard(QObject):
    """Ctrl+C / Ctrl+V on the budget lines table."""

    def __init__(
        self,
        table: QTableView,
        model: BudgetTableModel,
        paste: Callable[[list[PastedCell]], bool],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._paste = paste
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return True
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
        return super().eventFilter(watched, event)

    # -- copy -----------------------------------------------------------------------------

    def copy(self) -> str:
        """The selected cells as shown, in their bounding rectangle (gaps left empty)."""
        indexes = self._table.selectionModel().selectedIndexes()
        if not indexes and self._table.currentIndex().isValid():
            indexes = [self._table.currentIndex()]
        if not indexes:
            return ""
        chosen = {(i.row(), i.column()) for i in indexes}
        rows = range(min(r for r, _ in chosen), max(r for r, _ in chosen) + 1)
        columns = range(min(c for _, c in chosen), max(c for _, c in chosen) + 1)
        model = self._model
        block = [
            [str(model.index(r, c).data() or "") if (r, c) in chosen else "" for c in columns]
            for r in rows
        ]
        text = format_block(block)
        QGuiApplication.clipboard().setText(text)
        return text

    # -- paste ----------------------------------------------------------------------------

    def paste(self, text: str | None = None) -> bool:
        """Place the clipboard's block at the current cell (a single value fills every
        selected cell) and hand it to the controller as one edit."""
        block = parse_block(QGuiApplication.clipboard().text() if text is None else text)
        start = self._table.currentIndex()
        if not block or not start.isValid():
            return False
        selected = self._table.selectionModel().selectedIndexes()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            targets = [(i.row(), i.column(), block[0][0]) for i in selected]
        else:
            targets = [
                (start.row() + dr, start.column() + dc, value)
                for dr, row in enumerate(block)
                for dc, value in enumerate(row)
            ]
        return self._paste([self._cell(row, column, value) for row, column, value in targets])

    def _cell(self, row: int, column: int, text: str) -> PastedCell:
        model = self._model
        columns = model.COLUMNS
        header = (
            str(model.headerData(column, Qt.Orientation.Horizontal))
            if column < len(columns)
            else ""
        )
        where = self.tr("Row %1, %2").replace("%1", str(row + 1)).replace("%2", header or "?")
        if row >= model.rowCount() or column >= len(columns):
            return PastedCell(None, "", text, where)
        key = columns[column].key
        field = item_field() if key == "item" else key
        line_id = model.record_at(row).id
        return PastedCell(line_id, field, text, where)
