"""The workshop report (.pdf): what members and the funder read afterwards.

A cover page (cluster, workshop, date, venue, facilitator), then the
attendance, the SWOT as a coloured 2x2 grid, the TOWS grid, the candidate
priorities, one section per vote round (ranking with a bar chart, agreement
in plain words, the firms-only view, the change since the previous round)
and a closing section on how the results were worked out.

Everything typed by a user goes through :func:`esc` (a member called
``Smith & Sons <Ltd>`` prints as typed); every table uses
:func:`table_style` and the bundled DejaVu font; long tables split across
pages and repeat their header row. The grids are built as one row per pair
of items, so a long SWOT still breaks cleanly between pages. Fed by
:class:`facilitator_app.export.report_model.ReportData`; no Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from facilitator_app import APP_NAME
from facilitator_app.core.domain import ANONYMITY_MODES, SWOT_QUADRANTS, TOWS_KINDS, label_of
from facilitator_app.core.voting import RatingDetails, TallyResult, method_spec
from facilitator_app.core.voting_words import (
    FIGURE_NOTES,
    cns_words,
    gradients_verdict,
    p_value_words,
    percent,
    w_sentence,
    w_words,
)
from facilitator_app.export.pdf_common import (
    COLOUR_ACCENT,
    COLOUR_MUTED,
    COLOUR_RULE,
    COLOUR_SHADE,
    FONT_REGULAR,
    DocumentTemplate,
    esc,
    get_stylesheet,
    register_fonts,
    table_style,
)
from facilitator_app.export.report_charts import MAX_BARS, Bar, bar_chart
from facilitator_app.export.report_model import Progress, ReportData, RoundReport, no_progress
from facilitator_app.export.safe_write import write_atomically

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# The SWOT board's hues (ui/swot_style.py), for paper.
QUADRANT_HUES = {
    "S": colors.HexColor("#289646"),
    "W": colors.HexColor("#e18714"),
    "O": colors.HexColor("#286ed7"),
    "T": colors.HexColor("#cd2d3c"),
}
TOWS_LAYOUT = (("SO", "WO"), ("ST", "WT"))  # rows: opportunities, threats; columns: S, W
CELL_PADDING = 4
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SOURCE_WORDS = {"typed": "typed", "pasted": "pasted list", "tows": "TOWS", "swot": "SWOT"}


def long_date(day: date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def _tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white: amount 0 = white, 1 = the colour."""
    return colors.Color(
        1 - (1 - colour.red) * amount,
        1 - (1 - colour.green) * amount,
        1 - (1 - colour.blue) * amount,
    )


def _readable_on(colour: colors.Color) -> colors.Color:
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return colors.black if luminance > 0.45 else colors.white


def _number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, Fraction):
        value = value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else f"{value:.2f}"
    return str(value)


def _names(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


class _Styles:
    def __init__(self) -> None:
        sheet: StyleSheet1 = get_stylesheet()
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
                                     spaceAfter=2)
        self.cover_label = ParagraphStyle("CoverLabel", parent=self.body, textColor=COLOUR_MUTED)
        # A heading over a table that may be long: not kept with the whole table
        # (reportlab would push heading and table to the next page); a
        # CondPageBreak before it keeps it off the foot of a page instead.
        self.table_title = ParagraphStyle("TableTitle", parent=sheet["Heading3"],
                                          keepWithNext=False)

    def __getitem__(self, name: str) -> ParagraphStyle:
        # get_stylesheet() holds only ParagraphStyles (reportlab's stubs say PropertySet).
        return cast(ParagraphStyle, self.sheet[name])


