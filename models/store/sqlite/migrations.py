"""Schema migrations, applied in order at start-up inside one transaction.

Never edit a released migration: add a new function. Names are zero-padded so that the
order is obvious; a database that has applied a name we do not know was written by a
newer War Room and is refused (see ``models.store.sqlite.opening``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.store.sqlite.lean import Database, Migrations

MIGRATION_SET = "warroom"
# sqlite-utils' record of applied migrations (``Migrations.migrations_table``).
MIGRATIONS_TABLE = "_sqlite_migrations"

Step = Callable[["Database"], None]
# Every migration in order. sqlite-utils (with click and pluggy) is imported only when
# migrations are to be applied: opening an up-to-date database reads the record by SQL.
_STEPS: list[tuple[str, Step]] = []
_migration_set: Migrations | None = None


def _migration(*, name: str) -> Callable[[Step], Step]:
    def register(step: Step) -> Step:
        _STEPS.append((name, step))
        return step

    return register


def migration_set() -> Migrations:
    """The sqlite-utils ``Migrations`` of every step (imports sqlite-utils the first time)."""
    global _migration_set
    if _migration_set is None:
        from models.store.sqlite.lean import Migrations

        found = Migrations(MIGRATION_SET)
        for name, step in _STEPS:
            found(name=name)(step)
        _migration_set = found
    return _migration_set


def __getattr__(name: str) -> object:
    # ``migrations`` (the sqlite-utils set), built on first use.
    if name == "migrations":
        return migration_set()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def applied_names(connection: sqlite3.Connection) -> list[str]:
    """Names of the applied migrations in the order applied, as sqlite-utils'
    ``Migrations.applied`` reads them, without importing sqlite-utils."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if exists is None:
        return []
    return [
        name
        for (name,) in connection.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]


def _run(db: Database, statements: list[str]) -> None:
    # executescript() would commit behind our back; run statement by statement instead.
    for statement in statements:
        db.execute(statement)


