"""What every part of the workshop report is built with: styles, text and tables.

The report is set in the text face (Open Sans) with DejaVu Sans kept for the
charts; every piece of user text goes through :meth:`ReportBase.p` or
:meth:`ReportBase.t`, which escape it, join and order right-to-left names
and set characters Open Sans lacks in a font that has them
(:func:`facilitator_app.export.pdf_common.esc`). Tables are
:class:`facilitator_app.export.pdf_layout.SplitTable`: they break across
pages only with a few rows on each side, repeat their header row, and a
heading above one is kept with its first rows (:meth:`ReportBase.titled`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from facilitator_app.core.voting import RankedOption, TallyResult, method_spec
from facilitator_app.core.voting_words import cns_band, w_band
from facilitator_app.export.pdf_common import (
    COLOUR_ACCENT,
    COLOUR_MUTED,
    COLOUR_RULE,
    COLOUR_SHADE,
    TEXT_FAMILY,
    esc,
    face,
    family_of,
    get_stylesheet,
    is_plain,
    table_style,
)
from facilitator_app.export.pdf_layout import KeepWithFirstRows, SplitTable
from facilitator_app.export.report_model import ReportData, RoundReport
from facilitator_app.export.report_words import (
    AGREEMENT_WORDS,
    METHOD_LABELS,
    SCORE_MEANINGS,
    word,
)
from facilitator_app.i18n.messages import Texts

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
CELL_PADDING = 4
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LONG_TIE = 4  # a tie of this many priorities or more is counted, not listed


def long_date(day: date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white: amount 0 = white, 1 = the colour."""
    return colors.Color(
        1 - (1 - colour.red) * amount,
        1 - (1 - colour.green) * amount,
        1 - (1 - colour.blue) * amount,
    )


def readable_on(colour: colors.Color) -> colors.Color:
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return colors.black if luminance > 0.45 else colors.white


def number(value: Any) -> str:
    """2 -> '2', 2.5 -> '2.50', Fraction(7, 2) -> '3.50', None -> '–'."""
    if value is None:
        return "–"
    if isinstance(value, Fraction):
        value = value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else f"{value:.2f}"
    return str(value)


