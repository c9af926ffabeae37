"""The task table on the demo plan, in both column sets, under pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from models.records import TaskStatus
from models.tables.task_table_model import (
    CHECKLIST_COLUMNS,
    COMPACT_COLUMNS,
    RAW_ROLE,
    STATE_COLORS,
    TaskTableModel,
)
from tests.models.tables.model_checks import TESTERS, exercise


def make_model(plan, columns, requests=None) -> TaskTableModel:
    """Built the way the checklist builds it: names, today and the context from the plan."""
    people = {p.id: p.name_en for p in plan.campaign.people()}
    model = TaskTableModel(
        lambda person_id: people.get(person_id, ""),
        plan.today,
        (lambda *request: requests.append(request)) if requests is not None else None,
        plan.lag_margin,
        columns=columns,
        context=plan.table_context(),
    )
    model.set_records(plan.tasks())
    return model


@TESTERS
@pytest.mark.parametrize("columns", [COMPACT_COLUMNS, CHECKLIST_COLUMNS], ids=["compact", "full"])
def test_passes_the_model_tester_through_sorting_filtering_and_change_sets(
    qtmodeltester, plan, columns, force_py
):
    model = make_model(plan, columns, [])
    qtmodeltester.check(model, force_py=force_py)
    tasks = plan.tasks()
    late = replace(tasks[0], due_date=plan.today() - timedelta(days=1), progress=10,
                   status=TaskStatus.IN_PROGRESS)  # fmt: skip
    added = replace(tasks[1], id=max(t.id or 0 for t in tasks) + 1, title_en="Spare scanners")
    exercise(model, lambda t: not t.status.is_finished, [late, added])
    model.set_context(plan.table_context())  # every row repaints


def test_an_overdue_task_is_flagged_and_its_raw_values_are_stored_codes(qapp, plan):
    requests: list[tuple[int, str, object]] = []
    model = make_model(plan, CHECKLIST_COLUMNS, requests)
    task = next(t for t in plan.tasks() if not t.status.is_finished)
    late = replace(task, due_date=plan.today() - timedelta(days=1))
    model.update_records([late])
    row = model.row_of(task.id or 0)
    assert row is not None
    flag, status = model.column_of("flag"), model.column_of("status")
    assert "overdue" in model.index(row, flag).data(Qt.ItemDataRole.EditRole)
    assert (
        model.index(row, model.column_of("due_date")).data(Qt.ItemDataRole.ForegroundRole)
        == STATE_COLORS["overdue"]
    )
    assert model.index(row, status).data(RAW_ROLE) == task.status.value  # the stored code
    assert not model.flags(model.index(row, flag)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(row, status), "done")
    assert requests == [(task.id, "status", "done")]
