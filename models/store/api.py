"""What callers may ask of the store: one Protocol per repository and one for the facade.

Code outside ``models/store/`` depends on these (``Store`` satisfies ``StoreApi``), never
on a connection, a backend or SQL, so a PostgreSQL backend can slot in behind them.
Writes take the acting user, append to the audit log in the same transaction and return
what undo needs (previous values, new ids, deleted records).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from models.plan.plan_records import BoardSnapshot, GateEvent, GateEventKind
from models.records import (
    Actor,
    Alert,
    AlertRule,
    AuditEntry,
    BudgetAdjustment,
    BudgetLine,
    Campaign,
    ContingencyPlan,
    Department,
    Incident,
    IncidentEvent,
    Kpi,
    Metric,
    MetricSample,
    Milestone,
    Person,
    Phase,
    RaciActivity,
    RaciAssignment,
    RaciLetter,
    RiskLevel,
    Task,
)
from models.store.metrics import RAW_RETENTION_SECONDS, SampleRow
from models.store.plan import MilestoneRemoval
from models.store.workbook_journal import Journal
from models.workbook.plan import ImportPlan, Resolution
from models.workbook.snapshot import CampaignSnapshot

Changes = dict[str, Any]  # field name -> value


class CampaignApi(Protocol):
    """The campaign frame: campaigns, departments, people, phases and risk levels."""

    def campaigns(self) -> list[Campaign]:
        """Every campaign, oldest first."""
        ...

    def current(self) -> Campaign | None:
        """The campaign the app shows (the newest); None in an empty database."""
        ...

    def add_campaign(self, actor: Actor, campaign: Campaign) -> int:
        """Store a campaign; returns its id."""
        ...

    def update_campaign(self, actor: Actor, campaign_id: int, **changes: Any) -> Changes:
        """Change campaign fields; returns their previous values."""
        ...

    def delete_all(self, actor: Actor) -> None:
        """Remove every campaign and what hangs from it (demo rebuild)."""
        ...

    def departments(self, campaign_id: int) -> list[Department]:
        """The campaign's departments in display order."""
        ...

    def add_department(self, actor: Actor, department: Department) -> int:
        """Store a department; returns its id."""
        ...

    def people(self, campaign_id: int) -> list[Person]:
        """Everyone in the campaign's war room."""
        ...

    def add_person(self, actor: Actor, person: Person) -> int:
        """Store a person; returns their id."""
        ...

    def phases(self, campaign_id: int) -> list[Phase]:
        """The campaign's phases in time order."""
        ...

    def add_phase(self, actor: Actor, phase: Phase) -> int:
        """Store a phase; returns its id."""
        ...

    def update_phase(self, actor: Actor, phase_id: int, **changes: Any) -> Changes:
        """Change phase fields; returns their previous values."""
        ...

    def risk_levels(self, campaign_id: int) -> list[RiskLevel]:
        """The campaign's risk levels, mildest first."""
        ...

    def add_risk_level(self, actor: Actor, level: RiskLevel) -> int:
        """Store a risk level; returns its id."""
        ...


