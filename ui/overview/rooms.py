"""Typed seams through which other features add to the overview page and the rooms.

A feature registers a *contributor*, a function that adds its part to a page (the plan
adds a unit's checklist to its room, metrics adds live charts). Contributors apply to every
page built later and, at once, to pages already built, so neither the order in which
features install nor the moment a page is built (on first visit, later) matters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from controllers.campaign_controller import CampaignController
from controllers.overview.overview_controller import OverviewController
from models.records import Department
from ui.overview.department_panel import DepartmentPanel
from ui.overview.overview_panel import OverviewPanel

PageT = TypeVar("PageT", bound=QWidget)
RoomContributor = Callable[[DepartmentPanel, Department], None]
OverviewContributor = Callable[[OverviewPanel], None]


class _ContributedPages(Generic[PageT]):
    """Pages of one kind that were built, and the contributors applied to each of them."""

    def __init__(self) -> None:
        self._contributors: list[Callable[[PageT], None]] = []
        self._pages: list[PageT] = []

    def _contribute(self, contributor: Callable[[PageT], None]) -> None:
        self._contributors.append(contributor)
        for page in self._pages:
            contributor(page)

    def _adopt(self, page: PageT) -> PageT:
        self._pages.append(page)
        for contributor in self._contributors:
            contributor(page)
        return page


class OverviewPage(_ContributedPages[OverviewPanel]):
    """Builds the war-room overview page; other features add charts through contributors."""

    def __init__(
        self,
        overview: OverviewController,
        campaign: CampaignController,
        open_room: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._overview = overview
        self._campaign = campaign
        self._open_room = open_room

    def build(self) -> OverviewPanel:
        """The page factory: a new overview panel whose department strips open their room."""
        panel = OverviewPanel(self._overview, self._campaign)
        panel.department_requested.connect(self._open_room)
        return self._adopt(panel)

    def add_contributor(self, contributor: OverviewContributor) -> None:
        """Call ``contributor(panel)`` on the overview panel, now or once it is built."""
        self._contribute(contributor)


class DepartmentRooms(_ContributedPages[DepartmentPanel]):
    """Builds each department's room; features add their parts with room contributors."""

    def __init__(self, overview: OverviewController, campaign: CampaignController) -> None:
        super().__init__()
        self._overview = overview
        self._campaign = campaign

    def departments(self) -> list[Department]:
        """The departments that get a room, in navigation order."""
        return self._campaign.departments()

    def build(self, department: Department) -> DepartmentPanel:
        """A new room for ``department``, with every contributor's part added."""
        return self._adopt(DepartmentPanel(department, self._overview, self._campaign))

    def factory(self, department: Department) -> Callable[[], DepartmentPanel]:
        """The zero-argument page factory of ``department``'s room."""
        return lambda: self.build(department)

    def add_contributor(self, contributor: RoomContributor) -> None:
        """Call ``contributor(panel, department)`` on every room, built now or later."""
        self._contribute(lambda panel: contributor(panel, panel.department))

    def room(self, code: str) -> DepartmentPanel | None:
        """The room of the department with ``code``, if it was built."""
        return next((p for p in self._pages if p.department.code == code), None)
