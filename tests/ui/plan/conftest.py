"""Fixtures shared by the plan views' GUI tests."""

from __future__ import annotations

import pytest

from ui.common import dialogs
from ui.plan.checklist_panel import ChecklistPanel


@pytest.fixture
def answer():
    """The answer the confirmation boxes get (set per test), reset afterwards."""
    yield dialogs.set_headless
    dialogs.set_headless(None)


@pytest.fixture
def panel(qtbot, plan, actor):
    """The whole checklist, every status shown, on screen at a desktop size."""
    widget = ChecklistPanel(plan, actor)
    qtbot.addWidget(widget)
    widget.filters.status_combo.setCurrentIndex(0)
    widget.resize(1500, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
