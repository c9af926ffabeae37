"""Shared fixtures. Qt runs offscreen; settings live in a temporary file per test."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.demo.builder import DEMO_AS_OF, build_demo
from models.records import Actor, Role
from models.store import Store, open_store

TEST_ACTOR = Actor("tester", Role.COMMANDER)


@pytest.fixture(autouse=True)
def collect_garbage_between_tests() -> Iterator[None]:
    """Qt objects a test leaves to Python are destroyed here, between tests, at a quiet moment.

    Otherwise the collector destroys them whenever it happens to run, in the middle of a later
    test (the app itself gives every Qt object a Qt parent; tests build controllers alone).
    """
    yield
    gc.collect()


@pytest.fixture
def actor() -> Actor:
    return TEST_ACTOR


@pytest.fixture
def empty_store() -> Iterator[Store]:
    store = open_store(None)
    yield store
    store.close()


@pytest.fixture
def demo_store(empty_store: Store) -> Store:
    """An in-memory database holding the demo campaign."""
    build_demo(empty_store, TEST_ACTOR)
    return empty_store


@pytest.fixture
def clock() -> FixedClock:
    """Frozen at the demo's eve of D-day (2026-11-10 20:00 Shanghai)."""
    return FixedClock(DEMO_AS_OF)


@pytest.fixture
def qsettings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def campaign(qapp, demo_store: Store, clock: FixedClock):
    """The demo campaign's controller on the frozen clock."""
    from controllers.campaign_controller import CampaignController

    return CampaignController(demo_store, clock)


@pytest.fixture
def plan(campaign, qsettings):
    """A plan controller over the demo campaign with per-test settings."""
    from controllers.plan.plan_controller import PlanController
    from controllers.settings import Settings

    return PlanController(campaign, Settings(qsettings))


def close_app(parts) -> None:
    """Close and delete the window as the app does on quit; everything it owns goes with it.

    Its translators go too, so the next test starts in English.
    """
    from PySide6.QtCore import QEvent, QLocale
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    if Shiboken.isValid(parts.window):  # a test may have closed it already
        parts.window.close()
        parts.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    QApplication.processEvents()


@pytest.fixture
def make_app(qapp, qtbot, demo_store: Store, qsettings, clock: FixedClock) -> Callable:
    """Build the whole app on the demo store; closes the window and checks nothing leaks."""
    from PySide6.QtWidgets import QApplication

    from app.assembly import AppParts, build_app
    from ui.common import dialogs

    dialogs.set_headless(True)
    built = []
    before = set(QApplication.topLevelWidgets())

    def factory(language: str | None = "en", at: datetime | None = None) -> AppParts:
        parts = build_app(
            qapp, demo_store, qsettings, FixedClock(at) if at else clock, TEST_ACTOR, language
        )
        qtbot.addWidget(parts.window)
        built.append(parts)
        return parts

    yield factory
    for parts in built:
        close_app(parts)
    dialogs.set_headless(None)
    leaked = [
        w
        for w in set(QApplication.topLevelWidgets()) - before
        if w.isVisible() and not any(w is p.window for p in built)
    ]
    built.clear()
    # What Python still holds of the app is collected now, at a quiet moment, rather than in
    # the middle of the next test.
    gc.collect()
    assert not leaked, f"top-level widgets left open: {leaked}"
