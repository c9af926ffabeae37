"""Parsed dates and field hashes are reused across rows; reuse never mixes up values that
compare equal but mean different things in a cell."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from models.workbook.values import CellError, field_hash, parse_date

ZONE = ZoneInfo("Asia/Shanghai")


def test_rows_share_one_date_object_per_spelling():
    first, second = parse_date("2026-10-21", 2026), parse_date("2026-10-21", 2026)
    assert first == date(2026, 10, 21) and first is second
    assert parse_date("10月21日", 2025) == date(2025, 10, 21)
    assert parse_date("10月21日", 2026) == date(2026, 10, 21)


def test_a_refused_date_is_refused_every_time():
    for _ in range(2):
        with pytest.raises(CellError):
            parse_date("2026-13-01", 2026)
    with pytest.raises(CellError):
        parse_date(True, 2026)


def test_zero_and_negative_zero_keep_their_own_fingerprints():
    assert field_hash(0.0, ZONE) != field_hash(-0.0, ZONE)
    assert field_hash(-0.0, ZONE) != field_hash(0.0, ZONE)
    assert field_hash("MKT", ZONE) == field_hash("MKT", ZONE) != field_hash("OPS", ZONE)
