"""File › Export daily report (PDF)… in the running window: menu, shortcut, palette, outcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from ui.report.report_actions import ReportActions


def report_actions(parts) -> ReportActions:
    """The report action the app installed in its window (exactly one, nothing made here)."""
    installed = parts.window.findChildren(ReportActions, "report_actions")
    assert len(installed) == 1, f"the app installed {len(installed)} report actions, not one"
    return installed[0]


def test_action_sits_in_the_file_menu_with_a_shortcut_and_in_the_palette(make_app, qtbot):
    parts = make_app("en")
    actions = report_actions(parts)
    window = parts.window
    assert window.file_menu.actions()[0] is actions.export_action
    assert actions.export_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.show()
    palette = window.open_command_palette()
    qtbot.addWidget(palette)
    qtbot.keyClicks(palette.search, "daily report")
    assert palette.visible_labels() == ["File ▸ Export daily report (PDF)…    Ctrl+P"]


def test_export_writes_the_pdf_and_says_where(make_app, tmp_path: Path):
    parts = make_app("zh")
    actions = report_actions(parts)
    assert actions.export_action.text() == "导出作战室日报（PDF）(&R)…"
    assert actions.default_path().name == "作战室日报-2026-11-10.pdf"
    path = tmp_path / "日报.pdf"
    assert actions.export_to(path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert str(path) in parts.window.statusBar().currentMessage()


def test_a_failed_export_leaves_nothing_and_changes_no_figures(make_app, tmp_path: Path):
    parts = make_app("en")
    actions = report_actions(parts)
    before = parts.overview.snapshot().campaign_progress
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not actions.export_to(blocker / "report.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]
    assert "written" not in parts.window.statusBar().currentMessage()
    assert parts.overview.snapshot().campaign_progress == before
