""" "Who is responsible for …": find activities by name, read who holds which letter.

Name search is case-insensitive and tolerant of full-width forms and spacing, because war
room staff type "ＫＯＬ直播" or "kol 与直播" as often as "KOL与直播". A ticket category reaches
the matrix through a mapping the caller gives (category → activity keys). When no cell
holds R, the answer says so (``has_responsible`` is False): the caller then assigns the
commander and flags the ticket instead of leaving it without an owner.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from models.errors import ValidationError
from models.raci.matrix import ActivityKey, MatrixActivity, MatrixCell, ResponsibilityMatrix
from models.records import RaciLetter


def fold(text: str) -> str:
    """``text`` folded for matching: NFKC (full-width → half-width), casefold, no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def find_activities(matrix: ResponsibilityMatrix, fragment: str) -> tuple[MatrixActivity, ...]:
    """The activities whose Chinese or English name contains ``fragment``, in matrix order.

    A blank fragment matches every activity, as an empty search box shows every row.
    """
    needle = fold(fragment)
    return tuple(
        activity
        for activity in matrix.activities
        if needle in fold(activity.name_zh) or needle in fold(activity.name_en)
    )


@dataclass(frozen=True, slots=True)
class Responsibility:
    """Who holds which letter for one activity or for the activities of a ticket category.

    ``responsible`` are the owner candidates, ``accountable`` the cells to notify;
    ``consulted`` and ``informed`` complete the picture. Cells keep matrix order and appear
    once per list even when a category maps to several activities that share them.
    """

    activities: tuple[MatrixActivity, ...]
    responsible: tuple[MatrixCell, ...] = ()
    accountable: tuple[MatrixCell, ...] = ()
    consulted: tuple[MatrixCell, ...] = ()
    informed: tuple[MatrixCell, ...] = ()

    @property
    def has_responsible(self) -> bool:
        """False when no cell holds R: assign the commander and flag the ticket."""
        return bool(self.responsible)

    @property
    def responsible_departments(self) -> tuple[str, ...]:
        """The departments of the R cells, each once, in order (owner units)."""
        return _unique(cell.department for cell in self.responsible)

    @property
    def notify_departments(self) -> tuple[str, ...]:
        """The departments of the A cells, each once, in order."""
        return _unique(cell.department for cell in self.accountable)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _collect(cells: Iterable[MatrixCell], letter: RaciLetter) -> tuple[MatrixCell, ...]:
    # A cell holding "R/A" is both an owner candidate and the one to notify, on purpose.
    return tuple(dict.fromkeys(cell for cell in cells if cell.holds(letter)))


def responsibility_for(
    matrix: ResponsibilityMatrix, keys: ActivityKey | Iterable[ActivityKey]
) -> Responsibility:
    """Who is R, A, C and I for one activity key or several (``ValidationError`` if unknown)."""
    wanted = [keys] if isinstance(keys, int | str) else list(dict.fromkeys(keys))
    activities = tuple(matrix.activity(key) for key in wanted)
    cells = [cell for key in wanted for cell in matrix.cells(key)]
    return Responsibility(
        activities,
        responsible=_collect(cells, RaciLetter.RESPONSIBLE),
        accountable=_collect(cells, RaciLetter.ACCOUNTABLE),
        consulted=_collect(cells, RaciLetter.CONSULTED),
        informed=_collect(cells, RaciLetter.INFORMED),
    )


def validate_category_mapping(
    matrix: ResponsibilityMatrix, mapping: Mapping[str, Collection[ActivityKey]]
) -> None:
    """Refuse a mapping that names an activity the matrix lacks (field "category")."""
    for category, keys in mapping.items():
        for key in keys:
            try:
                matrix.activity(key)
            except ValidationError:
                raise ValidationError(
                    f"Ticket category {category!r} maps to an unknown activity: {key!r}.",
                    "category",
                ) from None


def responsibility_for_category(
    matrix: ResponsibilityMatrix,
    category: str,
    mapping: Mapping[str, Collection[ActivityKey]],
) -> Responsibility:
    """Who is responsible for a ticket of ``category``, through ``mapping``.

    An unmapped category (or one mapped to nothing) gives no activities and no R, so the
    caller falls back to the commander as for an activity without R.
    """
    validate_category_mapping(matrix, {category: mapping.get(category, ())})
    return responsibility_for(matrix, mapping.get(category, ()))


def mapping_by_activity_category(
    matrix: ResponsibilityMatrix,
) -> dict[str, tuple[ActivityKey, ...]]:
    """A default category mapping: each activity under its own ``category`` label."""
    mapping: dict[str, list[ActivityKey]] = {}
    for activity in matrix.activities:
        if activity.category:
            mapping.setdefault(activity.category, []).append(activity.key)
    return {category: tuple(keys) for category, keys in mapping.items()}
