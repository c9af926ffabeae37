"""Milestones, gates, tasks and their dependencies."""

from __future__ import annotations

from typing import Any

from models.records import Actor, Milestone, Task
from models.store.core import StoreCore


class PlanRepository:
    """The campaign plan: what must be done by when, and which gates guard the phases."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    # milestones
    def milestones(self, campaign_id: int) -> list[Milestone]:
        return self._core.fetch_all(
            Milestone,
            "SELECT * FROM milestone WHERE campaign_id = ? ORDER BY due_date, id",
            [campaign_id],
        )

    def add_milestone(self, actor: Actor, milestone: Milestone) -> int:
        return self._core.insert_record(actor, "milestone", milestone)

    def update_milestone(self, actor: Actor, milestone_id: int, **changes: Any) -> dict[str, Any]:
        return self._core.update_record(actor, "milestone", Milestone, milestone_id, changes)

    # tasks
    def tasks(self, campaign_id: int, department_id: int | None = None) -> list[Task]:
        if department_id is None:
            return self._core.fetch_all(
                Task, "SELECT * FROM task WHERE campaign_id = ? ORDER BY id", [campaign_id]
            )
        return self._core.fetch_all(
            Task,
            "SELECT * FROM task WHERE campaign_id = ? AND department_id = ? ORDER BY id",
            [campaign_id, department_id],
        )

    def task(self, task_id: int) -> Task:
        return self._core.get_record("task", Task, task_id)

    def add_task(self, actor: Actor, task: Task) -> int:
        return self._core.insert_record(actor, "task", task)

    def update_task(self, actor: Actor, task_id: int, **changes: Any) -> dict[str, Any]:
        return self._core.update_record(actor, "task", Task, task_id, changes)

    def delete_task(self, actor: Actor, task_id: int) -> Task:
        return self._core.delete_record(actor, "task", Task, task_id)

    # dependencies (finish-to-start: task waits for depends_on)
    def dependencies(self, campaign_id: int) -> list[tuple[int, int]]:
        rows = self._core.db.execute(
            "SELECT d.task_id, d.depends_on_id FROM task_dependency d"
            " JOIN task t ON t.id = d.task_id WHERE t.campaign_id = ?",
            [campaign_id],
        ).fetchall()
        return [(int(a), int(b)) for a, b in rows]

    def add_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        with self._core.atomic():
            self._core.db.execute(
                "INSERT INTO task_dependency (task_id, depends_on_id) VALUES (?, ?)",
                [task_id, depends_on_id],
            )
            pair = {"task_id": task_id, "depends_on_id": depends_on_id}
            self._core.write_audit(actor, "insert", "task_dependency", task_id, None, pair)
