"""Closing the app ends every Qt object it made; none is left to Python's garbage collector.

A Qt object that only Python holds dies whenever the collector happens to run, in the middle
of unrelated work; with charts in the mix that crashed a test run. These tests keep every
object of the app owned by Qt, so that it ends with the window, at a moment Qt chooses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from app.assembly import build_app
from models.clock import FixedClock
from models.demo.builder import DEMO_AS_OF
from tests.conftest import TEST_ACTOR, close_app
from ui.common import dialogs


def _qobjects_alive() -> set[int]:
    return {id(obj) for obj in gc.get_objects() if isinstance(obj, QObject)}


def _live_qobjects_in_garbage(older: set[int]) -> list[str]:
    """Qt objects that the collector is about to destroy: alive, and owned by Python alone.

    Objects in ``older`` existed before the app was built: an earlier test's leftovers that a
    pending timer or event kept reachable until now are not this app's doing.
    """
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return [
            type(obj).__name__
            for obj in gc.garbage
            if isinstance(obj, QObject) and Shiboken.isValid(obj) and Shiboken.ownedByPython(obj)
            and id(obj) not in older
            and not isinstance(obj, QSettings)  # the test's own settings file
        ]  # fmt: skip
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
        gc.collect()


def test_closing_the_window_leaves_no_qt_object_to_the_garbage_collector(
    qapp, demo_store, qsettings
):
    dialogs.set_headless(True)
    try:
        for language in ("zh", "en"):
            gc.collect()
            older = _qobjects_alive()
            parts = build_app(
                qapp, demo_store, qsettings, FixedClock(DEMO_AS_OF), TEST_ACTOR, language
            )
            parts.window.show()
            for key in ("overview", "metrics", "budget", "timeline", "dept-tec"):
                parts.window.show_view(key)
                QApplication.processEvents()
            close_app(parts)
            del parts
            assert _live_qobjects_in_garbage(older) == []
    finally:
        dialogs.set_headless(None)


def test_switching_language_many_times_keeps_one_set_of_translators(make_app):
    parts = make_app("en")
    language = parts.language
    for code in ("zh", "en") * 5:
        language.set_language(code)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the replaced ones
    translators = language.findChildren(QTranslator)
    assert len(translators) == 1  # English: only its plural forms
    assert QApplication.translate("MainWindow", "Checklist") == "Checklist"
