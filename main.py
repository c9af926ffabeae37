"""War Room's entry point (``warroom``, ``python main.py``); the work is done in ``app``.

``warroom [--db PATH] [--lang zh|en]`` opens the window; sub-commands work headless
(``demo``, ``ingest``, ...) or offscreen (``screenshot``, ``report``); ``--help`` lists them.
"""

from __future__ import annotations

import sys

from app.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
