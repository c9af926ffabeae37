"""Incident tickets, their timelines and the contingency plans they follow."""

from __future__ import annotations

from typing import Any

from models.records import Actor, ContingencyPlan, Incident, IncidentEvent
from models.store.core import StoreCore


class IncidentRepository:
    """Incidents with an append-only event timeline per ticket."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def incidents(self, campaign_id: int, open_only: bool = False) -> list[Incident]:
        where = " AND status IN ('triggered', 'acknowledged')" if open_only else ""
        return self._core.fetch_all(
            Incident,
            f"SELECT * FROM incident WHERE campaign_id = ?{where} ORDER BY opened_at DESC",
            [campaign_id],
        )

    def add_incident(self, actor: Actor, incident: Incident) -> int:
        return self._core.insert_record(actor, "incident", incident)

    def update_incident(self, actor: Actor, incident_id: int, **changes: Any) -> dict[str, Any]:
        return self._core.update_record(actor, "incident", Incident, incident_id, changes)

    def events(self, incident_id: int) -> list[IncidentEvent]:
        return self._core.fetch_all(
            IncidentEvent,
            "SELECT * FROM incident_event WHERE incident_id = ? ORDER BY at, id",
            [incident_id],
        )

    def add_event(self, actor: Actor, event: IncidentEvent) -> int:
        return self._core.insert_record(actor, "incident_event", event)

    def plans(self, campaign_id: int) -> list[ContingencyPlan]:
        return self._core.fetch_all(
            ContingencyPlan,
            "SELECT * FROM contingency_plan WHERE campaign_id = ? ORDER BY id",
            [campaign_id],
        )

    def add_plan(self, actor: Actor, plan: ContingencyPlan) -> int:
        return self._core.insert_record(actor, "contingency_plan", plan)
