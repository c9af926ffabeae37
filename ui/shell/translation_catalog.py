"""Our Chinese translations looked up both ways, for the command palette's search.

A compiled ``.qm`` (what the running app loads) can only translate forwards, from a known
context and source text. The palette also meets texts already on screen, such as the menu
items other features add, and must say them in the other language; so it reads the Linguist
source ``warroom_zh_CN.ts`` that the ``.qm`` is compiled from (kept in the repository).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from models.resource_paths import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

SHIPPED = TRANSLATIONS_DIR / "warroom_zh_CN.ts"


class TranslationCatalog:
    """(context, English source) ↔ Chinese translation, for finished singular messages."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages
        self._chinese: dict[str, list[str]] = defaultdict(list)
        self._english: dict[str, list[str]] = defaultdict(list)
        self._sources = {(context, t): source for (context, source), t in messages.items()}
        for (_context, source), translation in messages.items():
            if translation not in self._chinese[source]:
                self._chinese[source].append(translation)
            if source not in self._english[translation]:
                self._english[translation].append(source)

    @classmethod
    def read(cls, path: Path) -> TranslationCatalog:
        """The catalogue of a ``.ts`` file (empty, with a warning, when it cannot be read)."""
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as error:
            log.warning("no translations for the command palette in %s: %s", path, error)
            return cls({})
        messages = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if message.get("numerus") or translation is None or translation.get("type"):
                    continue  # plurals, unfinished and vanished entries
                source = message.findtext("source") or ""
                if source and translation.text:
                    messages[(name, source)] = translation.text
        return cls(messages)

    @classmethod
    def shipped(cls) -> TranslationCatalog:
        """The app's own Chinese catalogue, read again only when the file changes."""
        try:
            stamp = SHIPPED.stat().st_mtime_ns
        except OSError:
            stamp = 0
        return _read_cached(SHIPPED, stamp)

    def translate(self, context: str, source: str) -> str:
        """The Chinese of a source text in its context (the source itself when unknown)."""
        return self._messages.get((context, source), source)

    def to_chinese(self, text: str, context: str | None = None) -> str:
        """A text as Chinese says it: its translation in ``context``, or when no context is
        known all its translations (for searching), or the text itself."""
        if context is not None and (context, text) in self._messages:
            return self._messages[(context, text)]
        return " ".join(self._chinese[text]) if text in self._chinese else text

    def to_english(self, text: str, context: str | None = None) -> str:
        """A text as English says it: its source in ``context``, or when no context is known
        all its sources (for searching), or the text itself."""
        if context is not None and (context, text) in self._sources:
            return self._sources[(context, text)]
        return " ".join(self._english[text]) if text in self._english else text


@lru_cache(maxsize=2)
def _read_cached(path: Path, _stamp: int) -> TranslationCatalog:
    return TranslationCatalog.read(path)
