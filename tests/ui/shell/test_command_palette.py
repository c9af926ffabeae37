"""The command palette lists War Room's own actions, placed, and finds them in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from ui.shell.command_palette import plain
from ui.shell.translation_catalog import TranslationCatalog

CHART_LIBRARY_ITEMS = ("Plot Options", "Downsample", "Alpha", "Mouse Mode", "View All")


@pytest.fixture
def open_palette(make_app, qtbot):
    """Build the app in a language, select a checklist task, open the palette."""

    def factory(language: str):
        parts = make_app(language)
        window = parts.window
        window.show()
        checklist = window.view_widget("checklist")
        checklist.select_task(checklist.model.records()[0].id)
        window.show_view("overview")
        palette = window.open_command_palette()
        qtbot.addWidget(palette)
        return window, palette

    return factory


def labels_for(palette, query: str) -> list[str]:
    palette.search.setText(query)
    return [label.split("    ")[0] for label in palette.visible_labels()]


def test_only_our_actions_each_with_its_place(open_palette):
    window, palette = open_palette("en")
    everything = [plain(a.text()) for a in window.findChildren(QAction)]
    assert any(item in everything for item in CHART_LIBRARY_ITEMS)  # the charts have them
    labels = labels_for(palette, "")
    assert not [label for label in labels if any(item in label for item in CHART_LIBRARY_ITEMS)]
    places = ("File ▸ ", "Edit ▸ ", "View ▸ ", "Help ▸ ", "Checklist ▸ ", "Timeline ▸ ",
              "Gates and sign-off ▸ ")  # fmt: skip
    assert all(label.startswith(places) for label in labels), labels
    for expected in (
        "File ▸ Export workbook…",
        "View ▸ Language ▸ English",
        "View ▸ Go to ▸ Logistics",
        "Checklist ▸ Status: Done",
        "Checklist ▸ New task",
        "Timeline ▸ New milestone on the timeline",
        "Gates and sign-off ▸ New gate or milestone",
    ):
        assert expected in labels
    assert "Done" not in labels  # no bare page action
    palette.close()


def test_chinese_ui_shows_chinese_places_and_finds_english_names(open_palette):
    _window, palette = open_palette("zh")
    assert labels_for(palette, "export workbook") == ["文件 ▸ 导出工作簿…"]
    assert "视图 ▸ 语言 ▸ English" in labels_for(palette, "language")
    done = labels_for(palette, "status done")
    assert done and all(label.endswith("状态：已完成") for label in done)
    assert labels_for(palette, "导出工作簿") == ["文件 ▸ 导出工作簿…"]
    palette.close()


def test_english_ui_finds_chinese_names(open_palette):
    _window, palette = open_palette("en")
    assert labels_for(palette, "导出工作簿") == ["File ▸ Export workbook…"]
    assert labels_for(palette, "导出 quit") == []  # every word must match
    assert "Checklist ▸ Status: Done" in labels_for(palette, "状态：已完成")
    palette.close()


def test_a_page_entry_shows_its_page_then_runs(open_palette, qtbot):
    window, palette = open_palette("en")
    assert window.current_view_key() == "overview"
    labels_for(palette, "checklist search tasks")
    palette._on_list_activated(palette.list.currentIndex())
    assert window.current_view_key() == "checklist"
    assert not palette.isVisible()


def test_catalog_says_texts_both_ways(tmp_path):
    ts = tmp_path / "zh.ts"
    ts.write_text(
        "<TS><context><name>A</name>"
        "<message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>"
        "<message><source>Done</source><translation>已完成</translation></message>"
        "<message><source>Later</source><translation type='unfinished'></translation></message>"
        "</context><context><name>B</name>"
        "<message><source>Done</source><translation>完成</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    catalog = TranslationCatalog.read(ts)
    assert catalog.translate("A", "&File") == "文件(&F)"
    assert catalog.translate("A", "Later") == "Later"  # unfinished: the source stays
    assert catalog.to_english("文件(&F)") == "&File"
    assert catalog.to_chinese("Done") == "已完成 完成"  # every translation of an ambiguous text
    assert catalog.to_chinese("Done", "B") == "完成" and catalog.to_english("完成", "B") == "Done"
    assert catalog.to_chinese("Unknown") == "Unknown"
    assert plain("文件(&F)") == "文件" and plain("&Save && quit") == "Save & quit"
    assert TranslationCatalog.read(tmp_path / "missing.ts").translate("A", "x") == "x"
