"""The UI language: loads the compiled translations and switches them at run time."""

from __future__ import annotations

import logging
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
        app = QCoreApplication.instance()
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        locale = QLocale(LANGUAGES[code])
        QLocale.setDefault(locale)
        if code == "en":
            # English needs only its plural forms ("1 active alert", "2 active alerts").
            plurals = QTranslator(app)
            if plurals.load(str(self._dir / "warroom_en.qm")):
                self._translators.append(plurals)
        if code == "zh":
            ours = QTranslator(app)
            if ours.load(str(self._dir / "warroom_zh_CN.qm")):
                self._translators.append(ours)
            else:
                log.warning("Chinese translations missing in %s (run make)", self._dir)
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(locale, "qtbase", "_", qt_dir):
                self._translators.append(qt_own)
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        self._language = code
        self.language_changed.emit(code)
