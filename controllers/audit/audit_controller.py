"""Read access to the audit trail: who changed what and when."""

from __future__ import annotations

from PySide6.QtCore import QObject

from controllers.campaign_controller import CampaignController
from models.records import AuditEntry

DEFAULT_LIMIT = 2000


class AuditController(QObject):
    """Serves the newest audit entries; the audit table itself is append-only."""

    def __init__(self, campaign: CampaignController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._campaign = campaign

    def entries(self, table: str | None = None, limit: int = DEFAULT_LIMIT) -> list[AuditEntry]:
        return self._campaign.store.audit_entries(table, limit)
