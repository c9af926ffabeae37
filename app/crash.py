"""Uncaught exceptions: logged with their traceback and shown with copyable details.

Known failures (``WarRoomError``) show the user's sentence only; anything else is a bug and
points at the log. Hard crashes (segfaults) leave a trace in ``crash.log`` beside the log.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from controllers.error_messages import user_message
from models.errors import WarRoomError

log = logging.getLogger("warroom")


def install_crash_handlers(log_path: Path) -> None:
    """Log every uncaught exception and show it with copyable details; keep the app up."""
    # Left open on purpose: faulthandler writes into it when the process dies.
    crash_file = log_path.with_name("crash.log").open("a", encoding="utf-8")
    faulthandler.enable(crash_file)

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("uncaught exception\n%s", details)
        show_uncaught(error, details, log_path)

    sys.excepthook = report
    threading.excepthook = _log_thread_exception


def show_uncaught(error: BaseException, details: str, log_path: Path) -> None:
    """Tell the user about an exception nobody caught (on the GUI thread)."""
    from PySide6.QtCore import QCoreApplication

    from ui.common import dialogs

    if isinstance(error, WarRoomError):
        dialogs.show_error(None, "War Room", user_message(error))
        return
    dialogs.show_error(
        None,
        QCoreApplication.translate("Main", "War Room: unexpected error"),
        QCoreApplication.translate(
            "Main", "Something went wrong. The details are in the log: %1"
        ).replace("%1", str(log_path)),
        details,
    )


def _log_thread_exception(hook: threading.ExceptHookArgs) -> None:
    """A worker thread's exception goes to the log only: no widgets off the GUI thread."""
    log.error(
        "uncaught exception in thread %s",
        hook.thread.name if hook.thread else "?",
        exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback),  # type: ignore[arg-type]
    )
