"""Every QSettings key the app uses, declared once with its type and default.

Read and write through ``Settings``; an undeclared key is a bug and raises ``KeyError``
(the test suite also scans the code for stray keys).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "WarRoom"
APPLICATION = "War Room"


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    kind: type
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    option.key: option
    for option in [
        Option("ui/language", str, "", "zh or en; empty follows the system locale"),
        Option("ui/theme", str, "dark", "dark or light"),
        Option("ui/last_view", str, "overview", "view shown at start"),
        Option("window/geometry", QByteArray, QByteArray(), "main window geometry"),
        Option("window/state", QByteArray, QByteArray(), "dock and toolbar layout"),
        Option("wall/rotate_seconds", int, 20, "big-screen mode: seconds per panel"),
        Option(
            "refresh/interval_ms",
            int,
            5000,
            "overview refresh interval (live data also refreshes on arrival)",
        ),
        Option("alerts/sound", bool, True, "play a sound for urgent alerts"),
        Option("metrics/simulator", bool, True, "feed live charts from the built-in simulator"),
        Option("metrics/simulator_seed", int, 1111, "seed of the simulated Double-11 day"),
        Option("plan/lag_margin", int, 20, "progress points behind schedule that make a task lag"),
        Option(
            "plan/snapshot_time", str, "23:50", "daily board snapshot time, HH:MM campaign time"
        ),
        Option("backup/interval_minutes", int, 30, "minutes between automatic database backups"),
        Option("checklist/columns", str, "", "checklist column order and widths, key:px,..."),
        Option("checklist/splitter", QByteArray, QByteArray(), "checklist table/detail split"),
    ]
}


class Settings:
    """Typed access to QSettings restricted to the declared ``OPTIONS``."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qsettings = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def value(self, key: str) -> Any:
        option = OPTIONS[key]
        # Whatever was stored (a str from an INI file, an int from the registry...): the
        # conversion below is guarded, so it is typed as Any rather than object.
        raw: Any = self._qsettings.value(key, option.default)
        if option.kind is bool and isinstance(raw, str):
            return raw.lower() in ("1", "true", "yes")
        if option.kind in (int, str, bool):
            try:
                return option.kind(raw)
            except (TypeError, ValueError):
                return option.default
        return raw if raw is not None else option.default

    def set_value(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if not isinstance(value, option.kind):
            raise TypeError(
                f"setting {key} takes {option.kind.__name__}, not {type(value).__name__}"
            )
        self._qsettings.setValue(key, value)

    def reset(self, key: str) -> None:
        OPTIONS[key]
        self._qsettings.remove(key)
