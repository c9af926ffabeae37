"""The base of the features that put actions at the top of the window's File menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


class FileMenuActions(QObject):
    """Owns some File-menu actions and retranslates them whenever the window's language changes.

    Subclasses create their actions, list them in ``menu_actions`` and name them in
    ``retranslate`` (call it once at the end of ``__init__``).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def menu_actions(self) -> list[QAction]:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def install(self, menu: QMenu) -> None:
        """Put the actions at the top of ``menu``, above a separator."""
        first = menu.actions()[0] if menu.actions() else None
        for action in self.menu_actions():
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
