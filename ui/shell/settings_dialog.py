"""Preferences (Ctrl+,): theme, language, refresh, big-screen rotation, lag margin, backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from controllers.settings import Settings


class SettingsDialog(QDialog):
    """Edits the declared settings; ``apply()`` writes them back (OK does it)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Dark (war-room wall)"), "dark")
        self.theme.addItem(self.tr("Light"), "light")
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.refresh = self._spin(1, 600, self.tr(" s"))
        self.rotate = self._spin(5, 600, self.tr(" s"))
        self.lag_margin = self._spin(0, 100, self.tr(" points"))
        self.backup = self._spin(5, 24 * 60, self.tr(" min"))
        self.sound = QCheckBox(self.tr("Play a sound for urgent alerts"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Overview &refresh every:"), self.refresh)
        form.addRow(self.tr("Big-screen &page time:"), self.rotate)
        form.addRow(self.tr("Task is &lagging when behind by:"), self.lag_margin)
        form.addRow(self.tr("&Back up the database every:"), self.backup)
        form.addRow("", self.sound)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Settings"))
        self._load()

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _load(self) -> None:
        settings = self._settings
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.value("ui/theme"))))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value("ui/language"))))
        self.refresh.setValue(settings.value("refresh/interval_ms") // 1000)
        self.rotate.setValue(settings.value("wall/rotate_seconds"))
        self.lag_margin.setValue(settings.value("plan/lag_margin"))
        self.backup.setValue(settings.value("backup/interval_minutes"))
        self.sound.setChecked(settings.value("alerts/sound"))

    def apply(self) -> None:
        """Write the edited values; theme and language are applied by the window."""
        settings = self._settings
        settings.set_value("refresh/interval_ms", self.refresh.value() * 1000)
        settings.set_value("wall/rotate_seconds", self.rotate.value())
        settings.set_value("plan/lag_margin", self.lag_margin.value())
        settings.set_value("backup/interval_minutes", self.backup.value())
        settings.set_value("alerts/sound", self.sound.isChecked())