@_migration(name="0001_initial_schema")
def m0001_initial_schema(db: Database) -> None:
    _run(
        db,
        [
            """CREATE TABLE campaign (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                name_en TEXT NOT NULL,
                dday TEXT NOT NULL,
                timezone TEXT NOT NULL DEFAULT 'Asia/Shanghai'
            )""",
            """CREATE TABLE department (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                color TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                is_core_unit INTEGER NOT NULL DEFAULT 1,
                UNIQUE (campaign_id, code)
            )""",
            """CREATE TABLE person (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                name_en TEXT NOT NULL,
                department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
                role TEXT NOT NULL,
                title_zh TEXT NOT NULL DEFAULT '',
                title_en TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE phase (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                UNIQUE (campaign_id, code),
                CHECK (start_date <= end_date)
            )""",
            """CREATE TABLE milestone (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                phase_id INTEGER NOT NULL REFERENCES phase(id),
                department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                due_date TEXT NOT NULL,
                is_gate INTEGER NOT NULL DEFAULT 0,
                dday_offset_days INTEGER,
                signed_off_by TEXT,
                signed_off_at TEXT,
                sign_off_comment TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE task (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                department_id INTEGER NOT NULL REFERENCES department(id),
                phase_id INTEGER NOT NULL REFERENCES phase(id),
                milestone_id INTEGER REFERENCES milestone(id) ON DELETE SET NULL,
                owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
                title_zh TEXT NOT NULL,
                title_en TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'not_started',
                progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
                planned_start TEXT NOT NULL,
                due_date TEXT NOT NULL,
                dday_offset_days INTEGER,
                note TEXT NOT NULL DEFAULT '',
                CHECK (planned_start <= due_date)
            )""",
            """CREATE TABLE task_dependency (
                task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                depends_on_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                PRIMARY KEY (task_id, depends_on_id),
                CHECK (task_id <> depends_on_id)
            ) WITHOUT ROWID""",
            """CREATE TABLE kpi (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                unit TEXT NOT NULL,
                target REAL NOT NULL,
                direction TEXT NOT NULL,
                warning REAL NOT NULL,
                critical REAL NOT NULL,
                department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
                metric_code TEXT,
                sort_order INTEGER NOT NULL DEFAULT 0,
                UNIQUE (campaign_id, code)
            )""",
            """CREATE TABLE metric (
                code TEXT PRIMARY KEY,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                unit TEXT NOT NULL,
                kpi_code TEXT,
                cumulative INTEGER NOT NULL DEFAULT 0
            )""",
            # Keyed by (metric, instant): a window read is a range scan (see perf-facts).
            """CREATE TABLE metric_sample (
                metric_code TEXT NOT NULL,
                at TEXT NOT NULL,
                value REAL NOT NULL,
                PRIMARY KEY (metric_code, at)
            ) WITHOUT ROWID""",
            """CREATE TABLE risk_level (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                response_minutes INTEGER NOT NULL CHECK (response_minutes > 0),
                color TEXT NOT NULL,
                sort_order INTEGER NOT NULL DEFAULT 0,
                UNIQUE (campaign_id, code)
            )""",
            """CREATE TABLE alert_rule (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                metric_code TEXT NOT NULL,
                comparator TEXT NOT NULL,
                threshold REAL NOT NULL,
                duration_seconds INTEGER NOT NULL DEFAULT 0,
                level_code TEXT NOT NULL,
                name_zh TEXT NOT NULL DEFAULT '',
                name_en TEXT NOT NULL DEFAULT '',
                enabled INTEGER NOT NULL DEFAULT 1
            )""",
            """CREATE TABLE contingency_plan (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                category TEXT NOT NULL,
                trigger_zh TEXT NOT NULL,
                trigger_en TEXT NOT NULL,
                steps_zh TEXT NOT NULL,
                steps_en TEXT NOT NULL,
                resources_zh TEXT NOT NULL DEFAULT '',
                resources_en TEXT NOT NULL DEFAULT '',
                department_id INTEGER REFERENCES department(id) ON DELETE SET NULL
            )""",
            """CREATE TABLE incident (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                category TEXT NOT NULL,
                level_code TEXT NOT NULL,
                status TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                respond_by TEXT NOT NULL,
                department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
                owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
                plan_id INTEGER REFERENCES contingency_plan(id) ON DELETE SET NULL,
                acknowledged_at TEXT,
                resolved_at TEXT,
                escalation_step INTEGER NOT NULL DEFAULT 0,
                description TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE incident_event (
                id INTEGER PRIMARY KEY,
                incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE alert (
                id INTEGER PRIMARY KEY,
                rule_id INTEGER NOT NULL REFERENCES alert_rule(id) ON DELETE CASCADE,
                fired_at TEXT NOT NULL,
                value REAL NOT NULL,
                cleared_at TEXT,
                incident_id INTEGER REFERENCES incident(id) ON DELETE SET NULL
            )""",
            """CREATE TABLE raci_activity (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
                category TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0
            )""",
            """CREATE TABLE raci_assignment (
                activity_id INTEGER NOT NULL REFERENCES raci_activity(id) ON DELETE CASCADE,
                person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                letter TEXT NOT NULL CHECK (letter IN ('R', 'A', 'C', 'I')),
                PRIMARY KEY (activity_id, person_id)
            ) WITHOUT ROWID""",
            """CREATE TABLE budget_line (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                department_id INTEGER NOT NULL REFERENCES department(id),
                category TEXT NOT NULL,
                is_core INTEGER NOT NULL,
                item_zh TEXT NOT NULL,
                item_en TEXT NOT NULL,
                planned_cents INTEGER NOT NULL CHECK (planned_cents >= 0),
                committed_cents INTEGER NOT NULL DEFAULT 0 CHECK (committed_cents >= 0),
                executed_cents INTEGER NOT NULL DEFAULT 0 CHECK (executed_cents >= 0),
                owner_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
                note TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE budget_adjustment (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                from_line_id INTEGER NOT NULL REFERENCES budget_line(id),
                to_line_id INTEGER NOT NULL REFERENCES budget_line(id),
                amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
                reason TEXT NOT NULL,
                requested_by TEXT NOT NULL,
                requested_at TEXT NOT NULL,
                decide_by TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'pending',
                decided_by TEXT,
                decided_at TEXT
            )""",
            # Append-only: who changed what and when. JSON before/after images of the row.
            """CREATE TABLE audit (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                table_name TEXT NOT NULL,
                row_id TEXT NOT NULL,
                before TEXT,
                after TEXT
            )""",
        ],
    )


@_migration(name="0002_lookup_indexes")
def m0002_lookup_indexes(db: Database) -> None:
    _run(
        db,
        [
            "CREATE INDEX idx_task_department ON task (department_id, due_date)",
            "CREATE INDEX idx_task_milestone ON task (milestone_id)",
            "CREATE INDEX idx_incident_status ON incident (campaign_id, status)",
            "CREATE INDEX idx_incident_event_incident ON incident_event (incident_id, at)",
            "CREATE INDEX idx_audit_table_row ON audit (table_name, row_id)",
            "CREATE INDEX idx_budget_line_department ON budget_line (department_id)",
        ],
    )


