"""The budget board, its chart, clipboard and reallocation requests.

``install`` puts the board into the window.
"""

from ui.budget.wiring import PAGE_KEYS, install

__all__ = ["PAGE_KEYS", "install"]
