"""Milestones, gates, tasks, their dependencies, gate history and daily board snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from models.plan.plan_records import BoardSnapshot, GateEvent, GateEventKind
from models.records import Actor, Milestone, Task
from models.store.record_access import RecordAccess
from models.store.rows import record_to_row, to_db

_GATE_FIELDS = ("signed_off_by", "signed_off_at", "sign_off_comment")
_SNAPSHOT_KEY = ("campaign_id", "day", "department_id")


@dataclass(frozen=True, slots=True)
class MilestoneRemoval:
    """A deleted milestone with what went with it, so that undo can put everything back."""

    milestone: Milestone
    waiting_task_ids: list[int]  # tasks that waited for the gate's sign-off
    events: list[GateEvent]  # the gate's history


class PlanRepository:
    """The campaign plan: what must be done by when, and which gates guard the phases."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records
        self._db = records.db

    # milestones
    def milestones(self, campaign_id: int) -> list[Milestone]:
        """The campaign's milestones by due date."""
        return self._records.fetch_all(
            Milestone,
            "SELECT * FROM milestone WHERE campaign_id = ? ORDER BY due_date, id",
            [campaign_id],
        )

    def milestone(self, milestone_id: int) -> Milestone:
        """One milestone; ``KeyError`` when it does not exist."""
        return self._records.get_record("milestone", Milestone, milestone_id)

    def add_milestone(self, actor: Actor, milestone: Milestone) -> int:
        """Store a milestone (keeping its id when set); returns its id."""
        return self._records.insert_record(actor, "milestone", milestone)

    def update_milestone(self, actor: Actor, milestone_id: int, **changes: Any) -> dict[str, Any]:
        """Change milestone fields; returns their previous values."""
        return self._records.update_record(actor, "milestone", Milestone, milestone_id, changes)

    def delete_milestone(self, actor: Actor, milestone_id: int) -> MilestoneRemoval:
        """Delete a milestone with the waits on it and its gate history (each audited).

        Tasks still pointing at it are the caller's to refuse: the schema would silently
        detach them.
        """
        with self._records.atomic():
            waiting = [
                int(row[0])
                for row in self._db.rows(
                    "SELECT task_id FROM task_gate_dependency WHERE milestone_id = ?"
                    " ORDER BY task_id",
                    [milestone_id],
                )
            ]
            for task_id in waiting:
                self.remove_gate_dependency(actor, task_id, milestone_id)
            events = self.gate_events(milestone_id)
            milestone = self._records.delete_record(actor, "milestone", Milestone, milestone_id)
        return MilestoneRemoval(milestone, waiting, events)

    def restore_milestone(self, actor: Actor, removal: MilestoneRemoval) -> None:
        """Undo :meth:`delete_milestone`: the same ids, waits and history come back."""
        with self._records.atomic():
            milestone_id = self.add_milestone(actor, removal.milestone)
            for event in removal.events:
                self._db.insert("gate_event", record_to_row(event))
            for task_id in removal.waiting_task_ids:
                self.add_gate_dependency(actor, task_id, milestone_id)

    # gates: sign-off and reopening change the milestone and append to its history at once
    def record_gate_action(
        self,
        actor: Actor,
        milestone_id: int,
        kind: GateEventKind,
        at: datetime,
        text: str,
        changes: dict[str, Any],
    ) -> dict[str, Any]:
        """Set the gate fields and log the event in one transaction; returns previous values."""
        unknown = set(changes) - set(_GATE_FIELDS)
        if unknown:
            raise KeyError(f"not gate fields: {sorted(unknown)}")
        with self._records.atomic():
            previous = self.update_milestone(actor, milestone_id, **changes)
            self._db.execute(
                "INSERT INTO gate_event (milestone_id, at, actor, kind, text) VALUES (?,?,?,?,?)",
                [milestone_id, to_db(at), actor.name, kind.value, text],
            )
        return previous

    def gate_events(self, milestone_id: int) -> list[GateEvent]:
        """A gate's sign-off and reopening history, oldest first."""
        return self._records.fetch_all(
            GateEvent,
            "SELECT * FROM gate_event WHERE milestone_id = ? ORDER BY at, id",
            [milestone_id],
        )

    # tasks
    def tasks(self, campaign_id: int, department_id: int | None = None) -> list[Task]:
        """The campaign's tasks (of one department when given), in id order."""
        if department_id is None:
            return self._records.fetch_all(
                Task, "SELECT * FROM task WHERE campaign_id = ? ORDER BY id", [campaign_id]
            )
        return self._records.fetch_all(
            Task,
            "SELECT * FROM task WHERE campaign_id = ? AND department_id = ? ORDER BY id",
            [campaign_id, department_id],
        )

    def tasks_by_ids(self, task_ids: list[int]) -> list[Task]:
        """The tasks with these ids (missing ids are skipped), in id order."""
        found: list[Task] = []
        for start in range(0, len(task_ids), 500):  # stay under SQLite's variable limit
            chunk = task_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += self._records.fetch_all(
                Task, f"SELECT * FROM task WHERE id IN ({marks}) ORDER BY id", list(chunk)
            )
        return found

    def task(self, task_id: int) -> Task:
        """One task; ``KeyError`` when it does not exist."""
        return self._records.get_record("task", Task, task_id)

    def add_task(self, actor: Actor, task: Task) -> int:
        """Store a task (keeping its id when set); returns its id."""
        return self._records.insert_record(actor, "task", task)

    def add_tasks(self, actor: Actor, tasks: list[Task]) -> None:
        """Insert many tasks in one transaction with one audit row (generated plans, benches)."""
        rows = []
        for task in tasks:
            row = record_to_row(task)
            if row.get("id") is None:
                row.pop("id")
            rows.append(row)
        with self._records.atomic():
            self._db.insert_many("task", rows)
            self._records.write_audit(actor, "insert_many", "task", "*", None, {"count": len(rows)})

    def update_task(self, actor: Actor, task_id: int, **changes: Any) -> dict[str, Any]:
        """Change task fields; returns their previous values."""
        return self._records.update_record(actor, "task", Task, task_id, changes)

    def delete_task(self, actor: Actor, task_id: int) -> Task:
        """Delete a task; returns it for undo."""
        return self._records.delete_record(actor, "task", Task, task_id)

    # dependencies (finish-to-start: task waits for depends_on)
    def dependencies(self, campaign_id: int) -> list[tuple[int, int]]:
        """``(task, task it waits for)`` pairs of the campaign."""
        rows = self._db.rows(
            "SELECT d.task_id, d.depends_on_id FROM task_dependency d"
            " JOIN task t ON t.id = d.task_id WHERE t.campaign_id = ?",
            [campaign_id],
        )
        return [(int(a), int(b)) for a, b in rows]

    def add_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Make a task wait for another (finish-to-start)."""
        with self._records.atomic():
            self._db.execute(
                "INSERT INTO task_dependency (task_id, depends_on_id) VALUES (?, ?)",
                [task_id, depends_on_id],
            )
            pair = {"task_id": task_id, "depends_on_id": depends_on_id}
            self._records.write_audit(actor, "insert", "task_dependency", task_id, None, pair)

    def remove_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Remove a finish-to-start dependency."""
        with self._records.atomic():
            self._db.execute(
                "DELETE FROM task_dependency WHERE task_id = ? AND depends_on_id = ?",
                [task_id, depends_on_id],
            )
            pair = {"task_id": task_id, "depends_on_id": depends_on_id}
            self._records.write_audit(actor, "delete", "task_dependency", task_id, pair, None)

    # a task waiting for a gate's sign-off
    def gate_dependencies(self, campaign_id: int) -> list[tuple[int, int]]:
        """``(task, gate milestone it waits for)`` pairs of the campaign."""
        rows = self._db.rows(
            "SELECT g.task_id, g.milestone_id FROM task_gate_dependency g"
            " JOIN task t ON t.id = g.task_id WHERE t.campaign_id = ?",
            [campaign_id],
        )
        return [(int(a), int(b)) for a, b in rows]

    def add_gate_dependency(self, actor: Actor, task_id: int, milestone_id: int) -> None:
        """Make a task wait for a gate's sign-off."""
        with self._records.atomic():
            self._db.execute(
                "INSERT INTO task_gate_dependency (task_id, milestone_id) VALUES (?, ?)",
                [task_id, milestone_id],
            )
            pair = {"task_id": task_id, "milestone_id": milestone_id}
            self._records.write_audit(actor, "insert", "task_gate_dependency", task_id, None, pair)

    def remove_gate_dependency(self, actor: Actor, task_id: int, milestone_id: int) -> None:
        """Stop a task waiting for a gate's sign-off."""
        with self._records.atomic():
            self._db.execute(
                "DELETE FROM task_gate_dependency WHERE task_id = ? AND milestone_id = ?",
                [task_id, milestone_id],
            )
            pair = {"task_id": task_id, "milestone_id": milestone_id}
            self._records.write_audit(actor, "delete", "task_gate_dependency", task_id, pair, None)

    # daily board snapshots (automatic: audited, never on the undo stack)
    def save_board_snapshot(self, actor: Actor, rows: list[BoardSnapshot]) -> None:
        """Store one day's board, replacing an earlier snapshot of the same day."""
        with self._records.atomic():
            for row in rows:
                self._db.upsert("board_snapshot", record_to_row(row), _SNAPSHOT_KEY)
            if rows:
                self._records.write_audit(
                    actor, "snapshot", "board_snapshot", rows[0].day.isoformat(), None,
                    {"departments": len(rows)},
                )  # fmt: skip

    def board_snapshots(self, campaign_id: int, since: date | None = None) -> list[BoardSnapshot]:
        """Snapshots in day order (from ``since`` when given)."""
        return self._records.fetch_all(
            BoardSnapshot,
            "SELECT * FROM board_snapshot WHERE campaign_id = ? AND day >= ?"
            " ORDER BY day, department_id",
            [campaign_id, (since or date.min).isoformat()],
        )
