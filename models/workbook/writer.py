"""Export: a styled workbook with one sheet per entity, a README sheet, drop-down lists and
a hidden sheet of row IDs and fingerprints, written with XlsxWriter in constant-memory mode
(rows stream to disk, so 100,000 rows cost a few MB; see perf-facts).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.atomic_file import written_atomically
from models.records import Person
from models.workbook import readme
from models.workbook.schema import (
    BOOL_LABELS,
    ENTITIES,
    ENUM_LABELS,
    FORMAT_VERSION,
    LISTS_SHEET,
    META_SHEET,
    ColumnSpec,
    EntitySpec,
    Kind,
    label,
)
from models.workbook.snapshot import CampaignSnapshot, person_key
from models.workbook.values import (
    cell_text,
    column_letter,
    excel_datetime,
    fingerprint,
    needs_neutralising,
)

Progress = Callable[[int, str], None]
PROGRESS_EVERY = 5000
SPARE_VALIDATED_ROWS = 1000  # drop-downs also cover rows a user adds below the data

HEADER_STYLE = {
    "bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3A5F", "border": 1,
    "text_wrap": True, "valign": "vcenter",
}  # fmt: skip
FORMATS = {
    Kind.MONEY: '"¥"#,##0.00',
    Kind.PERCENT: "0%",
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
}


@dataclass(frozen=True)
class ExportOptions:
    """What to export: entity keys (sheets), an optional department, the header language."""

    entities: tuple[str, ...] = tuple(ENTITIES)
    department_code: str | None = None
    language: str = "zh"


@dataclass
class ExportSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)


@dataclass
class _Sheet:
    spec: EntitySpec
    name: str
    ids: list[int]
    rows: dict[int, dict[str, Any]]
    people: list[Person]
    keys: list[str]


def export_workbook(
    path: Path,
    snapshot: CampaignSnapshot,
    options: ExportOptions,
    exported_at: datetime,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the workbook to a temporary file next to ``path``, then move it into place, so
    a cancelled or failed export never leaves half a file behind."""
    import xlsxwriter

    path = Path(path)
    unknown = [key for key in options.entities if key not in ENTITIES]
    if unknown:
        raise ValueError(f"unknown sheet(s) {unknown}; choose from {list(ENTITIES)}")
    sheets = _select(snapshot, options)
    total_rows = max(1, sum(len(s.ids) for s in sheets))
    with written_atomically(path) as temp:
        book = xlsxwriter.Workbook(
            str(temp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        writer = _Writer(book, snapshot, options)
        readme.write(book, writer.formats, snapshot, options, sheets, exported_at)
        done = 0
        for sheet in sheets:
            done = writer.write_entity(sheet, done, total_rows, progress)
        writer.write_lists()
        writer.write_meta(sheets, exported_at)
        book.close()
        if progress:
            progress(100, "")  # the last chance to cancel before the file appears
    return ExportSummary(path, {s.spec.key: len(s.ids) for s in sheets})


def _select(snapshot: CampaignSnapshot, options: ExportOptions) -> list[_Sheet]:
    department_id = None
    if options.department_code:
        lookups = snapshot.lookups()
        department = lookups.department_by_code.get(options.department_code)
        if department is None:
            known = ", ".join(lookups.department_by_code)
            raise ValueError(f"unknown department {options.department_code!r}; known: {known}")
        department_id = department.id
    sheets = []
    for key in ENTITIES:
        if key not in options.entities:
            continue
        spec = ENTITIES[key]
        rows = snapshot.rows(key)
        ids = [
            record_id
            for record_id, row in rows.items()
            if department_id is None or row.get("department_id") == department_id
        ]
        people = list(snapshot.people) if spec.has_people_columns else []
        keys = snapshot.field_keys(spec, people)
        sheets.append(_Sheet(spec, spec.sheet_name(options.language), ids, rows, people, keys))
    return sheets


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Writer:
    def __init__(self, book: Any, snapshot: CampaignSnapshot, options: ExportOptions) -> None:
        self.book = book
        self.snapshot = snapshot
        self.options = options
        self.language = options.language
        self.lookups = snapshot.lookups()
        self.zone = snapshot.timezone
        self.formats = {
            "header": book.add_format(HEADER_STYLE),
            "id": book.add_format({"font_color": "#7A869A"}),
            "text": book.add_format({}),
            "wrap": book.add_format({"text_wrap": False}),
            "quoted": book.add_format({"quote_prefix": True}),
            "total": book.add_format({"bold": True, "top": 1}),
            "total_money": book.add_format({"bold": True, "top": 1, "num_format": '"¥"#,##0.00'}),
            "title": book.add_format({"bold": True, "font_size": 16}),
            "bold": book.add_format({"bold": True}),
            "muted": book.add_format({"font_color": "#5E6778", "text_wrap": True}),
        }
        for kind, number_format in FORMATS.items():
            self.formats[kind.value] = book.add_format({"num_format": number_format})
        self.lists: dict[str, list[str]] = {}

    # -- entity sheets ----------------------------------------------------------------------

    def columns(self, sheet: _Sheet) -> list[tuple[str, ColumnSpec, str]]:
        """(field key, spec, header) per column, people columns of RACI included."""
        columns = [(c.key, c, c.header(self.language)) for c in sheet.spec.columns]
        for person in sheet.people:
            name = self.lookups.person_name(person.id, self.language)
            spec = ColumnSpec(person_key(person.id or 0), name, name, Kind.RACI_LETTER, width=8)
            columns.append((spec.key, spec, name))
        return columns

    def write_entity(self, sheet: _Sheet, done: int, total: int, progress: Progress | None) -> int:
        ws = self.book.add_worksheet(sheet.name)
        columns = self.columns(sheet)
        for col, (_key, spec, header) in enumerate(columns):
            width = max(spec.width, display_width(header) + 3)
            ws.set_column(col, col, width, self.formats.get(spec.kind.value))
        ws.set_row(0, 30)
        for col, (_key, _spec, header) in enumerate(columns):
            ws.write_string(0, col, header, self.formats["header"])
        last_row = len(sheet.ids)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(last_row, 1), len(columns) - 1)
        for col, (_key, spec, _header) in enumerate(columns):
            self.validate(ws, col, spec.kind, last_row)
        for offset, record_id in enumerate(sheet.ids, start=1):
            values = sheet.rows[record_id]
            ws.write_number(offset, 0, record_id, self.formats["id"])
            for col, (key, spec, _header) in enumerate(columns[1:], start=1):
                self.write_cell(ws, offset, col, spec.kind, values.get(key))
            done += 1
            if progress and done % PROGRESS_EVERY == 0:
                progress(min(99, 100 * done // total), sheet.name)
        if sheet.spec.key == "budget" and sheet.ids:
            self.write_budget_totals(ws, columns, last_row)
        return done

    def write_cell(self, ws: Any, row: int, col: int, kind: Kind, value: Any) -> None:
        if value is None:
            return
        if kind is Kind.MONEY or kind is Kind.PERCENT:
            ws.write_number(row, col, value / 100, self.formats[kind.value])
        elif kind in (Kind.DATE, Kind.DATETIME):
            ws.write_datetime(row, col, excel_datetime(value, self.zone), self.formats[kind.value])
        elif kind is Kind.NUMBER:
            ws.write_number(row, col, value)
        else:
            text = cell_text(kind, value, self.language, self.lookups)
            self.write_text(ws, row, col, str(value) if text is None else text)

    def write_text(self, ws: Any, row: int, col: int, text: str) -> None:
        if not text:
            return
        if needs_neutralising(text):
            # Stored as text with Excel's quote prefix (the cell shows '=...): it can
            # never become a formula, and the value itself round-trips unchanged.
            ws.write_string(row, col, text, self.formats["quoted"])
        else:
            ws.write_string(row, col, text)

    def write_budget_totals(self, ws: Any, columns: list, last_row: int) -> None:
        # Below one blank row, outside the auto-filter: import recognises and skips it.
        row = last_row + 2
        lines = self.snapshot.budget_lines
        for col, (key, spec, _header) in enumerate(columns):
            if key == "item_zh":
                ws.write_string(
                    row, col, label(("Total", "合计"), self.language), self.formats["total"]
                )
            elif spec.kind is Kind.MONEY:
                letter = column_letter(col)
                value = sum(getattr(line, key) for line in lines) / 100
                formula = f"=SUBTOTAL(109,{letter}2:{letter}{last_row + 1})"
                ws.write_formula(row, col, formula, self.formats["total_money"], value)

    # -- validation lists ----------------------------------------------------------------------

    def list_values(self, kind: Kind) -> list[str]:
        language, lookups = self.language, self.lookups
        if kind is Kind.DEPARTMENT:
            return [lookups.department_name(d.id, language) for d in self.snapshot.departments]
        if kind is Kind.PERSON:
            return [lookups.person_name(p.id, language) for p in self.snapshot.people]
        if kind is Kind.PHASE:
            return [lookups.phase_name(p.id, language) for p in self.snapshot.phases]
        if kind is Kind.MILESTONE:
            return [lookups.milestone_name(m.id, language) for m in self.snapshot.milestones]
        if kind is Kind.LEVEL:
            return [lookups.level_name(lv.code, language) for lv in self.snapshot.risk_levels]
        if kind is Kind.BOOL:
            return [label(BOOL_LABELS[True], language), label(BOOL_LABELS[False], language)]
        if kind in ENUM_LABELS:
            return [label(pair, language) for pair in ENUM_LABELS[kind].values()]
        return []

    def validate(self, ws: Any, col: int, kind: Kind, last_row: int) -> None:
        values = self.list_values(kind)
        if not values:
            return
        name = kind.value
        self.lists.setdefault(name, list(dict.fromkeys(values)))
        index = list(self.lists).index(name)
        letter = column_letter(index)
        source = f"='{LISTS_SHEET}'!${letter}$2:${letter}${len(self.lists[name]) + 1}"
        ws.data_validation(
            1, col, last_row + SPARE_VALIDATED_ROWS, col,
            {
                "validate": "list", "source": source, "ignore_blank": True,
                # New budget categories are allowed: warn instead of refusing.
                "error_type": "warning" if kind is Kind.BUDGET_CATEGORY else "stop",
                "error_title": label(("Not in the list", "不在列表中"), self.language),
                "error_message": label(
                    ("Pick a value from the drop-down list.", "请从下拉列表中选择一个值。"),
                    self.language,
                ),
            },
        )  # fmt: skip

    def write_lists(self) -> None:
        ws = self.book.add_worksheet(LISTS_SHEET)
        ws.hide()
        names = list(self.lists)
        for col, name in enumerate(names):
            ws.write_string(0, col, name)
        longest = max((len(v) for v in self.lists.values()), default=0)
        for row in range(longest):
            for col, name in enumerate(names):
                values = self.lists[name]
                if row < len(values):
                    ws.write_string(row + 1, col, values[row])

    # -- the hidden fingerprint sheet -----------------------------------------------------------

    def write_meta(self, sheets: list[_Sheet], exported_at: datetime) -> None:
        ws = self.book.add_worksheet(META_SHEET)
        ws.hide()
        header = [
            "warroom-workbook", FORMAT_VERSION, self.snapshot.campaign_id,
            exported_at.isoformat(), self.language, self.options.department_code or "",
        ]  # fmt: skip
        ws.write_row(0, 0, header)
        row = 1
        for sheet in sheets:
            ws.write_row(row, 0, ["#entity", sheet.spec.key, sheet.name, ",".join(sheet.keys)])
            row += 1
            for record_id in sheet.ids:
                print_ = fingerprint(sheet.rows[record_id], sheet.keys, self.zone)
                ws.write_number(row, 0, record_id)
                ws.write_string(row, 1, print_)
                row += 1
