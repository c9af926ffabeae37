"""Where the data files shipped with War Room live (translations, themes).

Every layer may import this module (it is plain Python), so the paths are spelt once.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
THEMES_DIR = RESOURCES_DIR / "themes"
