"""The rooms seam: contributors reach every room, whether it was built before or after."""

from __future__ import annotations

from controllers.overview.overview_controller import OverviewController
from controllers.settings import Settings
from ui.overview.rooms import DepartmentRooms, OverviewPage


def test_a_room_contributor_reaches_rooms_built_before_and_after_it(qtbot, campaign, qsettings):
    overview = OverviewController(campaign, Settings(qsettings), campaign)
    rooms = DepartmentRooms(overview, campaign)
    first, second = rooms.departments()[:2]
    early = rooms.build(first)
    qtbot.addWidget(early)
    seen = []
    rooms.add_contributor(lambda panel, department: seen.append((panel, department.code)))
    assert seen == [(early, first.code)]
    late = rooms.factory(second)()
    qtbot.addWidget(late)
    assert seen == [(early, first.code), (late, second.code)]
    assert rooms.room(second.code) is late
    assert rooms.room("NOPE") is None


def test_the_overview_page_applies_contributors_and_opens_rooms(qtbot, campaign, qsettings):
    overview = OverviewController(campaign, Settings(qsettings), campaign)
    opened = []
    page = OverviewPage(overview, campaign, opened.append)
    before = []
    page.add_contributor(before.append)
    panel = page.build()
    qtbot.addWidget(panel)
    after = []
    page.add_contributor(after.append)
    assert before == [panel] and after == [panel]
    panel.department_requested.emit("LOG")
    assert opened == ["LOG"]
