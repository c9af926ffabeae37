"""Incident tickets, their timelines and the contingency plans they follow."""

from __future__ import annotations

from typing import Any

from models.records import Actor, ContingencyPlan, Incident, IncidentEvent
from models.store.record_access import RecordAccess


class IncidentRepository:
    """Incidents with an append-only event timeline per ticket."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records

    def incidents(self, campaign_id: int, *, open_only: bool = False) -> list[Incident]:
        """The campaign's incidents, newest first (only open ones when asked)."""
        where = " AND status IN ('triggered', 'acknowledged')" if open_only else ""
        return self._records.fetch_all(
            Incident,
            f"SELECT * FROM incident WHERE campaign_id = ?{where} ORDER BY opened_at DESC",
            [campaign_id],
        )

    def add_incident(self, actor: Actor, incident: Incident) -> int:
        """Store an incident; returns its id."""
        return self._records.insert_record(actor, "incident", incident)

    def update_incident(self, actor: Actor, incident_id: int, **changes: Any) -> dict[str, Any]:
        """Change incident fields; returns their previous values."""
        return self._records.update_record(actor, "incident", Incident, incident_id, changes)

    def events(self, incident_id: int) -> list[IncidentEvent]:
        """An incident's timeline, oldest first."""
        return self._records.fetch_all(
            IncidentEvent,
            "SELECT * FROM incident_event WHERE incident_id = ? ORDER BY at, id",
            [incident_id],
        )

    def add_event(self, actor: Actor, event: IncidentEvent) -> int:
        """Append to an incident's timeline; returns the event's id."""
        return self._records.insert_record(actor, "incident_event", event)

    def plans(self, campaign_id: int) -> list[ContingencyPlan]:
        """The campaign's contingency plans."""
        return self._records.fetch_all(
            ContingencyPlan,
            "SELECT * FROM contingency_plan WHERE campaign_id = ? ORDER BY id",
            [campaign_id],
        )

    def add_plan(self, actor: Actor, plan: ContingencyPlan) -> int:
        """Store a contingency plan; returns its id."""
        return self._records.insert_record(actor, "contingency_plan", plan)
