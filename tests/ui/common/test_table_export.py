"""Any table can be copied or exported to CSV as shown, safely for spreadsheets."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from ui.common.table_export import selection_as_text, visible_rows, write_csv


def test_every_table_of_the_app_gets_the_menu(make_app):
    window = make_app("en").window
    window.build_all_pages()  # pages are built when first needed; the menu reaches them all
    tables = window.findChildren(QTableView)
    assert tables
    assert all(t.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu for t in tables)


def test_export_writes_what_is_shown_in_display_order(make_app, tmp_path: Path):
    window = make_app("zh").window
    panel = window.view_widget("audit")
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    rows = visible_rows(panel.view)
    assert rows[0][:3] == ["时间", "操作人", "操作"]
    assert len(rows) == panel.model.rowCount() + 1
    out = tmp_path / "audit.csv"
    write_csv(rows, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for Chinese
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["时间", "操作人", "操作"]


def test_formula_like_text_is_neutralised(tmp_path: Path):
    out = tmp_path / "x.csv"
    write_csv([["note"], ['=HYPERLINK("http://evil")'], ["-5 days"], ["plain"]], out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [row[0] for row in csv.reader(handle)]
    assert cells == ["note", '\'=HYPERLINK("http://evil")', "'-5 days", "plain"]


def test_copy_gives_tab_separated_lines(make_app):
    panel = make_app("en").window.view_widget("audit")
    model = panel.model
    selection = panel.view.selectionModel()
    for row in (0, 1):
        for column in (1, 2):
            selection.select(model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    lines = selection_as_text(panel.view).split("\n")
    assert len(lines) == 2 and all(len(line.split("\t")) == 2 for line in lines)
    assert lines[0].split("\t")[0] == model.index(0, 1).data()


def test_exporting_into_a_missing_folder_says_so_and_writes_nothing(
    make_app, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from ui.common import dialogs
    from ui.common.table_export import TableExportMenu

    window = make_app("en").window
    view = window.view_widget("audit").view
    target = tmp_path / "gone" / "audit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    menu = next(m for m in view.findChildren(TableExportMenu))
    menu._on_export()
    assert len(shown) == 1
    assert str(target) + ".csv" in shown[0] and "No such file or directory" in shown[0]
    assert not target.parent.exists()
