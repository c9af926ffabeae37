"""A titled panel with the war-room card look."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    """A framed box with a small title; add content to ``body``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        layout.addLayout(self.body, 1)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
