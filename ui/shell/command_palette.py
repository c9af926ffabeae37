"""Command palette (Ctrl+K): type to find one of War Room's actions and run it.

It lists the actions of the window's menus (placed by their menu path, "File ▸ Export
workbook…") and those the pages offer (placed by the page, "Checklist ▸ Status: Done"),
nothing else: a chart library's context-menu actions are not ours. Each entry is found by
its Chinese or its English name, whichever language the UI speaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QMenu, QVBoxLayout, QWidget

from models.tables.labels import is_chinese
from ui.common.palette_entry import PaletteEntry, PaletteSource, Phrase, Wording, restated
from ui.shell.translation_catalog import TranslationCatalog

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
HAYSTACK_ROLE = Qt.ItemDataRole.UserRole + 2
SEPARATOR = " ▸ "

# A page: its widget, its title in the UI language, and how to bring it to the front.
Page = tuple[QWidget, Callable[[], str], Callable[[], None]]


def plain(text: str) -> str:
    """Menu text without its mnemonic: "&File" and "文件(&F)" read "File" and "文件"."""
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_entries(menus: QWidget, *, skip: Collection[QAction] = ()) -> list[PaletteEntry]:
    """An entry for every action in a menu bar or menu, its submenus included."""
    entries: list[PaletteEntry] = []

    def walk(menu: QWidget, where: tuple[Phrase, ...]) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, (*where, restated(submenu.title())))
            elif not action.isSeparator() and action not in skip:
                entries.append(PaletteEntry(action, where=where))

    walk(menus, ())
    return entries


def page_entries(pages: Iterable[Page]) -> list[PaletteEntry]:
    """The entries the pages offer, placed in the page, each showing its page first."""
    entries: list[PaletteEntry] = []
    for widget, title, show in pages:
        if isinstance(widget, PaletteSource):
            place = restated(title())
            entries += [e.placed_in(place, before=show) for e in widget.palette_entries()]
    return entries


def wordings(catalog: TranslationCatalog) -> tuple[Wording, Wording, Wording]:
    """How the UI language, English and Chinese say the entries."""
    ui = Wording(QCoreApplication.translate, lambda text, _context: text, chinese=is_chinese())
    english = Wording(lambda _context, source: source, catalog.to_english, chinese=False)
    chinese = Wording(catalog.translate, catalog.to_chinese, chinese=True)
    return ui, english, chinese


def entry_label(entry: PaletteEntry, wording: Wording) -> str:
    """ "Place ▸ Name" in one language ("" when the action has no name)."""
    name = entry.name(wording) if entry.name else wording.restate(entry.action.text())
    if not plain(name).strip():
        return ""
    return SEPARATOR.join([*(plain(place(wording)) for place in entry.where), plain(name)])


class PaletteFilterModel(QSortFilterProxyModel):
    """Keeps the entries whose names, in any language, contain every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        haystack = self.sourceModel().index(row, 0, parent).data(HAYSTACK_ROLE) or ""
        return all(word in haystack for word in self._words)


class CommandPalette(QDialog):
    """Lists enabled entries with their shortcuts; Enter runs the highlighted one."""

    def __init__(
        self,
        entries: list[PaletteEntry],
        parent: QWidget | None = None,
        *,
        catalog: TranslationCatalog | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("command_palette")
        self.resize(560, 420)
        self._entries: list[PaletteEntry] = []
        self._model = QStandardItemModel(self)
        self._fill(entries, catalog or TranslationCatalog.shipped())
        self._proxy = PaletteFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.installEventFilter(self)
        self.list = QListView(self)
        self.list.setModel(self._proxy)
        self.list.activated.connect(self._on_list_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.setPlaceholderText(self.tr("Type a page or an action…"))
        self.list.setCurrentIndex(self._proxy.index(0, 0))

    @classmethod
    def over_window(
        cls, menus: QWidget, pages: Iterable[Page], parent: QWidget, *, skip: Collection[QAction]
    ) -> CommandPalette:
        """The palette over a window's menus (``skip`` aside) and its pages' entries."""
        return cls(menu_entries(menus, skip=skip) + page_entries(pages), parent)

    def _fill(self, entries: list[PaletteEntry], catalog: TranslationCatalog) -> None:
        ui, english, chinese = wordings(catalog)
        for entry in entries:
            label = entry_label(entry, ui)
            if not entry.action.isEnabled() or not label:
                continue
            others = {entry_label(entry, english), entry_label(entry, chinese)} - {label}
            shortcut = entry.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QStandardItem(f"{label}    {shortcut}" if shortcut else label)
            item.setData(len(self._entries), ENTRY_ROLE)
            item.setData("\n".join([label, *sorted(others)]).casefold(), HAYSTACK_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
            self._entries.append(entry)

    def visible_labels(self) -> list[str]:
        """The lines the list shows now, top to bottom."""
        return [self._proxy.index(row, 0).data() for row in range(self._proxy.rowCount())]

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._proxy.set_query(text)
        self.list.setCurrentIndex(self._proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys move the list while the focus stays in the search box.
        if watched is self.search and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(row, self._proxy.rowCount() - 1))
                self.list.setCurrentIndex(self._proxy.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_list_activated(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = self._entries[index.data(ENTRY_ROLE)]
        self.accept()
        if entry.before is not None:
            entry.before()
        entry.action.trigger()
