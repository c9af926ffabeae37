"""What only the store's own tests may reach: the SQLite connection behind a ``Store``.

Pragmas, raw rows and hand-made damage are checked here; every other test uses the
facade (``models.store.api``).
"""

from __future__ import annotations

from models.store import Store
from models.store.sqlite.connection import SqliteConnection


def sqlite_of(store: Store) -> SqliteConnection:
    """The SQLite connection a store was opened on."""
    connection = store._db  # the one sanctioned reach behind the facade
    assert isinstance(connection, SqliteConnection)
    return connection
