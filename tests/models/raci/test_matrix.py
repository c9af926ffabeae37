"""The matrix value: shape checks, violations per activity, check() for imports."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.raci.building import matrix_from_grid
from models.raci.matrix import (
    MatrixActivity,
    MatrixCell,
    ResponsibilityMatrix,
    Violation,
    ViolationCode,
)
from models.records import RaciLetter
from tests.models.raci.conftest import ACTIVITIES, DEPARTMENTS

A = RaciLetter.ACCOUNTABLE
R = RaciLetter.RESPONSIBLE


def grid(rows):
    return matrix_from_grid(ACTIVITIES, DEPARTMENTS, rows)


def test_a_sound_matrix_has_no_violations(sound):
    assert sound.violations() == ()
    sound.check()


def test_shape_and_canonical_cell_text(sound):
    assert sound.departments == DEPARTMENTS
    assert [a.key for a in sound.activities] == ["gates", "stock", "ddos", "kol"]
    assert sound.text("gates", "HQ") == "R/A"
    assert sound.text("kol", "TECH") == "C/I"
    assert sound.text("ddos", "MER") == ""
    assert [c.department for c in sound.cells_holding("kol", R)] == ["MER", "LOG"]


def test_missing_a_is_reported_with_the_activity():
    matrix = grid({"gates": {"HQ": "R"}, "stock": {"MER": "R/A"}, "ddos": {"TECH": "R/A"},
                   "kol": {"HQ": "A", "MER": "R"}})  # fmt: skip
    (violation,) = matrix.violations()
    assert violation.code is ViolationCode.NO_ACCOUNTABLE
    assert violation.activity.key == "gates"
    assert violation.cells == ()
    assert "阶段门验收 / Phase gate sign-off" in violation.message()


def test_two_as_name_the_cells_that_hold_a():
    matrix = grid({"gates": {"HQ": "R/A"}, "stock": {"HQ": "A", "MER": "A/R", "LOG": "R"},
                   "ddos": {"TECH": "R/A"}, "kol": {"HQ": "A", "MER": "R"}})  # fmt: skip
    (violation,) = matrix.violations()
    assert violation.code is ViolationCode.SEVERAL_ACCOUNTABLE
    assert violation.activity.key == "stock"
    assert [c.department for c in violation.cells] == ["HQ", "MER"]
    assert all(c.holds(A) for c in violation.cells)
    assert "2 A's" in violation.message() and "HQ, MER" in violation.message()


def test_missing_r_is_reported():
    matrix = grid({"gates": {"HQ": "R/A"}, "stock": {"MER": "A", "LOG": "C"},
                   "ddos": {"TECH": "R/A"}, "kol": {"HQ": "A", "MER": "R"}})  # fmt: skip
    (violation,) = matrix.violations()
    assert violation.code is ViolationCode.NO_RESPONSIBLE
    assert violation.activity.key == "stock"
    assert "no R" in violation.message()


def test_an_empty_activity_breaks_both_rules_in_a_fixed_order():
    matrix = grid({"gates": {}, "stock": {"MER": "A", "HQ": "A"}, "ddos": {"TECH": " "},
                   "kol": {"HQ": "A", "MER": "R"}})  # fmt: skip
    found = [(v.activity.key, v.code) for v in matrix.violations()]
    assert found == [
        ("gates", ViolationCode.NO_ACCOUNTABLE),
        ("gates", ViolationCode.NO_RESPONSIBLE),
        ("stock", ViolationCode.SEVERAL_ACCOUNTABLE),
        ("stock", ViolationCode.NO_RESPONSIBLE),
        ("ddos", ViolationCode.NO_ACCOUNTABLE),
        ("ddos", ViolationCode.NO_RESPONSIBLE),
    ]


def test_check_names_the_first_violating_activity():
    matrix = grid({"gates": {"HQ": "R/A"}, "stock": {"HQ": "A", "MER": "A", "LOG": "R"},
                   "ddos": {"TECH": "R"}, "kol": {"HQ": "A", "MER": "R"}})  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        matrix.check()
    assert "库存同步 / Inventory sync" in str(caught.value)
    assert "DDoS" not in str(caught.value)
    assert caught.value.field == "raci"


def test_two_people_of_one_department_both_a_count_twice():
    activity = MatrixActivity(1, "库存同步", "Inventory sync")
    matrix = ResponsibilityMatrix(
        [activity],
        ["MER"],
        [
            MatrixCell(1, "MER", frozenset({A}), "王梅"),
            MatrixCell(1, "MER", frozenset({A, R}), "孙悦"),
        ],
    )
    (violation,) = matrix.violations()
    assert violation.code is ViolationCode.SEVERAL_ACCOUNTABLE
    assert [c.label() for c in violation.cells] == ["MER: 王梅", "MER: 孙悦"]
    assert matrix.text(1, "MER") == "R/A"


def test_an_activity_without_names_is_labelled_by_its_key():
    assert MatrixActivity(9, "").label() == "9"
    assert MatrixActivity(9, "", "Returns").label() == "Returns"
    assert Violation(ViolationCode.NO_RESPONSIBLE, MatrixActivity(9, "退货")).message() == (
        "Activity '退货' has no R (responsible)."
    )


@pytest.mark.parametrize(
    ("activities", "departments", "cells", "field"),
    [
        ([MatrixActivity(1, "a"), MatrixActivity(1, "b")], ["HQ"], [], "activity"),
        ([MatrixActivity(1, "a")], ["HQ", "HQ"], [], "department"),
        ([MatrixActivity(1, "a")], ["HQ"], [MatrixCell(2, "HQ", frozenset({A}))], "activity"),
        ([MatrixActivity(1, "a")], ["HQ"], [MatrixCell(1, "FIN", frozenset({A}))], "department"),
        ([MatrixActivity(1, "a")], ["HQ"],
         [MatrixCell(1, "HQ", frozenset({A})), MatrixCell(1, "HQ", frozenset({R}))], "letters"),
    ],
)  # fmt: skip
def test_malformed_shapes_are_refused(activities, departments, cells, field):
    with pytest.raises(ValidationError) as caught:
        ResponsibilityMatrix(activities, departments, cells)
    assert caught.value.field == field


def test_unknown_activity_lookups_are_refused(sound):
    with pytest.raises(ValidationError, match="No such activity"):
        sound.cells("nope")


def test_a_bad_cell_text_in_a_grid_names_text_and_cell():
    with pytest.raises(ValidationError) as caught:
        grid({"stock": {"MER": "R/Q"}})
    assert "'R/Q'" in str(caught.value)
    assert caught.value.field == "letters:stock:MER"
