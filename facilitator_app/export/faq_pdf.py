"""The FAQ handout: the bundled FAQ as a PDF to print for members.

A title page with the list of questions and their pages, then every question
as a heading with its answer and source. Content comes from
:mod:`facilitator_app.core.faq`; fonts, styles, page numbers and the atomic
write from :mod:`facilitator_app.export.pdf_common`. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from facilitator_app import APP_NAME, __version__
from facilitator_app.core.faq import (
    FAQ_SCHEME,
    FaqEntry,
    Inline,
    inline_markup,
    load_faq,
    parse_link,
    plain_text,
)
from facilitator_app.export.pdf_common import (
    COLOUR_ACCENT,
    COLOUR_RULE,
    COLOUR_SHADE,
    FONT_REGULAR,
    esc,
    get_stylesheet,
    table_style,
    write_pdf,
)
from facilitator_app.i18n.messages import T_, Texts

HANDOUT_TITLE = T_("Clusters and cluster initiatives")
HANDOUT_SUBTITLE = T_("Frequently asked questions")


@dataclass(frozen=True)
class HandoutTexts:
    """The words of the handout around the answers, in one language."""

    title: str
    subtitle: str
    contents_heading: str
    note: str
    page_label: str


def handout_texts(lang: str) -> HandoutTexts:
    """The title page, header and footer of the handout in ``lang`` (the
    ``report`` catalogue: Haitian Creole readers get French)."""
    t = Texts("report", lang)
    return HandoutTexts(
        t(HANDOUT_TITLE),
        t(HANDOUT_SUBTITLE),
        t("Questions in this handout"),
        t("The answers were written for the {app} and name the sources they draw on. "
          "Version {version}. Printed on {day}."),
        t("Page {page} of {pages}"),
    )


def write_faq_handout(
    path: str | Path,
    entries: Iterable[FaqEntry] | None = None,
    *,
    lang: str = "en",
    title: str | None = None,
    subtitle: str | None = None,
    contents_heading: str | None = None,
    note: str | None = None,
) -> Path:
    """Write the FAQ handout to ``path`` (a PDF) and return the path.

    ``entries`` defaults to the bundled FAQ in ``lang`` (English for an
    answer not translated yet); the title page, header and footer are in
    ``lang`` too, unless given. Raises
    :class:`~facilitator_app.core.errors.UserError` when the FAQ cannot be read
    or the file cannot be written.
    """
    words = handout_texts(lang)
    texts = Texts("report", lang)
    title = words.title if title is None else title
    subtitle = words.subtitle if subtitle is None else subtitle
    contents_heading = words.contents_heading if contents_heading is None else contents_heading
    note = words.note if note is None else note
    if entries is None:
        entries = load_faq(lang=texts.text_language)
    entries = list(entries)
    handout = _Handout(get_stylesheet(), {entry.id for entry in entries})
    today = date.today()
    day = (f"{today.day} {today:%B} {today.year}" if texts.text_language == "en"
           else texts.date(today, "long"))
    story = handout.title_page(title, subtitle, contents_heading,
                               note.replace("{day}", day))
    for index, entry in enumerate(entries):
        if index:
            story.append(CondPageBreak(4 * cm))  # no question starts at the foot of a page
        story.extend(handout.entry(entry))
    # 'title: subtitle' as the language writes it (French: a space before the colon)
    heading = texts("{name}: {words}", name=title, words=subtitle)
    return write_pdf(
        path,
        story,
        title=heading,
        subject=subtitle,
        header_text=heading,
        footer_text=APP_NAME,
        page_label=words.page_label,
        lang=texts.text_language,
        cover_page=True,
    )


class _QuestionContents(TableOfContents):
    """Contents of the title page: the questions only, not their sections."""

    def notify(self, kind: str, stuff: object) -> None:
        if kind == "TOCEntry" and stuff[0] > 0:  # type: ignore[index]
            return
        super().notify(kind, stuff)


def _anchor(entry_id: str) -> str:
    return f"faq-{entry_id}"


class _Handout:
    """Turns FAQ entries into flowables, with the styles and the question ids
    (a link to a question that is not in the handout prints as plain text)."""

    def __init__(self, styles: StyleSheet1, ids: set[str]) -> None:
        self.styles = styles
        self.ids = ids

    def title_page(
        self, title: str, subtitle: str, contents_heading: str, note: str
    ) -> list[Flowable]:
        styles = self.styles
        toc = _QuestionContents(dotsMinLevel=0)
        # get_stylesheet() adds ParagraphStyles (reportlab's stubs say PropertySet).
        toc.levelStyles = [cast(ParagraphStyle, styles[name]) for name in ("TOC1", "TOC2")]
        toc.tableStyle = table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
        return [
            Spacer(1, 3 * cm),
            HRFlowable(width="100%", thickness=3, color=COLOUR_ACCENT, spaceAfter=18),
            Paragraph(esc(title), styles["Title"]),
            Paragraph(esc(subtitle), styles["Subtitle"]),
            Spacer(1, 1 * cm),
            Paragraph(esc(contents_heading), styles["Heading3"]),
            toc,
            Spacer(1, 1.2 * cm),
            HRFlowable(width="100%", thickness=0.5, color=COLOUR_RULE, spaceAfter=6),
            Paragraph(esc(note.format(app=APP_NAME, version=__version__)), styles["Small"]),
            PageBreak(),
        ]

    def entry(self, entry: FaqEntry) -> list[Flowable]:
        styles = self.styles
        out: list[Flowable] = [
            Paragraph(
                f'<a name="{_anchor(entry.id)}"/>{entry.number}. {esc(entry.question)}',
                styles["Heading1"],
            )
        ]
        for block in entry.blocks:
            if block.kind == "heading":
                style = styles["Heading2"] if block.level <= 2 else styles["Heading3"]
                out.append(Paragraph(self.markup(block.items[0]), style))
            elif block.kind == "paragraph":
                para = Paragraph(self.markup(block.items[0]), styles["Body"])
                if plain_text(block.items[0]).rstrip().endswith(":"):
                    para.keepWithNext = True  # an introducing sentence stays with its list
                out.append(para)
            elif block.kind in ("bullets", "numbered"):
                out.extend(self.list_items(block.kind, block.items, block.start))
            elif block.kind == "quote":
                out.append(self.block_quote(block.items))
        source = self.markup(entry.source_inline)
        out.append(Paragraph(f"<b>{esc(entry.source_heading)}</b> {source}", styles["Source"]))
        out.append(Spacer(1, 0.4 * cm))
        return out

    def markup(self, run: Inline) -> str:
        return inline_markup(run, escape=esc, link=self.link)

    def link(self, href: str, inner: str) -> str:
        """A question link jumps to that question; ``app:`` pages mean nothing
        on paper, so those links print as plain text."""
        parsed = parse_link(href)
        colour = COLOUR_ACCENT.hexval()
        if parsed and parsed[0] == FAQ_SCHEME and parsed[1] in self.ids:
            return f'<a href="#{esc(_anchor(parsed[1]))}" color="{colour}">{inner}</a>'
        if parsed is None and href.lower().startswith(("http://", "https://", "mailto:")):
            return f'<a href="{esc(href)}" color="{colour}">{inner}</a>'
        return inner

    def list_items(self, kind: str, items: tuple[Inline, ...], start: int) -> list[Flowable]:
        """One paragraph per item, with its bullet or number.

        Plain paragraphs rather than a ``ListFlowable``, so a heading or an
        introducing sentence with ``keepWithNext`` stays with the first item.
        """
        style = ParagraphStyle(
            f"List-{kind}",
            parent=self.styles["ListItem"],
            leftIndent=22,
            bulletIndent=6 if kind == "bullets" else 2,
            bulletFontName=FONT_REGULAR,
        )
        last = ParagraphStyle(
            f"{style.name}-last", parent=style, spaceAfter=self.styles["Body"].spaceAfter
        )
        out: list[Flowable] = []
        for index, item in enumerate(items):
            bullet = "•" if kind == "bullets" else f"{start + index}."
            item_style = last if index == len(items) - 1 else style
            out.append(Paragraph(self.markup(item), item_style, bulletText=bullet))
        return out

    def block_quote(self, paragraphs: tuple[Inline, ...]) -> Flowable:
        """A block quote: a shaded box with an accent bar on its left."""
        cell = [Paragraph(self.markup(p), self.styles["Quote"]) for p in paragraphs]
        table = Table([[cell]], colWidths=["100%"])
        table.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), COLOUR_SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, COLOUR_ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            )
        )
        table.spaceBefore = 2
        table.spaceAfter = 8
        return table
