"""The per-minute rollup kept current on ingest, alert-rule delete/restore, remembered feeds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.records import Actor, Metric
from models.store import Store
from models.store.sqlite import migrations
from tests.models.store.store_internals import sqlite_of

ACTOR = Actor("tester")
T0 = 1_794_326_400  # 2026-11-11 00:00 Shanghai


@pytest.fixture
def store(empty_store: Store) -> Store:
    empty_store.metrics.add_metric(ACTOR, Metric("qps", "qps", "qps", ""))
    return empty_store


def _rollup(store: Store) -> list[tuple]:
    return sqlite_of(store).rows(
        "SELECT t, samples, low, high, total, last FROM metric_rollup ORDER BY t"
    )


def test_the_rollup_follows_every_batch_even_one_sample_at_a_time(store: Store):
    for s in range(150):
        store.metrics.add_rows([("qps", T0 + s, float(s % 7))])
    rows = _rollup(store)
    assert [r[0] for r in rows] == [T0, T0 + 60, T0 + 120]
    first = [float(s % 7) for s in range(60)]
    assert rows[0] == (T0, 60, 0.0, 6.0, sum(first), float(59 % 7))
    assert rows[2][1] == 30 and rows[2][5] == float(149 % 7)


def test_repeated_seconds_leave_the_rollup_as_it_was(store: Store):
    store.metrics.add_rows([("qps", T0 + s, 10.0) for s in range(90)])
    before = _rollup(store)
    # A file read again from its start: the 90 seconds again (other values), then 30 new.
    again = [("qps", T0 + s, 500.0) for s in range(90)] + [
        ("qps", T0 + s, 20.0) for s in range(90, 120)
    ]
    assert len(store.metrics.add_rows(again)) == 90
    rows = _rollup(store)
    assert rows[0] == before[0] == (T0, 60, 10.0, 10.0, 600.0, 10.0)  # counted once
    assert rows[1] == (T0 + 60, 60, 10.0, 20.0, 30 * 10.0 + 30 * 20.0, 20.0)


def test_a_minute_already_folded_into_the_rollup_is_not_rewritten(store: Store):
    store.metrics.add_rows([("qps", T0 + s, float(s)) for s in range(180)])
    store.metrics.compact(now=T0 + 180, keep_raw_seconds=60)  # raw of the first 2 min go
    before = _rollup(store)
    # Half of the first minute again (raw gone): storing it would shrink that minute.
    repeated = store.metrics.add_rows([("qps", T0 + s, -1.0) for s in range(30)])
    assert len(repeated) == 30
    assert _rollup(store) == before and store.metrics.counts() == (60, 3)


def test_a_wide_window_reads_the_rollup_and_keeps_the_spike(store: Store):
    rows = [("qps", T0 + s, 50.0) for s in range(86_400)]
    rows[40_000] = ("qps", T0 + 40_000, 9_999.0)
    store.metrics.add_rows(rows)
    # Raw rows gone, the rollup alone still draws the whole day with the spike.
    sqlite_of(store).execute("DELETE FROM metric_sample")
    times, values = store.metrics.window("qps", T0, T0 + 86_400, 1500)
    assert 1400 <= len(times) <= 3000
    assert max(values) == 9_999.0 and min(values) == 50.0


def test_a_narrow_window_still_reads_raw_seconds(store: Store):
    store.metrics.add_rows([("qps", T0 + s, float(s)) for s in range(600)])
    times, values = store.metrics.window("qps", T0, T0 + 600, 600)
    assert times == list(range(T0, T0 + 600)) and values == [float(s) for s in range(600)]


def test_migration_0006_fills_the_rollup_for_samples_already_stored(store: Store):
    store.metrics.add_rows([("qps", T0 + s, 2.0) for s in range(120)])
    sqlite_of(store).execute("DELETE FROM metric_rollup")
    sqlite_of(store).execute("DROP TABLE metric_feed")
    migrations.m0006_metric_feeds_and_live_rollup(sqlite_of(store).database)
    assert [r[:2] for r in _rollup(store)] == [(T0, 60), (T0 + 60, 60)]
    assert store.metrics.feeds() == []


def test_a_deleted_rule_comes_back_with_its_alerts_and_ids(demo_store: Store):
    repo = demo_store.alerts
    rule = repo.alert_rules(demo_store.campaign.current().id)[0]
    at = datetime(2026, 11, 11, tzinfo=UTC)
    ids = repo.record_alert_events([(rule.id, at, 96.0, False)])
    removed, alerts = repo.delete_alert_rule(ACTOR, rule.id)
    assert removed == rule and [a.id for a in alerts] == ids
    assert repo.open_alerts() == [] and rule.id not in {r.id for r in repo.alert_rules(1)}
    repo.restore_alert_rule(ACTOR, removed, alerts)
    assert repo.alert_rule(rule.id) == rule
    assert [a.id for a in repo.open_alerts()] == ids
    actions = [e.action for e in demo_store.audit_entries("alert_rule")]
    assert "delete" in actions and "insert" in actions


def test_clearing_and_reopening_a_rules_alerts(demo_store: Store):
    repo = demo_store.alerts
    rule = repo.alert_rules(demo_store.campaign.current().id)[0]
    at = datetime(2026, 11, 11, tzinfo=UTC)
    ids = repo.record_alert_events([(rule.id, at, 96.0, False)])
    assert repo.clear_open_alerts(rule.id, at.replace(minute=3)) == ids
    assert repo.open_alerts() == []
    repo.reopen_alerts(ids)
    assert [a.id for a in repo.open_alerts()] == ids


def test_feeds_are_remembered_with_their_read_position(store: Store):
    store.metrics.remember_feed(ACTOR, "/data/ops.csv", "time=ts")
    store.metrics.save_feed_position("/data/ops.csv", 1234, "5:678")
    assert store.metrics.feeds() == [("/data/ops.csv", "time=ts", 1234, "5:678")]
    store.metrics.forget_feed(ACTOR, "/data/ops.csv")
    assert store.metrics.feeds() == []
    audit = store.audit_entries("metric_feed")  # newest first
    assert [(e.action, e.actor, e.row_id) for e in audit] == [
        ("delete", "tester", "/data/ops.csv"),
        ("insert", "tester", "/data/ops.csv"),
    ]  # the read position is machine state, not audited
