"""A deterministic Double-11 day for the 12 demo metrics.

Traffic ramps from the evening of 10 Nov, spikes at 00:00 on 11 Nov, decays through the
night and comes back in smaller peaks (morning, the evening live streams, the last-hour
rush). Noise and anomalies (payment-success dips, QPS surges, a parcel-damage spike) are
drawn from the seed. Every value is a pure function of (seed, instant): the same seed
gives the same figures whichever way the day is cut into polls. Cumulative figures (GMV,
parcels, hero stock) are summed second by second once, over the event window.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from models.metrics.samples import SampleBatch

SHANGHAI = ZoneInfo("Asia/Shanghai")
METRIC_CODES = (
    "gmv", "orders_per_min", "payment_success", "conversion", "qps", "page_load_ms",
    "refund_response_s", "cs_queue", "cs_first_response_s", "parcels_shipped",
    "parcel_damage", "hero_stock",
)  # fmt: skip
EVENT_START_HOURS = -4  # GMV counts from 20:00 on the eve
EVENT_END_HOURS = 24
PEAK_ORDERS_PER_MIN = 4_200
QPS_BASE = 40_000
QPS_PER_LOAD = 820_000
HERO_STOCK = 60_000
HERO_SHARE = 0.18  # share of orders that take a hero product
PARCEL_CAPACITY_PER_S = 26.0  # warehouse throughput


@dataclass(frozen=True, slots=True)
class Anomaly:
    """A disturbance: ``kind`` over ``[start, start + seconds)`` with a size."""

    kind: str  # payment_dip, qps_surge, damage_spike
    start: int
    seconds: int
    size: float


def _mix(seed: int, stream: int, index: np.ndarray) -> np.ndarray:
    """Uniform [0, 1) numbers from a counter-based hash (splitmix64) of (seed, stream, i)."""
    with np.errstate(over="ignore"):
        x = index.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        x += np.uint64((seed * 0x632BE59BD9B4E019 + stream * 0x85EBCA77C2B2AE63) % 2**64)
        x ^= x >> np.uint64(30)
        x *= np.uint64(0xBF58476D1CE4E5B9)
        x ^= x >> np.uint64(27)
        x *= np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return (x >> np.uint64(11)).astype(np.float64) * (1.0 / 2**53)


def _gauss(seed: int, stream: int, index: np.ndarray) -> np.ndarray:
    u1 = np.maximum(_mix(seed, 2 * stream, index), 1e-12)
    u2 = _mix(seed, 2 * stream + 1, index)
    return np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)


def _smooth_noise(seed: int, stream: int, t: np.ndarray, knot_seconds: int) -> np.ndarray:
    """Gaussian value noise interpolated between knots: slow wander, not white jitter."""
    knot = np.floor_divide(t, knot_seconds)
    frac = (t - knot * knot_seconds) / knot_seconds
    frac = frac * frac * (3 - 2 * frac)
    return _gauss(seed, stream, knot) * (1 - frac) + _gauss(seed, stream, knot + 1) * frac


def _bump(hours: np.ndarray, centre: float, width: float, height: float) -> np.ndarray:
    return height * np.exp(-0.5 * ((hours - centre) / width) ** 2)


class DoubleElevenSimulator:
    """Values of every demo metric at any instants, for one D-day and one seed."""

    def __init__(self, dday: datetime, seed: int = 1111, gmv_target: float = 200e6) -> None:
        self.dday = int(dday.timestamp())
        self.seed = seed
        self.gmv_target = gmv_target
        self.start = self.dday + EVENT_START_HOURS * 3600
        self.end = self.dday + EVENT_END_HOURS * 3600
        rng = random.Random(seed)
        self.anomalies = self._draw_anomalies(rng)
        # How this seed's campaign performs against plan (the room watches the gap).
        self.performance = rng.uniform(0.95, 1.08)
        self._aov = 0.0
        self._plan()
        # The cumulative tables behind ``values`` take most of the set-up time and only the
        # first poll needs them (after the window's first paint); the plan curve is cheap.
        self._tables_ready = False

    # -- shape ---------------------------------------------------------------------

    def _draw_anomalies(self, rng: random.Random) -> list[Anomaly]:
        day = self.dday
        found = [
            # The payment channel strains just after the midnight spike.
            Anomaly("payment_dip", day + rng.randint(4, 10) * 60, rng.randint(150, 300), 3.2),
            # A KOL live stream on the eve floods the site.
            Anomaly("qps_surge", day - rng.randint(150, 200) * 60, rng.randint(240, 420), 0.45),
            Anomaly("damage_spike", day + rng.randint(8, 14) * 3600, 1200, 0.25),
        ]
        for _ in range(2):
            found.append(
                Anomaly("payment_dip", day + rng.randint(3600, 23 * 3600), rng.randint(90, 240),
                        rng.uniform(2.5, 4.5))
            )  # fmt: skip
            found.append(
                Anomaly("qps_surge", day + rng.randint(2 * 3600, 23 * 3600), rng.randint(180, 480),
                        rng.uniform(0.25, 0.5))
            )  # fmt: skip
        return sorted(found, key=lambda a: a.start)

    def load(self, t: np.ndarray) -> np.ndarray:
        """Traffic relative to the midnight peak (1.0), without noise."""
        hours = (t - self.dday) / 3600.0
        local_hour = (hours % 24.0 + 24.0) % 24.0
        base = 0.035 + 0.025 * 0.5 * (1 + np.cos(2 * np.pi * (local_hour - 21) / 24))
        before = np.minimum(hours, 0)
        rise = 1 - np.exp(-np.maximum(t - self.dday, 0) / 20.0)
        # The eve's ramp hands over to the midnight spike without a gap.
        eve = np.where(hours >= -6, 0.30 * np.exp(before / 1.6) + 0.10 * np.exp(before * 12), 0)
        eve = np.where(hours < 0, eve, eve * (1 - rise))
        after = np.maximum(hours, 0)
        spike = np.where(hours >= 0, rise * np.exp(-after / 0.55), 0)
        night = 1 - 0.6 * np.exp(-0.5 * ((hours - 4.5) / 1.6) ** 2)
        day = (
            0.12 * night
            + _bump(hours, 10, 1.3, 0.12)
            + _bump(hours, 14.5, 1.0, 0.05)
            + _bump(hours, 20.2, 0.9, 0.24)
            + _bump(hours, 23.1, 0.45, 0.15)
        )
        day = np.where((hours >= 0) & (hours < 24), day * rise, 0)
        tail = np.where(hours >= 24, 0.2 * np.exp(-(hours - 24) / 0.25), 0)
        return base + eve + spike + day + tail

    def _anomaly(self, kind: str, t: np.ndarray) -> np.ndarray:
        """Size of the ``kind`` anomalies at ``t`` (trapezoids with 30 s edges)."""
        out = np.zeros(t.shape, dtype=np.float64)
        for item in self.anomalies:
            if item.kind != kind:
                continue
            up = np.clip((t - item.start) / 30.0, 0, 1)
            down = np.clip((item.start + item.seconds - t) / 30.0, 0, 1)
            out += item.size * np.minimum(up, down)
        return out

    def _lagged(self, t: np.ndarray, minutes: float) -> np.ndarray:
        """Load as felt ``minutes`` later (customer service, logistics), smoothed."""
        lag = minutes * 60
        total = np.zeros(np.shape(t), dtype=np.float64)
        for k in (-2, -1, 0, 1, 2):
            total += self.load(t - lag + k * lag / 4)
        return total / 5

    # -- cumulative figures ---------------------------------------------------------

    def _plan(self) -> None:
        seconds = np.arange(self.start, self.end + 1, dtype=np.int64)
        plan = self.load(seconds)
        # Calibrate so that following the plan exactly reaches the GMV target.
        self._plan_cum = np.cumsum(plan)
        self._aov = self.gmv_target / float(self._plan_cum[-1])

    def _precompute(self) -> None:
        """The cumulative GMV, parcels and stock tables, on first use (idempotent, so
        two threads polling at once at worst both compute the same tables)."""
        if self._tables_ready:
            return
        seconds = np.arange(self.start, self.end + 1, dtype=np.int64)
        orders = self._orders_per_s(seconds)
        self._gmv_cum = np.cumsum(orders * self._unit_value(seconds))
        shipped = np.minimum(
            0.92 * self._orders_per_s(seconds - 40 * 60), PARCEL_CAPACITY_PER_S
        ) * (seconds >= self.dday + 1800)
        self._parcels_cum = np.cumsum(shipped)
        self._stock = self._hero_stock(seconds, orders)
        self._tables_ready = True

    def _orders_per_s(self, t: np.ndarray) -> np.ndarray:
        wobble = 1 + 0.04 * _smooth_noise(self.seed, 1, t, 90) + 0.015 * _gauss(self.seed, 2, t)
        dip = 1 - 0.08 * self._anomaly("payment_dip", t)  # failed payments lose orders
        per_min = PEAK_ORDERS_PER_MIN * self.load(t) * self.performance * wobble * dip
        return np.maximum(per_min, 0) / 60.0

    def _unit_value(self, t: np.ndarray) -> np.ndarray:
        # Average order value in plan units: GMV = orders x AOV, calibrated above.
        scale = self._aov * 60.0 / PEAK_ORDERS_PER_MIN
        return scale * (1 + 0.03 * _smooth_noise(self.seed, 3, t, 600))

    def _hero_stock(self, seconds: np.ndarray, orders: np.ndarray) -> np.ndarray:
        sold = np.cumsum(orders * HERO_SHARE)
        per_minute = sold[::60]
        restocked = np.zeros_like(per_minute)
        extra = 0.0
        arrivals: list[int] = []
        for minute in range(len(per_minute)):
            while arrivals and arrivals[0] <= minute:
                arrivals.pop(0)
                extra += 0.45 * HERO_STOCK
            level = HERO_STOCK - per_minute[minute] + extra
            if level < 0.35 * HERO_STOCK and not arrivals:
                arrivals.append(minute + 25)  # a cross-region transfer takes 25 minutes
            restocked[minute] = extra
        return np.maximum(HERO_STOCK - sold + np.repeat(restocked, 60)[: len(seconds)], 0)

    def _window_lookup(self, table: np.ndarray, t: np.ndarray, before: float) -> np.ndarray:
        index = np.clip(t - self.start, 0, len(table) - 1)
        return np.where(t < self.start, before, table[index])

    # -- public ---------------------------------------------------------------------

    def target_gmv(self, t: np.ndarray) -> np.ndarray:
        """The plan's cumulative GMV curve (reaches the target at the end of D-day)."""
        index = np.clip(t - self.start, 0, len(self._plan_cum) - 1)
        curve = self._plan_cum[index] / self._plan_cum[-1] * self.gmv_target
        return np.where(t < self.start, 0.0, curve)

    def values(self, t: np.ndarray) -> dict[str, np.ndarray]:
        """Every metric at the epoch seconds ``t`` (int64 array)."""
        self._precompute()
        t = np.asarray(t, dtype=np.int64)
        load = self.load(t)
        surge = self._anomaly("qps_surge", t)
        dip = self._anomaly("payment_dip", t)
        cs_load = self._lagged(t, 10)
        g = self.seed
        qps = QPS_BASE + QPS_PER_LOAD * (load + 0.5 * surge) * (1 + 0.03 * _gauss(g, 10, t))
        cs_queue = np.maximum(
            30 + 800 * cs_load * (1 + 0.08 * _smooth_noise(g, 11, t, 120)) + 300 * surge, 0
        )
        return {
            "gmv": self._window_lookup(self._gmv_cum, t, 0.0),
            "orders_per_min": self._orders_per_s(t) * 60,
            "payment_success": np.minimum(
                99.93 - 0.42 * load - dip + 0.03 * _gauss(g, 12, t), 99.99
            ),
            "conversion": 2.9
            + 1.3 * np.sqrt(load)
            - 0.4 * dip
            + 0.06 * _smooth_noise(g, 13, t, 300),
            "qps": qps,
            "page_load_ms": 620
            + 760 * load**2
            + 3400 * surge
            + 60 * _smooth_noise(g, 14, t, 60)
            + 25 * _gauss(g, 15, t),
            "refund_response_s": 22 + 45 * self._lagged(t, 30) + 4 * _smooth_noise(g, 16, t, 300),
            "cs_queue": np.round(cs_queue),
            "cs_first_response_s": np.maximum(
                2.5 + 14 * (cs_queue / 700) ** 1.5 + 0.4 * _gauss(g, 17, t), 0.5
            ),
            "parcels_shipped": np.round(self._window_lookup(self._parcels_cum, t, 0.0)),
            "parcel_damage": np.maximum(
                0.11
                + 0.08 * self._lagged(t, 60)
                + self._anomaly("damage_spike", t)
                + 0.012 * _smooth_noise(g, 18, t, 180),
                0,
            ),
            "hero_stock": np.round(self._window_lookup(self._stock, t, float(HERO_STOCK))),
        }