class _Report:
    """Builds the story of one report."""

    def __init__(self, data: ReportData, width: float, height: float) -> None:
        self.data = data
        self.width = width
        self.height = height  # of the page's frame: what one unsplittable row may use
        self.s = _Styles()

    # ----- small helpers ----------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle | None = None, **kw: Any) -> Paragraph:
        """A paragraph of plain (user or our) text: always escaped."""
        return Paragraph(esc(text, multiline=True), style or self.s.body, **kw)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of our own markup; user parts must be escaped by the caller."""
        return Paragraph(markup, style or self.s.body)

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
        fixed = sum(w * cm for w in widths if w is not None)
        flexible = sum(1 for w in widths if w is None) or 1
        rest = max(self.width - fixed, 3 * cm) / flexible
        col_widths = [rest if w is None else w * cm for w in widths]
        size = s.cell.fontSize
        body = [[Paragraph(esc(h), s.number_head if i in numeric else s.head)
                 for i, h in enumerate(header)]]
        for row in rows:
            cells: list[Any] = []
            for i, value in enumerate(row):
                if isinstance(value, (Flowable, list)):
                    cells.append(value)
                    continue
                text = _CONTROL.sub("", "" if value is None else str(value))
                room = col_widths[i] - 2 * CELL_PADDING
                if "\n" not in text and stringWidth(text, FONT_REGULAR, size) <= room:
                    cells.append(text)  # drawn as it is: no markup, nothing to escape; fast
                else:
                    cells.append(Paragraph(esc(text), s.number if i in numeric else s.cell))
            body.append(cells)
        right = [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
        table = Table(body, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(
            ("FONT", (0, 1), (-1, -1), FONT_REGULAR, size, s.cell.leading),
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

    # ----- the story -------------------------------------------------------------
    def story(self) -> list[Flowable]:
        out = self.cover()
        out += self.attendance()
        out += self.swot()
        out += self.tows()
        out += self.priorities()
        out += self.rounds()
        out += self.methods()
        return out

    def cover(self) -> list[Flowable]:
        d, s = self.data, self.s
        w = d.workshop
        voters, observers = len(d.voters), len(d.observers)
        attendance = (f"{voters} voting member{'s' if voters != 1 else ''} and {observers} "
                      f"observer{'s' if observers != 1 else ''}")
        facts = [
            ("Date", long_date(w.date)),
            ("Venue", w.venue),
            ("Facilitator", w.facilitator),
            ("Attendance", attendance),
            ("Cluster", " · ".join(x for x in (d.profile.country, d.profile.sector) if x)),
        ]
        rows = [[self.p(k, s.cover_label), self.p(v)] for k, v in facts if v]
        facts_table = Table(rows, colWidths=[3.2 * cm, self.width - 3.2 * cm], hAlign="LEFT")
        facts_table.setStyle(table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ))
        out: list[Flowable] = [
            Spacer(1, 3.5 * cm),
            self.p("Workshop report", s["Subtitle"]),
            HRFlowable(width="100%", thickness=3, color=COLOUR_ACCENT, spaceAfter=16),
            self.p(d.cluster_name, s["Title"]),
            self.p(w.title, s["Subtitle"]),
            Spacer(1, 0.6 * cm),
            facts_table,
        ]
        if w.notes.strip():
            out += [Spacer(1, 0.5 * cm), self.p(w.notes, s.small)]
        out += [
            Spacer(1, 1.5 * cm),
            HRFlowable(width="100%", thickness=0.5, color=COLOUR_RULE, spaceAfter=6),
            self.p(
                f"Prepared with the {APP_NAME} {d.app_version} on "
                f"{long_date(d.generated_at.date())}. The workbook exported with this report "
                "holds every figure, ballot and audit entry.",
                s.small,
            ),
            PageBreak(),
        ]
        return out

    def attendance(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [self.p("Attendance", s["Heading1"])]
        out.append(self.p(
            f"{len(d.attendees)} member organisations attended: {len(d.voters)} as voting "
            f"members and {len(d.observers)} as observers, who follow the discussion but do not "
            "vote."
        ))
        rows = [[t.label, t.voters, t.observers, t.total] for t in d.by_type]
        rows.append([Paragraph("<b>Total</b>", s.cell), len(d.voters), len(d.observers),
                     len(d.attendees)])
        out.append(self.table(["Member type", "Voting members", "Observers", "Total"], rows,
                              [None, 2.8, 2.3, 1.8], numeric=(1, 2, 3)))
        if d.voter_names_shown:
            if d.voters:
                out += [CondPageBreak(4 * cm), self.p("Voting members", s.table_title)]
                out.append(self.table(
                    ["Organisation", "Member type", "Represented by"],
                    [[a.name, a.type_label, a.representative] for a in d.voters],
                    [None, 5.2, 4.2],
                ))
        else:
            out.append(self.p(d.names_note))
        if d.observers:
            out += [CondPageBreak(4 * cm), self.p("Observers", s.table_title)]
            out.append(self.table(
                ["Organisation", "Member type", "Represented by"],
                [[a.name, a.type_label, a.representative] for a in d.observers],
                [None, 5.2, 4.2],
            ))
        return out

    # ----- SWOT and TOWS grids ---------------------------------------------------
    def _grid(self, pairs: Sequence[tuple[str, str]], headers: dict[str, str],
              cells: dict[str, list[list[Flowable]]], header_colour: dict[str, colors.Color],
              tint: dict[str, colors.Color]) -> list[Flowable]:
        """The 2x2 grid as two half grids (top row, bottom row of the grid).

        Each half is one table row of two cells holding the items, like the
        board. A row of a table cannot break across pages, so a half too tall
        for a page is laid out with one table row per pair of items instead,
        which breaks anywhere (the quadrant titles repeat on the next page).
        """
        out: list[Flowable] = []
        half = self.width / 2
        none = [self.p("(none)", self.s.grid_meta)]
        for left, right in pairs:
            a, b = cells[left], cells[right]
            head_styles = []
            for key in (left, right):
                style = ParagraphStyle(f"GridHead{key}", parent=self.s.head,
                                       textColor=_readable_on(header_colour[key]))
                head_styles.append(Paragraph(esc(headers[key]), style))
            rows: list[list[Any]] = [
                head_styles,
                [[f for item in a for f in item] or none, [f for item in b for f in item] or none],
            ]
            compact = Table(rows, colWidths=[half, half])
            _w, tall = compact.wrap(self.width, self.height)
            if tall > self.height * 0.85:
                rows = [head_styles]
                for i in range(max(len(a), len(b), 1)):
                    rows.append([a[i] if i < len(a) else (none if i == 0 else ""),
                                 b[i] if i < len(b) else (none if i == 0 else "")])
            table = Table(rows, colWidths=[half, half], repeatRows=1, hAlign="LEFT")
            table.setStyle(table_style(
                ("BACKGROUND", (0, 0), (0, 0), header_colour[left]),
                ("BACKGROUND", (1, 0), (1, 0), header_colour[right]),
                ("BACKGROUND", (0, 1), (0, -1), tint[left]),
                ("BACKGROUND", (1, 1), (1, -1), tint[right]),
                ("LINEAFTER", (0, 0), (0, -1), 3, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                ("TOPPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ))
            out.append(table)
            out.append(Spacer(1, 3))
        return out

    def swot(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [CondPageBreak(6 * cm), self.p("SWOT analysis", s["Heading1"])]
        count = sum(len(v) for v in d.swot.values())
        if not count:
            return out + [self.p("No SWOT items were recorded for this workshop.")]
        out.append(self.p(
            "What the members said about the cluster: strengths and weaknesses inside it, "
            "opportunities and threats around it. Dots show how many marks an item received "
            "when the group short-listed them."
        ))
        cells: dict[str, list[list[Flowable]]] = {}
        for key, items in d.swot.items():
            cells[key] = []
            for item in items:
                dots = f" <font color='{COLOUR_MUTED.hexval()}'>· {item.dots} dot" \
                       f"{'s' if item.dots != 1 else ''}</font>" if item.dots else ""
                content: list[Flowable] = [Paragraph(
                    f"<b>{esc(item.label)}</b>  {esc(item.text, multiline=True)}{dots}",
                    s.grid_item)]
                if item.member_names:
                    content.append(self.p("Said by " + ", ".join(item.member_names),
                                          s.grid_meta))
                cells[key].append(content)
        headers = {k: label_of(SWOT_QUADRANTS, k) for k in QUADRANT_HUES}
        tint = {k: _tint(c, 0.13) for k, c in QUADRANT_HUES.items()}
        grid = self._grid((("S", "W"), ("O", "T")), headers, cells, QUADRANT_HUES, tint)
        return [out[0], KeepTogether(out[1:] + grid)]

    def tows(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [CondPageBreak(6 * cm), self.p("TOWS strategies", s["Heading1"])]
        if not any(d.tows.values()):
            return out + [self.p("No TOWS strategies were recorded for this workshop.")]
        out.append(self.p(
            "The SWOT turned into moves: each strategy pairs strengths (S) or weaknesses (W) "
            "with opportunities (O) or threats (T). The references point at the SWOT items "
            "above."
        ))
        cells: dict[str, list[list[Flowable]]] = {}
        for kind in ("SO", "ST", "WO", "WT"):
            cells[kind] = []
            for strategy in d.tows.get(kind, []):
                content: list[Flowable] = [Paragraph(
                    f"<b>{esc(strategy.label)}</b>  {esc(strategy.text, multiline=True)}",
                    s.grid_item)]
                if strategy.items:
                    content.append(self.p(
                        "Draws on " + ", ".join(i.label for i in strategy.items), s.grid_meta))
                cells[kind].append(content)
        headers = {k: label_of(TOWS_KINDS, k) for k in cells}
        colour = {
            "SO": QUADRANT_HUES["S"], "ST": QUADRANT_HUES["S"],
            "WO": QUADRANT_HUES["W"], "WT": QUADRANT_HUES["W"],
        }
        header_colour = {k: _tint(c, 0.55) for k, c in colour.items()}
        tint = {k: _tint(colors.HexColor("#8a96a3"), 0.12) for k in cells}
        grid = self._grid(TOWS_LAYOUT, headers, cells, header_colour, tint)
        return [out[0], KeepTogether(out[1:] + grid)]

    def priorities(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [CondPageBreak(5 * cm),
                               self.p("Candidate priorities", s["Heading1"])]
        if not d.priorities:
            return out + [self.p("No candidate priorities were recorded for this workshop.")]
        out.append(self.p(
            f"{len(d.priorities)} candidate priorities were put to the members, in this order "
            "on the ballot."
        ))
        rows = []
        for p in d.priorities:
            title: Any = p.title
            if p.description.strip():
                title = [self.p(p.title, s.cell), self.p(p.description, s.grid_meta)]
            source = SOURCE_WORDS.get(p.source_kind, p.source_kind)
            if p.source_ref:
                source = f"{source} {p.source_ref}"
            rows.append([p.number, title, p.category, source])
        out.append(self.table(["No.", "Priority", "Category", "Came from"], rows,
                              [1.1, None, 3.8, 2.4], numeric=(0,)))
        return out

    # ----- rounds -------------------------------------------------------------
    def rounds(self) -> list[Flowable]:
        d, s = self.data, self.s
        out: list[Flowable] = [CondPageBreak(8 * cm), self.p("Voting", s["Heading1"])]
        if not d.rounds:
            return out + [self.p("No vote was held in this workshop.")]
        n = len(d.rounds)
        out.append(self.p(
            f"The members voted in {n} round{'s' if n != 1 else ''}. Each round below gives "
            "the order of the priorities, how much the voters agreed, what the firms alone "
            "would have decided and, from the second round on, what changed."
        ))
        for index, r in enumerate(d.rounds):
            if index:
                out.append(CondPageBreak(9 * cm))
            out += self.round_section(r)
        return out

    def _ballots_sentence(self, r: RoundReport) -> str:
        privacy = {
            "named": "named ballots: who voted what is on record",
            "anonymous": "anonymous ballots: names are kept by the facilitator only and are "
                         "never shown",
            "secret": "secret ballots: nobody, not even the facilitator, can tell who cast "
                      "which ballot",
        }.get(r.info.anonymity, r.anonymity_text)
        counted = r.all_voters.counted
        status = "" if r.info.status == "closed" else \
            " The round was still open when this report was made: results may change."
        return (f"Method: {r.method_label}. {counted} ballot{'s' if counted != 1 else ''} "
                f"counted, {privacy}.{status}")

    def _outcome_sentence(self, r: RoundReport, result: TallyResult) -> str:
        title = r.priority_title
        if method_spec(r.method).winners_reach_consensus:
            reached = [title(o) for o in result.winners]
            if not reached:
                return "No priority reached consensus in this round."
            return f"Consensus was reached on {_names(reached)}."
        parts = []
        winners = [title(o) for o in result.winners]
        if len(winners) == 1:
            parts.append(f"First place: {winners[0]}.")
        elif winners:
            parts.append(f"Tie for first place between {_names(winners)}: the method does not "
                         "separate them, and no tie is broken by chance.")
        for group in result.ties:
            position = result.position_of(group[0])
            if position == 1:
                continue
            parts.append(f"{_names([title(o) for o in group])} share place {position}.")
        return " ".join(parts)

    def _chart(self, r: RoundReport, result: TallyResult) -> list[Flowable]:
        spec = method_spec(r.method)
        gradients = spec.winners_reach_consensus
        highlight = set(result.winners)
        bars = [
            Bar(f"{ro.position}. {r.priority_title(ro.option)}",
                float(ro.score) if ro.score is not None else 0.0, ro.option in highlight)
            for ro in result.ranking
        ]
        meaning = spec.score_meaning
        legend = ("dark bars: consensus reached" if gradients else "dark bars: first place")
        out: list[Flowable] = [
            bar_chart(bars, self.width, value_label=f"{meaning.capitalize()} ({legend})",
                      percent=spec.score_is_share)
        ]
        if len(bars) > MAX_BARS:
            out.append(self.p(f"The chart shows the first {MAX_BARS} of {len(bars)} priorities; "
                              "the table lists them all.", self.s.small))
        return out

    def _ranking_table(self, r: RoundReport) -> Table:
        res, firms = r.all_voters, r.firms
        spec = method_spec(r.method)
        per = res.rating_stats
        firms_pos = ({ro.option: ro for ro in firms.ranking}
                     if firms is not None and firms.counted else None)
        title = r.priority_title
        widths: list[float | None]
        numeric: tuple[int, ...]
        if per and spec.winners_reach_consensus:  # gradients
            header = ["Place", "Priority", "Support", "Blocks", "Median", "IQR", "Consensus"]
            rows = []
            for ro in res.ranking:
                st = per.get(ro.option)
                rows.append([ro.position, title(ro.option),
                             percent(st.support if st else None),
                             (st.blocks or 0) if st else 0,
                             _number(st.median if st else None),
                             _number(st.iqr if st else None),
                             "yes" if st and st.consensus else "no"])
            widths, numeric = [1.4, None, 1.8, 1.6, 1.7, 1.3, 2.3], (0, 2, 3, 4, 5)
        elif per:  # score
            header = ["Place", "Priority", "Mean", "Median", "Agreement (Tastle–Wierman)"]
            rows = []
            for ro in res.ranking:
                st = per.get(ro.option)
                cns = st.tastle_wierman if st else None
                rows.append([ro.position, title(ro.option), _number(ro.score),
                             _number(st.median if st else None),
                             f"{_number(cns)} ({cns_words(cns)})" if cns is not None else "–"])
            widths, numeric = [1.4, None, 1.6, 1.7, 4.6], (0, 2, 3)
        else:
            meaning = spec.score_meaning
            header = ["Place", "Priority", meaning[0].upper() + meaning[1:]]
            rows = [[ro.position, title(ro.option), _number(ro.score)] for ro in res.ranking]
            widths, numeric = [1.4, None, 3.0], (0, 2)
            support = {o: c.support for o, c in res.vote_counts.items()}
            if support:
                header.append("Support")
                for row, ro in zip(rows, res.ranking, strict=True):
                    row.append(percent(support.get(ro.option)))
                widths.append(2.0)
                numeric += (3,)
        if firms_pos is not None:
            header.append("Firms only: place")
            for row, ro in zip(rows, res.ranking, strict=True):
                f = firms_pos.get(ro.option)
                row.append(f.position if f is not None else "–")
            widths.append(2.4)
            numeric += (len(header) - 1,)
        highlight = [("BACKGROUND", (0, i), (-1, i), _tint(COLOUR_ACCENT, 0.08))
                     for i, ro in enumerate(res.ranking, start=1) if ro.option in res.winners]
        return self.table(header, rows, widths, numeric=numeric, extra=highlight)

    def _agreement(self, r: RoundReport) -> list[Flowable]:
        res, s = r.all_voters, self.s
        spec = method_spec(r.method)
        out: list[Flowable] = []
        if spec.ranked:
            w = res.consensus.kendall_w
            text = "Agreement: " + w_sentence(w, res.counted)
            chance = p_value_words(res.consensus.p_value)
            if w is not None and chance:
                text += f" Such agreement is {chance}."
            out.append(self.p(text))
        elif spec.winners_reach_consensus:  # gradients
            per = res.rating_stats
            threshold = r.info.method_params.support_threshold
            rule = res.details.rule if isinstance(res.details, RatingDetails) else None
            out.append(self.p(
                f"Agreement per priority (the rule for this round: {rule.removeprefix('consensus = ')}):"
                if rule else "Agreement per priority:"))
            for ro in res.ranking:
                st = per.get(ro.option)
                verdict = gradients_verdict(st.support if st else None,
                                            int(st.blocks or 0) if st else 0,
                                            bool(st and st.consensus), threshold)
                cns = st.tastle_wierman if st else None
                spread = f" Spread of views: {cns_words(cns)} (Tastle–Wierman " \
                         f"{_number(cns)})." if cns is not None else ""
                out.append(Paragraph(
                    f"<b>{esc(r.priority_title(ro.option))}</b>: {esc(verdict + spread)}",
                    s.bullet, bulletText="•"))
        elif res.rating_stats:  # score
            out.append(self.p(
                "The last column says how close the marks on each priority were "
                "(Tastle and Wierman's measure, 1 = everyone gave the same mark)."))
        return out

    def _firms(self, r: RoundReport) -> list[Flowable]:
        if r.firms is None:
            return [self.p(r.firms_note or "No firms-only view for this round.", self.s.small)]
        firms = r.firms
        if not firms.counted:
            return [self.p("No firm voted in this round, so there is no firms-only view.",
                           self.s.small)]
        same = [ro.option for ro in firms.ranking] == [ro.option for ro in r.all_voters.ranking] \
            and [ro.position for ro in firms.ranking] == \
            [ro.position for ro in r.all_voters.ranking]
        lead = (f"Counting only the {firms.counted} ballot{'s' if firms.counted != 1 else ''} "
                "of firms (the companies remain the decision makers of a cluster initiative), ")
        if same:
            return [self.p(lead + "the order is exactly the same.", self.s.small)]
        if method_spec(r.method).winners_reach_consensus:
            reached = [r.priority_title(o) for o in firms.winners]
            tail = (f"consensus is reached on {_names(reached)}." if reached
                    else "no priority reaches consensus.")
        else:
            top = [r.priority_title(o) for o in firms.winners]
            tail = (f"first place goes to {_names(top)}; the last column of the table gives "
                    "every place." if top else "no priority comes first.")
        return [self.p(lead + tail, self.s.small)]

    def _change(self, r: RoundReport) -> list[Flowable]:
        if r.comparison is None or r.previous is None:
            return []
        prev = r.previous
        out: list[Flowable] = [CondPageBreak(4 * cm),
                               self.p(f"Change since round {prev.number}", self.s.table_title)]
        rows = []
        dropped = []
        title_of = {o.label: o.title for o in prev.options}
        title_of.update({o.label: o.title for o in r.info.options})
        for mv in r.comparison.moves:
            name = title_of.get(mv.option, mv.option)
            if mv.position_after is None:
                dropped.append(name)
                continue
            if mv.movement is None:
                change = "new in this round"
            elif mv.movement > 0:
                change = f"up {mv.movement}"
            elif mv.movement < 0:
                change = f"down {-mv.movement}"
            else:
                change = "same place"
            rows.append([name, mv.position_before if mv.position_before else "–",
                         mv.position_after, change])
        out.append(self.table(["Priority", f"Place in round {prev.number}", "Place now",
                               "Change"], rows, [None, 2.6, 2.0, 3.0], numeric=(1, 2)))
        w = r.comparison.figures.kendall_w
        sentences = []
        if w is not None and w.before is not None and w.after is not None:
            sentences.append(
                f"Agreement on the order went from W = {float(w.before):.2f} "
                f"({w_words(w.before)}) to W = {float(w.after):.2f} ({w_words(w.after)}).")
        elif w is not None and w.before is not None:
            sentences.append(
                f"Round {prev.number} measured agreement on the order (W = {float(w.before):.2f}, "
                f"{w_words(w.before)}); this round asked about each priority on its own, "
                "so its agreement is given per priority above.")
        if dropped:
            sentences.append(f"Not carried into this round: {_names(dropped)}.")
        if sentences:
            out.append(self.p(" ".join(sentences)))
        return out

    def round_section(self, r: RoundReport) -> list[Flowable]:
        s = self.s
        res = r.all_voters
        heading = self.p(r.heading, s["Heading2"])
        intro = self.p(self._ballots_sentence(r))
        if res.counted == 0:
            return [heading, intro, self.p("No valid ballot was counted in this round.")]
        outcome = self.p(self._outcome_sentence(r, res))
        out: list[Flowable] = [KeepTogether([heading, intro, outcome, *self._chart(r, res)])]
        out.append(self._ranking_table(r))
        out += self._agreement(r)
        out += self._firms(r)
        out += self._change(r)
        return out

    # ----- methods ------------------------------------------------------------
    def methods(self) -> list[Flowable]:
        d, s = self.data, self.s
        used = list(dict.fromkeys(r.method for r in d.rounds))
        if not used:
            return []
        out: list[Flowable] = [CondPageBreak(6 * cm),
                               self.p("How the results were worked out", s["Heading1"])]
        for method in used:
            label = next(r.method_label for r in d.rounds if r.method == method)
            out.append(self.p(label, s["Heading3"]))
            out.append(self.p(method_spec(method).note))
        out.append(self.p("What the agreement figures mean", s["Heading3"]))
        explained = {key for m in used for key in method_spec(m).figure_notes}
        out += [self.p(text) for key, text in FIGURE_NOTES.items() if key in explained]
        out.append(self.p(
            "Ties are reported as ties: when a method cannot separate two priorities they "
            "share a place, and nothing is decided by lot."))
        modes = list(dict.fromkeys(r.info.anonymity for r in d.rounds))
        out.append(self.p("How the ballots were kept", s["Heading3"]))
        for mode in modes:
            out.append(Paragraph(esc(label_of(ANONYMITY_MODES, mode)) + ".", s.bullet,
                                 bulletText="•"))
        return out


class _ReportDocument(DocumentTemplate):
    """The shared page template, reporting progress as flowables are laid out."""

    def __init__(self, filename: str, progress: Progress, expected: int, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self._progress = progress
        self._expected = max(expected, 1)
        self._seen = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        super().afterFlowable(flowable)
        self._seen += 1
        if self._seen % 8 == 0:
            done = min(self._seen / self._expected, 1.0)
            self._progress(0.1 + 0.85 * done, "Laying out the report pages")


def build_story(data: ReportData, width: float, height: float) -> list[Flowable]:
    """The report's flowables for a frame ``width`` x ``height`` points."""
    return _Report(data, width, height).story()


def write_report(path: str | Path, data: ReportData, progress: Progress = no_progress) -> Path:
    """Write the workshop report to ``path`` atomically; returns the path."""
    register_fonts()
    progress(0.0, "Preparing the report")

    def writer(tmp: Path) -> None:
        options: dict[str, Any] = {
            "title": f"{data.workshop.title}: workshop report",
            "subject": f"{data.cluster_name}: workshop report",
            "header_text": f"{data.cluster_name} · {data.workshop.title}",
            "footer_text": long_date(data.workshop.date),
            "cover_page": True,
        }
        probe = DocumentTemplate(str(tmp), **options)
        story = build_story(data, probe.width, probe.height)
        progress(0.1, "Laying out the report pages")
        # Page totals need two passes (see pdf_common); expect about that many flowables.
        doc = _ReportDocument(str(tmp), progress, 2 * len(story), **options)
        doc.build_story(story)

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written


__all__ = ["build_story", "long_date", "write_report"]
