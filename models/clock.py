"""The campaign clock: real time, or a replay that starts at a chosen instant.

War rooms rehearse (the plan drills in May and September), and the demo replays the eve
of Double 11; every "now" in the app comes from one ``Clock`` so that the countdown, the
lagging rules and the simulator agree.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


class Clock:
    """``now()`` in UTC; a replay runs from ``start`` at ``speed`` times real time."""

    def __init__(self, start: datetime | None = None, speed: float = 1.0) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("the replay start needs a time zone")
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._start = start
        self._speed = speed
        self._real_anchor = time.monotonic()

    @property
    def is_live(self) -> bool:
        """True when the clock follows the wall clock."""
        return self._start is None

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> datetime:
        if self._start is None:
            return datetime.now(UTC)
        elapsed = (time.monotonic() - self._real_anchor) * self._speed
        return (self._start + timedelta(seconds=elapsed)).astimezone(UTC)


class FixedClock(Clock):
    """A clock standing still at one instant (screenshots, tests)."""

    def __init__(self, at: datetime) -> None:
        super().__init__(at)
        self._at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        """Move the frozen instant (tests of deadlines and countdowns)."""
        self._at += delta
