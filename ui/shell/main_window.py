"""The War Room main window: navigation, views, menus, status bar, big-screen (wall) mode.

Pages may be handed over as factories: such a page is built on its first visit, or in idle
time after the window's first paint (one page per event-loop turn), whichever comes first.
Start-up then builds only the page on screen (docs: bench/bench_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from controllers.campaign_controller import CampaignController
from controllers.language_controller import LanguageController
from controllers.notifier import Notifier
from controllers.settings import Settings
from models.records import Actor
from models.tables.labels import localized
from ui.common import dialogs
from ui.common.banner import Banner
from ui.common.formatting import format_datetime
from ui.shell.command_palette import CommandPalette
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.theme import Theme

PageFactory = Callable[[], QWidget]
"""Builds a page when it is first needed; takes no arguments."""


@dataclass
class View:
    """A page of the window: ``title`` is called again after a language switch.

    ``widget`` is None until the page is built from ``factory``; ``scroller`` holds it in the
    stack from the start, so indexes and navigation rows never move.
    """

    key: str
    title: Callable[[], str]
    on_wall: bool
    scroller: QScrollArea
    widget: QWidget | None = None
    factory: PageFactory | None = None


# Without a paint by then (a window mapped on a hidden desktop) start-up work goes ahead.
FIRST_PAINT_FALLBACK_MS = 2000


class MainWindow(QMainWindow):
    """Hosts the views registered with :meth:`add_view` and the global actions.

    Signals:
        settings_changed(): the user saved the settings dialog; timers re-read their values.
        page_built(str key, QWidget page): a page given as a factory was just built.
        first_painted(): the window has painted for the first time, once the event loop is
            free again (or, should no paint come, e.g. on a hidden desktop, a little after it
            was shown); start-up work that nothing on screen needs waits for this.
    """

    settings_changed = Signal()
    page_built = Signal(str, QWidget)
    first_painted = Signal()

    def __init__(
        self,
        campaign: CampaignController,
        language: LanguageController,
        settings: Settings,
        notifier: Notifier,
        actor: Actor,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self._campaign = campaign
        self._language = language
        self._settings = settings
        self._actor = actor
        self._views: list[View] = []
        self._log_path: Path | None = None
        self._view_actions: list[QAction] = []
        self._wall_timer = QTimer(self)
        self._wall_timer.timeout.connect(self._on_wall_timer)
        self._painted = False
        # A zero timer fires once the event loop has nothing else to do, so these run after
        # the paint that started them: first_painted, then one page per turn.
        self._after_first_paint = QTimer(self, singleShot=True, interval=0)
        self._after_first_paint.timeout.connect(self._on_after_first_paint)
        self._first_paint_fallback = QTimer(self, singleShot=True, interval=FIRST_PAINT_FALLBACK_MS)
        self._first_paint_fallback.timeout.connect(self._on_painted)
        self._idle_builder = QTimer(self, singleShot=True, interval=0)
        self._idle_builder.timeout.connect(self._on_idle_build)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(central)
        self.stack = QStackedWidget(central)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        notifier.message_posted.connect(self.banner.show_message)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self.navigation_dock = QDockWidget(self)
        self.navigation_dock.setObjectName("navigation_dock")
        self.navigation_dock.setWidget(self.navigation)
        self.navigation_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigation_dock)

        self.db_label = QLabel(self)
        self.clock_label = QLabel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.clock_label)
        self._clock_timer = QTimer(self, interval=1000)
        self._clock_timer.timeout.connect(self._on_clock_tick)
        self._clock_timer.start()

        self._build_actions()
        self.retranslate()
        self._on_clock_tick()

    # -- views --------------------------------------------------------------------

    def add_view(
        self,
        key: str,
        page: QWidget | PageFactory,
        title: Callable[[], str],
        on_wall: bool = False,
    ) -> None:
        """Register a page, built or as a zero-argument factory; the first nine get Ctrl+1..9.

        A factory runs on the page's first visit (or :meth:`view_widget`), or in idle time
        after the window's first paint, whichever comes first.
        """
        # Pages scroll instead of forcing a minimum window size on small screens.
        scroller = QScrollArea(self.stack)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        view = View(key, title, on_wall, scroller)
        if isinstance(page, QWidget):
            view.widget = page
            scroller.setWidget(page)
        else:
            view.factory = page
        self._views.append(view)
        self.navigation.addItem(QListWidgetItem(title()))
        action = QAction(title(), self)
        index = len(self._views) - 1
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self._view_actions.append(action)
        self.go_menu.addAction(action)
        self.addAction(action)
        # Last: the first page added becomes the current one, which builds it.
        self.stack.addWidget(scroller)
        if self._painted:
            self._idle_builder.start()

    def view_keys(self) -> list[str]:
        """Keys of every page, in navigation order (built or not)."""
        return [view.key for view in self._views]

    def view_widget(self, key: str) -> QWidget:
        """The page registered under ``key``, built now if it was not yet."""
        return self._built(self._views[self.view_keys().index(key)])

    def is_page_built(self, key: str) -> bool:
        """Whether the page under ``key`` exists yet (pages given as widgets always do)."""
        return self._views[self.view_keys().index(key)].widget is not None

    def build_all_pages(self) -> None:
        """Build every page still waiting for its first visit (palette, shortcut list, tests)."""
        self._idle_builder.stop()
        for view in self._views:
            self._built(view)

    def current_view_key(self) -> str:
        """Key of the page on screen ("" before any page is added)."""
        index = self.stack.currentIndex()
        return self._views[index].key if 0 <= index < len(self._views) else ""

    def show_view(self, key: str) -> None:
        """Bring a page to the front, building it first (unknown keys fall back to the first)."""
        keys = self.view_keys()
        index = keys.index(key) if key in keys else 0
        if 0 <= index < len(self._views):
            self._built(self._views[index])
        self.navigation.setCurrentRow(index)
        self.stack.setCurrentIndex(index)

    def _built(self, view: View) -> QWidget:
        if view.widget is not None:
            return view.widget
        factory, view.factory = view.factory, None
        if factory is None:
            raise RuntimeError(f"page {view.key!r} was asked for while it was being built")
        try:
            page = factory()
        except BaseException:
            view.factory = factory  # a later visit tries again
            raise
        view.widget = page
        view.scroller.setWidget(page)
        self.page_built.emit(view.key, page)
        return page

    @Slot(int)
    def _on_navigation_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._views):
            self._built(self._views[row])
            self.stack.setCurrentIndex(row)

    @Slot(int)
    def _on_stack_current_changed(self, index: int) -> None:
        # Whatever makes a page current (the stack picks the first page added by itself),
        # the page on screen is a built one.
        if 0 <= index < len(self._views):
            self._built(self._views[index])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._painted:
            self._first_paint_fallback.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._on_painted()

    @Slot()
    def _on_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self._first_paint_fallback.stop()
            # The pages paint in this same pass; the timer fires after it.
            self._after_first_paint.start()

    @Slot()
    def _on_after_first_paint(self) -> None:
        self.first_painted.emit()
        self._idle_builder.start()

    @Slot()
    def _on_idle_build(self) -> None:
        waiting = next((view for view in self._views if view.widget is None), None)
        if waiting is None:
            return
        self._built(waiting)
        if any(view.widget is None for view in self._views):
            self._idle_builder.start()

    # -- actions --------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self._on_rebuild_demo)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self._on_settings)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu_bar.addMenu("")
        stack = self._campaign.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        # Own actions rather than createUndoAction(): their prefix could not be retranslated.
        stack.indexChanged.connect(self._update_undo_actions)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = menu_bar.addMenu("")
        self.palette_action = QAction(self)
        self.palette_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+P")])
        self.palette_action.triggered.connect(self._on_palette_requested)
        self.view_menu.addAction(self.palette_action)
        self.go_menu = self.view_menu.addMenu("")
        self.wall_action = QAction(self)
        self.wall_action.setShortcut(QKeySequence("F11"))
        self.wall_action.setCheckable(True)
        self.wall_action.toggled.connect(self.set_wall_mode)
        self.navigation_action = self.navigation_dock.toggleViewAction()
        self.navigation_action.setShortcut(QKeySequence("Ctrl+B"))
        self.view_menu.addAction(self.wall_action)
        self.view_menu.addAction(self.navigation_action)
        self.view_menu.addSeparator()

        self.theme_menu = self.view_menu.addMenu("")
        themes = QActionGroup(self)
        self.theme_actions = {}
        for name in ("dark", "light"):
            action = QAction(self, checkable=True)
            action.setChecked(self._settings.value("ui/theme") == name)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            themes.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[name] = action

        self.language_menu = self.view_menu.addMenu("")
        languages = QActionGroup(self)
        self.language_actions = {}
        for code, label in (("zh", "中文"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self._language.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            languages.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.reset_layout_action = QAction(self)
        self.reset_layout_action.triggered.connect(self._on_reset_layout)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)

        self.help_menu = menu_bar.addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self._on_show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about)
        self.log_action = QAction(self)
        self.log_action.setEnabled(False)
        self.log_action.triggered.connect(self._on_open_log_folder)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)

        self.leave_wall_action = QAction(self)
        self.leave_wall_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_wall_action.triggered.connect(lambda: self.wall_action.setChecked(False))
        self.addAction(self.leave_wall_action)

    # -- translation -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("War Room — %1").replace("%1", self._campaign_name()))
        self.file_menu.setTitle(self.tr("&File"))
        self.demo_action.setText(self.tr("Rebuild the &demo campaign…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.palette_action.setText(self.tr("&Command palette…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_undo_actions()
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go to"))
        self.wall_action.setText(self.tr("&Big-screen mode"))
        self.navigation_action.setText(self.tr("&Navigation panel"))
        self.navigation_dock.setWindowTitle(self.tr("Navigation"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["dark"].setText(self.tr("&Dark (war-room wall)"))
        self.theme_actions["light"].setText(self.tr("&Light"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.reset_layout_action.setText(self.tr("&Reset layout"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About War Room"))
        self.log_action.setText(self.tr("Open the &log folder"))
        self.leave_wall_action.setText(self.tr("Leave big-screen mode"))
        for row, view in enumerate(self._views):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(view.title())
            self._view_actions[row].setText(view.title())
        path = self._campaign.database_path
        self.db_label.setText(
            self.tr("Database: %1").replace("%1", str(path) if path else self.tr("in memory"))
        )

    def _campaign_name(self) -> str:
        campaign = self._campaign.campaign
        return localized(campaign.name, campaign.name_en)

    @Slot()
    def _update_undo_actions(self) -> None:
        stack = self._campaign.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )

    # -- status bar --------------------------------------------------------------------

    @Slot()
    def _on_clock_tick(self) -> None:
        clock = self._campaign.clock
        text = format_datetime(clock.now(), self._campaign.timezone)
        if not clock.is_live:
            text = self.tr("%1 (replay ×%2)").replace("%1", text).replace("%2", f"{clock.speed:g}")
        self.clock_label.setText(text)

    # -- settings actions -------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        Theme.apply(QApplication.instance(), name)  # type: ignore[arg-type]
        self._settings.set_value("ui/theme", name)
        self.theme_actions[name].setChecked(True)
        # Custom-painted widgets pick their colours up on the next refresh.
        # Pages not built yet take the new colours when they are built.
        built = [view.widget for view in self._views if view.widget is not None]
        for page in built:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        event = QEvent(QEvent.Type.LanguageChange)
        for page in built:
            QApplication.sendEvent(page, event)

    def set_language(self, code: str) -> None:
        self._language.set_language(code)
        self._settings.set_value("ui/language", code)
        self.language_actions[code].setChecked(True)

    # -- big-screen (wall) mode --------------------------------------------------------

    @Slot(bool)
    def set_wall_mode(self, on: bool) -> None:
        """Full screen without chrome, cycling through the wall views on a timer."""
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.navigation_dock.setVisible(not on)
        if on:
            self.showFullScreen()
            self._wall_timer.start(1000 * self._settings.value("wall/rotate_seconds"))
        else:
            self._wall_timer.stop()
            self.showNormal()
        if self.wall_action.isChecked() != on:
            self.wall_action.setChecked(on)

    @Slot()
    def _on_wall_timer(self) -> None:
        wall = [v.key for v in self._views if v.on_wall]
        if not wall:
            return
        current = self.current_view_key()
        following = wall[(wall.index(current) + 1) % len(wall)] if current in wall else wall[0]
        self.show_view(following)

    # -- menus' slots -----------------------------------------------------------------------

    @Slot()
    def _on_rebuild_demo(self) -> None:
        question = self.tr(
            "Replace everything in this database with the demo campaign? This cannot be undone."
        )
        if dialogs.confirm(self, self.tr("Rebuild demo campaign"), question):
            self._campaign.rebuild_demo(self._actor)

    @Slot()
    def _on_palette_requested(self) -> None:
        # The palette lists the pages' own actions too, so every page must exist.
        self.build_all_pages()
        self.open_command_palette()

    def open_command_palette(self) -> CommandPalette:
        """Show the palette over War Room's own actions: the menus' and the pages' entries."""
        self.build_all_pages()  # every page's own entries, also of pages not visited yet
        pages = [(v.widget, v.title, lambda k=v.key: self.show_view(k)) for v in self._views]
        palette = CommandPalette.over_window(
            self.menuBar(), pages, self, skip=[self.palette_action]
        )
        palette.move(self.geometry().center() - palette.rect().center())
        palette.show()
        palette.search.setFocus()
        return palette

    @Slot()
    def _on_settings(self) -> None:
        dialog = SettingsDialog(self._settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.apply()
            self.set_theme(dialog.theme.currentData())
            self.set_language(dialog.language.currentData())
            self.settings_changed.emit()

    @Slot()
    def _on_show_shortcuts(self) -> None:
        self.build_all_pages()  # the list includes the pages' own shortcuts
        lines = []
        for action in self.findChildren(QAction):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut and action.text():
                lines.append(
                    f"<tr><td><b>{shortcut}</b></td><td>{action.text().replace('&', '')}</td></tr>"
                )
        html = "<table cellspacing=6>" + "".join(sorted(set(lines))) + "</table>"
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)

    def set_log_path(self, path: Path) -> None:
        """Enable Help ▸ Open the log folder for the running app's log file."""
        self._log_path = path
        self.log_action.setEnabled(True)
        self.log_action.setToolTip(str(path))

    @Slot()
    def _on_open_log_folder(self) -> None:
        if self._log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About War Room"),
            self.tr("War Room — a command centre for e-commerce campaign war rooms."),
        )

    @Slot()
    def _on_reset_layout(self) -> None:
        self._settings.reset("window/state")
        self._settings.reset("window/geometry")
        self.navigation_dock.setVisible(True)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigation_dock)
        self.resize(1600, 960)

    # -- layout memory -----------------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 960)
        state = self._settings.value("window/state")
        if state and not state.isEmpty():
            self.restoreState(state)
        self.show_view(self._settings.value("ui/last_view"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wall_action.isChecked():
            self.set_wall_mode(False)
        self._settings.set_value("window/geometry", self.saveGeometry())
        self._settings.set_value("window/state", self.saveState())
        self._settings.set_value("ui/last_view", self.current_view_key())
        super().closeEvent(event)
