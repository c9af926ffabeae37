"""Renaming and moving tasks, adding and deleting milestones: undo steps and refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.errors import ValidationError
from models.records import Actor, Role
from tests.controllers.plan.plan_fixtures import by_title, gate_named

SETUP = Actor("setup", Role.COMMANDER)


def snapshot(plan):
    return (
        plan.tasks(),
        plan.milestones.all(),
        plan.dependencies.between_tasks(),
        plan.dependencies.on_gates(),
    )


def tail_task(plan, campaign):
    """An open tail-phase task of the demo with a tail milestone (unsigned, not a gate)."""
    tail = campaign.phases()[-1]
    return next(
        t for t in plan.tasks()
        if t.phase_id == tail.id and t.milestone_id and not t.status.is_finished
        and not plan.milestone(t.milestone_id).is_gate
    )  # fmt: skip


def audit_rows(campaign, task_id):
    return [
        e for e in campaign.store.audit_entries("task")
        if e.row_id == str(task_id) and e.action == "update"
    ]  # fmt: skip


# -- renaming ---------------------------------------------------------------------------------


def test_rename_is_one_audited_step_with_undo_and_redo(plan, campaign, actor, qtbot):
    task = tail_task(plan, campaign)
    with qtbot.waitSignal(plan.tasks_changed) as signal:
        plan.task_details.edit(actor, task.id, {"title_zh": " 新标题 ", "title_en": "New title"})
    assert signal.args == [[], [task.id], []]
    assert (plan.task(task.id).title_zh, plan.task(task.id).title_en) == ("新标题", "New title")
    assert campaign.undo_stack.count() == 1
    assert campaign.undo_stack.undoText().startswith("Rename")
    entry = audit_rows(campaign, task.id)[0]
    assert entry.actor == actor.name and "New title" in str(entry.after)
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task
    campaign.undo_stack.redo()
    assert plan.task(task.id).title_en == "New title"


def test_title_cell_renames_in_the_ui_language(plan, campaign, actor):
    task = tail_task(plan, campaign)
    plan.edit_task(actor, task.id, "title", "Renamed in the table")
    renamed = plan.task(task.id)
    assert (renamed.title_en, renamed.title_zh) == ("Renamed in the table", task.title_zh)


@pytest.mark.parametrize("key", ["title_zh", "title_en"])
def test_empty_title_is_refused_and_nothing_changes(plan, campaign, actor, key):
    task = tail_task(plan, campaign)
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.task_details.edit(actor, task.id, {key: "   "})
    assert refused.value.field == key and "empty" in str(refused.value)
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0


# -- moving to another unit -----------------------------------------------------------------


def test_commander_moves_a_task_to_another_unit(plan, campaign, actor):
    task = tail_task(plan, campaign)
    target = next(d for d in campaign.departments() if d.id != task.department_id)
    plan.task_details.edit(actor, task.id, {"department_id": target.id})
    assert plan.task(task.id).department_id == target.id
    assert campaign.undo_stack.undoText().startswith("Move")
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task


def test_lead_cannot_give_a_task_away_nor_move_another_units_task(plan, campaign):
    task = tail_task(plan, campaign)
    own = next(d for d in campaign.departments() if d.id == task.department_id)
    other = next(d for d in campaign.departments() if d.id != task.department_id)
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.task_details.edit(Actor("lead", Role.LEAD, own.code), task.id,
                               {"department_id": other.id})  # fmt: skip
    assert other.name_en in str(refused.value) and refused.value.field == "department_id"
    with pytest.raises(ValidationError):
        plan.task_details.edit(Actor("lead2", Role.LEAD, other.code), task.id,
                               {"title_en": "Not mine"})  # fmt: skip
    with pytest.raises(ValidationError):
        plan.task_details.edit(Actor("viewer", Role.VIEWER), task.id, {"title_en": "No"})
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0
    plan.task_details.edit(Actor("lead", Role.LEAD, own.code), task.id, {"title_en": "Mine"})
    assert plan.task(task.id).title_en == "Mine"


# -- moving to another milestone or phase ----------------------------------------------------


def test_milestone_anchored_task_keeps_its_distance_to_the_new_milestone(plan, campaign, actor):
    task = tail_task(plan, campaign)
    plan.edit_task(actor, task.id, "anchor", "M-2")
    anchored = plan.task(task.id)
    target = next(
        m for m in plan.milestones.all()
        if m.phase_id == task.phase_id and m.id != task.milestone_id and not m.is_gate
        and m.due_date - timedelta(days=2) >= campaign.phases()[-1].start_date
    )  # fmt: skip
    count = campaign.undo_stack.count()
    plan.task_details.edit(actor, task.id, {"milestone_id": target.id})
    moved = plan.task(task.id)
    assert (moved.milestone_id, moved.milestone_offset_days) == (target.id, -2)
    assert moved.due_date == target.due_date - timedelta(days=2)
    assert moved.due_date - moved.planned_start == anchored.due_date - anchored.planned_start
    assert campaign.undo_stack.count() == count + 1
    campaign.undo_stack.undo()
    assert plan.task(task.id) == anchored
    campaign.undo_stack.redo()
    assert plan.task(task.id) == moved


def test_leaving_the_milestone_turns_its_anchor_into_a_fixed_date(plan, campaign, actor):
    task = tail_task(plan, campaign)
    plan.edit_task(actor, task.id, "anchor", "M-1")
    anchored = plan.task(task.id)
    plan.task_details.edit(actor, task.id, {"milestone_id": None})
    detached = plan.task(task.id)
    assert detached.milestone_id is None and detached.milestone_offset_days is None
    assert (detached.planned_start, detached.due_date) == (
        anchored.planned_start, anchored.due_date,
    )  # fmt: skip


def test_move_that_leaves_the_due_date_outside_the_phase_is_refused(plan, campaign, actor):
    task = tail_task(plan, campaign)
    warmup = campaign.phases()[0]
    warmup_milestone = next(
        m for m in plan.milestones.all() if m.phase_id == warmup.id and not m.is_gate
    )
    before = snapshot(plan)
    for values in ({"phase_id": warmup.id, "milestone_id": None},
                   {"milestone_id": warmup_milestone.id}):  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            plan.task_details.edit(actor, task.id, values)
        message = str(refused.value)
        assert warmup.name_en in message and warmup.start_date.isoformat() in message
        assert warmup.end_date.isoformat() in message and task.due_date.isoformat() in message
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0


def test_phase_move_with_a_due_date_inside_it_is_one_step(plan, campaign, actor):
    task = tail_task(plan, campaign)
    peak = campaign.phases()[1]
    plan.task_details.edit(actor, task.id, {"phase_id": peak.id, "milestone_id": None,
                                            "due_date": peak.end_date})  # fmt: skip
    moved = plan.task(task.id)
    assert (moved.phase_id, moved.milestone_id, moved.due_date) == (peak.id, None, peak.end_date)
    assert peak.start_date <= moved.planned_start <= moved.due_date
    # Counted back from D-day before, it still is: the offset follows the new date.
    assert moved.dday_offset_days == (peak.end_date - plan.dday()).days
    assert campaign.undo_stack.count() == 1
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task


def test_milestone_of_another_phase_takes_the_task_there_unless_a_phase_disagrees(
    plan, campaign, actor
):
    task = tail_task(plan, campaign)
    warmup, tail = campaign.phases()[0], campaign.phases()[-1]
    target = next(m for m in plan.milestones.all() if m.phase_id == warmup.id and not m.is_gate)
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.task_details.edit(actor, task.id, {"phase_id": tail.id, "milestone_id": target.id})
    assert target.name_en in str(refused.value) and warmup.name_en in str(refused.value)
    assert snapshot(plan) == before
    plan.task_details.edit(actor, task.id, {"milestone_id": target.id,
                                            "due_date": target.due_date})  # fmt: skip
    assert (plan.task(task.id).phase_id, plan.task(task.id).milestone_id) == (warmup.id, target.id)


def test_signed_gate_keeps_its_prerequisites(plan, campaign, actor):
    signed = gate_named(plan, "All-category inventory ready")
    assert signed.signed_off_at is not None
    member = next(t for t in plan.tasks() if t.milestone_id == signed.id)
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.task_details.edit(actor, member.id, {"milestone_id": None})
    assert signed.name_en in str(refused.value) and "reopen" in str(refused.value)
    assert snapshot(plan) == before


def test_task_waiting_for_a_gate_cannot_become_its_prerequisite(plan, campaign, actor):
    gate = gate_named(plan, "CS system stress test passed")
    task = next(
        t for t in plan.tasks()
        if t.phase_id == gate.phase_id and t.milestone_id != gate.id
        and not plan.milestone(t.milestone_id or gate.id).signed_off_at
    )  # fmt: skip
    plan.dependencies.add_gate_dependency(actor, task.id, gate.id)
    before = snapshot(plan)
    with pytest.raises(ValidationError):
        plan.task_details.edit(actor, task.id, {"milestone_id": gate.id})
    assert snapshot(plan) == before


# -- adding and deleting milestones ----------------------------------------------------------


def milestone_values(campaign, **overrides):
    tail = campaign.phases()[-1]
    values = {
        "name_zh": "物流夜班演练", "name_en": "Night logistics drill",
        "phase_id": tail.id, "department_id": campaign.department("LOG").id,
        "due_date": date(2026, 11, 6), "is_gate": True,
    }  # fmt: skip
    values.update(overrides)
    return values


def test_create_milestone_is_one_step_and_redo_keeps_the_id(plan, campaign, actor, qtbot):
    with qtbot.waitSignal(plan.milestones_changed) as signal:
        milestone_id = plan.milestones.create(actor, milestone_values(campaign))
    assert signal.args == [[milestone_id], [], []]
    created = plan.milestone(milestone_id)
    assert (created.name_en, created.is_gate, created.due_date) == (
        "Night logistics drill", True, date(2026, 11, 6),
    )  # fmt: skip
    assert created.dday_offset_days == (date(2026, 11, 6) - plan.dday()).days
    assert milestone_id in {g.id for g in plan.gates.all()}
    campaign.undo_stack.undo()
    assert milestone_id not in {m.id for m in plan.milestones.all()}
    campaign.undo_stack.redo()
    assert plan.milestone(milestone_id) == created
    inserts = [e for e in campaign.store.audit_entries("milestone") if e.action == "insert"]
    assert inserts[0].row_id == str(milestone_id) and inserts[0].actor == actor.name


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"name_zh": "", "name_en": " "}, "name_zh"),
        ({"phase_id": 9999}, "phase_id"),
        ({"department_id": 9999}, "department_id"),
        ({"due_date": date(2026, 10, 1)}, "due_date"),  # in the warm-up, not the tail
    ],
)
def test_bad_milestone_is_refused_naming_the_field(plan, campaign, actor, override, field):
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.milestones.create(actor, milestone_values(campaign, **override))
    assert refused.value.field == field
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0


def test_only_the_commander_adds_or_deletes_milestones(plan, campaign, actor):
    lead = Actor("lead", Role.LEAD, "LOG")  # even the lead of the milestone's own unit
    empty_id = plan.milestones.create(actor, milestone_values(campaign, name_en="Empty"))
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.milestones.create(lead, milestone_values(campaign))
    assert "commander" in str(refused.value)
    with pytest.raises(ValidationError):
        plan.milestones.delete(lead, empty_id)
    assert snapshot(plan) == before and campaign.undo_stack.count() == 1


def test_delete_milestone_with_tasks_or_signed_is_refused(plan, campaign, actor):
    busy = next(m for m in plan.milestones.all() if not m.signed_off_at and any(
        t.milestone_id == m.id for t in plan.tasks()))  # fmt: skip
    signed = gate_named(plan, "Live-stream team final confirmation")
    before = snapshot(plan)
    with pytest.raises(ValidationError) as refused:
        plan.milestones.delete(actor, busy.id)
    member = next(t for t in plan.tasks() if t.milestone_id == busy.id)
    assert busy.name_en in str(refused.value) and member.title_en in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        plan.milestones.delete(actor, signed.id)
    assert "signed off" in str(refused.value)
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0


def test_delete_gate_takes_its_waits_and_history_and_undo_restores_them(
    plan, campaign, actor, qtbot
):
    gate_id = plan.milestones.create(actor, milestone_values(campaign))
    waiting = by_title(plan, next(t.title_en for t in plan.tasks() if not t.status.is_finished))
    plan.dependencies.add_gate_dependency(actor, waiting.id, gate_id)
    plan.gates.sign_off(actor, gate_id, "ready")
    plan.gates.reopen(actor, gate_id, "drill moved")
    history = plan.gates.events(gate_id)
    assert len(history) == 2
    campaign.undo_stack.clear()
    before = snapshot(plan)
    with qtbot.waitSignal(plan.milestones_changed) as signal:
        plan.milestones.delete(actor, gate_id)
    assert signal.args == [[], [], [gate_id]]
    assert gate_id not in {m.id for m in plan.milestones.all()}
    assert (waiting.id, gate_id) not in plan.dependencies.on_gates()
    assert campaign.undo_stack.undoText().startswith("Delete gate")
    campaign.undo_stack.undo()
    assert snapshot(plan) == before and plan.gates.events(gate_id) == history
    assert waiting.id in plan.blockers()
    campaign.undo_stack.redo()
    assert gate_id not in {m.id for m in plan.milestones.all()}
    assert (waiting.id, gate_id) not in plan.dependencies.on_gates()
