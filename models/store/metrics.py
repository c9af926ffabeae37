"""KPI definitions, the metric catalogue, samples and followed files (alerts: alerts.py).

Samples are keyed by (metric, integer epoch second). Every ingest also refreshes the
per-minute rollup (low, high, sum, count, last) of the minutes it touched, so the rollup
is always current: a window whose pixel columns are half a minute or wider is read from
it (1,440 rows for a day instead of 86,400), and raw samples older than
``RAW_RETENTION_SECONDS`` can simply be deleted. Window reads are reduced in SQL to at
most two rows per pixel column.

What is stored stays as it is: a sample whose (metric, second) is already stored (a file
read again after a restart, a file ingested twice) is not written but handed back to the
caller, which counts it as a duplicate; so is a sample for a minute whose raw seconds were
already folded into the rollup (that minute is sealed: writing to it would replace its
summary with a partial one). The rollup is recomputed from the raw samples of the minutes
that received new ones, so a skipped sample never counts twice in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from models.records import Actor, Kpi, Metric, MetricSample
from models.store.record_access import RecordAccess
from models.store.rows import to_db

RAW_RETENTION_SECONDS = 48 * 3600
ROLLUP_SECONDS = 60
# Columns at least this wide are drawn from the rollup: a minute then covers two columns
# at most, so nothing the chart could show is lost.
ROLLUP_MIN_COLUMN_SECONDS = ROLLUP_SECONDS // 2

SampleRow = tuple[str, int, float]

# Per pixel column: first instant, lowest, highest and last value (for the drawing order).
_REFRESH_ROLLUP_SQL = (
    "WITH minutes AS (SELECT metric_code, t / 60 * 60 AS minute, COUNT(*) AS n,"
    " MIN(value) AS low, MAX(value) AS high, SUM(value) AS total, MAX(t) AS last_t"
    " FROM metric_sample WHERE metric_code = ? AND t BETWEEN ? AND ?"
    " GROUP BY metric_code, minute)"
    " INSERT INTO metric_rollup (metric_code, t, samples, low, high, total, last)"
    " SELECT m.metric_code, m.minute, m.n, m.low, m.high, m.total, s.value"
    " FROM minutes AS m JOIN metric_sample AS s"
    " ON s.metric_code = m.metric_code AND s.t = m.last_t"
    # The WHERE keeps SQLite from reading ON CONFLICT as part of the join.
    " WHERE true ON CONFLICT (metric_code, t) DO UPDATE SET samples = excluded.samples,"
    " low = excluded.low, high = excluded.high, total = excluded.total, last = excluded.last"
)

# Within one metric's ``[first, last]``: the seconds stored raw, and the minutes sealed
# (in the rollup with no raw second left, i.e. compacted).
_STORED_SECONDS_SQL = "SELECT t FROM metric_sample WHERE metric_code = ? AND t BETWEEN ? AND ?"
_SEALED_MINUTES_SQL = (
    "SELECT r.t FROM metric_rollup AS r WHERE r.metric_code = ? AND r.t BETWEEN ? AND ?"
    " AND NOT EXISTS (SELECT 1 FROM metric_sample AS s"
    " WHERE s.metric_code = r.metric_code AND s.t BETWEEN r.t AND r.t + 59)"
)

_COLUMNS_SQL = (
    "WITH cols AS (SELECT (t - ?) / ? AS col, MIN(t) AS first_t, MAX(t) AS last_t,"
    " MIN({low}) AS low, MAX({high}) AS high FROM {table}"
    " WHERE metric_code = ? AND t BETWEEN ? AND ? GROUP BY col)"
    " SELECT c.col, c.first_t, c.low, c.high, x.{last} FROM cols AS c JOIN {table} AS x"
    " ON x.metric_code = ? AND x.t = c.last_t ORDER BY c.col"
)


def epoch(moment: datetime) -> int:
    """Whole UTC seconds of an aware datetime (the storage key of a sample)."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}; give it a time zone")
    return int(moment.timestamp())


