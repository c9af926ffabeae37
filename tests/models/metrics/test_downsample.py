"""Min/max decimation keeps every column's extremes, and the live cache agrees with it."""

from __future__ import annotations

import numpy as np

from models.metrics.downsample import minmax_decimate
from models.metrics.series_buffer import LiveDecimator, SeriesBuffer


def test_each_column_keeps_its_lowest_and_highest_value():
    x = np.arange(10_000, dtype=np.float64)
    rng = np.random.default_rng(1)
    y = rng.normal(size=x.size)
    y[5_123] = 50.0  # a one-sample spike must survive
    xs, ys = minmax_decimate(x, y, 0, 10_000, 100)
    assert len(xs) == 200
    assert ys.max() == 50.0
    for column in range(100):
        chunk = y[column * 100 : (column + 1) * 100]
        pair = ys[2 * column : 2 * column + 2]
        assert sorted(pair) == [chunk.min(), chunk.max()]


def test_order_within_a_column_follows_the_direction_of_the_data():
    x = np.arange(1000, dtype=np.float64)
    rising = minmax_decimate(x, x.copy(), 0, 1000, 10)[1]
    falling = minmax_decimate(x, -x, 0, 1000, 10)[1]
    assert np.all(np.diff(rising) >= 0)
    assert np.all(np.diff(falling) <= 0)


def test_range_limits_nans_and_short_series():
    x = np.arange(100, dtype=np.float64)
    y = x.copy()
    y[50] = np.nan
    xs, ys = minmax_decimate(x, y, 10, 20, 500)
    assert xs.tolist() == list(range(10, 21))  # fewer points than columns: kept as they are
    xs, ys = minmax_decimate(x, y, 0, 100, 10)
    assert np.isfinite(ys).all()
    assert minmax_decimate(x, y, 20, 10, 10)[0].size == 0


def test_live_decimator_matches_a_full_decimation_while_samples_arrive():
    buffer = SeriesBuffer(keep_seconds=10**9)
    decimator = LiveDecimator()
    rng = np.random.default_rng(2)
    t = 1_000_000
    width = 60.0
    for step in range(40):
        times = np.arange(t, t + 97, dtype=np.int64)
        buffer.extend(times, rng.normal(size=times.size))
        t += 97
        got_x, got_y = decimator.points(buffer, width, 0)
        start = np.floor(buffer.times[0] / width) * width
        end = (np.floor(buffer.times[-1] / width) + 1) * width
        columns = int((end - start) / width)
        want_x, want_y = minmax_decimate(buffer.times, buffer.values, start, end - 1e-9, columns)
        assert np.array_equal(got_y, want_y), step
        # Live points sit at their column's centre (a sample that changes no extreme then
        # changes no point, and the chart skips the repaint).
        assert np.array_equal(got_x, (np.floor(want_x / width) + 0.5) * width), step


def test_buffer_merges_late_points_and_trims_old_ones():
    buffer = SeriesBuffer(keep_seconds=100)
    buffer.extend(np.array([10, 20, 30]), np.array([1.0, 2.0, 3.0]))
    buffer.extend(np.array([15, 20]), np.array([1.5, 2.5]))
    assert buffer.times.tolist() == [10, 15, 20, 30]
    assert buffer.values.tolist() == [1.0, 1.5, 2.5, 3.0]
    generation = buffer.generation
    buffer.extend(np.arange(31, 400), np.zeros(369))
    assert buffer.times[0] >= 400 - 1 - 100 - 10
    assert buffer.generation > generation
