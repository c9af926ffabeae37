"""The one QApplication, named so that QSettings finds the user's settings file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def create_qt_application(argv: list[str]) -> QApplication:
    """Name the organisation and application, then return the (new or running) QApplication."""
    from PySide6.QtWidgets import QApplication

    from controllers.settings import APPLICATION, ORGANIZATION

    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    return app  # type: ignore[return-value]
