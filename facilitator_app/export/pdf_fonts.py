"""The fonts bundled for PDFs, registered with reportlab once per process.

Two families, both embedded as subsets so a PDF prints the same anywhere:

- DejaVu Sans (``FONT_*``): wide Unicode coverage (Latin, Greek, Cyrillic,
  Arabic with its joined forms, many symbols). The paper ballots, code
  slips and FAQ handout are set in it, and the report's charts and
  figures; it is also the fallback for any character the text face lacks.
- Open Sans (``TEXT_*``): a humanist sans that reads better in long text;
  the workshop report's paragraphs, headings and tables. It covers Latin
  (every accent of Spanish, French and the Creoles) but not Arabic.

:func:`has_glyph` says whether a registered font can draw a character, so
the text helpers (:mod:`facilitator_app.export.pdf_text`) never let
reportlab print the empty box it draws for a missing glyph.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _
from facilitator_app.paths import get_asset

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_FAMILY = FONT_REGULAR
"""Use as ``fontName``; ``<b>`` and ``<i>`` in paragraphs pick the right face."""

TEXT_REGULAR = "OpenSans"
TEXT_BOLD = "OpenSans-Bold"
TEXT_ITALIC = "OpenSans-Italic"
TEXT_BOLD_ITALIC = "OpenSans-BoldItalic"
TEXT_FAMILY = TEXT_REGULAR

_FONT_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    TEXT_REGULAR: "OpenSans-Regular.ttf",
    TEXT_BOLD: "OpenSans-Bold.ttf",
    TEXT_ITALIC: "OpenSans-Italic.ttf",
    TEXT_BOLD_ITALIC: "OpenSans-BoldItalic.ttf",
}
_REQUIRED_FONTS = (FONT_REGULAR, FONT_BOLD)
_FAMILIES = {
    FONT_FAMILY: (FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC),
    TEXT_FAMILY: (TEXT_REGULAR, TEXT_BOLD, TEXT_ITALIC, TEXT_BOLD_ITALIC),
}
_font_lock = threading.Lock()
_fonts_registered = False
_found: dict[str, str] = {}


def register_fonts() -> None:
    """Register the bundled fonts with reportlab, once per process.

    DejaVu regular and bold are required. Every other face is used when it
    is bundled: without the obliques ``<i>`` prints upright, and without
    Open Sans the report is set in DejaVu (:func:`face` says which).
    Safe to call from any thread, any number of times.
    """
    global _fonts_registered
    with _font_lock:
        if _fonts_registered:
            return
        for name, filename in _FONT_FILES.items():
            path = get_asset("fonts", filename)
            if not path.is_file():
                if name in _REQUIRED_FONTS:
                    raise UserError(
                        _("The font {filename} is missing from this installation (looked in "
                          "{parent}); PDFs cannot be written. Reinstall the app.",
                          filename=filename, parent=path.parent)
                    )
                continue
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as exc:
                raise UserError(_("The font file {path} cannot be read: {error}.",
                                  path=path, error=exc)) from exc
            _found[name] = name
        for family, (regular, bold, italic, bold_italic) in _FAMILIES.items():
            if regular not in _found:
                continue
            bold = _found.get(bold, regular)
            pdfmetrics.registerFontFamily(
                family,
                normal=regular,
                bold=bold,
                italic=_found.get(italic, regular),
                boldItalic=_found.get(bold_italic, bold),
            )
        _fonts_registered = True


def face(name: str, *, bold: bool = False, italic: bool = False) -> str:
    """The registered font of family ``name`` in that weight and slant.

    Falls back to the upright or regular face that is bundled, and from
    the text face to DejaVu when Open Sans is not there.
    """
    register_fonts()
    regular, b, i, bi = _FAMILIES.get(name, _FAMILIES[FONT_FAMILY])
    if regular not in _found:
        regular, b, i, bi = _FAMILIES[FONT_FAMILY]
    wanted = bi if bold and italic else b if bold else i if italic else regular
    for candidate in (wanted, b if bold else regular, regular):
        if candidate in _found:
            return candidate
    return FONT_REGULAR


@cache
def _characters(font: str) -> frozenset[int]:
    found = pdfmetrics.getFont(font)
    return frozenset(getattr(getattr(found, "face", None), "charToGlyph", {}) or ())


def has_glyph(font: str, char: str) -> bool:
    """Whether the registered TrueType ``font`` draws ``char`` (one character)."""
    register_fonts()
    return ord(char) in _characters(font)
