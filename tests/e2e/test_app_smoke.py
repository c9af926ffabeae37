"""The whole app on the demo campaign, as a user first sees it."""

from __future__ import annotations


def test_window_opens_on_overview_with_every_department(make_app):
    parts = make_app()
    window = parts.window
    window.show()
    assert window.current_view_key() == "overview"
    departments = [d.code for d in parts.campaign.departments()]
    assert [f"dept-{code}" for code in departments] == window.view_keys()[1 : len(departments) + 1]
    assert "War Room" in window.windowTitle()
