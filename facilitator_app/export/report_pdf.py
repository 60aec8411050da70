"""The workshop report (.pdf): what members and the funder read afterwards.

Its parts, in order:

1. a cover to print: an accent band with the cluster's name, the workshop
   in large type, its date, venue and facilitator;
2. a one-page summary: who came (by member type), what was voted on, how
   strong the agreement was in words and figures, the top priorities, what
   was decided and the next steps (open actions, lead, due date, overdue
   ones first); it names fewer of them when they would not fit the page;
3. contents, when the report runs past a few pages;
4. attendance, the SWOT as a coloured 2x2 grid, the TOWS grid, the
   candidate priorities;
5. one section per vote round (:mod:`facilitator_app.export.report_rounds`):
   ranking with a chart or the impact x feasibility matrix, the counts of an
   instant runoff, vote weights stated when used, ties marked "=";
6. decisions and the action plan
   (:mod:`facilitator_app.export.report_decisions`): each decision's
   statement and how the vote placed it, its actions and indicators;
7. how the results were worked out, and a note on any character no bundled
   font could print (shown as "�", never as an empty box).

Headings stay with what follows them, a table breaks only with a few rows
on each side (:mod:`facilitator_app.export.pdf_layout`), and when the last
page would hold only a few lines the closing section is set more tightly.
Everything typed by a user goes through :func:`pdf_common.esc`. Fed by
:class:`facilitator_app.export.report_model.ReportData`; no Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
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
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

from facilitator_app import APP_NAME
from facilitator_app.core.domain import ANONYMITY_MODES, SWOT_QUADRANTS, TOWS_KINDS, label_of
from facilitator_app.core.voting import method_spec
from facilitator_app.export.pdf_common import (
    COLOUR_ACCENT,
    COLOUR_MUTED,
    COLOUR_RULE,
    MARKER,
    DocumentTemplate,
    collect_missing,
    register_fonts,
    table_style,
)
from facilitator_app.export.report_base import (
    LONG_TIE,
    long_date,
    places,
    readable_on,
    tint,
)
from facilitator_app.export.report_decisions import (
    SUMMARY_ACTIONS,
    SUMMARY_DECISIONS,
    DecisionSections,
)
from facilitator_app.export.report_model import Progress, ReportData, RoundReport, no_progress
from facilitator_app.export.report_rounds import RoundSections
from facilitator_app.export.report_words import (
    ANONYMITY_LABELS,
    FIGURE_NOTES,
    MEMBER_TYPE_LABELS,
    MEMBER_TYPE_PLURALS,
    METHOD_NOTES,
    PRIORITY_CATEGORY_LABELS,
    QUADRANT_LABELS,
    SWOT_LABELS,
    TOWS_LABELS,
    word,
)
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.i18n.messages import T_, Texts

log = logging.getLogger(__name__)

# The SWOT board's hues (ui/swot_style.py), for paper.
QUADRANT_HUES = {
    "S": colors.HexColor("#289646"),
    "W": colors.HexColor("#e18714"),
    "O": colors.HexColor("#286ed7"),
    "T": colors.HexColor("#cd2d3c"),
}
TOWS_LAYOUT = (("SO", "WO"), ("ST", "WT"))  # rows: opportunities, threats; columns: S, W
SOURCE_WORDS = {"typed": T_("typed"), "pasted": T_("pasted list"), "tows": T_("TOWS"),
                "swot": T_("SWOT")}
CONTENTS_AFTER_PAGES = 4  # a longer report gets a table of contents
NEARLY_EMPTY = 0.22  # a last page filled less than this is avoided when it can be
TOP_PRIORITIES = 5
SUMMARY_ROUNDS = 5  # rounds the one-page summary names one by one
#: (top priorities, decisions, open actions) the summary names, tried in turn
#: until it fits on its page.
#: The vote's top priorities give way first: the decisions mostly repeat them.
SUMMARY_LIMITS = ((TOP_PRIORITIES, SUMMARY_DECISIONS, SUMMARY_ACTIONS), (3, 5, 5), (2, 4, 4),
                  (1, 3, 3), (1, 3, 2), (1, 2, 2), (1, 1, 2), (1, 1, 1))
SUMMARY_SPARE = 12  # points the summary leaves free on its page (what the estimate may miss)


class _Report(RoundSections, DecisionSections):
    """Builds the story of one report."""

    def __init__(self, data: ReportData, width: float, height: float, *,
                 contents: bool = False, compact: bool = False, lang: str = "en") -> None:
        super().__init__(data, width, height, lang)
        self.contents = contents
        self.compact = compact

    # ----- the story -------------------------------------------------------------
    def story(self) -> list[Flowable]:
        out = self.cover()
        out += self.summary()
        if self.contents:
            out += self.table_of_contents()
        out += self.attendance()
        out += self.swot()
        out += self.tows()
        out += self.priorities()
        out += self.rounds()
        out += self.decisions()
        out += self.methods()
        return out

    # ----- cover -----------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        d, s = self.data, self.s
        w = d.workshop
        white = ParagraphStyle("Band", parent=s.body, textColor=colors.white)
        band_label = ParagraphStyle("BandLabel", parent=white, fontSize=10, leading=13,
                                    textColor=tint(COLOUR_ACCENT, 0.25))
        band_name = ParagraphStyle("BandName", parent=white, fontName=s["Title"].fontName,
                                   fontSize=19, leading=24, spaceAfter=0)
        band = Table([[[Paragraph(self.e(self.t("WORKSHOP REPORT"), band_label), band_label),
                        Paragraph(self.e(d.cluster_name, band_name), band_name)]]],
                     colWidths=[self.width], hAlign="LEFT")
        band.setStyle(table_style(
            ("BACKGROUND", (0, 0), (-1, -1), COLOUR_ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 18),
            ("RIGHTPADDING", (0, 0), (-1, -1), 18),
            ("TOPPADDING", (0, 0), (-1, -1), 16),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 18),
        ))
        title = ParagraphStyle("CoverTitle", parent=s["Title"], fontSize=30, leading=36,
                               spaceAfter=8)
        t = self.t
        when = " · ".join(x for x in (self.day(w.date), w.venue) if x)
        voters, observers = len(d.voters), len(d.observers)
        facts = [
            (t("Date"), self.day(w.date)),
            (t("Venue"), w.venue),
            (t("Facilitator"), w.facilitator),
            (t("Attendance"), t("{voters} and {observers}",
                                voters=t.n("{n} voting member", "{n} voting members", voters),
                                observers=t.n("{n} observer", "{n} observers", observers))),
            self._where(d.profile.country, d.profile.sector),
        ]
        rows = [[self.p(k, s.cover_label), self.p(v)] for k, v in facts if v]
        facts_table = Table(rows, colWidths=[3.2 * cm, self.width - 3.2 * cm], hAlign="LEFT")
        facts_table.setStyle(table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ))
        out: list[Flowable] = [
            Spacer(1, 1.2 * cm),
            band,
            Spacer(1, 1.4 * cm),
            self.p(w.title, title),
        ]
        if when:
            out.append(self.p(when, s["Subtitle"]))
        out += [HRFlowable(width="30%", thickness=3, color=COLOUR_ACCENT, hAlign="LEFT",
                           spaceBefore=4, spaceAfter=18), facts_table]
        if w.notes.strip():
            out += [Spacer(1, 0.4 * cm), self.p(w.notes, s.small)]
        out += [
            Spacer(1, 1.2 * cm),
            HRFlowable(width="100%", thickness=0.5, color=COLOUR_RULE, spaceAfter=6),
            self.p(
                t("Prepared with the {app} {version} on {day}. The workbook exported with this "
                  "report holds every figure, ballot and audit entry.", app=APP_NAME,
                  version=d.app_version, day=self.day(d.generated_at.date())),
                s.small,
            ),
            PageBreak(),
        ]
        return out

    def _where(self, country: str | None, sector: str | None) -> tuple[str, str]:
        """The cover's row for the cluster's country and sector, named for what it holds."""
        t = self.t
        label = (t("Country · sector") if country and sector else
                 t("Country") if country else t("Sector"))
        return label, " · ".join(x for x in (country, sector) if x)

    # ----- the one-page summary ------------------------------------------------------
    def summary(self) -> list[Flowable]:
        """Who came, what was voted on, how strongly they agreed, the top priorities,
        what was decided and the next steps: on one page. When it would not fit,
        fewer priorities, decisions and actions are named one by one (the rest
        are counted and found in their parts)."""
        out: list[Flowable] = []
        for limits in SUMMARY_LIMITS:
            out = self._summary(*limits)
            if self._fits(out):
                break
        return [KeepTogether(out), PageBreak()]

    def _fits(self, flowables: Sequence[Flowable]) -> bool:
        """Whether these fit one frame, spaced as a frame spaces them (the space
        before a flowable overlaps the space after the one above it)."""
        used = after = 0.0
        for i, f in enumerate(flowables):
            _w, h = f.wrap(self.width, self.height)
            used += after + h + (max(f.getSpaceBefore() - after, 0) if i else 0)
            after = f.getSpaceAfter()
        return used <= self.height - SUMMARY_SPARE

    def _summary(self, top: int, decided: int, steps: int) -> list[Flowable]:
        d, s, t = self.data, self.s, self.t
        out: list[Flowable] = [self.p(t("Summary"), s["Heading1"]), self._key_figures()]
        out += [self.p(t("Who came"), s.summary_head), self.markup(self._who_came())]
        voted = [r for r in d.rounds if r.all_voters.counted]
        out.append(self.p(t("What was voted on"), s.summary_head))
        out.append(self.markup(self._what_was_voted()))
        if voted:
            out.append(self.p(t("How strongly the members agreed"), s.summary_head))
            for r in voted[-SUMMARY_ROUNDS:]:  # the last ones: where the vote ended
                out.append(Paragraph(self.fill(
                    t("{name}: {words}"), s.bullet, name=self.b(self.heading(r), s.bullet),
                    words=self.e(self._agreement_words(r), s.bullet)), s.bullet, bulletText="•"))
            if len(voted) > SUMMARY_ROUNDS:
                out.append(self.p(t("Earlier rounds: see their sections ({n} more).",
                                    n=len(voted) - SUMMARY_ROUNDS), s.small))
        final = self._final_round()
        if final is not None:
            out.append(self.p(t("Top priorities"), s.summary_head))
            out += self._top_priorities(final, top)
        out += self.summary_decided(decided)
        out += self.summary_next_steps(steps)
        return out

    def _key_figures(self) -> Table:
        d, s = self.data, self.s
        ballots = sum(r.all_voters.counted for r in d.rounds)
        t = self.t
        figures = [
            (len(d.attendees), t("organisations attended")),
            (len(d.voters), t("voting members")),
            (len(d.priorities), t("candidate priorities")),
            (len(d.rounds), t("vote rounds")),
            (ballots, t("ballots counted")),
        ]
        big = ParagraphStyle("KeyFigure", parent=s.body, fontName=s["Title"].fontName,
                             fontSize=22, leading=26, textColor=COLOUR_ACCENT, spaceAfter=0)
        label = ParagraphStyle("KeyLabel", parent=s.small, fontSize=8, leading=10,
                               spaceAfter=0)
        room = self.width / len(figures) - 9 - 6  # the cell less its left and right padding

        def fitted(text: str) -> ParagraphStyle:
            """The label's style, smaller when its longest word would not fit
            ("kandidaat-prioriteiten" is not cut in two)."""
            longest = max(stringWidth(w, str(label.fontName), label.fontSize)
                          for w in text.split())
            if longest <= room:
                return label
            size = max(label.fontSize * room / longest, 6.0)
            return ParagraphStyle(f"KeyLabel{size:.1f}", parent=label, fontSize=size,
                                  leading=label.leading)

        cells = [[Paragraph(self.num(n), big), Paragraph(self.e(text, fitted(text)), fitted(text))]
                 for n, text in figures]
        table = Table([cells], colWidths=[self.width / len(cells)] * len(cells), hAlign="LEFT")
        table.setStyle(table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), tint(COLOUR_ACCENT, 0.07)),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ))
        table.spaceAfter = 4
        return table

    def type_label(self, member_type: str | None, label: str) -> str:
        """A member type's name in the report's language ('(type not set)' for none)."""
        if member_type is None:
            return self.t("(type not set)")
        return word(self.t, MEMBER_TYPE_LABELS, member_type, label)

    def type_words(self, count: int, member_type: str | None, label: str) -> str:
        """'1 firm', '15 firms', '2 government ministries'."""
        if count != 1 and member_type in MEMBER_TYPE_PLURALS:
            return f"{count} {word(self.t, MEMBER_TYPE_PLURALS, member_type)}"
        label = self.type_label(member_type, label)
        label = label[:1].lower() + label[1:]
        if count == 1 or not self.english or label.endswith("s"):
            return f"{count} {label}"
        return f"{count} {label}s"

    def _who_came(self) -> str:
        d, t = self.data, self.t

        def by_type(role: str) -> str:
            counts = [(c.voters if role == "voter" else c.observers, c.member_type, c.label)
                      for c in d.by_type]
            counts = [c for c in counts if c[0]]
            counts.sort(key=lambda c: -c[0])
            shown = [self.type_words(*c) for c in counts[:5]]
            rest = sum(c[0] for c in counts[5:])
            if rest:
                shown.append(t("{n} of other types", n=rest))
            return self.names(shown)

        voters, observers = len(d.voters), len(d.observers)
        voting = t.n("{n} voting member", "{n} voting members", voters)
        if voters:
            voting += f" ({by_type('voter')})"
        following = t.n("{n} observer", "{n} observers", observers)
        if observers:
            following += f" ({by_type('observer')})"
        text = t("{attendees} took part: {voters} and {observers}, who follow the discussion "
                 "but do not vote.",
                 attendees=t.n("{n} member organisation", "{n} member organisations",
                               len(d.attendees)),
                 voters=voting, observers=following)
        return self.e(text)

    def _what_was_voted(self) -> str:
        d, t = self.data, self.t
        if not d.rounds:
            return self.e(t.n("{n} candidate priority was put to the members; no vote was held.",
                              "{n} candidate priorities were put to the members; no vote was "
                              "held.", len(d.priorities)))
        parts = []
        for r in d.rounds[:SUMMARY_ROUNDS]:
            options = len(r.info.options)
            ballots = t.n("{n} ballot", "{n} ballots", r.all_voters.counted)
            if r.info.status != "closed":
                ballots = t("{ballots}, still open", ballots=ballots)
            method = self.method_label(r)
            method = method[:1].lower() + method[1:]
            parts.append(t("round {number}, {method} on {options} ({ballots})", number=r.number,
                           method=method,
                           options=t.n("{n} priority", "{n} priorities", options),
                           ballots=ballots))
        if len(d.rounds) > SUMMARY_ROUNDS:
            parts.append(t.n("{n} more round", "{n} more rounds", len(d.rounds) - SUMMARY_ROUNDS))
        text = t("The members weighed {priorities} in {rounds}: {parts}.",
                 priorities=t.n("{n} candidate priority", "{n} candidate priorities",
                                len(d.priorities)),
                 rounds=t.n("{n} vote round", "{n} vote rounds", len(d.rounds)),
                 parts=self.names(parts))
        weighted = [str(r.number) for r in d.rounds if r.weights_note]
        if weighted:
            text += " " + t.n("Round {rounds} counted vote weights (stated in the round's "
                              "section).",
                              "Rounds {rounds} counted vote weights (stated in the round's "
                              "section).", len(weighted), rounds=self.names(weighted))
        return self.e(text)

    def _agreement_words(self, r: RoundReport) -> str:
        words = self.agreement_sentence(r.all_voters)
        return words[:1].upper() + words[1:] + "."

    def _final_round(self) -> RoundReport | None:
        """The last round with ballots (closed ones first): where the vote ended."""
        counted = [r for r in self.data.rounds if r.all_voters.counted]
        closed = [r for r in counted if r.info.status == "closed"]
        chosen = closed or counted
        return chosen[-1] if chosen else None

    def _top_priorities(self, r: RoundReport, top: int = TOP_PRIORITIES) -> list[Flowable]:
        s, t = self.s, self.t
        res = r.all_voters
        spec = method_spec(r.method)
        shown = places(res.ranking)
        rows: list[list[Any]] = []
        if spec.winners_reach_consensus:
            per = res.rating_stats
            for o in res.winners[:top]:
                st = per.get(o)
                rows.append([shown[o], r.priority_title(o),
                             t("consensus, {share} support",
                               share=self.pct(st.support if st else None))])
            if not rows:
                return [self.p(t("Where the vote ended ({heading}): no priority reached "
                                 "consensus.", heading=self.heading(r)), s.body)]
        else:
            for ro in res.ranking[:top]:
                value = (self.pct(ro.score) if spec.score_is_share
                         else f"{self.num(ro.score)} {self.score_meaning(r)}")
                if r.weights_note and not spec.score_is_share:
                    value = t("{value} (weighted)", value=value)
                if r.quadrants is not None:
                    key = r.quadrants.quadrants.get(ro.option)
                    if key:
                        value += f"; {word(t, QUADRANT_LABELS, key, key).lower()}"
                rows.append([shown[ro.option], r.priority_title(ro.option), value])
        table = self.table([t("Place"), t("Priority"), t("Result")], rows, [1.4, None, 5.0],
                           numeric=(0,))
        table.spaceAfter = 4
        out: list[Flowable] = [self.p(t("Where the vote ended ({heading}):",
                                        heading=self.heading(r))), table]
        # a consensus round whose summary has room for fewer than its consensus
        # priorities says so too, or the summary seems to drop one
        cut = (len(res.winners) > len(rows) if spec.winners_reach_consensus
               else len(res.ranking) > len(rows))
        if cut:
            out.append(self.p(t("The round's section lists all {n} priorities.",
                                n=len(res.ranking)), s.small))
        return out

    # ----- contents ------------------------------------------------------------------
    def table_of_contents(self) -> list[Flowable]:
        s = self.s
        toc = TableOfContents(dotsMinLevel=0)
        # Its table's cells would start in Helvetica, the one font not embedded.
        toc.tableStyle = table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0))
        toc.levelStyles = [
            ParagraphStyle("Contents1", parent=s["TOC1"], fontName=s["Heading2"].fontName,
                           spaceBefore=5, leading=15),
            ParagraphStyle("Contents2", parent=s["TOC2"], leftIndent=16, leading=13),
        ]
        title = ParagraphStyle("ContentsTitle", parent=s["Heading1"])
        return [self.p(self.t("Contents"), title), toc, PageBreak()]

    # ----- attendance ---------------------------------------------------------------
    def attendance(self) -> list[Flowable]:
        d, s, t = self.data, self.s, self.t
        observers = len(d.observers)
        lead: list[Flowable] = [self.p(t("Attendance"), s["Heading1"]), self.p(t(
            "{attendees} attended: {voters} and {observers}",
            attendees=t.n("{n} member organisation", "{n} member organisations",
                          len(d.attendees)),
            voters=t.n("{n} as a voting member", "{n} as voting members", len(d.voters)),
            observers=t.n("{n} as an observer, who follows the discussion but does not vote.",
                          "{n} as observers, who follow the discussion but do not vote.",
                          observers)))]
        rows = [[self.type_label(c.member_type, c.label), c.voters, c.observers, c.total]
                for c in d.by_type]
        rows.append([Paragraph(self.b(t("Total"), s.cell), s.cell), len(d.voters),
                     len(d.observers), len(d.attendees)])
        out: list[Flowable] = [self.titled(lead, self.table(
            [t("Member type"), t("Voting members"), t("Observers"), t("Total")], rows,
            [None, 2.8, 2.3, 1.8], numeric=(1, 2, 3)))]
        listing = [(t("Voting members"), d.voters)] if d.voter_names_shown else []
        if not d.voter_names_shown:
            out.append(self.p(self._names_note()))
        listing.append((t("Observers"), d.observers))
        for heading, people in listing:
            if not people:
                continue
            table = self.table([t("Organisation"), t("Member type"), t("Represented by")],
                               [[a.name, self.type_label(a.member_type, a.type_label),
                                 a.representative] for a in people],
                               [None, 4.6, 4.2])
            out.append(self.titled([self.p(heading, s.table_title)], table))
        return out

    def _names_note(self) -> str:
        """Why the voting members are not named: the rounds with secret ballots."""
        secret = [str(r.number) for r in self.data.rounds if r.info.anonymity == "secret"]
        if not secret:
            return self.data.names_note
        return self.t.n(
            "Round {rounds} used secret ballots, so the voting members are not named in this "
            "document; their numbers by member type are given.",
            "Rounds {rounds} used secret ballots, so the voting members are not named in this "
            "document; their numbers by member type are given.",
            len(secret), rounds=", ".join(secret))

    # ----- SWOT and TOWS grids ---------------------------------------------------
    def _grid(self, pairs: Sequence[tuple[str, str]], headers: dict[str, str],
              cells: dict[str, list[list[Flowable]]], header_colour: dict[str, colors.Color],
              shade: dict[str, colors.Color]) -> list[Flowable]:
        """The 2x2 grid as two half grids (top row, bottom row of the grid).

        Each half is one table row of two cells holding the items, like the
        board. A row of a table cannot break across pages, so a half too tall
        for a page is laid out with one table row per pair of items instead,
        which breaks anywhere (the quadrant titles repeat on the next page).
        """
        out: list[Flowable] = []
        half = self.width / 2
        none = [self.p(self.t("(none)"), self.s.grid_meta)]
        for left, right in pairs:
            a, b = cells[left], cells[right]
            head_styles = []
            for key in (left, right):
                style = ParagraphStyle(f"GridHead{key}", parent=self.s.head,
                                       textColor=readable_on(header_colour[key]))
                head_styles.append(Paragraph(self.e(headers[key], style), style))
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
                ("BACKGROUND", (0, 1), (0, -1), shade[left]),
                ("BACKGROUND", (1, 1), (1, -1), shade[right]),
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
        d, s, t = self.data, self.s, self.t
        heading = self.p(t("SWOT analysis"), s["Heading1"])
        count = sum(len(v) for v in d.swot.values())
        if not count:
            return [CondPageBreak(4 * cm), KeepTogether([
                heading, self.p(t("No SWOT items were recorded for this workshop."))])]
        intro = self.p(t(
            "What the members said about the cluster: strengths and weaknesses inside it, "
            "opportunities and threats around it. Dots show how many marks an item received "
            "when the group short-listed them."
        ))
        cells: dict[str, list[list[Flowable]]] = {}
        muted = COLOUR_MUTED.hexval()
        for key, items in d.swot.items():
            cells[key] = []
            for item in items:
                dot_words = self.e(t.n("{n} dot", "{n} dots", item.dots), s.grid_item)
                dots = f" <font color='{muted}'>· {dot_words}</font>" if item.dots else ""
                content: list[Flowable] = [Paragraph(
                    f"{self.b(item.label, s.grid_item)}  "
                    f"{self.e(item.text, s.grid_item, multiline=True)}{dots}", s.grid_item)]
                if item.member_names:
                    content.append(self.p(t("Said by {names}",
                                            names=", ".join(item.member_names)), s.grid_meta))
                cells[key].append(content)
        headers = {k: word(t, SWOT_LABELS, k, label_of(SWOT_QUADRANTS, k))
                   for k in QUADRANT_HUES}
        shade = {k: tint(c, 0.13) for k, c in QUADRANT_HUES.items()}
        grid = self._grid((("S", "W"), ("O", "T")), headers, cells, QUADRANT_HUES, shade)
        return [CondPageBreak(6 * cm), KeepTogether([heading, intro, *grid])]

    def tows(self) -> list[Flowable]:
        d, s, t = self.data, self.s, self.t
        heading = self.p(t("TOWS strategies"), s["Heading1"])
        if not any(d.tows.values()):
            return [CondPageBreak(4 * cm), KeepTogether([
                heading, self.p(t("No TOWS strategies were recorded for this workshop."))])]
        intro = self.p(t(
            "The SWOT turned into moves: each strategy pairs strengths (S) or weaknesses (W) "
            "with opportunities (O) or threats (T). The references point at the SWOT items "
            "above."
        ))
        cells: dict[str, list[list[Flowable]]] = {}
        for kind in ("SO", "ST", "WO", "WT"):
            cells[kind] = []
            for strategy in d.tows.get(kind, []):
                content: list[Flowable] = [Paragraph(
                    f"{self.b(strategy.label, s.grid_item)}  "
                    f"{self.e(strategy.text, s.grid_item, multiline=True)}", s.grid_item)]
                if strategy.items:
                    content.append(self.p(t(
                        "Draws on {labels}", labels=", ".join(i.label for i in strategy.items)),
                        s.grid_meta))
                cells[kind].append(content)
        headers = {k: word(t, TOWS_LABELS, k, label_of(TOWS_KINDS, k)) for k in cells}
        colour = {
            "SO": QUADRANT_HUES["S"], "ST": QUADRANT_HUES["S"],
            "WO": QUADRANT_HUES["W"], "WT": QUADRANT_HUES["W"],
        }
        header_colour = {k: tint(c, 0.55) for k, c in colour.items()}
        shade = {k: tint(colors.HexColor("#8a96a3"), 0.12) for k in cells}
        grid = self._grid(TOWS_LAYOUT, headers, cells, header_colour, shade)
        return [CondPageBreak(6 * cm), KeepTogether([heading, intro, *grid])]

    def priorities(self) -> list[Flowable]:
        d, s, t = self.data, self.s, self.t
        heading = self.p(t("Candidate priorities"), s["Heading1"])
        if not d.priorities:
            return [CondPageBreak(4 * cm), KeepTogether([
                heading, self.p(t("No candidate priorities were recorded for this workshop."))])]
        intro = self.p(t.n(
            "{n} candidate priority was put to the members, in this order on the ballot.",
            "{n} candidate priorities were put to the members, in this order on the ballot.",
            len(d.priorities)))
        rows = []
        for p in d.priorities:
            title: Any = p.title
            if p.description.strip():
                title = [self.p(p.title, s.cell), self.p(p.description, s.grid_meta)]
            source = word(t, SOURCE_WORDS, p.source_kind, p.source_kind)
            if p.source_ref:
                source = f"{source} {p.source_ref}"
            category = word(t, PRIORITY_CATEGORY_LABELS, p.category, p.category)
            rows.append([p.number, title, category, source])
        table = self.table([t("No."), t("Priority"), t("Category"), t("Came from")], rows,
                           [1.1, None, 3.8, 2.4], numeric=(0,))
        return [CondPageBreak(5 * cm), self.titled([heading, intro], table)]

    # ----- methods ------------------------------------------------------------
    def methods(self) -> list[Flowable]:
        d, s, t = self.data, self.s, self.t
        used = list(dict.fromkeys(r.method for r in d.rounds))
        if not used:
            return self._missing_note()
        text = s.compact if self.compact else s.body
        sub = ParagraphStyle("MethodHead", parent=s["Heading3"],
                             spaceBefore=6 if self.compact else 10)
        out: list[Flowable] = [CondPageBreak(6 * cm),
                               self.p(t("How the results were worked out"), s["Heading1"])]
        for method in used:
            label = next(self.method_label(r) for r in d.rounds if r.method == method)
            note = word(t, METHOD_NOTES, method, method_spec(method).note)
            out.append(KeepTogether([self.p(label, sub), self.p(note, text)]))
        explained = {key for m in used for key in method_spec(m).figure_notes}
        notes = [self.p(t(note), text) for key, note in FIGURE_NOTES.items() if key in explained]
        ties = self.p(t(
            "Ties are reported as ties: when a method cannot separate two priorities they "
            "share a place (marked “=”), and nothing is decided by lot. A tie of "
            "{n} or more priorities is counted rather than listed in the text.", n=LONG_TIE), text)
        out.append(KeepTogether([self.p(t("What the agreement figures mean"), sub),
                                 *(notes or [ties])]))
        if notes:
            out.append(ties)
        if any(r.weights_note for r in d.rounds):
            out.append(self.p(t(
                "Vote weights: a weighted round counts each ballot with its member's vote "
                "weight from the roster; every count, share and total in that round is of "
                "weighted votes, and its section says which weights were used."), text))
        modes = list(dict.fromkeys(r.info.anonymity for r in d.rounds))
        kept: list[Flowable] = [self.p(t("How the ballots were kept"), sub)]
        kept += [Paragraph(self.e(word(t, ANONYMITY_LABELS, mode,
                                       label_of(ANONYMITY_MODES, mode)) + ".", s.bullet),
                           s.bullet, bulletText="•") for mode in modes]
        out.append(KeepTogether(kept))
        return out + self._missing_note()

    def _missing_note(self) -> list[Flowable]:
        """Filled in by the writer once the story is built (the story decides what is missing)."""
        return [_MissingNote()]


class _MissingNote(Flowable):
    """A placeholder replaced by a note on characters no font could print."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _with_missing_note(report: _Report, story: list[Flowable], missing: list[str]) -> None:
    at = next((i for i, f in enumerate(story) if isinstance(f, _MissingNote)), None)
    if at is None:
        return
    if not missing:
        del story[at]
        return
    t = report.t
    shown = [f"“{text}”" for text in missing[:8]]
    if len(missing) > 8:
        shown.append(t("{n} more", n=len(missing) - 8))
    note = t("Some characters could not be printed with the fonts bundled with the app "
             "(for example Chinese, Japanese or Korean script, or some emoji) and are shown "
             "as {marker}: in {texts}. The workbook holds these texts as typed.",
             marker=MARKER, texts=report.names(shown))
    story[at:at + 1] = [CondPageBreak(3 * cm), report.p(t("Characters not printed"),
                                                        report.s["Heading3"]),
                        report.p(note, report.s.small)]


