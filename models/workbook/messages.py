# ruff: noqa: E501 -- Chinese sentences read best unbroken; they are display width, not code width.
"""Sentences of the workbook engine in both UI languages (English, Chinese).

The engine is Qt-free and also speaks on the command line, so its messages live here as a
table of (English, Chinese) templates with ``{name}`` placeholders, like the headers in
``schema``. ``text(code, language, **params)`` renders one.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- whole-file refusals ------------------------------------------------------------
    "no_file": ("The file does not exist: {path}", "文件不存在：{path}"),
    "empty_file": ("The file is empty: {path}", "文件是空的：{path}"),
    "file_too_big": (
        "The file is {size} MB; War Room imports workbooks up to {limit} MB.",
        "文件大小为 {size} MB；War Room 最多导入 {limit} MB 的工作簿。",
    ),
    "encrypted": (
        "The workbook {name} is password-protected (encrypted). Open it in Excel or "
        "LibreOffice, save a copy without a password and import that.",
        "工作簿 {name} 已加密（设有打开密码）。请在 Excel 或 LibreOffice 中打开，另存一份不带密码的副本再导入。",
    ),
    "legacy_xls": (
        "This is an Excel 97-2003 (.xls) file, not .xlsx. Open it in Excel or LibreOffice "
        "and save it as an .xlsx workbook.",
        "这是 Excel 97-2003（.xls）文件，不是 .xlsx。请在 Excel 或 LibreOffice 中打开并另存为 .xlsx 工作簿。",
    ),
    "text_file": (
        "This is a text (CSV) file named like a workbook. Open it in Excel or LibreOffice "
        "and save it as an .xlsx workbook.",
        "这是一个文本（CSV）文件，只是扩展名像工作簿。请在 Excel 或 LibreOffice 中打开并另存为 .xlsx 工作簿。",
    ),
    "not_xlsx": (
        "This file is not an Excel workbook (.xlsx).",
        "此文件不是 Excel 工作簿（.xlsx）。",
    ),
    "truncated": (
        "The workbook is damaged or incomplete (perhaps cut off while copying or sending): "
        "{detail}",
        "工作簿已损坏或不完整（可能在复制或发送时被截断）：{detail}",
    ),
    "not_workbook": (
        "This zip file is not an Excel workbook ({part} is missing).",
        "此压缩文件不是 Excel 工作簿（缺少 {part}）。",
    ),
    "too_many_parts": (
        "The workbook has {count} internal parts; at most {limit} are accepted.",
        "工作簿包含 {count} 个内部部件；最多接受 {limit} 个。",
    ),
    "zip_bomb": (
        "The workbook is refused: {part} would unpack from {packed} KB to {size} MB "
        "(ratio {ratio}:1). That is how zip bombs look.",
        "已拒绝该工作簿：{part} 将从 {packed} KB 解压为 {size} MB（压缩比 {ratio}:1），这是压缩炸弹的特征。",
    ),
    "unpacked_too_big": (
        "The workbook would unpack to {size} MB; the limit is {limit} MB.",
        "工作簿解压后将达 {size} MB；上限为 {limit} MB。",
    ),
    "xml_entities": (
        "The workbook is refused: {part} declares XML entities (a DOCTYPE). Excel never "
        "writes them and they are used in XML attacks.",
        "已拒绝该工作簿：{part} 声明了 XML 实体（DOCTYPE）。Excel 从不写入这类内容，它们常被用于 XML 攻击。",
    ),
    "too_many_rows": (
        "Sheet {sheet} has {rows} rows; War Room imports at most {limit} rows per sheet.",
        "工作表 {sheet} 有 {rows} 行；War Room 每个工作表最多导入 {limit} 行。",
    ),
    "unreadable": ("The workbook cannot be read: {detail}", "无法读取工作簿：{detail}"),
    "other_campaign": (
        "This workbook was exported from another campaign (#{found}); IDs would not match. "
        "Remove the ID column to import its rows as new.",
        "此工作簿导出自另一个战役（#{found}），编号无法对应。若要作为新行导入，请删除编号列。",
    ),
    "no_known_sheets": (
        "No sheet of this workbook holds War Room data (tasks, milestones, incidents, RACI "
        "matrix, budget or KPI targets).",
        "此工作簿中没有 War Room 能识别的工作表（任务、里程碑、事件、RACI 矩阵、预算或 KPI 目标）。",
    ),
    "newer_format": (
        "The workbook was written by a newer War Room (format {found}).",
        "此工作簿由更新版本的 War Room 生成（格式 {found}）。",
    ),
    "cancelled": ("Cancelled.", "已取消。"),
    # -- sheet level ----------------------------------------------------------------------
    "sheet_ignored": (
        "Sheet {sheet} was ignored: its name and headers match no War Room table.",
        "工作表 {sheet} 已忽略：其名称和表头与 War Room 的任何表都不对应。",
    ),
    "no_header": (
        "No header row found in the first {rows} rows (expected e.g. {example}).",
        "前 {rows} 行中找不到表头（应包含例如 {example}）。",
    ),
    "missing_column": (
        "Required column {column} is missing.",
        "缺少必需的列 {column}。",
    ),
    "unknown_column": (
        "Column {column} is not known and was ignored.",
        "未知列 {column}，已忽略。",
    ),
    "duplicate_column": ("Column {column} appears twice.", "列 {column} 出现了两次。"),
    "meta_damaged": (
        "The hidden _warroom sheet is damaged: rows are compared with War Room directly, "
        "conflicts cannot be detected and no row will be deleted.",
        "隐藏的 _warroom 工作表已损坏：将直接与 War Room 比较，无法检测冲突，也不会删除任何行。",
    ),
    "no_meta": (
        "The workbook has no export fingerprints (hand-made or re-created): rows are compared "
        "with War Room directly and no row will be deleted.",
        "工作簿中没有导出指纹（手工制作或重新创建）：将直接与 War Room 比较，不会删除任何行。",
    ),
    "total_skipped": ("Totals row skipped.", "已跳过合计行。"),
    # -- cell level -----------------------------------------------------------------------
    "duplicate_id": (
        "ID {id} appears more than once (first in row {first}).",
        "编号 {id} 出现了不止一次（首次出现在第 {first} 行）。",
    ),
    "unknown_id": (
        "ID {id} does not exist in War Room. Leave the ID empty to add a new row.",
        "编号 {id} 在 War Room 中不存在。若要新增一行，请将编号留空。",
    ),
    "bad_id": (
        "{value} is not a valid ID (a whole number).",
        "{value} 不是有效的编号（应为整数）。",
    ),
    "required": ("A value is required here.", "此处必须填写。"),
    "bad_number": ("{value} is not a number.", "{value} 不是数字。"),
    "not_finite": ("{value} is not a finite number.", "{value} 不是有限的数字。"),
    "negative": (
        "{value} is negative; amounts must be zero or more.",
        "{value} 是负数；金额必须大于或等于零。",
    ),
    "too_large": ("{value} is too large (at most {limit}).", "{value} 过大（最多 {limit}）。"),
    "bad_date": (
        "{value} is not a date (use e.g. 2026-10-21, 2026/10/21 or 10月21日).",
        "{value} 不是日期（请使用如 2026-10-21、2026/10/21 或 10月21日）。",
    ),
    "bad_datetime": (
        "{value} is not a date and time (use e.g. 2026-11-10 20:00).",
        "{value} 不是日期时间（请使用如 2026-11-10 20:00）。",
    ),
    "date_range": (
        "{value} is outside the years {low}–{high}.",
        "{value} 不在 {low}–{high} 年范围内。",
    ),
    "bad_percent": (
        "{value} is not a percentage between 0% and 100%.",
        "{value} 不是 0% 到 100% 之间的百分比。",
    ),
    "unknown_department": (
        "Unknown department {value} (known: {known}).",
        "未知部门 {value}（可选：{known}）。",
    ),
    "unknown_person": ("Unknown person {value}.", "未知人员 {value}。"),
    "unknown_phase": (
        "Unknown phase {value} (known: {known}).",
        "未知阶段 {value}（可选：{known}）。",
    ),
    "unknown_milestone": (
        "Unknown milestone {value}; milestones must exist in War Room first.",
        "未知里程碑 {value}；里程碑须先在 War Room 中存在。",
    ),
    "ambiguous": (
        "{value} matches more than one entry; use the exact name.",
        "{value} 对应多个条目；请使用准确名称。",
    ),
    "unknown_value": ("{value} is not one of: {known}.", "{value} 不是以下之一：{known}。"),
    "bad_bool": ("{value} is not yes or no (是/否).", "{value} 不是“是”或“否”（Yes/No）。"),
    "text_too_long": (
        "The text is {length} characters long; at most {limit} are accepted.",
        "文本长度为 {length} 个字符；最多接受 {limit} 个。",
    ),
    "start_after_due": (
        "The start date {start} is after the due date {due}.",
        "开始日期 {start} 晚于截止日期 {due}。",
    ),
    "duplicate_code": ("Code {value} is used twice.", "代码 {value} 重复使用。"),
    "line_in_use": (
        "Budget line {id} cannot be deleted: reallocation requests refer to it.",
        "预算行 {id} 无法删除：有预算调整申请引用了它。",
    ),
    "overspent": (
        "Executed {executed} is above planned {planned}.",
        "已执行 {executed} 超过计划 {planned}。",
    ),
    "overcommitted": (
        "Committed {committed} is above planned {planned}.",
        "已承诺 {committed} 超过计划 {planned}。",
    ),
    # -- conflicts ------------------------------------------------------------------------
    "changed_both": (
        "Changed in War Room and in the file since the export.",
        "自导出以来，War Room 和文件中都修改了此行。",
    ),
    "deleted_in_db": (
        "Deleted in War Room since the export, but edited in the file.",
        "自导出以来已在 War Room 中删除，但文件中对其进行了修改。",
    ),
    "changed_in_db_deleted_in_file": (
        "Deleted from the file, but changed in War Room since the export.",
        "已从文件中删除，但自导出以来在 War Room 中被修改过。",
    ),
}


def text(code: str, language: str = "en", **params: object) -> str:
    """The message ``code`` in ``language`` (zh or en) with its placeholders filled."""
    english, chinese = MESSAGES[code]
    template = chinese if language == "zh" else english
    return template.format(**{k: v for k, v in params.items()})
