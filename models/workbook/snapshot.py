"""A read-only copy of the campaign for the workbook engine (plain data, safe in a worker).

The main thread loads it from the store; export and import planning then run anywhere
without touching the SQLite connection. ``rows(entity)`` gives every record as a dict of
typed field values, the one shape writer, reader and planner compare.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from models.records import (
    BudgetAdjustment,
    BudgetLine,
    Campaign,
    Department,
    Incident,
    Kpi,
    Milestone,
    Person,
    Phase,
    RaciActivity,
    RaciAssignment,
    RiskLevel,
    Task,
)
from models.workbook.schema import ENTITIES, EntitySpec, label, normalize_name


def person_key(person_id: int) -> str:
    """Field key of a RACI person column."""
    return f"person:{person_id}"


@dataclass(frozen=True)
class CampaignSnapshot:
    campaign: Campaign
    departments: tuple[Department, ...]
    people: tuple[Person, ...]
    phases: tuple[Phase, ...]
    milestones: tuple[Milestone, ...]
    risk_levels: tuple[RiskLevel, ...]
    tasks: tuple[Task, ...] = ()
    incidents: tuple[Incident, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    budget_lines: tuple[BudgetLine, ...] = ()
    adjustments: tuple[BudgetAdjustment, ...] = ()
    raci_activities: tuple[RaciActivity, ...] = ()
    raci_assignments: tuple[RaciAssignment, ...] = ()
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def campaign_id(self) -> int:
        return int(self.campaign.id or 0)

    @property
    def timezone(self) -> ZoneInfo:
        return ZoneInfo(self.campaign.timezone)

    def records(self, entity: str) -> tuple[Any, ...]:
        return {
            "tasks": self.tasks,
            "milestones": self.milestones,
            "incidents": self.incidents,
            "raci": self.raci_activities,
            "budget": self.budget_lines,
            "kpis": self.kpis,
        }[entity]

    def rows(self, entity: str) -> dict[int, dict[str, Any]]:
        """Typed field values of every record of ``entity`` by id (cached)."""
        cached = self._cache.get(entity)
        if cached is not None:
            return cached
        spec = ENTITIES[entity]
        keys = [c.key for c in spec.field_columns]
        result = {int(r.id): {key: getattr(r, key) for key in keys} for r in self.records(entity)}
        if spec.has_people_columns:
            for row in result.values():
                row.update({person_key(p.id or 0): None for p in self.people})
            for assignment in self.raci_assignments:
                activity_row = result.get(assignment.activity_id)
                if activity_row is not None:
                    activity_row[person_key(assignment.person_id)] = assignment.letter
        self._cache[entity] = result
        return result

    def field_keys(self, spec: EntitySpec, people: list[Person] | None = None) -> list[str]:
        keys = [c.key for c in spec.field_columns]
        if spec.has_people_columns:
            keys += [person_key(p.id or 0) for p in (self.people if people is None else people)]
        return keys

    def lookups(self) -> Lookups:
        cached = self._cache.get("_lookups")
        if cached is None:
            cached = self._cache["_lookups"] = Lookups(self)
        return cached


class Lookups:
    """Names in either language (and codes) to ids, and ids to names in one language."""

    def __init__(self, snapshot: CampaignSnapshot) -> None:
        self.departments = {d.id: d for d in snapshot.departments}
        self.people = {p.id: p for p in snapshot.people}
        self.phases = {p.id: p for p in snapshot.phases}
        self.milestones = {m.id: m for m in snapshot.milestones}
        self.levels = {lv.code: lv for lv in snapshot.risk_levels}
        self.department_by_name = _index(
            (d.id, (d.code, d.name_zh, d.name_en)) for d in snapshot.departments
        )
        self.person_by_name = _index((p.id, (p.name, p.name_en)) for p in snapshot.people)
        self.phase_by_name = _index((p.id, (p.code, p.name_zh, p.name_en)) for p in snapshot.phases)
        self.milestone_by_name = _index((m.id, (m.name_zh, m.name_en)) for m in snapshot.milestones)
        self.level_by_name = _index(
            (lv.code, (lv.code, lv.name_zh, lv.name_en)) for lv in snapshot.risk_levels
        )
        self.department_by_code = {d.code: d for d in snapshot.departments}

    def department_name(self, department_id: int | None, language: str) -> str:
        d = self.departments.get(department_id)
        return "" if d is None else label((d.name_en, d.name_zh), language)

    def person_name(self, person_id: int | None, language: str) -> str:
        p = self.people.get(person_id)
        return "" if p is None else label((p.name_en or p.name, p.name), language)

    def phase_name(self, phase_id: int | None, language: str) -> str:
        p = self.phases.get(phase_id)
        return "" if p is None else label((p.name_en, p.name_zh), language)

    def milestone_name(self, milestone_id: Any, language: str) -> str:
        if not isinstance(milestone_id, int | None):
            return str(milestone_id)  # a milestone the same import adds (plan.NewRecord)
        m = self.milestones.get(milestone_id)
        return "" if m is None else label((m.name_en or m.name_zh, m.name_zh), language)

    def with_milestone_names(self, names: dict[str, Any]) -> Lookups:
        """A copy that also knows milestones named in the file being imported (normalized
        name -> id or new record). A name given to two milestones is ambiguous."""
        if not names:
            return self
        copy = object.__new__(Lookups)
        copy.__dict__.update(self.__dict__)
        merged = dict(self.milestone_by_name)
        for name, target in names.items():
            known = merged.get(name)
            merged[name] = target if known in (None, target) else AMBIGUOUS
        copy.milestone_by_name = merged
        return copy

    def level_name(self, code: str | None, language: str) -> str:
        lv = self.levels.get(code or "")
        return code or "" if lv is None else label((lv.name_en, lv.name_zh), language)


AMBIGUOUS = object()


def _index(entries: Any) -> dict[str, Any]:
    """normalized name -> id, or AMBIGUOUS when two entries share a name."""
    index: dict[str, Any] = {}
    for record_id, names in entries:
        for name in {normalize_name(n) for n in names if n}:
            known = index.get(name)
            index[name] = record_id if known in (None, record_id) else AMBIGUOUS
    return index
