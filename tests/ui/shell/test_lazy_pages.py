"""Pages handed over as factories: built when first needed, or in idle time after the
first paint; what a user sees stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.helpers import activate

IDLE_BUILD_TIMEOUT_MS = 20_000


def test_only_the_overview_is_built_before_anything_asks(make_app):
    window = make_app("en").window
    assert window.is_page_built("overview")
    unbuilt = [key for key in window.view_keys() if not window.is_page_built(key)]
    assert "budget" in unbuilt and "audit" in unbuilt and "dept-LOG" in unbuilt
    assert window.findChild(QWidget, "budget_panel") is None
    # Navigation, titles and shortcuts are there all the same.
    assert window.navigation.count() == len(window.view_keys())
    assert window.navigation.item(window.view_keys().index("budget")).text() == "Budget board"


def test_showing_a_page_builds_it_with_its_parts(make_app):
    window = make_app("en").window
    window.show_view("dept-LOG")
    assert window.is_page_built("dept-LOG")
    room = window.stack.currentWidget().widget()
    assert room is window.view_widget("dept-LOG")
    assert room.checklist is not None  # the plan views' part arrived with the room


def test_a_navigation_click_and_ctrl_number_build_the_page(make_app, qtbot):
    window = make_app("en").window
    window.show()
    activate(window)
    budget_row = window.view_keys().index("budget")
    window.navigation.setCurrentRow(budget_row)
    assert window.is_page_built("budget")
    assert window.current_view_key() == "budget"
    third = window.view_keys()[2]
    assert not window.is_page_built(third)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == third
    assert window.is_page_built(third)


def test_after_the_first_paint_the_rest_is_built_one_page_per_turn(make_app, qtbot):
    window = make_app("en").window
    waiting = [key for key in window.view_keys() if not window.is_page_built(key)]
    built: list[tuple[str, int]] = []
    turns = [0]
    ticker = QTimer(window, interval=0)  # counts event-loop turns
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    window.page_built.connect(lambda key, page: built.append((key, turns[0])))
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    qtbot.waitUntil(
        lambda: all(window.is_page_built(k) for k in window.view_keys()),
        timeout=IDLE_BUILD_TIMEOUT_MS,
    )
    ticker.stop()
    assert [key for key, _turn in built] == waiting  # navigation order
    loop_turns = [turn for _key, turn in built]
    assert len(set(loop_turns)) == len(loop_turns), "one page per event-loop turn"


def test_pages_are_not_built_in_idle_time_before_the_first_paint(make_app):
    window = make_app("en").window
    for _ in range(5):
        QApplication.processEvents()
    assert not window.is_page_built("audit")


def test_a_page_built_late_is_in_the_current_language_and_theme(make_app):
    from ui.shell.theme import LIGHT

    window = make_app("en").window
    window.set_language("zh")
    window.set_theme("light")
    QApplication.processEvents()
    audit = window.view_widget("audit")
    assert audit.search.placeholderText() == "搜索操作人、表、行或变更内容…"
    assert window.navigation.item(window.view_keys().index("audit")).text() == "审计日志"
    chart = window.view_widget("metrics").charts[0]
    assert chart.backgroundBrush().color().name() == LIGHT.panel.lower()
    window.set_language("en")
    QApplication.processEvents()
    assert audit.search.placeholderText() == "Search who, table, row or change…"


def test_view_widget_builds_an_unbuilt_page_without_showing_it(make_app):
    from ui.audit.audit_panel import AuditPanel

    window = make_app("en").window
    built = []
    window.page_built.connect(lambda key, page: built.append((key, page)))
    page = window.view_widget("audit")
    assert isinstance(page, AuditPanel)
    assert window.is_page_built("audit")
    assert window.view_widget("audit") is page
    assert built == [("audit", page)]  # once
    assert window.current_view_key() == "overview"
    index = window.view_keys().index("audit")
    assert window.stack.widget(index).widget() is page


def test_a_factory_page_added_to_a_bare_window_is_built_only_when_shown(make_app):
    window = make_app("en").window
    calls = []

    def build() -> QWidget:
        calls.append(1)
        return QLabel("probe")

    window.add_view("probe", build, lambda: "Probe")
    assert calls == [] and not window.is_page_built("probe")
    window.show_view("probe")
    assert calls == [1]
    assert window.stack.currentWidget().widget().text() == "probe"
    window.show_view("overview")
    window.show_view("probe")
    assert calls == [1]


def test_a_timeline_built_after_a_checklist_selection_shows_that_task_selected(make_app):
    window = make_app("en").window
    checklist = window.view_widget("checklist")
    assert not window.is_page_built("timeline")
    task = checklist.model.records()[3]
    checklist.select_task(task.id)
    timeline = window.view_widget("timeline")
    assert timeline.scene.bars[task.id].isSelected()


def test_restoring_the_last_page_builds_it(make_app):
    first = make_app("en")
    first.window.show_view("budget")
    first.window.close()
    second = make_app("en")
    assert second.window.current_view_key() == "budget"
    assert second.window.is_page_built("budget")


def test_wall_rotation_cycles_through_the_wall_pages(make_app):
    parts = make_app("en")
    window = parts.window
    window.show()
    wall = ["overview"]
    wall += [f"dept-{d.code}" for d in parts.campaign.departments() if d.is_core_unit]
    wall += ["board", "metrics"]
    window.wall_action.setChecked(True)
    visited = []
    for _ in range(2 * len(wall)):
        window._on_wall_timer()
        visited.append(window.current_view_key())
        assert window.is_page_built(visited[-1])
        assert window.stack.currentWidget().widget() is window.view_widget(visited[-1])
    assert visited == (wall[1:] + wall + wall[:1])
    window.wall_action.setChecked(False)


def test_the_command_palette_shortcut_builds_every_page_first(make_app, qtbot):
    window = make_app("en").window
    window.show()
    window.palette_action.trigger()
    assert all(window.is_page_built(key) for key in window.view_keys())
    palette = window.findChild(QWidget, "command_palette")
    qtbot.addWidget(palette)
    assert palette.isVisible()
