"""Responsibility-matrix records and rules (home for the matrix issue)."""
