"""Plan controller: validated edits as undo steps, dependencies, gates, reverse scheduling."""

from __future__ import annotations

from datetime import date

import pytest

from models.errors import ValidationError
from models.plan.schedule import Blocker
from models.records import Actor, Role, TaskStatus
from tests.controllers.plan.plan_fixtures import by_title, gate_named

SETUP = Actor("setup", Role.COMMANDER)


def open_task(plan, status=TaskStatus.IN_PROGRESS, skip=()):
    """An unblocked task in ``status`` (on the demo eve nothing is left unstarted: make one)."""
    task = next(
        t for t in plan.tasks()
        if t.status is TaskStatus.IN_PROGRESS and (t.id or 0) not in plan.blockers()
        and t.due_date > date(2026, 10, 1) and t.id not in skip
    )  # fmt: skip
    if status is not task.status:
        plan.store.plan.update_task(SETUP, task.id, status=status, progress=0)
        plan.campaign.undo_stack.clear()
    return plan.task(task.id)


def snapshot(plan):
    return (
        plan.tasks(),
        plan.milestones.all(),
        plan.dependencies.between_tasks(),
        plan.dependencies.on_gates(),
    )


def test_status_change_is_one_undo_step_and_emits_the_task(plan, campaign, actor, qtbot):
    task = open_task(plan)
    with qtbot.waitSignal(plan.tasks_changed) as signal:
        plan.set_status(actor, [task.id], TaskStatus.DONE)
    assert signal.args == [[], [task.id], []]
    done = plan.task(task.id)
    assert done.status is TaskStatus.DONE and done.progress == 100
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task
    campaign.undo_stack.redo()
    assert plan.task(task.id) == done


def test_bulk_edits_are_one_step(plan, campaign, actor):
    tasks = [t for t in plan.tasks() if t.department_id == 2][:5]
    owner = next(p for p in campaign.people() if p.department_id == 2)
    before = campaign.undo_stack.count()
    plan.set_owner(actor, [t.id for t in tasks], owner.id)
    plan.shift_due(actor, [t.id for t in tasks if t.due_date < date(2026, 11, 5)], 2)
    assert campaign.undo_stack.count() == before + 2
    assert all(plan.task(t.id).owner_id == owner.id for t in tasks)
    campaign.undo_stack.undo()
    campaign.undo_stack.undo()
    assert [plan.task(t.id) for t in tasks] == tasks


def test_progress_outside_range_changes_nothing(plan, campaign, actor):
    task = open_task(plan)
    before = snapshot(plan)
    for bad in (101, -1, "lots", 12.5):
        with pytest.raises(ValidationError) as caught:
            plan.set_progress(actor, task.id, bad)
        assert caught.value.field == "progress"
    assert snapshot(plan) == before
    assert campaign.undo_stack.count() == 0


def test_typing_progress_starts_a_task(plan, actor):
    task = open_task(plan, TaskStatus.NOT_STARTED)
    plan.edit_task(actor, task.id, "progress", 30)
    assert plan.task(task.id).status is TaskStatus.IN_PROGRESS


def test_forbidden_status_change_is_refused(plan, campaign, actor):
    task = open_task(plan, TaskStatus.NOT_STARTED)
    with pytest.raises(ValidationError) as caught:
        plan.edit_task(actor, task.id, "status", "accepted")
    assert caught.value.field == "status"
    assert plan.task(task.id) == task and campaign.undo_stack.count() == 0


def test_due_date_outside_the_campaign_is_refused(plan, actor):
    task = open_task(plan)
    for bad in (date(2026, 11, 12), date(2026, 9, 1)):
        with pytest.raises(ValidationError) as caught:
            plan.edit_task(actor, task.id, "due_date", bad)
        assert caught.value.field == "due_date"
    with pytest.raises(ValidationError):
        plan.edit_task(actor, task.id, "due_date", task.planned_start.replace(day=1))
    assert plan.task(task.id) == task


def test_hand_set_due_date_keeps_the_dday_anchor(plan, campaign, actor):
    task = open_task(plan)
    new_due = date(2026, 11, 9)
    plan.edit_task(actor, task.id, "due_date", new_due)
    assert plan.task(task.id).dday_offset_days == -2
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task


def test_anchor_from_milestone_sets_the_due_date(plan, campaign, actor):
    task = next(t for t in plan.tasks() if t.milestone_id and not t.status.is_finished)
    milestone = plan.milestone(task.milestone_id)
    plan.edit_task(actor, task.id, "anchor", "M-1")
    moved = plan.task(task.id)
    assert moved.milestone_offset_days == -1
    assert (milestone.due_date - moved.due_date).days == 1
    assert (moved.due_date - moved.planned_start) == (task.due_date - task.planned_start)
    campaign.undo_stack.undo()
    assert plan.task(task.id) == task
    with pytest.raises(ValidationError):
        plan.edit_task(actor, task.id, "anchor", "tomorrow")


