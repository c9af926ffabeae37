"""Applying an import is one transaction; its journal undoes and redoes it exactly."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from models.errors import StoreInternalError
from models.store import open_store
from models.workbook import Resolution
from tests.conftest import TEST_ACTOR
from tests.models.store.store_internals import sqlite_of
from tests.models.workbook.workbook_helpers import edit, export, plan, row_of_id


def dump(store) -> dict[str, list[tuple]]:
    tables = ["task", "task_dependency", "milestone", "incident", "incident_event", "kpi",
              "budget_line", "raci_activity", "raci_assignment"]  # fmt: skip
    return {t: sqlite_of(store).rows(f"SELECT * FROM {t} ORDER BY 1, 2") for t in tables}


def test_apply_undo_redo_restore_exact_states(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    book = openpyxl.load_workbook(path)
    tasks = book["Tasks"]
    doomed = demo_store.plan.tasks(1)[3]
    tasks.delete_rows(row_of_id(tasks, doomed.id))
    raci = book["RACI matrix"]
    raci.delete_rows(row_of_id(raci, demo_store.raci.activities(1)[0].id))
    incidents = book["Incidents"]
    incidents.delete_rows(row_of_id(incidents, demo_store.incidents.incidents(1)[0].id))
    book.save(tmp_path / "e.xlsx")
    line = demo_store.budget.lines(1)[0]
    edited = edit(tmp_path / "e.xlsx", tmp_path / "e.xlsx", "Budget", [(line.id, "Planned", 1)])
    result = plan(demo_store, edited)
    assert len(result.deleted) == 3 and len(result.changed) == 1
    original = dump(demo_store)
    repository = demo_store.workbook
    journal = repository.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    applied = dump(demo_store)
    assert applied != original
    repository.replay(TEST_ACTOR, journal, undo=True)
    assert dump(demo_store) == original  # cascaded events, letters and dependencies came back
    repository.replay(TEST_ACTOR, journal, undo=False)
    assert dump(demo_store) == applied
    touched = journal.touched()
    assert touched["budget_line"][1] == [line.id]
    assert doomed.id in touched["task"][2]


def test_every_change_is_audited_as_an_import(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[0]
    result = plan(demo_store, edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Executed", 3)]))
    demo_store.workbook.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    (entry,) = [e for e in demo_store.audit_entries("budget_line") if e.action == "import"]
    assert entry.actor == TEST_ACTOR.name
    assert entry.before == {"executed_cents": line.executed_cents}
    assert entry.after == {"executed_cents": 300}


def test_a_failure_half_way_leaves_nothing_written(tmp_path):
    from models.demo.builder import build_demo

    store = open_store(tmp_path / "w.sqlite")
    build_demo(store, TEST_ACTOR)
    path = export(store, tmp_path / "c.xlsx", "en")
    book = openpyxl.load_workbook(path)
    sheet = book["Budget"]
    for record in store.budget.lines(1)[1:4]:
        sheet.delete_rows(row_of_id(sheet, record.id))
    book.save(tmp_path / "e.xlsx")
    result = plan(store, tmp_path / "e.xlsx")
    # A reallocation that arrives after the preview makes the third delete impossible.
    third = result.deleted[2].record_id
    sqlite_of(store).execute(
        "INSERT INTO budget_adjustment (campaign_id, from_line_id, to_line_id, amount_cents,"
        " reason, requested_by, requested_at, decide_by) VALUES (1, ?, ?, 1, 'x', 'y',"
        " '2026-11-10T00:00:00+00:00', '2026-11-11T00:00:00+00:00')",
        [third, store.budget.lines(1)[10].id],
    )
    before = len(store.budget.lines(1))
    with pytest.raises(StoreInternalError, match="FOREIGN KEY constraint failed"):
        store.workbook.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    other = sqlite3.connect(tmp_path / "w.sqlite")
    assert other.execute("SELECT COUNT(*) FROM budget_line").fetchone()[0] == before
    assert len(store.budget.lines(1)) == before
    store.close()


def test_plans_with_errors_are_never_applied(demo_store, tmp_path):
    from models.errors import ValidationError

    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[0]
    result = plan(demo_store, edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Planned", -1)]))
    assert result.errors
    with pytest.raises(ValidationError):
        demo_store.workbook.apply_plan(TEST_ACTOR, result, Resolution.TAKE)
