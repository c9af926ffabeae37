"""Puts the audit-log page into the window."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from controllers.audit.audit_controller import AuditController

if TYPE_CHECKING:
    from ui.audit.audit_panel import AuditPanel
    from ui.shell.main_window import MainWindow

AUDIT_KEY = "audit"
PAGE_KEYS = (AUDIT_KEY,)


def install(window: MainWindow, audit: AuditController, timezone: ZoneInfo) -> None:
    """Add the audit-log page (times shown in the campaign's ``timezone``) to ``window``."""

    def make_page() -> AuditPanel:
        from models.tables.audit_table_model import AuditTableModel
        from ui.audit.audit_panel import AuditPanel  # with the page, not at start-up

        return AuditPanel(audit, AuditTableModel(timezone))

    window.add_view(
        AUDIT_KEY, make_page, lambda: QCoreApplication.translate("MainWindow", "Audit log")
    )