def test_dependency_cycle_is_refused_naming_the_loop(plan, campaign, actor):
    a = by_title(plan, "Price compliance review")
    b = by_title(plan, "Define prices and discounts")
    lock = by_title(plan, "Lock the price system")
    before = snapshot(plan)
    with pytest.raises(ValidationError) as caught:
        plan.dependencies.add_dependency(actor, b.id, lock.id)
    message = str(caught.value)
    for name in (a.title_en, b.title_en, lock.title_en):
        assert name in message
    assert snapshot(plan) == before and campaign.undo_stack.count() == 0


def test_dependency_add_and_remove_undo(plan, campaign, actor):
    first = open_task(plan)
    second = open_task(plan, TaskStatus.NOT_STARTED, skip=[first.id])
    plan.dependencies.add_dependency(actor, second.id, first.id)
    assert (second.id, first.id) in plan.dependencies.between_tasks()
    assert second.id in plan.blockers()
    plan.dependencies.remove_dependency(actor, second.id, first.id)
    assert (second.id, first.id) not in plan.dependencies.between_tasks()
    campaign.undo_stack.undo()
    assert (second.id, first.id) in plan.dependencies.between_tasks()
    campaign.undo_stack.undo()
    assert (second.id, first.id) not in plan.dependencies.between_tasks()


def test_blocked_task_cannot_be_finished(plan, actor):
    blocked_id, blockers = next(iter(plan.blockers().items()))
    with pytest.raises(ValidationError) as caught:
        plan.set_status(actor, [blocked_id], TaskStatus.DONE)
    assert caught.value.field == "status"
    assert plan.blocker_text(blockers[0]).split()[-1] in str(caught.value)


def test_tasks_waiting_for_an_unsigned_gate_are_blocked(plan, actor):
    cs_gate = gate_named(plan, "CS system stress test passed")
    waiting = [t for t, g in plan.dependencies.on_gates() if g == cs_gate.id]
    open_waiting = [t for t in waiting if not plan.task(t).status.is_finished]
    assert open_waiting
    assert all(t in plan.blockers() for t in open_waiting)


def test_gate_cannot_be_signed_off_until_its_tasks_are_finished(plan, campaign, actor):
    cs_gate = gate_named(plan, "CS system stress test passed")
    prerequisites = [t for t in plan.tasks() if t.milestone_id == cs_gate.id]
    unfinished = [t for t in prerequisites if not t.status.is_finished]
    if not unfinished:  # make one unfinished so the refusal is exercised
        plan.store.plan.update_task(SETUP, prerequisites[0].id, status=TaskStatus.IN_PROGRESS)
        unfinished = [plan.task(prerequisites[0].id)]
    with pytest.raises(ValidationError) as caught:
        plan.gates.sign_off(actor, cs_gate.id, "ok")
    assert unfinished[0].title_en in str(caught.value)
    assert plan.milestone(cs_gate.id).signed_off_at is None


def _finish_prerequisites(plan, actor, gate_id):
    for t in plan.tasks():
        if t.milestone_id == gate_id and not t.status.is_finished:
            plan.update_tasks(actor, {t.id: {"status": TaskStatus.DONE}})


def test_sign_off_records_who_when_and_comment_then_reopen(plan, campaign, actor, clock):
    cs_gate = gate_named(plan, "CS system stress test passed")
    _finish_prerequisites(plan, actor, cs_gate.id)
    waiting = [t for t, g in plan.dependencies.on_gates() if g == cs_gate.id]
    plan.gates.sign_off(actor, cs_gate.id, "  三轮压测通过 ")
    signed = plan.milestone(cs_gate.id)
    assert signed.signed_off_by == actor.name
    assert signed.signed_off_at == clock.now()
    assert signed.sign_off_comment == "三轮压测通过"
    assert waiting
    assert not any(Blocker("gate", cs_gate.id) in plan.blockers().get(t, []) for t in waiting)
    audit = campaign.store.audit_entries("milestone", limit=1)[0]
    assert audit.after["signed_off_by"] == actor.name

    with pytest.raises(ValidationError) as caught:
        plan.gates.reopen(actor, cs_gate.id, "   ")
    assert caught.value.field == "reason"
    plan.gates.reopen(actor, cs_gate.id, "bot latency regressed")
    assert plan.milestone(cs_gate.id).signed_off_at is None
    events = plan.gates.events(cs_gate.id)
    assert [(e.kind.value, e.text) for e in events] == [
        ("signed_off", "三轮压测通过"), ("reopened", "bot latency regressed"),
    ]  # fmt: skip
    campaign.undo_stack.undo()  # the reopening is withdrawn: signed again
    assert plan.milestone(cs_gate.id) == signed
    campaign.undo_stack.undo()  # the sign-off is withdrawn
    assert plan.milestone(cs_gate.id).signed_off_at is None


