"""Timed work through APScheduler's QtScheduler.

Jobs run on the scheduler's thread pool: a job computes with plain data (or opens its own
read-only store) and hands results back by emitting a signal to a ``@Slot`` of a
main-thread controller. ``app.housekeeping`` starts the scheduler after the window shows
and shuts it down on ``aboutToQuit``; tests never start it and call the job functions
directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


class JobScheduler(QObject):
    """A thin owner of one ``QtScheduler``; every scheduled job of the app is added here."""

    def __init__(self, timezone: str = "Asia/Shanghai", parent: QObject | None = None) -> None:
        super().__init__(parent)
        from apscheduler.schedulers.qt import QtScheduler

        self._scheduler = QtScheduler(
            timezone=timezone,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
        )

    def every(self, job_id: str, seconds: float, fn: Callable[[], Any]) -> None:
        """Run ``fn`` every ``seconds`` (replacing a job with the same id)."""
        self.remove(job_id)  # before start() APScheduler would keep both until it starts
        self._scheduler.add_job(fn, "interval", seconds=seconds, id=job_id, replace_existing=True)

    def daily(self, job_id: str, hour: int, minute: int, fn: Callable[[], Any]) -> None:
        """Run ``fn`` daily at ``hour:minute`` campaign time (replacing a job with the same id)."""
        self.remove(job_id)
        self._scheduler.add_job(
            fn, "cron", hour=hour, minute=minute, id=job_id, replace_existing=True
        )

    def remove(self, job_id: str) -> None:
        if self._scheduler.get_job(job_id) is not None:
            self._scheduler.remove_job(job_id)

    def job_ids(self) -> list[str]:
        return [job.id for job in self._scheduler.get_jobs()]

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
