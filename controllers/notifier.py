"""One channel for user-facing messages from controllers (shown as banners by the window)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Notifier(QObject):
    """Controllers post here; the main window shows non-modal banners.

    Signals:
        message_posted(str level, str text): a translated message to show.
    """

    message_posted = Signal(str, str)

    def info(self, text: str) -> None:
        self.message_posted.emit(Level.INFO.value, text)

    def warning(self, text: str) -> None:
        self.message_posted.emit(Level.WARNING.value, text)

    def error(self, text: str) -> None:
        self.message_posted.emit(Level.ERROR.value, text)
