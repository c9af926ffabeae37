"""Roles and permissions: who may do what (home for the roles issue)."""
