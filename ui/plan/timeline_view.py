"""The campaign timeline: phases as bands, gates and milestones as diamonds, tasks as bars.

The page owns a ``TimelineScene`` (timeline_scene.py: the drawing, grouped by unit, with
dependency arrows, a today line and a D-day line) and a ``TimelineCanvas`` viewing it. Zoom
re-lays the scene out at a new day width (text stays crisp); pan by dragging or with the
arrow keys. Clicking a bar selects the task.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.plan.plan_controller import PlanController
from models.records import Actor, TaskStatus
from models.tables.labels import localized, task_status_label
from models.tables.task_table_model import STATUS_COLORS
from ui.common.formatting import format_date
from ui.common.palette_entry import PaletteEntry
from ui.common.refresh_when_shown import RefreshWhenShown
from ui.plan.milestone_dialog import MilestoneDialog, delete_milestone
from ui.plan.schedule_dialog import ScheduleDialog
from ui.plan.timeline_scene import GUTTER, MILESTONE_ROLE, TimelineScene
from ui.shell.theme import Theme

MIN_DAY, MAX_DAY = 4.0, 120.0


class TimelineCanvas(QGraphicsView):
    """The view on the timeline scene; keyboard: +/- zoom, 0 fits everything, T jumps to
    today, arrows pan.

    Signals:
        milestone_activated(int milestone_id): a milestone's diamond was double-clicked.
        menu_requested(object milestone_id, object day, QPoint position): a right-click on
            the milestone under the mouse (or None) and the day there, at a global position.
    """

    milestone_activated = Signal(int)
    menu_requested = Signal(object, object, QPoint)

    def __init__(self, timeline: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(timeline, parent)
        self.setObjectName("timeline_canvas")
        self._timeline = timeline
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fitted = False

    def relayout(self) -> None:
        """Have the scene lay itself out again, keeping the scrolled-to place."""
        scroll = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        self._timeline.rebuild()
        self.horizontalScrollBar().setValue(scroll[0])
        self.verticalScrollBar().setValue(scroll[1])

    # -- zoom and pan ------------------------------------------------------------------------

    @property
    def day_width(self) -> float:
        """Pixels per day (the zoom; the scene is laid out at it)."""
        return self._timeline.day_width

    def set_day_width(self, width: float, anchor_x: float | None = None) -> None:
        """Zoom around ``anchor_x`` (view pixels; the centre when None)."""
        width = max(MIN_DAY, min(MAX_DAY, width))
        if abs(width - self.day_width) < 0.01:
            return
        view_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day_float = (self.mapToScene(int(view_x), 0).x() - GUTTER) / self.day_width
        self._timeline.day_width = width
        self.relayout()
        target = GUTTER + day_float * width
        self.horizontalScrollBar().setValue(round(target - view_x))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
            self.set_day_width(self.day_width * factor, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        for item in self.items(event.position().toPoint()):
            milestone_id = item.data(MILESTONE_ROLE)
            if milestone_id is not None:
                self.milestone_activated.emit(int(milestone_id))
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        milestone_id = None
        for item in self.items(event.pos()):
            if item.data(MILESTONE_ROLE) is not None:
                milestone_id = int(item.data(MILESTONE_ROLE))
                break
        day = self._timeline.day_at(self.mapToScene(event.pos()).x())
        self.menu_requested.emit(milestone_id, day, event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_day_width(self.day_width * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_day_width(self.day_width / 1.25)
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key == Qt.Key.Key_T:
            self.centre_on(self._timeline.today)
        else:
            super().keyPressEvent(event)

    def fit_all(self) -> None:
        """Zoom so that the whole campaign fits the width."""
        days = max((self._timeline.sceneRect().width() - GUTTER) / self.day_width, 1)
        # Leave room right of D-day for the last bars' labels.
        self.set_day_width((self.viewport().width() - GUTTER - 170) / days)

    def fit_all_once(self) -> None:
        """Fit everything the first time only (the first show); later zooms are the user's."""
        if not self._fitted:
            self._fitted = True
            self.fit_all()

    def centre_on(self, day: date) -> None:
        """Scroll ``day`` to the middle."""
        x = self._timeline.x_of(day)
        self.horizontalScrollBar().setValue(round(x - self.viewport().width() / 2))

    def select_task(self, task_id: int) -> bool:
        """Highlight a task's bar and scroll it into view; False when it has no bar."""
        bar = self._timeline.select_task(task_id)
        if bar is None:
            return False
        self.ensureVisible(bar, 80, 60)
        return True


