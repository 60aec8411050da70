"""Paper ballots, for rooms without devices.

Each ballot carries the round's options with a box to write a number in,
instructions for the method in plain words, and the round code (see
``services.voting.round_code``) so a stack of sheets cannot be typed into
the wrong round. Named and anonymous rounds print one ballot per voting
attendee with the name on it (the facilitator types it in for that
person); secret rounds print ballots without a name. Short ballots share a
page, with a cut line between them; a ballot is never split across pages
unless it cannot fit on one, and then its name and round head every page. The numbers people
write are exactly what the ballot matrix import reads back. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from facilitator_app.core.voting import method_spec
from facilitator_app.core.voting.ballot_texts import gradient_labels
from facilitator_app.export.pdf_common import (
    COLOUR_ACCENT,
    COLOUR_MUTED,
    COLOUR_RULE,
    COLOUR_SHADE,
    COLOUR_TEXT,
    FONT_BOLD,
    FONT_REGULAR,
    esc,
    get_stylesheet,
    table_style,
    write_pdf,
)
from facilitator_app.i18n.messages import Texts, message_language, output_language

if TYPE_CHECKING:
    from facilitator_app.core.views import PaperBallotData, RoundInfo

#: The box a number is written in: roomy, and smaller only when that lets a
#: ballot fit on one page.
BOX = 1.4 * cm
BOX_TIGHT = 0.95 * cm
_GAP = 0.5 * cm  # between ballots that share a page (the cut line sits in it)
_MARGINS = (2.0 * cm, 1.8 * cm, 2.0 * cm, 1.8 * cm)
_FRAME_W = A4[0] - _MARGINS[1] - _MARGINS[3]
_FRAME_H = A4[1] - _MARGINS[0] - _MARGINS[2]


def instructions(info: RoundInfo, t: Texts | None = None) -> list[str]:
    """What the voter does, in plain words, one paragraph each (plain text),
    in the language of ``t`` (English without it)."""
    return method_spec(info.method).paper_instructions(len(info.options), info.params, t)


def ballot_language(data: PaperBallotData, requested: str | None = None) -> str:
    """The language a round's ballots are printed in: the one asked for, else
    the workshop's participants', else the app's."""
    return output_language(requested, data.language, message_language())


def _day(t: Texts, iso: str) -> str:
    """The workshop's date the language's way ("29 de noviembre de 2026")."""
    try:
        return t.date(date.fromisoformat(iso), "long") if iso else ""
    except ValueError:
        return iso


