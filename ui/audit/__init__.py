"""The audit-log page."""
