"""Live metrics: sources polled off the GUI thread, ingest, alert rules, source health.

Each source (the simulator, a followed file, values pushed from Python) is polled by a
``JobScheduler`` job on APScheduler's thread pool. A poll returns plain data (a
``SampleBatch``) and hands it to the GUI thread through ``_batch_ready``; the slot writes
it to the store in one transaction, evaluates the alert rules and emits what changed.
The sources themselves are the ``sources`` part (``MetricSources``). Tests never start
the scheduler: they call ``sources.poll()`` directly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import QLocale, QObject, Signal, Slot

from controllers.campaign_controller import CampaignController
from controllers.error_messages import user_message
from controllers.jobs import JobScheduler
from controllers.metrics.metric_sources import MetricSources
from controllers.metrics.metrics_context import MetricsContext
from controllers.notifier import Notifier
from controllers.settings import Settings
from models.errors import WarRoomError
from models.metrics.alert_rules import AlertEngine, AlertEvent
from models.metrics.live_figures import SLOT_SECONDS, SLOTS, LiveFigures
from models.metrics.samples import SampleBatch, Series
from models.metrics.series_buffer import SeriesBuffer
from models.records import Actor, Alert, AlertRule, Kpi, Metric, RiskLevel
from models.store import Store

log = logging.getLogger(__name__)

# An alert older than this (in campaign time) when it reaches the GUI is history: listed,
# but no sound or banner.
LIVE_ALERT_SECONDS = 120
COMPACT_SECONDS = 600


@dataclass(frozen=True, slots=True)
class LiveKpi:
    """A KPI's live figure: ``judged`` is what the thresholds apply to (the end-of-day
    projection for cumulative metrics, else the value itself)."""

    value: float
    judged: float
    history: tuple[float, ...]
    trend: int
    alert_level: str | None
    projected: float | None = None


@dataclass(frozen=True, slots=True)
class AlertNotice:
    """A fired alert with its rule; ``live`` is False for alerts found in backfilled history."""

    alert: Alert
    rule: AlertRule
    live: bool = field(kw_only=True)


class MetricsController(QObject):
    """Owns the live sources (``sources``) and turns their samples into stored data, alerts
    and signals.

    Signals:
        samples_added(dict): new samples per metric code, as (epoch seconds, values) arrays.
        alerts_changed(list, list, list): alert ids added, updated (cleared), removed.
        alert_raised(AlertNotice): a rule fired (also stored as an ``Alert`` record).
        sources_changed(): a source's health changed or a source was added/removed.
        rules_changed(): alert rules were added, edited, switched or deleted.
    """

    samples_added = Signal(object)
    alerts_changed = Signal(list, list, list)
    alert_raised = Signal(object)
    sources_changed = Signal()
    rules_changed = Signal()
    # Internal: a job's result crossing from the scheduler's thread to the GUI thread.
    _batch_ready = Signal(str, object)
    _compact_due = Signal()

    def __init__(
        self,
        campaign: CampaignController,
        settings: Settings,
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._campaign = campaign
        self._settings = settings
        self._notifier = notifier
        self._context = MetricsContext(campaign, notifier, self._batch_ready, self.sources_changed)
        self.sources = MetricSources(self._context, self)
        self._batch_ready.connect(self._on_batch_ready)
        self._compact_due.connect(self._on_compact_due)
        self._catalogue: dict[str, Metric] = {}
        self._engine = AlertEngine([])
        self.reload_rules()
        self._figures = LiveFigures()
        # One in-memory recent history per metric, shared by every chart of it.
        self._buffers: dict[str, SeriesBuffer] = {}
        self._loaded_from: dict[str, int] = {}
        self._levels: dict[str, str] = {}
        self._seed_figures()
        self.sources.resume_feeds()

    # -- catalogue and rules ---------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open campaign's store."""
        return self._campaign.store

    @property
    def campaign(self) -> CampaignController:
        """The open campaign."""
        return self._campaign

    def metrics(self) -> list[Metric]:
        """The metric catalogue."""
        return self.store.metrics.metrics()

    def kpis(self) -> list[Kpi]:
        """The campaign's KPI definitions (targets and thresholds drawn as bands)."""
        return self.store.metrics.kpis(self.campaign_id)

    def metric(self, code: str) -> Metric | None:
        """One metric of the catalogue (None for an unknown code)."""
        found = self._catalogue.get(code)
        if found is None:
            self._catalogue = {m.code: m for m in self.metrics()}
            found = self._catalogue.get(code)
        return found

    def rules(self) -> list[AlertRule]:
        """The campaign's alert rules."""
        return self.store.alerts.alert_rules(self._campaign.campaign_id)

    def reload_rules(self) -> None:
        """Re-read the rules (after an edit or a demo rebuild), keeping open alerts quiet.

        The engine keeps each unchanged condition's progress, so an edit takes effect on
        the next ingest without raising a second alert for a condition that still holds.
        """
        self._engine.update_rules(self.rules())
        self._engine.resume(self.store.alerts.open_alerts())
        self._levels = self.firing_levels()
        self.rules_changed.emit()

    def now(self) -> int:
        """Campaign-clock time in epoch seconds."""
        return self._context.now()

    def start(self, scheduler: JobScheduler) -> None:
        """Poll every source and compact old samples on the scheduler's thread pool (main.py,
        after the window shows)."""
        self.sources.start(scheduler)
        scheduler.every("metrics:compact", COMPACT_SECONDS, self._compact_due.emit)

    @property
    def campaign_id(self) -> int:
        """The open campaign's id."""
        return self._campaign.campaign_id

    @property
    def timezone(self) -> ZoneInfo:
        """The campaign's time zone."""
        return self._campaign.timezone

    # -- live figures -------------------------------------------------------------------

    def _seed_figures(self) -> None:
        stored = self.store.metrics.latest_values()
        for code, latest in stored.items():
            history = self.store.metrics.sparkline(code, latest[0], SLOT_SECONDS * SLOTS, SLOTS)
            self._figures.seed(code, latest, history)
        self._levels = self.firing_levels()

    def series_buffer(self, code: str, since: int) -> SeriesBuffer:
        """The shared recent samples of a metric, loaded from the store back to ``since``."""
        buffer = self._buffers.get(code)
        if buffer is None:
            buffer = self._buffers[code] = SeriesBuffer()
            self._loaded_from[code] = self.now() + 1
        since = max(since, self.now() - buffer.keep_seconds)
        if since < self._loaded_from[code]:
            times, values = self.recent(code, since, self._loaded_from[code] - 1)
            buffer.extend(times, values)
            self._loaded_from[code] = since
        return buffer

    def latest(self, code: str) -> tuple[int, float] | None:
        """Newest ``(epoch second, value)`` of a metric, from memory."""
        return self._figures.latest(code)

    def live_kpi(self, kpi: Kpi) -> LiveKpi | None:
        """The live figure of a KPI linked to a metric (None without samples)."""
        if not kpi.metric_code:
            return None
        latest = self._figures.latest(kpi.metric_code)
        if latest is None:
            return None
        at, value = latest
        metric = self.metric(kpi.metric_code)
        projected = None
        simulator = self.sources.simulator
        if metric is not None and metric.cumulative and simulator is not None:
            # Judge a running total by its pace against the plan curve, not the final goal.
            planned = float(simulator.target_gmv(np.array([at]))[0])
            if planned > 0.01 * kpi.target:
                projected = value * kpi.target / planned
        return LiveKpi(
            value,
            projected if projected is not None else value,
            self._figures.history(kpi.metric_code),
            self._figures.trend(kpi.metric_code),
            self._levels.get(kpi.metric_code),
            projected,
        )

    # -- ingest ---------------------------------------------------------------------------

    @Slot(str, object)
    def _on_batch_ready(self, name: str, batch: SampleBatch) -> None:
        health = self.sources.health_of(name)
        if health is None:
            return  # removed while the job ran
        health.polls += 1
        health.reordered += batch.reordered
        health.gaps += batch.gaps
        health.last_error = batch.error
        health.running = batch.error is None
        if batch.series:
            try:
                # Samples stored before (a file read again after a restart) keep their
                # stored value and count as duplicates instead of being applied again.
                batch.drop_stored(self.store.metrics.add_rows(batch.rows()))
            except WarRoomError as error:
                health.rejected.update(batch.rejected)
                health.last_error = user_message(error)
                self._notifier.error(user_message(error))
                self.sources_changed.emit()
                return
        health.rejected.update(batch.rejected)  # now with the duplicates the store found
        if batch.series:
            health.accepted += batch.accepted
            health.last_sample_at = batch.last_time()
            for code, (times, values) in batch.series.items():
                self._figures.update(code, times, values)
                if code in self._buffers:
                    self._buffers[code].extend(times, values)
            self._evaluate_alerts(batch)
            self.samples_added.emit(batch.series)
        self.sources.save_position(name)  # only once the samples are stored
        self.sources_changed.emit()

    def ingest(self, batch: SampleBatch, name: str = "api") -> None:
        """Store an already-vetted batch (the CLI, scripts) as if a source sent it.

        Samples that were stored before move from ``batch.series`` to its duplicate count.
        """
        self.sources.track_pushed(name)
        self._on_batch_ready(name, batch)

    def _evaluate_alerts(self, batch: SampleBatch) -> None:
        events: list[AlertEvent] = []
        for code, (times, values) in batch.series.items():
            events += self._engine.evaluate(code, times, values)
        if not events:
            return
        events.sort(key=lambda e: e.at)
        before = {a.id for a in self.store.alerts.open_alerts() if a.id is not None}
        new_ids = self.store.alerts.record_alert_events(
            [(e.rule.id or 0, _instant(e.at), e.value, e.cleared) for e in events]
        )
        now = self.now()
        fired = [e for e in events if not e.cleared]
        for event, alert_id in zip(fired, new_ids, strict=True):
            alert = self.store.alerts.alert(alert_id)
            live = not batch.backfill and now - event.at <= LIVE_ALERT_SECONDS
            self.alert_raised.emit(AlertNotice(alert, event.rule, live=live))
            if live:
                self._announce(event.rule)
        still_open = {a.id for a in self.store.alerts.open_alerts() if a.id is not None}
        cleared = sorted((before | set(new_ids)) - still_open)
        updated = [alert_id for alert_id in cleared if alert_id not in new_ids]
        self._levels = self.firing_levels()
        self.alerts_changed.emit(new_ids, updated, [])

    def _announce(self, rule: AlertRule) -> None:
        name = rule.name_en if QLocale().language() != QLocale.Language.Chinese else rule.name_zh
        text = self.tr("Alert: %1").replace("%1", name or rule.metric_code)
        if rule.level_code == "urgent":
            self._notifier.error(text)
        else:
            self._notifier.warning(text)

    @Slot()
    def _on_compact_due(self) -> None:
        try:
            self.store.metrics.compact(self.now())
        except WarRoomError as error:
            self._notifier.warning(user_message(error))

    # -- reading --------------------------------------------------------------------------

    def window(self, code: str, start: int, end: int, columns: int) -> Series:
        """Stored points of ``[start, end]`` reduced to ``columns`` pixel columns."""
        times, values = self.store.metrics.window(code, start, end, columns)
        return np.asarray(times, dtype=np.int64), np.asarray(values, dtype=np.float64)

    def recent(self, code: str, start: int, end: int) -> Series:
        """Raw stored samples of ``[start, end]`` (to prime a chart's buffer)."""
        rows = self.store.metrics.raw_rows(code, start, end)
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty(0)
        # One flat pass over the tuples: half the time of ``np.array`` on a list of pairs.
        flat = np.fromiter(chain.from_iterable(rows), dtype=np.float64, count=2 * len(rows))
        return flat[0::2].astype(np.int64), flat[1::2]

    def target_curve(self, code: str, start: int, end: int, points: int = 400) -> Series | None:
        """The plan's curve for a cumulative metric (GMV), if there is one."""
        simulator = self.sources.simulator
        if code != "gmv" or simulator is None:
            return None
        times = np.linspace(start, end, points).astype(np.int64)
        return times, simulator.target_gmv(times)

    def alerts(self, limit: int = 200) -> list[tuple[Alert, AlertRule | None]]:
        """The newest alerts with their rules (None once a rule is deleted)."""
        rules = {r.id: r for r in self.rules()}
        return [(a, rules.get(a.rule_id)) for a in self.store.alerts.alerts(limit)]

    def firing_rule_ids(self) -> set[int]:
        """Ids of the rules with an open alert."""
        return {a.rule_id for a in self.store.alerts.open_alerts()}

    def open_alert_count(self) -> int:
        """How many alerts are open."""
        return len(self.store.alerts.open_alerts())

    def risk_levels(self) -> list[RiskLevel]:
        """The campaign's risk levels (general, key, urgent)."""
        return self._campaign.risk_levels()

    def firing_levels(self) -> dict[str, str]:
        """Metric code -> level code of its most severe open alert (for tiles and charts)."""
        order = {level.code: level.sort_order for level in self._campaign.risk_levels()}
        rules = {r.id: r for r in self.rules()}
        found: dict[str, str] = {}
        for alert in self.store.alerts.open_alerts():
            rule = rules.get(alert.rule_id)
            if rule is None:
                continue
            current = found.get(rule.metric_code)
            if current is None or order.get(rule.level_code, 0) > order.get(current, 0):
                found[rule.metric_code] = rule.level_code
        return found

    # -- options --------------------------------------------------------------------------

    def sound_enabled(self) -> bool:
        """Whether urgent alerts play a sound."""
        return bool(self._settings.value("alerts/sound"))

    def set_sound_enabled(self, actor: Actor, *, on: bool) -> None:
        """Turn the urgent-alert sound on or off (a preference, not an undoable edit)."""
        log.info("%s turned the alert sound %s", actor.name, "on" if on else "off")
        self._settings.set_value("alerts/sound", on)


def _instant(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)
