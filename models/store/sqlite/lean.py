"""sqlite-utils, imported without dragging pandas and numpy in.

sqlite-utils imports pandas and numpy (when installed) as it is first imported, only to
map their scalar types to column types when it creates a table from Python values. War
Room's tables come from the migrations, so that map is never consulted, while the two
libraries cost about 45 MB and a third of a second in every process that opens the store
(the command-line workbook import among them). Pages that need pandas import it as usual.
"""

from __future__ import annotations

import sys

_HIDDEN = ("pandas", "numpy")


def _import_sqlite_utils() -> None:
    if "sqlite_utils.db" in sys.modules:
        return  # already imported (with whatever was there then)
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import fails fast: "not installed"
    try:
        import sqlite_utils
        import sqlite_utils.migrations  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils()

from sqlite_utils import Database  # noqa: E402
from sqlite_utils.migrations import Migrations  # noqa: E402

__all__ = ["Database", "Migrations"]
