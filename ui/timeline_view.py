"""The campaign timeline: phases as bands, gates and milestones as diamonds, tasks as bars.

Drawn on a QGraphicsScene, grouped by unit, with dependency arrows, a today line and a
D-day line. Zoom re-lays the scene out at a new day width (text stays crisp); pan by
dragging or with the arrow keys. Clicking a bar selects the task.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.plan_controller import PlanController
from models.records import Actor, Milestone, Task, TaskStatus
from models.tables.labels import localized, task_status_label
from models.tables.task_table_model import STATUS_COLORS
from ui.formatting import format_date
from ui.refresh_when_shown import RefreshWhenShown
from ui.schedule_dialog import ScheduleDialog
from ui.theme import Theme

ROW = 22
BAR = 14
HEADER = 46
GUTTER = 150
MIN_DAY, MAX_DAY, DEFAULT_DAY = 4.0, 120.0, 22.0
TASK_ROLE = 0  # QGraphicsItem data key holding the task id
MILESTONE_ROLE = 1  # ... and the milestone id of a diamond


class TimelineCanvas(QGraphicsView):
    """The drawing; keyboard: +/- zoom, 0 fits everything, T jumps to today, arrows pan."""

    task_clicked = Signal(int)
    milestone_activated = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_canvas")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.day_width = DEFAULT_DAY
        self.first_day = date.today()
        self.today = date.today()
        self._fitted = False
        self._following = False  # selecting on the checklist's behalf: do not echo it back
        self.bars: dict[int, QGraphicsRectItem] = {}
        self.scene().selectionChanged.connect(self._on_selection_changed)

    def x_of(self, day: date) -> float:
        return GUTTER + (day - self.first_day).days * self.day_width

    def day_at(self, x: float) -> date:
        return self.first_day + timedelta(days=round((x - GUTTER) / self.day_width))

    # -- zoom and pan ------------------------------------------------------------------------

    def set_day_width(self, width: float, anchor_x: float | None = None) -> None:
        """Zoom around ``anchor_x`` (view pixels; the centre when None)."""
        width = max(MIN_DAY, min(MAX_DAY, width))
        if abs(width - self.day_width) < 0.01:
            return
        view_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day_float = (self.mapToScene(int(view_x), 0).x() - GUTTER) / self.day_width
        self.day_width = width
        self.zoom_changed.emit(width)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_day_width(self.day_width * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_day_width(self.day_width / 1.25)
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key == Qt.Key.Key_T:
            self.centre_on(self.today)
        else:
            super().keyPressEvent(event)

    def fit_all(self) -> None:
        days = max((self.scene().sceneRect().width() - GUTTER) / self.day_width, 1)
        # Leave room right of D-day for the last bars' labels.
        self.set_day_width((self.viewport().width() - GUTTER - 170) / days)

    def centre_on(self, day: date) -> None:
        self.horizontalScrollBar().setValue(round(self.x_of(day) - self.viewport().width() / 2))

    @Slot()
    def _on_selection_changed(self) -> None:
        if self._following:
            return
        for item in self.scene().selectedItems():
            task_id = item.data(TASK_ROLE)
            if task_id is not None:
                self.task_clicked.emit(int(task_id))
                return

    def select_task(self, task_id: int) -> bool:
        """Highlight a task's bar and scroll it into view; False when it has no bar."""
        bar = self.bars.get(task_id)
        if bar is None:
            return False
        self._following = True
        try:
            self.scene().clearSelection()
            bar.setSelected(True)
        finally:
            self._following = False
        self.ensureVisible(bar, 80, 60)
        return True


