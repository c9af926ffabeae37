"""Puts the plan views into the window: checklist, gates, timeline, daily board, and each
unit's own checklist in its department room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controllers.plan.board_controller import BoardController
from controllers.plan.plan_controller import PlanController
from models.records import Actor, Department

if TYPE_CHECKING:
    # The pages are imported by their factories: start-up shows none of them.
    from ui.overview.department_panel import DepartmentPanel
    from ui.overview.rooms import DepartmentRooms
    from ui.plan.checklist_panel import ChecklistPanel
    from ui.plan.gates_panel import GatesPanel
    from ui.plan.progress_board import ProgressBoard
    from ui.plan.timeline_view import TimelineView
    from ui.shell.main_window import MainWindow

CHECKLIST_KEY = "checklist"
GATES_KEY = "gates"
TIMELINE_KEY = "timeline"
BOARD_KEY = "board"
PAGE_KEYS = (CHECKLIST_KEY, GATES_KEY, TIMELINE_KEY, BOARD_KEY)


class PlanPages:
    """Makes each plan page with one factory and keeps the checklist and the timeline
    showing the same selected task, whichever of the two is built first."""

    def __init__(self, plan: PlanController, board: BoardController, actor: Actor) -> None:
        self._plan = plan
        self._board = board
        self._actor = actor
        self._checklist: ChecklistPanel | None = None
        self._timeline: TimelineView | None = None
        self._selected_task: int | None = None

    def make_checklist(self) -> ChecklistPanel:
        """The campaign's whole checklist."""
        from ui.plan.checklist_panel import ChecklistPanel

        self._checklist = ChecklistPanel(self._plan, self._actor)
        self._link_selection()
        return self._checklist

    def make_gates(self) -> GatesPanel:
        """Milestone gates and their sign-off."""
        from ui.plan.gates_panel import GatesPanel

        return GatesPanel(self._plan, self._actor)

    def make_timeline(self) -> TimelineView:
        """The timeline of tasks and milestones."""
        from ui.plan.timeline_view import TimelineView

        self._timeline = TimelineView(self._plan, self._actor)
        self._link_selection()
        return self._timeline

    def make_board(self) -> ProgressBoard:
        """The daily progress board."""
        from ui.plan.progress_board import ProgressBoard

        return ProgressBoard(self._plan, self._board)

    def add_unit_checklist(self, room: DepartmentPanel, department: Department) -> None:
        """Room contributor: the unit's editable checklist, locked to its department."""
        from ui.plan.checklist_panel import ChecklistPanel

        checklist = ChecklistPanel(self._plan, self._actor)
        checklist.lock_department(department.id or 0)
        room.set_checklist(checklist)

    def _link_selection(self) -> None:
        built = [page for page in (self._checklist, self._timeline) if page is not None]
        page = built[-1]  # the one just made
        page.task_selected.connect(self._remember_selection)
        if self._selected_task is not None:
            page.select_task(self._selected_task)  # a page built later shows the selection
        if len(built) == 2 and self._checklist is not None and self._timeline is not None:
            self._timeline.task_selected.connect(self._checklist.select_task)
            self._checklist.task_selected.connect(self._timeline.select_task)

    def _remember_selection(self, task_id: int) -> None:
        self._selected_task = task_id


def install(
    window: MainWindow,
    plan: PlanController,
    board: BoardController,
    rooms: DepartmentRooms,
    actor: Actor,
) -> PlanPages:
    """Add the plan pages to ``window`` and a checklist to every department room."""
    pages = PlanPages(plan, board, actor)
    window.add_view(
        CHECKLIST_KEY,
        pages.make_checklist,
        lambda: QCoreApplication.translate("MainWindow", "Checklist"),
    )
    window.add_view(
        GATES_KEY,
        pages.make_gates,
        lambda: QCoreApplication.translate("MainWindow", "Gates and sign-off"),
    )
    window.add_view(
        TIMELINE_KEY,
        pages.make_timeline,
        lambda: QCoreApplication.translate("MainWindow", "Timeline"),
    )
    rooms.add_contributor(pages.add_unit_checklist)
    window.add_view(
        BOARD_KEY,
        pages.make_board,
        lambda: QCoreApplication.translate("MainWindow", "Daily progress board"),
        on_wall=True,
    )
    return pages
