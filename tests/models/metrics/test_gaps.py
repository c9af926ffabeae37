"""Gaps in the data break the drawn line instead of being bridged."""

from __future__ import annotations

import numpy as np

from models.metrics.downsample import break_gaps


def test_a_silence_longer_than_a_few_steps_gets_a_break_marker():
    x = np.r_[np.arange(0, 100), np.arange(160, 200)].astype(np.float64)
    y = np.ones(len(x))
    bx, by = break_gaps(x, y, column_seconds=1.0)
    assert len(bx) == len(x) + 1
    marker = int(np.flatnonzero(np.isnan(by))[0])
    assert bx[marker - 1] == 99 and bx[marker + 1] == 160 and 99 < bx[marker] < 160
    assert np.all(np.diff(bx) > 0)


def test_a_regular_but_slow_feed_is_not_broken_everywhere():
    x = np.arange(0, 3600, 60, dtype=np.float64)  # one sample a minute
    bx, by = break_gaps(x, np.ones(len(x)), column_seconds=5.0)
    assert np.isfinite(by).all() and len(bx) == len(x)


def test_a_short_hiccup_is_not_a_gap_and_wide_columns_hide_small_ones():
    x = np.r_[np.arange(0, 50), np.arange(52, 100)].astype(np.float64)  # one lost sample
    assert np.isfinite(break_gaps(x, np.ones(len(x)), 1.0)[1]).all()
    x = np.r_[np.arange(0, 100), np.arange(130, 200)].astype(np.float64)
    # 30 s missing is invisible when one pixel column covers 58 s of a 24 h chart.
    assert np.isfinite(break_gaps(x, np.ones(len(x)), 58.0)[1]).all()
    assert np.isnan(break_gaps(x, np.ones(len(x)), 1.0)[1]).sum() == 1


def test_decimated_points_two_per_column_break_only_at_missing_columns():
    centres = np.r_[np.arange(0, 40), np.arange(50, 90)] * 10.0 + 5
    x = np.repeat(centres, 2)  # low and high of a column share its centre
    y = np.tile([1.0, 2.0], len(centres))
    bx, by = break_gaps(x, y, column_seconds=10.0)
    assert np.isnan(by).sum() == 1
    assert bx[np.flatnonzero(np.isnan(by))[0]] == (395 + 505) / 2
