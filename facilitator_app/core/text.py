"""Text helpers shared by search, duplicate detection and exports."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Case- and accent-insensitive key: 'Coopérative  ' -> 'cooperative'.

    Whitespace runs collapse to one space and the ends are trimmed, so two
    spellings a person would call the same name give the same key.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


FORMULA_PREFIXES = ("=", "+", "-", "@")


def looks_like_formula(text: str | None) -> bool:
    """True when a spreadsheet would read this text as a formula."""
    if not text:
        return False
    return text.lstrip()[:1] in FORMULA_PREFIXES
