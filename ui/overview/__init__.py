"""The war-room overview and the department rooms, with their KPI tiles and strips.

``install`` puts them into the window and returns the seams other features add to.
"""

from ui.overview.rooms import DepartmentRooms, OverviewPage
from ui.overview.wiring import (
    OVERVIEW_KEY,
    PAGE_KEYS,
    ROOM_KEY_PREFIX,
    OverviewViews,
    install,
    room_key,
)

__all__ = [
    "OVERVIEW_KEY",
    "PAGE_KEYS",
    "ROOM_KEY_PREFIX",
    "DepartmentRooms",
    "OverviewPage",
    "OverviewViews",
    "install",
    "room_key",
]
