"""The simulated Double-11 day has the right shape and is the same for the same seed."""

from __future__ import annotations

from datetime import timedelta

import numpy as np

from models.metrics.simulator import METRIC_CODES, DoubleElevenSimulator, SimulatorSource, demo_dday

DDAY = demo_dday()
MIDNIGHT = int(DDAY.timestamp())
HOUR = 3600


def _orders(sim: DoubleElevenSimulator, start: int, end: int) -> np.ndarray:
    return sim.values(np.arange(start, end, dtype=np.int64))["orders_per_min"]


def test_traffic_ramps_through_the_eve_and_spikes_at_midnight():
    sim = DoubleElevenSimulator(DDAY, seed=7)
    eve_20 = _orders(sim, MIDNIGHT - 4 * HOUR, MIDNIGHT - 4 * HOUR + 600).mean()
    eve_23 = _orders(sim, MIDNIGHT - HOUR, MIDNIGHT - HOUR + 600).mean()
    first_ten_minutes = _orders(sim, MIDNIGHT, MIDNIGHT + 600)
    assert eve_23 > 2 * eve_20
    assert first_ten_minutes.max() > 3 * eve_23
    # The day's highest orders rate is within minutes of 00:00.
    day = _orders(sim, MIDNIGHT - 6 * HOUR, MIDNIGHT + 24 * HOUR)
    assert abs(int(np.argmax(day)) - 6 * HOUR) < 600


def test_traffic_decays_after_the_spike_with_smaller_peaks_later():
    sim = DoubleElevenSimulator(DDAY, seed=7)
    peak = _orders(sim, MIDNIGHT, MIDNIGHT + 600).mean()
    night = _orders(sim, MIDNIGHT + 4 * HOUR, MIDNIGHT + 5 * HOUR).mean()
    evening = _orders(sim, MIDNIGHT + 20 * HOUR, MIDNIGHT + 21 * HOUR).mean()
    assert night < peak / 4
    assert night < evening < peak


def test_gmv_is_cumulative_and_ends_near_its_target():
    sim = DoubleElevenSimulator(DDAY, seed=7, gmv_target=200e6)
    times = np.arange(MIDNIGHT - 5 * HOUR, MIDNIGHT + 26 * HOUR, 60, dtype=np.int64)
    gmv = sim.values(times)["gmv"]
    assert gmv[0] == 0
    assert np.all(np.diff(gmv) >= 0)
    assert 0.9 * 200e6 < gmv[-1] < 1.15 * 200e6
    plan = sim.target_gmv(times)
    assert plan[-1] == 200e6 and np.all(np.diff(plan) >= 0)


def test_every_demo_metric_has_finite_values_in_plausible_ranges():
    sim = DoubleElevenSimulator(DDAY, seed=3)
    values = sim.values(np.arange(MIDNIGHT - 4 * HOUR, MIDNIGHT + 24 * HOUR, 30, dtype=np.int64))
    assert set(values) == set(METRIC_CODES)
    for code, series in values.items():
        assert np.isfinite(series).all(), code
        assert (series >= 0).all(), code
    assert (values["payment_success"] <= 100).all()
    assert values["qps"].max() < 1_100_000


def test_anomalies_show_as_payment_dips_and_qps_surges():
    sim = DoubleElevenSimulator(DDAY, seed=11)
    dips = [a for a in sim.anomalies if a.kind == "payment_dip"]
    surges = [a for a in sim.anomalies if a.kind == "qps_surge"]
    assert dips and surges
    dip = dips[0]
    inside = sim.values(np.array([dip.start + dip.seconds // 2]))["payment_success"][0]
    before = sim.values(np.array([dip.start - 600]))["payment_success"][0]
    assert inside < 97 < before
    surge = surges[0]
    during = sim.values(np.array([surge.start + surge.seconds // 2]))["qps"][0]
    baseline = sim.values(np.array([surge.start - 600]))["qps"][0]
    assert during > 1.3 * baseline


def test_same_seed_same_day_different_seed_different_day():
    times = np.arange(MIDNIGHT, MIDNIGHT + 900, dtype=np.int64)
    first = DoubleElevenSimulator(DDAY, seed=5).values(times)
    again = DoubleElevenSimulator(DDAY, seed=5).values(times)
    other = DoubleElevenSimulator(DDAY, seed=6).values(times)
    for code in METRIC_CODES:
        assert np.array_equal(first[code], again[code]), code
    assert not np.array_equal(first["qps"], other["qps"])


def test_polling_in_any_chunks_gives_the_same_samples():
    sim = DoubleElevenSimulator(DDAY, seed=5)
    start = MIDNIGHT - 600
    at_once = SimulatorSource(sim, start).poll(start + 1200)
    chunked = SimulatorSource(sim, start)
    parts = [chunked.poll(start + step) for step in (7, 300, 301, 1200)]
    times = np.concatenate([p.series["qps"][0] for p in parts])
    values = np.concatenate([p.series["qps"][1] for p in parts])
    assert np.array_equal(times, at_once.series["qps"][0])
    assert np.allclose(values, at_once.series["qps"][1])


def test_replay_from_any_time_spreads_a_long_backfill_over_polls():
    sim = DoubleElevenSimulator(DDAY, seed=5)
    start = int((DDAY - timedelta(hours=10)).timestamp())
    source = SimulatorSource(sim, start, max_span=HOUR)
    first = source.poll(MIDNIGHT)
    assert first.backfill
    assert first.series["gmv"][0][-1] == start + HOUR
    while source.next_time <= MIDNIGHT:
        last = source.poll(MIDNIGHT)
    assert last.series["gmv"][0][-1] == MIDNIGHT
    assert source.poll(MIDNIGHT).accepted == 0


def test_plan_curve_is_ready_at_once_and_the_value_tables_on_first_use():
    sim = DoubleElevenSimulator(DDAY, seed=5)
    times = np.arange(MIDNIGHT - HOUR, MIDNIGHT + 2 * HOUR, 7, dtype=np.int64)
    target = sim.target_gmv(times)  # the overview's target curve, before any poll
    assert not sim._tables_ready  # the tables behind values() wait for the first poll
    values = sim.values(times)
    assert sim._tables_ready
    fresh = DoubleElevenSimulator(DDAY, seed=5)
    first = fresh.values(times)
    assert np.array_equal(fresh.target_gmv(times), target)
    for code in METRIC_CODES:
        assert np.array_equal(first[code], values[code]), code
