"""Opening databases: creation, upgrade in place, and refusing files we must not touch."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from models.errors import CorruptDatabaseError, NewerSchemaError, NotADatabaseError, StoreError
from models.store import open_store
from models.store.sqlite import migrations
from tests.helpers import run_meeting_file_permissions
from tests.models.store.store_internals import sqlite_of

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_new_database_gets_every_migration_and_wal(tmp_path: Path):
    path = tmp_path / "new.sqlite"
    store = open_store(path)
    assert store.schema_version() == len(migrations.known_names())
    assert sqlite_of(store).scalar("PRAGMA journal_mode") == "wal"
    assert sqlite_of(store).scalar("PRAGMA foreign_keys") == 1
    store.close()


def test_version_1_database_upgrades_in_place_and_keeps_its_data(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    store = open_store(path)
    campaign = store.campaign.current()
    assert campaign is not None and campaign.name == "2026 双十一"
    assert len(store.plan.tasks(campaign.id)) >= 120
    assert store.schema_version() == len(migrations.known_names())
    indexes = {
        row[0] for row in sqlite_of(store).rows("SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert "idx_task_department" in indexes
    catalogue = [m.code for m in store.metrics.metrics()]
    store.close()
    backups = list(tmp_path.glob("old.sqlite.bak-*"))
    assert len(backups) == 1, "an upgrade must leave a backup of the old file"
    with sqlite3.connect(backups[0]) as copy:
        applied = [r[0] for r in copy.execute("SELECT name FROM _sqlite_migrations")]
        added = [r[0] for r in copy.execute("SELECT code FROM metric ORDER BY rowid")]
    assert applied == ["0001_initial_schema"]
    assert catalogue == added  # the order column (0007) keeps the order of addition


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "newer.sqlite"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [migrations.MIGRATION_SET, "9999_from_the_future", "2030-01-01"],
        )
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before


def test_non_sqlite_file_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 20)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a War Room"):
        open_store(path)
    assert path.read_bytes() == before


def test_corrupted_database_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "broken.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    data = bytearray(path.read_bytes())
    # Keep the header, wreck the pages behind it.
    data[4096:40960] = b"\xde\xad\xbe\xef" * ((40960 - 4096) // 4)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_store(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("broken.sqlite.bak-*"))


def test_missing_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(StoreError, match="folder does not exist"):
        open_store(tmp_path / "nowhere" / "db.sqlite")


# Opens a database in the folder given and prints the refusal (nothing when it opened).
OPEN_IN_FOLDER = """
import sys
from models.errors import StoreError
from models.store import open_store
try:
    open_store(sys.argv[1]).close()
except StoreError as error:
    print(error)
"""


def test_unwritable_folder_is_a_clear_error(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        done = run_meeting_file_permissions(OPEN_IN_FOLDER, str(folder / "db.sqlite"))
    finally:
        folder.chmod(0o700)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"The database folder is not writable: {folder}"
    assert list(folder.iterdir()) == []  # nothing was created


def test_backups_are_consistent_copies_and_only_the_newest_are_kept(tmp_path: Path, actor):
    from models.demo.builder import build_demo
    from models.store.sqlite.backup import BACKUPS_KEPT

    path = tmp_path / "live.sqlite"
    store = open_store(path)
    build_demo(store, actor)
    copies = [store.backup() for _ in range(BACKUPS_KEPT + 2)]
    store.close()
    kept = sorted(tmp_path.glob("live.sqlite.bak-*"))
    assert kept == sorted(copies[-BACKUPS_KEPT:])
    restored = open_store(kept[-1])
    assert len(restored.plan.tasks(restored.campaign.current().id)) >= 120
    restored.close()
