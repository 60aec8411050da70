"""Dates and numbers the way a language writes them, with Babel's CLDR data:
"29 de noviembre de 2026", "29 novembre 2026", "1.234,5" in Dutch and
Spanish, "1 234,5" in French, "1,234.5" in English. Plain Python, no Qt
(the windows use QLocale: ``ui/dates.py``)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_percent


def locale_for(lang: str) -> Locale:
    try:
        return Locale.parse(lang or "en")
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


CREOLE_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out",
                 "septanm", "oktòb", "novanm", "desanm")
"""CLDR has no month names for Haitian Creole (it writes "2026 M11 29"): ours."""


def format_day(value: date | datetime | None, lang: str, length: str = "long") -> str:
    """A day (``length``: short, medium, long or full); "" for no date."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    if locale_for(lang).language == "ht":
        if length == "short":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{day.day} {CREOLE_MONTHS[day.month - 1]} {day.year}"
    return str(format_date(day, format=length, locale=locale_for(lang)))


def format_number(value: float | Decimal | int, lang: str, decimals: int = 0) -> str:
    """A number with the language's separators and exactly ``decimals`` decimals."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale=locale_for(lang)))


def format_percent(share: float, lang: str, decimals: int = 0) -> str:
    """A share (0.25) as the language writes a percentage ("25 %" in French)."""
    locale = locale_for(lang)
    pattern = locale.percent_formats[None].pattern  # "#,##0 %" in French
    if decimals > 0:
        last_zero = pattern.rindex("0")
        pattern = pattern[:last_zero + 1] + "." + "0" * decimals + pattern[last_zero + 1:]
    return str(babel_percent(share, format=pattern, locale=locale))
