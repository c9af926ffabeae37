"""The running app's log file: rotating, in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_BYTES = 2_000_000
LOG_BACKUPS = 3


def log_file_path() -> Path:
    """``warroom.log`` in the platform's log folder for War Room (created when missing)."""
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("WarRoom", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "warroom.log"


def setup_logging() -> Path:
    """Send every logger's INFO and above to the rotating log file; return its path."""
    path = log_file_path()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # APScheduler logs every run of every job at INFO: twice a second with live sources.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return path
