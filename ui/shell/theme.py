"""Dark (war-room wall) and light themes: Fusion, the Qt colour scheme, a small QSS, and
the status colours custom-painted widgets and charts use."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from models.resource_paths import THEMES_DIR


@dataclass(frozen=True, slots=True)
class ThemeColors:
    name: str
    window: str
    panel: str
    text: str
    muted: str
    accent: str
    ok: str
    warning: str
    critical: str
    unknown: str
    grid: str


DARK = ThemeColors(
    "dark", window="#0B1020", panel="#131A2E", text="#E6EAF2", muted="#8A94AD",
    accent="#4CC3FF", ok="#2FBF71", warning="#F5A524", critical="#F04452",
    unknown="#5B6479", grid="#26304A",
)  # fmt: skip
LIGHT = ThemeColors(
    "light", window="#F4F6FA", panel="#FFFFFF", text="#1B2333", muted="#5E6778",
    accent="#0A6CD6", ok="#1E9E5A", warning="#C77C00", critical="#D92D3A",
    unknown="#9AA3B5", grid="#DDE2EB",
)  # fmt: skip
THEMES = {"dark": DARK, "light": LIGHT}


class Theme:
    """The active theme; widgets ask it for colours when they paint."""

    colors: ThemeColors = DARK

    @classmethod
    def apply(cls, app: QApplication, name: str) -> None:
        cls.colors = THEMES.get(name, DARK)
        colors = cls.colors
        app.setStyle("Fusion")
        scheme = Qt.ColorScheme.Dark if colors is DARK else Qt.ColorScheme.Light
        app.styleHints().setColorScheme(scheme)
        palette = QPalette()
        for role, value in (
            (QPalette.ColorRole.Window, colors.window),
            (QPalette.ColorRole.Base, colors.panel),
            (QPalette.ColorRole.AlternateBase, colors.window),
            (QPalette.ColorRole.Button, colors.panel),
            (QPalette.ColorRole.Text, colors.text),
            (QPalette.ColorRole.WindowText, colors.text),
            (QPalette.ColorRole.ButtonText, colors.text),
            (QPalette.ColorRole.ToolTipBase, colors.panel),
            (QPalette.ColorRole.ToolTipText, colors.text),
            (QPalette.ColorRole.PlaceholderText, colors.muted),
            (QPalette.ColorRole.Highlight, colors.accent),
            (QPalette.ColorRole.HighlightedText, colors.window),
            (QPalette.ColorRole.Link, colors.accent),
        ):
            palette.setColor(role, QColor(value))
        app.setPalette(palette)
        qss = (THEMES_DIR / f"{colors.name}.qss").read_text(encoding="utf-8")
        app.setStyleSheet(qss)
        pg.setConfigOptions(background=colors.panel, foreground=colors.muted, antialias=True)

    @classmethod
    def state_color(cls, state: str) -> QColor:
        """Colour for a ``KpiState`` value (ok / warning / critical / unknown)."""
        return QColor(getattr(cls.colors, state, cls.colors.unknown))
