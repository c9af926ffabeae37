"""Cell values: typed field value <-> what a cell holds, and the canonical text compared
and fingerprinted on both sides of a round trip.

Parsing is forgiving about form (¥ and thousands separators, full-width digits, several
date spellings, labels in either language) and strict about meaning (no negative money,
no year 9999, no unknown department). Imported text is stored as text; nothing in it is
ever evaluated.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation, localcontext
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from models.budget import MAX_AMOUNT_CENTS
from models.records import RaciLetter
from models.workbook.schema import (
    BOOL_ALIASES,
    BOOL_LABELS,
    ENUM_LABELS,
    Kind,
    label,
    normalize_name,
)
from models.workbook.snapshot import AMBIGUOUS, Lookups

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_TEXT = 4000
MAX_NUMBER = 1e15
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_EPOCH = datetime(1899, 12, 30)


class CellError(Exception):
    """A cell's value is refused; ``code`` and ``params`` name the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def needs_neutralising(text: str) -> bool:
    """Text a spreadsheet would run as a formula (or DDE) when typed in."""
    return text.startswith(FORMULA_STARTS)


# -- canonical form and fingerprints --------------------------------------------------------


def canonical(value: Any, zone: ZoneInfo) -> str:
    """One spelling per value so that War Room, export and import agree on equality."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        local = value.astimezone(zone) if value.tzinfo else value
        local = (local + timedelta(microseconds=500_000)).replace(microsecond=0)
        return local.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 9)).removesuffix(".0")
    if isinstance(value, str):
        return value.replace("\r\n", "\n").rstrip()
    return str(value)


# Codes, ids, dates and amounts repeat down a column: each value is hashed once (an export
# of 100,000 rows fingerprints over a million fields).
_HASHES: dict[tuple[type, Any, ZoneInfo], str] = {}
_HASHES_KEPT = 8192


def field_hash(value: Any, zone: ZoneInfo) -> str:
    """8 hex digits per field; a row's fingerprint is these joined in column order."""
    if type(value) is float:  # -0.0 equals 0.0 but spells "-0"
        return _field_hash(value, zone)
    key = (type(value), value, zone)  # the type keeps True apart from 1
    try:
        found = _HASHES.get(key)
    except TypeError:  # an unhashable value
        return _field_hash(value, zone)
    if found is None:
        found = _field_hash(value, zone)
        if len(_HASHES) >= _HASHES_KEPT:
            _HASHES.clear()
        _HASHES[key] = found
    return found


def _field_hash(value: Any, zone: ZoneInfo) -> str:
    return hashlib.blake2b(canonical(value, zone).encode(), digest_size=4).hexdigest()


def fingerprint(row: dict[str, Any], keys: list[str], zone: ZoneInfo) -> str:
    return "".join(field_hash(row.get(key), zone) for key in keys)


def split_fingerprint(text: str, count: int) -> list[str] | None:
    if len(text) != 8 * count or not re.fullmatch(r"[0-9a-f]*", text):
        return None
    return [text[i * 8 : i * 8 + 8] for i in range(count)]


# -- export: typed value -> cell, and -> display text ----------------------------------------


def enum_label(kind: Kind, value: Any, language: str) -> str:
    if value is None or value == "":
        return ""
    code = value.value if isinstance(value, Enum) else value
    for key, pair in ENUM_LABELS[kind].items():
        if (key.value if isinstance(key, Enum) else key) == code:
            return label(pair, language)
    return str(code)


def display(kind: Kind, value: Any, language: str, lookups: Lookups, zone: ZoneInfo) -> str:
    """The value as a person reads it (cells of the README, preview old → new)."""
    if value is None or value == "":
        return "∅"
    if kind is Kind.MONEY:
        return f"¥{value / 100:,.2f}"
    if kind is Kind.PERCENT:
        return f"{value}%"
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.DATETIME:
        return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    if kind is Kind.NUMBER:
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if kind is Kind.BOOL:
        return label(BOOL_LABELS[bool(value)], language)
    text = cell_text(kind, value, language, lookups)
    return text if text is not None else str(value)


def cell_text(kind: Kind, value: Any, language: str, lookups: Lookups) -> str | None:
    """The label written for reference and enum kinds; None for other kinds."""
    if kind is Kind.DEPARTMENT:
        return lookups.department_name(value, language)
    if kind is Kind.PERSON:
        return lookups.person_name(value, language)
    if kind is Kind.PHASE:
        return lookups.phase_name(value, language)
    if kind is Kind.MILESTONE:
        return lookups.milestone_name(value, language)
    if kind is Kind.LEVEL:
        return lookups.level_name(value, language)
    if kind in ENUM_LABELS:
        return enum_label(kind, value, language)
    if kind is Kind.BOOL:
        return label(BOOL_LABELS[bool(value)], language)
    return None


def excel_datetime(value: date | datetime, zone: ZoneInfo) -> datetime:
    """A naive local datetime (Excel has no time zones)."""
    if isinstance(value, datetime):
        return value.astimezone(zone).replace(tzinfo=None) if value.tzinfo else value
    return datetime.combine(value, time())


