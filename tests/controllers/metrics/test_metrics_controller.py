"""The metrics controller: sources polled (jobs called directly), ingest, alerts, health."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from controllers.campaign_controller import CampaignController
from controllers.metrics.metrics_controller import AlertNotice, MetricsController
from controllers.notifier import Notifier
from controllers.settings import Settings
from models.clock import FixedClock
from models.errors import ValidationError, WarRoomError
from models.kpi_state import KpiState, kpi_state

SHANGHAI = ZoneInfo("Asia/Shanghai")
MIDNIGHT = datetime(2026, 11, 11, tzinfo=SHANGHAI)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MIDNIGHT + timedelta(minutes=30))


@pytest.fixture
def notifier() -> Notifier:
    return Notifier()


@pytest.fixture
def metrics(qapp, demo_store, clock, qsettings, notifier) -> MetricsController:
    return MetricsController(CampaignController(demo_store, clock), Settings(qsettings), notifier)


def test_simulator_backfills_since_the_eve_and_reports_health(metrics, demo_store, qtbot):
    name = metrics.sources.add_simulator(seed=1111)
    with qtbot.waitSignal(metrics.samples_added) as added:
        metrics.sources.poll_until_current(name)
    assert set(added.args[0]) == {m.code for m in demo_store.metrics.metrics()}
    health = metrics.sources.health()[0]
    assert health.running and health.last_error is None
    assert health.last_sample_at == metrics.now()
    assert health.accepted == demo_store.metrics.counts()[0]
    eve = int((MIDNIGHT - timedelta(hours=4)).timestamp())
    assert demo_store.metrics.raw_rows("gmv", 0, eve - 1) == []
    assert demo_store.metrics.raw_rows("gmv", eve, eve)[0][1] < 10_000  # GMV counts from 20:00


def test_restart_resumes_after_the_newest_stored_sample(metrics, demo_store, clock, qsettings):
    metrics.sources.poll_until_current(metrics.sources.add_simulator())
    stored = demo_store.metrics.counts()[0]
    clock.advance(timedelta(seconds=10))
    again = MetricsController(
        CampaignController(demo_store, clock), Settings(qsettings), Notifier()
    )
    batch = again.sources.poll(again.sources.add_simulator())
    assert batch.accepted == 10 * 12
    assert demo_store.metrics.counts()[0] == stored + 120


def test_backfilled_alerts_are_stored_but_not_announced(metrics, demo_store, notifier, qtbot):
    notices: list[AlertNotice] = []
    metrics.alert_raised.connect(notices.append)
    with qtbot.assertNotEmitted(notifier.message_posted):
        metrics.sources.poll_until_current(metrics.sources.add_simulator(seed=1111))
    assert notices and not any(n.live for n in notices)
    assert len(metrics.alerts()) == len(notices)


def test_a_live_breach_raises_one_alert_then_clears(metrics, demo_store, clock, notifier, qtbot):
    feed = metrics.sources.add_push_feed("script")
    start = int(clock.now().timestamp())
    notices: list[AlertNotice] = []
    metrics.alert_raised.connect(notices.append)
    for second in range(90):  # payment success below 97 % for 90 s
        feed.push("payment_success", 95.0, start + second)
    clock.advance(timedelta(seconds=90))
    with qtbot.waitSignal(notifier.message_posted) as banner:
        metrics.sources.poll("push:script")
    assert banner.args[0] == "error"  # the payment rule is urgent
    assert len(notices) == 1 and notices[0].live
    assert notices[0].rule.metric_code == "payment_success"
    assert metrics.firing_levels() == {"payment_success": "urgent"}
    for second in range(90, 200):
        feed.push("payment_success", 94.0, start + second)
    metrics.sources.poll("push:script")
    assert len(notices) == 1  # still the same condition: no second alert
    feed.push("payment_success", 99.9, start + 200)
    with qtbot.waitSignal(metrics.alerts_changed) as changed:
        metrics.sources.poll("push:script")
    assert changed.args[1] == [notices[0].alert.id]
    assert demo_store.alerts.alert(notices[0].alert.id).cleared_at is not None
    assert metrics.firing_levels() == {}


def test_file_feed_health_counts_refusals_by_reason(metrics, tmp_path: Path):
    path = tmp_path / "ops.csv"
    path.write_text(
        "timestamp,metric,value\n2026-11-11T00:00:00,qps,1\n2026-11-11T00:00:00,qps,2\n"
        "oops\n2026-11-11T00:00:01,tea,3\n",
        encoding="utf-8",
    )
    name = metrics.sources.add_file_feed(path)
    metrics.sources.poll(name)
    health = next(h for h in metrics.sources.health() if h.name == name)
    assert health.accepted == 1
    assert dict(health.rejected) == {"duplicate": 1, "malformed": 1, "unknown_metric": 1}
    path.unlink()
    metrics.sources.poll(name)
    assert "does not exist" in health.last_error and not health.running


def test_a_bad_mapping_is_refused_before_the_feed_is_added(metrics, tmp_path: Path):
    with pytest.raises(ValidationError):
        metrics.sources.add_file_feed(tmp_path / "x.csv", "time")
    assert metrics.sources.source_names() == []


def test_the_scheduled_job_hands_its_batch_to_the_gui_thread_slot(metrics, qtbot):
    name = metrics.sources.add_simulator()
    with qtbot.waitSignal(metrics.sources_changed):
        metrics.sources.run_job(name)  # what the scheduler's thread runs
    assert metrics.sources.health()[0].polls == 1


def test_a_failing_source_is_reported_and_the_others_go_on(metrics, demo_store, monkeypatch):
    broken = metrics.sources.add_simulator()
    monkeypatch.setattr(metrics.sources._sources[broken], "poll", lambda now: 1 / 0)
    feed = metrics.sources.add_push_feed("script")
    now = metrics.now()
    feed.push("qps", 1234.0, now)
    metrics.sources.run_job(broken)
    metrics.sources.run_job("push:script")
    health = {h.name: h for h in metrics.sources.health()}
    assert "ZeroDivisionError" in health[broken].last_error and not health[broken].running
    working = health["push:script"]
    assert working.running and working.last_error is None and working.accepted == 1
    assert demo_store.metrics.raw_rows("qps", now, now) == [(now, 1234.0)]
    feed.push("qps", 1300.0, now + 1)
    metrics.sources.run_job(broken)  # still failing on its next poll ...
    metrics.sources.run_job("push:script")  # ... and the feed still delivers
    assert demo_store.metrics.raw_rows("qps", now + 1, now + 1) == [(now + 1, 1300.0)]


def test_gmv_is_judged_on_its_pace_against_the_plan(metrics, demo_store):
    metrics.sources.poll_until_current(metrics.sources.add_simulator(seed=1111))
    gmv = next(k for k in demo_store.metrics.kpis(metrics.campaign_id) if k.code == "gmv")
    live = metrics.live_kpi(gmv)
    assert live.value < gmv.critical  # far below the day's goal at 00:30 ...
    assert live.projected > gmv.warning  # ... but on pace for it
    assert kpi_state(gmv, live.judged) is KpiState.OK
    assert len(live.history) >= 10 and live.trend == 1


def test_sound_choice_is_kept_for_the_next_start(metrics, demo_store, clock, qsettings, actor):
    def next_start() -> MetricsController:
        return MetricsController(
            CampaignController(demo_store, clock), Settings(qsettings), Notifier()
        )

    assert metrics.sound_enabled()  # on by default
    metrics.set_sound_enabled(actor, on=False)
    assert not metrics.sound_enabled()
    assert not next_start().sound_enabled()
    metrics.set_sound_enabled(actor, on=True)
    assert next_start().sound_enabled()


def test_charts_share_one_buffer_per_metric_that_loads_older_samples_on_demand(metrics):
    metrics.sources.poll_until_current(metrics.sources.add_simulator(seed=1111))
    now = metrics.now()
    recent = metrics.series_buffer("qps", now - 3600)
    assert recent.times[0] == now - 3600 and recent.times[-1] == now
    again = metrics.series_buffer("qps", now - 4 * 3600)  # a wider span was picked
    assert again is recent
    assert recent.times[0] == now - 4 * 3600
    assert len(recent) == 4 * 3600 + 1
    metrics.sources.add_push_feed("x").push("qps", 1.0, now + 1)
    metrics.sources.poll("push:x")
    assert recent.last() == (now + 1, 1.0)


def test_recent_samples_are_the_stored_rows_as_arrays(metrics, demo_store):
    metrics.sources.poll_until_current(metrics.sources.add_simulator(seed=1111))
    now = metrics.now()
    rows = demo_store.metrics.raw_rows("gmv", now - 600, now)
    times, values = metrics.recent("gmv", now - 600, now)
    assert times.dtype == np.int64 and values.dtype == np.float64
    assert list(zip(times.tolist(), values.tolist(), strict=True)) == rows
    empty_t, empty_v = metrics.recent("gmv", 0, 10)
    assert len(empty_t) == len(empty_v) == 0


def test_a_followed_file_is_remembered_resumed_after_restart_and_removable(
    metrics, demo_store, clock, qsettings, actor, tmp_path: Path
):
    path = tmp_path / "ops.csv"
    path.write_text("timestamp,metric,value\n2026-11-11T00:10:00,qps,1000\n")
    name = metrics.sources.add_file_feed(path, "", actor)
    metrics.sources.poll(name)
    with path.open("a") as handle:
        handle.write("2026-11-11T00:10:01,qps,2000\n")
    again = MetricsController(
        CampaignController(demo_store, clock), Settings(qsettings), Notifier()
    )
    assert name in again.sources.source_names()
    again.sources.poll(name)
    health = next(h for h in again.sources.health() if h.name == name)
    assert health.accepted == 1 and health.detail == str(path)  # only the new line
    again.sources.remove_file_feed(actor, name)
    assert name not in again.sources.source_names()
    third = MetricsController(
        CampaignController(demo_store, clock), Settings(qsettings), Notifier()
    )
    assert name not in third.sources.source_names()


def test_following_the_same_file_twice_is_refused(metrics, actor, tmp_path: Path):
    path = tmp_path / "ops.csv"
    path.write_text("timestamp,metric,value\n")
    metrics.sources.add_file_feed(path, "", actor)
    with pytest.raises(WarRoomError, match="already followed"):
        metrics.sources.add_file_feed(path, "", actor)


def test_a_file_read_again_after_a_restart_raises_no_alert_twice(
    metrics, demo_store, clock, qsettings, actor, tmp_path: Path
):
    start = int(clock.now().timestamp()) - 300
    lines = [f"{start + s},payment_success,95" for s in range(90)]  # below 97 % for 90 s
    lines.append(f"{start + 90},payment_success,99.9")
    path = tmp_path / "pay.csv"
    path.write_text("timestamp,metric,value\n" + "\n".join(lines) + "\n")
    metrics.sources.poll(metrics.sources.add_file_feed(path, "", actor))
    assert len(metrics.alerts()) == 1
    copy = tmp_path / "pay.csv.new"  # rewritten while closed: read again from the start
    copy.write_text(path.read_text())
    copy.replace(path)
    again = MetricsController(
        CampaignController(demo_store, clock), Settings(qsettings), Notifier()
    )
    again.sources.poll(f"file:{path}")
    health = next(h for h in again.sources.health() if h.kind == "file")
    assert health.accepted == 0 and dict(health.rejected) == {"duplicate": 91}
    assert len(again.alerts()) == 1
