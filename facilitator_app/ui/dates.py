"""Dates and times as the person at the laptop writes them (QLocale), on screen.

Files keep ISO dates (2026-03-14); tables, labels and date boxes show the
system locale's own order and separators: 14/03/2026, 3/14/2026,
14.03.2026. The short form always has a four-digit year (a locale's short
format may have two, which reads ambiguously in a table of member since
dates); labels may use the long form ("Saturday 14 March 2026").
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale, QTime


@lru_cache(maxsize=8)
def _short_format(name: str) -> str:
    """The locale's short date format with a four-digit year (the C locale,
    which has no habits of its own, writes "4 Mar 2026")."""
    locale = QLocale(name)
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else re.sub(r"y+", "yyyy", fmt)


def short_date_format() -> str:
    """For a QDateEdit's ``setDisplayFormat``: the locale's order, four-digit year."""
    return _short_format(QLocale().name())


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


@lru_cache(maxsize=4096)
def _date_text(value: date, long: bool, locale_name: str) -> str:
    locale = QLocale(locale_name)
    if long:
        return locale.toString(qdate(value), QLocale.FormatType.LongFormat)
    return locale.toString(qdate(value), _short_format(locale_name))


def date_text(value: date | None, long: bool = False) -> str:
    """``value`` for the screen ("" for none); ``long`` spells the month (and day)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return _date_text(value, long, QLocale().name())


def datetime_text(value: datetime | None, seconds: bool = False) -> str:
    """A moment in local time: the short date, then the locale's time of day."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.LongFormat if seconds
                                    else QLocale.FormatType.ShortFormat)
    time_format = re.sub(r"\s*\(?t+\)?\s*", " ", time_format).strip()  # no time zone
    time = QTime(local.hour, local.minute, local.second)
    return f"{date_text(local.date())} {locale.toString(time, time_format)}"


def moment_text(value: datetime) -> str:
    """When something happened, in local time: the time of day alone when it
    was today ("10:42"), else the date too. A time without a zone is UTC
    (how the workspace stores times)."""
    local = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone()
    if local.date() != datetime.now().astimezone().date():
        return datetime_text(local)
    locale = QLocale()
    time_format = re.sub(r"\s*\(?t+\)?\s*", " ",
                         locale.timeFormat(QLocale.FormatType.ShortFormat)).strip()
    return locale.toString(QTime(local.hour, local.minute), time_format)
