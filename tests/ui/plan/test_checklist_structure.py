"""Adding and deleting tasks from the checklist, remembered layout, merged edits, and the
timeline / gates following along (milestone moves, highlighted selection)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from models.records import TaskStatus
from ui.plan.checklist_panel import ChecklistPanel
from ui.plan.gates_panel import GatesPanel
from ui.plan.timeline_view import TimelineView


def select(panel, ids):
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for task_id in ids:
        selection.select(
            panel.model.index(panel.model.row_of(task_id), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_insert_opens_the_form_and_the_new_task_is_selected(panel, plan, qtbot):
    panel.activateWindow()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    dialog = panel.create_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title_zh_edit.setText("直播间备用网络")
    dialog.title_en_edit.setText("Backup network for the live room")
    dialog.due_edit.setDate(QDate(2026, 11, 10))
    dialog.submit()
    assert not dialog.isVisible()
    task_id = dialog.created_id
    assert panel.selected_ids() == [task_id]
    assert plan.task(task_id).due_date == date(2026, 11, 10)
    plan.campaign.undo_stack.undo()
    assert panel.model.row_of(task_id) is None
    plan.campaign.undo_stack.redo()
    assert panel.model.row_of(task_id) is not None


def test_refused_new_task_keeps_the_form_open_with_the_reason(panel, plan):
    dialog = panel.open_create_dialog()
    before = len(plan.tasks())
    dialog.due_edit.setDate(QDate(2026, 11, 10))
    dialog.submit()  # no title
    assert dialog.isVisible() and "title" in dialog.error_label.text()
    # The cursor goes to the field to fix (the form's focus, even while the window is inactive).
    assert dialog.focusWidget() is dialog.title_zh_edit
    dialog.title_en_edit.setText("Extra packers")
    dialog.start_edit.setDate(QDate(2026, 11, 11))
    dialog.submit()  # starts after its due date
    assert dialog.isVisible() and "after the due date" in dialog.error_label.text()
    assert dialog.focusWidget() in (dialog.start_edit, dialog.due_edit)  # the dates that clash
    assert len(plan.tasks()) == before and plan.campaign.undo_stack.count() == 0
    dialog.reject()


def test_a_unit_room_adds_to_its_own_unit_only(qtbot, plan, actor):
    room = ChecklistPanel(plan, actor)
    qtbot.addWidget(room)
    cs = plan.campaign.department("CS").id
    # The form lists every unit and CS is not its first: a lost lock would show as another unit.
    assert plan.campaign.departments()[0].id != cs
    room.lock_department(cs)
    room.bulk.new_button.click()
    dialog = room.create_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.department_combo.isEnabled()  # the user cannot pick another unit
    dialog.title_zh_edit.setText("客服夜班加岗")
    dialog.title_en_edit.setText("Extra night shift for customer service")
    dialog.due_edit.setDate(QDate(2026, 11, 10))
    dialog.submit()
    assert not dialog.isVisible()
    assert dialog.created_id is not None
    created = plan.task(dialog.created_id)
    assert (created.title_en, created.department_id) == (
        "Extra night shift for customer service",
        cs,
    )
    assert room.selected_ids() == [created.id]  # and the room shows it


def test_delete_asks_first_and_bulk_delete_is_one_step(panel, plan, qtbot, answer):
    ids = [t.id for t in panel.model.records()[:3]]
    before = plan.tasks()
    select(panel, ids)
    answer(False)
    panel.bulk.delete_button.click()
    assert plan.tasks() == before
    answer(True)
    panel.activateWindow()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert all(panel.model.row_of(i) is None for i in ids)
    assert plan.campaign.undo_stack.count() == 1
    plan.campaign.undo_stack.undo()
    assert plan.tasks() == before
    assert all(panel.model.row_of(i) is not None for i in ids)


def test_delete_key_in_the_search_box_deletes_no_task(panel, plan, qtbot, answer):
    answer(True)
    select(panel, [panel.model.records()[0].id])
    panel.filters.search_edit.setText("abc")
    panel.filters.search_edit.setFocus()
    panel.filters.search_edit.setCursorPosition(0)
    qtbot.keyClick(panel.filters.search_edit, Qt.Key.Key_Delete)
    assert panel.filters.search_edit.text() == "bc"
    assert plan.campaign.undo_stack.count() == 0


def test_quick_progress_edits_are_one_undo_step(panel, plan):
    task = next(t for t in panel.model.records() if t.status is TaskStatus.IN_PROGRESS)
    plan.edit_clock = lambda: 50.0  # every edit within the same instant
    column = panel.model.column_of("progress")
    for value in (task.progress + 1, task.progress + 2):
        panel.model.setData(panel.model.index(panel.model.row_of(task.id), column), value)
    assert plan.campaign.undo_stack.count() == 1
    plan.campaign.undo_stack.undo()
    assert plan.task(task.id).progress == task.progress


def test_column_order_widths_and_split_are_remembered(qtbot, plan, actor, panel):
    header = panel.view.horizontalHeader()
    owner = panel.model.column_of("owner_id")
    header.moveSection(header.visualIndex(owner), 1)
    header.resizeSection(owner, 213)
    panel.splitter.setSizes([900, 500])
    sizes = panel.splitter.sizes()
    panel.save_layout()
    again = ChecklistPanel(plan, actor)
    qtbot.addWidget(again)
    again.resize(1500, 800)
    again.show()
    qtbot.waitExposed(again)
    restored = again.view.horizontalHeader()
    assert restored.visualIndex(owner) == 1
    assert restored.sectionSize(owner) == 213
    assert again.splitter.sizes() == sizes


def test_room_checklists_do_not_overwrite_the_layout(qtbot, plan, actor):
    room = ChecklistPanel(plan, actor)
    qtbot.addWidget(room)
    room.lock_department(plan.campaign.department("CS").id)
    room.view.horizontalHeader().resizeSection(0, 77)
    room.save_layout()
    assert "title:77" not in plan.settings.value("checklist/columns")


def test_timeline_highlights_the_task_selected_in_the_checklist(qtbot, panel, plan, actor):
    timeline = TimelineView(plan, actor)
    qtbot.addWidget(timeline)
    timeline.resize(1200, 700)
    timeline.show()
    panel.task_selected.connect(timeline.select_task)
    timeline.task_selected.connect(panel.select_task)
    task = panel.model.records()[7]
    panel.select_task(task.id)
    assert timeline.scene.bars[task.id].isSelected()
    assert [i.data(0) for i in timeline.canvas.scene().selectedItems()] == [task.id]
    assert task.title_en in timeline.selection_label.text()
    other = panel.model.records()[2]
    timeline.canvas.scene().clearSelection()  # and back: a click on another bar
    timeline.scene.bars[other.id].setSelected(True)
    assert panel.selected_ids() == [other.id]


def test_gate_date_moves_with_preview_and_undo(qtbot, plan, actor):
    gates = GatesPanel(plan, actor)
    qtbot.addWidget(gates)
    gates.show()
    gate = next(g for g in plan.gates.all() if g.signed_off_at is None)
    anchored = next(t for t in plan.tasks() if t.milestone_id == gate.id)
    plan.edit_task(actor, anchored.id, "anchor", "M-1")
    plan.campaign.undo_stack.clear()
    gates.select_gate(gate.id)
    dialog = gates.open_move_dialog()
    assert dialog.target_combo.currentData() == f"milestone:{gate.id}"
    assert dialog.end_edit.isHidden()
    new_due = gate.due_date - timedelta(days=2)
    dialog.start_edit.setDate(QDate(new_due.year, new_due.month, new_due.day))
    fields = {(dialog.changes_tree.topLevelItem(i).text(1))
              for i in range(dialog.changes_tree.topLevelItemCount())}  # fmt: skip
    assert "Due" in fields and plan.milestone(gate.id).due_date == gate.due_date
    dialog.apply()
    assert plan.milestone(gate.id).due_date == new_due
    assert plan.task(anchored.id).due_date == new_due - timedelta(days=1)
    assert plan.campaign.undo_stack.count() == 1
    plan.campaign.undo_stack.undo()
    assert plan.milestone(gate.id).due_date == gate.due_date


def test_gate_date_outside_the_campaign_shows_why(qtbot, plan, actor):
    gates = GatesPanel(plan, actor)
    qtbot.addWidget(gates)
    dialog = gates.open_move_dialog()
    dialog.start_edit.setDate(QDate(2026, 12, 1))
    assert "outside the campaign" in dialog.message_label.text()
    dialog.apply()
    assert plan.campaign.undo_stack.count() == 0
    dialog.reject()
