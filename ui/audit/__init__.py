"""The audit-log page; ``install`` puts it into the window."""

from ui.audit.wiring import PAGE_KEYS, install

__all__ = ["PAGE_KEYS", "install"]
