"""Writes are transactional and audited."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.demo.builder import build_demo
from models.errors import StoreInternalError
from models.records import TaskStatus
from models.store import open_store


def test_update_writes_an_audit_row_with_before_and_after(demo_store, actor):
    task = demo_store.plan.tasks(demo_store.campaign.current().id)[0]
    previous = demo_store.plan.update_task(
        actor, task.id, progress=55, status=TaskStatus.IN_PROGRESS
    )
    assert previous == {"progress": task.progress, "status": task.status}
    entry = demo_store.audit_entries("task", limit=1)[0]
    assert entry.actor == actor.name and entry.action == "update"
    assert entry.row_id == str(task.id)
    assert entry.before == {"progress": task.progress, "status": task.status.value}
    assert entry.after == {"progress": 55, "status": "in_progress"}


def test_failed_write_rolls_back_whole_including_audit(demo_store, actor):
    campaign_id = demo_store.campaign.current().id
    tasks = demo_store.plan.tasks(campaign_id)
    audit_before = len(demo_store.audit_entries(limit=100000))
    refused = pytest.raises(StoreInternalError, match="CHECK constraint failed")
    with refused as failed, demo_store.atomic():
        demo_store.plan.update_task(actor, tasks[0].id, progress=10)
        demo_store.plan.update_task(actor, tasks[1].id, progress=150)  # CHECK 0..100 fails
    assert failed.value.constraint
    assert demo_store.plan.task(tasks[0].id).progress == tasks[0].progress
    assert len(demo_store.audit_entries(limit=100000)) == audit_before


def test_second_connection_cannot_see_uncommitted_rows(tmp_path: Path, actor):
    path = tmp_path / "wal.sqlite"
    store = open_store(path)
    build_demo(store, actor)
    campaign_id = store.campaign.current().id
    task = store.plan.tasks(campaign_id)[0]
    reader = sqlite3.connect(path)
    with store.atomic():
        store.plan.update_task(actor, task.id, note="work in progress")
        seen = reader.execute("SELECT note FROM task WHERE id = ?", [task.id]).fetchone()[0]
        assert seen == ""
    seen = reader.execute("SELECT note FROM task WHERE id = ?", [task.id]).fetchone()[0]
    assert seen == "work in progress"
    reader.close()
    store.close()


def test_delete_returns_the_record_and_reinsert_keeps_its_id(demo_store, actor):
    campaign_id = demo_store.campaign.current().id
    task = demo_store.plan.tasks(campaign_id)[-1]
    removed = demo_store.plan.delete_task(actor, task.id)
    assert removed == task
    with pytest.raises(KeyError):
        demo_store.plan.task(task.id)
    assert demo_store.plan.add_task(actor, removed) == task.id
    assert demo_store.plan.task(task.id) == task


def test_a_transaction_takes_the_write_lock_when_it_begins(tmp_path: Path):
    # Immediate: a transaction that reads first then waits for the lock like any write,
    # instead of failing at once when another writer got in between.
    path = tmp_path / "immediate.sqlite"
    store = open_store(path)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with store.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the transaction ended
    other.close()
    store.close()


def test_the_metric_catalogue_keeps_the_order_metrics_were_added_in(empty_store, actor):
    from models.records import Metric

    for code in ("qps", "gmv", "orders"):
        empty_store.metrics.add_metric(actor, Metric(code, code, code, ""))
    assert [m.code for m in empty_store.metrics.metrics()] == ["qps", "gmv", "orders"]
