"""Checklist on a 20,000-task campaign: open, sort, text filter and the lagging set.

Each figure is compared, in the same run, with the naive way: a row-by-row
``QStandardItemModel`` behind a ``QSortFilterProxyModel`` for the table, and a per-task
Python loop for the lagging rule.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from bench.harness import Result, median_seconds
from models.plan.progress import is_lagging, lagging_ids
from models.records import Task, TaskStatus
from models.tables.task_table_model import CHECKLIST_COLUMNS, TaskContext, TaskTableModel

TASKS = 20_000
TODAY = date(2026, 10, 20)
FIRST = date(2026, 9, 15)


def make_tasks(count: int = TASKS, seed: int = 3) -> list[Task]:
    rng = random.Random(seed)
    statuses = list(TaskStatus)
    tasks = []
    for i in range(1, count + 1):
        start = FIRST + timedelta(days=rng.randrange(0, 50))
        due = start + timedelta(days=rng.randrange(1, 12))
        status = rng.choice(statuses)
        progress = 100 if status.is_finished else rng.randrange(0, 100)
        tasks.append(
            Task(i, 1, 1 + i % 7, 1 + i % 3, f"任务 {i} 备货", f"Task {i} stock check", start,
                 due, owner_id=1 + i % 19, status=status, progress=progress,
                 dday_offset_days=-(date(2026, 11, 11) - due).days)
        )  # fmt: skip
    return tasks


def _context() -> TaskContext:
    return TaskContext(
        {d: f"Unit {d}" for d in range(1, 8)},
        {p: f"Phase {p}" for p in range(1, 4)},
        {},
        {},
        {i: ["x"] for i in range(1, TASKS, 97)},
    )


def _our_model(tasks: list[Task]) -> TaskTableModel:
    model = TaskTableModel(
        lambda pid: f"Person {pid}", lambda: TODAY, columns=CHECKLIST_COLUMNS, context=_context()
    )
    model.set_records(tasks)
    return model


def _naive_model(tasks: list[Task], ours: TaskTableModel) -> QStandardItemModel:
    """One QStandardItem per cell, filled row by row (what a first version often does)."""
    model = QStandardItemModel(0, len(ours.COLUMNS))
    for task in tasks:
        model.appendRow(
            [QStandardItem(column.display(task) if column.display else str(column.value(task)))
             for column in ours.COLUMNS]
        )  # fmt: skip
    return model


def _paint(view: QTableView) -> None:
    view.resize(1600, 900)
    view.show()
    view.grab()


def run() -> list[Result]:
    app = QApplication.instance() or QApplication([])
    tasks = make_tasks()
    results = []

    # -- opening the checklist: build the model and paint the first screen ------------------
    def open_ours() -> None:
        view = QTableView()
        view.setModel(_our_model(tasks))
        view.setSortingEnabled(True)
        _paint(view)
        view.close()

    reference = _our_model(tasks[:1])

    def open_naive() -> None:
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(_naive_model(tasks, reference))
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        _paint(view)
        view.close()

    results.append(
        Result("checklist open 20k tasks (model + first paint)",
               median_seconds(open_ours, 3) * 1000, "ms", median_seconds(open_naive, 3) * 1000)
    )  # fmt: skip
    app.processEvents()

    # -- sorting by the due date -------------------------------------------------------------
    ours = _our_model(tasks)
    due = ours.column_of("due_date")
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(_naive_model(tasks, ours))
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10)
    naive_orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10)
    results.append(
        Result("checklist sort 20k by due date",
               median_seconds(lambda: ours.sort(due, next(orders)), 5) * 1000, "ms",
               median_seconds(lambda: proxy.sort(due, next(naive_orders)), 5) * 1000)
    )  # fmt: skip

    # -- filtering by text (one keystroke's worth of work after the debounce) ------------------
    haystack = {t.id: f"{t.title_zh} {t.title_en}".casefold() for t in tasks}
    needles = iter(["task 19", "task 1", "stock", "任务 7", "task 19"] * 4)

    def filter_ours() -> None:
        needle = next(needles)
        ours.set_filter(lambda t: needle in haystack[t.id])

    naive_needles = iter(["task 19", "task 1", "stock", "任务 7", "task 19"] * 4)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    results.append(
        Result("checklist text filter 20k",
               median_seconds(filter_ours, 5) * 1000, "ms",
               median_seconds(lambda: proxy.setFilterFixedString(next(naive_needles)), 5) * 1000)
    )  # fmt: skip

    # -- the lagging set (board, flags, filter) ------------------------------------------------
    def lagging_naive() -> set[int]:
        return {t.id or 0 for t in tasks if is_lagging(t, TODAY, 20)}

    assert lagging_ids(tasks, TODAY, 20) == lagging_naive()
    results.append(
        Result("lagging set over 20k tasks",
               median_seconds(lambda: lagging_ids(tasks, TODAY, 20), 5) * 1000, "ms",
               median_seconds(lagging_naive, 5) * 1000)
    )  # fmt: skip
    return results
