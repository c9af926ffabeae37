"""The newest value and a short slotted history of each metric, kept in memory.

Tiles refresh every half second; asking the database for 8 latest values and 8 sparklines
each time would be wasted work when the samples pass through the controller anyway.
"""

from __future__ import annotations

from collections import deque

import numpy as np

SLOT_SECONDS = 120
SLOTS = 30  # one hour of sparkline
TREND_SLOTS = 5  # the arrow compares with ten minutes ago
TREND_TOLERANCE = 0.005  # changes below 0.5 % are "flat"


class LiveFigures:
    """Latest ``(epoch second, value)`` and the last value of each 2-minute slot per metric."""

    def __init__(self) -> None:
        self._latest: dict[str, tuple[int, float]] = {}
        self._slots: dict[str, deque[tuple[int, float]]] = {}

    def seed(self, code: str, latest: tuple[int, float] | None, history: list[float]) -> None:
        """Start from stored figures (``history`` oldest first, one value per slot)."""
        if latest is None:
            return
        self._latest[code] = latest
        slot = latest[0] // SLOT_SECONDS
        slots: deque[tuple[int, float]] = deque(maxlen=SLOTS)
        for offset, value in enumerate(history):
            slots.append((slot - len(history) + 1 + offset, value))
        self._slots[code] = slots

    def update(self, code: str, times: np.ndarray, values: np.ndarray) -> None:
        """Fold new samples (time order) into the latest value and the slots."""
        if not len(times):
            return
        last_t = int(times[-1])
        current = self._latest.get(code)
        if current is None or last_t >= current[0]:
            self._latest[code] = (last_t, float(values[-1]))
        slot_of = times // SLOT_SECONDS
        ends = np.flatnonzero(np.r_[slot_of[1:] != slot_of[:-1], True])
        slots = self._slots.setdefault(code, deque(maxlen=SLOTS))
        for index in ends:
            slot, value = int(slot_of[index]), float(values[index])
            if slots and slots[-1][0] == slot:
                slots[-1] = (slot, value)
            elif not slots or slot > slots[-1][0]:
                slots.append((slot, value))

    def latest(self, code: str) -> tuple[int, float] | None:
        return self._latest.get(code)

    def history(self, code: str) -> tuple[float, ...]:
        return tuple(value for _slot, value in self._slots.get(code, ()))

    def trend(self, code: str) -> int:
        """+1 rising, -1 falling, 0 flat over the last ``TREND_SLOTS`` slots."""
        values = self.history(code)
        if len(values) < 2:
            return 0
        before = values[-min(len(values), TREND_SLOTS + 1)]
        now = values[-1]
        scale = max(abs(before), abs(now), 1e-9)
        change = (now - before) / scale
        if abs(change) < TREND_TOLERANCE:
            return 0
        return 1 if change > 0 else -1
