"""Responsibility-matrix views (home for the matrix issue)."""
