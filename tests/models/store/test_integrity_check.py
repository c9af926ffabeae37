"""The integrity check started early (on its own thread, while the window's modules import)
refuses exactly what the check at open refuses, and is ignored for another file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from models.errors import CorruptDatabaseError, NotADatabaseError
from models.store import IntegrityCheck, open_store
from tests.models.store.store_internals import sqlite_of

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _broken(path: Path) -> Path:
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    data = bytearray(path.read_bytes())
    data[4096:40960] = b"\xde\xad\xbe\xef" * ((40960 - 4096) // 4)  # header kept
    path.write_bytes(bytes(data))
    return path


def test_early_check_refuses_a_damaged_file_untouched(tmp_path: Path):
    path = _broken(tmp_path / "broken.sqlite")
    before = path.read_bytes()
    check = IntegrityCheck(path)
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_store(path, integrity=check)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("broken.sqlite.bak-*"))


def test_early_check_of_a_sound_file_opens_it(tmp_path: Path):
    path = tmp_path / "w.sqlite"
    open_store(path).close()
    check = IntegrityCheck(path)
    assert check.answer(path.resolve()) == [("ok",)]
    store = open_store(path, integrity=check)
    assert sqlite_of(store).scalar("PRAGMA journal_mode") == "wal"
    store.close()


def test_a_check_of_another_file_is_not_taken_for_this_one(tmp_path: Path):
    sound = tmp_path / "sound.sqlite"
    open_store(sound).close()
    broken = _broken(tmp_path / "broken.sqlite")
    with pytest.raises(CorruptDatabaseError):
        open_store(broken, integrity=IntegrityCheck(sound))  # checked again at open


def test_no_early_check_for_a_missing_or_foreign_file(tmp_path: Path):
    missing = tmp_path / "new.sqlite"
    assert IntegrityCheck(missing).answer(missing.resolve()) is None
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database\n" * 20)
    check = IntegrityCheck(notes)
    assert check.answer(notes.resolve()) is None
    with pytest.raises(NotADatabaseError):
        open_store(notes, integrity=check)
    assert not (tmp_path / "new.sqlite").exists()  # the check never creates a file
