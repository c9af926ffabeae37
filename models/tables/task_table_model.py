"""Tasks as a table: title, owner, status, progress, dates, and lagging/overdue flags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from models.progress import DEFAULT_LAG_MARGIN, is_lagging, is_overdue
from models.records import Task
from models.tables.labels import localized, task_status_label
from models.tables.record_table_model import Column, EditRequest, RecordTableModel

CONTEXT = "TaskTableModel"

STATE_COLORS = {"overdue": QColor("#F04452"), "lagging": QColor("#F5A524")}


class TaskTableModel(RecordTableModel[Task]):
    """Tasks with names resolved through lookups handed in by the view's owner."""

    TR_CONTEXT = CONTEXT

    def __init__(
        self,
        person_name: Callable[[int | None], str],
        today: Callable[[], date],
        edit_requested: EditRequest | None = None,
        lag_margin: int = DEFAULT_LAG_MARGIN,
        parent: Any = None,
    ) -> None:
        self._person_name = person_name
        self._today = today
        self.lag_margin = lag_margin
        self.COLUMNS = [
            Column("title", QT_TRANSLATE_NOOP("TaskTableModel", "Task"),
                   lambda t: localized(t.title_zh, t.title_en)),
            Column("owner_id", QT_TRANSLATE_NOOP("TaskTableModel", "Owner"),
                   lambda t: self._person_name(t.owner_id)),
            Column("status", QT_TRANSLATE_NOOP("TaskTableModel", "Status"),
                   lambda t: t.status.value, display=lambda t: task_status_label(t.status)),
            Column("progress", QT_TRANSLATE_NOOP("TaskTableModel", "Progress"),
                   lambda t: t.progress, display=lambda t: f"{t.progress}%", align_right=True),
            Column("planned_start", QT_TRANSLATE_NOOP("TaskTableModel", "Start"),
                   lambda t: t.planned_start),
            Column("due_date", QT_TRANSLATE_NOOP("TaskTableModel", "Due"), lambda t: t.due_date),
            Column("flag", QT_TRANSLATE_NOOP("TaskTableModel", "Flag"),
                   self._flag_code, display=self._flag_label),
        ]  # fmt: skip
        super().__init__(edit_requested, parent)

    def _flag_code(self, task: Task) -> str:
        today = self._today()
        if is_overdue(task, today):
            return "overdue"
        if is_lagging(task, today, self.lag_margin):
            return "lagging"
        return ""

    def _flag_label(self, task: Task) -> str:
        code = self._flag_code(task)
        if code == "overdue":
            return QCoreApplication.translate(CONTEXT, "✖ Overdue")
        if code == "lagging":
            return QCoreApplication.translate(CONTEXT, "▲ Lagging")
        return ""

    def foreground(self, record: Task, column: Column[Any]) -> QColor | None:
        code = self._flag_code(record)
        return (
            STATE_COLORS.get(code) if code and column.key in ("flag", "due_date", "title") else None
        )