def test_only_commander_or_the_gates_lead_signs(plan, campaign, actor):
    cs_gate = gate_named(plan, "CS system stress test passed")
    _finish_prerequisites(plan, actor, cs_gate.id)
    before, steps = snapshot(plan), campaign.undo_stack.count()
    with pytest.raises(ValidationError, match="the gate's department lead") as refused:
        plan.gates.sign_off(Actor("li", Role.LEAD, "MKT"), cs_gate.id, "")
    assert refused.value.field == "gate"
    assert snapshot(plan) == before
    assert campaign.undo_stack.count() == steps
    assert plan.gates.events(cs_gate.id) == []
    plan.gates.sign_off(Actor("liu", Role.LEAD, "CS"), cs_gate.id, "")
    assert plan.milestone(cs_gate.id).signed_off_by == "liu"


def test_lead_edits_only_their_own_unit(plan, campaign):
    lead = Actor("wang", Role.LEAD, "MER")
    mer = campaign.department("MER").id
    own = next(t for t in plan.tasks(mer) if not t.status.is_finished and t.progress != 99)
    other = next(t for t in plan.tasks() if t.department_id != mer and not t.status.is_finished)
    plan.edit_task(lead, own.id, "progress", 99)
    assert plan.task(own.id).progress == 99  # the allowed edit is stored
    before, steps = snapshot(plan), campaign.undo_stack.count()
    last_audit = plan.store.audit_entries(limit=1)
    with pytest.raises(ValidationError, match="only change tasks of your own unit"):
        plan.edit_task(lead, other.id, "progress", 99)
    with pytest.raises(ValidationError, match="Viewers cannot change the plan"):
        plan.edit_task(Actor("v", Role.VIEWER), own.id, "progress", 1)
    assert snapshot(plan) == before  # neither refused edit wrote anything
    assert plan.task(other.id) == other
    assert campaign.undo_stack.count() == steps
    assert plan.store.audit_entries(limit=1) == last_audit


def test_dday_move_preview_then_one_undo_step(plan, campaign, actor):
    before = snapshot(plan)
    old_dday = campaign.campaign.dday
    preview = plan.rescheduling.preview_dday_move(date(2026, 11, 12))
    assert snapshot(plan) == before  # a preview writes nothing
    anchored = [t for t in before[0] if t.dday_offset_days is not None]
    assert len([c for c in preview.changes if c.kind == "task"]) == len(anchored)
    assert any(line.field == "due_date" for line in preview.lines)
    with pytest.raises(ValidationError):
        plan.rescheduling.apply_schedule(Actor("wang", Role.LEAD, "MER"), preview)
    count = campaign.undo_stack.count()
    plan.rescheduling.apply_schedule(actor, preview)
    assert campaign.undo_stack.count() == count + 1
    assert campaign.campaign.dday.astimezone(campaign.timezone).date() == date(2026, 11, 12)
    moved = {t.id: t for t in plan.tasks()}
    assert all((moved[t.id].due_date - t.due_date).days == 1 for t in anchored)
    campaign.undo_stack.undo()
    assert snapshot(plan) == before
    assert campaign.campaign.dday == old_dday


def test_phase_move_preview_warns_about_the_buffer(plan, campaign, actor):
    peak = next(p for p in campaign.phases() if p.code == "peak")
    preview = plan.rescheduling.preview_phase_move(peak.id, peak.start_date, date(2026, 10, 26))
    assert any(c.kind == "phase" and c.record_id == peak.id for c in preview.changes)
    assert any("15%" in w for w in preview.warnings)
    before = snapshot(plan)
    plan.rescheduling.apply_schedule(actor, preview)
    assert next(p for p in campaign.phases() if p.code == "peak").end_date == date(2026, 10, 26)
    campaign.undo_stack.undo()
    assert snapshot(plan) == before
    assert next(p for p in campaign.phases() if p.code == "peak") == peak


def test_lagging_and_overdue_sets_follow_the_margin_setting(plan, qsettings):
    lagging, overdue = plan.lagging_ids(), plan.overdue_ids()
    assert lagging
    qsettings.setValue("plan/lag_margin", 50)
    assert plan.lagging_ids() < lagging
    # Overdue is past due and unfinished, whatever the margin: every such task, no other.
    past_due = {
        t.id for t in plan.tasks() if t.due_date < plan.today() and not t.status.is_finished
    }
    assert past_due  # the demo has overdue tasks, so an empty set would be caught
    assert plan.overdue_ids() == overdue == past_due


def test_waiting_for_a_gate_blocks_and_undoes(plan, campaign, actor):
    task = open_task(plan)
    gate = next(g for g in plan.gates.all() if g.signed_off_at is None)
    plan.dependencies.add_gate_dependency(actor, task.id, gate.id)
    assert Blocker("gate", gate.id) in plan.blockers()[task.id]
    with pytest.raises(ValidationError):
        plan.dependencies.add_gate_dependency(
            actor, task.id, gate.id
        )  # already there: nothing changes
    plan.dependencies.remove_gate_dependency(actor, task.id, gate.id)
    assert task.id not in plan.blockers()
    campaign.undo_stack.undo()
    assert (task.id, gate.id) in plan.dependencies.on_gates()
    campaign.undo_stack.undo()
    assert (task.id, gate.id) not in plan.dependencies.on_gates()
    assert campaign.undo_stack.count() == 2
