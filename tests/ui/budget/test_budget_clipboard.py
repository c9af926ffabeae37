"""Ctrl+C / Ctrl+V of cell blocks on the budget board, as exchanged with Excel/LibreOffice."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from ui.budget.budget_clipboard import format_block, parse_block


def board(parts):
    parts.window.show_view("budget")
    return parts.window.view_widget("budget")


def select(panel, cells):
    """Make ``cells`` (row, column key) the selection, the first one current."""
    table, model = panel.table, panel.model
    selection = table.selectionModel()
    selection.clear()
    for n, (row, key) in enumerate(cells):
        index = model.index(row, panel._column(key))
        flag = QItemSelectionModel.SelectionFlag.Select
        if n == 0:
            table.setCurrentIndex(index)
        selection.select(index, flag)


def warnings(parts):
    seen = []
    parts.notifier.message_posted.connect(lambda level, text: seen.append((level, text)))
    return seen


def test_parse_block_reads_what_spreadsheets_put_on_the_clipboard():
    assert parse_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_block('"two\nlines"\tx\n') == [["two\nlines", "x"]]
    assert parse_block(format_block([["a\tb", "¥1,200"]])) == [["a\tb", "¥1,200"]]
    assert parse_block("") == []


def test_pasting_a_block_of_amounts_is_one_undo_step(make_app, qtbot):
    parts = make_app("en")
    panel = board(parts)
    store = parts.store.budget
    ids = [panel.model.record_at(row).id for row in (0, 1)]
    before = {i: store.line(i) for i in ids}
    depth = parts.campaign.undo_stack.count()
    select(panel, [(0, "planned_cents")])
    # Planned and Committed of two lines, spelled the way finance types them.
    assert panel.clipboard.paste("¥1,200,000.00\t12.5万\r\n３０００\t0\r\n")
    assert parts.campaign.undo_stack.count() == depth + 1
    first, second = (store.line(i) for i in ids)
    assert (first.planned_cents, first.committed_cents) == (120_000_000, 12_500_000)
    assert (second.planned_cents, second.committed_cents) == (300_000, 0)
    parts.campaign.undo_stack.undo()
    assert [store.line(i) for i in ids] == [before[i] for i in ids]


def test_a_bad_cell_refuses_the_whole_block_and_names_the_cell(make_app, qtbot):
    parts = make_app("en")
    panel = board(parts)
    seen = warnings(parts)
    lines = parts.store.budget.lines(1)
    depth = parts.campaign.undo_stack.count()
    select(panel, [(0, "planned_cents")])
    assert not panel.clipboard.paste("100\t200\n-5\t300\n")
    assert parts.store.budget.lines(1) == lines
    assert parts.campaign.undo_stack.count() == depth
    level, text = seen[-1]
    assert level == "warning" and "Row 2, Planned" in text and "-5" in text

    # A column that cannot be edited and a block running past the last line are refused too.
    select(panel, [(0, "executed_cents")])
    assert not panel.clipboard.paste("1\t2\t3\n")
    assert "Row 1, Executed %" in seen[-1][1]
    last = panel.model.rowCount() - 1
    select(panel, [(last, "note")])
    assert not panel.clipboard.paste("ok\nno line here\n")
    assert f"Row {last + 2}, Note" in seen[-1][1]
    assert parts.store.budget.lines(1) == lines


def test_one_value_fills_every_selected_cell(make_app, qtbot):
    parts = make_app("en")
    panel = board(parts)
    select(panel, [(0, "note"), (1, "note"), (2, "note")])
    assert panel.clipboard.paste("待财务复核\n")
    notes = [parts.store.budget.line(panel.model.record_at(r).id).note for r in range(3)]
    assert notes == ["待财务复核"] * 3


def test_copy_puts_the_selected_cells_as_tab_separated_text(make_app, qtbot):
    parts = make_app("en")
    panel = board(parts)
    select(panel, [(0, "planned_cents"), (0, "committed_cents"), (1, "planned_cents")])
    text = panel.clipboard.copy()
    assert QGuiApplication.clipboard().text() == text
    rows = parse_block(text)
    model = panel.model
    planned = model.index(0, panel._column("planned_cents")).data(Qt.ItemDataRole.DisplayRole)
    assert rows[0][0] == planned and rows[0][0].startswith("¥")
    assert rows[1][1] == ""  # not selected: left empty, the block stays rectangular
    # What was copied pastes back unchanged (no new undo step: nothing differs).
    depth = parts.campaign.undo_stack.count()
    select(panel, [(0, "planned_cents")])
    assert not panel.clipboard.paste(format_block([[rows[0][0]]]))
    assert parts.campaign.undo_stack.count() == depth


def test_ctrl_v_on_the_table_pastes(make_app, qtbot):
    parts = make_app("en")
    panel = board(parts)
    select(panel, [(0, "note")])
    QGuiApplication.clipboard().setText("从键盘粘贴\n")
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert parts.store.budget.line(panel.model.record_at(0).id).note == "从键盘粘贴"
