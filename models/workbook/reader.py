"""Import, first half: read a checked workbook with python-calamine into parsed rows.

A sheet is matched to an entity by its name (either language, or the hidden sheet's
record of it) or else by its headers. The header row is searched for below title rows and
merged cells; columns are mapped through the key table wherever they were moved; blank
rows and totals rows are skipped; each cell is parsed to a typed value or a located error.

Rows are streamed: only the first rows of a sheet (where the header is searched) are held
as Python lists; the rest are parsed one at a time while the planner consumes them, so a
100,000-row sheet never exists as a list of lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from models.workbook.plan import Problem, Severity, WorkbookRefused
from models.workbook.schema import (
    ENTITIES,
    FORMAT_VERSION,
    LISTS_SHEET,
    META_SHEET,
    README_NAMES,
    ColumnSpec,
    EntitySpec,
    Kind,
    entity_for_sheet,
    is_total_label,
    normalize_name,
)
from models.workbook.security import check_workbook_file
from models.workbook.snapshot import AMBIGUOUS, CampaignSnapshot, Lookups, person_key
from models.workbook.values import (
    CellError,
    column_letter,
    is_blank,
    parse_cell,
    parse_id,
    split_fingerprint,
)

HEADER_SEARCH_ROWS = 30
BLANK_VALUES = {Kind.TEXT: "", Kind.LONG_TEXT: "", Kind.MONEY: 0, Kind.PERCENT: 0, Kind.BOOL: False}

Progress = Callable[[int, str], None]


@dataclass
class ExportedEntity:
    """What the hidden sheet says about one entity at export time."""

    sheet: str
    keys: list[str]
    hashes: dict[int, list[str]]


@dataclass
class Meta:
    campaign_id: int
    language: str
    department_code: str
    entities: dict[str, ExportedEntity]


@dataclass(slots=True)
class ParsedRow:
    row: int  # 1-based sheet row
    record_id: int | None
    values: dict[str, Any]  # typed values of the columns present in the sheet
    ok: bool = True


Report = Callable[[Problem], None]


@dataclass
class ParsedSheet:
    """A recognised sheet; ``rows()`` parses its data rows lazily, once."""

    name: str
    spec: EntitySpec
    columns: dict[str, ColumnSpec] = field(default_factory=dict)  # field key -> spec
    headers: dict[str, str] = field(default_factory=dict)  # field key -> header as found
    positions: dict[str, int] = field(default_factory=dict)  # field key -> column index
    usable: bool = True
    header_row: int = 0  # 0-based index of the header row
    height: int = 0  # rows in the sheet (for progress)
    _raw: Iterator[tuple[int, list[Any]]] = field(default=iter(()), repr=False)
    _report: Report = field(default=lambda problem: None, repr=False)

    def rows(self, lookups: Lookups, zone: Any, year: int) -> Iterator[ParsedRow]:
        """Typed rows below the header; cell problems go to the report as they are met."""
        return _parse_rows(self, self._raw, lookups, zone, year, self._report)


@dataclass
class ParsedWorkbook:
    meta: Meta | None
    sheets: list[ParsedSheet]
    problems: list[Problem]


class WorkbookReader:
    """An open, checked workbook: sheets are recognised up front, rows read on demand.

    Use as a context manager; the calamine workbook stays open until the block ends.
    """

    def __init__(self, path: Path, snapshot: CampaignSnapshot, report: Report) -> None:
        check_workbook_file(Path(path))
        from python_calamine import CalamineWorkbook

        try:
            self._book = CalamineWorkbook.from_path(str(path))
        except Exception as error:  # calamine raises its own error types for damaged parts
            raise WorkbookRefused("unreadable", detail=str(error)[:200]) from error
        self._snapshot = snapshot
        self._report = report

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._book.close()

    def read(self, progress: Progress | None = None) -> ParsedWorkbook:
        """The hidden sheet and every recognised sheet (rows not parsed yet)."""
        from python_calamine import SheetVisibleEnum

        book = self._book
        problems: list[Problem] = []
        meta = _read_meta(book, problems)
        if meta is not None and meta.campaign_id != self._snapshot.campaign_id:
            raise WorkbookRefused("other_campaign", found=meta.campaign_id)
        sheets = []
        names = [m.name for m in book.sheets_metadata if m.visible == SheetVisibleEnum.Visible]
        wanted = [n for n in names if n not in (META_SHEET, LISTS_SHEET)]
        wanted = [n for n in wanted if normalize_name(n) not in map(normalize_name, README_NAMES)]
        for index, name in enumerate(wanted):
            if progress:
                progress(5 + 10 * index // max(1, len(wanted)), name)
            try:
                sheet = book.get_sheet_by_name(name)
            except Exception as error:  # a damaged sheet part
                raise WorkbookRefused("unreadable", detail=f"{name}: {error}"[:200]) from error
            raw = _numbered_rows(sheet)
            head = list(islice(raw, HEADER_SEARCH_ROWS))
            parsed = _read_sheet(name, [cells for _, cells in head], self._snapshot, meta, problems)
            if parsed is not None:
                parsed.height = _height(sheet)
                parsed._raw = chain(head, raw)
                parsed._report = self._report
                sheets.append(parsed)
        if not sheets:
            problems.append(Problem("no_known_sheets"))
        return ParsedWorkbook(meta, sheets, problems)


def _numbered_rows(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    """(1-based row number, cells from column A) for every row, streamed from calamine.

    calamine yields rows from the top of the sheet but columns only from the first used
    one, so the left margin is put back for column letters to match what a person sees.
    """
    start = sheet.start
    margin = [""] * (start[1] if start else 0)
    try:
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            yield number, (margin + cells) if margin else cells
    except Exception as error:  # a damaged sheet part found while streaming
        raise WorkbookRefused("unreadable", detail=f"{sheet.name}: {error}"[:200]) from error


def _height(sheet: Any) -> int:
    end = sheet.end
    return int(end[0]) + 1 if end else 0


def _read_meta(book: Any, problems: list[Problem]) -> Meta | None:
    if META_SHEET not in book.sheet_names:
        problems.append(Problem("no_meta", severity=Severity.WARNING))
        return None
    try:
        rows = book.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False)
        head = rows[0]
        if head[0] != "warroom-workbook":
            raise ValueError("not our sheet")
        if int(head[1]) > FORMAT_VERSION:
            raise WorkbookRefused("newer_format", found=int(head[1]))
        head = [*head, "", "", ""]
        meta = Meta(int(head[2]), str(head[4] or ""), str(head[5] or ""), {})
        current: ExportedEntity | None = None
        for row in rows[1:]:
            if not row or is_blank(row[0]):
                continue
            if row[0] == "#entity":
                keys = [k for k in str(row[3]).split(",") if k]
                current = ExportedEntity(str(row[2]), keys, {})
                meta.entities[str(row[1])] = current
            elif current is not None:
                hashes = split_fingerprint(str(row[1]), len(current.keys))
                if hashes is None:
                    raise ValueError("bad fingerprint")
                current.hashes[int(row[0])] = hashes
        return meta
    except WorkbookRefused:
        raise
    except (IndexError, TypeError, ValueError):
        problems.append(Problem("meta_damaged", severity=Severity.WARNING))
        return None


def _match_header(cells: list[Any], spec: EntitySpec, snapshot: CampaignSnapshot) -> dict[int, str]:
    """Column index -> field key for the cells of one candidate header row."""
    names = {normalize_name(n): c.key for c in spec.columns for n in c.names()}
    people: dict[str, Any] = {}  # normalized name -> person id, or AMBIGUOUS
    if spec.has_people_columns:
        for p in snapshot.people:
            for n in (p.name, p.name_en):
                key = normalize_name(n)
                people[key] = AMBIGUOUS if people.get(key, p.id) != p.id else p.id
    found: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = normalize_name(cell)
        if not key:
            continue
        if key in names:
            found[index] = names[key]
        elif key in people and people[key] is not AMBIGUOUS:
            found[index] = person_key(people[key])
    return found


def _find_header(
    rows: list[list[Any]], spec: EntitySpec, snapshot: CampaignSnapshot
) -> tuple[int, dict[int, str]]:
    best: dict[int, str] = {}
    best_row = -1
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _match_header(cells, spec, snapshot)
        fixed = sum(1 for key in found.values() if not key.startswith("person:"))
        if fixed > sum(1 for key in best.values() if not key.startswith("person:")):
            best, best_row = found, index
    return best_row, best


def _read_sheet(
    name: str,
    rows: list[list[Any]],
    snapshot: CampaignSnapshot,
    meta: Meta | None,
    problems: list[Problem],
) -> ParsedSheet | None:
    spec = entity_for_sheet(name)
    if spec is None and meta is not None:
        for entity, exported in meta.entities.items():
            if exported.sheet == name:
                spec = ENTITIES[entity]
    header_row: int = -1
    mapping: dict[int, str] = {}
    if spec is not None:
        header_row, mapping = _find_header(rows, spec, snapshot)
    else:
        for candidate in ENTITIES.values():
            row, found = _find_header(rows, candidate, snapshot)
            if len(found) >= 3 and len(found) > len(mapping):
                spec, header_row, mapping = candidate, row, found
    if spec is None:
        if any(not is_blank(c) for r in rows[:HEADER_SEARCH_ROWS] for c in r):
            problems.append(Problem("sheet_ignored", {"sheet": name}, severity=Severity.WARNING))
        return None
    sheet = ParsedSheet(name, spec)
    fixed = sum(1 for key in mapping.values() if not key.startswith("person:"))
    if fixed < 2:
        example = " / ".join(c.zh for c in spec.columns[1:4])
        problems.append(
            Problem("no_header", {"rows": HEADER_SEARCH_ROWS, "example": example}, sheet=name)
        )
        sheet.usable = False
        return sheet
    header_cells = rows[header_row]
    specs = {c.key: c for c in spec.columns}
    seen: dict[str, int] = {}
    for index, cell in enumerate(header_cells):
        key = mapping.get(index)
        where = f"{cell} ({column_letter(index)})"
        if key is None:
            if not is_blank(cell):
                problems.append(
                    Problem("unknown_column", {"column": repr(str(cell))}, name,
                            header_row + 1, where, Severity.WARNING)
                )  # fmt: skip
            continue
        if key in seen:
            problems.append(
                Problem(
                    "duplicate_column", {"column": repr(str(cell))}, name, header_row + 1, where
                )
            )
            sheet.usable = False
            continue
        seen[key] = index
        sheet.positions[key] = index
        sheet.headers[key] = str(cell)
        sheet.columns[key] = specs.get(key) or ColumnSpec(
            key, str(cell), str(cell), Kind.RACI_LETTER
        )
    for column in spec.columns:
        if column.required and column.key not in seen and not _has_sibling(column.key, seen):
            problems.append(
                Problem("missing_column", {"column": f"{column.zh} / {column.en}"}, name,
                        header_row + 1)
            )  # fmt: skip
            sheet.usable = False
    sheet.header_row = header_row
    return sheet


def _has_sibling(key: str, seen: dict[str, int]) -> bool:
    """title_zh may be missing when title_en is there (and the other way round)."""
    for a, b in (("_zh", "_en"), ("_en", "_zh")):
        if key.endswith(a) and key[: -len(a)] + b in seen:
            return True
    return False


def _parse_rows(
    sheet: ParsedSheet,
    raw: Iterator[tuple[int, list[Any]]],
    lookups: Lookups,
    zone: Any,
    year: int,
    report: Report,
) -> Iterator[ParsedRow]:
    positions = sheet.positions
    id_col = positions.get("id")
    fields = [(key, col, sheet.columns[key]) for key, col in positions.items() if key != "id"]
    for number, cells in raw:
        if number <= sheet.header_row + 1:
            continue
        if all(is_blank(c) for c in cells):
            continue
        raw_id = cells[id_col] if id_col is not None and id_col < len(cells) else None
        if is_blank(raw_id) and any(isinstance(c, str) and is_total_label(c) for c in cells):
            report(Problem("total_skipped", {}, sheet.name, number, severity=Severity.WARNING))
            continue
        parsed = ParsedRow(number, None, {})
        if not is_blank(raw_id):
            try:
                parsed.record_id = parse_id(raw_id)
            except CellError as error:
                parsed.ok = False
                report(_cell_problem(error, sheet, "id", id_col or 0, number))
        values = parsed.values
        width = len(cells)
        for key, col, column in fields:
            cell = cells[col] if col < width else None
            if is_blank(cell):
                values[key] = BLANK_VALUES.get(column.kind)
                continue
            try:
                values[key] = parse_cell(column.kind, cell, lookups, zone, year)
            except CellError as error:
                parsed.ok = False
                report(_cell_problem(error, sheet, key, col, number))
        yield parsed


def _cell_problem(error: CellError, sheet: ParsedSheet, key: str, col: int, row: int) -> Problem:
    header = sheet.headers.get(key, key)
    return Problem(error.code, error.params, sheet.name, row, f"{header} ({column_letter(col)})")
