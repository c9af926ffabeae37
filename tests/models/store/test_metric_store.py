"""Sample storage: batched ingest, pixel-reduced windows, retention, alerts, migration 0004."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from models.errors import StoreInternalError
from models.records import Actor, Alert, Metric, MetricSample
from models.store import Store
from models.store.sqlite import migrations
from tests.models.store.store_internals import sqlite_of

ACTOR = Actor("tester")
T0 = 1_794_326_400  # 2026-11-11 00:00 Shanghai


@pytest.fixture
def store(empty_store: Store) -> Store:
    for code in ("gmv", "qps"):
        empty_store.metrics.add_metric(ACTOR, Metric(code, code, code, ""))
    return empty_store


def test_rows_are_stored_in_one_transaction_and_repeats_keep_the_stored_value(store: Store):
    assert store.metrics.add_rows([("qps", T0, 1.0), ("qps", T0 + 1, 2.0), ("gmv", T0, 5.0)]) == []
    repeated = store.metrics.add_rows([("qps", T0 + 1, 3.0), ("qps", T0 + 2, 4.0)])
    assert repeated == [("qps", T0 + 1, 3.0)]  # handed back, to be counted as a duplicate
    assert store.metrics.raw_rows("qps", T0, T0 + 10) == [(T0, 1.0), (T0 + 1, 2.0), (T0 + 2, 4.0)]
    latest = store.metrics.latest_sample("qps")
    assert latest == MetricSample("qps", datetime.fromtimestamp(T0 + 2, UTC), 4.0)
    assert store.metrics.latest_values() == {"qps": (T0 + 2, 4.0), "gmv": (T0, 5.0)}


def test_a_second_repeated_within_one_batch_keeps_its_first_value(store: Store):
    repeated = store.metrics.add_rows([("qps", T0, 1.0), ("qps", T0, 9.0), ("gmv", T0, 1.0)])
    assert repeated == [("qps", T0, 9.0)]
    assert store.metrics.raw_rows("qps", 0, 2 * T0) == [(T0, 1.0)]


def test_a_failing_batch_leaves_nothing_behind(store: Store):
    # The second row breaks NOT NULL in the database; the first must not stay behind.
    with pytest.raises(StoreInternalError, match="NOT NULL constraint failed"):
        store.metrics.add_rows([("qps", T0, 1.0), ("qps", T0 + 1, None)])
    assert store.metrics.raw_rows("qps", 0, 2 * T0) == []
    assert store.metrics.counts() == (0, 0)  # no rollup minute either


def test_window_is_reduced_to_two_points_per_pixel_column_with_the_extremes(store: Store):
    rows = [("qps", T0 + s, float(s % 100)) for s in range(86_400)]
    rows[40_000] = ("qps", T0 + 40_000, 10_000.0)
    store.metrics.add_rows(rows)
    times, values = store.metrics.window("qps", T0, T0 + 86_400, 1500)
    assert len(times) <= 3000
    assert max(values) == 10_000.0 and min(values) == 0.0
    assert times == sorted(times)
    assert all(T0 <= t <= T0 + 86_400 for t in times)


def test_old_samples_fold_into_minute_rollups_and_windows_still_see_them(store: Store):
    store.metrics.add_rows([("gmv", T0 + s, float(s)) for s in range(3 * 3600)])
    removed = store.metrics.compact(now=T0 + 3 * 3600, keep_raw_seconds=3600)
    assert removed == 2 * 3600
    raw, rolled = store.metrics.counts()
    assert raw == 3600 and rolled == 180  # the rollup is kept for every minute as it comes
    times, values = store.metrics.window("gmv", T0, T0 + 3 * 3600, 180)
    assert min(values) == 0.0 and max(values) == 3 * 3600 - 1
    assert min(times) < T0 + 3600 < max(times)  # both the rolled-up and the raw part


def test_sparkline_takes_the_last_value_of_each_slice(store: Store):
    store.metrics.add_rows([("qps", T0 + s, float(s)) for s in range(600)])
    assert store.metrics.sparkline("qps", T0 + 599, 600, 6) == [99.0, 199.0, 299.0, 399.0,
                                                               499.0, 599.0]  # fmt: skip


def test_alert_events_insert_and_clear_in_time_order(demo_store: Store):
    rule = demo_store.alerts.alert_rules(demo_store.campaign.current().id)[0]
    at = datetime(2026, 11, 11, tzinfo=UTC)
    ids = demo_store.alerts.record_alert_events(
        [(rule.id, at, 96.0, False), (rule.id, at.replace(minute=2), 99.0, True),
         (rule.id, at.replace(minute=5), 95.0, False)]
    )  # fmt: skip
    assert len(ids) == 2
    first, second = (demo_store.alerts.alert(i) for i in ids)
    assert first.cleared_at == at.replace(minute=2) and second.cleared_at is None
    assert [a.id for a in demo_store.alerts.open_alerts()] == [ids[1]]
    demo_store.alerts.link_alert_incident(ACTOR, ids[1], 1)
    assert demo_store.alerts.alert(ids[1]).incident_id == 1


def test_removing_a_metric_removes_its_history(store: Store):
    store.metrics.add_rows([("gmv", T0, 1.0)])
    sqlite_of(store).execute("DELETE FROM metric WHERE code = 'gmv'")
    assert store.metrics.counts() == (0, 0)


def test_migration_0004_converts_iso_samples_to_epoch_seconds():
    db = Database(memory=True)
    db.execute("CREATE TABLE metric (code TEXT PRIMARY KEY)")
    db.execute("CREATE TABLE alert (id INTEGER PRIMARY KEY, rule_id INTEGER, cleared_at TEXT)")
    db.execute(
        "CREATE TABLE metric_sample (metric_code TEXT NOT NULL, at TEXT NOT NULL,"
        " value REAL NOT NULL, PRIMARY KEY (metric_code, at)) WITHOUT ROWID"
    )
    db.execute(
        "INSERT INTO metric_sample VALUES ('qps', '2026-11-10T16:00:00+00:00', 1.5),"
        " ('qps', '2026-11-10T16:00:01.250000+00:00', 2.5)"
    )
    migrations.m0004_metric_samples_epoch_and_rollup(db)
    rows = db.execute("SELECT metric_code, t, value FROM metric_sample ORDER BY t").fetchall()
    assert rows == [("qps", T0, 1.5), ("qps", T0 + 1, 2.5)]


def test_alert_records_round_trip(demo_store: Store):
    rule = demo_store.alerts.alert_rules(demo_store.campaign.current().id)[0]
    at = datetime(2026, 11, 11, 0, 5, tzinfo=UTC)
    (alert_id,) = demo_store.alerts.record_alert_events([(rule.id, at, 96.5, False)])
    assert demo_store.alerts.alert(alert_id) == Alert(alert_id, rule.id, at, 96.5)