class TimelineView(RefreshWhenShown, QWidget):
    """Toolbar + canvas; rebuilt from the plan when it changes.

    Signals:
        task_selected(int task_id): the user clicked a task bar.
    """

    task_selected = Signal(int)

    def __init__(self, plan: PlanController, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._plan = plan
        self._actor = actor
        self._coalesce = QTimer(self, singleShot=True, interval=80)
        self._coalesce.timeout.connect(self.refresh_when_visible)
        self._build()
        self.retranslate()
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
        self.legend_label = QLabel(self)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("timeline_selection")
        self.canvas = TimelineCanvas(self)
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
        ):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.legend_label, 1)
        root.addLayout(bar)
        root.addWidget(self.canvas, 1)
        root.addWidget(self.selection_label)
        self.canvas.zoom_changed.connect(self._on_zoom_changed)
        self.canvas.task_clicked.connect(self._on_task_clicked)
        self.canvas.milestone_activated.connect(self.open_schedule_dialog)

    def refresh_all(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Fit (0)"))
        self.today_button.setText(self.tr("Today (T)"))
        self.reschedule_button.setText(self.tr("Move D-day / phase / milestone…"))
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

    @Slot(float)
    def _on_zoom_changed(self, _width: float) -> None:
        self.rebuild()

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self.canvas._fitted:  # first show: the whole campaign at a glance
            self.canvas._fitted = True
            self.canvas.fit_all()

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

    # -- drawing -------------------------------------------------------------------------

    @Slot()
    def rebuild(self) -> None:
        """Lay out the whole scene at the current zoom (a few hundred items: cheap)."""
        canvas = self.canvas
        scroll = (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value())
        selected = [i.data(TASK_ROLE) for i in canvas.scene().selectedItems()]
        scene = canvas.scene()
        scene.blockSignals(True)
        scene.clear()
        canvas.bars = {}
        phases = self._plan.campaign.phases()
        dday = self._plan.dday()
        first = min([p.start_date for p in phases] + [dday]) - timedelta(days=3)
        last = max([p.end_date for p in phases] + [dday]) + timedelta(days=3)
        canvas.first_day = first
        canvas.today = self._plan.today()
        tasks = self._plan.tasks()
        milestones = self._plan.milestones()
        rows_y, height = self._layout_rows(tasks, milestones)
        width = canvas.x_of(last)
        self._draw_phases(scene, phases, height)
        self._draw_axis(scene, first, last, height)
        self._draw_groups(scene, rows_y, tasks, milestones, width)
        self._draw_arrows(scene)
        self._draw_line(scene, self._plan.today(), height, Theme.colors.accent, self.tr("Today"))
        self._draw_line(scene, dday, height, Theme.colors.critical, self.tr("D-day"))
        scene.setSceneRect(QRectF(0, 0, width + 20, height + 10))
        scene.blockSignals(False)
        for task_id in selected:
            if task_id in canvas.bars:
                canvas.bars[task_id].setSelected(True)
        canvas.horizontalScrollBar().setValue(scroll[0])
        canvas.verticalScrollBar().setValue(scroll[1])

    def _layout_rows(self, tasks: list[Task], milestones: list[Milestone]):
        """y of every unit's milestone row and task rows, in unit order."""
        y = HEADER + 6
        layout = []
        for department in self._plan.campaign.departments():
            own = sorted((t for t in tasks if t.department_id == department.id),
                         key=lambda t: (t.planned_start, t.due_date))  # fmt: skip
            own_milestones = [m for m in milestones if m.department_id == department.id]
            if not own and not own_milestones:
                continue
            layout.append((department, y, own, own_milestones))
            y += ROW * (len(own) + 1) + 10
        return layout, y

    def _draw_phases(self, scene: QGraphicsScene, phases, height: float) -> None:
        canvas = self.canvas
        shades = ("#1A2440", "#14203A", "#1E1B3A")
        for i, phase in enumerate(phases):
            left = canvas.x_of(phase.start_date)
            right = canvas.x_of(phase.end_date + timedelta(days=1))
            band = scene.addRect(QRectF(left, 0, right - left, height), QPen(Qt.PenStyle.NoPen),
                                 QBrush(QColor(shades[i % len(shades)])))  # fmt: skip
            band.setZValue(-10)
            label = scene.addSimpleText(localized(phase.name_zh, phase.name_en), _font(10, True))
            label.setBrush(QColor(Theme.colors.text))
            label.setPos(left + 6, 4)

    def _draw_axis(self, scene: QGraphicsScene, first: date, last: date, height: float) -> None:
        canvas = self.canvas
        step = 1 if canvas.day_width >= 40 else 7 if canvas.day_width >= 9 else 14
        day = first
        muted = QColor(Theme.colors.muted)
        grid = QPen(QColor(Theme.colors.grid), 1, Qt.PenStyle.DotLine)
        while day <= last:
            if (day - first).days % step == 0:
                x = canvas.x_of(day)
                scene.addLine(x, HEADER - 4, x, height, grid).setZValue(-5)
                text = scene.addSimpleText(f"{day.month}/{day.day}", _font(8))
                text.setBrush(muted)
                text.setPos(x + 2, HEADER - 20)
            day += timedelta(days=1)

    def _draw_groups(self, scene, layout, tasks, milestones, width: float) -> None:
        canvas = self.canvas
        colors = Theme.colors
        blocked = self._plan.blockers()
        for department, y, own, own_milestones in layout:
            scene.addLine(0, y - 5, width, y - 5, QPen(QColor(colors.grid), 1))
            name = scene.addSimpleText(
                localized(department.name_zh, department.name_en), _font(10, True)
            )
            name.setBrush(QColor(department.color))
            name.setPos(8, y)
            for milestone in own_milestones:
                self._draw_diamond(scene, milestone, y + ROW / 2)
            for row, task in enumerate(own, start=1):
                top = y + row * ROW + (ROW - BAR) / 2
                left = canvas.x_of(task.planned_start)
                right = canvas.x_of(task.due_date + timedelta(days=1))
                bar = _TaskBar(
                    QRectF(left, top, max(right - left, 3), BAR), task, (task.id or 0) in blocked
                )
                bar.setToolTip(self._tooltip(task))
                scene.addItem(bar)
                canvas.bars[task.id or 0] = bar
                if canvas.day_width >= 9:
                    label = scene.addSimpleText(localized(task.title_zh, task.title_en), _font(8))
                    label.setBrush(QColor(colors.text))
                    label.setPos(right + 4, top - 1)
                    label.setZValue(1)

    def _draw_diamond(self, scene: QGraphicsScene, milestone: Milestone, centre_y: float) -> None:
        x = self.canvas.x_of(milestone.due_date) + self.canvas.day_width / 2
        size = 8 if milestone.is_gate else 6
        shape = QPolygonF([QPointF(x, centre_y - size), QPointF(x + size, centre_y),
                           QPointF(x, centre_y + size), QPointF(x - size, centre_y)])  # fmt: skip
        colors = Theme.colors
        if milestone.is_gate:
            fill = colors.ok if milestone.signed_off_at else colors.warning
            item = scene.addPolygon(shape, QPen(QColor(colors.text), 1), QBrush(QColor(fill)))
        else:
            item = scene.addPolygon(
                shape, QPen(QColor(colors.accent), 1.5), QBrush(Qt.BrushStyle.NoBrush)
            )
        item.setZValue(3)
        item.setData(MILESTONE_ROLE, milestone.id)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        item.setToolTip(
            f"{localized(milestone.name_zh, milestone.name_en)} · {format_date(milestone.due_date)}"
            + "\n"
            + self.tr("Double-click to move its date")
        )
        label = scene.addSimpleText(localized(milestone.name_zh, milestone.name_en), _font(8))
        label.setBrush(QColor(colors.muted))
        label.setPos(x + size + 3, centre_y - 7)

    def _draw_arrows(self, scene: QGraphicsScene) -> None:
        bars = self.canvas.bars
        pen = QPen(QColor(Theme.colors.muted), 1.2)
        for task_id, before in self._plan.dependencies():
            if task_id not in bars or before not in bars:
                continue
            start = bars[before].rect()
            end = bars[task_id].rect()
            a = QPointF(start.right(), start.center().y())
            b = QPointF(end.left(), end.center().y())
            path = QPainterPath(a)
            bend = max(10.0, (b.x() - a.x()) / 2)
            path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b)
            item = scene.addPath(path, pen)
            item.setZValue(2)
            head = QPolygonF([b, b + QPointF(-6, -3.5), b + QPointF(-6, 3.5)])
            scene.addPolygon(head, pen, QBrush(pen.color())).setZValue(2)

    def _draw_line(
        self, scene: QGraphicsScene, day: date, height: float, color: str, text: str
    ) -> None:
        x = self.canvas.x_of(day)
        line = scene.addLine(x, HEADER - 6, x, height, QPen(QColor(color), 2))
        line.setZValue(4)
        label = scene.addSimpleText(text, _font(9, True))
        label.setBrush(QColor(color))
        # Today sits left of its line and D-day right of it: they are often a day apart.
        left_side = day < self._plan.dday()
        width = label.boundingRect().width()
        label.setPos(x - width - 4 if left_side else x + 4, HEADER - 36)
        label.setZValue(4)

    def _tooltip(self, task: Task) -> str:
        return (
            f"{localized(task.title_zh, task.title_en)}\n{task_status_label(task.status)} · "
            f"{task.progress}%\n{format_date(task.planned_start)} → {format_date(task.due_date)}"
        )


class _TaskBar(QGraphicsRectItem):
    """A task bar: status colour, progress as a darker fill, hatched outline when blocked."""

    def __init__(self, rect: QRectF, task: Task, blocked: bool) -> None:
        super().__init__(rect)
        self.setData(TASK_ROLE, task.id)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)
        self._task = task
        self._blocked = blocked

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.rect()
        color = QColor(STATUS_COLORS[self._task.status])
        faded = QColor(color)
        faded.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faded)
        painter.drawRoundedRect(rect, 3, 3)
        done = QRectF(rect)
        done.setWidth(rect.width() * self._task.progress / 100)
        painter.setBrush(color)
        painter.drawRoundedRect(done, 3, 3)
        if self._blocked:
            painter.setBrush(QBrush(QColor("#B18CFF"), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(QColor("#B18CFF"), 1.5))
            painter.drawRoundedRect(rect, 3, 3)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(Theme.colors.text), 2))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
