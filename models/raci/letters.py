"""RACI letters in one cell: parse what people type or paste, format it one way.

A cell may hold several letters ("R/A"). Users and hand-made Excel matrices write the same
combination many ways: "R/A", "A/R", "r,a", "RA", "Ｒ／Ａ", "R、A". ``parse_letters`` reads
them all into a frozenset; ``format_letters`` writes the canonical "R/A" (always in R, A, C,
I order) so equal cells look equal and sort together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from models.errors import ValidationError
from models.records import RaciLetter

# The order of the acronym, used for display and for a stable sort of combinations.
CANONICAL_ORDER: tuple[RaciLetter, ...] = (
    RaciLetter.RESPONSIBLE,
    RaciLetter.ACCOUNTABLE,
    RaciLetter.CONSULTED,
    RaciLetter.INFORMED,
)
SEPARATOR = "/"

# After NFKC (full-width "／，；＋" become ASCII) these still separate letters; "、" is the
# Chinese enumeration comma, which NFKC leaves alone.
_SEPARATORS = re.compile(r"[\s/,;+&|、\\-]+")
_BY_CHAR = {letter.value: letter for letter in RaciLetter}

Letters = frozenset[RaciLetter]
EMPTY: Letters = frozenset()


def parse_letters(text: str, field: str = "letters") -> Letters:
    """Read a cell's letters; blank text is an empty cell.

    Case, full-width characters, separators and repeats do not matter ("C/I/C" is C/I).
    Anything else (an "X", "R/Q", a word) raises ``ValidationError`` naming the text.
    """
    normal = unicodedata.normalize("NFKC", text).upper()
    found: set[RaciLetter] = set()
    for chunk in _SEPARATORS.split(normal):
        for char in chunk:
            letter = _BY_CHAR.get(char)
            if letter is None:
                raise ValidationError(
                    f"Not a RACI cell: {text!r} (use R, A, C or I, e.g. 'R/A').", field
                )
            found.add(letter)
    return frozenset(found)


def format_letters(letters: Iterable[RaciLetter]) -> str:
    """The canonical text of a combination: "R/A", "C/I"; "" for an empty cell."""
    held = set(letters)
    return SEPARATOR.join(letter.value for letter in CANONICAL_ORDER if letter in held)


def normalize_letters(text: str, field: str = "letters") -> str:
    """``text`` rewritten canonically ("a,r" → "R/A"), or ``ValidationError``."""
    return format_letters(parse_letters(text, field))


def sort_key(letters: Iterable[RaciLetter]) -> tuple[int, ...]:
    """A key that sorts cells by their strongest letter first (R before A before C …)."""
    held = set(letters)
    return tuple(i for i, letter in enumerate(CANONICAL_ORDER) if letter in held)
