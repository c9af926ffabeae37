"""Validation of task edits: permissions, workflow, ranges, dates and schedule anchors.

Every check raises ``ValidationError`` with a translated message and the field it is
about, before anything is written.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from controllers.campaign_controller import CampaignController
from models.errors import ValidationError
from models.plan.schedule import (
    blockers_by_task,
    campaign_window,
    can_transition,
    parse_anchor,
)
from models.records import Actor, Role, Task, TaskStatus
from models.tables.labels import localized, task_status_label

CONTEXT = "PlanRules"
EDITABLE_FIELDS = ("status", "owner_id", "progress", "planned_start", "due_date")


class PlanRules:
    """What a given actor may change on a task, and what a change implies."""

    def __init__(self, campaign: CampaignController) -> None:
        self._campaign = campaign

    def own_department_id(self, actor: Actor) -> int | None:
        """The id of the actor's unit (None without a unit code, or for one the campaign lacks)."""
        if not actor.department_code:
            return None
        try:
            return self._campaign.department(actor.department_code).id
        except KeyError:
            return None

    def check_can_edit(self, actor: Actor, task: Task) -> None:
        """Viewers edit nothing; leads and operators of a unit edit their unit's tasks."""
        if actor.role is Role.VIEWER:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Viewers cannot change the plan.")
            )
        if actor.role is Role.COMMANDER:
            return
        own = self.own_department_id(actor)
        if own is not None and own != task.department_id:
            raise ValidationError(
                QCoreApplication.translate(
                    "PlanRules", "You can only change tasks of your own unit."
                )
            )

    def new_task(self, actor: Actor, values: dict[str, Any]) -> Task:
        """A checked, not yet stored task from the new-task form (status: not started)."""
        title_zh = str(values.get("title_zh") or "").strip()
        title_en = str(values.get("title_en") or "").strip()
        if not title_zh and not title_en:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Give the task a title (中文 or English)."),
                field="title_zh",
            )
        department_id = values.get("department_id")
        if department_id is None or department_id not in {
            d.id for d in self._campaign.departments()
        }:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Choose the unit the task belongs to."),
                field="department_id",
            )
        phases = {p.id: p for p in self._campaign.phases()}
        if values.get("phase_id") not in phases:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Choose the phase of the task."),
                field="phase_id",
            )
        milestone_id = values.get("milestone_id") or None
        campaign_id = self._campaign.campaign_id
        if milestone_id is not None and milestone_id not in {
            m.id for m in self._campaign.store.plan.milestones(campaign_id)
        }:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Milestone: no such milestone."),
                field="milestone_id",
            )
        start = as_date(values.get("planned_start"), "planned_start")
        due = as_date(values.get("due_date"), "due_date")
        task = Task(
            None, campaign_id, int(department_id), int(values["phase_id"]),
            title_zh or title_en, title_en or title_zh, start, due, milestone_id,
            self._owner(values.get("owner_id")),
        )  # fmt: skip
        self.check_can_edit(actor, task)
        self.date_changes(task, start, due)  # inside the campaign, start before due
        return task

    def normalize_changes(self, task: Task, changes: dict[str, Any]) -> dict[str, Any]:
        """Check each field and add what it implies (done means 100%); {} if nothing changes."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "This column cannot be edited."),
                field=sorted(unknown)[0],
            )
        result: dict[str, Any] = {}
        if "owner_id" in changes:
            result["owner_id"] = self._owner(changes["owner_id"])
        if "progress" in changes:
            result.update(self._progress(task, changes["progress"]))
        if "status" in changes:
            result.update(self._status(task, changes["status"]))
        if "planned_start" in changes or "due_date" in changes:
            start = as_date(changes.get("planned_start", task.planned_start), "planned_start")
            due = as_date(changes.get("due_date", task.due_date), "due_date")
            result.update(self.date_changes(task, start, due))
        return {k: v for k, v in result.items() if getattr(task, k) != v}

    def _owner(self, value: Any) -> int | None:
        if value in (None, "", 0):
            return None
        people = {p.id for p in self._campaign.people()}
        try:
            owner = int(value)
        except (TypeError, ValueError):
            owner = None
        if owner not in people:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Owner: no such person in this campaign."),
                field="owner_id",
            )
        return owner

    def _progress(self, task: Task, value: Any) -> dict[str, Any]:
        try:
            progress = int(value)
        except (TypeError, ValueError):
            progress = -1
        if not 0 <= progress <= 100 or (isinstance(value, float) and not value.is_integer()):
            raise ValidationError(
                QCoreApplication.translate(
                    "PlanRules", "Progress must be a whole number from 0 to 100, not %1."
                ).replace("%1", str(value)),
                field="progress",
            )
        result: dict[str, Any] = {"progress": progress}
        if task.status.is_finished and progress < 100:
            raise ValidationError(
                QCoreApplication.translate(
                    "PlanRules",
                    "A finished task is at 100%; set its status back to in progress first.",
                ),
                field="progress",
            )
        # Typing progress on a task that has not started means work has started.
        if task.status is TaskStatus.NOT_STARTED and progress > 0:
            result["status"] = TaskStatus.IN_PROGRESS
        return result

    def _status(self, task: Task, value: Any) -> dict[str, Any]:
        try:
            status = TaskStatus(value)
        except ValueError:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "Unknown status: %1").replace(
                    "%1", str(value)
                ),
                field="status",
            ) from None
        if not can_transition(task.status, status):
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "A task cannot go from %1 to %2.")
                .replace("%1", task_status_label(task.status))
                .replace("%2", task_status_label(status)),
                field="status",
            )
        result: dict[str, Any] = {"status": status}
        if status.is_finished and not task.status.is_finished:
            self._check_not_blocked(task)
            result["progress"] = 100
        elif status is TaskStatus.NOT_STARTED:
            result["progress"] = 0
        return result

    def _check_not_blocked(self, task: Task) -> None:
        store = self._campaign.store
        campaign_id = self._campaign.campaign_id
        deps = [d for d in store.plan.dependencies(campaign_id) if d[0] == task.id]
        gate_deps = [d for d in store.plan.gate_dependencies(campaign_id) if d[0] == task.id]
        if not deps and not gate_deps:
            return
        tasks = {
            t.id or 0: t for t in store.plan.tasks_by_ids([task.id or 0] + [d[1] for d in deps])
        }
        milestones = {m.id or 0: m for m in store.plan.milestones(campaign_id)}
        found = blockers_by_task(tasks, deps, gate_deps, milestones).get(task.id or 0, [])
        if found:
            names = []
            for blocker in found:
                if blocker.kind == "gate":
                    gate = milestones[blocker.record_id]
                    names.append("◆ " + localized(gate.name_zh, gate.name_en))
                else:
                    before = tasks[blocker.record_id]
                    names.append(localized(before.title_zh, before.title_en))
            raise ValidationError(
                QCoreApplication.translate(
                    "PlanRules", "The task is blocked and cannot be finished yet; it waits for: %1"
                ).replace("%1", ", ".join(names)),
                field="status",
            )

    def date_changes(self, task: Task, start: date, due: date) -> dict[str, Any]:
        """New dates, inside the campaign, with an anchored due date keeping its anchor."""
        first, last = campaign_window(self._campaign.phases(), self._dday())
        for name, day in (("planned_start", start), ("due_date", due)):
            if not first <= day <= last:
                raise ValidationError(
                    QCoreApplication.translate(
                        "PlanRules", "%1 is outside the campaign (%2 to %3)."
                    )
                    .replace("%1", day.isoformat())
                    .replace("%2", first.isoformat())
                    .replace("%3", last.isoformat()),
                    field=name,
                )
        if start > due:
            raise ValidationError(
                QCoreApplication.translate("PlanRules", "The planned start is after the due date."),
                field="planned_start" if start != task.planned_start else "due_date",
            )
        result: dict[str, Any] = {"planned_start": start, "due_date": due}
        # A due date typed by hand moves the anchor with it, so a later D-day move keeps it.
        if due != task.due_date:
            if task.milestone_offset_days is not None and task.milestone_id is not None:
                milestone = self._campaign.store.plan.milestone(task.milestone_id)
                result["milestone_offset_days"] = (due - milestone.due_date).days
            elif task.dday_offset_days is not None:
                result["dday_offset_days"] = (due - self._dday()).days
        return result

    def anchor_changes(self, task: Task, text: str) -> dict[str, Any]:
        """The fields that anchor a task's due date as written in ``text`` (D-30, M-2, '')."""
        anchor = parse_anchor(text)
        if anchor is None:
            return {"dday_offset_days": None, "milestone_offset_days": None}
        kind, offset = anchor
        if kind == "milestone":
            if task.milestone_id is None:
                raise ValidationError(
                    QCoreApplication.translate(
                        "PlanRules", "The task has no milestone to count back from."
                    ),
                    field="anchor",
                )
            base = self._campaign.store.plan.milestone(task.milestone_id).due_date
        else:
            base = self._dday()
        due = base + timedelta(days=offset)
        start = task.planned_start + (due - task.due_date)
        dates = self.date_changes(task, start, due)
        dates.pop("dday_offset_days", None)
        dates.pop("milestone_offset_days", None)
        if kind == "milestone":
            return {**dates, "milestone_offset_days": offset, "dday_offset_days": None}
        return {**dates, "dday_offset_days": offset, "milestone_offset_days": None}

    def _dday(self) -> date:
        return self._campaign.campaign.dday.astimezone(self._campaign.timezone).date()


def as_date(value: Any, field: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            QCoreApplication.translate("PlanRules", "Not a date: %1").replace("%1", str(value)),
            field=field,
        ) from None
