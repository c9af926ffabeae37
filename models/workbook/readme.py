# ruff: noqa: E501 -- Chinese sentences read best unbroken; they are display width, not code width.
"""The README / 说明 sheet: what the workbook holds and how to edit it safely."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.workbook.schema import Kind, label

KIND_HELP = {
    Kind.ID: ("Set by War Room; leave empty for a new row", "由 War Room 设定；新增行请留空"),
    Kind.TEXT: ("Text", "文本"),
    Kind.LONG_TEXT: ("Text", "文本"),
    Kind.MONEY: ("Yuan, e.g. 1200000 or ¥1,200,000.00", "元，如 1200000 或 ¥1,200,000.00"),
    Kind.PERCENT: ("Percent, e.g. 85%", "百分比，如 85%"),
    Kind.NUMBER: ("Number", "数字"),
    Kind.DATE: ("Date, e.g. 2026-10-21", "日期，如 2026-10-21"),
    Kind.DATETIME: ("Date and time, e.g. 2026-11-10 20:00", "日期时间，如 2026-11-10 20:00"),
    Kind.BOOL: ("Yes / No", "是 / 否"),
    Kind.DEPARTMENT: ("Department (drop-down)", "部门（下拉选择）"),
    Kind.PERSON: ("Person (drop-down)", "人员（下拉选择）"),
    Kind.PHASE: ("Phase (drop-down)", "阶段（下拉选择）"),
    Kind.MILESTONE: ("Milestone (drop-down)", "里程碑（下拉选择）"),
    Kind.LEVEL: ("Level (drop-down)", "级别（下拉选择）"),
    Kind.TASK_STATUS: ("Status (drop-down)", "状态（下拉选择）"),
    Kind.INCIDENT_STATUS: ("Status (drop-down)", "状态（下拉选择）"),
    Kind.RISK_CATEGORY: ("Category (drop-down)", "类别（下拉选择）"),
    Kind.DIRECTION: ("Direction (drop-down)", "方向（下拉选择）"),
    Kind.BUDGET_CATEGORY: ("Category (drop-down or a new one)", "类别（下拉选择或新类别）"),
    Kind.RACI_LETTER: ("R, A, C or I", "R、A、C 或 I"),
}

GUIDE = [
    ("How to use this workbook", "使用说明"),
    (
        "Edit cells, add rows at the bottom (leave the ID empty) or delete rows; then import "
        "the file in War Room (File › Import workbook…). You will see every change before "
        "anything is applied.",
        "可直接修改单元格、在末尾新增行（编号留空）或删除行；然后在 War Room 中导入"
        "（文件 › 导入工作簿…）。应用之前会逐项显示所有变更。",
    ),
    (
        "Do not change the ID column or the hidden sheets: they let War Room recognise rows "
        "and detect edits made in War Room since this export (conflicts).",
        "请勿修改编号列和隐藏工作表：War Room 依靠它们识别各行，并检测导出后在 War Room 中发生的修改（冲突）。",
    ),
    (
        "Columns may be moved; headers may be in Chinese or English. Columns marked * are "
        "required for new rows.",
        "列的顺序可以调整；表头可用中文或英文。带 * 的列在新增行时必须填写。",
    ),
    (
        "Text that starts with = + - @ is kept as text, never run as a formula.",
        "以 = + - @ 开头的文本会作为文本保存，绝不会作为公式执行。",
    ),
]


def write(
    book: Any,
    formats: dict[str, Any],
    snapshot: Any,
    options: Any,
    sheets: list[Any],
    exported_at: datetime,
) -> None:
    language = options.language
    ws = book.add_worksheet(label(("README", "说明"), language))
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 2, 46)
    campaign = snapshot.campaign
    ws.write_string(0, 0, label((campaign.name_en, campaign.name), language), formats["title"])
    department = options.department_code or label(("whole campaign", "整个战役"), language)
    scope = label(("Exported %s · scope: %s", "导出时间 %s · 范围：%s"), language) % (
        exported_at.astimezone(snapshot.timezone).strftime("%Y-%m-%d %H:%M"),
        department,
    )
    ws.write_string(1, 0, scope, formats["muted"])
    row = 3
    for index, pair in enumerate(GUIDE):
        ws.write_string(row, 0, label(pair, language), formats["bold" if index == 0 else "text"])
        row += 1
    row += 1
    for sheet in sheets:
        rows_text = label(("%d rows", "%d 行"), language) % len(sheet.ids)
        ws.write_string(row, 0, sheet.name, formats["bold"])
        ws.write_string(row, 1, rows_text, formats["muted"])
        row += 1
        for column in sheet.spec.columns:
            header = column.header(language) + (" *" if column.required else "")
            ws.write_string(row, 0, header)
            ws.write_string(row, 2, label(KIND_HELP[column.kind], language), formats["muted"])
            row += 1
        if sheet.spec.has_people_columns:
            people = label(("One column per person", "每人一列"), language)
            ws.write_string(row, 0, people)
            ws.write_string(row, 2, label(KIND_HELP[Kind.RACI_LETTER], language), formats["muted"])
            row += 1
        row += 1
