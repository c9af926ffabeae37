"""File › Export daily report (PDF)…: choose a file, write the report, say where it went.

The figures come from the report controller; the layout from ui/daily_report.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow

from controllers.report.report_controller import ReportController
from models.records import Actor
from models.tables.labels import is_chinese
from ui.common import dialogs
from ui.common.file_menu_actions import FileMenuActions

STATUS_MESSAGE_MS = 10_000


class ReportActions(FileMenuActions):
    """Owns the File-menu action that exports the daily war-room report."""

    def __init__(self, window: QMainWindow, reports: ReportController, actor: Actor) -> None:
        super().__init__(window)
        self.setObjectName("report_actions")
        self._reports = reports
        self._actor = actor
        self.export_action = QAction(window)
        self.export_action.setObjectName("export_report_action")
        self.export_action.setShortcut(QKeySequence.StandardKey.Print)
        self.export_action.triggered.connect(self._on_export)
        self.retranslate()

    def menu_actions(self) -> list[QAction]:
        return [self.export_action]

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Export daily &report (PDF)…"))

    def default_path(self) -> Path:
        """Documents folder, named after the campaign day: one report per day by default."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = self._reports.today().isoformat()
        name = f"作战室日报-{day}.pdf" if is_chinese() else f"war-room-report-{day}.pdf"
        return Path(folder or Path.home()) / name

    @Slot()
    def _on_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export daily report"),
            str(self.default_path()),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            chosen = Path(path)
            if chosen.suffix.lower() != ".pdf":  # "日报.v2" becomes "日报.v2.pdf", not "日报.pdf"
                chosen = chosen.with_name(chosen.name + ".pdf")
            self.export_to(chosen)

    def export_to(self, path: Path) -> bool:
        """Write the report to ``path``; a failure is shown and leaves no file behind."""
        from ui.report.report_pdf import ReportError, write_pdf  # on request, not at start-up

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write_pdf(self._reports.daily_report(self._actor), path)
        except ReportError as error:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self._window, self.tr("Daily report"), str(error))
            return False
        QApplication.restoreOverrideCursor()
        self._window.statusBar().showMessage(
            self.tr("Daily report written to %1 (%2 pages)")
            .replace("%1", str(path))
            .replace("%2", str(pages)),
            STATUS_MESSAGE_MS,
        )
        return True


def install_report_action(
    window: QMainWindow, reports: ReportController, actor: Actor
) -> ReportActions:
    """Create the action and put it in the window's File menu (the report feature's install)."""
    actions = ReportActions(window, reports, actor)
    actions.install(window.file_menu)  # type: ignore[attr-defined]
    return actions
