"""Shared set-up for the plan controller tests: the demo campaign at the eve of D-day."""

from __future__ import annotations

from models.records import Task


def by_title(plan, title_en: str) -> Task:
    return next(t for t in plan.tasks() if t.title_en == title_en)


def gate_named(plan, name_en: str):
    return next(m for m in plan.milestones.all() if m.name_en == name_en)