class CutLine(Flowable):
    """A dashed line across the frame with scissors: where to cut two
    ballots apart when several share a page. It heads every ballot but the
    first and is not drawn at the top of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.height = _GAP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        doc = getattr(canv, "_doctemplate", None)
        if doc is not None and getattr(doc.frame, "_atTop", False):
            return  # the ballot moved to a new page: nothing above it to cut off
        y = self.height / 2
        canv.saveState()
        canv.setStrokeColor(COLOUR_MUTED)
        canv.setLineWidth(0.5)
        canv.setDash(4, 3)
        canv.line(0.5 * cm, y, self.width, y)
        canv.setFillColor(COLOUR_MUTED)
        canv.setFont(FONT_REGULAR, 10)
        canv.drawString(0, y - 3.5, "\u2702")
        canv.restoreState()


class _Ballot:
    """One voter's ballot, laid out for a frame of ``_FRAME_W`` points."""

    def __init__(self, data: PaperBallotData, name: str | None, index: int, total: int,
                 styles: StyleSheet1, t: Texts) -> None:
        self.data, self.name, self.index, self.total = data, name, index, total
        self.styles = styles
        self.t = t

    def story(self, box: float, carry: bool) -> list[Flowable]:
        """The flowables; ``carry``: the options table repeats who and which
        round at the top of every page it runs onto."""
        data, styles, t = self.data, self.styles, self.t
        info = data.round
        story: list[Flowable] = [self._top()]
        story.append(Spacer(1, 0.1 * cm))
        story += self._who()
        story.append(Spacer(1, 0.15 * cm))
        story += [Paragraph(esc(line), styles["Instruction"]) for line in instructions(info, t)]
        legend = self._legend()
        if legend is not None:
            story.append(legend)
        story.append(Spacer(1, 0.15 * cm))
        story.append(self._options(box, carry))
        story.append(Spacer(1, 0.2 * cm))
        story.append(Paragraph(esc(self._label() + " · " + t("Hand this sheet to the "
                                                             "facilitator.")),
                               styles["Small"]))
        return story

    def _label(self) -> str:
        t = self.t
        return t("Ballot {index} of {total} · round code {code}", index=self.index,
                 total=self.total, code=self.data.code)

    def _top(self) -> Table:
        data, styles, t = self.data, self.styles, self.t
        code = Table(
            [[Paragraph(esc(t("Round code")) + f"<br/><b>{esc(data.code)}</b>",
                        styles["TableCell"])]],
            colWidths=[4.2 * cm],
            style=table_style(("BOX", (0, 0), (-1, -1), 1, COLOUR_ACCENT),
                              ("BACKGROUND", (0, 0), (-1, -1), COLOUR_SHADE),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER")),
        )
        heading = [Paragraph(esc(t("PAPER BALLOT")), styles["Small"]),
                   Paragraph(esc(data.round.title), styles["BallotTitle"]),
                   Paragraph(esc(" · ".join(x for x in (data.workshop,
                                                        _day(t, data.workshop_date)) if x)),
                             styles["Small"])]
        return Table([[heading, code]], colWidths=[None, 4.6 * cm],
                     style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (0, 0), 0)))

    def _who(self) -> list[Flowable]:
        styles, t = self.styles, self.t
        if self.name is not None:
            privacy = (t("Your name is on this sheet so the facilitator can type your ballot "
                         "in. It is never shown in results or reports.")
                       if self.data.round.anonymity == "anonymous" else
                       t("This is a named vote: results and reports show who voted what."))
            return [Paragraph(esc(t("Voter:")) + f" <b>{esc(self.name)}</b>", styles["Voter"]),
                    Paragraph(esc(privacy), styles["Small"])]
        warning = t("Secret ballot: do not write your name on this sheet.")
        return [Paragraph(f"<b>{esc(warning)}</b>", styles["Voter"]),
                Paragraph(esc(t("Tell the facilitator when you hand it in, so you are marked "
                                "as having voted. Nobody can tell which sheet is yours.")),
                          styles["Small"])]

    def _legend(self) -> Table | None:
        value_labels = method_spec(self.data.round.method).value_labels
        if not value_labels:
            return None
        cell = self.styles["TableCell"]
        words = gradient_labels(self.t.lang)  # the only labelled scale
        rows = [[Paragraph(f"<b>{n}</b>", cell), Paragraph(esc(words[n - 1]), cell)]
                for n in value_labels]
        return Table(rows, colWidths=[1 * cm, None], hAlign="LEFT",
                     style=table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1)))

    def _options(self, box: float, carry: bool) -> Table:
        info, styles, t = self.data.round, self.styles, self.t
        two = info.method == "score" and bool(info.params.get("two_criteria"))
        boxes = 2 if two else 1
        cell, option_cell = styles["TableCell"], styles["OptionCell"]
        Cell = Flowable | str | list[Flowable]
        def bold(text: str) -> Paragraph:
            return Paragraph(f"<b>{esc(text)}</b>", cell)

        header: list[Cell] = [bold("#"), bold(t("Priority"))]
        header += ([bold(t("Impact")), bold(t("Feasibility"))]
                   if two else [bold(t("Your number"))])
        rows: list[list[Cell]] = []
        if carry:  # repeated on every page the table runs onto
            who = self.name if self.name is not None else t("Secret ballot")
            carry_row: list[Cell] = [Paragraph(f"<b>{esc(who)}</b> · {esc(self._label())} · "
                                               f"{esc(info.title)}", styles["Small"])]
            rows.append(carry_row + [""] * (1 + boxes))
        rows.append(header)
        pad = 4
        # the box sets the row's least height; a long title makes the row grow
        for n, option in enumerate(info.options, start=1):
            row: list[Cell] = [Paragraph(str(n), option_cell),
                               Paragraph(esc(option.label), option_cell),
                               [Spacer(1, box - 2 * pad)]]
            rows.append(row + [""] * (boxes - 1))
        number_w = stringWidth(str(len(info.options)), FONT_BOLD, option_cell.fontSize)
        widths = [max(0.9 * cm, number_w + 2 * pad + 6), None] + [2.9 * cm] * boxes
        first = 1 if carry else 0
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, first), (-1, first), 1, COLOUR_TEXT),
            ("LINEBELOW", (0, first + 1), (1, -1), 0.4, COLOUR_RULE),
            ("TOPPADDING", (0, first + 1), (-1, -1), pad),
            ("BOTTOMPADDING", (0, first + 1), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), pad),
            ("RIGHTPADDING", (0, 0), (0, -1), pad),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ]
        if carry:
            commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0),
                                                     COLOUR_SHADE)]
        for col in range(2, 2 + boxes):
            commands.append(("BOX", (col, first + 1), (col, -1), 1.4, COLOUR_TEXT))
            commands.append(("INNERGRID", (col, first + 1), (col, -1), 1.4, COLOUR_TEXT))
        return Table(rows, colWidths=widths, repeatRows=first + 1,
                     style=table_style(*commands))