def names(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def places(ranking: Sequence[RankedOption]) -> dict[str, str]:
    """Each option's place as printed: '3' alone, '3=' when it shares it."""
    shared = {ro.position for ro in ranking
              if sum(1 for other in ranking if other.position == ro.position) > 1}
    return {ro.option: f"{ro.position}=" if ro.position in shared else str(ro.position)
            for ro in ranking}


class Styles:
    def __init__(self) -> None:
        sheet: StyleSheet1 = get_stylesheet(text_face=True)
        self.sheet = sheet
        self.body = self["Body"]
        self.small = self["Small"]
        self.cell = self["TableCell"]
        self.head = self["TableHeader"]
        self.number = ParagraphStyle("Number", parent=self.cell, alignment=TA_RIGHT)
        self.number_head = ParagraphStyle("NumberHead", parent=self.head, alignment=TA_RIGHT)
        self.grid_item = ParagraphStyle("GridItem", parent=self.cell, fontSize=9, leading=11.5,
                                        spaceBefore=4)
        self.grid_meta = ParagraphStyle(
            "GridMeta", parent=self.grid_item, fontSize=7.5, leading=9.5, textColor=COLOUR_MUTED
        )
        self.bullet = ParagraphStyle("Bullet", parent=self.body, leftIndent=14, bulletIndent=2,
                                     spaceAfter=2, bulletFontName=face(TEXT_FAMILY))
        self.cover_label = ParagraphStyle("CoverLabel", parent=self.body, textColor=COLOUR_MUTED)
        # A heading over a table is kept with the table's first rows by
        # titled(), not by keepWithNext (which would hold the whole table).
        self.table_title = ParagraphStyle("TableTitle", parent=sheet["Heading3"],
                                          keepWithNext=False)
        self.lead = ParagraphStyle("Lead", parent=self.body, fontSize=11.5, leading=16.5)
        self.summary_head = ParagraphStyle("SummaryHead", parent=sheet["Heading3"],
                                           textColor=COLOUR_ACCENT, spaceBefore=8,
                                           spaceAfter=3)
        self.compact = ParagraphStyle("Compact", parent=self.body, fontSize=9, leading=12.5,
                                      spaceAfter=4)

    def __getitem__(self, name: str) -> ParagraphStyle:
        # get_stylesheet() holds only ParagraphStyles (reportlab's stubs say PropertySet).
        return cast(ParagraphStyle, self.sheet[name])


class ReportBase:
    """The data, the frame's size, the styles, and the ways text becomes flowables."""

    def __init__(self, data: ReportData, width: float, height: float,
                 lang: str = "en") -> None:
        self.data = data
        self.width = width
        self.height = height  # of the page's frame: what one unsplittable row may use
        self.s = Styles()
        self.text_font = face(TEXT_FAMILY)
        self.t = Texts("report", lang)  # our words in the report's language
        self.english = self.t.text_language == "en"

    # ----- the language's words, numbers and dates --------------------------------
    def day(self, value: date | None) -> str:
        """'29 November 2026', '29 de noviembre de 2026'; '' for no date."""
        return long_date(value) if self.english else self.t.date(value, "long")

    def short_day(self, value: date | None) -> str:
        """'29 Nov 2026', '29 nov 2026'; '' for no date."""
        if value is None:
            return ""
        if self.english:
            return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"
        return self.t.date(value, "medium")

    def num(self, value: Any) -> str:
        """As :func:`number` does, with the language's decimal sign."""
        if self.english or value is None:
            return number(value)
        if isinstance(value, Fraction):
            value = value.numerator if value.denominator == 1 else float(value)
        if isinstance(value, float):
            return self.t.number(value, 0 if value.is_integer() else 2)
        return self.t.number(value) if isinstance(value, int) else str(value)

    def fixed(self, value: Any, decimals: int = 2) -> str:
        """A figure with exactly ``decimals`` decimals ('0.44', '0,44')."""
        if self.english:
            return f"{float(value):.{decimals}f}"
        return self.t.number(float(value), decimals)

    def pct(self, share: Any) -> str:
        """A share as a whole percentage ('84 %', '84 %' in French); 'n/a' for none."""
        if share is None:
            return self.t("n/a")
        if self.english:
            return f"{round(float(share) * 100):d} %"
        return self.t.percent(float(share))

    def names(self, items: Sequence[str]) -> str:
        """'A', 'A and B', 'A, B and C' in the report's language."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return self.t("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])

    # ----- text ------------------------------------------------------------------
    def e(self, text: object, style: ParagraphStyle | None = None, *,
          bold: bool = False, multiline: bool = False) -> str:
        """User (or our) text as paragraph markup for ``style``'s face."""
        family, style_bold = family_of(style or self.s.body)
        return esc(text, multiline=multiline, face_name=family, bold=bold or style_bold)

    def b(self, text: object, style: ParagraphStyle | None = None) -> str:
        """User text in bold, as markup."""
        return f"<b>{self.e(text, style, bold=True)}</b>"

    def p(self, text: str, style: ParagraphStyle | None = None, **kw: Any) -> Paragraph:
        """A paragraph of plain (user or our) text: always escaped."""
        style = style or self.s.body
        return Paragraph(self.e(text, style, multiline=True), style, **kw)

    def fill(self, template: str, style: ParagraphStyle | None = None, **parts: str) -> str:
        """A translated ``template`` ('First place: {name}.') as markup, its
        words escaped and its placeholders filled with ``parts`` (markup)."""
        pieces = re.split(r"\{([A-Za-z_]+)\}", template)
        return "".join(parts[piece] if i % 2 else self.e(piece, style) if piece else ""
                       for i, piece in enumerate(pieces))

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of our own markup; user parts must be made with t() or b()."""
        return Paragraph(markup, style or self.s.body)

    # ----- core's words in the report's language -------------------------------------
    def heading(self, r: RoundReport) -> str:
        """'Round 2: gradients ...' (the number added when the title lacks it)."""
        title = r.info.title
        # 'Round 2', and the report language's own ('Ronda 2', 'Tour 2')
        own = self.t("Round {number}: {title}", number=r.info.number, title="")
        for prefix in {f"round {r.info.number}", own.rstrip(" :\u00a0").casefold()}:
            if title.casefold().startswith(prefix) and not title[len(prefix):][:1].isdigit():
                return title
        return self.t("Round {number}: {title}", number=r.info.number, title=title)

    def method_label(self, r: RoundReport) -> str:
        """'Ranking (Borda count)'."""
        return word(self.t, METHOD_LABELS, r.method, r.method_label)

    def score_meaning(self, r: RoundReport) -> str:
        """'Borda points', 'mean rating'."""
        return word(self.t, SCORE_MEANINGS, r.method, method_spec(r.method).score_meaning)

    def w_words(self, w: Any) -> str:
        """'moderate agreement' for Kendall's W = 0.44."""
        band = w_band(w)
        if band is None:
            return self.t("agreement not measurable")
        return word(self.t, AGREEMENT_WORDS, band.key, band.words)

    def cns_words(self, cns: Any) -> str:
        """Tastle and Wierman's consensus in words ('fair agreement')."""
        band = cns_band(cns)
        if band is None:
            return self.t("not measurable")
        return word(self.t, AGREEMENT_WORDS, band.key, band.words)

    def p_value_words(self, p: Any) -> str:
        """How unlikely the agreement is by chance, in words ('' without a p-value)."""
        if p is None:
            return ""
        p = float(p)
        if p < 0.001:
            return self.t("very unlikely to be chance (p < {limit})", limit=self.fixed(0.001, 3))
        if p < 0.05:
            return self.t("unlikely to be chance (p = {p})", p=self.fixed(p, 3))
        return self.t("could be chance (p = {p})", p=self.fixed(p, 2))

    def w_sentence(self, w: Any, ballots: int | None = None) -> str:
        """'Moderate agreement (W = 0.44) among 19 ballots.'"""
        if w is None:
            return self.t("Kendall's W could not be computed (it needs at least two ballots "
                          "that rank the options differently).")
        words = self.w_words(w)
        words = words[:1].upper() + words[1:]
        if ballots:
            return self.t("{words} (W = {w}) among {n} ballots.", words=words,
                          w=self.fixed(w), n=ballots)
        return self.t("{words} (W = {w}).", words=words, w=self.fixed(w))

    def agreement_sentence(self, result: TallyResult) -> str:
        """The headline figure of agreement in plain words ('moderate agreement
        (W = 0.44)'), as :func:`core.voting_words.agreement_sentence` says it."""
        t = self.t
        if result.counted == 0:
            return t("no ballots yet")
        c = result.consensus
        if c.kendall is not None:
            w = c.kendall.w
            if w is None:
                # marked on its own line: Babel does not see a text marked
                # inside a conditional in another call's argument
                reason = t("too few ballots")
                if self.english and c.kendall.note:
                    reason = c.kendall.note
                return t("agreement cannot be measured: {reason}", reason=reason)
            return f"{self.w_words(w)} (W = {self.fixed(w)})"
        if c.consensus_reached is not None:
            reached = c.consensus_reached
            threshold = self.pct(result.params.support_threshold)
            n = len(result.options)
            if not reached:
                return t("no consensus yet on any of the {n} options (needs no block and at "
                         "least {threshold} support)", n=n, threshold=threshold)
            return t("consensus on {reached} of {n} options (no block, at least {threshold} "
                     "support)", reached=len(reached), n=n, threshold=threshold)
        top = result.ranking[0].option if result.ranking else None
        if top is None:
            return ""
        if c.tastle_wierman is not None:  # ratings
            tw = c.tastle_wierman.get(top)
            if tw is not None:
                return t("agreement on the top option: {value} (Tastle-Wierman: 0 = split, "
                         "1 = unanimous)", value=self.fixed(tw))
        elif c.support is not None:  # dots and approval
            share = c.support.get(top)
            if share is not None:
                return t("the top option has the support of {share} of voters",
                         share=self.pct(share))
        return ""

    def gradients_verdict(self, support: Any, blocks: int, reached: bool,
                          threshold: Any = 0.75) -> str:
        """'Consensus reached: 84 % support, no block.' or 'No consensus yet:
        53 % support (75 % needed), 1 block.'"""
        t = self.t
        block_text = t("no block") if blocks == 0 else t.n("{n} block", "{n} blocks", blocks)
        if support is None:
            return t("Nobody rated this option.")
        if reached:
            return t("Consensus reached: {share} support, {blocks}.", share=self.pct(support),
                     blocks=block_text)
        if float(support) < float(threshold):
            return t("No consensus yet: {share} support ({needed} needed), {blocks}.",
                     share=self.pct(support), needed=self.pct(threshold), blocks=block_text)
        return t("No consensus yet: {share} support, {blocks}.", share=self.pct(support),
                 blocks=block_text)

    # ----- tables ------------------------------------------------------------------
    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float | None],
        numeric: Sequence[int] = (),
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A data table: wrapped cells, shaded header repeated on every page.

        ``widths`` in cm; ``None`` columns share what is left of the page width.
        """
        s = self.s
        size = s.cell.fontSize
        # A fixed column is at least as wide as its heading's longest word.
        bold = str(s.head.fontName)
        points = [None if w is None else max(
            w * cm, max((stringWidth(word, bold, size) for word in str(h).split()), default=0)
            + 2 * CELL_PADDING + 1)
            for w, h in zip(widths, header, strict=True)]
        fixed = sum(w for w in points if w is not None)
        flexible = sum(1 for w in points if w is None) or 1
        rest = max(self.width - fixed, 3 * cm) / flexible
        col_widths = [rest if w is None else w for w in points]
        body = [[Paragraph(self.e(h, s.head), s.number_head if i in numeric else s.head)
                 for i, h in enumerate(header)]]
        for row in rows:
            cells: list[Any] = []
            for i, value in enumerate(row):
                if isinstance(value, (Flowable, list)):
                    cells.append(value)
                    continue
                text = _CONTROL.sub("", "" if value is None else str(value))
                room = col_widths[i] - 2 * CELL_PADDING
                if ("\n" not in text and is_plain(text, self.text_font)
                        and stringWidth(text, self.text_font, size) <= room):
                    cells.append(text)  # drawn as it is: no markup, nothing to escape; fast
                else:
                    style = s.number if i in numeric else s.cell
                    cells.append(Paragraph(self.e(text, style), style))
            body.append(cells)
        right = [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
        table = SplitTable(body, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(
            ("FONT", (0, 1), (-1, -1), self.text_font, size, s.cell.leading),
            ("TEXTCOLOR", (0, 1), (-1, -1), s.cell.textColor),
            *right,
            ("BACKGROUND", (0, 0), (-1, 0), COLOUR_SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, COLOUR_ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, COLOUR_RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            *extra,
        ))
        table.spaceBefore = 4
        table.spaceAfter = 10
        return table

    def titled(self, lead: Sequence[Flowable], table: Table) -> Flowable:
        """A heading (and sentences) kept on the page where ``table``'s first rows are."""
        return KeepWithFirstRows(lead, table)


__all__ = [
    "LONG_TIE",
    "ReportBase",
    "Styles",
    "long_date",
    "names",
    "number",
    "places",
    "plural",
    "readable_on",
    "tint",
]