class SimulatorSource:
    """Emits the simulator's samples every ``step`` seconds of campaign time up to ``now``.

    The first poll backfills from ``start``; later polls continue where the last one
    stopped, at most ``max_span`` seconds at a time so a far jump of the clock is spread
    over several polls instead of one huge batch.
    """

    def __init__(
        self,
        simulator: DoubleElevenSimulator,
        start: int,
        step: int = 1,
        max_span: int = 6 * 3600,
        only: tuple[str, ...] = METRIC_CODES,
    ) -> None:
        self.simulator = simulator
        self.step = step
        self.max_span = max_span
        self.only = only
        self._next = start - start % step

    @property
    def next_time(self) -> int:
        return self._next

    def poll(self, now: int, live_margin: int = 120) -> SampleBatch:
        """Samples for ``[next, now]``; ``backfill`` when the batch is mostly history."""
        if now < self._next:
            return SampleBatch()
        stop = min(now, self._next + self.max_span)
        times = np.arange(self._next, stop + 1, self.step, dtype=np.int64)
        values = self.simulator.values(times)
        self._next = int(times[-1]) + self.step
        series = {code: (times, values[code]) for code in self.only}
        return SampleBatch(series=series, backfill=now - int(times[0]) > live_margin)


def demo_dday(year: int = 2026) -> datetime:
    """00:00 on 11 Nov of ``year`` in Shanghai."""
    return datetime(year, 11, 11, tzinfo=SHANGHAI)


def eve(dday: datetime) -> datetime:
    """20:00 on the evening before D-day, when the demo replay starts."""
    return dday - timedelta(hours=4)
