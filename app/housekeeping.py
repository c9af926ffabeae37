"""Work the running app does by itself: database backups and the scheduled jobs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from app.assembly import AppParts
from controllers.jobs import JobScheduler
from controllers.settings import Settings
from models.errors import StoreError, StoreInternalError
from models.store import Store

log = logging.getLogger("warroom")
MS_PER_MINUTE = 60_000


class DatabaseBackups(QObject):
    """A dated copy of the database now and every few minutes; the store keeps the newest few."""

    def __init__(self, store: Store, settings: Settings, parent: QObject) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.back_up)

    def start(self) -> None:
        """Back up at once, then every ``backup/interval_minutes``."""
        self.back_up()
        self._timer.start(self._interval_ms())

    @Slot()
    def back_up(self) -> None:
        """Copy the database; a failure is logged, never shown (the next try may work)."""
        try:
            path = self._store.backup()
            log.info("database backed up to %s", path)
        except (OSError, StoreError, StoreInternalError):
            log.warning("database backup failed", exc_info=True)

    @Slot()
    def reread_interval(self) -> None:
        """Follow a changed ``backup/interval_minutes`` setting."""
        self._timer.setInterval(self._interval_ms())

    def _interval_ms(self) -> int:
        return MS_PER_MINUTE * int(self._settings.value("backup/interval_minutes"))


def start_jobs(app: QApplication, parts: AppParts) -> JobScheduler:
    """Scheduled work (live sources, the board's snapshot, budget deadlines) starts once the
    window shows and stops on quit."""
    scheduler = JobScheduler(parts.campaign.campaign.timezone, app)
    parts.metrics.start(scheduler)
    parts.board.schedule(scheduler)  # the daily progress board snapshot (issue 3)
    parts.budget.reallocations.start_deadline_job(scheduler)
    scheduler.start()
    app.aboutToQuit.connect(scheduler.shutdown)
    return scheduler


def start_housekeeping(app: QApplication, parts: AppParts) -> None:
    """Start the backups and the scheduled jobs of the running app."""
    backups = DatabaseBackups(parts.store, parts.settings, app)
    backups.start()
    parts.window.settings_changed.connect(backups.reread_interval)
    start_jobs(app, parts)
