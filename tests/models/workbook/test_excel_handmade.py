"""Hand-made workbooks, bad values with their locations, and formula neutralisation."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from models.records import Actor
from models.workbook import Resolution
from models.workbook.values import CellError, parse_date, parse_money, parse_percent
from tests.conftest import TEST_ACTOR
from tests.models.workbook.workbook_helpers import edit, export, header_index, plan, row_of_id


def handmade_budget(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    """A finance-style sheet: a merged title, a blank line, moved columns, a totals row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "预算明细"
    sheet["A1"] = "2026 双十一 营销预算（财务部）"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(header or ["项目", "计划金额", "部门", "类别", "核心", "已执行"])
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            # openpyxl would store "=1+1" as a formula; a person typed it as text.
            if isinstance(cell.value, str) and cell.value.startswith("=1"):
                cell.data_type = "s"
    book.save(path)
    return path


def test_handmade_sheet_with_title_blank_rows_totals_and_text_amounts(demo_store, tmp_path):
    path = handmade_budget(tmp_path / "fin.xlsx", [
        ["直播加投", "¥1,200,000.00", "营销组", "营销", "是", "０"],
        [],
        ["尾期清仓补贴", "12.5万", "MER", "supply_chain", "Y", 0],
        ["合计", "=SUM(B4:B6)", None, None, None, None],
    ])  # fmt: skip
    result = plan(demo_store, path, "zh")
    assert not result.errors, result.report()
    assert [(a.label, a.values["planned_cents"]) for a in result.added] == [
        ("直播加投", 120_000_000), ("尾期清仓补贴", 12_500_000)
    ]  # fmt: skip
    assert any(w.code == "total_skipped" and w.row == 7 for w in result.warnings)
    assert not result.deleted  # a hand-made file never deletes
    demo_store.workbook.apply_plan(TEST_ACTOR, result, Resolution.REFUSE)
    assert "直播加投" in [line.item_zh for line in demo_store.budget.lines(1)]


@pytest.mark.parametrize(
    ("cells", "code", "column"),
    [
        (["广告", -5, "营销组", "营销", "是", 0], "negative", "计划金额 (B)"),
        (["广告", 1e20, "营销组", "营销", "是", 0], "too_large", "计划金额 (B)"),
        (["广告", "一百万", "营销组", "营销", "是", 0], "bad_number", "计划金额 (B)"),
        (["广告", 100, "采购部", "营销", "是", 0], "unknown_department", "部门 (C)"),
        (["广告", 100, "营销组", "营销", "也许", 0], "bad_bool", "核心 (E)"),
        (["", 100, "营销组", "营销", "是", 0], "required", "项目 (A)"),
    ],
)
def test_bad_values_are_located_by_sheet_row_and_column(demo_store, tmp_path, cells, code, column):
    result = plan(demo_store, handmade_budget(tmp_path / "bad.xlsx", [cells]), "zh")
    (error,) = result.errors
    assert (error.code, error.sheet, error.row, error.column) == (code, "预算明细", 4, column)
    assert error.message("zh") and error.message("en")
    assert not result.added


def test_missing_required_column_refuses_the_sheet(demo_store, tmp_path):
    path = handmade_budget(
        tmp_path / "nocat.xlsx", [["广告", 100, "营销组", "是"]], ["项目", "计划", "部门", "核心"]
    )
    result = plan(demo_store, path, "en")
    assert [e.code for e in result.errors] == ["missing_column"]
    assert "Category" in result.errors[0].message("en")


def test_year_9999_and_bad_dates_in_the_task_sheet(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    first, second = demo_store.plan.tasks(1)[:2]
    changes = [(first.id, "Due", datetime(9999, 1, 1)), (second.id, "Start", "next week")]
    edited = edit(path, tmp_path / "e.xlsx", "Tasks", changes)
    result = plan(demo_store, edited)
    assert sorted(e.code for e in result.errors) == ["bad_date", "date_range"]
    assert all(e.sheet == "Tasks" and e.row and e.column for e in result.errors)


def test_duplicate_and_unknown_ids(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    book = openpyxl.load_workbook(path)
    sheet = book["Budget"]
    first = demo_store.budget.lines(1)[0]
    sheet.cell(row_of_id(sheet, demo_store.budget.lines(1)[1].id), 1, first.id)
    sheet.cell(row_of_id(sheet, demo_store.budget.lines(1)[2].id), 1, 99_999)
    book.save(tmp_path / "ids.xlsx")
    codes = sorted(e.code for e in plan(demo_store, tmp_path / "ids.xlsx").errors)
    assert codes == ["duplicate_id", "unknown_id"]


def test_start_after_due_is_refused(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    task = demo_store.plan.tasks(1)[0]
    edited = edit(path, tmp_path / "e.xlsx", "Tasks", [(task.id, "Start", date(2026, 12, 1))])
    assert [e.code for e in plan(demo_store, edited).errors] == ["start_after_due"]


def test_text_that_looks_like_a_formula_is_exported_as_text(demo_store, tmp_path):
    actor = Actor("mallory")
    hostile = ['=HYPERLINK("http://x","点我")', "+1+1", "-2", "@SUM(A1)", "\tcmd", "\rx"]
    lines = demo_store.budget.lines(1)
    for line, text in zip(lines, hostile, strict=False):
        demo_store.budget.update_line(actor, line.id, note=text)
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    book = openpyxl.load_workbook(path)
    sheet = book["Budget"]
    column = header_index(sheet, "Note")
    for line, text in zip(lines, hostile, strict=False):
        cell = sheet.cell(row_of_id(sheet, line.id), column)
        assert cell.data_type == "s" and cell.quotePrefix, text
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Budget").to_python()
    assert hostile[0] in [cell for row in calamine for cell in row]
    assert plan(demo_store, path).is_empty  # the value itself round-trips unchanged


def test_imported_text_is_never_evaluated(demo_store, tmp_path):
    path = handmade_budget(tmp_path / "f.xlsx", [["=1+1", 100, "营销组", "营销", "是", 0]])
    result = plan(demo_store, path, "zh")
    assert result.added[0].values["item_zh"] == "=1+1"


def test_value_parsers_accept_the_spellings_people_use():
    assert parse_money("￥１，２３４．５") == 123_450
    assert parse_money("CNY 2,000") == 200_000
    assert parse_money(0.1) == 10
    assert parse_percent("85%") == 85 and parse_percent(0.85) == 85 and parse_percent(60) == 60
    assert parse_date("2026/10/21", 2026) == date(2026, 10, 21)
    assert parse_date("10月21日", 2026) == date(2026, 10, 21)
    assert parse_date("２０２６－１０－２１", 2026) == date(2026, 10, 21)
    assert parse_date("2026年10月21日", 2026) == date(2026, 10, 21)
    for bad in ("2026-02-30", "soon", 10**9):
        with pytest.raises(CellError):
            parse_date(bad, 2026)


def test_a_row_with_a_bad_cell_is_not_mistaken_for_a_deleted_row(demo_store, tmp_path):
    path = export(demo_store, tmp_path / "c.xlsx", "en")
    line = demo_store.budget.lines(1)[3]
    result = plan(demo_store, edit(path, tmp_path / "e.xlsx", "Budget", [(line.id, "Planned", -1)]))
    assert [e.code for e in result.errors] == ["negative"]
    assert "'-1'" in result.errors[0].message("en")
    assert not result.deleted
