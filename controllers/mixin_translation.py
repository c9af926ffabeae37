"""``self.tr`` for the controllers' mixins: texts are looked up where they are written."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


class TranslatedMixin:
    """Looks a mixin's texts up under the class that writes them, as lupdate filed them.

    PySide's own ``tr`` tries each class of the object in turn and keeps the first answer that
    differs from the source text. A ``%n`` text always differs once its count is filled in, so
    the concrete controller's class "won" and the Chinese UI showed those messages in English.
    """

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        writer = sys._getframe(1).f_code.co_qualname.split(".", 1)[0]
        return QCoreApplication.translate(writer, source, disambiguation, n)
