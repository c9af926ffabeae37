"""Timing helpers shared by the benchmarks: medians of several runs, naive vs. better."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Result:
    """One figure: ``value`` for our way, ``baseline`` for the naive way, same unit."""

    name: str
    value: float
    unit: str
    baseline: float
    ratio: float = 0.0

    def __post_init__(self) -> None:
        # ratio > 1 means we are that many times better than the naive way.
        if not self.ratio:
            self.ratio = round(self.baseline / self.value, 2) if self.value else 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def median_seconds(
    fn: Callable[[], Any], repeat: int = 5, setup: Callable[[], Any] | None = None
) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs (``setup`` runs untimed before each)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
