"""The audit trail as a table: time, who, what, which row, and the change."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from models.records import AuditEntry
from models.tables.labels import QT_TRANSLATE_NOOP
from models.tables.record_table_model import Column, RecordTableModel


def describe_change(entry: AuditEntry) -> str:
    """``field: old → new`` for each changed field; the new values for an insert."""
    before, after = entry.before or {}, entry.after or {}
    if before and after:
        return "; ".join(f"{k}: {before.get(k)} → {after.get(k)}" for k in after)
    shown = after or before
    return ", ".join(f"{k}={v}" for k, v in list(shown.items())[:6])


class AuditTableModel(RecordTableModel[AuditEntry]):
    """Read-only; times shown in the campaign time zone."""

    TR_CONTEXT = "AuditTableModel"

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        self.COLUMNS = [
            Column("at", QT_TRANSLATE_NOOP("AuditTableModel", "Time"), lambda e: e.at,
                   display=lambda e: f"{e.at.astimezone(zone):%Y-%m-%d %H:%M:%S}"),
            Column("actor", QT_TRANSLATE_NOOP("AuditTableModel", "Who"), lambda e: e.actor),
            Column("action", QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda e: e.action),
            Column("table_name", QT_TRANSLATE_NOOP("AuditTableModel", "Table"),
                   lambda e: e.table_name),
            Column("row_id", QT_TRANSLATE_NOOP("AuditTableModel", "Row"), lambda e: e.row_id),
            Column("change", QT_TRANSLATE_NOOP("AuditTableModel", "Change"), describe_change),
        ]  # fmt: skip
        super().__init__(None, parent)
