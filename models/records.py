"""Record dataclasses and enums of the War Room domain.

Plain Python: no Qt. Values that the database stores as codes are ``StrEnum``s whose
value is a stable English code; user-facing labels are produced by the UI layer.
Money is held in integer minor units (fen); calendar dates are campaign-local ``date``s;
instants are timezone-aware ``datetime``s stored as UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Role(StrEnum):
    """What a person may do in the app; permissions will hook on this."""

    COMMANDER = "commander"
    LEAD = "lead"
    OPERATOR = "operator"
    FINANCE = "finance"
    VIEWER = "viewer"


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ACCEPTED = "accepted"
    DELAYED = "delayed"

    @property
    def is_finished(self) -> bool:
        return self in (TaskStatus.DONE, TaskStatus.ACCEPTED)


class Direction(StrEnum):
    """Whether a KPI is good when high (GMV) or when low (return rate)."""

    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class IncidentStatus(StrEnum):
    TRIGGERED = "triggered"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self in (IncidentStatus.TRIGGERED, IncidentStatus.ACKNOWLEDGED)


class RiskCategory(StrEnum):
    TECH = "tech"
    OPERATIONS = "operations"
    MARKET = "market"


class RaciLetter(StrEnum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


class Comparator(StrEnum):
    ABOVE = "above"
    BELOW = "below"


class AdjustmentStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Actor:
    """The user on whose behalf a controller acts; written to the audit log."""

    name: str
    role: Role = Role.COMMANDER
    department_code: str | None = None


SYSTEM_ACTOR = Actor("system", Role.COMMANDER)


@dataclass(frozen=True, slots=True)
class Campaign:
    id: int | None
    name: str
    name_en: str
    dday: datetime
    timezone: str = "Asia/Shanghai"


@dataclass(frozen=True, slots=True)
class Department:
    id: int | None
    campaign_id: int
    code: str
    name_zh: str
    name_en: str
    color: str
    sort_order: int = 0
    is_core_unit: bool = True


@dataclass(frozen=True, slots=True)
class Person:
    id: int | None
    campaign_id: int
    name: str
    name_en: str
    department_id: int | None
    role: Role = Role.OPERATOR
    title_zh: str = ""
    title_en: str = ""


@dataclass(frozen=True, slots=True)
class Phase:
    id: int | None
    campaign_id: int
    code: str
    name_zh: str
    name_en: str
    start_date: date
    end_date: date
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class Milestone:
    id: int | None
    campaign_id: int
    phase_id: int
    department_id: int | None
    name_zh: str
    name_en: str
    due_date: date
    is_gate: bool = False
    dday_offset_days: int | None = None
    signed_off_by: str | None = None
    signed_off_at: datetime | None = None
    sign_off_comment: str = ""


@dataclass(frozen=True, slots=True)
class Task:
    id: int | None
    campaign_id: int
    department_id: int
    phase_id: int
    title_zh: str
    title_en: str
    planned_start: date
    due_date: date
    milestone_id: int | None = None
    owner_id: int | None = None
    status: TaskStatus = TaskStatus.NOT_STARTED
    progress: int = 0
    dday_offset_days: int | None = None
    note: str = ""
    # Reverse scheduling from the task's milestone (due = milestone due + offset).
    milestone_offset_days: int | None = None


@dataclass(frozen=True, slots=True)
class Kpi:
    id: int | None
    campaign_id: int
    code: str
    name_zh: str
    name_en: str
    unit: str
    target: float
    direction: Direction
    warning: float
    critical: float
    department_id: int | None = None
    metric_code: str | None = None
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class Metric:
    """A named live figure (GMV, QPS, ...) that samples are recorded for."""

    code: str
    name_zh: str
    name_en: str
    unit: str
    kpi_code: str | None = None
    cumulative: bool = False


@dataclass(frozen=True, slots=True)
class MetricSample:
    metric_code: str
    at: datetime
    value: float


@dataclass(frozen=True, slots=True)
class RiskLevel:
    """Incident level (一般 / 重点 / 紧急) with its response deadline; editable data."""

    id: int | None
    campaign_id: int
    code: str
    name_zh: str
    name_en: str
    response_minutes: int
    color: str
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class AlertRule:
    id: int | None
    campaign_id: int
    metric_code: str
    comparator: Comparator
    threshold: float
    duration_seconds: int
    level_code: str
    name_zh: str = ""
    name_en: str = ""
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Alert:
    id: int | None
    rule_id: int
    fired_at: datetime
    value: float
    cleared_at: datetime | None = None
    incident_id: int | None = None


@dataclass(frozen=True, slots=True)
class ContingencyPlan:
    id: int | None
    campaign_id: int
    name_zh: str
    name_en: str
    category: RiskCategory
    trigger_zh: str
    trigger_en: str
    steps_zh: str
    steps_en: str
    resources_zh: str = ""
    resources_en: str = ""
    department_id: int | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    id: int | None
    campaign_id: int
    title: str
    category: RiskCategory
    level_code: str
    status: IncidentStatus
    opened_at: datetime
    respond_by: datetime
    department_id: int | None = None
    owner_id: int | None = None
    plan_id: int | None = None
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    escalation_step: int = 0
    description: str = ""


@dataclass(frozen=True, slots=True)
class IncidentEvent:
    id: int | None
    incident_id: int
    at: datetime
    actor: str
    kind: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class RaciActivity:
    id: int | None
    campaign_id: int
    name_zh: str
    name_en: str
    department_id: int | None = None
    category: str = ""
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class RaciAssignment:
    activity_id: int
    person_id: int
    letter: RaciLetter


@dataclass(frozen=True, slots=True)
class BudgetLine:
    id: int | None
    campaign_id: int
    department_id: int
    category: str
    is_core: bool
    item_zh: str
    item_en: str
    planned_cents: int
    committed_cents: int = 0
    executed_cents: int = 0
    owner_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class BudgetAdjustment:
    id: int | None
    campaign_id: int
    from_line_id: int
    to_line_id: int
    amount_cents: int
    reason: str
    requested_by: str
    requested_at: datetime
    decide_by: datetime
    status: AdjustmentStatus = AdjustmentStatus.PENDING
    decided_by: str | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int | None
    at: datetime
    actor: str
    action: str
    table_name: str
    row_id: str
    before: dict[str, object] | None = field(default=None)
    after: dict[str, object] | None = field(default=None)
