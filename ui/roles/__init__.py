"""User and role views (home for the roles issue)."""
