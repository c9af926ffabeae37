"""Roles and permission rules (home for the roles issue)."""
