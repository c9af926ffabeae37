"""Gates, board, timeline and the reschedule dialog as a user sees them."""

from __future__ import annotations

from datetime import date

import pytest

from controllers.plan.board_controller import BoardController
from controllers.settings import Settings
from ui.plan.gates_panel import GatesPanel
from ui.plan.progress_board import ProgressBoard
from ui.plan.schedule_dialog import ScheduleDialog
from ui.plan.timeline_view import TimelineView


def test_gate_panel_signs_off_a_ready_gate_with_comment(qtbot, plan, actor):
    panel = GatesPanel(plan, actor)
    qtbot.addWidget(panel)
    panel.show()
    cs_gate = next(g for g in plan.gates.all() if g.name_en == "CS system stress test passed")
    panel.select_gate(cs_gate.id)
    assert panel.sign_button.isEnabled() and not panel.reopen_button.isEnabled()
    panel.comment_edit.setText("三轮压测通过")
    panel.sign_button.click()
    assert plan.milestone(cs_gate.id).sign_off_comment == "三轮压测通过"
    assert panel.current_gate_id() == cs_gate.id
    assert "Signed by tester" in panel.state_label.text()
    assert panel.history_list.count() == 1
    panel.reopen_button.click()  # no reason given
    assert "reason" in panel.error_label.text()
    assert plan.milestone(cs_gate.id).signed_off_at is not None


def test_gate_panel_disables_sign_off_while_tasks_are_open(qtbot, plan, actor, demo_store):
    cs_gate = next(g for g in plan.gates.all() if g.name_en == "CS system stress test passed")
    prerequisite = next(t for t in plan.tasks() if t.milestone_id == cs_gate.id)
    demo_store.plan.update_task(actor, prerequisite.id, status="in_progress", progress=50)
    panel = GatesPanel(plan, actor)
    qtbot.addWidget(panel)
    panel.select_gate(cs_gate.id)
    assert not panel.sign_button.isEnabled()
    texts = [panel.prereq_list.item(i).text() for i in range(panel.prereq_list.count())]
    assert any(text.startswith("✖") for text in texts)


def test_board_shows_every_unit_and_takes_a_snapshot(qtbot, plan, qsettings):
    board = BoardController(plan, Settings(qsettings))
    widget = ProgressBoard(plan, board)
    qtbot.addWidget(widget)
    visible = [c for c in widget.cards if not c.isHidden()]
    assert len(visible) == len(plan.campaign.departments())
    assert all(c.row is not None and c.row.previous is not None for c in visible)
    widget.snapshot_button.click()
    qtbot.waitUntil(lambda: board.last_snapshot_day() == plan.today())


def test_timeline_click_selects_the_task_and_zoom_keeps_bars(qtbot, plan, actor):
    view = TimelineView(plan, actor)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    assert len(view.scene.bars) == len(plan.tasks())
    task = plan.tasks()[5]
    with qtbot.waitSignal(view.task_selected) as signal:
        view.scene.bars[task.id].setSelected(True)
    assert signal.args == [task.id]
    width = view.canvas.day_width
    qtbot.keyClick(view.canvas, "+")
    assert view.canvas.day_width > width
    assert view.scene.bars[task.id].isSelected()
    bar = view.scene.bars[task.id].rect()
    assert bar.left() == pytest.approx(view.scene.x_of(task.planned_start))


def test_schedule_dialog_previews_then_applies_one_step(qtbot, plan, actor):
    dialog = ScheduleDialog(plan, actor)
    qtbot.addWidget(dialog)
    before = plan.tasks()
    dialog.start_edit.setDate(date(2026, 11, 12))
    assert dialog.changes_tree.topLevelItemCount() > 0
    assert plan.tasks() == before  # only a preview so far
    dialog.apply()
    assert plan.campaign.undo_stack.count() == 1
    assert plan.dday() == date(2026, 11, 12)
    plan.campaign.undo_stack.undo()
    assert plan.tasks() == before and plan.dday() == date(2026, 11, 11)


def test_hidden_page_catches_up_with_a_language_switch_when_shown(qtbot, plan, actor):
    from PySide6.QtCore import QCoreApplication, QEvent

    view = TimelineView(plan, actor)
    qtbot.addWidget(view)
    view.today_button.setText("stale")
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.today_button.text() == "stale"  # hidden: nothing redone yet
    view.show()
    assert view.today_button.text() == "Today (T)"