# -- import: raw cell -> typed value ---------------------------------------------------------


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _folded(raw: Any) -> str:
    """Width-folded text: full-width digits and punctuation become ASCII."""
    return unicodedata.normalize("NFKC", str(raw)).strip()


def shown(raw: Any) -> str:
    """A raw value quoted for a message."""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        raw = int(raw)
    text = raw.isoformat() if isinstance(raw, date) else str(raw)
    return repr(text[:60])


def parse_decimal(raw: Any) -> Decimal:
    if isinstance(raw, bool):
        raise CellError("bad_number", value=shown(raw))
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise CellError("not_finite", value=shown(raw))
        return Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    text = _folded(raw)
    multiplier = Decimal(1)
    for suffix, factor in (("亿", 100_000_000), ("万", 10_000), ("元", 1)):
        if text.endswith(suffix):
            text, multiplier = text[: -len(suffix)].strip(), multiplier * factor
    negative = text.startswith("(") and text.endswith(")")
    cleaned = re.sub(r"(?i)^(cny|rmb)|[¥$,\s'()]|(cny|rmb)$", "", text)
    if negative:
        cleaned = "-" + cleaned
    try:
        number = Decimal(cleaned) * multiplier
    except InvalidOperation as error:
        raise CellError("bad_number", value=shown(raw)) from error
    if not number.is_finite():
        raise CellError("not_finite", value=shown(raw))
    return number


def parse_money(raw: Any) -> int:
    """Yuan (number or text such as '¥1,234.50', '12.5万') to fen."""
    number = parse_decimal(raw)
    if number < 0:
        raise CellError("negative", value=shown(raw))
    with localcontext() as context:
        context.prec = 40
        cents = int((number * 100).to_integral_value())
    if cents > MAX_AMOUNT_CENTS:
        raise CellError("too_large", value=shown(raw), limit=f"¥{MAX_AMOUNT_CENTS // 100:,}")
    return cents


def parse_number(raw: Any) -> float:
    text = _folded(raw) if isinstance(raw, str) else raw
    percent = isinstance(text, str) and text.endswith("%")
    number = parse_decimal(text[:-1] if percent else text)
    value = float(number)
    if abs(value) > MAX_NUMBER:
        raise CellError("too_large", value=shown(raw), limit=f"{MAX_NUMBER:.0e}")
    return value


def parse_percent(raw: Any) -> int:
    """'85%' and 85 mean 85 points; a number up to 1 (what a %-formatted cell holds) is a
    fraction, so 0.85 and 1 mean 85 and 100."""
    text = _folded(raw) if isinstance(raw, str) else raw
    try:
        if isinstance(text, str) and text.endswith("%"):
            value = float(parse_decimal(text[:-1]))
        else:
            value = float(parse_decimal(text))
            if 0 <= value <= 1:
                value *= 100
    except CellError as error:
        raise CellError("bad_percent", value=shown(raw)) from error
    if not 0 <= value <= 100:
        raise CellError("bad_percent", value=shown(raw))
    return round(value)


_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"),
    re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日?"),
    re.compile(r"(?P<m>\d{1,2})[-/](?P<d>\d{1,2})"),
)
_TIME = re.compile(r"(?P<h>\d{1,2})[:时](?P<mi>\d{1,2})(?::(?P<s>\d{1,2}))?分?")


def _check_year(day: date, raw: Any) -> None:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise CellError("date_range", value=shown(raw), low=MIN_YEAR, high=MAX_YEAR)


def _from_serial(number: float, raw: Any) -> datetime:
    # A date typed into a cell without a date format arrives as Excel's day number.
    if not 1 <= number <= 2_958_465:
        raise CellError("bad_date", value=shown(raw))
    return EXCEL_EPOCH + timedelta(days=number)


# A column holds the same few dates on thousands of rows: each is parsed once, and the rows
# share one date object (100,000 new tasks then hold two dates, not 200,000).
_DAYS: dict[tuple[type, Any, int], date] = {}
_DAYS_KEPT = 4096


def parse_date(raw: Any, default_year: int) -> date:
    key = (type(raw), raw, default_year)  # the type keeps True apart from 1
    day = _DAYS.get(key)
    if day is None:
        day = _parse_date(raw, default_year)
        if len(_DAYS) >= _DAYS_KEPT:
            _DAYS.clear()
        _DAYS[key] = day
    return day


def _parse_date(raw: Any, default_year: int) -> date:
    if isinstance(raw, datetime):
        day = raw.date()
    elif isinstance(raw, date):
        day = raw
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        day = _from_serial(float(raw), raw).date()
    else:
        text = _folded(raw)
        for pattern in _DATE_PATTERNS:
            match = pattern.match(text)
            if match and not text[match.end() :].strip(" 0:T"):
                year = int(match.groupdict().get("y") or default_year)
                try:
                    day = date(year, int(match["m"]), int(match["d"]))
                except ValueError as error:
                    raise CellError("bad_date", value=shown(raw)) from error
                break
        else:
            raise CellError("bad_date", value=shown(raw))
    _check_year(day, raw)
    return day


