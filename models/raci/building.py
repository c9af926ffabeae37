"""Build a ``ResponsibilityMatrix`` from plain data: a typed/imported grid, or records.

``matrix_from_grid`` reads the shape of a hand-made Excel matrix (rows of activities,
one column per department, cell text like "R/A"). ``matrix_from_records`` reads what the
store holds (activities × people, one letter per person) and files each person under
their department, so a person's letter becomes a cell naming that person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from models.errors import ValidationError
from models.raci.letters import parse_letters
from models.raci.matrix import ActivityKey, MatrixActivity, MatrixCell, ResponsibilityMatrix
from models.records import Department, Person, RaciActivity, RaciAssignment

# Where a person without a department goes (the store allows it); named so it is visible.
UNASSIGNED = "?"


def matrix_from_grid(
    activities: Iterable[MatrixActivity],
    departments: Sequence[str],
    grid: Mapping[ActivityKey, Mapping[str, str]],
) -> ResponsibilityMatrix:
    """A matrix from cell texts: ``grid[activity_key][department] = "R/A"``.

    Blank texts are empty cells; a bad text raises ``ValidationError`` naming the text and,
    in ``field``, the activity and department ("letters:<activity>:<department>").
    """
    cells = []
    for key, row in grid.items():
        for department, text in row.items():
            letters = parse_letters(text, f"letters:{key}:{department}")
            cells.append(MatrixCell(key, department, letters))
    return ResponsibilityMatrix(activities, departments, cells)


def activity_of(record: RaciActivity) -> MatrixActivity:
    """The matrix row of a stored activity (keyed by its id)."""
    if record.id is None:
        raise ValidationError(f"Activity {record.name_zh!r} has no id yet.", "activity")
    return MatrixActivity(record.id, record.name_zh, record.name_en, record.category)


def matrix_from_records(
    activities: Iterable[RaciActivity],
    departments: Iterable[Department],
    people: Iterable[Person],
    assignments: Iterable[RaciAssignment],
) -> ResponsibilityMatrix:
    """The stored matrix, one cell per assignment, keyed by activity id and person id.

    Columns are department codes in the departments' sort order; a person with no (or an
    unknown) department lands in the ``UNASSIGNED`` column rather than being dropped, so a
    missing R or A is not hidden by a data slip.
    """
    ordered = sorted(departments, key=lambda d: (d.sort_order, d.id or 0))
    code_of = {d.id: d.code for d in ordered}
    department_of = {p.id: code_of.get(p.department_id, UNASSIGNED) for p in people}
    columns = [d.code for d in ordered]
    rows = sorted(activities, key=lambda a: (a.sort_order, a.id or 0))
    cells = []
    for assignment in assignments:
        department = department_of.get(assignment.person_id, UNASSIGNED)
        if department == UNASSIGNED and UNASSIGNED not in columns:
            columns.append(UNASSIGNED)
        cells.append(
            MatrixCell(
                assignment.activity_id,
                department,
                frozenset({assignment.letter}),
                assignment.person_id,
            )
        )
    return ResponsibilityMatrix([activity_of(a) for a in rows], columns, cells)
