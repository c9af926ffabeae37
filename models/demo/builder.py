"""Build the demo campaign (2026 双十一) into a store.

Deadlines are counted back from D-day (reverse scheduling); task states are those of the
eve of the event (``DEMO_AS_OF``), drawn from a seeded random generator so that every
build is identical.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from models.demo import demo_data as data
from models.demo.demo_plan import add_demo_links
from models.records import (
    Actor,
    AlertRule,
    BudgetAdjustment,
    BudgetLine,
    Campaign,
    Comparator,
    ContingencyPlan,
    Department,
    Direction,
    Incident,
    IncidentEvent,
    IncidentStatus,
    Kpi,
    Metric,
    Milestone,
    Person,
    Phase,
    RaciActivity,
    RaciLetter,
    RiskCategory,
    RiskLevel,
    Role,
    Task,
    TaskStatus,
)
from models.store import Store

SHANGHAI = ZoneInfo("Asia/Shanghai")
DEMO_YEAR = 2026
DEMO_DDAY = datetime(DEMO_YEAR, 11, 11, 0, 0, tzinfo=SHANGHAI)
# The demo shows the evening before the event: traffic starts to ramp at 20:00.
DEMO_AS_OF = DEMO_DDAY - timedelta(hours=4)
DEMO_SEED = 1111


def build_demo(store: Store, actor: Actor, seed: int = DEMO_SEED) -> int:
    """Write the whole demo campaign in one transaction; returns the campaign id."""
    rng = random.Random(seed)
    with store.atomic():
        campaign_id = store.campaign.add_campaign(
            actor, Campaign(None, f"{DEMO_YEAR} 双十一", f"Double 11, {DEMO_YEAR}", DEMO_DDAY)
        )
        departments = _add_departments(store, actor, campaign_id)
        people = _add_people(store, actor, campaign_id, departments)
        phases = _add_phases(store, actor, campaign_id)
        milestones = _add_milestones(store, actor, campaign_id, departments, phases)
        _add_tasks(store, actor, campaign_id, departments, people, phases, milestones, rng)
        add_demo_links(store, actor, campaign_id)
        _add_kpis_and_metrics(store, actor, campaign_id, departments)
        levels = _add_risk_levels(store, actor, campaign_id)
        plans = _add_plans(store, actor, campaign_id, departments)
        _add_incidents(store, actor, campaign_id, departments, people, levels, plans)
        _add_alert_rules(store, actor, campaign_id)
        _add_raci(store, actor, campaign_id, departments, people, rng)
        _add_budget(store, actor, campaign_id, departments, people)
    return campaign_id


def phase_for(day: date, phases: list[Phase]) -> Phase:
    """The phase whose dates contain ``day`` (the last one for days after the plan)."""
    for phase in phases:
        if phase.start_date <= day <= phase.end_date:
            return phase
    return phases[-1] if day > phases[-1].end_date else phases[0]


def _dday_date() -> date:
    return DEMO_DDAY.date()


def _add_departments(store: Store, actor: Actor, campaign_id: int) -> dict[str, Department]:
    result = {}
    for order, (code, zh, en, color, core) in enumerate(data.DEPARTMENTS):
        dept = Department(None, campaign_id, code, zh, en, color, order, core)
        result[code] = replace(dept, id=store.campaign.add_department(actor, dept))
    return result


def _add_people(
    store: Store, actor: Actor, campaign_id: int, departments: dict[str, Department]
) -> dict[str, list[Person]]:
    by_department: dict[str, list[Person]] = {}
    for dept, name, name_en, role, title_zh, title_en in data.PEOPLE:
        person = Person(
            None, campaign_id, name, name_en, departments[dept].id, Role(role), title_zh, title_en
        )
        person = replace(person, id=store.campaign.add_person(actor, person))
        by_department.setdefault(dept, []).append(person)
    return by_department


def _add_phases(store: Store, actor: Actor, campaign_id: int) -> list[Phase]:
    phases = []
    for order, (code, zh, en, (m1, d1), (m2, d2)) in enumerate(data.PHASES):
        start, end = date(DEMO_YEAR, m1, d1), date(DEMO_YEAR, m2, d2)
        phase = Phase(None, campaign_id, code, zh, en, start, end, order)
        phases.append(replace(phase, id=store.campaign.add_phase(actor, phase)))
    return phases


def _add_milestones(
    store: Store,
    actor: Actor,
    campaign_id: int,
    departments: dict[str, Department],
    phases: list[Phase],
) -> dict[str, Milestone]:
    result = {}
    for key, dept, zh, en, offset, gate in data.MILESTONES:
        due = _dday_date() - timedelta(days=offset)
        signed = gate and due < DEMO_AS_OF.date() and key != "cs_test"
        milestone = Milestone(
            None, campaign_id, phase_for(due, phases).id or 0, departments[dept].id, zh, en, due,
            is_gate=gate, dday_offset_days=-offset,
            signed_off_by="陈立行" if signed else None,
            signed_off_at=datetime.combine(due, datetime.min.time(), SHANGHAI).replace(hour=18)
            if signed else None,
            sign_off_comment="验收通过" if signed else "",
        )  # fmt: skip
        result[key] = replace(milestone, id=store.plan.add_milestone(actor, milestone))
    return result


def _demo_status(due: date, start: date, rng: random.Random) -> tuple[TaskStatus, int]:
    """State of a task on the eve of the event: mostly finished, a few late or lagging."""
    today = DEMO_AS_OF.date()
    if due < today:
        roll = rng.random()
        if roll < 0.05:
            return TaskStatus.DELAYED, rng.choice([40, 60, 75])
        if roll < 0.10:
            return TaskStatus.IN_PROGRESS, rng.choice([70, 85, 90])
        return (TaskStatus.ACCEPTED if roll < 0.75 else TaskStatus.DONE), 100
    if start > today:
        return TaskStatus.NOT_STARTED, 0
    span = max((due - start).days, 1)
    expected = round(100 * (today - start).days / span)
    lag = 35 if rng.random() < 0.2 else rng.choice([0, 5, 10])
    return TaskStatus.IN_PROGRESS, max(0, min(95, expected - lag))


def _add_tasks(
    store: Store,
    actor: Actor,
    campaign_id: int,
    departments: dict[str, Department],
    people: dict[str, list[Person]],
    phases: list[Phase],
    milestones: dict[str, Milestone],
    rng: random.Random,
) -> None:
    for dept, tasks in data.TASKS.items():
        owners = people[dept]
        for index, (zh, en, offset, duration, milestone_key) in enumerate(tasks):
            due = _dday_date() - timedelta(days=offset)
            phase = phase_for(due, phases)
            start = max(due - timedelta(days=duration), phase.start_date)
            status, progress = _demo_status(due, start, rng)
            milestone = milestones[milestone_key] if milestone_key else None
            store.plan.add_task(
                actor,
                Task(
                    None, campaign_id, departments[dept].id or 0, phase.id or 0, zh, en, start, due,
                    milestone_id=milestone.id if milestone else None,
                    owner_id=owners[index % len(owners)].id, status=status, progress=progress,
                    dday_offset_days=-offset,
                ),
            )  # fmt: skip


def _add_kpis_and_metrics(
    store: Store, actor: Actor, campaign_id: int, departments: dict[str, Department]
) -> None:
    for order, (code, zh, en, unit, target, direction, warn, crit, dept, metric) in enumerate(
        data.KPIS
    ):
        store.metrics.add_kpi(
            actor,
            Kpi(None, campaign_id, code, zh, en, unit, float(target), Direction(direction),
                float(warn), float(crit), departments[dept].id, metric, order),
        )  # fmt: skip
    for code, zh, en, unit, kpi_code, cumulative in data.METRICS:
        store.metrics.add_metric(actor, Metric(code, zh, en, unit, kpi_code, cumulative))


def _add_risk_levels(store: Store, actor: Actor, campaign_id: int) -> dict[str, RiskLevel]:
    levels = {}
    for order, (code, zh, en, minutes, color) in enumerate(data.RISK_LEVELS):
        level = RiskLevel(None, campaign_id, code, zh, en, minutes, color, order)
        levels[code] = replace(level, id=store.campaign.add_risk_level(actor, level))
    return levels


def _add_plans(
    store: Store, actor: Actor, campaign_id: int, departments: dict[str, Department]
) -> list[int]:
    ids = []
    for zh, en, category, dept, t_zh, t_en, s_zh, s_en, r_zh, r_en in data.CONTINGENCY_PLANS:
        plan = ContingencyPlan(
            None, campaign_id, zh, en, RiskCategory(category), t_zh, t_en, s_zh, s_en, r_zh, r_en,
            departments[dept].id,
        )  # fmt: skip
        ids.append(store.incidents.add_plan(actor, plan))
    return ids


def _add_incidents(
    store: Store,
    actor: Actor,
    campaign_id: int,
    departments: dict[str, Department],
    people: dict[str, list[Person]],
    levels: dict[str, RiskLevel],
    plans: list[int],
) -> None:
    for title, category, level, status, dept, minutes_ago, plan_index in data.INCIDENTS:
        opened = DEMO_AS_OF - timedelta(minutes=minutes_ago)
        state = IncidentStatus(status)
        acknowledged = opened + timedelta(minutes=3) if state != IncidentStatus.TRIGGERED else None
        resolved = opened + timedelta(minutes=40) if not state.is_open else None
        incident = Incident(
            None, campaign_id, title, RiskCategory(category), level, state, opened,
            opened + timedelta(minutes=levels[level].response_minutes),
            department_id=departments[dept].id, owner_id=people[dept][0].id,
            plan_id=plans[plan_index] if plan_index is not None else None,
            acknowledged_at=acknowledged, resolved_at=resolved,
        )  # fmt: skip
        incident_id = store.incidents.add_incident(actor, incident)
        events = [(opened, "opened", title)]
        if acknowledged:
            events.append((acknowledged, "acknowledged", people[dept][0].name))
        if resolved:
            events.append((resolved, "resolved", ""))
        for at, kind, text in events:
            store.incidents.add_event(
                actor, IncidentEvent(None, incident_id, at, actor.name, kind, text)
            )


def _add_alert_rules(store: Store, actor: Actor, campaign_id: int) -> None:
    for metric, comparator, threshold, seconds, level, zh, en in data.ALERT_RULES:
        store.alerts.add_alert_rule(
            actor,
            AlertRule(None, campaign_id, metric, Comparator(comparator), float(threshold), seconds,
                      level, zh, en),
        )  # fmt: skip


def _add_raci(
    store: Store,
    actor: Actor,
    campaign_id: int,
    departments: dict[str, Department],
    people: dict[str, list[Person]],
    rng: random.Random,
) -> None:
    commander = people["HQ"][0]
    for order, (zh, en, category, dept) in enumerate(data.RACI_ACTIVITIES):
        activity_id = store.raci.add_activity(
            actor, RaciActivity(None, campaign_id, zh, en, departments[dept].id, category, order)
        )
        lead, *squad = people[dept]
        accountable = commander if dept == "HQ" else lead
        store.raci.set_letter(actor, activity_id, accountable.id or 0, RaciLetter.ACCOUNTABLE)
        for person in squad or [people["HQ"][1]]:
            store.raci.set_letter(actor, activity_id, person.id or 0, RaciLetter.RESPONSIBLE)
        others = [p for code, group in people.items() if code != dept for p in group[:1]]
        for person in rng.sample(others, 2):
            if person.id != accountable.id:
                store.raci.set_letter(actor, activity_id, person.id or 0, RaciLetter.CONSULTED)
        if dept != "HQ":
            store.raci.set_letter(actor, activity_id, commander.id or 0, RaciLetter.INFORMED)


def _add_budget(
    store: Store,
    actor: Actor,
    campaign_id: int,
    departments: dict[str, Department],
    people: dict[str, list[Person]],
) -> None:
    line_ids = []
    for dept, category, core, zh, en, planned, executed_share in data.BUDGET_LINES:
        planned_cents = planned * 100
        executed = round(planned_cents * executed_share)
        committed = min(planned_cents, round(executed + planned_cents * 0.1))
        line_ids.append(
            store.budget.add_line(
                actor,
                BudgetLine(
                    None,
                    campaign_id,
                    departments[dept].id or 0,
                    category,
                    core,
                    zh,
                    en,
                    planned_cents,
                    committed,
                    executed,
                    people[dept][0].id,
                ),
            )
        )
    # One pending request from low- to high-converting spend, due within 24 hours.
    requested = DEMO_AS_OF - timedelta(hours=20)
    store.budget.add_adjustment(
        actor,
        BudgetAdjustment(
            None, campaign_id, line_ids[5], line_ids[0], 300_000_00,
            "探索性内容转化偏低，追加站内广告", "李娜", requested, requested + timedelta(hours=24),
        ),
    )  # fmt: skip
