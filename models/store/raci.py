"""The responsibility matrix: activities × people, one R/A/C/I letter per cell."""

from __future__ import annotations

from models.records import Actor, RaciActivity, RaciAssignment, RaciLetter
from models.store.record_access import RecordAccess


class RaciRepository:
    """Activities and who is Responsible, Accountable, Consulted or Informed."""

    def __init__(self, records: RecordAccess) -> None:
        self._records = records
        self._db = records.db

    def activities(self, campaign_id: int) -> list[RaciActivity]:
        """The campaign's activities in display order."""
        return self._records.fetch_all(
            RaciActivity,
            "SELECT * FROM raci_activity WHERE campaign_id = ? ORDER BY sort_order, id",
            [campaign_id],
        )

    def add_activity(self, actor: Actor, activity: RaciActivity) -> int:
        """Store an activity; returns its id."""
        return self._records.insert_record(actor, "raci_activity", activity)

    def assignments(self, campaign_id: int) -> list[RaciAssignment]:
        """Every filled cell of the campaign's matrix."""
        return self._records.fetch_all(
            RaciAssignment,
            "SELECT a.* FROM raci_assignment a JOIN raci_activity r ON r.id = a.activity_id"
            " WHERE r.campaign_id = ?",
            [campaign_id],
        )

    def set_letter(
        self, actor: Actor, activity_id: int, person_id: int, letter: RaciLetter | None
    ) -> RaciLetter | None:
        """Set or clear one cell; returns the previous letter (for undo)."""
        key = [activity_id, person_id]
        with self._records.atomic():
            found = self._db.scalar(
                "SELECT letter FROM raci_assignment WHERE activity_id = ? AND person_id = ?", key
            )
            previous = RaciLetter(found) if found is not None else None
            if letter is None:
                self._db.execute(
                    "DELETE FROM raci_assignment WHERE activity_id = ? AND person_id = ?", key
                )
            else:
                self._db.upsert(
                    "raci_assignment",
                    {"activity_id": activity_id, "person_id": person_id, "letter": letter.value},
                    ["activity_id", "person_id"],
                )
            self._records.write_audit(
                actor, "set", "raci_assignment", f"{activity_id}:{person_id}",
                {"letter": previous.value if previous else None},
                {"letter": letter.value if letter else None},
            )  # fmt: skip
        return previous
