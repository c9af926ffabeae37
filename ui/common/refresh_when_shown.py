"""Pages that redo expensive work (store reads, scene layout) only while they are shown.

A language switch reaches every widget, including hidden pages and windows already
closed; those mark themselves stale and catch up when they are shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Watches one page and runs its ``refresh`` now when it is visible, else on its next show.

    A child of the page that filters the page's events: a language switch asks for a refresh
    by itself; data changes call :meth:`refresh_when_visible`.
    """

    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._stale = False
        page.installEventFilter(self)

    @property
    def is_stale(self) -> bool:
        """True while a refresh waits for the page to be shown."""
        return self._stale

    @Slot()
    def refresh_when_visible(self) -> None:
        """Refresh at once when the page is on screen; otherwise remember to do it on show."""
        if self._page.isVisible():
            self._stale = False
            self._refresh()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch the page's language switches and shows; the page still gets every event."""
        if watched is self._page:
            kind = event.type()
            if kind == QEvent.Type.LanguageChange:
                self.refresh_when_visible()
            elif kind == QEvent.Type.Show and self._stale:
                self._stale = False
                self._refresh()
        return False
