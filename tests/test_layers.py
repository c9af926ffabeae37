"""Layer rules import-linter cannot see: the UI reaches data only through controllers."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE_ACCESS = re.compile(r"\.store\.|\bsqlite3\b|\bsqlite_utils\b|\bexecute\(")


def test_ui_never_touches_the_store_or_sql():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if STORE_ACCESS.search(line)
    ]
    assert offenders == []
