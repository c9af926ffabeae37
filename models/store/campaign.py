"""Campaign, departments, people, phases and risk levels."""

from __future__ import annotations

from typing import Any

from models.records import Actor, Campaign, Department, Person, Phase, RiskLevel
from models.store.record_access import RecordAccess


class CampaignRepository:
    """The campaign frame: who is in the room and how time is divided."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records

    def campaigns(self) -> list[Campaign]:
        """Every campaign, oldest first."""
        return self._records.fetch_all(Campaign, "SELECT * FROM campaign ORDER BY id")

    def current(self) -> Campaign | None:
        """The campaign the app shows (the newest); None in an empty database."""
        found = self._records.fetch_all(Campaign, "SELECT * FROM campaign ORDER BY id DESC LIMIT 1")
        return found[0] if found else None

    def add_campaign(self, actor: Actor, campaign: Campaign) -> int:
        """Store a campaign; returns its id."""
        return self._records.insert_record(actor, "campaign", campaign)

    def update_campaign(self, actor: Actor, campaign_id: int, **changes: Any) -> dict[str, Any]:
        """Change campaign fields; returns their previous values."""
        return self._records.update_record(actor, "campaign", Campaign, campaign_id, changes)

    def delete_all(self, actor: Actor) -> None:
        """Remove every campaign and what hangs from it (demo rebuild)."""
        with self._records.atomic():
            for table in (
                "budget_adjustment", "budget_line", "raci_assignment", "raci_activity",
                "alert", "alert_rule", "incident_event", "incident", "contingency_plan",
                "task_dependency", "task", "milestone", "kpi", "risk_level", "phase",
                "person", "department", "metric_sample", "metric", "campaign",
            ):  # fmt: skip
                self._records.db.execute(f"DELETE FROM {table}")
            self._records.write_audit(actor, "delete_all", "campaign", "*", None, None)

    # departments
    def departments(self, campaign_id: int) -> list[Department]:
        """The campaign's departments in display order."""
        return self._records.fetch_all(
            Department,
            "SELECT * FROM department WHERE campaign_id = ? ORDER BY sort_order, id",
            [campaign_id],
        )

    def add_department(self, actor: Actor, department: Department) -> int:
        """Store a department; returns its id."""
        return self._records.insert_record(actor, "department", department)

    # people
    def people(self, campaign_id: int) -> list[Person]:
        """Everyone in the campaign's war room."""
        return self._records.fetch_all(
            Person, "SELECT * FROM person WHERE campaign_id = ? ORDER BY id", [campaign_id]
        )

    def add_person(self, actor: Actor, person: Person) -> int:
        """Store a person; returns their id."""
        return self._records.insert_record(actor, "person", person)

    # phases
    def phases(self, campaign_id: int) -> list[Phase]:
        """The campaign's phases in time order."""
        return self._records.fetch_all(
            Phase,
            "SELECT * FROM phase WHERE campaign_id = ? ORDER BY sort_order, start_date",
            [campaign_id],
        )

    def add_phase(self, actor: Actor, phase: Phase) -> int:
        """Store a phase; returns its id."""
        return self._records.insert_record(actor, "phase", phase)

    def update_phase(self, actor: Actor, phase_id: int, **changes: Any) -> dict[str, Any]:
        """Change phase fields; returns their previous values."""
        return self._records.update_record(actor, "phase", Phase, phase_id, changes)

    # risk levels
    def risk_levels(self, campaign_id: int) -> list[RiskLevel]:
        """The campaign's risk levels, mildest first."""
        return self._records.fetch_all(
            RiskLevel,
            "SELECT * FROM risk_level WHERE campaign_id = ? ORDER BY sort_order",
            [campaign_id],
        )

    def add_risk_level(self, actor: Actor, level: RiskLevel) -> int:
        """Store a risk level; returns its id."""
        return self._records.insert_record(actor, "risk_level", level)
