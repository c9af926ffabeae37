"""The War Room store: the only package that talks SQL.

``Store`` is the front door: one repository per area (``store.plan.update_task(actor,
task_id, status=...)``) and the database as a whole (transactions, backup, audit log).
Callers depend on it as typed by ``models.store.api``; the repositories speak portable SQL
through a small connection interface (``connection.py``) that a backend implements:
SQLite (``sqlite/``) today, a server database later.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

from models.records import AuditEntry
from models.store.alerts import AlertRepository
from models.store.api import (
    AlertApi,
    BudgetApi,
    CampaignApi,
    IncidentApi,
    MetricApi,
    PlanApi,
    RaciApi,
    StoreApi,
    WorkbookApi,
)
from models.store.budget import BudgetRepository
from models.store.campaign import CampaignRepository
from models.store.connection import Connection
from models.store.incidents import IncidentRepository
from models.store.metrics import MetricRepository
from models.store.plan import PlanRepository
from models.store.raci import RaciRepository
from models.store.record_access import RecordAccess, utc_now
from models.store.sqlite.opening import BUSY_TIMEOUT_MS, IntegrityCheck, open_sqlite
from models.store.workbook import WorkbookRepository

__all__ = ["IntegrityCheck", "Store", "StoreApi", "open_store", "utc_now"]


class Store:
    """An open War Room database with one repository per area (see ``StoreApi``)."""

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._records = RecordAccess(db)
        campaign = CampaignRepository(self._records)
        self.campaign: CampaignApi = campaign
        self.plan: PlanApi = PlanRepository(self._records)
        self.metrics: MetricApi = MetricRepository(self._records)
        self.alerts: AlertApi = AlertRepository(self._records)
        self.incidents: IncidentApi = IncidentRepository(self._records)
        self.raci: RaciApi = RaciRepository(self._records)
        self.budget: BudgetApi = BudgetRepository(self._records)
        self.workbook: WorkbookApi = WorkbookRepository(self._records, campaign)

    @property
    def path(self) -> Path | None:
        """The database file (None when the database lives in memory)."""
        return self._db.path

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction spanning several repository calls (all of them or none)."""
        return self._db.atomic()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def backup(self) -> Path | None:
        """Write a dated copy beside the database file (None for in-memory stores)."""
        return self._db.backup()

    def schema_version(self) -> int:
        """How many schema steps (migrations) this database has."""
        return self._db.schema_version()

    def table_counts(self) -> dict[str, int]:
        """Rows per table, the audit log included (equal before and after: nothing changed)."""
        return self._db.table_counts()

    def audit_entries(self, table: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The newest audit rows first, optionally for one table."""
        return self._records.audit_entries(table, limit)


def open_store(
    path: Path | str | None,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    integrity: IntegrityCheck | None = None,
) -> Store:
    """Open (creating or upgrading) the database at ``path``; None means in memory.

    Raises a ``models.errors.StoreError`` subclass (facts, no sentence for people: see
    ``controllers.error_messages``) when the file must not or cannot be used; the file is
    then left untouched. ``busy_timeout_ms`` is how long a write waits for another
    program's lock before it fails as busy. ``integrity`` is the file's integrity check if
    one was started early (``IntegrityCheck(path)``, to overlap other start-up work).
    """
    return Store(open_sqlite(path, busy_timeout_ms=busy_timeout_ms, integrity=integrity))
