"""Alert rules and the alerts they fired (``store.alerts``).

Rules are user edits (audited); fired alerts are machine facts (not audited row by row).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from models.records import Actor, Alert, AlertRule
from models.store.record_access import RecordAccess
from models.store.rows import record_to_row, to_db


class AlertRepository:
    """Alert rules on the live metrics and the alerts they fired."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records
        self._db = records.db

    # rules
    def alert_rules(self, campaign_id: int) -> list[AlertRule]:
        """The campaign's alert rules in id order."""
        return self._records.fetch_all(
            AlertRule, "SELECT * FROM alert_rule WHERE campaign_id = ? ORDER BY id", [campaign_id]
        )

    def add_alert_rule(self, actor: Actor, rule: AlertRule) -> int:
        """Store a rule (keeping its id when set); returns its id."""
        return self._records.insert_record(actor, "alert_rule", rule)

    def update_alert_rule(self, actor: Actor, rule_id: int, **changes: Any) -> dict[str, Any]:
        """Change rule fields; returns their previous values."""
        return self._records.update_record(actor, "alert_rule", AlertRule, rule_id, changes)

    def alert_rule(self, rule_id: int) -> AlertRule:
        """One rule; ``KeyError`` when it does not exist."""
        return self._records.get_record("alert_rule", AlertRule, rule_id)

    def alert_count(self, rule_id: int) -> int:
        """How many alerts a rule has fired."""
        return int(self._db.scalar("SELECT COUNT(*) FROM alert WHERE rule_id = ?", [rule_id]))

    def delete_alert_rule(self, actor: Actor, rule_id: int) -> tuple[AlertRule, list[Alert]]:
        """Delete a rule and (by cascade) its alerts; returns both so undo can restore them."""
        with self._records.atomic():
            alerts = self._records.fetch_all(
                Alert, "SELECT * FROM alert WHERE rule_id = ? ORDER BY id", [rule_id]
            )
            rule = self._records.delete_record(actor, "alert_rule", AlertRule, rule_id)
        return rule, alerts

    def restore_alert_rule(self, actor: Actor, rule: AlertRule, alerts: list[Alert]) -> None:
        """Insert a deleted rule again with its id and its alert history (undo of delete)."""
        with self._records.atomic():
            self._records.insert_record(actor, "alert_rule", rule)
            self._db.insert_many("alert", [record_to_row(alert) for alert in alerts])

    def clear_open_alerts(self, rule_id: int, at: datetime) -> list[int]:
        """Stamp the rule's open alerts as cleared at ``at`` (rule switched off or redefined)."""
        with self._records.atomic():
            ids = [
                row[0]
                for row in self._db.rows(
                    "SELECT id FROM alert WHERE rule_id = ? AND cleared_at IS NULL", [rule_id]
                )
            ]
            self._db.execute(
                "UPDATE alert SET cleared_at = ? WHERE rule_id = ? AND cleared_at IS NULL",
                [to_db(at), rule_id],
            )
        return ids

    def reopen_alerts(self, alert_ids: list[int]) -> None:
        """Undo of ``clear_open_alerts``: those alerts are active again."""
        with self._records.atomic():
            self._db.execute_many(
                "UPDATE alert SET cleared_at = NULL WHERE id = ?", [(i,) for i in alert_ids]
            )

    # fired alerts
    def alerts(self, limit: int = 200) -> list[Alert]:
        """The newest fired alerts first."""
        return self._records.fetch_all(
            Alert, "SELECT * FROM alert ORDER BY id DESC LIMIT ?", [limit]
        )

    def alert(self, alert_id: int) -> Alert:
        """One fired alert; ``KeyError`` when it does not exist."""
        return self._records.get_record("alert", Alert, alert_id)

    def open_alerts(self) -> list[Alert]:
        """Alerts whose condition has not cleared yet, oldest first."""
        return self._records.fetch_all(
            Alert, "SELECT * FROM alert WHERE cleared_at IS NULL ORDER BY fired_at, id"
        )

    def record_alert_events(self, events: Sequence[tuple[int, datetime, float, bool]]) -> list[int]:
        """Store ``(rule id, instant, value, cleared)`` events in time order, one transaction.

        A firing event inserts an alert; a clearing event stamps the rule's open alert.
        Returns the ids of the inserted alerts. Alerts are machine facts, not user edits,
        so they are not written to the audit log.
        """
        new_ids: list[int] = []
        with self._records.atomic():
            open_ids = {
                rule_id: alert_id
                for alert_id, rule_id in self._db.rows(
                    "SELECT id, rule_id FROM alert WHERE cleared_at IS NULL"
                )
            }
            for rule_id, at, value, cleared in events:
                if cleared:
                    alert_id = open_ids.pop(rule_id, None)
                    if alert_id is not None:
                        self._db.execute(
                            "UPDATE alert SET cleared_at = ? WHERE id = ?", [to_db(at), alert_id]
                        )
                    continue
                open_ids[rule_id] = self._db.insert(
                    "alert", {"rule_id": rule_id, "fired_at": to_db(at), "value": value}
                )
                new_ids.append(open_ids[rule_id])
        return new_ids

    def link_alert_incident(self, actor: Actor, alert_id: int, incident_id: int) -> None:
        """Remember which incident ticket an alert became (the incidents work calls this)."""
        self._records.update_record(actor, "alert", Alert, alert_id, {"incident_id": incident_id})
