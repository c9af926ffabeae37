"""Command palette (Ctrl+K): type to find any page or menu action and run it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


def _plain(text: str) -> str:
    """Menu text without the mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class CommandPalette(QDialog):
    """Lists enabled actions with their shortcuts; Enter runs the highlighted one."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("command_palette")
        self.resize(560, 420)
        self._model = QStandardItemModel(self)
        for action in actions:
            if not action.isEnabled() or not action.text() or action.isSeparator():
                continue
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            label = _plain(action.text())
            item = QStandardItem(f"{label}    {shortcut}" if shortcut else label)
            item.setData(action, ACTION_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
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

    def visible_labels(self) -> list[str]:
        return [self._proxy.index(row, 0).data() for row in range(self._proxy.rowCount())]

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
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
        action = index.data(ACTION_ROLE)
        self.accept()
        action.trigger()
