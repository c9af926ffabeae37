"""Translated display labels for stored codes, and the current UI language.

The database stores stable English codes; these functions turn them into text in the UI
language at display time. ``QT_TRANSLATE_NOOP`` marks the strings for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from models.records import IncidentStatus, TaskStatus

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate's name
    """Mark ``source_text`` for lupdate under ``context`` and return it unchanged.

    PySide6's own function does the same but its stub returns ``object``, which loses the
    ``str`` for mypy; lupdate finds marks by the call's name, so this typed twin is seen too.
    """
    return source_text


_TASK_STATUS = {
    TaskStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    TaskStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    TaskStatus.DELAYED: QT_TRANSLATE_NOOP("Labels", "Delayed"),
}
_INCIDENT_STATUS = {
    IncidentStatus.TRIGGERED: QT_TRANSLATE_NOOP("Labels", "Triggered"),
    IncidentStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    IncidentStatus.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def is_chinese() -> bool:
    """True when the UI runs in Chinese (the default QLocale is set on language switch)."""
    return QLocale().language() == QLocale.Language.Chinese


def localized(zh: str, en: str) -> str:
    """Pick the name in the UI language, falling back to the other one when empty."""
    return (zh or en) if is_chinese() else (en or zh)


def task_status_label(status: TaskStatus) -> str:
    return _tr(_TASK_STATUS[status])


def incident_status_label(status: IncidentStatus) -> str:
    return _tr(_INCIDENT_STATUS[status])
