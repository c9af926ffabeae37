"""Run plain functions off the GUI thread and get their result back on it.

Workers take plain data and return plain data; they never touch widgets, Qt models or
the store. Long jobs receive a ``TaskState`` to report progress and check cancellation.
Tests pass ``synchronous=True`` so that everything runs inline.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when its ``TaskState`` was cancelled."""


class TaskState(QObject):
    """Progress and cancellation handle shared between a job and the GUI.

    Signals:
        progress_changed(int percent, str text): emitted from the worker thread.
        finished(object result): the job's return value, delivered on the GUI thread.
        failed(object error, str details): the exception and its formatted traceback.
    """

    progress_changed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, percent: int, text: str = "") -> None:
        """Called by the job: publish progress, raise ``Cancelled`` if asked to stop."""
        if self._cancel.is_set():
            raise Cancelled
        self.progress_changed.emit(percent, text)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState) -> None:
        super().__init__()
        self._fn = fn
        self._state = state

    def run(self) -> None:
        _execute(self._fn, self._state)


def _execute(fn: Callable[[TaskState], Any], state: TaskState) -> None:
    try:
        result = fn(state)
    except Exception as error:  # delivered to the GUI thread, which decides what to show
        if not isinstance(error, Cancelled):
            log.info("background job failed", exc_info=True)
        state.failed.emit(error, traceback.format_exc())
    else:
        state.finished.emit(result)


class BackgroundRunner(QObject):
    """Starts jobs on a thread pool, or inline when ``synchronous`` (tests)."""

    def __init__(
        self,
        *,
        synchronous: bool = False,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pool = pool or QThreadPool.globalInstance()

    def start(
        self,
        fn: Callable[[TaskState], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception, str], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
    ) -> TaskState:
        """Run ``fn(state)``; its result or error reaches the callbacks on the GUI thread.

        Callbacks should be ``@Slot`` methods of main-thread QObjects: plain functions as
        receivers of cross-thread signals can run on the worker thread under PySide6.
        """
        state = TaskState()
        state.finished.connect(on_result)
        if on_error is not None:
            state.failed.connect(on_error)
        if on_progress is not None:
            state.progress_changed.connect(on_progress)
        if self._synchronous:
            _execute(fn, state)
        else:
            self._pool.start(_Job(fn, state))
        return state
