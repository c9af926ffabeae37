"""The War Room store: the only package that talks SQL.

``Store`` bundles the connection (``core``) with one repository per area, so callers
write ``store.plan.update_task(actor, task_id, status=...)``. A server database can later
replace this package behind the same methods.
"""

from __future__ import annotations

from pathlib import Path

from models.records import AuditEntry
from models.store.budget import BudgetRepository
from models.store.campaign import CampaignRepository
from models.store.core import StoreCore, open_database, utc_now
from models.store.incidents import IncidentRepository
from models.store.metrics import MetricRepository
from models.store.plan import PlanRepository
from models.store.raci import RaciRepository
from models.store.workbook import WorkbookRepository

__all__ = ["Store", "open_store", "utc_now"]


class Store:
    """An open War Room database with one repository per area."""

    def __init__(self, core: StoreCore) -> None:
        self.core = core
        self.campaign = CampaignRepository(core)
        self.plan = PlanRepository(core)
        self.metrics = MetricRepository(core)
        self.incidents = IncidentRepository(core)
        self.raci = RaciRepository(core)
        self.budget = BudgetRepository(core)
        self.workbook = WorkbookRepository(core)

    @property
    def path(self) -> Path | None:
        return self.core.path

    def atomic(self):
        """One transaction spanning several repository calls."""
        return self.core.atomic()

    def close(self) -> None:
        self.core.close()

    def backup(self) -> Path | None:
        """Write a dated copy beside the database file (None for in-memory stores)."""
        return self.core.backup()

    def schema_version(self) -> int:
        """How many schema steps (migrations) this database has."""
        return self.core.schema_version()

    def audit_entries(self, table: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The newest audit rows first, optionally for one table."""
        return self.core.audit_entries(table, limit)


def open_store(path: Path | str | None) -> Store:
    """Open (creating or upgrading) the database at ``path``; None means in memory.

    Raises ``StoreError`` subclasses with a user-facing message when the file must
    not or cannot be used; the file is then left untouched.
    """
    db, resolved = open_database(path)
    return Store(StoreCore(db, resolved))
