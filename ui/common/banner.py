"""Non-modal message banner at the top of the window (controllers' notifier messages)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ui.shell.theme import Theme

HIDE_AFTER_MS = {"info": 6000, "warning": 12000, "error": 0}


class Banner(QWidget):
    """Shows the latest message; errors stay until closed, others fade after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @Slot(str, str)
    def show_message(self, level: str, text: str) -> None:
        color = {"info": Theme.colors.accent, "warning": Theme.colors.warning}.get(
            level, Theme.colors.critical
        )
        self.setStyleSheet(
            f"#banner {{ background: {Theme.colors.panel}; border-left: 6px solid {color}; }}"
        )
        self.text_label.setText(text)
        self.show()
        delay = HIDE_AFTER_MS.get(level, 0)
        if delay:
            self._timer.start(delay)
        else:
            self._timer.stop()
