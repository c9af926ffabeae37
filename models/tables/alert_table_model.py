"""Fired alerts as a table: newest first, level colour, active or cleared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from models.records import Alert, AlertRule, RiskLevel
from models.tables.labels import QT_TRANSLATE_NOOP, localized
from models.tables.record_table_model import Column, RecordTableModel


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One alert with what the table shows about it."""

    alert: Alert
    rule: AlertRule | None
    level: RiskLevel | None
    metric_name: str
    unit: str
    zone: ZoneInfo

    @property
    def id(self) -> int:
        return self.alert.id or 0

    @property
    def active(self) -> bool:
        return self.alert.cleared_at is None


def _time(row: AlertRow, moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone(row.zone):%m-%d %H:%M:%S}"


def _rule_name(row: AlertRow) -> str:
    if row.rule is None:
        return QCoreApplication.translate("AlertTableModel", "(deleted rule)")
    return localized(row.rule.name_zh, row.rule.name_en)


def _status(row: AlertRow) -> str:
    if row.active:
        return QCoreApplication.translate("AlertTableModel", "● Active")
    return QCoreApplication.translate("AlertTableModel", "Cleared %1").replace(
        "%1", _time(row, row.alert.cleared_at)
    )


def _value(row: AlertRow) -> str:
    value = row.alert.value
    text = f"{value:,.2f}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {row.unit}".strip()


class AlertTableModel(RecordTableModel[AlertRow]):
    """Read-only list of alerts; rows keyed by alert id."""

    TR_CONTEXT = "AlertTableModel"
    COLUMNS = [
        Column("fired_at", QT_TRANSLATE_NOOP("AlertTableModel", "Fired"),
               lambda r: r.alert.fired_at, lambda r: _time(r, r.alert.fired_at)),
        Column("level", QT_TRANSLATE_NOOP("AlertTableModel", "Level"),
               lambda r: r.level.sort_order if r.level else -1,
               lambda r: localized(r.level.name_zh, r.level.name_en) if r.level else ""),
        Column("rule", QT_TRANSLATE_NOOP("AlertTableModel", "Rule"), _rule_name),
        Column("metric", QT_TRANSLATE_NOOP("AlertTableModel", "Metric"), lambda r: r.metric_name),
        Column("value", QT_TRANSLATE_NOOP("AlertTableModel", "Value"), lambda r: r.alert.value,
               _value, align_right=True),
        Column("status", QT_TRANSLATE_NOOP("AlertTableModel", "Status"),
               lambda r: (0 if r.active else 1, r.alert.cleared_at), _status),
    ]  # fmt: skip

    def foreground(self, record: AlertRow, column: Column[AlertRow]) -> QColor | None:
        if column.key in ("level", "status") and record.level is not None and record.active:
            return QColor(record.level.color)
        return None
