"""The campaign timeline's scene: phase bands, date axis, unit groups, task bars, gate and
milestone diamonds, dependency arrows and the today / D-day lines.

The scene owns the geometry (the day width and the first day drawn) and the task bars; the
views on it zoom by setting a new day width. The geometry constants are shared with them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from controllers.plan.plan_controller import PlanController
from models.records import Milestone, Task
from models.tables.labels import localized, task_status_label
from models.tables.task_table_model import STATUS_COLORS
from ui.common.formatting import format_date
from ui.shell.theme import Theme

ROW = 22
BAR = 14
HEADER = 46
GUTTER = 150
TASK_ROLE = 0  # QGraphicsItem data key holding the task id
MILESTONE_ROLE = 1  # ... and the milestone id of a diamond
DEFAULT_DAY = 22.0


class TimelineScene(QGraphicsScene):
    """The plan drawn at ``day_width`` pixels a day; selecting a bar selects its task.

    Signals:
        task_selected(int task_id): the user selected a task's bar.
    """

    task_selected = Signal(int)

    def __init__(self, plan: PlanController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.day_width = DEFAULT_DAY
        self.first_day = date.today()
        self.today = date.today()
        self.bars: dict[int, QGraphicsRectItem] = {}
        self._following = False  # selecting on the checklist's behalf: do not echo it back
        self.selectionChanged.connect(self._on_selection_changed)

    def x_of(self, day: date) -> float:
        """Scene x of the start of ``day``."""
        return GUTTER + (day - self.first_day).days * self.day_width

    def day_at(self, x: float) -> date:
        """The day drawn at scene x (the nearest day start)."""
        return self.first_day + timedelta(days=round((x - GUTTER) / self.day_width))

    def select_task(self, task_id: int) -> QGraphicsRectItem | None:
        """Highlight only this task's bar, without announcing it; None when it has no bar."""
        bar = self.bars.get(task_id)
        if bar is None:
            return None
        self._following = True
        try:
            self.clearSelection()
            bar.setSelected(True)
        finally:
            self._following = False
        return bar

    @Slot()
    def _on_selection_changed(self) -> None:
        if self._following:
            return
        for item in self.selectedItems():
            task_id = item.data(TASK_ROLE)
            if task_id is not None:
                self.task_selected.emit(int(task_id))
                return

    @Slot()
    def rebuild(self) -> None:
        """Lay out the whole scene at the current zoom (a few hundred items: cheap)."""
        selected = [i.data(TASK_ROLE) for i in self.selectedItems()]
        self.blockSignals(True)
        self.clear()
        self.bars = {}
        phases = self._plan.campaign.phases()
        dday = self._plan.dday()
        first = min([p.start_date for p in phases] + [dday]) - timedelta(days=3)
        last = max([p.end_date for p in phases] + [dday]) + timedelta(days=3)
        self.first_day = first
        self.today = self._plan.today()
        tasks = self._plan.tasks()
        milestones = self._plan.milestones.all()
        rows_y, height = self._layout_rows(tasks, milestones)
        width = self.x_of(last)
        self._draw_phases(phases, height)
        self._draw_axis(first, last, height)
        self._draw_groups(rows_y, width)
        self._draw_arrows()
        self._draw_line(self._plan.today(), height, Theme.colors.accent, self.tr("Today"))
        self._draw_line(dday, height, Theme.colors.critical, self.tr("D-day"))
        self.setSceneRect(QRectF(0, 0, width + 20, height + 10))
        self.blockSignals(False)
        for task_id in selected:
            if task_id in self.bars:
                self.bars[task_id].setSelected(True)

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

    def _draw_phases(self, phases, height: float) -> None:
        shades = ("#1A2440", "#14203A", "#1E1B3A")
        for i, phase in enumerate(phases):
            left = self.x_of(phase.start_date)
            right = self.x_of(phase.end_date + timedelta(days=1))
            band = self.addRect(QRectF(left, 0, right - left, height), QPen(Qt.PenStyle.NoPen),
                                 QBrush(QColor(shades[i % len(shades)])))  # fmt: skip
            band.setZValue(-10)
            label = self.addSimpleText(
                localized(phase.name_zh, phase.name_en), _font(10, bold=True)
            )
            label.setBrush(QColor(Theme.colors.text))
            label.setPos(left + 6, 4)

    def _draw_axis(self, first: date, last: date, height: float) -> None:
        step = 1 if self.day_width >= 40 else 7 if self.day_width >= 9 else 14
        day = first
        muted = QColor(Theme.colors.muted)
        grid = QPen(QColor(Theme.colors.grid), 1, Qt.PenStyle.DotLine)
        while day <= last:
            if (day - first).days % step == 0:
                x = self.x_of(day)
                self.addLine(x, HEADER - 4, x, height, grid).setZValue(-5)
                text = self.addSimpleText(f"{day.month}/{day.day}", _font(8))
                text.setBrush(muted)
                text.setPos(x + 2, HEADER - 20)
            day += timedelta(days=1)

    def _draw_groups(self, layout, width: float) -> None:
        colors = Theme.colors
        blocked = self._plan.blockers()
        for department, y, own, own_milestones in layout:
            self.addLine(0, y - 5, width, y - 5, QPen(QColor(colors.grid), 1))
            name = self.addSimpleText(
                localized(department.name_zh, department.name_en), _font(10, bold=True)
            )
            name.setBrush(QColor(department.color))
            name.setPos(8, y)
            for milestone in own_milestones:
                self._draw_diamond(milestone, y + ROW / 2)
            for row, task in enumerate(own, start=1):
                top = y + row * ROW + (ROW - BAR) / 2
                left = self.x_of(task.planned_start)
                right = self.x_of(task.due_date + timedelta(days=1))
                bar = _TaskBar(
                    QRectF(left, top, max(right - left, 3), BAR), task,
                    blocked=(task.id or 0) in blocked,
                )  # fmt: skip
                bar.setToolTip(self._tooltip(task))
                self.addItem(bar)
                self.bars[task.id or 0] = bar
                if self.day_width >= 9:
                    label = self.addSimpleText(localized(task.title_zh, task.title_en), _font(8))
                    label.setBrush(QColor(colors.text))
                    label.setPos(right + 4, top - 1)
                    label.setZValue(1)

    def _draw_diamond(self, milestone: Milestone, centre_y: float) -> None:
        x = self.x_of(milestone.due_date) + self.day_width / 2
        size = 8 if milestone.is_gate else 6
        shape = QPolygonF([QPointF(x, centre_y - size), QPointF(x + size, centre_y),
                           QPointF(x, centre_y + size), QPointF(x - size, centre_y)])  # fmt: skip
        colors = Theme.colors
        if milestone.is_gate:
            fill = colors.ok if milestone.signed_off_at else colors.warning
            item = self.addPolygon(shape, QPen(QColor(colors.text), 1), QBrush(QColor(fill)))
        else:
            item = self.addPolygon(
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
        label = self.addSimpleText(localized(milestone.name_zh, milestone.name_en), _font(8))
        label.setBrush(QColor(colors.muted))
        label.setPos(x + size + 3, centre_y - 7)

    def _draw_arrows(self) -> None:
        bars = self.bars
        pen = QPen(QColor(Theme.colors.muted), 1.2)
        for task_id, before in self._plan.dependencies.between_tasks():
            if task_id not in bars or before not in bars:
                continue
            start = bars[before].rect()
            end = bars[task_id].rect()
            a = QPointF(start.right(), start.center().y())
            b = QPointF(end.left(), end.center().y())
            path = QPainterPath(a)
            bend = max(10.0, (b.x() - a.x()) / 2)
            path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b)
            item = self.addPath(path, pen)
            item.setZValue(2)
            head = QPolygonF([b, b + QPointF(-6, -3.5), b + QPointF(-6, 3.5)])
            self.addPolygon(head, pen, QBrush(pen.color())).setZValue(2)

    def _draw_line(self, day: date, height: float, color: str, text: str) -> None:
        x = self.x_of(day)
        line = self.addLine(x, HEADER - 6, x, height, QPen(QColor(color), 2))
        line.setZValue(4)
        label = self.addSimpleText(text, _font(9, bold=True))
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

    def __init__(self, rect: QRectF, task: Task, *, blocked: bool) -> None:
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


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
