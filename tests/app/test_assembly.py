"""The assembled window: the view keys the command line knows, no attributes bolted on."""

from __future__ import annotations

from app.assembly import is_view_key, static_view_keys
from ui.report.report_actions import ReportActions
from ui.workbook.workbook_actions import WorkbookActions


def test_the_command_line_knows_every_page_key_in_window_order(make_app):
    keys = make_app().window.view_keys()
    assert [k for k in keys if not k.startswith("dept-")] == list(static_view_keys())
    assert all(is_view_key(key) for key in keys)


def test_what_features_return_is_kept_in_the_parts_and_owned_by_the_window(make_app):
    parts = make_app()
    assert isinstance(parts.workbook_actions, WorkbookActions)
    assert isinstance(parts.report_actions, ReportActions)
    assert parts.workbook_actions.parent() is parts.window
    assert parts.report_actions.parent() is parts.window
    assert not hasattr(parts.window, "workbook_actions")


def test_each_room_has_its_checklist_and_the_rooms_seam_finds_it(make_app):
    parts = make_app()
    for department in parts.campaign.departments():
        assert parts.rooms.room(department.code) is None  # rooms are built when first needed
        room = parts.window.view_widget(f"dept-{department.code}")
        assert parts.rooms.room(department.code) is room
        assert room.checklist is not None
