"""The small, backend-neutral interface the repositories speak SQL through.

Repositories write portable SQL (``INSERT ... ON CONFLICT``, explicit order columns, no
``rowid``) with ``?`` placeholders; a backend (``models.store.sqlite`` today, PostgreSQL
later) runs it, allocates ids, holds transactions and turns its driver's failures into
``models.errors`` classes. Nothing outside ``models/store/`` sees this interface.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

Params = Sequence[Any]


class Connection(Protocol):
    """An open database: run statements, insert rows, hold transactions."""

    @property
    def path(self) -> Path | None:
        """The database file (None when the database lives in memory)."""
        ...

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Every row a query returns, as tuples."""
        ...

    def dicts(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Every row a query returns, as ``{column: value}`` dicts."""
        ...

    def each_dict(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """The rows a query returns, one ``{column: value}`` dict at a time (big reads)."""
        ...

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        ...

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns how many rows it changed."""
        ...

    def execute_many(self, sql: str, params: Iterable[Params]) -> int:
        """Run one statement once per parameter row; returns how many rows changed."""
        ...

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row into a table with an integer ``id``; returns the id the database
        gave it (or the one the row carries)."""
        ...

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert rows that all have the same columns; returns how many were inserted."""
        ...

    def upsert(self, table: str, row: Mapping[str, Any], key_columns: Sequence[str]) -> None:
        """Insert ``row``, or update its other columns where ``key_columns`` already exist."""
        ...

    def atomic(self) -> AbstractContextManager[None]:
        """One write transaction (a savepoint when nested); rolled back on any error."""
        ...

    def table_counts(self) -> dict[str, int]:
        """Rows per table, the audit log and the migration record included."""
        ...

    def schema_version(self) -> int:
        """How many schema steps (migrations) the database has."""
        ...

    def backup(self) -> Path | None:
        """Write a dated, consistent copy beside the file; None for in-memory databases."""
        ...

    def close(self) -> None:
        """Close the database; the connection cannot be used afterwards."""
        ...
