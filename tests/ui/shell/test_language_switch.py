"""Switching the language at run time retranslates what is on screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication


def test_switching_to_chinese_and_back_retranslates_visible_labels(make_app):
    parts = make_app("en")
    window = parts.window
    window.show()
    overview = window.view_widget("overview")
    assert window.file_menu.title() == "&File"
    assert overview.gates_card.title.text() == "Milestone gates"
    assert window.navigation.item(0).text() == "War-room overview"
    strip = next(s for s in overview.strips if s.isVisible())
    assert strip.name_label.text() == "Campaign HQ"

    window.set_language("zh")
    QApplication.processEvents()
    assert window.file_menu.title() == "文件(&F)"
    assert overview.gates_card.title.text() == "里程碑阶段门"
    assert window.navigation.item(0).text() == "作战室总览"
    assert window.navigation.item(1).text() == "战役指挥部"
    assert strip.name_label.text() == "战役指挥部"
    assert overview.campaign_label.text() == "2026 双十一"
    checklist = window.view_widget("dept-MER").checklist
    headers = [
        checklist.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(checklist.model.columnCount())
    ]
    assert "任务" in headers

    window.set_language("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"
    assert overview.gates_card.title.text() == "Milestone gates"


def test_language_choice_is_remembered(make_app):
    first = make_app("en")
    first.window.set_language("zh")
    first.window.close()
    # As when the app quits: its Chinese translators go, so they cannot help the next start.
    first.language.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    again = make_app(None)  # no language given: the next start follows the settings
    again.window.show()
    assert again.window.file_menu.title() == "文件(&F)"
    assert again.window.navigation.item(0).text() == "作战室总览"


def test_every_translation_is_finished():
    import xml.etree.ElementTree as ET

    from models.resource_paths import TRANSLATIONS_DIR

    ts = TRANSLATIONS_DIR / "warroom_zh_CN.ts"
    unfinished = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