def _height(story: list[Flowable]) -> float:
    return sum(f.wrap(_FRAME_W, _FRAME_H)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in story)


def _layout(ballot: _Ballot) -> tuple[list[Flowable], bool]:
    """The ballot's flowables and whether it fits one page: roomy boxes when
    they fit, tighter ones when only those fit, otherwise the ballot runs
    over pages of its own with who and which round repeated on each."""
    for box in (BOX, BOX_TIGHT):
        story = ballot.story(box, carry=False)
        if _height(story) <= _FRAME_H - _GAP:
            return story, True
    return ballot.story(BOX_TIGHT, carry=True), False


def _styles() -> StyleSheet1:
    styles = get_stylesheet()
    styles.add(ParagraphStyle("BallotTitle", parent=styles["Heading1"], fontSize=17,
                              leading=21, spaceBefore=0))
    styles.add(ParagraphStyle("Voter", parent=styles["Heading2"], textColor=COLOUR_TEXT,
                              spaceBefore=2, spaceAfter=3))
    styles.add(ParagraphStyle("Instruction", parent=styles["Body"], spaceAfter=3))
    styles["Small"].textColor = COLOUR_MUTED
    styles.add(ParagraphStyle("OptionCell", parent=styles["TableCell"], fontSize=11.5,
                              leading=14))
    return styles


def paper_ballot_story(data: PaperBallotData,
                       progress: Callable[[int, int], None] | None = None, *,
                       lang: str | None = None) -> list[Flowable]:
    """Every ballot of ``data``: as many to a page as fit whole, with a cut
    line between them; a ballot never splits across pages unless it cannot
    fit on one, and then it starts a page and has its pages to itself.
    ``progress(done, total)`` is called after each ballot is laid out. In
    ``lang`` when given, else the workshop's language (:func:`ballot_language`)."""
    styles = _styles()
    t = Texts("participant", ballot_language(data, lang))
    holders: list[str | None] = list(data.names) if data.names else [None] * data.blank
    if not holders:
        holders = [None]
    story: list[Flowable] = []
    after_long = False
    for i, name in enumerate(holders, start=1):
        flowables, whole = _layout(_Ballot(data, name, i, len(holders), styles, t))
        if whole and not after_long:  # the cut line goes with the ballot below it
            story.append(KeepTogether(([CutLine()] if i > 1 else []) + flowables))
        else:  # a long ballot has its pages to itself
            story += [PageBreakIfNotEmpty(), *flowables]
        after_long = not whole
        if progress is not None:
            progress(i, len(holders))
    return story


def write_paper_ballots(path: str | Path, data: PaperBallotData,
                        progress: Callable[[int, int], None] | None = None, *,
                        lang: str | None = None) -> Path:
    """Write the ballots to ``path`` atomically (see :func:`paper_ballot_story`),
    in ``lang`` or else the workshop's language."""
    language = ballot_language(data, lang)
    t = Texts("participant", language)
    story = paper_ballot_story(data, progress, lang=language)
    return write_pdf(
        path, story, title=t("Paper ballots: {title}", title=data.round.title),
        header_text=" · ".join(x for x in (data.cluster, data.workshop) if x),
        footer_text=t("Round code {code}", code=data.code), subject=t("Paper ballots"),
        page_label=t("Page {page} of {pages}"), margins=_MARGINS,
    )


def write_blank_matrix(path: str | Path, rows: list[list[Any]]) -> Path:
    """The matrix to type paper ballots into, as .xlsx or .csv (UTF-8 with BOM).

    Text a spreadsheet would read as a formula (= + - @ first) stays text:
    an explicit text cell in .xlsx, a leading apostrophe in .csv (which the
    import ignores).
    """
    from facilitator_app.core.ballot_matrix import matrix_csv_text
    from facilitator_app.core.text import looks_like_formula
    from facilitator_app.export.safe_write import write_atomically

    target = Path(path)
    if target.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        def write_xlsx(tmp: Path) -> None:
            wb = Workbook()
            ws = wb.active
            assert ws is not None  # a new workbook has one sheet
            ws.title = "Ballots"
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    cell = ws.cell(row=r, column=c)
                    if value is None:
                        continue
                    cell.value = value
                    if isinstance(value, str):
                        cell.data_type = "s"
                    if r == 1:
                        cell.font = Font(bold=True)
            ws.freeze_panes = "B2"
            ws.column_dimensions["A"].width = 40
            wb.save(tmp)

        return write_atomically(target, write_xlsx)
    safe = [[("'" + v) if isinstance(v, str) and looks_like_formula(v) else v for v in row]
            for row in rows]
    text = matrix_csv_text(safe)

    def write_csv(tmp: Path) -> None:
        tmp.write_text("\ufeff" + text, encoding="utf-8", newline="")

    return write_atomically(target, write_csv)
