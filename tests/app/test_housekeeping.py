"""Backups at start and every few minutes; a failed backup is logged, never raised."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from app.housekeeping import MS_PER_MINUTE, DatabaseBackups
from controllers.settings import Settings
from models.errors import DatabaseIOError


class FakeStore:
    """Counts backups; fails when told to."""

    def __init__(self) -> None:
        self.backups = 0
        self.fail = False

    def backup(self) -> Path:
        if self.fail:
            raise DatabaseIOError(Path("w.sqlite"), "disk I/O error")
        self.backups += 1
        return Path(f"backup-{self.backups}.sqlite")


def test_backups_start_at_once_and_follow_the_interval_setting(qapp, qsettings, caplog):
    settings = Settings(qsettings)
    store = FakeStore()
    owner = QObject()
    backups = DatabaseBackups(store, settings, owner)  # type: ignore[arg-type]
    backups.start()
    assert store.backups == 1
    timer = backups.findChild(QTimer)
    assert timer.isActive()
    assert timer.interval() == MS_PER_MINUTE * settings.value("backup/interval_minutes")
    settings.set_value("backup/interval_minutes", 5)
    backups.reread_interval()
    assert timer.interval() == 5 * MS_PER_MINUTE
    store.fail = True
    backups.back_up()  # logged, not raised
    assert "database backup failed" in caplog.text
    owner.deleteLater()
