"""Who is responsible: name search, the R/A/C/I lists, category mapping, the no-R case."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.raci.building import matrix_from_grid
from models.raci.lookup import (
    find_activities,
    fold,
    mapping_by_activity_category,
    responsibility_for,
    responsibility_for_category,
    validate_category_mapping,
)
from tests.models.raci.conftest import ACTIVITIES, DEPARTMENTS


def keys(activities):
    return [a.key for a in activities]


def test_fold_tolerates_width_case_and_spacing():
    assert fold("ＫＯＬ　与 直播") == fold("kol与直播") == "kol与直播"
    assert fold("DDoS Protection") == "ddosprotection"


@pytest.mark.parametrize(
    ("fragment", "found"),
    [("库存", ["stock"]), ("inventory", ["stock"]), ("INVENTORY SYNC", ["stock"]),
     ("ｄｄｏｓ", ["ddos"]), ("ＤＤoS防护", ["ddos"]), ("kol 与", ["kol"]), ("live", ["kol"]),
     ("s", ["gates", "stock", "ddos", "kol"]), ("验收", ["gates"]), ("退货", [])],
)  # fmt: skip
def test_find_by_chinese_or_english_fragment(sound, fragment, found):
    assert keys(find_activities(sound, fragment)) == found


def test_blank_fragment_lists_every_activity(sound):
    assert keys(find_activities(sound, "  ")) == keys(sound.activities)


def test_responsibility_for_one_activity(sound):
    who = responsibility_for(sound, "kol")
    assert keys(who.activities) == ["kol"]
    assert who.has_responsible
    assert who.responsible_departments == ("MER", "LOG")
    assert who.notify_departments == ("HQ",)
    assert [c.department for c in who.consulted] == ["TECH"]
    assert [c.department for c in who.informed] == ["TECH"]


def test_a_combined_cell_is_owner_and_notified(sound):
    who = responsibility_for(sound, "ddos")
    assert who.responsible == who.accountable
    assert who.responsible_departments == ("TECH",)
    assert who.informed[0].department == "HQ"


def test_no_r_says_so():
    matrix = matrix_from_grid(ACTIVITIES, DEPARTMENTS, {"stock": {"MER": "A", "HQ": "I"}})
    who = responsibility_for(matrix, "stock")
    assert not who.has_responsible
    assert who.responsible == () and who.responsible_departments == ()
    assert who.notify_departments == ("MER",)


def test_unknown_activity_is_refused(sound):
    with pytest.raises(ValidationError):
        responsibility_for(sound, "returns")


def test_category_maps_to_several_activities_without_repeating_cells(sound):
    mapping = {"inventory": ["stock", "kol", "stock"]}
    who = responsibility_for_category(sound, "inventory", mapping)
    assert keys(who.activities) == ["stock", "kol"]
    assert who.responsible_departments == ("LOG", "MER")
    assert who.notify_departments == ("MER", "HQ")
    # The same department may hold R in two activities: two cells, two activities.
    assert [c.activity for c in who.responsible] == ["stock", "kol", "kol"]


def test_unmapped_category_has_no_owner(sound):
    who = responsibility_for_category(sound, "market", {"tech": ["ddos"]})
    assert who.activities == () and not who.has_responsible
    assert responsibility_for_category(sound, "tech", {"tech": []}).has_responsible is False


def test_a_mapping_to_an_unknown_activity_is_refused(sound):
    with pytest.raises(ValidationError) as caught:
        responsibility_for_category(sound, "tech", {"tech": ["ddos", "payments"]})
    assert "'tech'" in str(caught.value) and "'payments'" in str(caught.value)
    assert caught.value.field == "category"
    with pytest.raises(ValidationError):
        validate_category_mapping(sound, {"ops": ["x"]})
    validate_category_mapping(sound, {"tech": ["ddos"], "ops": ["stock", "kol"]})


def test_default_mapping_follows_activity_categories(sound):
    mapping = mapping_by_activity_category(sound)
    assert mapping == {
        "plan": ("gates",),
        "merchandise": ("stock",),
        "tech": ("ddos",),
        "marketing": ("kol",),
    }
    assert responsibility_for_category(sound, "tech", mapping).responsible_departments == ("TECH",)
