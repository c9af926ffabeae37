"""The UI language: loads the compiled translations and switches them at run time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

LANGUAGES = {"zh": "zh_CN", "en": "en_US"}


def system_language() -> str:
    """``zh`` when the system locale is Chinese, otherwise ``en``."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class LanguageController(QObject):
    """Installs our and Qt's own translators; widgets retranslate on ``LanguageChange``.

    Signals:
        language_changed(str code): ``zh`` or ``en`` after a switch.
    """

    language_changed = Signal(str)

    def __init__(self, translations_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir = translations_dir
        self._translators: list[QTranslator] = []
        self._language = ""

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, code: str) -> None:
        """Switch to ``zh`` or ``en``; Qt then sends ``LanguageChange`` to every widget."""
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}; use zh or en")
        if code == self._language:
            return
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        locale = QLocale(LANGUAGES[code])
        QLocale.setDefault(locale)
        if code == "en":
            # English needs only its plural forms ("1 active alert", "2 active alerts").
            self._load(lambda t: t.load(str(self._dir / "warroom_en.qm")))
        if code == "zh":
            if not self._load(lambda t: t.load(str(self._dir / "warroom_zh_CN.qm"))):
                log.warning("Chinese translations missing in %s (run make)", self._dir)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(lambda t: t.load(locale, "qtbase", "_", qt_dir))
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        self._language = code
        self.language_changed.emit(code)

    def _load(self, load: Callable[[QTranslator], bool]) -> bool:
        """Keep a translator only when its file loads.

        Translators are this controller's children: when it goes, Qt uninstalls them.
        """
        translator = QTranslator(self)
        if not load(translator):
            translator.deleteLater()
            return False
        self._translators.append(translator)
        return True
