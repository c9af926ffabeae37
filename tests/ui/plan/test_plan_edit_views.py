"""Renaming and moving tasks from the checklist, adding and deleting milestones from the
gates page and the timeline, as a user does it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from models.records import Actor, Role
from ui.plan.gates_panel import GatesPanel
from ui.plan.milestone_dialog import MilestoneDialog
from ui.plan.schedule_dialog import ScheduleDialog
from ui.plan.task_edit_dialog import TaskEditDialog
from ui.plan.timeline_view import TimelineView


def tail_task(plan):
    tail = plan.campaign.phases()[-1]
    return next(
        t for t in plan.tasks()
        if t.phase_id == tail.id and t.milestone_id and not t.status.is_finished
    )  # fmt: skip


def select(panel, task_id):
    panel.view.selectionModel().select(
        panel.model.index(panel.model.row_of(task_id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_ctrl_e_renames_and_moves_the_selected_task_in_one_step(panel, plan, qtbot):
    task = tail_task(plan)
    target = next(d for d in plan.campaign.departments() if d.id != task.department_id)
    select(panel, task.id)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.findChild(TaskEditDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_en_edit.text() == task.title_en
    dialog.title_en_edit.setText("Renamed and handed over")
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData(target.id))
    dialog.submit()
    assert not dialog.isVisible()
    moved = plan.task(task.id)
    assert (moved.title_en, moved.department_id) == ("Renamed and handed over", target.id)
    row = panel.model.row_of(task.id)
    assert panel.model.index(row, panel.model.column_of("title")).data() == moved.title_en
    assert panel.detail.facts["unit"].text() == target.name_en
    assert plan.campaign.undo_stack.count() == 1
    plan.campaign.undo_stack.undo()
    assert plan.task(task.id) == task


def test_refused_move_keeps_the_form_open_with_the_phase_dates(panel, plan):
    task = tail_task(plan)
    warmup = plan.campaign.phases()[0]
    select(panel, task.id)
    dialog = panel.detail.open_edit_dialog()
    dialog.milestone_combo.setCurrentIndex(0)  # (none)
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData(warmup.id))
    dialog.submit()
    assert dialog.isVisible()
    assert warmup.name_en in dialog.error_label.text()
    assert warmup.end_date.isoformat() in dialog.error_label.text()
    assert plan.task(task.id) == task and plan.campaign.undo_stack.count() == 0
    dialog.reject()


def test_title_cell_is_edited_inline_and_an_empty_title_is_refused(panel, plan):
    task = tail_task(plan)
    index = panel.model.index(panel.model.row_of(task.id), panel.model.column_of("title"))
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    panel.model.setData(index, "   ")
    assert "empty" in panel.bulk.error_label.text() and plan.task(task.id) == task
    panel.model.setData(index, "Typed in the cell")
    assert plan.task(task.id).title_en == "Typed in the cell"


def test_gates_page_adds_a_gate_and_deletes_it_after_asking(qtbot, plan, actor, answer):
    gates = GatesPanel(plan, actor)
    qtbot.addWidget(gates)
    gates.show()
    qtbot.waitExposed(gates)
    assert gates.new_button.isVisible() and gates.delete_button.isVisible()
    dialog = gates.open_new_dialog()
    assert dialog.gate_check.isChecked()
    dialog.name_en_edit.setText("Night shift drill")
    dialog.date_edit.setDate(date(2026, 11, 6))
    dialog.submit()
    assert not dialog.isVisible()
    gate_id = dialog.created_id
    assert gates.current_gate_id() == gate_id
    answer(False)
    gates.activateWindow()
    gates.gate_tree.setFocus()
    qtbot.waitUntil(gates.gate_tree.hasFocus)
    qtbot.keyClick(gates.gate_tree, Qt.Key.Key_Delete)
    assert gate_id in {g.id for g in plan.gates.all()}
    answer(True)
    qtbot.keyClick(gates.gate_tree, Qt.Key.Key_Delete)
    assert gate_id not in {g.id for g in plan.gates.all()}
    plan.campaign.undo_stack.undo()
    assert gate_id in {g.id for g in plan.gates.all()}


def test_gates_page_explains_why_a_signed_gate_stays(qtbot, plan, actor, answer):
    gates = GatesPanel(plan, actor)
    qtbot.addWidget(gates)
    gates.show()
    signed = next(g for g in plan.gates.all() if g.signed_off_at is not None)
    gates.select_gate(signed.id)
    answer(True)
    gates.delete_button.click()
    assert "signed off" in gates.error_label.text()
    assert signed.id in {g.id for g in plan.gates.all()}


def test_a_lead_sees_no_milestone_management(qtbot, plan):
    lead = Actor("lead", Role.LEAD, "MKT")
    gates = GatesPanel(plan, lead)
    timeline = TimelineView(plan, lead)
    for widget in (gates, timeline):
        qtbot.addWidget(widget)
        widget.show()
    assert not gates.new_button.isVisible() and not gates.new_action.isEnabled()
    assert not timeline.new_milestone_button.isVisible()
    menu = timeline.context_menu(plan.milestones.all()[0].id, date(2026, 10, 1))
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["Move date…"] and not enabled["Delete milestone…"]


def test_timeline_menu_adds_a_milestone_on_the_clicked_day_and_deletes_it(
    qtbot, plan, actor, answer
):
    view = TimelineView(plan, actor)
    qtbot.addWidget(view)
    view.show()
    day = date(2026, 11, 4)
    menu = view.context_menu(None, day)
    new = next(a for a in menu.actions() if a.text().startswith("New milestone on"))
    new.trigger()
    dialog = view.findChild(MilestoneDialog)
    assert dialog.date_edit.date().toPython() == day
    assert dialog.phase_combo.currentData() == plan.campaign.phases()[-1].id
    dialog.name_zh_edit.setText("前置仓补货")
    dialog.submit()
    created = plan.milestone(dialog.created_id)
    assert (created.name_en, created.due_date, created.is_gate) == ("前置仓补货", day, False)
    answer(True)
    menu = view.context_menu(created.id, day)
    next(a for a in menu.actions() if a.text() == "Delete milestone…").trigger()
    assert created.id not in {m.id for m in plan.milestones.all()}
    busy = next(
        m for m in plan.milestones.all() if any(t.milestone_id == m.id for t in plan.tasks())
    )
    view.delete_milestone(busy.id)
    assert busy.name_en in view.message_label.text()


def test_moving_a_milestone_out_of_its_phase_shows_the_phase_and_applies_nothing(
    qtbot, plan, actor
):
    milestone = next(m for m in plan.milestones.all() if m.name_en == "Final payment opens")
    phase = next(p for p in plan.campaign.phases() if p.id == milestone.phase_id)
    view = TimelineView(plan, actor)
    qtbot.addWidget(view)
    dialog = view.open_schedule_dialog(milestone.id)
    assert isinstance(dialog, ScheduleDialog)
    dialog.start_edit.setDate(phase.start_date - timedelta(days=2))
    text = dialog.message_label.text()
    assert phase.name_en in text and phase.start_date.isoformat() in text
    dialog.apply()
    assert dialog.isVisible() and plan.milestone(milestone.id) == milestone
    assert plan.campaign.undo_stack.count() == 0
    dialog.reject()
