"""Shared reportlab pieces for every PDF the app writes.

The FAQ handout, the workshop report and the paper ballots all need the same
things, so they live here once:

- :func:`register_fonts`: the bundled fonts (DejaVu Sans for wide Unicode
  coverage, Open Sans as the report's text face; embedded in the PDF as
  subsets), so accented names print right on any machine
  (:mod:`facilitator_app.export.pdf_fonts`);
- :func:`get_stylesheet`: paragraph styles in those fonts;
- :func:`esc`: escaping for any text that is not our own markup (a member
  called ``Smith & Sons <Ltd>`` must print as typed), with right-to-left
  names joined and ordered and characters a font lacks set in one that has
  them, or shown as a visible marker (:mod:`facilitator_app.export.pdf_text`);
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

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, IndexingFlowable

from facilitator_app import APP_NAME, __version__
from facilitator_app.export.pdf_fonts import (
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_FAMILY,
    FONT_ITALIC,
    FONT_REGULAR,
    TEXT_BOLD,
    TEXT_FAMILY,
    TEXT_REGULAR,
    face,
    register_fonts,
)
from facilitator_app.export.pdf_text import (
    MARKER,
    collect_missing,
    esc,
    is_plain,
    plain,
    shape,
    text_runs,
)
from facilitator_app.export.safe_write import write_atomically

# --------------------------------------------------------------------------- #
# Styles
# --------------------------------------------------------------------------- #
COLOUR_TEXT = colors.HexColor("#1f2328")
COLOUR_MUTED = colors.HexColor("#5b6470")
COLOUR_ACCENT = colors.HexColor("#1b6e8f")
COLOUR_RULE = colors.HexColor("#c8cdd3")
COLOUR_SHADE = colors.HexColor("#eef3f6")

BODY_SIZE = 10.5


def get_stylesheet(text_face: bool = False) -> StyleSheet1:
    """A fresh stylesheet in the bundled fonts (callers may adjust it freely).

    Styles: Body, Small, Title, Subtitle, Heading1, Heading2, Heading3,
    ListItem, Quote, Source, TableCell, TableHeader, TOC1, TOC2.
    Heading1 and Heading2 feed the PDF outline and a table of contents.
    ``text_face``: set in Open Sans (the report) rather than DejaVu Sans
    (paper ballots, slips, the FAQ handout); pass the style's family to
    :func:`esc` as ``face_name`` (:func:`family_of` gives it).
    """
    register_fonts()
    family = face(TEXT_FAMILY) if text_face else FONT_FAMILY
    bold = face(TEXT_FAMILY, bold=True) if text_face else FONT_BOLD
    sheet = StyleSheet1()
    body = ParagraphStyle(
        "Body",
        fontName=family,
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
            fontName=bold,
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
                fontName=bold,
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
    sheet.add(ParagraphStyle("TableHeader", parent=sheet["TableCell"], fontName=bold))
    sheet.add(
        ParagraphStyle(
            "TOC1", parent=body, leftIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0
        )
    )
    sheet.add(ParagraphStyle("TOC2", parent=sheet["TOC1"], leftIndent=14, fontSize=9.5))
    sheet.add(ParagraphStyle("Centered", parent=body, alignment=TA_CENTER))
    return sheet


def family_of(style: ParagraphStyle) -> tuple[str, bool]:
    """(family for :func:`esc`'s ``face_name``, bold) of a paragraph style."""
    name = str(style.fontName)
    bold = name in (FONT_BOLD, FONT_BOLD_ITALIC, TEXT_BOLD) or name.endswith("-BoldItalic")
    return (TEXT_FAMILY if name.startswith(TEXT_REGULAR) else FONT_FAMILY), bold


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
      still counts as page 1, as PDF viewers count it); ``on_cover(canvas,
      doc)`` may draw on it (a band of colour behind the title).
    - ``text_face=True``: header and footer in the report's text face.
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
        on_cover: Callable[[Canvas, BaseDocTemplate], None] | None = None,
        text_face: bool = False,
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
        self.family = TEXT_FAMILY if text_face else FONT_FAMILY
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
            cover = PageTemplate(id="cover", frames=[frame], autoNextPageTemplate="body")
            if on_cover is not None:
                cover.onPage = on_cover
            templates.insert(0, cover)
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
        # The contents get the heading's own markup (escaped, its fonts set).
        markup = getattr(flowable, "text", None)
        self.notify("TOCEntry", (level, markup if isinstance(markup, str) else esc(text),
                                 self.page, key))

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
        size = 8.5
        if self.header_text:
            draw_text(canv, left, top + 4, _fit(self.header_text, right - left, size, self.family),
                      size, self.family)
            canv.line(left, top, right, top)
        canv.line(left, bottom + 11, right, bottom + 11)
        total = self._total.total
        label = self.page_label.format(page=doc.page, pages=total if total else doc.page)
        label_width = draw_text(canv, right, bottom, label, size, self.family, anchor="end")
        if self.footer_text:
            room = right - left - label_width - 12
            draw_text(canv, left, bottom, _fit(self.footer_text, room, size, self.family), size,
                      self.family)
        canv.restoreState()


def draw_text(canv: Canvas, x: float, y: float, text: str, size: float,
              family: str = FONT_FAMILY, *, bold: bool = False, anchor: str = "start") -> float:
    """Draw one line of any text on a canvas, each character in a font that
    has it (see :func:`esc`); ``anchor`` "start" or "end". Returns its width."""
    runs = text_runs(shape(text), family, bold=bold, source=text)
    width = sum(pdfmetrics.stringWidth(chars, font, size) for font, chars in runs)
    at = x - width if anchor == "end" else x
    for font, chars in runs:
        canv.setFont(font, size)
        canv.drawString(at, y, chars)
        at += pdfmetrics.stringWidth(chars, font, size)
    return width


def text_width(text: str, size: float, family: str = FONT_FAMILY, *, bold: bool = False) -> float:
    """Width of one line of ``text`` as :func:`draw_text` draws it."""
    runs = text_runs(shape(text), family, bold=bold, source=text)
    return sum(pdfmetrics.stringWidth(chars, font, size) for font, chars in runs)


def _fit(text: str, width: float, size: float, family: str = FONT_FAMILY, *,
         bold: bool = False) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points (in the
    bold face when ``bold``: it is wider)."""
    text = " ".join(str(text).split())
    if text_width(text, size, family, bold=bold) <= width:
        return text
    while text and text_width(text + "…", size, family, bold=bold) > width:
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


__all__ = [
    "BODY_SIZE",
    "COLOUR_ACCENT",
    "COLOUR_MUTED",
    "COLOUR_RULE",
    "COLOUR_SHADE",
    "COLOUR_TEXT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_FAMILY",
    "FONT_ITALIC",
    "FONT_REGULAR",
    "MARKER",
    "TEXT_FAMILY",
    "DocumentTemplate",
    "collect_missing",
    "draw_text",
    "esc",
    "face",
    "family_of",
    "get_stylesheet",
    "is_plain",
    "plain",
    "register_fonts",
    "shape",
    "table_style",
    "text_width",
    "write_pdf",
]
