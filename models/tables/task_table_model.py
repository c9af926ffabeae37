"""Tasks as a table: the checklist's columns plus lagging / overdue / blocked flags.

The department panel uses the compact column set (the default); the checklist asks for
``CHECKLIST_COLUMNS`` and hands in a ``TaskContext`` with names and blocked flags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.plan.progress import DEFAULT_LAG_MARGIN, is_lagging, is_overdue
from models.plan.schedule import anchor_text
from models.records import Task, TaskStatus
from models.tables.labels import QT_TRANSLATE_NOOP, is_chinese, localized, task_status_label
from models.tables.record_table_model import Column, EditRequest, Index, RecordTableModel

CONTEXT = "TaskTableModel"

# The raw stored value of a cell (owner id, status code, date) for editors and delegates.
RAW_ROLE = Qt.ItemDataRole.UserRole + 3

STATE_COLORS = {
    "overdue": QColor("#F04452"),
    "lagging": QColor("#F5A524"),
    "blocked": QColor("#B18CFF"),
}
STATUS_COLORS = {
    TaskStatus.NOT_STARTED: QColor("#8A94AD"),
    TaskStatus.IN_PROGRESS: QColor("#4CC3FF"),
    TaskStatus.DONE: QColor("#2FBF71"),
    TaskStatus.ACCEPTED: QColor("#2FBF71"),
    TaskStatus.DELAYED: QColor("#F04452"),
}

COMPACT_COLUMNS = ("title", "owner_id", "status", "progress", "planned_start", "due_date", "flag")
CHECKLIST_COLUMNS = (
    "title", "flag", "department", "phase", "milestone", "owner_id", "status", "progress",
    "planned_start", "due_date", "anchor", "dependencies",
)  # fmt: skip
EDITABLE = frozenset(
    {"title", "status", "owner_id", "progress", "planned_start", "due_date", "anchor"}
)


@dataclass
class TaskContext:
    """Names and flags resolved by the plan controller (plain data)."""

    departments: dict[int, str] = field(default_factory=dict)
    phases: dict[int, str] = field(default_factory=dict)
    milestones: dict[int, str] = field(default_factory=dict)
    dependencies: dict[int, str] = field(default_factory=dict)
    blocked: dict[int, list[str]] = field(default_factory=dict)


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
        columns: Sequence[str] = COMPACT_COLUMNS,
        context: TaskContext | None = None,
    ) -> None:
        self._person_name = person_name
        self._today_fn = today
        self._today = today()
        self.lag_margin = lag_margin
        self.context = context or TaskContext()
        available = {column.key: column for column in self._all_columns()}
        self.COLUMNS = [available[key] for key in columns]
        super().__init__(edit_requested, parent)

    def _all_columns(self) -> list[Column[Task]]:
        ctx = lambda: self.context  # noqa: E731 - the context is replaced on refresh
        return [
            Column("title", QT_TRANSLATE_NOOP("TaskTableModel", "Task"),
                   lambda t: localized(t.title_zh, t.title_en), editable=True),
            Column("department", QT_TRANSLATE_NOOP("TaskTableModel", "Unit"),
                   lambda t: ctx().departments.get(t.department_id, "")),
            Column("phase", QT_TRANSLATE_NOOP("TaskTableModel", "Phase"),
                   lambda t: ctx().phases.get(t.phase_id, "")),
            Column("milestone", QT_TRANSLATE_NOOP("TaskTableModel", "Milestone"),
                   lambda t: ctx().milestones.get(t.milestone_id or 0, "")),
            Column("owner_id", QT_TRANSLATE_NOOP("TaskTableModel", "Owner"),
                   lambda t: self._person_name(t.owner_id), editable=True),
            Column("status", QT_TRANSLATE_NOOP("TaskTableModel", "Status"),
                   lambda t: t.status.value, display=lambda t: task_status_label(t.status),
                   editable=True),
            Column("progress", QT_TRANSLATE_NOOP("TaskTableModel", "Progress"),
                   lambda t: t.progress, display=lambda t: f"{t.progress}%", align_right=True,
                   editable=True),
            Column("planned_start", QT_TRANSLATE_NOOP("TaskTableModel", "Start"),
                   lambda t: t.planned_start, editable=True),
            Column("due_date", QT_TRANSLATE_NOOP("TaskTableModel", "Due"), lambda t: t.due_date,
                   editable=True),
            Column("anchor", QT_TRANSLATE_NOOP("TaskTableModel", "Anchor"), anchor_text,
                   editable=True),
            Column("dependencies", QT_TRANSLATE_NOOP("TaskTableModel", "Waits for"),
                   lambda t: ctx().dependencies.get(t.id or 0, "")),
            Column("flag", QT_TRANSLATE_NOOP("TaskTableModel", "Flag"),
                   self.flag_code, display=self._flag_label),
        ]  # fmt: skip

    # -- feeding -------------------------------------------------------------------------

    def set_records(self, records: Iterable[Task]) -> None:
        self._today = self._today_fn()
        super().set_records(records)

    def update_records(self, records: Iterable[Task], removed_ids: Iterable[int] = ()) -> None:
        self._today = self._today_fn()
        super().update_records(records, removed_ids)

    def set_context(self, context: TaskContext) -> None:
        """New names and blocked flags; every row repaints (flags of unedited tasks change)."""
        self.context = context
        self._today = self._today_fn()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def column_of(self, key: str) -> int:
        """Column number of ``key`` (-1 when this model does not show it)."""
        return next((i for i, c in enumerate(self.COLUMNS) if c.key == key), -1)

    # -- flags ---------------------------------------------------------------------------

    def flags_of(self, task: Task) -> list[str]:
        """Which of blocked / overdue / lagging apply to ``task``, most urgent first."""
        found = []
        if (task.id or 0) in self.context.blocked:
            found.append("blocked")
        if is_overdue(task, self._today):
            found.append("overdue")
        elif is_lagging(task, self._today, self.lag_margin):
            found.append("lagging")
        return found

    def flag_code(self, task: Task) -> str:
        return ",".join(self.flags_of(task))

    def _flag_label(self, task: Task) -> str:
        labels = {
            "blocked": QCoreApplication.translate("TaskTableModel", "⊘ Blocked"),
            "overdue": QCoreApplication.translate("TaskTableModel", "✖ Overdue"),
            "lagging": QCoreApplication.translate("TaskTableModel", "▲ Lagging"),
        }
        return " · ".join(labels[code] for code in self.flags_of(task))

    # -- roles ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == RAW_ROLE and index.isValid() and index.row() < self.rowCount():
            task = self.record_at(index.row())
            key = self.COLUMNS[index.column()].key
            return anchor_text(task) if key == "anchor" else getattr(task, key, None)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()].key not in EDITABLE:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def foreground(self, record: Task, column: Column[Any]) -> QColor | None:
        if column.key == "status":
            return STATUS_COLORS[record.status]
        codes = self.flags_of(record)
        if not codes:
            return None
        if column.key == "flag":
            return STATE_COLORS[codes[0]]
        urgent = next((c for c in codes if c != "blocked"), None)
        if urgent and column.key in ("due_date", "title"):
            return STATE_COLORS[urgent]
        return None

    def tooltip(self, record: Task, column: Column[Any]) -> str | None:
        if column.key == "flag" and (record.id or 0) in self.context.blocked:
            return QCoreApplication.translate("TaskTableModel", "Waits for: %1").replace(
                "%1", ", ".join(self.context.blocked[record.id or 0])
            )
        if column.key == "title":
            other = record.title_en if is_chinese() else record.title_zh
            return other or None
        return None

    def id_at(self, index: QModelIndex) -> int:
        return self.record_id(self.record_at(index.row()))
