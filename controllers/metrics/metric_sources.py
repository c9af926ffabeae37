"""The live metric sources: the simulator, followed files and pushed values, and their polling.

Polls run as ``JobScheduler`` jobs on a worker thread and hand their ``SampleBatch`` to
the metrics controller through the context's ``batch_ready`` signal.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

from controllers.jobs import JobScheduler
from controllers.metrics.metrics_context import MetricsContext
from models.errors import WarRoomError
from models.metrics.feeds import FieldMapping, FileFollower, PushFeed
from models.metrics.samples import SampleBatch
from models.metrics.simulator import METRIC_CODES, DoubleElevenSimulator, SimulatorSource
from models.records import Actor

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
# A fresh database gets this much simulated history, so charts are not empty at start.
BACKFILL_SECONDS = 4 * 3600


class Source(Protocol):
    """Anything a poll job can ask for the samples that arrived since its last poll."""

    def poll(self, now: int) -> SampleBatch:
        """The samples that arrived since the last poll, up to ``now`` (epoch seconds)."""
        ...


@dataclass
class SourceHealth:
    """How one source is doing, for the sources panel."""

    name: str
    kind: str  # simulator, file, push
    detail: str
    running: bool = field(default=True, kw_only=True)
    last_sample_at: int | None = None
    accepted: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    reordered: int = 0
    gaps: int = 0
    last_error: str | None = None
    polls: int = 0


class MetricSources(QObject):
    """Adds, removes and polls the sources and keeps their health (``metrics.sources``)."""

    def __init__(self, context: MetricsContext, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._sources: dict[str, Source] = {}
        self._health: dict[str, SourceHealth] = {}
        self._scheduler: JobScheduler | None = None
        self._simulator: DoubleElevenSimulator | None = None
        self._feed_positions: dict[str, tuple[int, str]] = {}

    def resume_feeds(self) -> None:
        """Follow again the files remembered from earlier runs, from where they stopped."""
        for path, spec, offset, identity in self._context.store.metrics.feeds():
            try:
                self._follow(Path(path), spec, (offset, identity))
            except WarRoomError as error:
                self._context.notifier.warning(str(error))

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
        campaign = self._context.campaign.campaign
        kpis = self._context.store.metrics.kpis(campaign.id or 0)
        target = next((k.target for k in kpis if k.metric_code == "gmv"), 200e6)
        simulator = DoubleElevenSimulator(campaign.dday, seed, target)
        self._simulator = simulator
        known = self._context.metric_codes()
        codes = tuple(code for code in METRIC_CODES if code in known)
        now = self._context.now()
        if start is None:
            start = min(now - backfill_seconds, max(simulator.start, now - 2 * backfill_seconds))
            stored = self._context.store.metrics.latest_values()
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
            self._context.store.metrics.remember_feed(actor, str(path), spec)
        return name

    def _follow(self, path: Path, spec: str, resume: tuple[int, str] | None) -> str:
        mapping = FieldMapping.parse(spec)
        follower = FileFollower(path, mapping, self._context.metric_codes(), resume=resume)
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
            self._context.store.metrics.forget_feed(actor, str(source.path))
            source.close()
        self._feed_positions.pop(name, None)
        self.remove_source(name)

    def add_push_feed(self, name: str) -> PushFeed:
        """A source that scripts feed with ``push(metric, value, at)``; thread-safe."""
        feed = PushFeed(self._context.metric_codes())
        self._add_source(f"push:{name}", "push", name, feed)
        return feed

    def remove_source(self, name: str) -> None:
        """Stop polling a source and drop its health record."""
        self._sources.pop(name, None)
        self._health.pop(name, None)
        if self._scheduler is not None:
            self._scheduler.remove(f"metrics:{name}")
        self._context.sources_changed.emit()

    def _add_source(self, name: str, kind: str, detail: str, source: Source) -> None:
        self._sources[name] = source
        self._health[name] = SourceHealth(name, kind, detail)
        if self._scheduler is not None:
            self._schedule(name)
        self._context.sources_changed.emit()

    def source_names(self) -> list[str]:
        """The names of the sources being polled."""
        return list(self._sources)

    def health(self) -> list[SourceHealth]:
        """How every source is doing (pushed batches included)."""
        return list(self._health.values())

    @property
    def simulator(self) -> DoubleElevenSimulator | None:
        """The built-in simulator, once added (it also draws the GMV target curve)."""
        return self._simulator

    # -- scheduling -----------------------------------------------------------------------

    def start(self, scheduler: JobScheduler) -> None:
        """Poll every source, now and later added ones, on the scheduler's thread pool."""
        self._scheduler = scheduler
        for name in self._sources:
            self._schedule(name)

    def _schedule(self, name: str) -> None:
        assert self._scheduler is not None
        self._scheduler.every(f"metrics:{name}", POLL_SECONDS, partial(self.run_job, name))

    def run_job(self, name: str) -> None:
        """One poll of one source; runs on a worker thread, touches only plain data."""
        source = self._sources.get(name)
        if source is None:
            return
        try:
            batch = source.poll(self._context.now())
        except WarRoomError as error:
            batch = SampleBatch(error=str(error))
        except Exception as error:  # a source bug must not stop the scheduler
            log.exception("source %s failed", name)
            batch = SampleBatch(error=f"{type(error).__name__}: {error}")
        self._context.batch_ready.emit(name, batch)

    def poll(self, name: str) -> SampleBatch | None:
        """Poll a source now, on this thread (tests, screenshots, the CLI)."""
        source = self._sources.get(name)
        if source is None:
            return None
        batch = source.poll(self._context.now())
        self._context.batch_ready.emit(name, batch)  # emitted on the GUI thread: stored now
        return batch

    def poll_until_current(self, name: str, limit: int = 100) -> None:
        """Poll until the source has caught up with the clock (backfill in chunks)."""
        for _ in range(limit):
            batch = self.poll(name)
            if batch is None or not batch.backfill:
                return

    def health_of(self, name: str) -> SourceHealth | None:
        """The health record of a source (None once it is removed)."""
        return self._health.get(name)

    def track_pushed(self, name: str) -> SourceHealth:
        """The health record counting batches ingested under ``name`` without a source."""
        return self._health.setdefault(name, SourceHealth(name, "push", name))

    def save_position(self, name: str) -> None:
        """Remember how far a followed file is read (call once its samples are stored)."""
        source = self._sources.get(name)
        if not isinstance(source, FileFollower):
            return
        position = source.position()
        if position[0] and position != self._feed_positions.get(name):
            self._feed_positions[name] = position
            self._context.store.metrics.save_feed_position(str(source.path), *position)
