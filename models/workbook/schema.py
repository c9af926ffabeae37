"""The one key table of the workbook engine: sheets, columns and value labels in both languages.

Export writes headers and labels in the UI language; import accepts English, Chinese and
the aliases below, so a workbook edited in either language comes back. Codes are what the
database stores; labels are what a person reads in the cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from models.records import (
    BudgetLine,
    Direction,
    Incident,
    IncidentStatus,
    Kpi,
    Milestone,
    RaciActivity,
    RaciLetter,
    RiskCategory,
    Task,
    TaskStatus,
)


class Kind(StrEnum):
    """How a column's cells are written, parsed and compared."""

    ID = "id"
    TEXT = "text"
    LONG_TEXT = "long_text"
    MONEY = "money"
    PERCENT = "percent"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"
    DEPARTMENT = "department"
    PERSON = "person"
    PHASE = "phase"
    MILESTONE = "milestone"
    LEVEL = "level"
    TASK_STATUS = "task_status"
    INCIDENT_STATUS = "incident_status"
    RISK_CATEGORY = "risk_category"
    DIRECTION = "direction"
    BUDGET_CATEGORY = "budget_category"
    RACI_LETTER = "raci_letter"


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column: ``key`` is the record field it holds."""

    key: str
    en: str
    zh: str
    kind: Kind
    required: bool = False
    aliases: tuple[str, ...] = ()
    width: int = 14

    def header(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    def names(self) -> tuple[str, ...]:
        return (self.key, self.en, self.zh, *self.aliases)


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """One sheet of the workbook and the table behind it."""

    key: str
    table: str
    record: type
    en: str
    zh: str
    columns: tuple[ColumnSpec, ...]
    aliases: tuple[str, ...] = ()
    has_people_columns: bool = False  # RACI: one extra column per person

    def sheet_name(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    def names(self) -> tuple[str, ...]:
        return (self.key, self.en, self.zh, *self.aliases)

    @property
    def field_columns(self) -> tuple[ColumnSpec, ...]:
        """Every column but the ID."""
        return tuple(c for c in self.columns if c.kind is not Kind.ID)


ID = ColumnSpec("id", "ID", "编号", Kind.ID, aliases=("序号ID", "row id", "记录编号"), width=8)


def _dept(*, required: bool = False) -> ColumnSpec:
    return ColumnSpec(
        "department_id", "Department", "部门", Kind.DEPARTMENT, required, ("dept", "组别"), 14
    )


def _owner() -> ColumnSpec:
    return ColumnSpec("owner_id", "Owner", "负责人", Kind.PERSON, aliases=("owner name", "责任人"))


TASKS = EntitySpec(
    "tasks", "task", Task, "Tasks", "任务清单",
    (
        ID,
        _dept(required=True),
        ColumnSpec("phase_id", "Phase", "阶段", Kind.PHASE, True, ("作战阶段",), 10),
        ColumnSpec("title_zh", "Task (Chinese)", "任务(中文)", Kind.TEXT, True,
                   ("任务", "任务名称", "title_zh"), 30),
        ColumnSpec("title_en", "Task (English)", "任务(英文)", Kind.TEXT, False,
                   ("task", "title", "task name"), 30),
        _owner(),
        ColumnSpec("status", "Status", "状态", Kind.TASK_STATUS, True, ("任务状态",), 11),
        ColumnSpec("progress", "Progress", "进度", Kind.PERCENT, False, ("完成度", "% done"), 9),
        ColumnSpec("planned_start", "Start", "开始日期", Kind.DATE, True,
                   ("start date", "开始", "计划开始"), 12),
        ColumnSpec("due_date", "Due", "截止日期", Kind.DATE, True,
                   ("due date", "deadline", "截止", "完成期限"), 12),
        ColumnSpec("milestone_id", "Milestone", "里程碑", Kind.MILESTONE, False, ("节点",), 22),
        ColumnSpec("note", "Note", "备注", Kind.LONG_TEXT, False, ("notes", "说明"), 30),
    ),
    ("task", "checklist", "任务", "检查清单", "工作清单"),
)  # fmt: skip

MILESTONES = EntitySpec(
    "milestones", "milestone", Milestone, "Milestones", "里程碑",
    (
        ID,
        _dept(),
        ColumnSpec("phase_id", "Phase", "阶段", Kind.PHASE, True, ("作战阶段",), 10),
        ColumnSpec("name_zh", "Milestone (Chinese)", "里程碑(中文)", Kind.TEXT, True,
                   ("里程碑名称", "节点名称"), 30),
        ColumnSpec("name_en", "Milestone (English)", "里程碑(英文)", Kind.TEXT, False,
                   ("milestone", "name"), 30),
        ColumnSpec("due_date", "Due", "截止日期", Kind.DATE, True, ("due date", "截止"), 12),
        ColumnSpec("is_gate", "Gate", "硬性节点", Kind.BOOL, False, ("gate?", "验收节点"), 10),
    ),
    ("milestone", "节点", "关键节点"),
)  # fmt: skip

INCIDENTS = EntitySpec(
    "incidents", "incident", Incident, "Incidents", "事件",
    (
        ID,
        ColumnSpec("title", "Title", "标题", Kind.TEXT, True, ("incident", "事件标题"), 34),
        ColumnSpec("category", "Category", "类别", Kind.RISK_CATEGORY, True, ("风险类别",), 11),
        ColumnSpec("level_code", "Level", "级别", Kind.LEVEL, True, ("severity", "风险级别"), 9),
        ColumnSpec("status", "Status", "状态", Kind.INCIDENT_STATUS, True, ("事件状态",), 11),
        _dept(),
        _owner(),
        ColumnSpec("opened_at", "Opened at", "发生时间", Kind.DATETIME, True,
                   ("opened", "开始时间"), 17),
        ColumnSpec("respond_by", "Respond by", "响应期限", Kind.DATETIME, True,
                   ("response deadline", "响应截止"), 17),
        ColumnSpec("description", "Description", "描述", Kind.LONG_TEXT, False,
                   ("details", "详情"), 40),
    ),
    ("incident", "风险事件", "事件清单"),
)  # fmt: skip

RACI = EntitySpec(
    "raci", "raci_activity", RaciActivity, "RACI matrix", "RACI矩阵",
    (
        ID,
        ColumnSpec("name_zh", "Activity (Chinese)", "活动(中文)", Kind.TEXT, True,
                   ("活动", "事项"), 24),
        ColumnSpec("name_en", "Activity (English)", "活动(英文)", Kind.TEXT, False,
                   ("activity",), 24),
        _dept(),
        ColumnSpec("category", "Area", "领域", Kind.TEXT, False, ("类别", "category"), 11),
    ),
    ("raci", "责任矩阵", "风险责任矩阵", "responsibility matrix"),
    has_people_columns=True,
)  # fmt: skip

BUDGET = EntitySpec(
    "budget", "budget_line", BudgetLine, "Budget", "预算",
    (
        ID,
        _dept(required=True),
        ColumnSpec("category", "Category", "类别", Kind.BUDGET_CATEGORY, True,
                   ("预算类别", "科目"), 14),
        ColumnSpec("is_core", "Core", "核心", Kind.BOOL, True, ("core?", "是否核心"), 8),
        ColumnSpec("item_zh", "Item (Chinese)", "项目(中文)", Kind.TEXT, True,
                   ("项目", "预算项目"), 26),
        ColumnSpec("item_en", "Item (English)", "项目(英文)", Kind.TEXT, False,
                   ("item", "line item"), 28),
        ColumnSpec("planned_cents", "Planned", "计划", Kind.MONEY, True,
                   ("planned (¥)", "计划金额", "预算金额", "budget"), 16),
        ColumnSpec("committed_cents", "Committed", "已承诺", Kind.MONEY, False,
                   ("committed (¥)", "已承诺金额", "已签约"), 16),
        ColumnSpec("executed_cents", "Executed", "已执行", Kind.MONEY, False,
                   ("executed (¥)", "actual", "spent", "已执行金额", "实际支出"), 16),
        _owner(),
        ColumnSpec("note", "Note", "备注", Kind.LONG_TEXT, False, ("notes", "说明"), 30),
    ),
    ("budget lines", "预算明细", "预算表", "预算分配"),
)  # fmt: skip

KPIS = EntitySpec(
    "kpis", "kpi", Kpi, "KPI targets", "KPI目标",
    (
        ID,
        ColumnSpec("code", "Code", "代码", Kind.TEXT, True, ("kpi code", "指标代码"), 16),
        ColumnSpec("name_zh", "KPI (Chinese)", "指标(中文)", Kind.TEXT, True, ("指标",), 22),
        ColumnSpec("name_en", "KPI (English)", "指标(英文)", Kind.TEXT, False, ("kpi",), 24),
        ColumnSpec("unit", "Unit", "单位", Kind.TEXT, True, (), 8),
        ColumnSpec("target", "Target", "目标值", Kind.NUMBER, True, ("目标",), 14),
        ColumnSpec("direction", "Direction", "方向", Kind.DIRECTION, True, ("好的方向",), 14),
        ColumnSpec("warning", "Warning at", "预警值", Kind.NUMBER, True, ("warning",), 12),
        ColumnSpec("critical", "Critical at", "严重值", Kind.NUMBER, True, ("critical",), 12),
        _dept(),
    ),
    ("kpi", "kpis", "指标", "KPI", "目标"),
)  # fmt: skip

ENTITIES: dict[str, EntitySpec] = {
    spec.key: spec for spec in (TASKS, MILESTONES, INCIDENTS, RACI, BUDGET, KPIS)
}

README_NAMES = ("README", "说明", "readme", "使用说明")
META_SHEET = "_warroom"
LISTS_SHEET = "_lists"
FORMAT_VERSION = 1

# -- value labels: code -> (English, Chinese) ---------------------------------------------

TASK_STATUS_LABELS = {
    TaskStatus.NOT_STARTED: ("Not started", "未开始"),
    TaskStatus.IN_PROGRESS: ("In progress", "进行中"),
    TaskStatus.DONE: ("Done", "已完成"),
    TaskStatus.ACCEPTED: ("Accepted", "已验收"),
    TaskStatus.DELAYED: ("Delayed", "延期"),
}
INCIDENT_STATUS_LABELS = {
    IncidentStatus.TRIGGERED: ("Triggered", "已触发"),
    IncidentStatus.ACKNOWLEDGED: ("Acknowledged", "已响应"),
    IncidentStatus.RESOLVED: ("Resolved", "已解决"),
    IncidentStatus.CLOSED: ("Closed", "已关闭"),
}
RISK_CATEGORY_LABELS = {
    RiskCategory.TECH: ("Tech", "技术"),
    RiskCategory.OPERATIONS: ("Operations", "运营"),
    RiskCategory.MARKET: ("Market", "市场"),
}
DIRECTION_LABELS = {
    Direction.HIGHER_IS_BETTER: ("Higher is better", "越高越好"),
    Direction.LOWER_IS_BETTER: ("Lower is better", "越低越好"),
}
BUDGET_CATEGORY_LABELS = {
    "marketing": ("Marketing", "营销"),
    "supply_chain": ("Supply chain", "供应链"),
    "tech": ("Tech upgrade", "技术升级"),
    "temporary_staff": ("Temporary staff", "临时人力"),
    "office": ("Office", "办公"),
    "contingency": ("Contingency reserve", "应急预备金"),
}
RACI_LABELS = {letter: (letter.value, letter.value) for letter in RaciLetter}
BOOL_LABELS = {True: ("Yes", "是"), False: ("No", "否")}
BOOL_ALIASES = {
    True: ("y", "yes", "true", "1", "✓", "√", "是", "核心", "x"),
    False: ("n", "no", "false", "0", "否", "非核心", "-"),
}

ENUM_LABELS: dict[Kind, dict] = {
    Kind.TASK_STATUS: TASK_STATUS_LABELS,
    Kind.INCIDENT_STATUS: INCIDENT_STATUS_LABELS,
    Kind.RISK_CATEGORY: RISK_CATEGORY_LABELS,
    Kind.DIRECTION: DIRECTION_LABELS,
    Kind.BUDGET_CATEGORY: BUDGET_CATEGORY_LABELS,
    Kind.RACI_LETTER: RACI_LABELS,
}

TOTAL_WORDS = ("合计", "总计", "小计", "总额", "total", "totals", "sum", "subtotal", "grand total")


def label(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "zh" else pair[0]


def normalize_name(text: object) -> str:
    """A header or label as compared: width-folded, lower case, without spaces and '*'."""
    folded = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return _IGNORED_IN_NAMES.sub("", folded)


_IGNORED_IN_NAMES = re.compile(r"[\s*：:]")


def entity_for_sheet(name: str) -> EntitySpec | None:
    wanted = normalize_name(name)
    for spec in ENTITIES.values():
        if wanted in {normalize_name(n) for n in spec.names()}:
            return spec
    return None


_TOTALS = frozenset(normalize_name(w) for w in TOTAL_WORDS)
_LONGEST_TOTAL = max(map(len, TOTAL_WORDS)) + 8  # room for spaces, '*' and ':'


def is_total_label(text: object) -> bool:
    # Every cell of a row without an ID is asked: long texts cannot be a totals label.
    if isinstance(text, str) and len(text) > _LONGEST_TOTAL:
        return False
    return normalize_name(text) in _TOTALS