class PlanApi(Protocol):
    """Milestones and gates, tasks and their dependencies, daily board snapshots."""

    def milestones(self, campaign_id: int) -> list[Milestone]:
        """The campaign's milestones by due date."""
        ...

    def milestone(self, milestone_id: int) -> Milestone:
        """One milestone; ``KeyError`` when it does not exist."""
        ...

    def add_milestone(self, actor: Actor, milestone: Milestone) -> int:
        """Store a milestone (keeping its id when set); returns its id."""
        ...

    def update_milestone(self, actor: Actor, milestone_id: int, **changes: Any) -> Changes:
        """Change milestone fields; returns their previous values."""
        ...

    def delete_milestone(self, actor: Actor, milestone_id: int) -> MilestoneRemoval:
        """Delete a milestone with the waits on it and its gate history."""
        ...

    def restore_milestone(self, actor: Actor, removal: MilestoneRemoval) -> None:
        """Undo ``delete_milestone``: the same ids, waits and history come back."""
        ...

    def record_gate_action(
        self,
        actor: Actor,
        milestone_id: int,
        kind: GateEventKind,
        at: datetime,
        text: str,
        changes: Changes,
    ) -> Changes:
        """Set the gate fields and log the event in one transaction; returns previous values."""
        ...

    def gate_events(self, milestone_id: int) -> list[GateEvent]:
        """A gate's sign-off and reopening history, oldest first."""
        ...

    def tasks(self, campaign_id: int, department_id: int | None = None) -> list[Task]:
        """The campaign's tasks (of one department when given), in id order."""
        ...

    def tasks_by_ids(self, task_ids: list[int]) -> list[Task]:
        """The tasks with these ids (missing ids are skipped), in id order."""
        ...

    def task(self, task_id: int) -> Task:
        """One task; ``KeyError`` when it does not exist."""
        ...

    def add_task(self, actor: Actor, task: Task) -> int:
        """Store a task (keeping its id when set); returns its id."""
        ...

    def add_tasks(self, actor: Actor, tasks: list[Task]) -> None:
        """Insert many tasks in one transaction with one audit row."""
        ...

    def update_task(self, actor: Actor, task_id: int, **changes: Any) -> Changes:
        """Change task fields; returns their previous values."""
        ...

    def delete_task(self, actor: Actor, task_id: int) -> Task:
        """Delete a task; returns it for undo."""
        ...

    def dependencies(self, campaign_id: int) -> list[tuple[int, int]]:
        """``(task, task it waits for)`` pairs of the campaign."""
        ...

    def add_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Make a task wait for another (finish-to-start)."""
        ...

    def remove_dependency(self, actor: Actor, task_id: int, depends_on_id: int) -> None:
        """Remove a finish-to-start dependency."""
        ...

    def gate_dependencies(self, campaign_id: int) -> list[tuple[int, int]]:
        """``(task, gate milestone it waits for)`` pairs of the campaign."""
        ...

    def add_gate_dependency(self, actor: Actor, task_id: int, milestone_id: int) -> None:
        """Make a task wait for a gate's sign-off."""
        ...

    def remove_gate_dependency(self, actor: Actor, task_id: int, milestone_id: int) -> None:
        """Stop a task waiting for a gate's sign-off."""
        ...

    def save_board_snapshot(self, actor: Actor, rows: list[BoardSnapshot]) -> None:
        """Store one day's board, replacing an earlier snapshot of the same day."""
        ...

    def board_snapshots(self, campaign_id: int, since: date | None = None) -> list[BoardSnapshot]:
        """Snapshots in day order (from ``since`` when given)."""
        ...


class MetricApi(Protocol):
    """KPI definitions, the metric catalogue, samples and followed files."""

    def kpis(self, campaign_id: int) -> list[Kpi]:
        """The campaign's KPIs in display order."""
        ...

    def add_kpi(self, actor: Actor, kpi: Kpi) -> int:
        """Store a KPI; returns its id."""
        ...

    def update_kpi(self, actor: Actor, kpi_id: int, **changes: Any) -> Changes:
        """Change KPI fields; returns their previous values."""
        ...

    def metrics(self) -> list[Metric]:
        """The metric catalogue in the order metrics were added."""
        ...

    def add_metric(self, actor: Actor, metric: Metric) -> None:
        """Add a metric to the catalogue, after the ones already there."""
        ...

    def add_samples(self, samples: list[MetricSample]) -> list[SampleRow]:
        """Store sample records as ``add_rows`` does; returns the rows already stored."""
        ...

    def add_rows(self, rows: Iterable[SampleRow]) -> list[SampleRow]:
        """Store new ``(metric, epoch second, value)`` rows; returns those already stored."""
        ...

    def latest_sample(self, metric_code: str) -> MetricSample | None:
        """The newest sample of a metric (None before the first)."""
        ...

    def latest_values(self) -> dict[str, tuple[int, float]]:
        """The newest ``(epoch second, value)`` of every metric that has samples."""
        ...

    def samples(self, metric_code: str, start: datetime, end: datetime) -> list[MetricSample]:
        """Raw samples in ``[start, end]``."""
        ...

    def raw_rows(self, metric_code: str, start: int, end: int) -> list[tuple[int, float]]:
        """``(epoch second, value)`` rows in ``[start, end]``, oldest first."""
        ...

    def window(
        self, metric_code: str, start: int, end: int, columns: int
    ) -> tuple[list[int], list[float]]:
        """Points of ``[start, end]`` reduced to ``columns`` pixel columns."""
        ...

    def sparkline(self, metric_code: str, end: int, span: int, points: int) -> list[float]:
        """The last value of each of ``points`` equal slices of ``(end - span, end]``."""
        ...

    def compact(self, now: int, keep_raw_seconds: int = RAW_RETENTION_SECONDS) -> int:
        """Fold old raw samples into per-minute rollups; returns how many were removed."""
        ...

    def counts(self) -> tuple[int, int]:
        """How many raw samples and per-minute rollups are stored."""
        ...

    def feeds(self) -> list[tuple[str, str, int, str]]:
        """Remembered file feeds: ``(path, mapping spec, read offset, file identity)``."""
        ...

    def remember_feed(self, actor: Actor, path: str, spec: str) -> None:
        """Remember a followed file (read from its start)."""
        ...

    def forget_feed(self, actor: Actor, path: str) -> None:
        """Stop remembering a followed file."""
        ...

    def save_feed_position(self, path: str, offset: int, identity: str) -> None:
        """Where reading a followed file stopped."""
        ...


