"""The live metric sources: the simulator, followed files and pushed values, and their polling.

``MetricSourcesMixin`` is part of ``MetricsController`` (kept in its own module so the
source handling reads on its own). Polls run as ``JobScheduler`` jobs on a worker thread
and hand their ``SampleBatch`` to the controller's ``_batch_ready`` signal; its ``tr()``
strings carry this class's translation context.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from controllers.campaign_controller import CampaignController
from controllers.jobs import JobScheduler
from models.errors import WarRoomError
from models.metrics.feeds import FieldMapping, FileFollower, PushFeed
from models.metrics.samples import SampleBatch
from models.metrics.simulator import METRIC_CODES, DoubleElevenSimulator, SimulatorSource
from models.records import Actor

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
COMPACT_SECONDS = 600
# A fresh database gets this much simulated history, so charts are not empty at start.
BACKFILL_SECONDS = 4 * 3600


class Source(Protocol):
    """Anything a poll job can ask for the samples that arrived since its last poll."""

    def poll(self, now: int) -> SampleBatch: ...


@dataclass
class SourceHealth:
    """How one source is doing, for the sources panel."""

    name: str
    kind: str  # simulator, file, push
    detail: str
    running: bool = True
    last_sample_at: int | None = None
    accepted: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    reordered: int = 0
    gaps: int = 0
    last_error: str | None = None
    polls: int = 0


class MetricSourcesMixin:
    """Adds, removes and polls the sources (mixed into MetricsController)."""

    _campaign: CampaignController
    _sources: dict[str, Source]
    _health: dict[str, SourceHealth]
    _scheduler: JobScheduler | None
    _simulator: DoubleElevenSimulator | None
    _feed_positions: dict[str, tuple[int, str]]

    # -- adding and removing --------------------------------------------------------------

    def add_simulator(
        self,
        seed: int = 1111,
        backfill_seconds: int = BACKFILL_SECONDS,
        start: int | None = None,
    ) -> str:
        """Feed the built-in Double-11 simulator, following the campaign clock.

        Without ``start`` it resumes after the newest stored sample, or backfills a few
        hours (from the eve's 20:00 when that is recent) so charts are not empty.
        """
        campaign = self._campaign.campaign
        target = next(
            (k.target for k in self.store.metrics.kpis(campaign.id or 0) if k.metric_code == "gmv"),
            200e6,
        )
        simulator = DoubleElevenSimulator(campaign.dday, seed, target)
        self._simulator = simulator
        known = {m.code for m in self.metrics()}
        codes = tuple(code for code in METRIC_CODES if code in known)
        now = self.now()
        if start is None:
            start = min(now - backfill_seconds, max(simulator.start, now - 2 * backfill_seconds))
            stored = self.store.metrics.latest_values()
            latest = [t for code, (t, _v) in stored.items() if code in codes]
            if latest:
                start = max(start, max(latest) + 1)
        name = "simulator"
        source = SimulatorSource(simulator, start, only=codes)
        self._add_source(name, "simulator", str(seed), source)
        return name

    def add_file_feed(self, path: Path, spec: str = "", actor: Actor | None = None) -> str:
        """Follow a CSV or JSON-lines file; raises ``WarRoomError`` for a bad mapping.

        With an ``actor`` the feed is remembered in the database and followed again after
        a restart, from the line where reading stopped (see ``FileFollower``).
        """
        name = self._follow(path, spec, None)
        if actor is not None:
            self.store.metrics.remember_feed(actor, str(path), spec)
        return name

    def _follow(self, path: Path, spec: str, resume: tuple[int, str] | None) -> str:
        mapping = FieldMapping.parse(spec)
        follower = FileFollower(path, mapping, {m.code for m in self.metrics()}, resume=resume)
        name = f"file:{path}"
        if name in self._sources:
            raise WarRoomError(
                self.tr("This file is already followed: %1").replace("%1", str(path))
            )
        self._add_source(name, "file", str(path), follower)
        return name

    def remove_file_feed(self, actor: Actor, name: str) -> None:
        """Stop following a file and forget it (it is not followed after a restart)."""
        source = self._sources.get(name)
        if isinstance(source, FileFollower):
            self.store.metrics.forget_feed(actor, str(source.path))
            source.close()
        self._feed_positions.pop(name, None)
        self.remove_source(name)

    def add_push_feed(self, name: str) -> PushFeed:
        """A source that scripts feed with ``push(metric, value, at)``; thread-safe."""
        feed = PushFeed({m.code for m in self.metrics()})
        self._add_source(f"push:{name}", "push", name, feed)
        return feed

    def remove_source(self, name: str) -> None:
        self._sources.pop(name, None)
        self._health.pop(name, None)
        if self._scheduler is not None:
            self._scheduler.remove(f"metrics:{name}")
        self.sources_changed.emit()

    def _add_source(self, name: str, kind: str, detail: str, source: Source) -> None:
        self._sources[name] = source
        self._health[name] = SourceHealth(name, kind, detail)
        if self._scheduler is not None:
            self._schedule(name)
        self.sources_changed.emit()

    def source_names(self) -> list[str]:
        return list(self._sources)

    def health(self) -> list[SourceHealth]:
        return list(self._health.values())

    @property
    def simulator(self) -> DoubleElevenSimulator | None:
        return self._simulator

    # -- scheduling -----------------------------------------------------------------------

    def start(self, scheduler: JobScheduler) -> None:
        """Poll every source on the scheduler's thread pool (main.py, after the window shows)."""
        self._scheduler = scheduler
        for name in self._sources:
            self._schedule(name)
        scheduler.every("metrics:compact", COMPACT_SECONDS, self._compact_due.emit)

    def _schedule(self, name: str) -> None:
        assert self._scheduler is not None
        self._scheduler.every(f"metrics:{name}", POLL_SECONDS, lambda n=name: self.run_job(n))

    def run_job(self, name: str) -> None:
        """One poll of one source; runs on a worker thread, touches only plain data."""
        source = self._sources.get(name)
        if source is None:
            return
        try:
            batch = source.poll(self.now())
        except WarRoomError as error:
            batch = SampleBatch(error=str(error))
        except Exception as error:  # a source bug must not stop the scheduler
            log.exception("source %s failed", name)
            batch = SampleBatch(error=f"{type(error).__name__}: {error}")
        self._batch_ready.emit(name, batch)

    def poll(self, name: str) -> SampleBatch | None:
        """Poll a source now, on this thread (tests, screenshots, the CLI)."""
        source = self._sources.get(name)
        if source is None:
            return None
        batch = source.poll(self.now())
        self._on_batch_ready(name, batch)
        return batch

    def poll_until_current(self, name: str, limit: int = 100) -> None:
        """Poll until the source has caught up with the clock (backfill in chunks)."""
        for _ in range(limit):
            batch = self.poll(name)
            if batch is None or not batch.backfill:
                return

    def _save_position(self, name: str) -> None:
        source = self._sources.get(name)
        if not isinstance(source, FileFollower):
            return
        position = source.position()
        if position[0] and position != self._feed_positions.get(name):
            self._feed_positions[name] = position
            self.store.metrics.save_feed_position(str(source.path), *position)
