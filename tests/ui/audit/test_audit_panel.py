"""The audit trail shows who changed what, and can be searched."""

from __future__ import annotations

from models.records import TaskStatus


def test_audit_view_lists_a_change_with_before_and_after(make_app, actor, qtbot):
    parts = make_app("en")
    task = parts.store.plan.tasks(parts.campaign.campaign_id)[0]
    parts.store.plan.update_task(actor, task.id, status=TaskStatus.DELAYED)
    panel = parts.window.view_widget("audit")
    panel.reload()
    newest = panel.model.record_at(0)
    assert newest.actor == actor.name and newest.table_name == "task"
    change_column = [c.key for c in panel.model.COLUMNS].index("change")
    text = panel.model.index(0, change_column).data()
    assert text == f"status: {task.status.value} → delayed"
    qtbot.keyClicks(panel.search, "delayed")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_audit_table_model_passes_the_model_tester(make_app, qtmodeltester):
    parts = make_app("en")
    qtmodeltester.check(parts.window.view_widget("audit").model)