def _instant(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _spans(rows: list[SampleRow]) -> dict[str, list[int]]:
    """Each metric's ``[first, last]`` epoch second among ``rows``."""
    spans: dict[str, list[int]] = {}
    for code, t, _value in rows:
        span = spans.get(code)
        if span is None:
            spans[code] = [t, t]
        elif t < span[0]:
            span[0] = t
        elif t > span[1]:
            span[1] = t
    return spans


def _first_of_each_second(rows: list[SampleRow]) -> tuple[list[SampleRow], list[SampleRow]]:
    """``(first row of each (metric, second), later repeats)`` in the order given."""
    seen: set[tuple[str, int]] = set()
    first: list[SampleRow] = []
    repeats: list[SampleRow] = []
    for row in rows:
        key = (row[0], row[1])
        if key in seen:
            repeats.append(row)
        else:
            seen.add(key)
            first.append(row)
    return first, repeats


class MetricRepository:
    """What the war room measures and what it has measured (alert rules: ``store.alerts``)."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records
        self._db = records.db

    # KPI definitions
    def kpis(self, campaign_id: int) -> list[Kpi]:
        """The campaign's KPIs in display order."""
        return self._records.fetch_all(
            Kpi, "SELECT * FROM kpi WHERE campaign_id = ? ORDER BY sort_order, id", [campaign_id]
        )

    def add_kpi(self, actor: Actor, kpi: Kpi) -> int:
        """Store a KPI; returns its id."""
        return self._records.insert_record(actor, "kpi", kpi)

    def update_kpi(self, actor: Actor, kpi_id: int, **changes: Any) -> dict[str, Any]:
        """Change KPI fields; returns their previous values."""
        return self._records.update_record(actor, "kpi", Kpi, kpi_id, changes)

    # metric catalogue
    def metrics(self) -> list[Metric]:
        """The metric catalogue in the order metrics were added."""
        return self._records.fetch_all(Metric, "SELECT * FROM metric ORDER BY sort_order, code")

    def add_metric(self, actor: Actor, metric: Metric) -> None:
        """Add a metric to the catalogue, after the ones already there."""
        with self._records.atomic():
            self._db.execute(
                "INSERT INTO metric (code, name_zh, name_en, unit, kpi_code, cumulative,"
                " sort_order) SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(sort_order), 0) + 1"
                " FROM metric",
                [metric.code, metric.name_zh, metric.name_en, metric.unit, metric.kpi_code,
                 int(metric.cumulative)],
            )  # fmt: skip
            self._records.write_audit(
                actor, "insert", "metric", metric.code, None, {"code": metric.code}
            )

    # samples: machine-written, so not audited row by row
    def add_samples(self, samples: list[MetricSample]) -> list[SampleRow]:
        """Store sample records as ``add_rows`` does; returns the rows already stored."""
        return self.add_rows([(s.metric_code, epoch(s.at), s.value) for s in samples])

    def add_rows(self, rows: Iterable[SampleRow]) -> list[SampleRow]:
        """Store the new ``(metric, epoch second, value)`` rows; return the others.

        A row whose second is already stored (or whose minute is sealed, see the module
        notes) is not written and is returned, so the caller can count it as a duplicate;
        of a second repeated within ``rows`` the first row is kept. The new rows are
        written with one ``executemany`` in one transaction (all or none), together with
        the rollup of the minutes they fall in.
        """
        rows = rows if isinstance(rows, list) else list(rows)
        spans = _spans(rows)
        with self._records.atomic():
            fresh, skipped = self._split_stored(rows, spans)
            inserted = self._db.execute_many(
                # Not OR IGNORE: that would also drop rows breaking NOT NULL, silently.
                "INSERT INTO metric_sample (metric_code, t, value) VALUES (?, ?, ?)"
                " ON CONFLICT (metric_code, t) DO NOTHING",
                fresh,
            )
            if inserted < len(fresh):
                fresh, repeats = _first_of_each_second(fresh)
                skipped += repeats
            self._refresh_rollup(_spans(fresh) if skipped else spans)
        return skipped

    def _split_stored(
        self, rows: list[SampleRow], spans: dict[str, list[int]]
    ) -> tuple[list[SampleRow], list[SampleRow]]:
        """``(new rows, rows already stored)``, with two range reads per metric, not per row."""
        taken: dict[str, tuple[set[int], set[int]]] = {}
        for code, (first, last) in spans.items():
            seconds = self._db.rows(_STORED_SECONDS_SQL, [code, first, last])
            minutes = self._db.rows(
                _SEALED_MINUTES_SQL, [code, first // ROLLUP_SECONDS * ROLLUP_SECONDS, last]
            )
            if seconds or minutes:
                taken[code] = ({t for (t,) in seconds}, {t for (t,) in minutes})
        if not taken:
            return rows, []  # the usual case: everything is new
        fresh: list[SampleRow] = []
        skipped: list[SampleRow] = []
        nothing: tuple[set[int], set[int]] = (set(), set())
        for row in rows:
            stored, sealed = taken.get(row[0], nothing)
            t = row[1]
            if t in stored or t // ROLLUP_SECONDS * ROLLUP_SECONDS in sealed:
                skipped.append(row)
            else:
                fresh.append(row)
        return fresh, skipped

    def _refresh_rollup(self, spans: dict[str, list[int]]) -> None:
        """Recompute the rollup of every minute in each metric's ``[first, last]`` span."""
        for code, (first, last) in spans.items():
            low = first // ROLLUP_SECONDS * ROLLUP_SECONDS
            high = last // ROLLUP_SECONDS * ROLLUP_SECONDS + ROLLUP_SECONDS - 1
            self._db.execute(_REFRESH_ROLLUP_SQL, [code, low, high])

    def latest_sample(self, metric_code: str) -> MetricSample | None:
        """The newest sample of a metric (None before the first)."""
        found = self._db.rows(
            "SELECT t, value FROM metric_sample WHERE metric_code = ? ORDER BY t DESC LIMIT 1",
            [metric_code],
        )
        return MetricSample(metric_code, _instant(found[0][0]), found[0][1]) if found else None

    def latest_values(self) -> dict[str, tuple[int, float]]:
        """The newest ``(epoch second, value)`` of every metric that has samples."""
        # CROSS JOIN keeps the catalogue as the outer loop: SQLite 3.40 otherwise scans every
        # sample (0.8 s on a simulated event day) instead of one primary-key look-up a metric.
        rows = self._db.rows(
            "SELECT m.code, s.t, s.value FROM metric AS m CROSS JOIN metric_sample AS s"
            " ON s.metric_code = m.code AND s.t ="
            " (SELECT MAX(t) FROM metric_sample WHERE metric_code = m.code)"
        )
        return {code: (t, value) for code, t, value in rows}

    def samples(self, metric_code: str, start: datetime, end: datetime) -> list[MetricSample]:
        """Raw samples in ``[start, end]`` (tests and exports; charts use ``window``)."""
        rows = self._db.rows(
            "SELECT t, value FROM metric_sample WHERE metric_code = ? AND t BETWEEN ? AND ?"
            " ORDER BY t",
            [metric_code, epoch(start), epoch(end)],
        )
        return [MetricSample(metric_code, _instant(t), value) for t, value in rows]

    def raw_rows(self, metric_code: str, start: int, end: int) -> list[tuple[int, float]]:
        """``(epoch second, value)`` rows in ``[start, end]``, oldest first."""
        # The driver's rows are those tuples already: no copy (a day is 86,400 of them).
        return self._db.rows(
            "SELECT t, value FROM metric_sample WHERE metric_code = ? AND t BETWEEN ? AND ?"
            " ORDER BY t",
            [metric_code, start, end],
        )

    def window(
        self, metric_code: str, start: int, end: int, columns: int
    ) -> tuple[list[int], list[float]]:
        """Points of ``[start, end]`` reduced to ``columns`` pixel columns.

        Each column contributes its lowest and highest value (in time order of a
        rising or falling column), so spikes survive the reduction. Raw samples and
        per-minute rollups are merged, raw winning where both exist.
        """
        if end <= start or columns <= 0:
            return [], []
        width = max(1, -(-(end - start) // columns))  # seconds per column, rounded up
        raw_from = None if width >= ROLLUP_MIN_COLUMN_SECONDS else self._raw_horizon(metric_code)
        rows: list[tuple[int, int, float, float, float]] = []  # column, first t, low, high, last
        if raw_from is None or start < raw_from:
            rows += self._db.rows(
                _COLUMNS_SQL.format(table="metric_rollup", low="low", high="high", last="last"),
                [start, width, metric_code, start,
                 min(end, raw_from - 1) if raw_from is not None else end, metric_code],
            )  # fmt: skip
        if raw_from is not None:
            rows += self._db.rows(
                _COLUMNS_SQL.format(table="metric_sample", low="value", high="value", last="value"),
                [start, width, metric_code, max(start, raw_from), end, metric_code],
            )
        times: list[int] = []
        values: list[float] = []
        for col, first_t, low, high, last in rows:
            middle = start + col * width + width // 2
            at = max(first_t, min(middle, end))
            if low == high:
                times.append(at)
                values.append(low)
                continue
            # A column that ends high is drawn low -> high, otherwise high -> low.
            pair = (low, high) if last >= (low + high) / 2 else (high, low)
            times += [at, at]
            values += pair
        return times, values

    def _raw_horizon(self, metric_code: str) -> int | None:
        found = self._db.scalar(
            "SELECT MIN(t) FROM metric_sample WHERE metric_code = ?", [metric_code]
        )
        return None if found is None else int(found)

    def sparkline(self, metric_code: str, end: int, span: int, points: int) -> list[float]:
        """The last value of each of ``points`` equal slices of ``(end - span, end]``."""
        step = max(1, span // points)
        rows = self._db.rows(
            "WITH slots AS (SELECT (t - ? - 1) / ? AS slot, MAX(t) AS last_t FROM metric_sample"
            " WHERE metric_code = ? AND t > ? AND t <= ? GROUP BY slot)"
            " SELECT s.value FROM slots JOIN metric_sample AS s"
            " ON s.metric_code = ? AND s.t = slots.last_t ORDER BY slots.slot",
            [end - span, step, metric_code, end - span, end, metric_code],
        )
        return [value for (value,) in rows]

    def compact(self, now: int, keep_raw_seconds: int = RAW_RETENTION_SECONDS) -> int:
        """Fold raw samples older than the retention age into per-minute rollups.

        Returns how many raw rows were removed; all in one transaction.
        """
        cutoff = (now - keep_raw_seconds) // ROLLUP_SECONDS * ROLLUP_SECONDS
        with self._records.atomic():
            self._db.execute(
                "WITH minutes AS (SELECT metric_code, t / ? * ? AS minute, COUNT(*) AS n,"
                " MIN(value) AS low, MAX(value) AS high, SUM(value) AS total, MAX(t) AS last_t"
                " FROM metric_sample WHERE t < ? GROUP BY metric_code, minute)"
                " INSERT INTO metric_rollup"
                " (metric_code, t, samples, low, high, total, last)"
                " SELECT m.metric_code, m.minute, m.n, m.low, m.high, m.total, s.value"
                " FROM minutes AS m JOIN metric_sample AS s"
                " ON s.metric_code = m.metric_code AND s.t = m.last_t"
                " WHERE true ON CONFLICT (metric_code, t) DO UPDATE SET"
                " samples = excluded.samples, low = excluded.low, high = excluded.high,"
                " total = excluded.total, last = excluded.last",
                [ROLLUP_SECONDS, ROLLUP_SECONDS, cutoff],
            )
            removed = self._db.execute("DELETE FROM metric_sample WHERE t < ?", [cutoff])
        return removed

    def counts(self) -> tuple[int, int]:
        """How many raw samples and per-minute rollups are stored."""
        raw = self._db.scalar("SELECT COUNT(*) FROM metric_sample")
        rolled = self._db.scalar("SELECT COUNT(*) FROM metric_rollup")
        return int(raw), int(rolled)

    # followed files
    def feeds(self) -> list[tuple[str, str, int, str]]:
        """Remembered file feeds: ``(path, mapping spec, read offset, file identity)``."""
        return [
            (path, spec, offset, identity)
            for path, spec, offset, identity in self._db.rows(
                "SELECT path, spec, read_offset, file_identity FROM metric_feed ORDER BY id"
            )
        ]

    def remember_feed(self, actor: Actor, path: str, spec: str) -> None:
        """Remember a followed file (read from its start)."""
        with self._records.atomic():
            # A feed followed again starts reading from the beginning, as a new one does.
            feed = {"path": path, "spec": spec, "read_offset": 0, "file_identity": "",
                    "added_at": to_db(datetime.now(UTC)), "added_by": actor.name}  # fmt: skip
            self._db.upsert("metric_feed", feed, ["path"])
            self._records.write_audit(actor, "insert", "metric_feed", path, None, {"spec": spec})

    def forget_feed(self, actor: Actor, path: str) -> None:
        """Stop remembering a followed file."""
        with self._records.atomic():
            self._db.execute("DELETE FROM metric_feed WHERE path = ?", [path])
            self._records.write_audit(actor, "delete", "metric_feed", path, {"path": path}, None)

    def save_feed_position(self, path: str, offset: int, identity: str) -> None:
        """Where reading stopped (machine state: not audited)."""
        with self._records.atomic():
            self._db.execute(
                "UPDATE metric_feed SET read_offset = ?, file_identity = ? WHERE path = ?",
                [offset, identity, path],
            )
