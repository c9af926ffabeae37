"""Real database failures, made on purpose: each function returns the error the store raised.

Shared by the store's tests (which class, which kind) and the user-message tests (which
sentence, in English and Chinese).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from models.records import Actor, Metric, Task
from models.store import open_store
from tests.models.store.store_internals import sqlite_of

ACTOR = Actor("tester")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _raised(action) -> Exception:
    try:
        action()
    except Exception as error:  # the caller checks which class it is
        return error
    raise AssertionError("the store did not fail")


def busy_write(folder: Path) -> Exception:
    """Another program holds ``BEGIN EXCLUSIVE`` while War Room writes."""
    path = folder / "busy.sqlite"
    store = open_store(path, busy_timeout_ms=50)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        return _raised(lambda: store.metrics.add_metric(ACTOR, Metric("gmv", "gmv", "gmv", "")))
    finally:
        other.close()
        store.close()


def busy_open(folder: Path) -> Exception:
    """Another program holds an exclusive lock on a rollback-journal file being opened."""
    path = folder / "locked.sqlite"
    open_store(path).close()
    plain = sqlite3.connect(path)
    plain.execute("PRAGMA journal_mode = DELETE")
    plain.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        return _raised(lambda: open_store(path, busy_timeout_ms=50))
    finally:
        other.close()


def read_only_write(folder: Path) -> Exception:
    """The database refuses writes (as a read-only file or medium does)."""
    store = open_store(folder / "read-only.sqlite")
    sqlite_of(store).execute("PRAGMA query_only = ON")
    try:
        return _raised(lambda: store.metrics.add_metric(ACTOR, Metric("gmv", "gmv", "gmv", "")))
    finally:
        store.close()


def disk_full_write(folder: Path) -> Exception:
    """The database may not grow by a single page (as on a full disk)."""
    from models.demo.builder import build_demo

    store = open_store(folder / "full.sqlite")
    build_demo(store, ACTOR)
    connection = sqlite_of(store)
    connection.scalar(f"PRAGMA max_page_count = {connection.scalar('PRAGMA page_count')}")
    task = store.plan.tasks(1)[0]
    many = [
        Task(None, 1, task.department_id, task.phase_id, f"任务 {i}", f"Task {i}" + "x" * 200,
             task.planned_start, task.due_date)
        for i in range(5000)
    ]  # fmt: skip
    try:
        return _raised(lambda: store.plan.add_tasks(ACTOR, many))
    finally:
        store.close()


def damaged_open(folder: Path) -> Exception:
    """A War Room file whose pages behind the header were overwritten."""
    path = folder / "broken.sqlite"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite", path)
    data = bytearray(path.read_bytes())
    data[4096:40960] = b"\xde\xad\xbe\xef" * ((40960 - 4096) // 4)
    path.write_bytes(bytes(data))
    return _raised(lambda: open_store(path))
