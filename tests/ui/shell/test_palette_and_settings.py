"""Command palette and settings dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.shell.settings_dialog import SettingsDialog


def test_palette_filters_actions_and_runs_the_chosen_one(make_app, qtbot):
    parts = make_app("en")
    window = parts.window
    window.show()
    palette = window.open_command_palette()
    qtbot.addWidget(palette)
    assert any("Logistics" in label for label in palette.visible_labels())
    qtbot.keyClicks(palette.search, "logis")
    assert all("logis" in label.lower() for label in palette.visible_labels())
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert window.current_view_key() == "dept-LOG"
    assert not palette.isVisible()


def test_settings_dialog_round_trips_values(make_app, qtbot):
    parts = make_app("en")
    dialog = SettingsDialog(parts.settings)
    qtbot.addWidget(dialog)
    assert dialog.refresh.value() == 5
    dialog.refresh.setValue(12)
    dialog.lag_margin.setValue(30)
    dialog.sound.setChecked(False)
    dialog.apply()
    assert parts.settings.value("refresh/interval_ms") == 12000
    assert parts.settings.value("plan/lag_margin") == 30
    assert parts.settings.value("alerts/sound") is False
    parts.window.settings_changed.emit()
    assert parts.overview.refresh_timer.interval() == 12000


def test_a_new_lagging_margin_shows_on_the_overview_at_once(make_app):
    parts = make_app("en")
    before = parts.overview.snapshot().campaign_progress.lagging
    parts.settings.set_value("plan/lag_margin", 0)
    parts.window.settings_changed.emit()
    after = parts.overview.snapshot().campaign_progress.lagging
    assert after > before
