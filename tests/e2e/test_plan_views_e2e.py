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