class AlertApi(Protocol):
    """Alert rules on the live metrics and the alerts they fired."""

    def alert_rules(self, campaign_id: int) -> list[AlertRule]:
        """The campaign's alert rules in id order."""
        ...

    def add_alert_rule(self, actor: Actor, rule: AlertRule) -> int:
        """Store a rule (keeping its id when set); returns its id."""
        ...

    def update_alert_rule(self, actor: Actor, rule_id: int, **changes: Any) -> Changes:
        """Change rule fields; returns their previous values."""
        ...

    def alert_rule(self, rule_id: int) -> AlertRule:
        """One rule; ``KeyError`` when it does not exist."""
        ...

    def alert_count(self, rule_id: int) -> int:
        """How many alerts a rule has fired."""
        ...

    def delete_alert_rule(self, actor: Actor, rule_id: int) -> tuple[AlertRule, list[Alert]]:
        """Delete a rule and its alerts; returns both so undo can restore them."""
        ...

    def restore_alert_rule(self, actor: Actor, rule: AlertRule, alerts: list[Alert]) -> None:
        """Insert a deleted rule again with its id and its alert history."""
        ...

    def clear_open_alerts(self, rule_id: int, at: datetime) -> list[int]:
        """Stamp the rule's open alerts as cleared at ``at``; returns their ids."""
        ...

    def reopen_alerts(self, alert_ids: list[int]) -> None:
        """Undo of ``clear_open_alerts``: those alerts are active again."""
        ...

    def alerts(self, limit: int = 200) -> list[Alert]:
        """The newest fired alerts first."""
        ...

    def alert(self, alert_id: int) -> Alert:
        """One fired alert; ``KeyError`` when it does not exist."""
        ...

    def open_alerts(self) -> list[Alert]:
        """Alerts whose condition has not cleared yet, oldest first."""
        ...

    def record_alert_events(self, events: Sequence[tuple[int, datetime, float, bool]]) -> list[int]:
        """Store ``(rule id, instant, value, cleared)`` events; returns the new alert ids."""
        ...

    def link_alert_incident(self, actor: Actor, alert_id: int, incident_id: int) -> None:
        """Remember which incident ticket an alert became."""
        ...


class IncidentApi(Protocol):
    """Incident tickets, their timelines and contingency plans."""

    def incidents(self, campaign_id: int, *, open_only: bool = False) -> list[Incident]:
        """The campaign's incidents, newest first (only open ones when asked)."""
        ...

    def add_incident(self, actor: Actor, incident: Incident) -> int:
        """Store an incident; returns its id."""
        ...

    def update_incident(self, actor: Actor, incident_id: int, **changes: Any) -> Changes:
        """Change incident fields; returns their previous values."""
        ...

    def events(self, incident_id: int) -> list[IncidentEvent]:
        """An incident's timeline, oldest first."""
        ...

    def add_event(self, actor: Actor, event: IncidentEvent) -> int:
        """Append to an incident's timeline; returns the event's id."""
        ...

    def plans(self, campaign_id: int) -> list[ContingencyPlan]:
        """The campaign's contingency plans."""
        ...

    def add_plan(self, actor: Actor, plan: ContingencyPlan) -> int:
        """Store a contingency plan; returns its id."""
        ...


