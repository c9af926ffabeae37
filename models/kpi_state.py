"""How a KPI value compares with its target and thresholds."""

from __future__ import annotations

from enum import StrEnum

from models.records import Direction, Kpi


class KpiState(StrEnum):
    """Traffic-light state of a KPI; UNKNOWN when there is no value yet."""

    OK = "ok"
    WARNING = "warning"
    CRITICAL = "critical"
    UNKNOWN = "unknown"


def kpi_state(kpi: Kpi, value: float | None) -> KpiState:
    """Green at or better than ``warning``, amber up to ``critical``, red beyond."""
    if value is None:
        return KpiState.UNKNOWN
    if kpi.direction is Direction.HIGHER_IS_BETTER:
        if value >= kpi.warning:
            return KpiState.OK
        return KpiState.WARNING if value >= kpi.critical else KpiState.CRITICAL
    if value <= kpi.warning:
        return KpiState.OK
    return KpiState.WARNING if value <= kpi.critical else KpiState.CRITICAL
