"""The plan views inside the whole app: registered, wired to the overview, undo from the menu."""

from __future__ import annotations

from models.records import TaskStatus
from tests.conftest import TEST_ACTOR


def test_plan_views_are_registered_and_edits_reach_the_overview(make_app, qtbot):
    parts = make_app()
    window = parts.window
    for key in ("checklist", "gates", "timeline", "board"):
        assert key in window.view_keys()
    plan = parts.plan
    task = next(
        t for t in plan.tasks()
        if t.status is TaskStatus.IN_PROGRESS and t.id not in plan.blockers()
    )  # fmt: skip
    department = next(d for d in parts.campaign.departments() if d.id == task.department_id)
    before = parts.overview.snapshot().department(department.code).progress.finished
    with qtbot.waitSignal(parts.overview.overview_changed, timeout=2000):
        plan.set_status(TEST_ACTOR, [task.id], TaskStatus.DONE)
    assert parts.overview.snapshot().department(department.code).progress.finished == before + 1
    window.undo_action.trigger()
    assert plan.task(task.id).status is TaskStatus.IN_PROGRESS


def test_checklist_and_timeline_follow_each_other_and_delete_undoes(make_app, qtbot):
    from PySide6.QtCore import Qt

    parts = make_app()
    window = parts.window
    checklist = window.view_widget("checklist")
    timeline = window.view_widget("timeline")
    window.show()
    window.show_view("checklist")
    with qtbot.waitActive(window):
        window.activateWindow()
    task = checklist.model.records()[3]
    checklist.select_task(task.id)
    assert timeline.scene.bars[task.id].isSelected()
    checklist.view.setFocus()
    qtbot.keyClick(checklist.view, Qt.Key.Key_Delete)  # confirmed: the app runs headless
    assert task.id not in {t.id for t in parts.plan.tasks()}
    window.undo_action.trigger()
    assert parts.plan.task(task.id) == task
    window.redo_action.trigger()
    assert checklist.model.row_of(task.id) is None
