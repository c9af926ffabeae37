"""Dependencies of the demo plan (issue 3): which tasks wait for which, and for which gates.

Kept apart from ``demo_data`` so the plan links can grow without touching the shared tables.
Tasks and gates are named by their English titles, which are unique in the demo.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.plan.plan_records import BoardSnapshot
from models.plan.progress import expected_progress, unit_progress
from models.plan.schedule import blockers_by_task
from models.records import Actor, Task, TaskStatus
from models.store import Store

HISTORY_DAYS = 13

# (task, the task it waits for): finish-to-start chains of the plan
TASK_WAITS_FOR = [
    ("Price compliance review", "Define prices and discounts"),
    ("Lock the price system", "Price compliance review"),
    ("All-category stock count", "Confirm supplier stock"),
    ("Inventory readiness acceptance", "All-category stock count"),
    ("Live-stream rehearsal", "Live-stream scripts and schedule"),
    ("Live-stream team sign-off", "Live-stream rehearsal"),
    ("CS system stress test", "Scale out the CS system"),
    ("Stress test acceptance", "CS system stress test"),
    ("Full-chain stress test round 2", "Full-chain stress test round 1"),
    ("Peak expansion to 50k QPS", "Full-chain stress test round 3"),
    ("Train the elastic staff", "Recruit the elastic staff pool"),
    ("Elastic staff on board", "Train the elastic staff"),
    ("Midnight live stream", "Midnight flash-sale creatives"),
    ("Form the budget-adjustment group", "Budget final review"),
    # the 11-11 watches start only when their unit's last preparation is finished
    ("Commander on duty on 11-11", "Hold the kick-off meeting"),
    ("Shipping watch on 11-11", "Stock forward warehouses"),
    ("Stock watch on 11-11", "Stock forward warehouses"),
    ("CS watch on 11-11", "Campaign hotline"),
    ("Tech watch on 11-11", "War-room data wall integration"),
]

# (task, the gate whose sign-off it waits for): the next stage starts after the gate
TASK_WAITS_FOR_GATE = [
    ("Peak replenishment plan", "All-category inventory ready"),
    ("Peak traffic spend", "Live-stream team final confirmation"),
    ("Peak CS roster", "CS system stress test passed"),
    ("Recruit the elastic staff pool", "CS system stress test passed"),
    ("Complaint escalation drill", "CS system stress test passed"),
    ("Set queue alert thresholds", "CS system stress test passed"),
    ("CS watch on 11-11", "CS system stress test passed"),
]


def add_demo_links(store: Store, actor: Actor, campaign_id: int) -> None:
    """Write the demo's task and gate dependencies (inside the caller's transaction)."""
    tasks = {t.title_en: t.id for t in store.plan.tasks(campaign_id)}
    gates = {m.name_en: m.id for m in store.plan.milestones(campaign_id) if m.is_gate}
    for task, before in TASK_WAITS_FOR:
        store.plan.add_dependency(actor, tasks[task] or 0, tasks[before] or 0)
    for task, gate in TASK_WAITS_FOR_GATE:
        store.plan.add_gate_dependency(actor, tasks[task] or 0, gates[gate] or 0)
    add_demo_history(store, actor, campaign_id)


def _as_of(task: Task, day: date, today: date) -> Task:
    """A plausible state of ``task`` at the end of an earlier ``day`` (demo history only)."""
    if task.status.is_finished:
        if task.due_date <= day:
            return task
        return replace(task, status=TaskStatus.IN_PROGRESS, progress=expected_progress(task, day))
    lag = expected_progress(task, today) - task.progress
    progress = max(0, min(task.progress, expected_progress(task, day) - lag))
    return replace(task, progress=progress)


def add_demo_history(store: Store, actor: Actor, campaign_id: int) -> None:
    """Board snapshots of the days before the demo's eve, so the board shows a trend.

    They are reconstructed from the plan (finished work counted on its due date), which is
    good enough to show what the daily board looks like after two weeks of use.
    """
    campaign = next(c for c in store.campaign.campaigns() if c.id == campaign_id)
    zone = ZoneInfo(campaign.timezone)
    today = campaign.dday.astimezone(zone).date() - timedelta(days=1)
    tasks = store.plan.tasks(campaign_id)
    milestones = {m.id or 0: m for m in store.plan.milestones(campaign_id)}
    deps = store.plan.dependencies(campaign_id)
    gate_deps = store.plan.gate_dependencies(campaign_id)
    for back in range(HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=back)
        then = {t.id or 0: _as_of(t, day, today) for t in tasks}
        blocked = blockers_by_task(then, deps, gate_deps, milestones)
        taken = datetime.combine(day, time(23, 50), zone)
        rows = []
        for department in store.campaign.departments(campaign_id):
            own = [t for t in then.values() if t.department_id == department.id]
            figures = unit_progress(own, day)
            rows.append(
                BoardSnapshot(
                    campaign_id, day, department.id or 0, figures.total, figures.finished,
                    figures.lagging, figures.overdue,
                    sum(1 for t in own if (t.id or 0) in blocked), taken,
                )
            )  # fmt: skip
        store.plan.save_board_snapshot(actor, rows)
