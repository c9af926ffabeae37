"""The demo campaign follows the plan in the domain brief."""

from __future__ import annotations

from models.demo.builder import DEMO_DDAY, phase_for


def test_demo_has_the_promised_size(demo_store):
    store = demo_store
    campaign = store.campaign.current()
    cid = campaign.id
    assert campaign.name == "2026 双十一" and campaign.dday == DEMO_DDAY
    codes = {d.code for d in store.campaign.departments(cid)}
    assert {"HQ", "MER", "MKT", "LOG", "CS", "TECH", "FIN"} <= codes
    assert [p.code for p in store.campaign.phases(cid)] == ["warmup", "peak", "tail"]
    assert len(store.plan.milestones(cid)) >= 12
    assert len(store.plan.tasks(cid)) >= 120
    assert len(store.raci.activities(cid)) >= 30
    assert len(store.budget.lines(cid)) >= 25
    assert len(store.incidents.plans(cid)) >= 8
    states = {i.status for i in store.incidents.incidents(cid)}
    assert len(states) >= 3, "incidents should show several states"
    assert len(store.metrics.kpis(cid)) == 16


def test_the_three_gates_exist(demo_store):
    cid = demo_store.campaign.current().id
    gates = {m.name_zh for m in demo_store.plan.milestones(cid) if m.is_gate}
    assert {"全品类库存准备完成", "直播团队最终确认", "客服系统压力测试通过"} <= gates


def test_budget_respects_the_70_30_rule(demo_store):
    lines = demo_store.budget.lines(demo_store.campaign.current().id)
    total = sum(line.planned_cents for line in lines)
    core = sum(line.planned_cents for line in lines if line.is_core)
    assert core / total >= 0.70
    assert (total - core) / total <= 0.30


def test_every_task_has_a_department_owner_and_due_date_inside_its_phase(demo_store):
    cid = demo_store.campaign.current().id
    phases = {p.id: p for p in demo_store.campaign.phases(cid)}
    departments = {d.id for d in demo_store.campaign.departments(cid)}
    for task in demo_store.plan.tasks(cid):
        phase = phases[task.phase_id]
        assert task.department_id in departments
        assert task.owner_id is not None
        assert phase.start_date <= task.planned_start <= task.due_date <= phase.end_date, task
        assert phase_for(task.due_date, list(phases.values())) == phase


def test_every_raci_activity_has_exactly_one_accountable(demo_store):
    cid = demo_store.campaign.current().id
    accountable = {}
    for assignment in demo_store.raci.assignments(cid):
        if assignment.letter.value == "A":
            accountable[assignment.activity_id] = accountable.get(assignment.activity_id, 0) + 1
    assert set(accountable.values()) == {1}
    assert len(accountable) == len(demo_store.raci.activities(cid))


def test_demo_is_identical_on_every_build(empty_store, actor):
    from models.demo.builder import build_demo
    from models.store import open_store

    build_demo(empty_store, actor)
    other = open_store(None)
    build_demo(other, actor)
    first = [(t.title_zh, t.status, t.progress) for t in empty_store.plan.tasks(1)]
    second = [(t.title_zh, t.status, t.progress) for t in other.plan.tasks(1)]
    assert first == second
    other.close()
