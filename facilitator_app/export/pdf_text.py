"""Text that prints right in every PDF: right-to-left names, and characters
no bundled font has.

A PDF has no text layout of its own: reportlab draws the characters of a
string left to right, each in its own shape. Arabic needs two things done
first, which is what :func:`shape` does for every run of right-to-left
text: its letters are given their joined forms (``arabic_reshaper``) and
the run is put in visual order (``python-bidi``, the Unicode bidirectional
algorithm). A PDF reader that extracts text (pdftotext, a screen reader)
turns the run back into logical order. reportlab's own right-to-left
support needs ``rlbidi``, which is not published where we install from; the
two small packages above are the maintained way (the Rust crate behind
python-bidi; about 0.9 MB installed together).

A short right-to-left run (a name) is kept on one line: its spaces become
no-break spaces, so a wrapped line never splits it into two halves in the
wrong order.

:func:`esc` is the one way user text enters a ``Paragraph``: escaped, shaped,
and each character set in a font that has it. Characters the paragraph's
face lacks are set in DejaVu Sans (which has Arabic, arrows, many symbols
and emoticons); characters no bundled font has (Chinese, Japanese and
Korean, most emoji) are replaced by :data:`MARKER` (a visible "�") and
recorded, so the report can say so (:func:`collect_missing`): never an
empty box without a word.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.pdfbase import pdfmetrics

from facilitator_app.export.pdf_fonts import (
    FONT_FAMILY,
    FONT_REGULAR,
    face,
    has_glyph,
)

MARKER = "\ufffd"
"""What a character no bundled font can draw prints as."""

NBSP = "\u00a0"
KEEP_WHOLE = 60  # a right-to-left run up to this many characters never wraps inside

_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Hebrew, Arabic, Syriac, Thaana, NKo ... and the Arabic presentation forms.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_HAS_RTL = re.compile(f"[{_RTL}]")
# A run: right-to-left letters with the spaces, digits and light punctuation
# between them (not at its ends: those belong to the sentence around it).
_RTL_RUN = re.compile(f"[{_RTL}](?:[{_RTL} \u00a0\u200c\u200d0-9.,'\\-]*[{_RTL}])?")
# Invisible joiners and selectors: dropped when the font lacks them (an emoji
# sequence "👩‍🌾" must not print as three markers).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufe0e\ufe0f")

_local = threading.local()


# --------------------------------------------------------------------------- #
# Missing characters
# --------------------------------------------------------------------------- #
@contextmanager
def collect_missing() -> Iterator[list[str]]:
    """Within the block, texts in which a character was replaced by :data:`MARKER`.

    The list fills as :func:`esc` and :func:`plain` meet such texts (each
    text once, as typed); per thread, so two exports never mix their notes.
    """
    previous = getattr(_local, "found", None)
    found: list[str] = []
    _local.found = found
    try:
        yield found
    finally:
        _local.found = previous


def _note_missing(text: str) -> None:
    found: list[str] | None = getattr(_local, "found", None)
    if found is not None and text not in found:
        found.append(text)


# --------------------------------------------------------------------------- #
# Right-to-left text
# --------------------------------------------------------------------------- #
@cache
def _reshaper() -> Any:
    """An Arabic reshaper using only the ligatures DejaVu Sans can draw."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    config: dict[str, Any] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(has_glyph(FONT_REGULAR, f) for f in forms if f)
    return ArabicReshaper(configuration=config)


def _visual(match: re.Match[str]) -> str:
    from bidi import get_display

    run = match.group(0)
    shown = str(get_display(_reshaper().reshape(run), base_dir="R"))
    return shown.replace(" ", NBSP) if len(run) <= KEEP_WHOLE else shown


def shape(text: str) -> str:
    """``text`` with every right-to-left run joined and in visual order.

    Left-to-right text comes back unchanged (and fast).
    """
    if text.isascii() or not _HAS_RTL.search(text):
        return text
    return "\n".join(_RTL_RUN.sub(_visual, line) for line in text.split("\n"))


