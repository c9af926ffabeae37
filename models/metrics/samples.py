"""Samples in flight between a source and the store, and the rules that vet them.

A source (simulator, followed file, pushed values) produces a ``SampleBatch``: per metric,
numpy arrays of epoch seconds and values, plus counts of what was refused and why.
``SampleValidator`` is the one place that decides what a feed may store.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

Series = tuple[np.ndarray, np.ndarray]  # (epoch seconds int64, values float64)

# A feed whose clock goes back further than this is not "late": its clock jumped.
CLOCK_JUMP_SECONDS = 300
# Consecutive samples of one metric further apart than this count as a gap.
GAP_SECONDS = 120


class RejectReason(StrEnum):
    """Why a line or pushed value was not stored (codes; labels are translated in ui)."""

    MALFORMED = "malformed"
    UNKNOWN_METRIC = "unknown_metric"
    NOT_FINITE = "not_finite"
    DUPLICATE = "duplicate"
    OUT_OF_ORDER = "out_of_order"
    CLOCK_BACKWARDS = "clock_backwards"


@dataclass
class SampleBatch:
    """What one poll of a source produced."""

    series: dict[str, Series] = field(default_factory=dict)
    rejected: Counter[str] = field(default_factory=Counter)
    reordered: int = 0
    gaps: int = 0
    error: str | None = None
    # True when the batch fills in history (start-up backfill) rather than live values.
    backfill: bool = False

    @property
    def accepted(self) -> int:
        return sum(len(times) for times, _values in self.series.values())

    def rows(self) -> list[tuple[str, int, float]]:
        """``(metric, epoch second, value)`` rows for the store."""
        out: list[tuple[str, int, float]] = []
        for code, (times, values) in self.series.items():
            out += zip([code] * len(times), times.tolist(), values.tolist(), strict=True)
        return out

    def drop_stored(self, rows: list[tuple[str, int, float]]) -> None:
        """Take ``rows`` the store already held out of the batch, counted as duplicates.

        A vetted batch holds each second of a metric once, so a row names one sample.
        """
        if not rows:
            return
        stored: dict[str, list[int]] = {}
        for code, at, _value in rows:
            stored.setdefault(code, []).append(at)
        for code, seconds in stored.items():
            times, values = self.series[code]
            keep = ~np.isin(times, seconds)
            if keep.any():
                self.series[code] = (times[keep], values[keep])
            else:
                del self.series[code]
        self.rejected[RejectReason.DUPLICATE.value] += len(rows)

    def last_time(self) -> int | None:
        ends = [int(times[-1]) for times, _values in self.series.values() if len(times)]
        return max(ends) if ends else None


class SampleValidator:
    """Vets raw ``(metric, epoch second, value)`` triples of one feed, keeping its history.

    Within one batch, samples are put in time order (counted as reordered, not refused);
    a sample older than what is already accepted for its metric is out of order, or a
    clock jump when it is more than ``CLOCK_JUMP_SECONDS`` behind the feed's newest time.
    """

    def __init__(self, known_metrics: set[str] | frozenset[str]) -> None:
        self.known = frozenset(known_metrics)
        self._last: dict[str, int] = {}
        self._newest = 0

    def vet(self, raw: list[tuple[str, int, float]], batch: SampleBatch) -> None:
        """Fill ``batch.series`` with the acceptable samples of ``raw``; count the rest."""
        kept: list[tuple[str, int, float]] = []
        running = self._newest
        for code, at, value in raw:
            if code not in self.known:
                batch.rejected[RejectReason.UNKNOWN_METRIC.value] += 1
            elif not math.isfinite(value):
                batch.rejected[RejectReason.NOT_FINITE.value] += 1
            elif running - at > CLOCK_JUMP_SECONDS:
                batch.rejected[RejectReason.CLOCK_BACKWARDS.value] += 1
            else:
                kept.append((code, at, value))
                running = max(running, at)
        order = sorted(range(len(kept)), key=lambda index: kept[index][1])
        batch.reordered += sum(1 for a, b in itertools.pairwise(order) if b < a)
        accepted: dict[str, list[tuple[int, float]]] = {}
        for index in order:
            code, at, value = kept[index]
            last = self._last.get(code)
            if last is not None and at <= last:
                reason = RejectReason.DUPLICATE if at == last else RejectReason.OUT_OF_ORDER
                batch.rejected[reason.value] += 1
                continue
            if last is not None and at - last > GAP_SECONDS:
                batch.gaps += 1
            self._last[code] = at
            self._newest = max(self._newest, at)
            accepted.setdefault(code, []).append((at, value))
        for code, points in accepted.items():
            times = np.fromiter((p[0] for p in points), dtype=np.int64, count=len(points))
            values = np.fromiter((p[1] for p in points), dtype=np.float64, count=len(points))
            batch.series[code] = _concat(batch.series.get(code), (times, values))


def _concat(old: Series | None, new: Series) -> Series:
    if old is None:
        return new
    return np.concatenate([old[0], new[0]]), np.concatenate([old[1], new[1]])
