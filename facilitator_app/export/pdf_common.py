"""Shared reportlab pieces for every PDF the app writes.

The FAQ handout, the workshop report and the paper ballots all need the same
things, so they live here once:

- :func:`register_fonts`: the bundled DejaVu fonts (Unicode, embedded in the
  PDF as subsets), so accented names print right on any machine;
- :func:`get_stylesheet`: paragraph styles in those fonts;
- :func:`esc`: escaping for any text that is not our own markup (a member
  called ``Smith & Sons <Ltd>`` must print as typed);
- :func:`table_style`: a ``TableStyle`` whose cells start in the bundled
  font (reportlab's default is Helvetica, which is not embedded);
- :class:`DocumentTemplate`: A4 pages with a header line and a
  "Page X of Y" footer, an optional cover page without them, PDF outline
  entries and a table-of-contents feed for headings;
- :func:`write_pdf`: fonts + template + atomic write in one call.

Typical use::

    styles = get_stylesheet()
    story = [Paragraph(esc(cluster_name), styles["Title"]), ...]
    write_pdf(path, story, title="Workshop report", header_text=cluster_name)

No Qt here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, IndexingFlowable

from facilitator_app import APP_NAME, __version__
from facilitator_app.core.errors import UserError
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.paths import get_asset

# --------------------------------------------------------------------------- #
# Fonts
# --------------------------------------------------------------------------- #
FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_FAMILY = FONT_REGULAR
"""Use as ``fontName``; ``<b>`` and ``<i>`` in paragraphs pick the right face."""

_FONT_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_REQUIRED_FONTS = (FONT_REGULAR, FONT_BOLD)
_font_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab, once per process.

    Regular and bold are required. The oblique faces are used when they are
    bundled; without them ``<i>`` prints upright rather than failing.
    Safe to call from any thread, any number of times.
    """
    global _fonts_registered
    with _font_lock:
        if _fonts_registered:
            return
        found: dict[str, str] = {}
        for name, filename in _FONT_FILES.items():
            path = get_asset("fonts", filename)
            if not path.is_file():
                if name in _REQUIRED_FONTS:
                    raise UserError(
                        f"The font {filename} is missing from this installation "
                        f"(looked in {path.parent}); PDFs cannot be written. Reinstall the app."
                    )
                continue
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as exc:
                raise UserError(f"The font file {path} cannot be read: {exc}.") from exc
            found[name] = name
        pdfmetrics.registerFontFamily(
            FONT_FAMILY,
            normal=FONT_REGULAR,
            bold=FONT_BOLD,
            italic=found.get(FONT_ITALIC, FONT_REGULAR),
            boldItalic=found.get(FONT_BOLD_ITALIC, FONT_BOLD),
        )
        _fonts_registered = True


# --------------------------------------------------------------------------- #
# Escaping
# --------------------------------------------------------------------------- #
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object, *, multiline: bool = False) -> str:
    """Make any text safe inside a reportlab ``Paragraph``.

    Escapes ``& < >`` (so ``Smith & Sons <Ltd>`` prints as typed), drops
    control characters reportlab cannot handle, and with ``multiline=True``
    keeps line breaks as ``<br/>``. ``None`` becomes an empty string.
    """
    if text is None:
        return ""
    value = _xml_escape(_CONTROL_CHARS.sub("", str(text)))
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")
    return value


# --------------------------------------------------------------------------- #
# Styles
# --------------------------------------------------------------------------- #
COLOUR_TEXT = colors.HexColor("#1f2328")
COLOUR_MUTED = colors.HexColor("#5b6470")
COLOUR_ACCENT = colors.HexColor("#1b6e8f")
COLOUR_RULE = colors.HexColor("#c8cdd3")
COLOUR_SHADE = colors.HexColor("#eef3f6")

BODY_SIZE = 10.5