def parse_datetime(raw: Any, zone: ZoneInfo, default_year: int) -> datetime:
    """A local date and time in the campaign zone, stored aware (UTC in the database)."""
    if isinstance(raw, datetime):
        moment = raw if raw.tzinfo else raw.replace(tzinfo=zone)
    elif isinstance(raw, date):
        moment = datetime.combine(raw, time(), zone)
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        moment = _from_serial(float(raw), raw).replace(tzinfo=zone)
    else:
        text = _folded(raw).replace("T", " ")
        day_text, _, time_text = text.partition(" ")
        try:
            day = parse_date(day_text, default_year)
        except CellError as error:
            raise CellError("bad_datetime", value=shown(raw)) from error
        clock = time()
        if time_text.strip():
            match = _TIME.fullmatch(time_text.strip())
            if not match:
                raise CellError("bad_datetime", value=shown(raw))
            try:
                clock = time(int(match["h"]), int(match["mi"]), int(match["s"] or 0))
            except ValueError as error:
                raise CellError("bad_datetime", value=shown(raw)) from error
        moment = datetime.combine(day, clock, zone)
    _check_year(moment.date(), raw)
    moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
    return moment.astimezone(UTC)


def parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float):
        if raw in (0, 1):
            return bool(raw)
        raise CellError("bad_bool", value=shown(raw))
    wanted = normalize_name(raw)
    for value, names in BOOL_ALIASES.items():
        if wanted in {normalize_name(n) for n in (*names, *BOOL_LABELS[value])}:
            return value
    raise CellError("bad_bool", value=shown(raw))


def parse_text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a code typed as 12 comes back as 12.0
    if isinstance(raw, datetime | date):
        raw = raw.isoformat()
    text = str(raw).replace("\r\n", "\n").rstrip()
    if len(text) > MAX_TEXT:
        raise CellError("text_too_long", length=len(text), limit=MAX_TEXT)
    return text


def parse_enum(kind: Kind, raw: Any) -> Any:
    wanted = normalize_name(raw)
    labels = ENUM_LABELS[kind]
    for key, pair in labels.items():
        code = key.value if isinstance(key, Enum) else key
        if wanted in {normalize_name(code), normalize_name(pair[0]), normalize_name(pair[1])}:
            return key
    if kind is Kind.BUDGET_CATEGORY:
        # Categories are data: an unknown one becomes a new category code.
        return parse_text(raw)
    known = ", ".join(f"{p[1]}/{p[0]}" if p[0] != p[1] else p[0] for p in labels.values())
    raise CellError("unknown_value", value=shown(raw), known=known)


def _lookup(index: dict[str, Any], raw: Any, code: str, known: str = "") -> Any:
    found = index.get(normalize_name(raw))
    if found is None:
        raise CellError(code, value=shown(raw), known=known)
    if found is AMBIGUOUS:
        raise CellError("ambiguous", value=shown(raw))
    return found


def parse_cell(kind: Kind, raw: Any, lookups: Lookups, zone: ZoneInfo, year: int) -> Any:
    """The typed field value of one non-blank cell; raises ``CellError``."""
    if kind is Kind.TEXT or kind is Kind.LONG_TEXT:
        return parse_text(raw)
    if kind is Kind.MONEY:
        return parse_money(raw)
    if kind is Kind.PERCENT:
        return parse_percent(raw)
    if kind is Kind.NUMBER:
        return parse_number(raw)
    if kind is Kind.DATE:
        return parse_date(raw, year)
    if kind is Kind.DATETIME:
        return parse_datetime(raw, zone, year)
    if kind is Kind.BOOL:
        return parse_bool(raw)
    if kind is Kind.DEPARTMENT:
        known = ", ".join(d.code for d in lookups.departments.values())
        return _lookup(lookups.department_by_name, raw, "unknown_department", known)
    if kind is Kind.PERSON:
        return _lookup(lookups.person_by_name, raw, "unknown_person")
    if kind is Kind.PHASE:
        known = ", ".join(p.name_zh for p in lookups.phases.values())
        return _lookup(lookups.phase_by_name, raw, "unknown_phase", known)
    if kind is Kind.MILESTONE:
        return _lookup(lookups.milestone_by_name, raw, "unknown_milestone")
    if kind is Kind.LEVEL:
        known = ", ".join(f"{lv.name_zh}/{lv.name_en}" for lv in lookups.levels.values())
        return _lookup(lookups.level_by_name, raw, "unknown_value", known)
    if kind is Kind.RACI_LETTER:
        letter = _folded(raw).upper()
        if letter not in {x.value for x in RaciLetter}:
            raise CellError("unknown_value", value=shown(raw), known="R, A, C, I")
        return RaciLetter(letter)
    if kind in ENUM_LABELS:
        return parse_enum(kind, raw)
    raise ValueError(f"no parser for {kind}")


def parse_id(raw: Any) -> int:
    try:
        number = parse_decimal(raw)
    except CellError as error:
        raise CellError("bad_id", value=shown(raw)) from error
    if number != number.to_integral_value() or not 0 < number < 2**53:
        raise CellError("bad_id", value=shown(raw))
    return int(number)


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
