"""Pages that redo expensive work (store reads, scene layout) only while they are shown.

A language switch reaches every widget, including hidden pages and windows already
closed; those mark themselves stale and catch up in ``showEvent`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mixin for QWidget pages: ``refresh_when_visible()`` now or on the next show."""

    _stale = False

    def refresh_all(self) -> None:
        """Re-read and redraw everything (texts included); implemented by the page."""
        raise NotImplementedError

    def refresh_when_visible(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self._stale = False
            self.refresh_all()
        else:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_when_visible()
        super().changeEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.refresh_all()
