"""The demo's 32 activities through the pure rules: from stored records and from the data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from models.demo import demo_data
from models.errors import ValidationError
from models.raci.building import UNASSIGNED, matrix_from_records
from models.raci.lookup import find_activities, responsibility_for
from models.raci.matrix import MatrixActivity, ResponsibilityMatrix, ViolationCode
from models.records import Department, Person, RaciActivity, RaciAssignment, RaciLetter


@pytest.fixture
def demo_matrix(demo_store) -> ResponsibilityMatrix:
    """The demo campaign's stored matrix, built the way a controller would."""
    cid = demo_store.campaign.current().id
    return matrix_from_records(
        demo_store.raci.activities(cid),
        demo_store.campaign.departments(cid),
        demo_store.campaign.people(cid),
        demo_store.raci.assignments(cid),
    )


def test_the_demo_matrix_keeps_every_rule(demo_matrix):
    assert len(demo_matrix.activities) == len(demo_data.RACI_ACTIVITIES) == 32
    assert demo_matrix.violations() == ()
    demo_matrix.check()


def test_demo_columns_are_the_demo_departments_in_order(demo_matrix):
    assert demo_matrix.departments == tuple(code for code, *_ in demo_data.DEPARTMENTS)


def test_every_demo_activity_is_found_by_both_of_its_names(demo_matrix):
    for zh, en, _category, _dept in demo_data.RACI_ACTIVITIES:
        assert zh in [a.name_zh for a in find_activities(demo_matrix, zh)]
        assert en in [a.name_en for a in find_activities(demo_matrix, en.upper())]


def test_demo_owners_sit_in_the_activitys_department(demo_matrix):
    by_name = {zh: dept for zh, _en, _cat, dept in demo_data.RACI_ACTIVITIES}
    for activity in demo_matrix.activities:
        who = responsibility_for(demo_matrix, activity.key)
        assert who.responsible_departments == (by_name[activity.name_zh],)
        assert len(who.accountable) == 1


def test_who_is_responsible_for_inventory_sync_in_the_demo(demo_matrix):
    (activity,) = find_activities(demo_matrix, "库存同步")
    who = responsibility_for(demo_matrix, activity.key)
    assert who.responsible_departments == ("MER",)
    assert who.notify_departments == ("MER",)
    assert who.informed and who.informed[0].department == "HQ"


def test_a_second_a_in_the_demo_is_caught_and_named(demo_store, demo_matrix):
    cid = demo_store.campaign.current().id
    activity = demo_matrix.activities[3]
    taken = {c.person for c in demo_matrix.cells(activity.key)}
    # A department lead outside merchandise who holds no letter here yet.
    intruder = next(
        p for p in demo_store.campaign.people(cid) if p.role == "lead" and p.id not in taken
    )
    code = {d.id: d.code for d in demo_store.campaign.departments(cid)}[intruder.department_id]
    extra = RaciAssignment(int(activity.key), intruder.id or 0, RaciLetter.ACCOUNTABLE)
    matrix = matrix_from_records(
        demo_store.raci.activities(cid),
        demo_store.campaign.departments(cid),
        demo_store.campaign.people(cid),
        [*demo_store.raci.assignments(cid), extra],
    )
    (violation,) = matrix.violations()
    assert violation.code is ViolationCode.SEVERAL_ACCOUNTABLE
    assert violation.activity.name_zh == "爆款选品"
    assert {c.department for c in violation.cells} == {"MER", code}
    with pytest.raises(ValidationError, match="爆款选品"):
        matrix.check()


def test_the_demo_data_rows_become_matrix_rows():
    # The data alone has no letters: every row is then missing both A and R.
    rows = [MatrixActivity(i, zh, en, cat) for i, (zh, en, cat, _d) in
            enumerate(demo_data.RACI_ACTIVITIES)]  # fmt: skip
    matrix = ResponsibilityMatrix(rows, [code for code, *_ in demo_data.DEPARTMENTS], [])
    assert len(matrix.violations()) == 2 * 32


def test_a_person_without_department_lands_in_a_visible_column():
    activity = RaciActivity(1, 1, "退货处理", "Returns")
    logistics = Department(10, 1, "LOG", "物流组", "Logistics", "#12A594")
    people = [Person(5, 1, "张伟", "Zhang Wei", 10), Person(6, 1, "临时工", "Temp", None)]
    assignments = [
        RaciAssignment(1, 5, RaciLetter.ACCOUNTABLE),
        RaciAssignment(1, 6, RaciLetter.RESPONSIBLE),
    ]
    matrix = matrix_from_records([activity], [logistics], people, assignments)
    assert matrix.departments == ("LOG", UNASSIGNED)
    assert matrix.violations() == ()
    assert responsibility_for(matrix, 1).responsible[0].person == 6


def test_an_unsaved_activity_is_refused():
    with pytest.raises(ValidationError):
        matrix_from_records([replace(RaciActivity(1, 1, "x", "x"), id=None)], [], [], [])
