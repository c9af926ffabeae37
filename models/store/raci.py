"""The responsibility matrix: activities × people, one R/A/C/I letter per cell."""

from __future__ import annotations

from models.records import Actor, RaciActivity, RaciAssignment, RaciLetter
from models.store.core import StoreCore


class RaciRepository:
    """Activities and who is Responsible, Accountable, Consulted or Informed."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def activities(self, campaign_id: int) -> list[RaciActivity]:
        return self._core.fetch_all(
            RaciActivity,
            "SELECT * FROM raci_activity WHERE campaign_id = ? ORDER BY sort_order, id",
            [campaign_id],
        )

    def add_activity(self, actor: Actor, activity: RaciActivity) -> int:
        return self._core.insert_record(actor, "raci_activity", activity)

    def assignments(self, campaign_id: int) -> list[RaciAssignment]:
        return self._core.fetch_all(
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
        row = self._core.db.execute(
            "SELECT letter FROM raci_assignment WHERE activity_id = ? AND person_id = ?", key
        ).fetchone()
        previous = RaciLetter(row[0]) if row else None
        with self._core.atomic():
            if letter is None:
                self._core.db.execute(
                    "DELETE FROM raci_assignment WHERE activity_id = ? AND person_id = ?", key
                )
            else:
                self._core.db.execute(
                    "INSERT OR REPLACE INTO raci_assignment (activity_id, person_id, letter)"
                    " VALUES (?, ?, ?)",
                    [*key, letter.value],
                )
            self._core.write_audit(
                actor, "set", "raci_assignment", f"{activity_id}:{person_id}",
                {"letter": previous.value if previous else None},
                {"letter": letter.value if letter else None},
            )  # fmt: skip
        return previous
