"""Every table in the window gets a context menu: copy the selection, export the rows to CSV.

Exports write what the user sees (display text, current sort and filter), in UTF-8 with a
byte-order mark so that Excel opens Chinese text correctly. Cells that a spreadsheet would
run as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QTableView, QWidget

from models.atomic_file import written_atomically
from ui.common import dialogs

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def visible_rows(view: QTableView) -> list[list[str]]:
    """Header plus every row as displayed, skipping hidden columns, in visual column order."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    rows = [[str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]]
    for row in range(model.rowCount()):
        rows.append([str(model.index(row, c).data() or "") for c in columns])
    return rows


def neutralise(text: str) -> str:
    """Keep spreadsheet formulas from running when the CSV is opened."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(rows: list[list[str]], path: Path) -> None:
    with written_atomically(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([[neutralise(cell) for cell in row] for row in rows])


def selection_as_text(view: QTableView) -> str:
    """The selected cells as tab-separated lines (pastes into spreadsheets)."""
    indexes = sorted(view.selectedIndexes(), key=lambda i: (i.row(), i.column()))
    lines: dict[int, list[str]] = {}
    for index in indexes:
        lines.setdefault(index.row(), []).append(str(index.data() or ""))
    return "\n".join("\t".join(cells) for cells in lines.values())


class TableExportMenu(QObject):
    """Adds the context menu to one table view."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_menu_requested)

    @Slot(QPoint)
    def _on_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self._view)
        copy = QAction(QCoreApplication.translate("TableExport", "Copy selected cells"), menu)
        copy.setEnabled(bool(self._view.selectedIndexes()))
        copy.triggered.connect(self._on_copy)
        export = QAction(QCoreApplication.translate("TableExport", "Export rows to CSV…"), menu)
        export.triggered.connect(self._on_export)
        menu.addAction(copy)
        menu.addAction(export)
        menu.popup(self._view.viewport().mapToGlobal(position))

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(selection_as_text(self._view))

    @Slot()
    def _on_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self._view,
            QCoreApplication.translate("TableExport", "Export rows to CSV"),
            "",
            QCoreApplication.translate("TableExport", "CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".csv") else name + ".csv")
        try:
            write_csv(visible_rows(self._view), path)
        except OSError as error:
            dialogs.show_error(
                self._view,
                QCoreApplication.translate("TableExport", "Export rows to CSV"),
                QCoreApplication.translate("TableExport", "Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )


def install_table_menus(root: QWidget) -> int:
    """Give every table under ``root`` that has no context menu of its own the export menu."""
    installed = 0
    for view in root.findChildren(QTableView):
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            TableExportMenu(view)
            installed += 1
    return installed
