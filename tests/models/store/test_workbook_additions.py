"""New rows of an import are journalled by id only: undo reads them back before deleting
them, redo writes them again with the same ids, and every step is audited row by row."""

from __future__ import annotations

import openpyxl

from models.store import workbook
from models.workbook import Resolution
from tests.conftest import TEST_ACTOR
from tests.models.store.store_internals import sqlite_of
from tests.models.workbook.workbook_helpers import plan

HEADER = ["Department", "Phase", "Task (Chinese)", "Task (English)", "Status", "Start", "Due"]


def handmade(path, count: int):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tasks"
    sheet.append(HEADER)
    for i in range(count):
        sheet.append(["MKT", "peak", f"新任务 {i}", f"New task {i}", "Not started",
                      "2026-10-21", "2026-10-24"])  # fmt: skip
    book.save(path)
    return path


def tasks(store) -> list[tuple]:
    return sqlite_of(store).rows("SELECT * FROM task ORDER BY id")


def audit(store, action: str) -> list:
    return [e for e in store.audit_entries("task", limit=1000) if e.action == action]


def test_additions_written_in_batches_undo_and_redo_with_the_same_ids(
    demo_store, tmp_path, monkeypatch
):
    monkeypatch.setattr(workbook, "WRITE_EVERY", 4)  # several batches from 10 rows
    result = plan(demo_store, handmade(tmp_path / "new.xlsx", 10))
    assert len(result.added) == 10 and not result.errors
    before = tasks(demo_store)
    repository = demo_store.workbook
    journal = repository.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    applied = tasks(demo_store)
    new_ids = sorted(journal.touched()["task"][0])
    assert len(new_ids) == 10
    assert [row[0] for row in applied[len(before) :]] == new_ids
    imported = audit(demo_store, "import")
    assert sorted(int(e.row_id) for e in imported) == new_ids
    assert all(e.before is None and e.after["title_en"].startswith("New task") for e in imported)

    repository.replay(TEST_ACTOR, journal, undo=True)
    assert tasks(demo_store) == before
    undone = audit(demo_store, "import-undo")
    assert sorted(int(e.row_id) for e in undone) == new_ids
    assert all(e.after is None and e.before["status"] == "not_started" for e in undone)

    repository.replay(TEST_ACTOR, journal, undo=False)
    assert tasks(demo_store) == applied
    repository.replay(TEST_ACTOR, journal, undo=True)
    repository.replay(TEST_ACTOR, journal, undo=False)
    assert tasks(demo_store) == applied
    assert len(audit(demo_store, "import-redo")) == 20
