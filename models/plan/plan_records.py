"""Records of the plan area added by issue 3: gate history and daily board snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class GateEventKind(StrEnum):
    SIGNED_OFF = "signed_off"
    REOPENED = "reopened"
    SIGN_OFF_WITHDRAWN = "sign_off_withdrawn"  # the sign-off was undone
    REOPEN_WITHDRAWN = "reopen_withdrawn"  # the reopening was undone


@dataclass(frozen=True, slots=True)
class GateEvent:
    """One entry of a gate's history: who signed off or reopened it, when, and why."""

    id: int | None
    milestone_id: int
    at: datetime
    actor: str
    kind: GateEventKind
    text: str = ""


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    """One department's line of the daily progress board on one day."""

    campaign_id: int
    day: date
    department_id: int
    total: int
    finished: int
    lagging: int
    overdue: int
    blocked: int
    taken_at: datetime

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 0
