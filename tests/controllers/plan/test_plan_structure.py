"""Adding and deleting tasks, merged cell edits and milestone moves, as undo steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.errors import ValidationError
from models.records import Actor, Role, TaskStatus
from tests.controllers.plan.plan_fixtures import by_title


def new_values(campaign, **overrides):
    cs = campaign.department("CS")
    phase = campaign.phases()[-1]
    values = {
        "title_zh": "加开夜班客服",
        "title_en": "Add a night CS shift",
        "department_id": cs.id,
        "phase_id": phase.id,
        "milestone_id": None,
        "owner_id": next(p.id for p in campaign.people() if p.department_id == cs.id),
        "planned_start": date(2026, 11, 5),
        "due_date": date(2026, 11, 9),
    }
    values.update(overrides)
    return values


def snapshot(plan):
    return (plan.tasks(), plan.dependencies.between_tasks(), plan.dependencies.on_gates())


def test_create_task_is_one_step_and_redo_keeps_the_id(plan, campaign, actor, qtbot):
    with qtbot.waitSignal(plan.tasks_changed) as signal:
        task_id = plan.create_task(actor, new_values(campaign))
    assert signal.args == [[task_id], [], []]
    task = plan.task(task_id)
    assert (task.title_en, task.status, task.progress) == (
        "Add a night CS shift", TaskStatus.NOT_STARTED, 0,
    )  # fmt: skip
    assert campaign.undo_stack.count() == 1
    with qtbot.waitSignal(plan.tasks_changed) as signal:
        campaign.undo_stack.undo()
    assert signal.args == [[], [], [task_id]]
    assert task_id not in {t.id for t in plan.tasks()}
    campaign.undo_stack.redo()
    assert plan.task(task_id) == task
    inserts = [e for e in campaign.store.audit_entries("task") if e.action == "insert"]
    assert inserts and inserts[0].row_id == str(task_id) and inserts[0].actor == actor.name


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"title_zh": " ", "title_en": ""}, "title_zh"),
        ({"department_id": 9999}, "department_id"),
        ({"phase_id": None}, "phase_id"),
        ({"owner_id": 9999}, "owner_id"),
        ({"milestone_id": 9999}, "milestone_id"),
        ({"due_date": date(2026, 11, 20)}, "due_date"),
        ({"planned_start": date(2026, 11, 9), "due_date": date(2026, 11, 6)}, "due_date"),
        ({"due_date": "soon"}, "due_date"),
    ],
)
def test_bad_new_task_is_refused_naming_the_field(plan, campaign, actor, override, field):
    before = snapshot(plan)
    with pytest.raises(ValidationError) as caught:
        plan.create_task(actor, new_values(campaign, **override))
    assert caught.value.field == field
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0


def test_one_title_is_enough_and_fills_the_other(plan, campaign, actor):
    task_id = plan.create_task(actor, new_values(campaign, title_zh="", title_en="Spare pickers"))
    assert plan.task(task_id).title_zh == "Spare pickers"


def test_lead_adds_tasks_only_to_their_own_unit(plan, campaign):
    lead = Actor("wang", Role.LEAD, "CS")
    plan.create_task(lead, new_values(campaign))
    other = campaign.department("MER").id
    with pytest.raises(ValidationError):
        plan.create_task(lead, new_values(campaign, department_id=other))
    with pytest.raises(ValidationError):
        plan.create_task(Actor("v", Role.VIEWER), new_values(campaign))


def test_delete_removes_dependencies_and_undo_restores_everything(plan, campaign, actor):
    lock = by_title(plan, "Lock the price system")
    assert any(lock.id in pair for pair in plan.dependencies.between_tasks())
    gate = next(g for g in plan.gates.all() if g.signed_off_at is None)
    plan.dependencies.add_gate_dependency(actor, lock.id, gate.id)
    before = snapshot(plan)
    links = plan.links_of([lock.id])
    assert links >= 2
    plan.delete_tasks(actor, [lock.id])
    assert lock.id not in {t.id for t in plan.tasks()}
    assert not any(lock.id in pair for pair in plan.dependencies.between_tasks())
    assert not any(task_id == lock.id for task_id, _ in plan.dependencies.on_gates())
    audit = campaign.store.audit_entries(limit=20)
    assert sum(e.action == "delete" and e.table_name.startswith("task") for e in audit) == links + 1
    campaign.undo_stack.undo()
    assert snapshot(plan) == before
    campaign.undo_stack.redo()
    campaign.undo_stack.undo()
    assert plan.task(lock.id) == lock


def test_bulk_delete_is_one_undo_step(plan, campaign, actor, qtbot):
    doomed = [t.id for t in plan.tasks() if t.department_id == campaign.department("CS").id][:4]
    before = snapshot(plan)
    with qtbot.waitSignal(plan.tasks_changed) as signal:
        plan.delete_tasks(actor, doomed)
    assert signal.args[2] == sorted(doomed)
    assert campaign.undo_stack.count() == 1
    campaign.undo_stack.undo()
    assert snapshot(plan) == before


def test_lead_cannot_delete_another_units_task(plan, campaign):
    task = next(t for t in plan.tasks() if t.department_id != campaign.department("CS").id)
    with pytest.raises(ValidationError):
        plan.delete_tasks(Actor("wang", Role.LEAD, "CS"), [task.id])
    assert plan.task(task.id) == task


class FakeSeconds:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_quick_edits_of_one_cell_merge_into_one_step(plan, campaign, actor):
    task = next(t for t in plan.tasks() if t.status is TaskStatus.IN_PROGRESS)
    seconds = FakeSeconds()
    plan.edit_clock = seconds
    for progress in (task.progress + 1, task.progress + 2, task.progress + 3):
        plan.edit_task(actor, task.id, "progress", progress)
        seconds.now += 0.5
    assert campaign.undo_stack.count() == 1
    assert plan.task(task.id).progress == task.progress + 3
    seconds.now += 5  # a pause: the next edit is a step of its own
    plan.edit_task(actor, task.id, "progress", task.progress + 10)
    assert campaign.undo_stack.count() == 2
    campaign.undo_stack.undo()
    assert plan.task(task.id).progress == task.progress + 3
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task


def test_edits_of_other_cells_do_not_merge(plan, campaign, actor):
    first, second = [t for t in plan.tasks() if t.status is TaskStatus.IN_PROGRESS][:2]
    plan.edit_clock = FakeSeconds()
    plan.edit_task(actor, first.id, "progress", first.progress + 1)
    plan.edit_task(actor, second.id, "progress", second.progress + 1)
    plan.edit_task(actor, second.id, "due_date", second.due_date - timedelta(days=1))
    assert campaign.undo_stack.count() == 3


def test_edit_back_to_the_start_leaves_no_step(plan, campaign, actor):
    task = next(t for t in plan.tasks() if t.status is TaskStatus.IN_PROGRESS)
    plan.edit_clock = FakeSeconds()
    plan.edit_task(actor, task.id, "progress", task.progress + 5)
    plan.edit_task(actor, task.id, "progress", task.progress)
    assert campaign.undo_stack.count() == 0
    assert plan.task(task.id) == task


def test_milestone_move_carries_its_anchored_tasks(plan, campaign, actor):
    task = next(t for t in plan.tasks() if t.milestone_id and not t.status.is_finished)
    plan.edit_task(actor, task.id, "anchor", "M-2")
    anchored = plan.task(task.id)
    milestone = plan.milestone(task.milestone_id)
    before = snapshot(plan), plan.milestones.all()
    new_due = milestone.due_date - timedelta(days=3)
    preview = plan.rescheduling.preview_milestone_move(milestone.id, new_due)
    assert (snapshot(plan), plan.milestones.all()) == before  # a preview writes nothing
    assert {(c.kind, c.record_id) for c in preview.changes} >= {
        ("milestone", milestone.id), ("task", task.id),
    }  # fmt: skip
    assert any(line.kind == "task" and line.field == "due_date" for line in preview.lines)
    assert not preview.warnings  # earlier work only adds buffer: nothing new to warn about
    count = campaign.undo_stack.count()
    plan.rescheduling.apply_schedule(actor, preview)
    assert campaign.undo_stack.count() == count + 1
    assert plan.milestone(milestone.id).due_date == new_due
    moved = plan.task(task.id)
    assert moved.due_date == new_due - timedelta(days=2)
    assert moved.due_date - moved.planned_start == anchored.due_date - anchored.planned_start
    campaign.undo_stack.undo()
    assert (snapshot(plan), plan.milestones.all()) == before


def test_milestone_outside_the_campaign_is_refused(plan):
    milestone = plan.milestones.all()[0]
    first, last = plan.window()
    for bad in (first - timedelta(days=1), last + timedelta(days=1)):
        with pytest.raises(ValidationError) as caught:
            plan.rescheduling.preview_milestone_move(milestone.id, bad)
        assert caught.value.field == "due_date"


def test_milestone_moves_need_the_commander_or_its_units_lead(plan, campaign):
    milestone = next(m for m in plan.milestones.all()[1:] if m.department_id is not None)
    department = next(d for d in campaign.departments() if d.id == milestone.department_id)
    other = next(d for d in campaign.departments() if d.id != milestone.department_id)
    new_due = milestone.due_date + timedelta(days=1)
    preview = plan.rescheduling.preview_milestone_move(milestone.id, new_due)
    with pytest.raises(ValidationError):
        plan.rescheduling.apply_schedule(Actor("li", Role.LEAD, other.code), preview)
    with pytest.raises(ValidationError):
        plan.rescheduling.apply_schedule(Actor("op", Role.OPERATOR, department.code), preview)
    assert plan.milestone(milestone.id) == milestone
    plan.rescheduling.apply_schedule(Actor("wang", Role.LEAD, department.code), preview)
    assert plan.milestone(milestone.id).due_date == new_due


def test_milestone_moved_out_of_its_phase_is_refused_naming_the_phase(plan, campaign, actor):
    milestone = plan.milestones.all()[0]
    phase = next(p for p in campaign.phases() if p.id == milestone.phase_id)
    first, last = plan.window()
    outside = phase.end_date + timedelta(days=1)
    if outside > last:
        outside = phase.start_date - timedelta(days=1)
    assert first <= outside <= last
    before = (plan.milestones.all(), plan.tasks(), campaign.undo_stack.count())
    with pytest.raises(ValidationError) as refused:
        plan.rescheduling.preview_milestone_move(milestone.id, outside)
    message = str(refused.value)
    assert phase.name_en in message and phase.start_date.isoformat() in message
    assert phase.end_date.isoformat() in message and refused.value.field == "due_date"
    assert (plan.milestones.all(), plan.tasks(), campaign.undo_stack.count()) == before
