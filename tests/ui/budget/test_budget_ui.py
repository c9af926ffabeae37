"""The budget board, the import preview and the File-menu workbook actions, as a user sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.workbook import ExportOptions, Resolution
from tests.models.workbook.workbook_helpers import edit, export, plan


def test_budget_board_shows_lines_totals_and_the_70_30_rule(make_app):
    parts = make_app("en")
    window = parts.window
    window.show_view("budget")
    panel = window.view_widget("budget")
    lines = parts.store.budget.lines(1)
    assert panel.model.rowCount() == len(lines)
    assert panel.footer.rowCount() == 1  # totals live in a footer, not in the sorted table
    planned = sum(line.planned_cents for line in lines) // 100
    footer_planned = panel.footer.item(0, panel._column("planned_cents")).text()
    assert footer_planned.replace(",", "").endswith(str(planned))
    assert "70/30" in panel.split_label.text() and panel.split_label.text().startswith("✓")
    assert panel.requests_card.table.rowCount() == 1
    assert not panel.requests_card.approve_button.isEnabled()  # the commander is not in the group


def test_editing_an_amount_in_the_table_goes_through_undo(make_app, qtbot):
    parts = make_app("en")
    panel = parts.window.view_widget("budget")
    column = panel._column("executed_cents")
    index = panel.model.index(0, column)
    line_id = panel.model.data(index, Qt.ItemDataRole.UserRole + 1)
    original = parts.store.budget.line(line_id)
    shown_before = index.data()
    panel.model.setData(index, 4_200_00)
    assert parts.store.budget.line(line_id).executed_cents == 4_200_00
    assert panel.model.data(panel.model.index(panel.model.row_of(line_id), column)) == "¥4,200"
    parts.campaign.undo_stack.undo()
    assert parts.store.budget.line(line_id) == original
    assert panel.model.index(panel.model.row_of(line_id), column).data() == shown_before


def test_overspending_shows_as_a_variance_warning(make_app):
    parts = make_app("en")
    panel = parts.window.view_widget("budget")
    line = parts.store.budget.lines(1)[0]
    assert [panel.variance_list.item(i).text() for i in range(panel.variance_list.count())] == [
        "No line is above its plan."
    ]
    overspend = line.planned_cents + 1_000_00
    parts.budget.edit_line(parts.window._actor, line.id, "executed_cents", overspend)
    shown = [panel.variance_list.item(i).text() for i in range(panel.variance_list.count())]
    assert shown == [f"✖ {line.item_en}: executed ¥1,000 above plan"]


def test_an_overspend_of_a_few_fen_is_shown_to_the_fen(make_app):
    parts = make_app("en")
    panel = parts.window.view_widget("budget")
    line = parts.store.budget.lines(1)[0]
    parts.budget.edit_line(parts.window._actor, line.id, "executed_cents", line.planned_cents + 40)
    shown = [panel.variance_list.item(i).text() for i in range(panel.variance_list.count())]
    assert shown == [f"✖ {line.item_en}: executed ¥0.40 above plan"]
    # The table shows the exact amount, so a copied cell pastes back unchanged.
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record_at(r).id == line.id)
    shown_executed = panel.model.index(row, panel._column("executed_cents")).data()
    assert shown_executed.endswith(".40")


def test_preview_dialog_disables_apply_on_errors(qtbot, demo_store, tmp_path):
    from ui.workbook.import_preview_dialog import ImportPreviewDialog

    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[0]
    bad = plan(demo_store, edit(path, tmp_path / "bad.xlsx", "Budget", [(line.id, "Planned", -1)]))
    dialog = ImportPreviewDialog(bad)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    errors = dialog.trees["errors"]
    assert errors.topLevelItemCount() == 1
    item = errors.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("Budget", "2") and "Planned" in item.text(2)
    assert dialog.tabs.currentWidget() is errors

    good = plan(demo_store, edit(path, tmp_path / "ok.xlsx", "Budget", [(line.id, "Planned", 7)]))
    dialog = ImportPreviewDialog(good)
    qtbot.addWidget(dialog)
    assert dialog.apply_button.isEnabled()
    changed = dialog.trees["changed"].topLevelItem(0)
    assert changed.child(0).text(3) == "¥7.00"
    with qtbot.waitSignal(dialog.apply_requested) as applied:
        dialog.apply_button.click()
    assert applied.args == [Resolution.REFUSE.value]


def test_file_menu_export_then_import_round_trip(make_app, qtbot, tmp_path):
    parts = make_app("en")
    actions = parts.workbook_actions
    texts = [a.text() for a in parts.window.file_menu.actions()]
    assert "&Export workbook…" in texts and "&Import workbook…" in texts
    parts.excel._runner._synchronous = True
    path = tmp_path / "round.xlsx"
    with qtbot.waitSignal(parts.excel.export_finished):
        actions.export_to(path, ExportOptions(language="en"))
    with qtbot.waitSignal(parts.excel.import_planned):
        actions.import_from(path)
    assert actions.preview is not None and actions.preview.plan.is_empty
    assert not actions.preview.apply_button.isEnabled()
    actions.preview.close()


def test_chart_labels_fit_their_group_on_a_narrow_chart(qtbot):
    from PySide6.QtGui import QFontMetrics

    from ui.budget.budget_chart import BudgetBarChart

    chart = BudgetBarChart()
    qtbot.addWidget(chart)
    chart.resize(260, 300)
    chart.show()
    groups = [("Supply chain", 9, 8), ("Temporary staff", 7, 3), ("Contingency reserve", 1, 0)]
    chart.show_groups(groups)
    axis = chart.getAxis("bottom")
    slot = axis.width() / len(groups)
    metrics = QFontMetrics(axis.style.get("tickFont") or chart.font())
    labels = [text for _value, text in axis._tickLevels[0]]
    assert len(labels) == len(groups)
    for text in labels:
        assert all(metrics.horizontalAdvance(line) <= slot for line in text.split("\n")), text
