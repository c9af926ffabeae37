"""Dependencies of the demo plan (issue 3): which tasks wait for which, and for which gates.

Kept apart from ``demo_data`` so the plan links can grow without touching the shared tables.
Tasks and gates are named by their English titles, which are unique in the demo.
"""

from __future__ import annotations

from models.records import Actor
from models.store import Store

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