class _ReportDocument(DocumentTemplate):
    """The shared page template, reporting progress and where the last page ends."""

    def __init__(self, filename: str, progress: Progress, expected: int, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self._progress = progress
        self._expected = max(expected, 1)
        self._seen = 0
        self.last_page_used = 1.0  # share of the last page's frame holding something
        self.contents_pages = 0  # pages the table of contents took
        self._contents_from = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        super().afterFlowable(flowable)
        self._seen += 1
        if isinstance(flowable, Paragraph) and flowable.style.name == "ContentsTitle":
            self._contents_from = self.page
        elif isinstance(flowable, TableOfContents):
            self.contents_pages = self.page - self._contents_from + 1
        frame = getattr(self, "frame", None)
        if frame is not None:
            top = frame._y1 + frame._height
            self.last_page_used = (top - frame._y) / frame._height if frame._height else 1.0
        if self._seen % 8 == 0:
            done = min(self._seen / self._expected, 1.0)
            self._progress(done, "Laying out the report pages")


def _band(canv: Canvas, doc: BaseDocTemplate) -> None:
    """The cover's accent bands across the top and bottom edges of the page."""
    width, height = doc.pagesize
    canv.saveState()
    canv.setFillColor(COLOUR_ACCENT)
    canv.rect(0, height - 1.1 * cm, width, 1.1 * cm, stroke=0, fill=1)
    canv.setFillColor(tint(COLOUR_ACCENT, 0.35))
    canv.rect(0, 0, width, 0.5 * cm, stroke=0, fill=1)
    canv.restoreState()


def build_story(data: ReportData, width: float, height: float, *, contents: bool = False,
                compact: bool = False, lang: str = "en") -> list[Flowable]:
    """The report's flowables for a frame ``width`` x ``height`` points, in ``lang``."""
    report = _Report(data, width, height, contents=contents, compact=compact, lang=lang)
    with collect_missing() as missing:
        story = report.story()
    _with_missing_note(report, story, missing)
    if missing:
        log.warning("report: %d text(s) with characters no bundled font has, printed as %s",
                    len(missing), MARKER)
    return story


def write_report(path: str | Path, data: ReportData, progress: Progress = no_progress,
                 lang: str = "en") -> Path:
    """Write the workshop report to ``path`` atomically, in ``lang`` (a
    language without a report catalogue falls back: Haitian Creole to French,
    others to English); returns the path. What users typed stays as typed.

    Laid out once with a table of contents, and laid out again only when the
    report without it would be :data:`CONTENTS_AFTER_PAGES` pages or fewer
    (then it has none), or when its last page would be nearly empty (then
    the closing section is set more tightly).
    """
    register_fonts()
    progress(0.0, "Preparing the report")
    t = Texts("report", lang)
    day = (long_date(data.workshop.date) if t.text_language == "en"
           else t.date(data.workshop.date, "long"))

    def writer(tmp: Path) -> None:
        options: dict[str, Any] = {
            "title": t("{title}: workshop report", title=data.workshop.title),
            "subject": t("{title}: workshop report", title=data.cluster_name),
            "header_text": f"{data.cluster_name} · {data.workshop.title}",
            "footer_text": day,
            "page_label": t("Page {page} of {pages}"),
            "lang": t.text_language,  # the PDF's /Lang, for screen readers
            "cover_page": True,
            "on_cover": _band,
            "text_face": True,
        }
        probe = DocumentTemplate(str(tmp), **options)
        contents, compact = True, False
        for attempt in range(2):
            story = build_story(data, probe.width, probe.height, contents=contents,
                                compact=compact, lang=lang)
            start, span = (0.05, 0.6) if attempt == 0 else (0.65, 0.3)

            def scaled(fraction: float, text: str, a: float = start, b: float = span) -> None:
                progress(a + b * fraction, text)

            # Page totals need two passes (see pdf_common); expect about that many flowables.
            doc = _ReportDocument(str(tmp), scaled, 2 * len(story), **options)
            doc.build_story(story)
            without = doc.page - doc.contents_pages
            want_contents = without > CONTENTS_AFTER_PAGES
            want_compact = compact or (doc.last_page_used < NEARLY_EMPTY and doc.page > 3)
            if (want_contents, want_compact) == (contents, compact):
                break
            contents, compact = want_contents, want_compact

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written


__all__ = ["build_story", "long_date", "write_report"]