class RaciApi(Protocol):
    """The responsibility matrix: activities x people, one letter per cell."""

    def activities(self, campaign_id: int) -> list[RaciActivity]:
        """The campaign's activities in display order."""
        ...

    def add_activity(self, actor: Actor, activity: RaciActivity) -> int:
        """Store an activity; returns its id."""
        ...

    def assignments(self, campaign_id: int) -> list[RaciAssignment]:
        """Every filled cell of the campaign's matrix."""
        ...

    def set_letter(
        self, actor: Actor, activity_id: int, person_id: int, letter: RaciLetter | None
    ) -> RaciLetter | None:
        """Set or clear one cell; returns the previous letter."""
        ...


class BudgetApi(Protocol):
    """Budget lines and the reallocation requests between them."""

    def lines(self, campaign_id: int) -> list[BudgetLine]:
        """The campaign's budget lines in id order."""
        ...

    def line(self, line_id: int) -> BudgetLine:
        """One line; ``KeyError`` when it does not exist."""
        ...

    def add_line(self, actor: Actor, line: BudgetLine) -> int:
        """Store a line (keeping its id when set); returns its id."""
        ...

    def update_line(self, actor: Actor, line_id: int, **changes: Any) -> Changes:
        """Change line fields; returns their previous values."""
        ...

    def delete_line(self, actor: Actor, line_id: int) -> BudgetLine:
        """Delete a line without reallocation history; returns it for undo."""
        ...

    def adjustments(self, campaign_id: int) -> list[BudgetAdjustment]:
        """The campaign's reallocation requests, newest first."""
        ...

    def adjustment(self, adjustment_id: int) -> BudgetAdjustment:
        """One request; ``KeyError`` when it does not exist."""
        ...

    def add_adjustment(self, actor: Actor, adjustment: BudgetAdjustment) -> int:
        """Store a request as it is (keeping its id when set); returns its id."""
        ...

    def delete_adjustment(self, actor: Actor, adjustment_id: int) -> BudgetAdjustment:
        """Withdraw a pending request; returns it for undo."""
        ...

    def request_adjustment(self, actor: Actor, adjustment: BudgetAdjustment) -> int:
        """Validate against the lines as they are now, then record the pending request."""
        ...

    def decide(
        self, actor: Actor, adjustment_id: int, *, approve: bool, decided_at: datetime
    ) -> BudgetAdjustment:
        """Approve (moving the money) or reject a pending request; returns it as it was."""
        ...

    def undo_decision(self, actor: Actor, adjustment_id: int) -> None:
        """Put a decided request back to pending, moving approved money back."""
        ...


class WorkbookApi(Protocol):
    """The campaign as the workbook engine reads it, and applying import plans."""

    def snapshot(self, campaign_id: int, entities: Iterable[str] | None = None) -> CampaignSnapshot:
        """A plain-data copy of the campaign (only the ``entities`` asked for, or all)."""
        ...

    def apply_plan(self, actor: Actor, plan: ImportPlan, resolution: Resolution) -> Journal:
        """Write the plan in one transaction (or nothing); returns its journal."""
        ...

    def replay(self, actor: Actor, journal: Journal, *, undo: bool) -> None:
        """Undo (backwards, inverted) or redo (forwards) an applied import."""
        ...


class StoreApi(Protocol):
    """An open War Room database: one repository per area plus the database as a whole."""

    campaign: CampaignApi
    plan: PlanApi
    metrics: MetricApi
    alerts: AlertApi
    incidents: IncidentApi
    raci: RaciApi
    budget: BudgetApi
    workbook: WorkbookApi

    @property
    def path(self) -> Path | None:
        """The database file (None when the database lives in memory)."""
        ...

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction spanning several repository calls (all of them or none)."""
        ...

    def backup(self) -> Path | None:
        """Write a dated copy beside the database file (None for in-memory stores)."""
        ...

    def audit_entries(self, table: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The newest audit rows first, optionally for one table."""
        ...

    def schema_version(self) -> int:
        """How many schema steps (migrations) this database has."""
        ...

    def table_counts(self) -> dict[str, int]:
        """Rows per table, the audit log included (equal before and after: nothing changed)."""
        ...

    def close(self) -> None:
        """Close the database."""
        ...
