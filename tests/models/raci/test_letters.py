"""Cell letters: every way people write a combination reads the same, nonsense is refused."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.raci.letters import (
    EMPTY,
    format_letters,
    normalize_letters,
    parse_letters,
    sort_key,
)
from models.records import RaciLetter

R, A, C, I = (  # noqa: E741 - the acronym's own letters read best in these tests
    RaciLetter.RESPONSIBLE,
    RaciLetter.ACCOUNTABLE,
    RaciLetter.CONSULTED,
    RaciLetter.INFORMED,
)


@pytest.mark.parametrize(
    "text",
    ["R/A", "A/R", "r,a", "RA", "ar", " R / A ", "Ｒ／Ａ", "ｒａ", "R、A", "R，A",
     "R;A", "R+A", "R A", "R-A", "R\\A", "A/R/A"],
)  # fmt: skip
def test_every_spelling_of_r_and_a_is_the_same_cell(text):
    assert parse_letters(text) == frozenset({R, A})
    assert normalize_letters(text) == "R/A"


@pytest.mark.parametrize(
    ("text", "letters"),
    [("R", {R}), ("a", {A}), ("C/I/C", {C, I}), ("I/C", {C, I}), ("RACI", {R, A, C, I}),
     ("i", {I})],
)  # fmt: skip
def test_single_letters_and_repeats(text, letters):
    assert parse_letters(text) == frozenset(letters)


@pytest.mark.parametrize("text", ["", "   ", "/", " , ", "\u3000"])
def test_blank_text_is_an_empty_cell(text):
    assert parse_letters(text) == EMPTY
    assert normalize_letters(text) == ""


@pytest.mark.parametrize("text", ["X", "R/Q", "Responsible", "负责", "R/A?", "1", "R.A", "ＲＸ"])
def test_nonsense_is_refused_naming_the_text(text):
    with pytest.raises(ValidationError) as caught:
        parse_letters(text)
    assert repr(text) in str(caught.value)
    assert caught.value.field == "letters"


def test_the_field_can_name_the_cell():
    with pytest.raises(ValidationError) as caught:
        parse_letters("Z", field="letters:7:MER")
    assert caught.value.field == "letters:7:MER"


def test_format_is_canonical_order_whatever_the_input_order():
    assert format_letters([I, A, C, R]) == "R/A/C/I"
    assert format_letters({A, R}) == "R/A"
    assert format_letters([C, I, C]) == "C/I"
    assert format_letters([]) == ""


def test_format_reads_back_to_the_same_letters():
    for letters in [{R}, {A}, {R, A}, {C, I}, {R, A, C, I}, set()]:
        assert parse_letters(format_letters(letters)) == frozenset(letters)


def test_sort_key_puts_stronger_letters_first():
    cells = [{I}, {C}, {R, A}, {A}, {R}]
    ordered = sorted(cells, key=sort_key)
    assert [format_letters(c) for c in ordered] == ["R", "R/A", "A", "C", "I"]