def get_stylesheet() -> StyleSheet1:
    """A fresh stylesheet in the bundled fonts (callers may adjust it freely).

    Styles: Body, Small, Title, Subtitle, Heading1, Heading2, Heading3,
    ListItem, Quote, Source, TableCell, TableHeader, TOC1, TOC2.
    Heading1 and Heading2 feed the PDF outline and a table of contents.
    """
    register_fonts()
    sheet = StyleSheet1()
    body = ParagraphStyle(
        "Body",
        fontName=FONT_FAMILY,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.4,
        textColor=COLOUR_TEXT,
        spaceAfter=BODY_SIZE * 0.6,
        alignment=TA_LEFT,
        bulletFontName=FONT_REGULAR,
    )
    sheet.add(body)
    sheet.add(
        ParagraphStyle(
            "Small", parent=body, fontSize=8.5, leading=11, textColor=COLOUR_MUTED, spaceAfter=4
        )
    )
    sheet.add(
        ParagraphStyle(
            "Title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=32,
            textColor=COLOUR_ACCENT,
            spaceAfter=10,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Subtitle", parent=body, fontSize=15, leading=20, textColor=COLOUR_MUTED, spaceAfter=18
        )
    )
    for name, size, before, colour in (
        ("Heading1", 16, 16, COLOUR_ACCENT),
        ("Heading2", 13, 12, COLOUR_TEXT),
        ("Heading3", 11, 10, COLOUR_TEXT),
    ):
        sheet.add(
            ParagraphStyle(
                name,
                parent=body,
                fontName=FONT_BOLD,
                fontSize=size,
                leading=size * 1.3,
                spaceBefore=before,
                spaceAfter=size * 0.45,
                textColor=colour,
                keepWithNext=True,
            )
        )
    sheet.add(ParagraphStyle("ListItem", parent=body, spaceAfter=2))
    sheet.add(ParagraphStyle("Quote", parent=body, textColor=COLOUR_TEXT, spaceAfter=3))
    sheet.add(
        ParagraphStyle(
            "Source", parent=body, fontSize=9, leading=12, textColor=COLOUR_MUTED, spaceBefore=4
        )
    )
    sheet.add(ParagraphStyle("TableCell", parent=body, fontSize=9.5, leading=12, spaceAfter=0))
    sheet.add(ParagraphStyle("TableHeader", parent=sheet["TableCell"], fontName=FONT_BOLD))
    sheet.add(
        ParagraphStyle(
            "TOC1", parent=body, leftIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0
        )
    )
    sheet.add(ParagraphStyle("TOC2", parent=sheet["TOC1"], leftIndent=14, fontSize=9.5))
    sheet.add(ParagraphStyle("Centered", parent=body, alignment=TA_CENTER))
    return sheet


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A ``TableStyle`` with the bundled font for every cell, then ``commands``.

    Use it for every ``Table``: even a table of paragraphs sets a cell font,
    and reportlab's default (Helvetica) would be the one font not embedded.
    """
    register_fonts()
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT_REGULAR, BODY_SIZE), *commands])


# --------------------------------------------------------------------------- #
# Page template
# --------------------------------------------------------------------------- #
class _PageTotal(IndexingFlowable):
    """Invisible; keeps ``multiBuild`` going until the page total is stable,
    so every footer can say "of Y" while PDF bookmarks stay correct."""

    def __init__(self, doc: DocumentTemplate) -> None:
        super().__init__()
        self._doc = doc
        self.total: int | None = None
        self._stable = False

    def isSatisfied(self) -> bool:
        return self._stable

    def afterBuild(self) -> None:
        pages = self._doc.page
        self._stable = pages == self.total
        self.total = pages

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class DocumentTemplate(BaseDocTemplate):
    """A4 portrait pages with a header line and a "Page X of Y" footer.

    - ``header_text`` (e.g. the cluster name) prints at the top left of every
      page, ``footer_text`` at the bottom left; ``page_label`` is the footer's
      right-hand text, with ``{page}`` and ``{pages}`` (translate it freely).
    - ``cover_page=True``: the first page has neither header nor footer (it
      still counts as page 1, as PDF viewers count it).
    - Paragraphs in the styles ``Heading1``/``Heading2`` become PDF outline
      entries and ``TOCEntry`` notifications, so a
      :class:`reportlab.platypus.tableofcontents.TableOfContents` in the story
      just works.

    Build with :meth:`build_story`, which runs the passes needed for the page
    total (two, or more with a table of contents).
    """

    def __init__(
        self,
        filename: str,
        *,
        title: str,
        header_text: str = "",
        footer_text: str = "",
        page_label: str = "Page {page} of {pages}",
        author: str = APP_NAME,
        subject: str = "",
        cover_page: bool = False,
        pagesize: tuple[float, float] = A4,
        margins: tuple[float, float, float, float] = (2.2 * cm, 2.0 * cm, 2.2 * cm, 2.0 * cm),
        **kw: Any,
    ) -> None:
        top, right, bottom, left = margins
        register_fonts()
        super().__init__(
            filename,
            pagesize=pagesize,
            topMargin=top,
            rightMargin=right,
            bottomMargin=bottom,
            leftMargin=left,
            title=title,
            author=author,
            subject=subject,
            creator=f"{APP_NAME} {__version__}",
            initialFontName=FONT_REGULAR,  # no stray un-embedded Helvetica
            initialFontSize=BODY_SIZE,
            **kw,
        )
        self.header_text = header_text
        self.footer_text = footer_text
        self.page_label = page_label
        self._total = _PageTotal(self)
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        body = PageTemplate(id="body", frames=[frame], onPage=self._decorate)
        templates = [body]
        if cover_page:
            templates.insert(
                0, PageTemplate(id="cover", frames=[frame], autoNextPageTemplate="body")
            )
        self.addPageTemplates(templates)
        self._outline_level = -1
        self._outline_count = 0

    # The story -------------------------------------------------------------
    def build_story(self, story: Sequence[Flowable]) -> None:
        """Lay out ``story`` (flowables may be reused between passes)."""
        self.multiBuild([*story, self._total])

    def handle_documentBegin(self) -> None:
        self._outline_level = -1
        self._outline_count = 0
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Paragraph):
            return
        level = {"Heading1": 0, "Heading2": 1}.get(flowable.style.name)
        if level is None:
            return
        level = min(level, self._outline_level + 1)  # outlines may not skip levels
        text = flowable.getPlainText()
        self._outline_count += 1
        key = f"h{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self._outline_level = level
        self.notify("TOCEntry", (level, text, self.page, key))

    # Page decorations -------------------------------------------------------
    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Header text and rule at the top, rule and page label at the bottom."""
        canv.saveState()
        left = self.leftMargin
        right = self.pagesize[0] - self.rightMargin
        top = self.pagesize[1] - self.topMargin + 0.6 * cm
        bottom = self.bottomMargin - 0.8 * cm
        canv.setStrokeColor(COLOUR_RULE)
        canv.setLineWidth(0.5)
        canv.setFillColor(COLOUR_MUTED)
        canv.setFont(FONT_REGULAR, 8.5)
        if self.header_text:
            canv.drawString(left, top + 4, _fit(self.header_text, right - left, 8.5))
            canv.line(left, top, right, top)
        canv.line(left, bottom + 11, right, bottom + 11)
        total = self._total.total
        label = self.page_label.format(page=doc.page, pages=total if total else doc.page)
        canv.drawRightString(right, bottom, label)
        if self.footer_text:
            room = right - left - pdfmetrics.stringWidth(label, FONT_REGULAR, 8.5) - 12
            canv.drawString(left, bottom, _fit(self.footer_text, room, 8.5))
        canv.restoreState()


def _fit(text: str, width: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    text = " ".join(str(text).split())
    if pdfmetrics.stringWidth(text, FONT_REGULAR, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT_REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def write_pdf(path: str | Path, story: Sequence[Flowable], **options: object) -> Path:
    """Write ``story`` to ``path`` through a temporary file (never half a PDF).

    ``options`` go to :class:`DocumentTemplate` (``title`` is required).
    Raises :class:`UserError` when the file cannot be written.
    """
    register_fonts()

    def writer(tmp: Path) -> None:
        DocumentTemplate(str(tmp), **options).build_story(story)  # type: ignore[arg-type]

    return write_atomically(path, writer)
