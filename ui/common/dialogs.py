"""The one place modal message boxes are raised, with a headless switch for tests.

Controllers never open dialogs; the window asks here when a decision is needed. In
headless runs (tests, ``warroom screenshot``) the preset answer is returned at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

_headless_answer: bool | None = None


def set_headless(answer: bool | None) -> None:
    """Answer every question with ``answer`` instead of showing a box (None: show boxes)."""
    global _headless_answer
    _headless_answer = answer


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default button."""
    if _headless_answer is not None:
        return _headless_answer
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show a failure the user must read; ``details`` go behind a 'Show details' button."""
    if _headless_answer is not None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()
