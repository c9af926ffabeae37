"""Number, money, date and duration formatting in the UI language (QLocale)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def format_compact(value: float) -> str:
    """Large figures the way the room reads them: 1.86亿 / 186.0M, 3.2万 / 32.0k."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        if abs(value) >= 1e8:
            return QCoreApplication.translate("Formatting", "%1 hundred-million").replace(
                "%1", locale.toString(value / 1e8, "f", 2)
            )
        if abs(value) >= 1e4:
            return QCoreApplication.translate("Formatting", "%1 ten-thousand").replace(
                "%1", locale.toString(value / 1e4, "f", 1)
            )
        return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return locale.toString(value / limit, "f", 1) + suffix
    return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)


def format_money_cents(cents: int) -> str:
    """Integer fen as ¥ with thousands separators; fen shown only when there are any.

    Rounding them away would show a ¥0.40 overspend as "¥0 above plan", and a copied amount
    would paste back changed.
    """
    return "¥" + QLocale().toString(cents / 100, "f", 0 if cents % 100 == 0 else 2)


def format_unit_value(value: float, unit: str) -> str:
    if unit == "%":
        return QLocale().toString(float(value), "f", 2 if abs(value) < 10 else 1) + "%"
    if unit == "CNY":
        return "¥" + format_compact(value)
    return f"{format_compact(value)} {unit}".strip()


def format_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{format_date(local.date())} {local:%H:%M}"


def format_countdown(seconds: float) -> str:
    """``D-3 04:05:06`` before D-day, ``D+1 02:00:00`` after (days, then h:m:s)."""
    sign = "-" if seconds >= 0 else "+"
    remaining = int(abs(seconds))
    days, rest = divmod(remaining, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"D{sign}{days} {hours:02d}:{minutes:02d}:{secs:02d}"
