"""Alert rules edited on the alerts page, files removed on the sources page, plural texts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from ui.metrics.alerts_panel import AlertsPanel
from ui.metrics.sources_panel import SourcesPanel


def _rule_names(panel: AlertsPanel) -> list[str]:
    table = panel.rules_card.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_a_rule_is_added_with_messages_next_to_bad_fields_then_switched_and_deleted(make_app):
    parts = make_app()
    panel = parts.window.view_widget("alerts")
    assert isinstance(panel, AlertsPanel)
    card = panel.rules_card
    before = _rule_names(panel)
    dialog = card.open_new()
    dialog.threshold_edit.setText("a lot")
    dialog.name_en_edit.setText("")
    assert not dialog.try_save()
    assert dialog.isVisible()
    assert dialog.errors["threshold"].isVisibleTo(dialog)
    assert "number" in dialog.errors["threshold"].text()
    assert "name" in dialog.errors["name_en"].text()
    assert not dialog.errors["metric"].isVisibleTo(dialog)
    assert _rule_names(panel) == before  # nothing saved
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("cs_queue"))
    dialog.threshold_edit.setText("1500")
    dialog.name_en_edit.setText("CS queue flood")
    assert dialog.try_save() and not dialog.isVisible()
    assert _rule_names(panel) == [*before, "CS queue flood"]
    assert card.selected_rule().name_en == "CS queue flood"
    assert card.toggle_button.text() == "Switch off"
    card.toggle_selected()
    row = len(before)
    assert card.table.item(row, 3).text() == "off"
    edit = card.open_selected()
    assert edit.threshold_edit.text() == "1500"
    edit.threshold_edit.setText("1600")
    assert edit.try_save()
    assert "> 1.6k" in card.table.item(row, 1).text()
    card.delete_selected()  # headless confirm answers yes
    assert _rule_names(panel) == before
    parts.campaign.undo_stack.undo()
    assert _rule_names(panel) == [*before, "CS queue flood"]


def test_status_bar_and_summary_use_proper_plurals_in_both_languages(make_app, clock):
    parts = make_app()
    window, metrics = parts.window, parts.metrics
    feed = metrics.sources.add_push_feed("test")
    start = metrics.now()
    for second in range(70):
        feed.push("payment_success", 95.0, start + second)
    clock.advance(timedelta(seconds=70))
    metrics.sources.poll("push:test")
    status = window.statusBar().findChild(QLabel, "alertStatus")
    panel = window.view_widget("alerts")
    assert status.text() == "▲ 1 active alert"
    assert panel.summary_label.text() == "1 active alert · 1 in total"
    for second in range(70, 110):
        feed.push("qps", 990_000, start + second)
    clock.advance(timedelta(seconds=40))
    metrics.sources.poll("push:test")
    assert status.text() == "▲ 2 active alerts"
    parts.language.set_language("zh")
    QApplication.processEvents()  # LanguageChange is delivered through the event loop
    assert status.text() == "▲ 当前告警 2 条"
    assert panel.summary_label.text() == "当前告警 2 条 · 共 2 条"


def test_a_followed_file_can_be_removed_from_the_sources_page(make_app, tmp_path: Path):
    parts = make_app()
    window, metrics = parts.window, parts.metrics
    window.show()
    window.show_view("sources")
    panel = window.view_widget("sources")
    assert isinstance(panel, SourcesPanel)
    path = tmp_path / "ops.csv"
    path.write_text("timestamp,metric,value\n2026-11-10T19:59:00,qps,1000\n")
    panel.path_edit.setText(str(path))
    panel.follow_button.click()
    names = [h.name for h in metrics.sources.health()]
    assert f"file:{path}" in names
    assert [str(path)] == [p for p, *_ in metrics.store.metrics.feeds()]
    panel.table.selectRow(0)  # the simulator: not removable here
    assert not panel.remove_button.isEnabled()
    panel.table.selectRow(names.index(f"file:{path}"))
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert f"file:{path}" not in [h.name for h in metrics.sources.health()]
    assert metrics.store.metrics.feeds() == []
    assert str(path) in panel.feed_message.text()


def test_every_english_plural_message_has_its_singular_and_plural_forms():
    import xml.etree.ElementTree as ET

    from models.resource_paths import TRANSLATIONS_DIR

    ts = TRANSLATIONS_DIR / "warroom_en.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    for message in messages:
        forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), message.findtext("source")
        assert message.find("translation").get("type") != "unfinished"
