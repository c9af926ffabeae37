"""In-memory recent history of one metric for a live chart, and its cached decimation.

``SeriesBuffer`` appends in amortised O(1) (arrays grow by doubling) and keeps at most
``keep_seconds`` of history. ``LiveDecimator`` reduces the buffer to min/max points per
pixel column on a grid aligned to whole columns, remembering the finished columns: when
one sample a second arrives, only the last column is recomputed, not the whole day.
"""

from __future__ import annotations

import numpy as np

from models.metrics.downsample import minmax_decimate


class SeriesBuffer:
    """Sorted (epoch seconds, value) points of one metric."""

    def __init__(self, keep_seconds: int = 26 * 3600, capacity: int = 4096) -> None:
        self.keep_seconds = keep_seconds
        self._t = np.empty(capacity, dtype=np.int64)
        self._v = np.empty(capacity, dtype=np.float64)
        self._n = 0
        # Bumped whenever existing points move (trim, insert in the past): caches reset.
        self.generation = 0

    def __len__(self) -> int:
        return self._n

    @property
    def times(self) -> np.ndarray:
        return self._t[: self._n]

    @property
    def values(self) -> np.ndarray:
        return self._v[: self._n]

    def last(self) -> tuple[int, float] | None:
        if not self._n:
            return None
        return int(self._t[self._n - 1]), float(self._v[self._n - 1])

    def extend(self, times: np.ndarray, values: np.ndarray) -> None:
        """Add points; newer-than-last points append, older ones are merged in place."""
        if len(times) == 0:
            return
        last = self._t[self._n - 1] if self._n else None
        if last is not None and times[0] <= last:
            self._merge(np.asarray(times, np.int64), np.asarray(values, np.float64))
        else:
            self._reserve(self._n + len(times))
            self._t[self._n : self._n + len(times)] = times
            self._v[self._n : self._n + len(times)] = values
            self._n += len(times)
        self._trim()

    def _merge(self, times: np.ndarray, values: np.ndarray) -> None:
        all_t = np.concatenate([self.times, times])
        all_v = np.concatenate([self.values, values])
        order = np.argsort(all_t, kind="stable")
        all_t, all_v = all_t[order], all_v[order]
        # One point per instant (the later one); the controller only passes on samples the
        # store took as new, so equal instants should not arrive at all.
        keep = np.r_[all_t[1:] != all_t[:-1], True]
        self.replace(all_t[keep], all_v[keep])

    def replace(self, times: np.ndarray, values: np.ndarray) -> None:
        self._n = 0
        self._reserve(len(times))
        self._t[: len(times)] = times
        self._v[: len(times)] = values
        self._n = len(times)
        self.generation += 1

    def _reserve(self, size: int) -> None:
        if size <= len(self._t):
            return
        capacity = max(size, 2 * len(self._t))
        self._t = np.resize(self._t, capacity)
        self._v = np.resize(self._v, capacity)

    def _trim(self) -> None:
        # Trim in steps of ~10% so the shift (and the cache reset) is rare.
        if not self._n:
            return
        horizon = self._t[self._n - 1] - self.keep_seconds
        if self._t[0] >= horizon - self.keep_seconds // 10:
            return
        cut = int(np.searchsorted(self.times, horizon))
        remaining = self._n - cut
        self._t[:remaining] = self._t[cut : self._n]
        self._v[:remaining] = self._v[cut : self._n]
        self._n = remaining
        self.generation += 1


class LiveDecimator:
    """Min/max points per column of width ``column_seconds``, cached for finished columns."""

    def __init__(self) -> None:
        self._width = 0.0
        self._generation = -1
        self._done_x = np.empty(0)
        self._done_y = np.empty(0)
        self._done_index = 0  # buffer index where the unfinished columns start

    def points(
        self, buffer: SeriesBuffer, column_seconds: float, start: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """Decimated points of the buffer from ``start`` on (start aligned by the caller)."""
        if column_seconds != self._width or buffer.generation != self._generation:
            self._width = column_seconds
            self._generation = buffer.generation
            self._done_x = np.empty(0)
            self._done_y = np.empty(0)
            self._done_index = 0
        times, values = buffer.times, buffer.values
        tail_t = times[self._done_index :]
        if len(tail_t):
            first_col = np.floor(tail_t[0] / column_seconds)
            last_col = np.floor(tail_t[-1] / column_seconds)
            x0 = first_col * column_seconds
            x1 = (last_col + 1) * column_seconds
            columns = int(last_col - first_col) + 1
            tail_x, tail_y = minmax_decimate(
                tail_t, values[self._done_index :], x0, x1 - 1e-9, columns
            )
            # Drawn at the column's centre: a new sample that leaves the column's low and
            # high alone then leaves the points unchanged, and the chart can skip a repaint.
            tail_x = (np.floor(tail_x / column_seconds) + 0.5) * column_seconds
            # Everything before the last column is final: move it into the cache.
            boundary = last_col * column_seconds
            finished = tail_x < boundary
            self._done_x = np.concatenate([self._done_x, tail_x[finished]])
            self._done_y = np.concatenate([self._done_y, tail_y[finished]])
            self._done_index += int(np.searchsorted(tail_t, boundary))
            live_x, live_y = tail_x[~finished], tail_y[~finished]
        else:
            live_x = live_y = np.empty(0)
        begin = int(np.searchsorted(self._done_x, start))
        return (
            np.concatenate([self._done_x[begin:], live_x]),
            np.concatenate([self._done_y[begin:], live_y]),
        )
