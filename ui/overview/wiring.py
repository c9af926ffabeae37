"""Puts the overview page and one room per department into the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controllers.campaign_controller import CampaignController
from controllers.overview.overview_controller import OverviewController
from models.records import Department
from models.tables.labels import localized
from ui.overview.rooms import DepartmentRooms, OverviewPage

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

OVERVIEW_KEY = "overview"
ROOM_KEY_PREFIX = "dept-"
PAGE_KEYS = (OVERVIEW_KEY,)


def room_key(code: str) -> str:
    """The view key of a department's room, e.g. ``dept-MER``."""
    return f"{ROOM_KEY_PREFIX}{code}"


@dataclass(frozen=True)
class OverviewViews:
    """What the overview feature hands to others: the seams to add to its pages."""

    page: OverviewPage
    rooms: DepartmentRooms


def install(
    window: MainWindow, overview: OverviewController, campaign: CampaignController
) -> OverviewViews:
    """Add the overview (first page) and the department rooms to ``window``."""
    page = OverviewPage(overview, campaign, lambda code: window.show_view(room_key(code)))
    window.add_view(
        OVERVIEW_KEY,
        page.build(),
        lambda: QCoreApplication.translate("MainWindow", "War-room overview"),
        on_wall=True,
    )
    rooms = DepartmentRooms(overview, campaign)
    for department in rooms.departments():
        window.add_view(
            room_key(department.code),
            rooms.factory(department),
            _room_title(department),
            on_wall=department.is_core_unit,
        )
    return OverviewViews(page, rooms)


def _room_title(department: Department) -> Callable[[], str]:
    return lambda: localized(department.name_zh, department.name_en)
