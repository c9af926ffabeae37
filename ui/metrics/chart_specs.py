"""Which live charts go where, and what each draws besides its samples.

Bands come from the metric's KPI thresholds (amber and red zones), reference lines from
its alert rules and, for QPS, the capacity target. A cumulative metric (GMV) gets the
plan's target curve instead of bands: its thresholds apply to the end of the day.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.records import AlertRule, Comparator, Direction, Kpi, Metric
from ui.common.formatting import format_unit_value
from ui.metrics.live_chart import ChartSpec

# The eight figures the room watches first (domain brief, "Live figures").
OVERVIEW_CHARTS = (
    "gmv", "orders_per_min", "qps", "payment_success",
    "conversion", "page_load_ms", "cs_queue", "refund_response_s",
)  # fmt: skip
# Metrics without a KPI still belong to a unit's room.
DEFAULT_DEPARTMENT = {
    "gmv": "HQ",
    "orders_per_min": "MER",
    "hero_stock": "MER",
    "conversion": "MKT",
    "qps": "TECH",
    "page_load_ms": "TECH",
    "payment_success": "TECH",
    "refund_response_s": "CS",
    "cs_queue": "CS",
    "cs_first_response_s": "CS",
    "parcels_shipped": "LOG",
    "parcel_damage": "LOG",
}
CAPACITY_KPI = "capacity"


def chart_spec(metric: Metric, kpis: list[Kpi], rules: list[AlertRule]) -> ChartSpec:
    """The bands, lines and range hints of ``metric``'s chart."""
    kpi = next((k for k in kpis if k.metric_code == metric.code), None)
    bands: list[tuple[float, float, str]] = []
    lines: list[tuple[float, str, str]] = []
    include: list[float] = []
    if metric.unit not in ("%",) and metric.code not in ("page_load_ms",):
        include.append(0.0)
    if kpi is not None and not metric.cumulative:
        # Far enough to fill any sensible view, near enough for float painting.
        far = 10 * max(abs(kpi.critical), abs(kpi.warning), 1.0)
        if kpi.direction is Direction.HIGHER_IS_BETTER:
            bands.append((kpi.critical, kpi.warning, "warning"))
            bands.append((-far, kpi.critical, "critical"))
        else:
            bands.append((kpi.warning, kpi.critical, "warning"))
            bands.append((kpi.critical, far, "critical"))
    capacity = next((k for k in kpis if k.code == CAPACITY_KPI), None)
    if metric.code == "qps" and capacity is not None:
        label = QCoreApplication.translate("LiveChart", "capacity %1").replace(
            "%1", format_unit_value(capacity.target, "")
        )
        lines.append((capacity.target, "critical", label))
        include.append(capacity.target)
    for rule in rules:
        if rule.metric_code != metric.code or not rule.enabled:
            continue
        sign = ">" if rule.comparator is Comparator.ABOVE else "<"
        state = "critical" if rule.level_code == "urgent" else "warning"
        lines.append((rule.threshold, state, f"{sign} {format_unit_value(rule.threshold, '')}"))
        include.append(rule.threshold)
    return ChartSpec(metric.code, metric.unit, bands, lines, include, metric.cumulative)


def department_codes(department_code: str, department_id: int | None, metrics: list[Metric],
                     kpis: list[Kpi]) -> list[str]:  # fmt: skip
    """Metric codes shown in a department's room: its KPIs' metrics, then the defaults."""
    own = [k.metric_code for k in kpis if k.department_id == department_id and k.metric_code]
    known = {m.code for m in metrics}
    codes = [c for c in own if c in known]
    for metric in metrics:
        if DEFAULT_DEPARTMENT.get(metric.code) == department_code and metric.code not in codes:
            codes.append(metric.code)
    return codes
