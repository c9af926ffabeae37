"""Only the store speaks SQL: code outside ``models/store/`` goes through the facade.

A PostgreSQL backend can then replace the SQLite one without any caller noticing.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
INSIDE = (ROOT / "models" / "store", ROOT / "tests" / "models" / "store")
SCANNED = ("app", "bench", "controllers", "models", "tests", "tools", "ui")
REACHING_IN = re.compile(
    r"\bsqlite3\b|\bsqlite_utils\b|\.core\.|store\._db\b"
    r"|models\.store\.(sqlite|connection|record_access|rows)\b"
)


def _outside_files() -> list[Path]:
    found: list[Path] = [ROOT / "main.py"]
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if not any(path.is_relative_to(inside) for inside in INSIDE):
                found.append(path)
    return found


def test_nothing_outside_the_store_touches_sql_or_its_connection():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _outside_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if REACHING_IN.search(line)
    ]
    assert offenders == []
