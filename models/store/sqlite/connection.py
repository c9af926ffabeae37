"""The SQLite side of ``models.store.connection.Connection``.

Every call turns a ``sqlite3.Error`` into a War Room error by its result code (see
``errors.py``). The driver runs in autocommit mode: transactions are only those that
``atomic()`` opens, so a stray write can never leave one open by accident.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.store.connection import Params
from models.store.sqlite import migrations as schema
from models.store.sqlite.backup import write_backup
from models.store.sqlite.errors import classify

if TYPE_CHECKING:
    from models.store.sqlite.lean import Database

log = logging.getLogger(__name__)


class SqliteConnection:
    """One SQLite database opened by ``models.store.sqlite.opening.open_sqlite``.

    ``database`` is the sqlite-utils handle the migrations work on, made (and sqlite-utils
    imported) on first use; repositories never see it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._database: Database | None = None
        self._conn = conn
        self._conn.isolation_level = None  # autocommit: atomic() opens every transaction
        self._path = path
        self._savepoints = itertools.count(1)
        self._insert_sql: dict[tuple[str, tuple[str, ...]], str] = {}

    @property
    def database(self) -> Database:
        """The sqlite-utils handle on this connection (for the migrations)."""
        if self._database is None:
            from models.store.sqlite.lean import Database

            # The pragma sqlite-utils would set is set at open (``opening.py``).
            self._database = Database(self._conn, recursive_triggers=False)
        return self._database

    @property
    def path(self) -> Path | None:
        """The database file (None in memory)."""
        return self._path

    # -- statements ----------------------------------------------------------------------

    def _cursor(self, sql: str, params: Params) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as error:
            raise classify(error, self._path) from error

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Every row a query returns, as tuples."""
        cursor = self._cursor(sql, params)
        try:
            return cursor.fetchall()
        except sqlite3.Error as error:
            raise classify(error, self._path) from error

    def dicts(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Every row a query returns, as ``{column: value}`` dicts."""
        return list(self.each_dict(sql, params))

    def each_dict(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """The rows a query returns, one ``{column: value}`` dict at a time (big reads)."""
        cursor = self._cursor(sql, params)
        names = [d[0] for d in cursor.description]
        try:
            for row in cursor:
                yield dict(zip(names, row, strict=True))
        except sqlite3.Error as error:
            raise classify(error, self._path) from error

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        found = self.rows(sql, params)
        return found[0][0] if found else None

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns how many rows it changed."""
        return self._cursor(sql, params).rowcount

    def execute_many(self, sql: str, params: Iterable[Params]) -> int:
        """Run one statement once per parameter row; returns how many rows changed."""
        try:
            return self._conn.executemany(sql, params).rowcount
        except sqlite3.Error as error:
            raise classify(error, self._path) from error

    def _insert_statement(self, table: str, columns: tuple[str, ...]) -> str:
        key = (table, columns)
        sql = self._insert_sql.get(key)
        if sql is None:
            marks = ", ".join("?" for _ in columns)
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            self._insert_sql[key] = sql
        return sql

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row; returns its id (``lastrowid``: the id SQLite gave it)."""
        cursor = self._cursor(self._insert_statement(table, tuple(row)), tuple(row.values()))
        return int(cursor.lastrowid or 0)

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert rows that all have the same columns; returns how many were inserted."""
        found = iter(rows)
        first = next(found, None)
        if first is None:
            return 0
        sql = self._insert_statement(table, tuple(first))
        return self.execute_many(
            sql, (tuple(row.values()) for row in itertools.chain([first], found))
        )

    def upsert(self, table: str, row: Mapping[str, Any], key_columns: Sequence[str]) -> None:
        """Insert ``row``, or update its other columns where ``key_columns`` already exist."""
        others = [name for name in row if name not in key_columns]
        action = (
            "DO UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in others)
            if others
            else "DO NOTHING"
        )
        sql = (
            f"{self._insert_statement(table, tuple(row))}"
            f" ON CONFLICT ({', '.join(key_columns)}) {action}"
        )
        self.execute(sql, tuple(row.values()))

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction, ``BEGIN IMMEDIATE`` (a savepoint when nested).

        Immediate: the write lock is taken at the start, waiting up to the busy timeout.
        A deferred transaction that reads first would fail at once, without waiting,
        when it then meets another writer.
        """
        if self._conn.in_transaction:
            name = f"warroom_{next(self._savepoints)}"
            self.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                # An error may have ended the whole transaction; then there is no savepoint.
                if self._conn.in_transaction:
                    self.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        if not self._conn.in_transaction:
            return  # the error already ended the transaction
        try:
            self._conn.rollback()
        except sqlite3.Error:
            # The original failure is the one to report; SQLite rolls back on close.
            log.warning("rollback failed", exc_info=True)

    # -- the database as a whole -----------------------------------------------------------

    def table_counts(self) -> dict[str, int]:
        """Rows per table, the audit log and the migration record included."""
        names = self.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
        return {name: int(self.scalar(f'SELECT COUNT(*) FROM "{name}"')) for (name,) in names}

    def schema_version(self) -> int:
        """How many migrations have been applied."""
        try:
            return len(schema.applied_names(self._conn))
        except sqlite3.Error as error:
            raise classify(error, self._path) from error

    def backup(self) -> Path | None:
        """Write a dated copy beside the database file (None for in-memory databases)."""
        if self._path is None:
            return None
        try:
            return write_backup(self._conn, self._path)
        except sqlite3.Error as error:
            raise classify(error, self._path) from error

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self._conn.close()
