"""KPI definitions, the metric catalogue, samples, alert rules and fired alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.records import Actor, Alert, AlertRule, Kpi, Metric, MetricSample
from models.store.core import StoreCore
from models.store.rows import to_db


class MetricRepository:
    """What the war room measures and what it has measured."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    # KPI definitions
    def kpis(self, campaign_id: int) -> list[Kpi]:
        return self._core.fetch_all(
            Kpi, "SELECT * FROM kpi WHERE campaign_id = ? ORDER BY sort_order, id", [campaign_id]
        )

    def add_kpi(self, actor: Actor, kpi: Kpi) -> int:
        return self._core.insert_record(actor, "kpi", kpi)

    def update_kpi(self, actor: Actor, kpi_id: int, **changes: Any) -> dict[str, Any]:
        return self._core.update_record(actor, "kpi", Kpi, kpi_id, changes)

    # metric catalogue
    def metrics(self) -> list[Metric]:
        return self._core.fetch_all(Metric, "SELECT * FROM metric ORDER BY rowid")

    def add_metric(self, actor: Actor, metric: Metric) -> None:
        with self._core.atomic():
            self._core.db.table("metric").insert(
                {"code": metric.code, "name_zh": metric.name_zh, "name_en": metric.name_en,
                 "unit": metric.unit, "kpi_code": metric.kpi_code,
                 "cumulative": int(metric.cumulative)}
            )  # fmt: skip
            self._core.write_audit(
                actor, "insert", "metric", metric.code, None, {"code": metric.code}
            )

    # samples: machine-written, so not audited row by row
    def add_samples(self, samples: list[MetricSample]) -> int:
        """Store samples in one transaction; a repeated (metric, instant) replaces the old value."""
        rows = [(s.metric_code, to_db(s.at), s.value) for s in samples]
        with self._core.atomic():
            self._core.db.conn.executemany(
                "INSERT OR REPLACE INTO metric_sample (metric_code, at, value) VALUES (?, ?, ?)",
                rows,
            )
        return len(rows)

    def latest_sample(self, metric_code: str) -> MetricSample | None:
        found = self._core.fetch_all(
            MetricSample,
            "SELECT * FROM metric_sample WHERE metric_code = ? ORDER BY at DESC LIMIT 1",
            [metric_code],
        )
        return found[0] if found else None

    def samples(self, metric_code: str, start: datetime, end: datetime) -> list[MetricSample]:
        return self._core.fetch_all(
            MetricSample,
            "SELECT * FROM metric_sample WHERE metric_code = ? AND at >= ? AND at <= ? ORDER BY at",
            [metric_code, to_db(start), to_db(end)],
        )

    # alerts
    def alert_rules(self, campaign_id: int) -> list[AlertRule]:
        return self._core.fetch_all(
            AlertRule, "SELECT * FROM alert_rule WHERE campaign_id = ? ORDER BY id", [campaign_id]
        )

    def add_alert_rule(self, actor: Actor, rule: AlertRule) -> int:
        return self._core.insert_record(actor, "alert_rule", rule)

    def alerts(self, limit: int = 200) -> list[Alert]:
        return self._core.fetch_all(Alert, "SELECT * FROM alert ORDER BY id DESC LIMIT ?", [limit])
