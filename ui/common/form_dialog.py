"""The base of the small forms (new task, task rename/move, new milestone)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from models.errors import ValidationError
from ui.shell.theme import Theme


class FormDialog(QDialog):
    """Fields, a line for the refusal under them, then OK / Cancel.

    Subclasses map each field key the controller uses in a ``ValidationError`` to its widget
    in ``self._fields`` and implement ``apply()``; a refusal keeps the form open, shows the
    message and puts the cursor in the field it names.
    """

    _fields: dict[str, QWidget]

    def add_footer(self, root: QVBoxLayout, ok_text: str) -> None:
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {Theme.colors.critical};")
        root.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)

    def apply(self) -> None:
        """Make the change through the controller; raise ``ValidationError`` to refuse."""
        raise NotImplementedError

    @Slot()
    def submit(self) -> None:
        try:
            self.apply()
        except ValidationError as error:
            self.error_label.setText(str(error))
            widget = self._fields.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.accept()
