"""One workbook, several sheets: a new task may name a milestone that is new in the same
file; rows are streamed from the sheet without losing where each cell is."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from models.workbook import NewRecord, Resolution
from tests.conftest import TEST_ACTOR
from tests.models.workbook.workbook_helpers import edit, export, header_index, plan

TASK_HEADER = ["Department", "Phase", "Task (Chinese)", "Status", "Start", "Due", "Milestone"]
MILESTONE_HEADER = ["Phase", "Milestone (Chinese)", "Milestone (English)", "Due"]


def two_sheets(path: Path, tasks: list[list[object]], milestones: list[list[object]]) -> Path:
    """Tasks first, milestones after: the order a person is likely to use."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tasks"
    sheet.append(TASK_HEADER)
    for row in tasks:
        sheet.append(row)
    other = book.create_sheet("Milestones")
    other.append(MILESTONE_HEADER)
    for row in milestones:
        other.append(row)
    book.save(path)
    return path


def task(title: str, milestone: str) -> list[object]:
    return ["MKT", "peak", title, "Not started", "2026-11-01", "2026-11-05", milestone]


def test_new_task_names_a_milestone_new_in_the_same_workbook(demo_store, tmp_path):
    path = two_sheets(
        tmp_path / "plan.xlsx",
        [task("直播间彩排", "直播彩排完成"), task("主播排班", "Rehearsal done")],
        [["peak", "直播彩排完成", "Rehearsal done", "2026-11-06"]],
    )
    result = plan(demo_store, path)
    assert not result.errors, result.report()
    milestone_add, *task_adds = result.added
    assert milestone_add.entity == "milestones"
    # Both spellings of the name point at the same new row of the Milestones sheet.
    refs = {add.values["milestone_id"] for add in task_adds}
    assert refs == {NewRecord("milestones", "Milestones", 2, "Rehearsal done")}

    repository = demo_store.workbook
    journal = repository.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    milestone = next(m for m in demo_store.plan.milestones(1) if m.name_zh == "直播彩排完成")
    tasks = [t for t in demo_store.plan.tasks(1) if t.title_zh in ("直播间彩排", "主播排班")]
    assert [t.milestone_id for t in tasks] == [milestone.id, milestone.id]

    repository.replay(TEST_ACTOR, journal, undo=True)
    assert all(m.name_zh != "直播彩排完成" for m in demo_store.plan.milestones(1))
    repository.replay(TEST_ACTOR, journal, undo=False)
    again = [t for t in demo_store.plan.tasks(1) if t.title_zh in ("直播间彩排", "主播排班")]
    assert [t.milestone_id for t in again] == [milestone.id, milestone.id]


def test_an_existing_task_moved_to_a_new_milestone(demo_store, tmp_path):
    source = export(demo_store, tmp_path / "campaign.xlsx")
    first = demo_store.plan.tasks(1)[0]
    edited = edit(source, tmp_path / "edited.xlsx", "Tasks", [(first.id, "Milestone", "新节点")])
    book = openpyxl.load_workbook(edited)
    sheet = book["Milestones"]
    row = sheet.max_row + 1
    for header, value in (("Phase", "peak"), ("Milestone (Chinese)", "新节点"),
                          ("Due", "2026-11-09")):  # fmt: skip
        sheet.cell(row, header_index(sheet, header), value)
    book.save(edited)

    result = plan(demo_store, edited)
    assert not result.errors, result.report()
    (change,) = [c for c in result.changed if c.entity == "tasks"]
    assert isinstance(change.changes["milestone_id"], NewRecord)
    # The preview names the new milestone and where it is in the file.
    assert [f.new for f in change.fields] == [f"新节点 (Milestones R{row})"]
    demo_store.workbook.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    new = next(m for m in demo_store.plan.milestones(1) if m.name_zh == "新节点")
    assert demo_store.plan.task(first.id).milestone_id == new.id


def test_unknown_and_ambiguous_milestones_are_located(demo_store, tmp_path):
    path = two_sheets(
        tmp_path / "plan.xlsx",
        [task("甲", "无此节点"), task("乙", "同名节点")],
        [["peak", "同名节点", "", "2026-11-06"], ["peak", "同名节点", "", "2026-11-07"]],
    )
    result = plan(demo_store, path)
    found = {(p.code, p.sheet, p.row, p.column) for p in result.errors}
    assert ("unknown_milestone", "Tasks", 2, "Milestone (G)") in found
    assert ("ambiguous", "Tasks", 3, "Milestone (G)") in found


def test_rows_streamed_from_an_offset_sheet_keep_their_place(demo_store, tmp_path):
    """Data starting at B4 under a title: messages still name Excel's row and column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tasks"
    sheet["B2"] = "Q4 checklist"
    for col, header in enumerate(TASK_HEADER, start=2):
        sheet.cell(4, col, header)
    for col, value in enumerate(task("好任务", ""), start=2):
        sheet.cell(5, col, value)
    for col, value in enumerate(task("坏日期", ""), start=2):
        sheet.cell(6, col, value)
    sheet.cell(6, 6, "2026-13-45")  # Start, column F
    book.save(tmp_path / "offset.xlsx")

    result = plan(demo_store, tmp_path / "offset.xlsx")
    assert [(p.code, p.row, p.column) for p in result.errors] == [("bad_date", 6, "Start (F)")]
    assert [a.label for a in result.added] == ["好任务"]