class TimelineView(QWidget):
    """Toolbar + canvas on the timeline scene; re-laid out from the plan when it changes.

    Parts: ``scene`` (a ``TimelineScene``, the drawing) and ``canvas`` (a ``TimelineCanvas``
    viewing it).

    Signals:
        task_selected(int task_id): the user clicked a task bar.
    """

    task_selected = Signal(int)

    def __init__(self, plan: PlanController, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._plan = plan
        self._actor = actor
        self._build()
        self.retranslate()
        self._refresher = RefreshWhenShown(self, self.retranslate)
        self._coalesce = QTimer(self, singleShot=True, interval=80)
        self._coalesce.timeout.connect(self._refresher.refresh_when_visible)
        plan.tasks_changed.connect(self._on_plan_changed)
        plan.milestones_changed.connect(self._on_plan_changed)
        plan.campaign.campaign_changed.connect(self._coalesce.start)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_out_button = QPushButton("−", self)
        self.fit_button = QPushButton(self)
        self.today_button = QPushButton(self)
        self.reschedule_button = QPushButton(self)
        self.reschedule_button.setObjectName("reschedule")
        self.reschedule_button.clicked.connect(self._on_reschedule_clicked)
        self.new_milestone_button = QPushButton(self)
        self.new_milestone_button.setObjectName("new_milestone")
        self.new_milestone_button.clicked.connect(self._on_new_milestone_clicked)
        self.new_milestone_action = QAction(self)
        self.new_milestone_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.new_milestone_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_milestone_action.triggered.connect(self._on_new_milestone_clicked)
        self.addAction(self.new_milestone_action)
        # Adding and deleting milestones is the commander's: others do not see the button.
        may_manage = self._plan.milestones.can_manage(self._actor)
        self.new_milestone_button.setVisible(may_manage)
        self.new_milestone_action.setEnabled(may_manage)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("timeline_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {Theme.colors.critical};")
        self.legend_label = QLabel(self)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("timeline_selection")
        self.scene = TimelineScene(self._plan, self)
        self.canvas = TimelineCanvas(self.scene, self)
        self.zoom_in_button.clicked.connect(
            lambda: self.canvas.set_day_width(self.canvas.day_width * 1.25)
        )
        self.zoom_out_button.clicked.connect(
            lambda: self.canvas.set_day_width(self.canvas.day_width / 1.25)
        )
        self.fit_button.clicked.connect(self.canvas.fit_all)
        self.today_button.clicked.connect(lambda: self.canvas.centre_on(self._plan.today()))
        for widget in (
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
            self.today_button,
            self.reschedule_button,
            self.new_milestone_button,
        ):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.legend_label, 1)
        root.addLayout(bar)
        root.addWidget(self.canvas, 1)
        root.addWidget(self.selection_label)
        root.addWidget(self.message_label)
        self.scene.task_selected.connect(self._on_task_clicked)
        self.canvas.milestone_activated.connect(self.open_schedule_dialog)
        self.canvas.menu_requested.connect(self._on_menu_requested)

    def retranslate(self) -> None:
        """Name everything in the UI language and lay the drawing out again."""
        self.fit_button.setText(self.tr("Fit (0)"))
        self.today_button.setText(self.tr("Today (T)"))
        self.reschedule_button.setText(self.tr("Move D-day / phase / milestone…"))
        self.new_milestone_button.setText(self.tr("+ Milestone…"))
        self.new_milestone_button.setToolTip(
            self.tr("Add a milestone or gate (Insert; or right-click a day)")
        )
        self.new_milestone_action.setText(self.tr("New milestone on the timeline"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+, Ctrl+wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−, Ctrl+wheel)"))
        swatches = " ".join(
            f"<span style='color:{STATUS_COLORS[s].name()}'>■</span> {task_status_label(s)}"
            for s in (
                TaskStatus.NOT_STARTED,
                TaskStatus.IN_PROGRESS,
                TaskStatus.DONE,
                TaskStatus.DELAYED,
            )
        )
        self.legend_label.setText(
            swatches
            + "&nbsp;&nbsp;"
            + self.tr("◆ gate (green: signed) · ◇ milestone · → waits for · drag to pan")
        )
        self.selection_label.setText(self.tr("Click a bar to select a task."))
        self.rebuild()

    def palette_entries(self) -> list[PaletteEntry]:
        """A new milestone, for the command palette (the action names itself)."""
        return [PaletteEntry(self.new_milestone_action)]

    @Slot()
    def rebuild(self) -> None:
        """Lay the drawing out again from the plan, where the user had scrolled to."""
        self.canvas.relayout()

    @Slot(list, list, list)
    def _on_plan_changed(self, *_ids: list) -> None:
        self._coalesce.start()

    @Slot()
    def _on_reschedule_clicked(self) -> None:
        self.open_schedule_dialog()

    @Slot(int)
    def open_schedule_dialog(self, milestone_id: int | None = None) -> ScheduleDialog:
        """The reschedule dialog (window-modal), on a milestone when one was double-clicked."""
        dialog = ScheduleDialog(self._plan, self._actor, self, milestone_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _on_new_milestone_clicked(self) -> None:
        self.open_milestone_dialog(self._plan.today())

    def open_milestone_dialog(self, day: date) -> MilestoneDialog:
        """The new-milestone form on ``day`` (window-modal; one undo step when added)."""
        dialog = MilestoneDialog(self._plan, self._actor, self, day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def context_menu(self, milestone_id: int | None, day: date) -> QMenu:
        """Right-click: move or delete the milestone under the mouse, or add one on ``day``."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        may_manage = self._plan.milestones.can_manage(self._actor)
        if milestone_id is not None:
            move = menu.addAction(self.tr("Move date…"))
            move.triggered.connect(lambda: self.open_schedule_dialog(milestone_id))
            delete = menu.addAction(self.tr("Delete milestone…"))
            delete.setEnabled(may_manage)
            delete.triggered.connect(lambda: self.delete_milestone(milestone_id))
            menu.addSeparator()
        new = menu.addAction(self.tr("New milestone on %1…").replace("%1", format_date(day)))
        new.setEnabled(may_manage)
        new.triggered.connect(lambda: self.open_milestone_dialog(day))
        return menu

    @Slot(object, object, QPoint)
    def _on_menu_requested(self, milestone_id: int | None, day: date, position: QPoint) -> None:
        self.context_menu(milestone_id, day).popup(position)

    def delete_milestone(self, milestone_id: int) -> None:
        """Delete a milestone after a confirmation; a refusal shows under the timeline."""
        self.message_label.setText(delete_milestone(self, self._plan, self._actor, milestone_id))

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.canvas.fit_all_once()  # first show: the whole campaign at a glance

    @Slot(int)
    def _on_task_clicked(self, task_id: int) -> None:
        self._describe(task_id)
        self.task_selected.emit(task_id)

    def _describe(self, task_id: int) -> None:
        task = self._plan.task(task_id)
        self.selection_label.setText(
            f"{localized(task.title_zh, task.title_en)} · {task_status_label(task.status)} · "
            f"{task.progress}% · {format_date(task.planned_start)} → {format_date(task.due_date)}"
        )

    @Slot(int)
    def select_task(self, task_id: int) -> None:
        """Follow the checklist's selection (its bar is highlighted, without echoing back)."""
        if self.canvas.select_task(task_id):
            self._describe(task_id)
