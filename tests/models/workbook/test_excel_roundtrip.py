"""The round-trip law and every kind of edit a finance user or lead makes in the workbook."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from models.records import RaciLetter, TaskStatus
from models.workbook import ConflictKind, Resolution
from tests.conftest import TEST_ACTOR
from tests.models.workbook.workbook_helpers import (
    edit,
    export,
    header_index,
    libreoffice_resave,
    plan,
    row_of_id,
)


def apply(store, import_plan, resolution=Resolution.REFUSE):
    return store.workbook.apply_plan(TEST_ACTOR, import_plan, resolution)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_export_then_import_without_edits_changes_nothing(demo_store, tmp_path, language):
    path = export(demo_store, tmp_path / "campaign.xlsx", language)
    result = plan(demo_store, path, language)
    assert result.is_empty
    assert not result.errors
    rows = (
        len(demo_store.plan.tasks(1)) + len(demo_store.plan.milestones(1))
        + len(demo_store.incidents.incidents(1)) + len(demo_store.raci.activities(1))
        + len(demo_store.budget.lines(1)) + len(demo_store.metrics.kpis(1))
    )  # fmt: skip
    assert result.unchanged == rows  # every row was recognised, none changed


def test_resave_by_openpyxl_changes_nothing(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "campaign.xlsx", "zh")
    book = openpyxl.load_workbook(path)
    book.save(tmp_path / "resaved.xlsx")
    assert plan(demo_store, tmp_path / "resaved.xlsx").is_empty


def test_resave_by_libreoffice_changes_nothing(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "campaign.xlsx", "zh")
    resaved = libreoffice_resave(path, tmp_path / "lo")
    if resaved is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    result = plan(demo_store, resaved)
    assert result.is_empty and not result.errors


def test_headers_in_the_other_language_import_the_same(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "en.xlsx", "en")
    assert plan(demo_store, path, "zh").is_empty


def test_changed_cells_are_listed_field_by_field_and_applied(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[0]
    task = demo_store.plan.tasks(1)[0]
    edited = edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Executed", "¥9,000,000.50")])
    edited = edit(
        edited, edited, "Tasks", [(task.id, "Status", "延期"), (task.id, "Due", "10月30日")]
    )
    result = plan(demo_store, edited)
    assert not result.errors and not result.conflicts
    changes = {(c.entity, c.record_id): c for c in result.changed}
    budget_change = changes[("budget", line.id)]
    assert [(f.column, f.new) for f in budget_change.fields] == [("Executed", "¥9,000,000.50")]
    task_fields = {f.key: (f.old, f.new) for f in changes[("tasks", task.id)].fields}
    assert task_fields["status"][1] == "Delayed"
    assert task_fields["due_date"][1] == "2026-10-30"
    apply(demo_store, result)
    assert demo_store.budget.line(line.id).executed_cents == 900_000_050
    assert demo_store.plan.task(task.id).status is TaskStatus.DELAYED
    assert demo_store.plan.task(task.id).due_date == date(2026, 10, 30)
    assert plan(demo_store, edited).unchanged > 0


def test_added_and_deleted_rows(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "zh")
    book = openpyxl.load_workbook(path)
    sheet = book["预算"]
    victim = demo_store.budget.lines(1)[-1]
    sheet.delete_rows(row_of_id(sheet, victim.id))
    # A new row in the middle, amounts typed as text the way people do.
    sheet.insert_rows(3)
    values = {"部门": "营销组", "类别": "营销", "核心": "是", "项目(中文)": "小红书种草",
              "计划": "１２０，０００", "已执行": "¥0"}  # fmt: skip
    for header, value in values.items():
        sheet.cell(3, header_index(sheet, header), value)
    book.save(tmp_path / "e.xlsx")
    result = plan(demo_store, tmp_path / "e.xlsx", "zh")
    assert not result.errors, result.report()
    assert [a.label for a in result.added] == ["小红书种草"]
    assert result.added[0].values["planned_cents"] == 12_000_000
    assert [d.record_id for d in result.deleted] == [victim.id]
    before = len(demo_store.budget.lines(1))
    apply(demo_store, result)
    items = [line.item_zh for line in demo_store.budget.lines(1)]
    assert len(items) == before and "小红书种草" in items and victim.item_zh not in items


def test_raci_letters_change_through_the_matrix(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    activity = demo_store.raci.activities(1)[0]
    assignment = next(a for a in demo_store.raci.assignments(1) if a.activity_id == activity.id)
    person = next(p for p in demo_store.campaign.people(1) if p.id == assignment.person_id)
    new_letter = "C" if assignment.letter is not RaciLetter.CONSULTED else "I"
    edited = edit(
        path, tmp_path / "e.xlsx", "RACI matrix", [(activity.id, person.name_en, new_letter)]
    )
    result = plan(demo_store, edited)
    assert [(c.record_id, [f.new for f in c.fields]) for c in result.changed] == [
        (activity.id, [new_letter])
    ]
    apply(demo_store, result)
    cells = {(a.activity_id, a.person_id): a.letter for a in demo_store.raci.assignments(1)}
    assert cells[(activity.id, person.id)] == RaciLetter(new_letter)


def test_conflict_when_both_sides_changed_the_same_field(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[1]
    demo_store.budget.update_line(TEST_ACTOR, line.id, planned_cents=111_00, note="db note")
    edited = edit(path, tmp_path / "e.xlsx", "Budget",
                  [(line.id, "Planned", 222), (line.id, "Owner", "Li Na")])  # fmt: skip
    result = plan(demo_store, edited)
    assert not result.changed
    (conflict,) = result.conflicts
    assert conflict.kind is ConflictKind.CHANGED_BOTH
    assert [(f.key, f.old, f.new) for f in conflict.fields] == [
        ("planned_cents", "¥111.00", "¥222.00")
    ]
    assert not result.can_apply(Resolution.REFUSE)
    apply(demo_store, result, Resolution.KEEP)
    kept = demo_store.budget.line(line.id)
    assert kept.planned_cents == 111_00 and kept.note == "db note"


def test_conflict_taken_from_the_file(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[1]
    demo_store.budget.update_line(TEST_ACTOR, line.id, planned_cents=111_00)
    edited = edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Planned", 222)])
    apply(demo_store, plan(demo_store, edited), Resolution.TAKE)
    assert demo_store.budget.line(line.id).planned_cents == 222_00


def test_edits_on_different_fields_merge_without_conflict(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[2]
    demo_store.budget.update_line(TEST_ACTOR, line.id, note="changed in War Room")
    edited = edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Executed", 5)])
    result = plan(demo_store, edited)
    assert not result.conflicts
    assert [f.key for f in result.changed[0].fields] == ["executed_cents"]
    apply(demo_store, result)
    merged = demo_store.budget.line(line.id)
    assert merged.executed_cents == 500 and merged.note == "changed in War Room"


def test_deleting_a_row_that_war_room_changed_is_a_conflict(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[-1]
    demo_store.budget.update_line(TEST_ACTOR, line.id, note="still needed")
    book = openpyxl.load_workbook(path)
    book["Budget"].delete_rows(row_of_id(book["Budget"], line.id))
    book.save(tmp_path / "e.xlsx")
    result = plan(demo_store, tmp_path / "e.xlsx")
    assert [(c.kind, c.record_id) for c in result.conflicts] == [
        (ConflictKind.DELETED_IN_FILE, line.id)
    ]
    assert not result.deleted


def test_a_stale_preview_is_refused(demo_store, tmp_path):
    from models.store.workbook import StalePlanError

    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[0]
    result = plan(demo_store, edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Executed", 7)]))
    demo_store.budget.update_line(TEST_ACTOR, line.id, note="edited while the preview was open")
    with pytest.raises(StalePlanError):
        apply(demo_store, result)
    assert demo_store.budget.line(line.id).executed_cents == line.executed_cents


def test_department_export_holds_only_that_department(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "mkt.xlsx", "en", department_code="MKT",
                  entities=("tasks", "budget"))  # fmt: skip
    book = openpyxl.load_workbook(path)
    assert [ws.title for ws in book.worksheets if ws.sheet_state == "visible"] == [
        "README",
        "Tasks",
        "Budget",
    ]
    departments = {row[1] for row in book["Tasks"].iter_rows(min_row=2, values_only=True)}
    assert departments == {"Marketing"}
    # Other departments' rows are not in the export, so they are never deleted.
    assert plan(demo_store, path).is_empty


def test_export_is_styled_for_people(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "zh")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "说明"
    budget = book["预算"]
    assert budget.freeze_panes == "A2"
    assert budget.auto_filter.ref.startswith("A1:")
    planned = budget.cell(2, header_index(budget, "计划"))
    assert "¥" in planned.number_format
    tasks = book["任务清单"]
    assert tasks.cell(2, header_index(tasks, "进度")).number_format == "0%"
    assert tasks.cell(2, header_index(tasks, "截止日期")).is_date
    validated = {str(dv.sqref).split(":")[0] for dv in tasks.data_validations.dataValidation}
    status_col = openpyxl.utils.get_column_letter(header_index(tasks, "状态"))
    assert f"{status_col}2" in validated
    assert book["_warroom"].sheet_state == "hidden"
    assert tasks.column_dimensions["D"].width > 20