@_migration(name="0003_plan_gates_snapshots")
def m0003_plan_gates_snapshots(db: Database) -> None:
    """Issue 3: task anchors to milestones, task-on-gate waits, gate history, board snapshots."""
    _run(
        db,
        [
            # Reverse scheduling from a milestone: due = milestone due + offset.
            "ALTER TABLE task ADD COLUMN milestone_offset_days INTEGER",
            # A task that may not start before a gate is signed off (shown as blocked).
            """CREATE TABLE task_gate_dependency (
                task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
                PRIMARY KEY (task_id, milestone_id)
            ) WITHOUT ROWID""",
            # Append-only history of sign-offs and reopenings (who, when, comment/reason).
            """CREATE TABLE gate_event (
                id INTEGER PRIMARY KEY,
                milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX idx_gate_event_milestone ON gate_event (milestone_id, at)",
            # One row per department per day: the daily board survives restarts.
            """CREATE TABLE board_snapshot (
                campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                day TEXT NOT NULL,
                department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
                total INTEGER NOT NULL,
                finished INTEGER NOT NULL,
                lagging INTEGER NOT NULL,
                overdue INTEGER NOT NULL,
                blocked INTEGER NOT NULL,
                taken_at TEXT NOT NULL,
                PRIMARY KEY (campaign_id, day, department_id)
            ) WITHOUT ROWID""",
        ],
    )


@_migration(name="0004_metric_samples_epoch_and_rollup")
def m0004_metric_samples_epoch_and_rollup(db: Database) -> None:
    """Samples keyed by integer epoch seconds, plus a per-minute rollup for retention.

    Integer keys make a window read a cheap range scan and let SQL bucket rows into
    pixel columns with integer arithmetic; ISO text could do neither.
    """
    from datetime import datetime

    old = db.execute("SELECT metric_code, at, value FROM metric_sample").fetchall()
    _run(
        db,
        [
            "DROP TABLE metric_sample",
            """CREATE TABLE metric_sample (
                metric_code TEXT NOT NULL,
                t INTEGER NOT NULL,
                value REAL NOT NULL,
                PRIMARY KEY (metric_code, t)
            ) WITHOUT ROWID""",
            # One row per metric and minute once raw samples pass the retention age.
            """CREATE TABLE metric_rollup (
                metric_code TEXT NOT NULL,
                t INTEGER NOT NULL,
                samples INTEGER NOT NULL,
                low REAL NOT NULL,
                high REAL NOT NULL,
                total REAL NOT NULL,
                last REAL NOT NULL,
                PRIMARY KEY (metric_code, t)
            ) WITHOUT ROWID""",
            # Removing a metric from the catalogue removes its history too.
            """CREATE TRIGGER metric_history_deleted AFTER DELETE ON metric BEGIN
                DELETE FROM metric_sample WHERE metric_code = OLD.code;
                DELETE FROM metric_rollup WHERE metric_code = OLD.code;
            END""",
            "CREATE INDEX idx_alert_open ON alert (cleared_at, rule_id)",
        ],
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO metric_sample (metric_code, t, value) VALUES (?, ?, ?)",
        [(code, int(datetime.fromisoformat(at).timestamp()), value) for code, at, value in old],
    )


@_migration(name="0006_metric_feeds_and_live_rollup")
def m0006_metric_feeds_and_live_rollup(db: Database) -> None:
    """Issue 4: followed files survive a restart; the per-minute rollup is kept current.

    The rollup used to be written only when raw samples aged out; now every ingest keeps
    it up to date, so fill it in for the raw samples already stored.
    """
    _run(
        db,
        [
            # A file feed added in the sources panel, with where its reading stopped.
            """CREATE TABLE metric_feed (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                spec TEXT NOT NULL DEFAULT '',
                read_offset INTEGER NOT NULL DEFAULT 0,
                file_identity TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL DEFAULT ''
            )""",
            """WITH minutes AS (SELECT metric_code, t / 60 * 60 AS minute, COUNT(*) AS n,
                MIN(value) AS low, MAX(value) AS high, SUM(value) AS total, MAX(t) AS last_t
                FROM metric_sample GROUP BY metric_code, minute)
            INSERT OR REPLACE INTO metric_rollup (metric_code, t, samples, low, high, total, last)
            SELECT m.metric_code, m.minute, m.n, m.low, m.high, m.total, s.value
            FROM minutes AS m JOIN metric_sample AS s
            ON s.metric_code = m.metric_code AND s.t = m.last_t""",
        ],
    )


@_migration(name="0007_metric_catalogue_order")
def m0007_metric_catalogue_order(db: Database) -> None:
    """The catalogue keeps the order metrics were added in an explicit column.

    It was read in ``rowid`` order, which only SQLite has.
    """
    _run(
        db,
        [
            "ALTER TABLE metric ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0",
            "UPDATE metric SET sort_order = rowid",
        ],
    )


def known_names() -> list[str]:
    """Names of every migration this version of War Room knows, in order."""
    return [name for name, _step in _STEPS]
