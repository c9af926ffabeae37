"""Failures are sorted by SQLite's result code: each environmental kind is its own class,
a locked database is never called damaged, and our own bugs are logged and reported as
internal errors."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from models.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StoreError,
    StoreErrorKind,
    StoreInternalError,
    WarRoomError,
)
from models.records import Task
from models.store import open_store
from models.store.sqlite.errors import classify
from tests.helpers import run_meeting_file_permissions
from tests.models.store import failures


def test_a_write_while_another_program_holds_the_lock_is_busy(tmp_path: Path):
    error = failures.busy_write(tmp_path)
    assert type(error) is DatabaseBusyError and error.kind is StoreErrorKind.BUSY
    assert error.path == tmp_path / "busy.sqlite"
    assert "busy" in str(error)


def test_reads_go_on_while_another_program_writes(tmp_path: Path, actor):
    path = tmp_path / "wal.sqlite"
    store = open_store(path, busy_timeout_ms=50)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # in WAL mode this shuts out writers, not readers
    try:
        assert store.campaign.current() is None
    finally:
        other.close()
        store.close()


def test_a_locked_database_is_busy_when_opened_never_damaged(tmp_path: Path):
    error = failures.busy_open(tmp_path)
    assert type(error) is DatabaseBusyError
    assert not isinstance(error, CorruptDatabaseError)


def test_a_write_the_database_refuses_is_read_only(tmp_path: Path):
    error = failures.read_only_write(tmp_path)
    assert type(error) is ReadOnlyDatabaseError and error.kind is StoreErrorKind.READ_ONLY


# Opens the database given and prints the kind of the refusal.
OPEN_AND_SAY_KIND = """
import sys
from models.errors import StoreError
from models.store import open_store
try:
    open_store(sys.argv[1]).close()
except StoreError as error:
    print(type(error).__name__, error.kind.value)
"""


def test_a_read_only_file_is_refused_as_read_only(tmp_path: Path):
    path = tmp_path / "shared.sqlite"
    open_store(path).close()
    path.chmod(0o444)
    done = run_meeting_file_permissions(OPEN_AND_SAY_KIND, str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ReadOnlyDatabaseError", "read_only"]


def test_a_full_disk_is_its_own_kind_and_leaves_nothing_half_written(tmp_path: Path):
    error = failures.disk_full_write(tmp_path)
    assert type(error) is DiskFullError and error.kind is StoreErrorKind.DISK_FULL
    store = open_store(tmp_path / "full.sqlite")
    assert not [t for t in store.plan.tasks(1) if t.title_en.startswith("Task ")]
    store.close()


def test_a_damaged_file_is_corrupt(tmp_path: Path):
    error = failures.damaged_open(tmp_path)
    assert type(error) is CorruptDatabaseError and error.kind is StoreErrorKind.CORRUPT
    assert error.detail  # what SQLite found, for the log


def test_environmental_errors_are_war_room_errors_and_bugs_are_not():
    assert issubclass(DiskFullError, StoreError) and issubclass(StoreError, WarRoomError)
    assert not issubclass(StoreInternalError, WarRoomError)


def test_a_broken_constraint_is_an_internal_error_logged_with_its_traceback(
    demo_store, actor, caplog
):
    task = demo_store.plan.tasks(1)[0]
    caplog.set_level(logging.ERROR, logger="models.store.sqlite.errors")
    with pytest.raises(StoreInternalError, match="FOREIGN KEY constraint failed") as failed:
        demo_store.plan.add_task(actor, Task(None, 1, 999_999, task.phase_id, "x", "x",
                                             task.planned_start, task.due_date))  # fmt: skip
    assert failed.value.constraint and failed.value.kind is StoreErrorKind.INTERNAL
    (record,) = caplog.records
    assert record.exc_info is not None and "SQLITE_CONSTRAINT" in record.getMessage()


def test_bad_sql_is_an_internal_error_too():
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("SELECT title FROM nowhere")
    except sqlite3.Error as error:
        classified = classify(error, None)
    assert isinstance(classified, StoreInternalError) and not classified.constraint
    assert "no such table" in classified.detail


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (sqlite3.SQLITE_BUSY_SNAPSHOT, DatabaseBusyError),
        (sqlite3.SQLITE_LOCKED_SHAREDCACHE, DatabaseBusyError),
        (sqlite3.SQLITE_READONLY_DBMOVED, ReadOnlyDatabaseError),
        (sqlite3.SQLITE_IOERR_WRITE, StoreErrorKind.IO_ERROR),
        (sqlite3.SQLITE_CANTOPEN_ISDIR, StoreErrorKind.CANNOT_OPEN),
        (sqlite3.SQLITE_NOTADB, CorruptDatabaseError),
        (sqlite3.SQLITE_FULL, DiskFullError),
    ],
)
def test_extended_codes_keep_their_family(code, expected):
    error = sqlite3.OperationalError("made up")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    classified = classify(error, Path("/data/w.sqlite"))
    if isinstance(expected, StoreErrorKind):
        assert isinstance(classified, StoreError) and classified.kind is expected
    else:
        assert type(classified) is expected