# --------------------------------------------------------------------------- #
# Runs of one font
# --------------------------------------------------------------------------- #
def text_runs(text: str, family: str = FONT_FAMILY, *, bold: bool = False,
              italic: bool = False, source: str | None = None) -> list[tuple[str, str]]:
    """``text`` (already shaped) as (font name, characters) runs.

    Each character goes to the family's face if it has it, else to the
    DejaVu face of the same weight, else becomes :data:`MARKER` (one for a
    row of such characters; ``source``, or ``text``, is recorded with
    :func:`collect_missing`). Line breaks stay in the run they are in.
    """
    main = face(family, bold=bold, italic=italic)
    spare = face(FONT_FAMILY, bold=bold, italic=italic)
    marker_font = main if has_glyph(main, MARKER) else spare
    runs: list[tuple[str, str]] = []
    font, chars = main, list[str]()
    missing = after_marker = False
    for ch in text:
        if ch == "\n" or has_glyph(main, ch):
            want = main
        elif has_glyph(spare, ch):
            want = spare
        elif ch in _INVISIBLE:
            continue
        else:
            missing = True
            if after_marker:
                continue  # "東京" or "🇯🇵": one marker
            want, ch = marker_font, MARKER
        after_marker = ch == MARKER
        if want != font and chars:
            runs.append((font, "".join(chars)))
            chars = []
        font = want
        chars.append(ch)
    if chars:
        runs.append((font, "".join(chars)))
    if missing:
        _note_missing(source if source is not None else text)
    return runs


def _clean(text: object) -> str:
    return _CONTROL_CHARS.sub("", str(text))


def esc(text: object, *, multiline: bool = False, face_name: str = FONT_FAMILY,
        bold: bool = False, italic: bool = False) -> str:
    """Make any text safe inside a reportlab ``Paragraph``.

    Escapes ``& < >`` (so ``Smith & Sons <Ltd>`` prints as typed), drops
    control characters reportlab cannot handle, shapes right-to-left runs
    (:func:`shape`) and sets characters ``face_name`` lacks in DejaVu Sans
    (of the weight given by ``bold`` / ``italic``: a ``<font>`` tag resets
    the weight), or as :data:`MARKER`. With ``multiline=True`` line breaks
    become ``<br/>``. ``None`` becomes an empty string.
    """
    if text is None:
        return ""
    value = _clean(text)
    if value.isascii():
        out = _xml_escape(value)
    else:
        source, value = value, shape(value)
        main = face(face_name, bold=bold, italic=italic)
        parts = []
        for font, chars in text_runs(value, face_name, bold=bold, italic=italic,
                                     source=source):
            escaped = _xml_escape(chars)
            parts.append(escaped if font == main else f'<font face="{font}">{escaped}</font>')
        out = "".join(parts)
    if multiline:
        out = out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")
    return out


def plain(text: object, font: str = FONT_REGULAR) -> str:
    """Text for one font with no markup (canvas strings, chart labels).

    Shaped, control characters dropped, and every character ``font`` lacks
    replaced by :data:`MARKER` (recorded).
    """
    value = _clean("" if text is None else text)
    if value.isascii():
        return value
    source, value = value, shape(value)
    out: list[str] = []
    missing = False
    for ch in value:
        if has_glyph(font, ch) or ch == "\n":
            out.append(ch)
        elif ch in _INVISIBLE:
            continue
        elif not out or out[-1] != MARKER:
            out.append(MARKER)
            missing = True
    if missing:
        _note_missing(source)
    return "".join(out)


def is_plain(text: str, font: str) -> bool:
    """Whether ``text`` can be drawn as it is in ``font`` (no shaping, no fallback)."""
    return text.isascii() or (not _HAS_RTL.search(text)
                              and all(has_glyph(font, ch) for ch in text))


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    return sum(pdfmetrics.stringWidth(chars, font, size) for font, chars in runs)


__all__ = [
    "MARKER",
    "collect_missing",
    "esc",
    "is_plain",
    "plain",
    "runs_width",
    "shape",
    "text_runs",
]
