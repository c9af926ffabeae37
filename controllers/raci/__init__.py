"""The responsibility matrix (RACI) (home for the matrix issue)."""
