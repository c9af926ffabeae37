"""sqlite-utils is imported only to apply migrations: opening an up-to-date database reads
the migration record by SQL, with the same answer sqlite-utils gives; the workbook planner
and writer load on first use."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from models.store import open_store
from models.store.sqlite import migrations
from models.store.sqlite.lean import Database
from tests.models.store.store_internals import sqlite_of

ROOT = Path(__file__).resolve().parents[3]

OPEN_TWICE = """
import sys
from models.store import open_store
open_store(sys.argv[1]).close()  # a new file: migrations applied (sqlite-utils needed)
print("sqlite_utils" in sys.modules)
"""

OPEN_CURRENT = """
import sys
from models.store import open_store
store = open_store(sys.argv[1])
print(store.schema_version(), "sqlite_utils" in sys.modules, "click" in sys.modules)
print("models.workbook.planner" in sys.modules, "models.workbook.writer" in sys.modules)
from models.workbook import ExportOptions, plan_import
print(callable(plan_import), ExportOptions.__module__)
"""


def _run(script: str, path: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.splitlines()


def test_up_to_date_database_opens_without_sqlite_utils(tmp_path: Path):
    path = tmp_path / "w.sqlite"
    assert _run(OPEN_TWICE, path) == ["True"]
    assert _run(OPEN_CURRENT, path) == [
        f"{len(migrations.known_names())} False False",
        "False False",
        "True models.workbook.writer",
    ]


def test_applied_names_match_sqlite_utils(tmp_path: Path):
    store = open_store(tmp_path / "w.sqlite")
    connection = sqlite_of(store)
    expected = [m.name for m in migrations.migration_set().applied(connection.database)]
    assert migrations.applied_names(connection.database.conn) == expected
    assert expected == migrations.known_names()
    store.close()


def test_applied_names_of_a_database_without_migrations_is_empty():
    assert migrations.applied_names(sqlite3.connect(":memory:")) == []


def test_migration_set_holds_every_step_in_order():
    with Database(memory=True) as empty:
        pending = [m.name for m in migrations.migration_set().pending(empty)]
    assert pending == migrations.known_names()
    assert migrations.migrations is migrations.migration_set()
