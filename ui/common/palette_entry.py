"""What pages and menus offer the command palette: an action, where it acts and its name.

Names and places are phrases: functions of a ``Wording``, so that the palette can say each
entry in the UI language and also in Chinese and English, and find it by either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction

Translate = Callable[[str, str], str]


class Wording:
    """How one language says things.

    ``say`` translates one of our source texts (English) in its context; ``pick`` chooses a
    record's name; ``restate`` says an on-screen text (in the UI language, translated in
    ``context`` when known) in this language, unchanged when it does not know it.
    """

    def __init__(
        self, translate: Translate, restate: Callable[[str, str | None], str], *, chinese: bool
    ) -> None:
        self._translate = translate
        self._restate = restate
        self.chinese = chinese

    # Not named tr(): lupdate would take every call of it for a text to translate.
    def say(self, context: str, source: str) -> str:
        return self._translate(context, source)

    def pick(self, zh: str, en: str) -> str:
        return (zh or en) if self.chinese else (en or zh)

    def restate(self, text: str, context: str | None = None) -> str:
        return self._restate(text, context)


Phrase = Callable[[Wording], str]


def translated(context: str, source: str) -> Phrase:
    """The phrase of a source text (mark it for lupdate with ``QT_TRANSLATE_NOOP``)."""
    return lambda wording: wording.say(context, source)


def restated(text: str) -> Phrase:
    """The phrase of a text already on screen in the UI language (a menu title, say)."""
    return lambda wording: wording.restate(text)


@dataclass(frozen=True)
class PaletteEntry:
    """One line of the palette.

    ``where`` names the place the action works in, outermost first (a menu path, a page);
    ``name`` names the action (None: its own text); ``before`` runs first (e.g. shows the
    page the action works on).
    """

    action: QAction
    name: Phrase | None = None
    where: tuple[Phrase, ...] = ()
    before: Callable[[], None] | None = None

    def placed_in(self, *outer: Phrase, before: Callable[[], None] | None = None) -> PaletteEntry:
        """The same entry inside ``outer`` places (and with ``before`` when given)."""
        return replace(self, where=(*outer, *self.where), before=before or self.before)


@runtime_checkable
class PaletteSource(Protocol):
    """A page that offers actions to the command palette."""

    def palette_entries(self) -> list[PaletteEntry]:
        """The page's entries now (their places are inside the page)."""
        ...
