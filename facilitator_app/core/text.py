"""Text helpers shared by search, duplicate detection and exports."""

from __future__ import annotations

import re
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


# fold() above filters the combining marks out character by character in
# Python: clear, and the reference. For 10,000 rows (the roster filter),
# fast_fold() does the same with one regular expression (a class of every
# combining mark of the Basic Multilingual Plane, built once) and falls back
# to fold() for the rare text beyond it; fold_many() folds a whole column in a
# few C calls. Both give exactly fold()'s result (tests/core/test_text.py).
_COMBINING: re.Pattern[str] | None = None
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def _combining_marks() -> re.Pattern[str]:
    global _COMBINING
    if _COMBINING is None:
        ranges: list[tuple[int, int]] = []
        for code in range(0x80, 0x10000):
            if unicodedata.combining(chr(code)):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
        body = "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)
        _COMBINING = re.compile(f"[{body}]")
    return _COMBINING


_SEP = "\x01"  # never in stored text (clean_text drops control characters)


def fold_many(texts: list[str | None]) -> list[str]:
    """fast_fold of each text, done on all of them joined (a few C calls for
    10,000 names instead of 10,000 Python calls)."""
    joined = _SEP.join(t or "" for t in texts)
    if _SEP in "".join(t or "" for t in texts):
        return [fast_fold(t) for t in texts]
    parts = fast_fold(joined).split(_SEP)
    if len(parts) != len(texts):  # pragma: no cover - a fold that merged a separator
        return [fast_fold(t) for t in texts]
    return [p.strip(" ") for p in parts]


def fast_fold(text: str | None) -> str:
    if not text:
        return ""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        if _BEYOND_BMP.search(decomposed):
            return fold(text)
        text = _combining_marks().sub("", decomposed)
    return " ".join(text.casefold().split())


FORMULA_PREFIXES = ("=", "+", "-", "@")


def looks_like_formula(text: str | None) -> bool:
    """True when a spreadsheet would read this text as a formula."""
    if not text:
        return False
    return text.lstrip()[:1] in FORMULA_PREFIXES


def quoted(text: object) -> str:
    """A name or a typed text inside a message, in typographic quotes (“Joint
    export brand”), never the program's own quoting ('Joint export brand')."""
    return f"\u201c{text}\u201d"
