"""The whole app on the demo campaign, as a user first sees it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.demo.builder import DEMO_DDAY
from tests.helpers import activate


def test_window_opens_on_overview_with_every_department(make_app):
    parts = make_app()
    window = parts.window
    window.show()
    assert window.current_view_key() == "overview"
    departments = [d.code for d in parts.campaign.departments()]
    keys = window.view_keys()
    assert [f"dept-{code}" for code in departments] == keys[1 : len(departments) + 1]
    assert "Double 11, 2026" in window.windowTitle()


def test_every_view_renders_offscreen_in_both_languages(make_app):
    parts = make_app()
    window = parts.window
    window.resize(1600, 900)
    window.show()
    for language in ("en", "zh"):
        window.set_language(language)
        for key in window.view_keys():
            window.show_view(key)
            QApplication.processEvents()
            image = window.grab().toImage()
            assert not image.isNull() and image.width() >= 1600
            # A rendered view is not one flat colour.
            colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 900, 7)}
            assert len(colours) > 5, f"view {key} in {language} looks empty"


def test_ctrl_number_jumps_to_views(make_app, qtbot):
    parts = make_app()
    window = parts.window
    window.show()
    activate(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == window.view_keys()[2]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "overview"


def test_clicking_a_department_strip_opens_its_panel(make_app, qtbot):
    parts = make_app()
    window = parts.window
    window.show()
    overview = window.view_widget("overview")
    strip = next(s for s in overview.strips if s.isVisible() and s._code == "LOG")
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "dept-LOG"


def test_window_layout_and_last_view_are_remembered(make_app):
    first = make_app()
    first.window.show()
    first.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.window.navigation_dock)
    first.window.show_view("dept-MKT")
    first.window.close()
    second = make_app()
    assert second.window.current_view_key() == "dept-MKT"
    area = second.window.dockWidgetArea(second.window.navigation_dock)
    assert area == Qt.DockWidgetArea.RightDockWidgetArea


def test_big_screen_mode_hides_chrome_and_rotates_wall_views(make_app, qtbot):
    parts = make_app()
    window = parts.window
    window.show()
    activate(window)
    window.wall_action.setChecked(True)
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    start = window.current_view_key()
    window._on_wall_timer()
    assert window.current_view_key() != start
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.wall_action.isChecked()
    assert window.menuBar().isVisible()


def test_countdown_counts_to_dday_and_after(make_app):
    parts = make_app(at=DEMO_DDAY - timedelta(days=2, hours=3, minutes=4, seconds=5))
    overview = parts.window.view_widget("overview")
    assert overview.countdown_label.text() == "D-2 03:04:05"
    later = make_app(at=DEMO_DDAY + timedelta(hours=1))
    assert later.window.view_widget("overview").countdown_label.text() == "D+0 01:00:00"


def test_rebuild_demo_from_the_menu_restores_deleted_work(make_app, actor):
    parts = make_app()
    store = parts.store
    campaign_id = parts.campaign.campaign_id
    task = store.plan.tasks(campaign_id)[0]
    store.plan.delete_task(actor, task.id)
    before = len(store.plan.tasks(campaign_id))
    parts.window.demo_action.trigger()  # the confirmation is answered "yes" headless
    assert len(store.plan.tasks(parts.campaign.campaign_id)) == before + 1


def test_department_room_embeds_an_editable_checklist_of_its_own_unit(make_app):
    parts = make_app()
    panel = parts.window.view_widget("dept-LOG")
    logistics = parts.campaign.department("LOG").id
    records = panel.checklist.model.records()
    assert records and {t.department_id for t in records} == {logistics}
    assert not panel.checklist.filters.department_combo.isVisibleTo(panel.checklist)
    panel.checklist.bulk.new_button.click()  # a task added in the room belongs to the room's unit
    dialog = panel.checklist.create_dialog
    dialog.title_en_edit.setText("Spare pallet jacks")
    dialog.submit()
    assert dialog.created_id is not None
    assert parts.store.plan.task(dialog.created_id).department_id == logistics


def test_navigation_lists_pages_in_working_order(make_app):
    keys = make_app().window.view_keys()
    assert keys[0] == "overview" and keys[-1] == "audit"
    assert keys.index("checklist") < keys.index("metrics") < keys.index("budget")


def test_overview_fits_a_full_hd_screen_without_sideways_scrolling(make_app):
    from PySide6.QtWidgets import QScrollArea

    for language in ("en", "zh"):
        window = make_app(language).window
        window.resize(1920, 1080)
        window.show()
        QApplication.processEvents()
        overview = window.view_widget("overview")
        scroller = window.stack.currentWidget()
        assert isinstance(scroller, QScrollArea)
        assert not scroller.horizontalScrollBar().isVisible(), language
        assert overview._placed_columns == 2, "two strips a row fit on a full-HD screen"
        for strip in overview.strips:
            label = strip.name_label
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), (
                label.text()
            )


def test_no_two_actions_of_the_window_share_a_window_wide_shortcut(make_app):
    """A clash makes Qt fire neither action: the key would silently do nothing."""
    from PySide6.QtGui import QAction

    window = make_app().window
    window.build_all_pages()  # the pages' own actions too
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(
                f"{action.text() or action.objectName()} ({action.shortcutContext().name})"
            )
    clashes = {
        key: names
        for key, names in owners.items()
        if len(names) > 1 and any(context.name in n for n in names for context in window_wide)
    }
    assert clashes == {}
