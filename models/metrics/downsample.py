"""Min/max decimation: reduce a time series to what a chart's pixel columns can show.

Each pixel column keeps its lowest and highest value, so a one-second spike in a day of
data still reaches the screen (an average or every n-th point would hide it). A column
that rises is emitted low then high, a falling one high then low, so the line keeps its
shape.
"""

from __future__ import annotations

import numpy as np


def minmax_decimate(
    x: np.ndarray, y: np.ndarray, x0: float, x1: float, columns: int
) -> tuple[np.ndarray, np.ndarray]:
    """At most two points per column of ``[x0, x1]`` split into ``columns``.

    ``x`` must be sorted ascending. Points outside the range are dropped, NaNs too. A
    column holding one point keeps it as is. Returns new arrays (x as float64).
    """
    if columns <= 0 or x1 <= x0 or len(x) == 0:
        return np.empty(0), np.empty(0)
    lo, hi = np.searchsorted(x, [x0, x1], side="left")
    hi = np.searchsorted(x, x1, side="right")
    xs = np.asarray(x[lo:hi], dtype=np.float64)
    ys = np.asarray(y[lo:hi], dtype=np.float64)
    finite = np.isfinite(ys)
    if not finite.all():
        xs, ys = xs[finite], ys[finite]
    if len(xs) <= 2 * columns:
        return xs.copy(), ys.copy()
    width = (x1 - x0) / columns
    col = np.minimum(((xs - x0) / width).astype(np.int64), columns - 1)
    starts = np.flatnonzero(np.r_[True, col[1:] != col[:-1]])
    ends = np.r_[starts[1:], len(xs)]
    low = np.minimum.reduceat(ys, starts)
    high = np.maximum.reduceat(ys, starts)
    rising = ys[ends - 1] >= ys[starts]
    first = np.where(rising, low, high)
    second = np.where(rising, high, low)
    out_y = np.empty(2 * len(starts))
    out_y[0::2] = first
    out_y[1::2] = second
    out_x = np.empty(2 * len(starts))
    out_x[0::2] = xs[starts]
    out_x[1::2] = xs[ends - 1]
    return out_x, out_y


# A line breaks where no sample came for longer than this many typical sampling steps,
# or this many pixel columns, whichever is longer (closer gaps are not visible anyway).
GAP_STEPS = 3.0
GAP_COLUMNS = 2.5


def break_gaps(
    x: np.ndarray, y: np.ndarray, column_seconds: float
) -> tuple[np.ndarray, np.ndarray]:
    """Insert a NaN point into each gap so a chart drawn with ``connect="finite"`` breaks.

    The typical step is the median spacing of the points themselves (the raw sampling
    interval when zoomed in, about one column when the points are decimated), so a feed
    sending every minute is not drawn as broken everywhere. Returns the inputs unchanged
    when there is no gap.
    """
    if len(x) < 2:
        return x, y
    steps = np.diff(x)
    positive = steps[steps > 0]
    if not len(positive):
        return x, y
    limit = max(GAP_STEPS * float(np.median(positive)), GAP_COLUMNS * column_seconds)
    at = np.flatnonzero(steps > limit)
    if not len(at):
        return x, y
    middle = (np.asarray(x[at], dtype=np.float64) + x[at + 1]) / 2
    return (
        np.insert(np.asarray(x, dtype=np.float64), at + 1, middle),
        np.insert(np.asarray(y, dtype=np.float64), at + 1, np.nan),
    )
