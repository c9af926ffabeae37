"""File › Export workbook… and Import workbook…: options, file choice, progress with
cancel, the import preview and the outcome. The work itself is the Excel controller's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from controllers.campaign_controller import CampaignController
from controllers.workbook.excel_controller import ExcelController
from models.records import Actor
from models.tables.labels import is_chinese, localized
from models.workbook import ENTITIES, ExportOptions, ImportPlan, Resolution
from models.workbook.schema import label
from ui.common import dialogs
from ui.common.file_menu_actions import FileMenuActions
from ui.workbook.import_preview_dialog import ImportPreviewDialog


class ExportDialog(QDialog):
    """Which sheets, which department."""

    def __init__(self, campaign: CampaignController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.checks: dict[str, QCheckBox] = {}
        language = "zh" if is_chinese() else "en"
        for key, spec in ENTITIES.items():
            box = QCheckBox(spec.sheet_name(language), self)
            box.setChecked(True)
            self.checks[key] = box
            layout.addWidget(box)
        self.department = QComboBox(self)
        self.department.addItem(self.tr("Whole campaign"), None)
        for department in campaign.departments():
            self.department.addItem(
                localized(department.name_zh, department.name_en), department.code
            )
        form.addRow(self.tr("Department"), self.department)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Export workbook"))

    def options(self) -> ExportOptions:
        entities = tuple(key for key, box in self.checks.items() if box.isChecked())
        return ExportOptions(
            entities, self.department.currentData(), "zh" if is_chinese() else "en"
        )


class WorkbookActions(FileMenuActions):
    """Owns the two File-menu actions and the dialogs around an export or import."""

    def __init__(
        self,
        window: QMainWindow,
        excel: ExcelController,
        campaign: CampaignController,
        actor: Actor,
    ) -> None:
        super().__init__(window)
        self._excel = excel
        self._campaign = campaign
        self._actor = actor
        self._progress: QProgressDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self._on_export)
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import)
        excel.progress.connect(self._on_progress)
        excel.failed.connect(self._on_failed)
        excel.cancelled.connect(self._close_progress)
        excel.export_finished.connect(self._close_progress)
        excel.import_planned.connect(self._on_planned)
        self.retranslate()

    def menu_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action]

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("&Export workbook…"))
        self.import_action.setText(self.tr("&Import workbook…"))
        self._excel.language = "zh" if is_chinese() else "en"

    # -- export ------------------------------------------------------------------------------

    @Slot()
    def _on_export(self) -> None:
        dialog = ExportDialog(self._campaign, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        if not options.entities:
            return
        name = label(("war-room.xlsx", "作战室.xlsx"), options.language)
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export workbook"), name, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path).with_suffix(".xlsx"), options)

    def export_to(self, path: Path, options: ExportOptions) -> None:
        self._show_progress(self.tr("Writing %1…").replace("%1", path.name))
        self._excel.export(self._actor, path, options)

    # -- import ------------------------------------------------------------------------------

    @Slot()
    def _on_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Import workbook"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        self._show_progress(self.tr("Reading %1…").replace("%1", path.name))
        self._excel.preview_import(path)

    @Slot(object)
    def _on_planned(self, plan: ImportPlan) -> None:
        self._close_progress()
        self.preview = ImportPreviewDialog(plan, self._window)
        self.preview.apply_requested.connect(self._on_apply)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()

    @Slot(str)
    def _on_apply(self, resolution: str) -> None:
        if self.preview is not None:
            self._excel.apply_import(self._actor, self.preview.plan, Resolution(resolution))

    # -- progress and failures ----------------------------------------------------------------

    def _show_progress(self, text: str) -> None:
        self._close_progress()
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 100, self._window)
        progress.setWindowTitle(self.tr("Workbook"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._excel.cancel)
        self._progress = progress

    @Slot(int, str)
    def _on_progress(self, percent: int, _text: str) -> None:
        if self._progress is not None:
            self._progress.setValue(percent)

    @Slot()
    def _close_progress(self, *_args: object) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._excel.cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._close_progress()
        dialogs.show_error(self._window, self.tr("Workbook"), message)
