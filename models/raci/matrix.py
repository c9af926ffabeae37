"""The responsibility matrix (风险责任矩阵) as a value, and the rules it must keep.

Rows are activities, columns departments; a cell holds one or more letters and may name a
person of that department. Several cells may share an activity and a department when they
name different people (the store keeps one letter per person). Rules, per activity:

- exactly one cell holds A (someone is accountable, and only one);
- at least one cell holds R (someone does the work).

``violations`` lists every breach so a view can highlight the cells and a message can name
them; ``check`` refuses a whole matrix (an import with two A's in one activity). Editing
keeps going on a breach: conventions §2 says it shows as a warning, not a blocked edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from models.errors import ValidationError
from models.raci.letters import Letters, format_letters
from models.records import RaciLetter

ActivityKey = int | str
PersonKey = int | str


@dataclass(frozen=True, slots=True)
class MatrixActivity:
    """One row: ``key`` is the record id (or an import's row label), names in both languages."""

    key: ActivityKey
    name_zh: str
    name_en: str = ""
    category: str = ""

    def label(self) -> str:
        """ "中文 / English" (or the one name there is), for messages."""
        names = [name for name in (self.name_zh, self.name_en) if name]
        return " / ".join(names) or str(self.key)


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """The letters one department (optionally one of its people) holds in one activity."""

    activity: ActivityKey
    department: str
    letters: Letters
    person: PersonKey | None = None

    def holds(self, letter: RaciLetter) -> bool:
        """Whether the cell holds ``letter`` (alone or in a combination)."""
        return letter in self.letters

    def label(self) -> str:
        """ "MER" or "MER: 王梅", for messages naming cells."""
        return self.department if self.person is None else f"{self.department}: {self.person}"


class ViolationCode(StrEnum):
    """Which rule an activity breaks, as a stable code for views and translations."""

    NO_ACCOUNTABLE = "no_accountable"
    SEVERAL_ACCOUNTABLE = "several_accountable"
    NO_RESPONSIBLE = "no_responsible"


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: the activity and the cells involved (the A cells when several)."""

    code: ViolationCode
    activity: MatrixActivity
    cells: tuple[MatrixCell, ...] = ()

    def message(self) -> str:
        """An English sentence for logs and the command line (the UI translates ``code``)."""
        name = self.activity.label()
        if self.code is ViolationCode.NO_ACCOUNTABLE:
            return f"Activity {name!r} has no A (accountable); exactly one is needed."
        if self.code is ViolationCode.SEVERAL_ACCOUNTABLE:
            where = ", ".join(cell.label() for cell in self.cells)
            return (
                f"Activity {name!r} has {len(self.cells)} A's (accountable) in {where};"
                " exactly one is needed."
            )
        return f"Activity {name!r} has no R (responsible)."


class ResponsibilityMatrix:
    """Activities × departments with letters per cell; immutable once built.

    Built from plain data and checked for shape: activity keys and department codes are
    unique, every cell names a known activity and department, no two cells share an
    activity, department and person, and no cell is empty (an empty cell is no cell).
    """

    __slots__ = ("_activities", "_by_key", "_cells", "_departments")

    def __init__(
        self,
        activities: Iterable[MatrixActivity],
        departments: Iterable[str],
        cells: Iterable[MatrixCell],
    ) -> None:
        self._activities = tuple(activities)
        self._departments = tuple(departments)
        self._by_key: dict[ActivityKey, MatrixActivity] = {}
        for activity in self._activities:
            if activity.key in self._by_key:
                raise ValidationError(f"Activity {activity.key!r} appears twice.", "activity")
            self._by_key[activity.key] = activity
        if len(set(self._departments)) != len(self._departments):
            twice = sorted({d for d in self._departments if self._departments.count(d) > 1})
            raise ValidationError(f"Department {twice[0]!r} appears twice.", "department")
        self._cells: dict[ActivityKey, list[MatrixCell]] = {a.key: [] for a in self._activities}
        seen: set[tuple[ActivityKey, str, PersonKey | None]] = set()
        known_departments = set(self._departments)
        for cell in cells:
            self._admit(cell, known_departments, seen)

    def _admit(
        self,
        cell: MatrixCell,
        departments: set[str],
        seen: set[tuple[ActivityKey, str, PersonKey | None]],
    ) -> None:
        if cell.activity not in self._by_key:
            raise ValidationError(
                f"A cell names an unknown activity: {cell.activity!r}.", "activity"
            )
        if cell.department not in departments:
            raise ValidationError(
                f"A cell names an unknown department: {cell.department!r}.", "department"
            )
        identity = (cell.activity, cell.department, cell.person)
        if identity in seen:
            name = self._by_key[cell.activity].label()
            raise ValidationError(f"Cell {cell.label()} of {name!r} is given twice.", "letters")
        seen.add(identity)
        if cell.letters:
            self._cells[cell.activity].append(cell)

    @property
    def activities(self) -> tuple[MatrixActivity, ...]:
        """The rows in display order."""
        return self._activities

    @property
    def departments(self) -> tuple[str, ...]:
        """The columns (department codes) in display order."""
        return self._departments

    def activity(self, key: ActivityKey) -> MatrixActivity:
        """The activity with ``key``; ``ValidationError`` when there is none."""
        try:
            return self._by_key[key]
        except KeyError:
            raise ValidationError(f"No such activity: {key!r}.", "activity") from None

    def cells(self, key: ActivityKey) -> tuple[MatrixCell, ...]:
        """The filled cells of one activity, in the order given."""
        self.activity(key)
        return tuple(self._cells[key])

    def cells_holding(self, key: ActivityKey, letter: RaciLetter) -> tuple[MatrixCell, ...]:
        """The cells of one activity that hold ``letter``."""
        return tuple(cell for cell in self.cells(key) if cell.holds(letter))

    def text(self, key: ActivityKey, department: str) -> str:
        """A department's letters in an activity, canonically ("R/A"; "" when empty)."""
        letters: set[RaciLetter] = set()
        for cell in self.cells(key):
            if cell.department == department:
                letters |= cell.letters
        return format_letters(letters)

    def violations(self) -> tuple[Violation, ...]:
        """Every broken rule, in activity order (no A, several A's, then no R)."""
        found: list[Violation] = []
        for activity in self._activities:
            accountable = self.cells_holding(activity.key, RaciLetter.ACCOUNTABLE)
            if not accountable:
                found.append(Violation(ViolationCode.NO_ACCOUNTABLE, activity))
            elif len(accountable) > 1:
                found.append(Violation(ViolationCode.SEVERAL_ACCOUNTABLE, activity, accountable))
            if not self.cells_holding(activity.key, RaciLetter.RESPONSIBLE):
                found.append(Violation(ViolationCode.NO_RESPONSIBLE, activity))
        return tuple(found)

    def check(self) -> None:
        """Raise ``ValidationError`` (field "raci") naming the first violating activity."""
        found = self.violations()
        if found:
            raise ValidationError(found[0].message(), "raci")
