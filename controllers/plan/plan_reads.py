"""The stored plan of the open campaign, read for the plan controller and its parts."""

from __future__ import annotations

from datetime import date

from controllers.campaign_controller import CampaignController
from models.plan.schedule import (
    Blocker,
    PhaseBuffer,
    blockers_by_task,
    campaign_window,
    phase_buffers,
)
from models.records import Milestone, Task
from models.store import Store
from models.tables.labels import localized


class PlanReads:
    """Tasks, milestones, dependencies and the campaign's days, straight from the store.

    Only the blockers are cached (every task against every dependency is the one costly
    read); whoever writes the plan calls ``forget_blockers()`` afterwards.
    """

    def __init__(self, campaign: CampaignController) -> None:
        self._campaign = campaign
        self._blockers: dict[int, list[Blocker]] | None = None

    @property
    def _store(self) -> Store:
        return self._campaign.store

    def tasks(self, department_id: int | None = None) -> list[Task]:
        """The campaign's tasks, or one unit's."""
        return self._store.plan.tasks(self._campaign.campaign_id, department_id)

    def tasks_by_ids(self, task_ids: list[int]) -> list[Task]:
        """The tasks of these ids that still exist."""
        return self._store.plan.tasks_by_ids(task_ids)

    def task(self, task_id: int) -> Task:
        """One task; ``KeyError`` if it no longer exists."""
        return self._store.plan.task(task_id)

    def task_name(self, task_id: int) -> str:
        """The task's title in the UI language (``#id`` once it is gone)."""
        try:
            task = self.task(task_id)
        except KeyError:
            return f"#{task_id}"
        return localized(task.title_zh, task.title_en)

    def milestones(self) -> list[Milestone]:
        """The campaign's milestones, gates included."""
        return self._store.plan.milestones(self._campaign.campaign_id)

    def milestone(self, milestone_id: int) -> Milestone:
        """One milestone; ``KeyError`` if it no longer exists."""
        return self._store.plan.milestone(milestone_id)

    def task_dependencies(self) -> list[tuple[int, int]]:
        """(task id, id of the task it waits for) pairs."""
        return self._store.plan.dependencies(self._campaign.campaign_id)

    def gate_dependencies(self) -> list[tuple[int, int]]:
        """(task id, id of the gate whose sign-off it waits for) pairs."""
        return self._store.plan.gate_dependencies(self._campaign.campaign_id)

    def dday(self) -> date:
        """D-day as a campaign-local date."""
        return self._campaign.campaign.dday.astimezone(self._campaign.timezone).date()

    def window(self) -> tuple[date, date]:
        """The days tasks may be scheduled on (first phase start to D-day)."""
        return campaign_window(self._campaign.phases(), self.dday())

    def phase_buffers(self) -> list[PhaseBuffer]:
        """How much of each phase is left after its last due date."""
        return phase_buffers(self._campaign.phases(), self.tasks())

    def blockers(self) -> dict[int, list[Blocker]]:
        """Unfinished tasks waiting for an unfinished task or an unsigned gate (cached)."""
        if self._blockers is None:
            tasks = {t.id or 0: t for t in self.tasks()}
            milestones = {m.id or 0: m for m in self.milestones()}
            self._blockers = blockers_by_task(
                tasks, self.task_dependencies(), self.gate_dependencies(), milestones
            )
        return self._blockers

    def forget_blockers(self) -> None:
        """Drop the cached blockers: the plan changed."""
        self._blockers = None
