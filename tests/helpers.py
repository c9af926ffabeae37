"""Small helpers for GUI tests."""

from __future__ import annotations

import warnings

from PySide6.QtWidgets import QApplication, QWidget


def activate(window: QWidget) -> None:
    """Make ``window`` the active window so its shortcuts fire.

    The offscreen platform ignores ``activateWindow()``; the deprecated
    ``QApplication.setActiveWindow`` still does the job there.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
