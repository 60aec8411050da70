"""The report's vote rounds: one section each.

A section opens with its heading, how the ballots were counted (and, when
vote weights were used, a statement of them, so counts and shares add up
for a reader), the outcome in a sentence and a chart: bars for most
methods, the impact x feasibility matrix for a two-criteria round. Then the
ranking table (places shared by a tie are marked "3="; a long tie at the
bottom is one row, not a wall of names), the counts of an instant runoff
(priorities x counts, as ``tally`` prints them), agreement in plain words,
the firms-only view, and what changed since the previous round.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from facilitator_app.core.voting import (
    QUADRANTS,
    IrvDetails,
    RatingDetails,
    TallyResult,
    method_spec,
)
from facilitator_app.core.voting_words import (
    CNS_BANDS,
    cns_words,
    gradients_verdict,
    p_value_words,
    percent,
    w_sentence,
    w_words,
)
from facilitator_app.export.pdf_common import COLOUR_ACCENT
from facilitator_app.export.report_base import (
    LONG_TIE,
    ReportBase,
    names,
    number,
    places,
    plural,
    tint,
)
from facilitator_app.export.report_charts import MAX_BARS, Bar, Point, bar_chart, matrix_chart
from facilitator_app.export.report_model import RoundReport

IRV_COUNTS_PER_TABLE = 8
# "0.8 and above close agreement, from 0.6 fair agreement, ..." (the words the screen uses)
FIGURE_BANDS = ", ".join(
    f"{'from ' if i else ''}{band.lower:g}{' and above' if not i else ''} {band.words}"
    if band.lower else f"below that {band.words}"
    for i, band in enumerate(reversed(CNS_BANDS)))
QUADRANT_NAMES = dict(QUADRANTS.values())
QUADRANT_PLURALS = {key: label + "s" for key, label in QUADRANTS.values()}
QUADRANT_MEANING = {
    "quick_win": "high impact, high feasibility",
    "major_project": "high impact, harder to do",
    "fill_in": "easy, lower impact",
    "thankless_task": "low impact, hard to do",
}


def _no_score(value: Any) -> bool:
    return value is None or value == 0


class RoundSections(ReportBase):
    """The Voting part of the report."""

    # ----- the part ------------------------------------------------------------
    def rounds(self) -> list[Flowable]:
        d, s = self.data, self.s
        heading = self.p("Voting", s["Heading1"])
        if not d.rounds:
            return [CondPageBreak(4 * cm),
                    KeepTogether([heading, self.p("No vote was held in this workshop.")])]
        n = len(d.rounds)
        intro = self.p(
            f"The members voted in {plural(n, 'round')}. Each round below gives the order of "
            "the priorities, how much the voters agreed, what the firms alone would have "
            "decided and, from the second round on, what changed."
        )
        out: list[Flowable] = [CondPageBreak(5 * cm)]
        for index, r in enumerate(d.rounds):
            lead, rest = self.round_section(r)
            if index == 0:
                lead = [heading, intro, *lead]
            else:
                out.append(CondPageBreak(6 * cm))
            out.append(KeepTogether(lead))
            out += rest
        return out

    def round_section(self, r: RoundReport) -> tuple[list[Flowable], list[Flowable]]:
        """(what stays together at the top of the section, the rest)."""
        s = self.s
        res = r.all_voters
        lead: list[Flowable] = [self.p(r.heading, s["Heading2"]), self.p(self._ballots_sentence(r))]
        if r.weights_note:
            lead.append(self.p(r.weights_note))
        if res.counted == 0:
            return [*lead, self.p("No valid ballot was counted in this round.")], []
        lead.append(self.markup(self._outcome_markup(r, res)))
        if r.quadrants is not None:
            lead += self._matrix(r)
        else:
            lead += self._chart(r, res)
        rest: list[Flowable] = [self._ranking_table(r)]
        rest += self._irv_counts(r)
        rest += self._agreement(r)
        rest += self._firms(r)
        rest += self._change(r)
        return lead, rest

    # ----- sentences -------------------------------------------------------------
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
        return (f"Method: {r.method_label}. {plural(counted, 'ballot')} counted, "
                f"{privacy}.{status}")

    def _tie_sentences(self, r: RoundReport, result: TallyResult) -> list[str]:
        """Shared places below the first: named when only a few priorities tie,
        otherwise counted ("12 priorities share place 19 with 0 dots each")."""
        spec = method_spec(r.method)
        groups = [g for g in result.ties if result.position_of(g[0]) != 1]
        if not groups:
            return []

        def score_words(group: list[str]) -> str:
            score = result.score_of(group[0])
            if score is None:
                return " (nobody rated them)"
            if spec.score_is_share:
                return f" at {percent(score)} each"
            return f" with {number(score)} {spec.score_meaning} each"

        if sum(len(g) for g in groups) <= LONG_TIE - 1:
            return [f"{names([r.priority_title(o) for o in g])} share place "
                    f"{result.position_of(g[0])}." for g in groups]
        parts = [f"{len(g)} share place {result.position_of(g[0])}{score_words(g)}"
                 for g in groups]
        parts[0] = parts[0].replace(" share", " priorities share", 1)
        return [f"Ties: {names(parts)} (marked “=” in the table)."]

    def _outcome_markup(self, r: RoundReport, result: TallyResult) -> str:
        title = r.priority_title
        if method_spec(r.method).winners_reach_consensus:
            reached = [self.b(title(o)) for o in result.winners]
            if not reached:
                return self.t("No priority reached consensus in this round.")
            return f"Consensus was reached on {names(reached)}."
        parts = []
        winners = [self.b(title(o)) for o in result.winners]
        if len(winners) == 1:
            parts.append(f"First place: {winners[0]}.")
        elif len(winners) >= LONG_TIE:
            parts.append(self.t(f"{len(winners)} priorities share first place: the method does "
                                "not separate them, and no tie is broken by chance."))
        elif winners:
            parts.append(f"Tie for first place between {names(winners)}: the method does not "
                         "separate them, and no tie is broken by chance.")
        parts += [self.t(sentence) for sentence in self._tie_sentences(r, result)]
        return " ".join(parts)

    # ----- charts ------------------------------------------------------------------
    def _long_tail(self, r: RoundReport, result: TallyResult) -> list[str]:
        """The options of a long tie at the very bottom with no score (none got a dot)."""
        if not result.ties:
            return []
        last = result.ties[-1]
        bottom = max(ro.position for ro in result.ranking)
        if (len(last) >= LONG_TIE and result.position_of(last[0]) == bottom
                and _no_score(result.score_of(last[0])) and len(last) < len(result.ranking)):
            return last
        return []

    def _chart(self, r: RoundReport, result: TallyResult) -> list[Flowable]:
        spec = method_spec(r.method)
        gradients = spec.winners_reach_consensus
        highlight = set(result.winners)
        shown = places(result.ranking)
        tail = set(self._long_tail(r, result))
        bars = [
            Bar(f"{shown[ro.option]}. {r.priority_title(ro.option)}",
                float(ro.score) if ro.score is not None else 0.0, ro.option in highlight)
            for ro in result.ranking if ro.option not in tail
        ]
        legend = "dark bars: consensus reached" if gradients else "dark bars: first place"
        out: list[Flowable] = [
            bar_chart(bars, self.width, value_label=f"{spec.score_meaning.capitalize()} ({legend})",
                      percent=spec.score_is_share)
        ]
        notes = []
        if len(bars) > MAX_BARS:
            notes.append(f"The chart shows the first {MAX_BARS} of {len(bars)} priorities; the "
                         "table lists them all.")
        if tail:
            notes.append(f"The {len(tail)} priorities with no {spec.score_meaning} are not drawn.")
        if notes:
            out.append(self.p(" ".join(notes), self.s.small))
        return out

    def _matrix(self, r: RoundReport) -> list[Flowable]:
        q = r.quadrants
        assert q is not None
        params = r.info.method_params
        keys = {ro.option: str(i) for i, ro in enumerate(r.all_voters.ranking, start=1)}
        points = []
        for ro in r.all_voters.ranking:
            x, y = q.feasibility.score_of(ro.option), q.impact.score_of(ro.option)
            if x is not None and y is not None:
                points.append(Point(keys[ro.option], float(x), float(y)))
        chart = matrix_chart(points, self.width, low=params.scale_min, high=params.scale_max,
                             names=QUADRANT_PLURALS,
                             x_label=f"Feasibility (mean rating, {params.scale_min} to "
                                     f"{params.scale_max})",
                             y_label="Impact (mean rating)")
        sentences = []
        for key in ("quick_win", "major_project", "fill_in", "thankless_task"):
            members = [o for o in (ro.option for ro in r.all_voters.ranking)
                       if q.quadrants.get(o) == key]
            if not members:
                continue
            listed = (names([self.t(f"{r.priority_title(o)} ({keys[o]})") for o in members])
                      if len(members) <= 2 else
                      self.t(f"{len(members)} priorities (" +
                             ", ".join(keys[o] for o in members) + ")"))
            sentences.append(f"<b>{QUADRANT_PLURALS[key]}</b> ({QUADRANT_MEANING[key]}): "
                             f"{listed}.")
        explain = self.t(
            f"Each dot is a priority, numbered as in the table below: across, how feasible the "
            f"voters found it; up, the impact they expect. The dashed lines are the middle of "
            f"the scale ({number(q.middle)}): a priority must rate above it to count as high.")
        return [chart, self.markup(explain, self.s.small),
                *[Paragraph(text, self.s.bullet, bulletText="•") for text in sentences]]

    # ----- tables ------------------------------------------------------------------
    def _numbers(self, r: RoundReport) -> dict[str, int]:
        """Each option's number in the list of candidate priorities."""
        number_of = {p.id: p.number for p in self.data.priorities}
        return {o.label: number_of.get(o.priority_id, 0) for o in r.info.options}

    def _ranking_table(self, r: RoundReport) -> Table:
        res, firms = r.all_voters, r.firms
        spec = method_spec(r.method)
        per = res.rating_stats
        shown = places(res.ranking)
        firms_places = (places(firms.ranking) if firms is not None and firms.counted else None)
        title = r.priority_title
        tail = self._long_tail(r, res)
        ranking = [ro for ro in res.ranking if ro.option not in tail]
        widths: list[float | None]
        numeric: tuple[int, ...]
        if r.quadrants is not None:
            q = r.quadrants
            header = ["No.", "Place", "Priority", "Impact", "Feasibility", "Quadrant",
                      "Agreement"]
            rows = []
            for i, ro in enumerate(ranking, start=1):
                st = per.get(ro.option)
                cns = st.tastle_wierman if st else None
                rows.append([i, shown[ro.option], title(ro.option), number(ro.score),
                             number(q.feasibility.score_of(ro.option)),
                             QUADRANT_NAMES.get(q.quadrants.get(ro.option) or "", "–"),
                             number(cns)])
            widths, numeric = [0.9, 1.2, None, 1.4, 1.9, 2.3, 1.9], (0, 1, 3, 4, 6)
        elif per and spec.winners_reach_consensus:  # gradients
            header = ["Place", "Priority", "Support", "Blocks", "Median", "IQR", "Consensus"]
            rows = []
            for ro in ranking:
                st = per.get(ro.option)
                rows.append([shown[ro.option], title(ro.option),
                             percent(st.support if st else None),
                             (st.blocks or 0) if st else 0,
                             number(st.median if st else None),
                             number(st.iqr if st else None),
                             "yes" if st and st.consensus else "no"])
            widths, numeric = [1.4, None, 1.8, 1.6, 1.7, 1.3, 2.3], (0, 2, 3, 4, 5)
        elif per:  # score
            header = ["Place", "Priority", "Mean", "Median", "Agreement"]
            rows = []
            for ro in ranking:
                st = per.get(ro.option)
                cns = st.tastle_wierman if st else None
                rows.append([shown[ro.option], title(ro.option), number(ro.score),
                             number(st.median if st else None),
                             f"{number(cns)} ({cns_words(cns)})" if cns is not None else "–"])
            widths, numeric = [1.4, None, 1.6, 1.7, 4.2], (0, 2, 3)
        else:
            meaning = spec.score_meaning
            header = ["Place", "Priority", meaning[0].upper() + meaning[1:]]
            rows = [[shown[ro.option], title(ro.option), number(ro.score)] for ro in ranking]
            widths, numeric = [1.4, None, 3.0], (0, 2)
            support = {o: c.support for o, c in res.vote_counts.items()}
            if support:
                header.append("Support")
                for row, ro in zip(rows, ranking, strict=True):
                    row.append(percent(support.get(ro.option)))
                widths.append(2.0)
                numeric += (3,)
        if firms_places is not None:
            header.append("Firms only: place")
            for row, ro in zip(rows, ranking, strict=True):
                row.append(firms_places.get(ro.option, "–"))
            widths.append(1.8 if r.quadrants is not None else 2.4)
            numeric += (len(header) - 1,)
        if tail:
            numbers = self._numbers(r)
            at = res.position_of(tail[0])
            row = [""] * len(header)
            place_col = 1 if r.quadrants is not None else 0
            row[place_col] = f"{at}="
            listed = ", ".join(str(numbers[o]) for o in sorted(tail, key=lambda o: numbers[o]))
            row[place_col + 1] = (f"{len(tail)} priorities with no {spec.score_meaning}: "
                                  f"numbers {listed} in the list of candidate priorities")
            rows.append(row)
        highlight = [("BACKGROUND", (0, i), (-1, i), tint(COLOUR_ACCENT, 0.08))
                     for i, ro in enumerate(ranking, start=1) if ro.option in res.winners]
        return self.table(header, rows, widths, numeric=numeric, extra=highlight)

    def _irv_counts(self, r: RoundReport) -> list[Flowable]:
        """The counts of an instant runoff: priorities x counts, exhausted ballots, totals."""
        res = r.all_voters
        details = res.details
        if not isinstance(details, IrvDetails) or not details.rounds:
            return []
        counts = list(details.rounds)
        out_in: dict[str, int] = {}
        for rnd in counts:
            for o in rnd.eliminated:
                out_in[o] = rnd.number
        shown = places(res.ranking)
        total = res.total_weight
        weighted = " (weighted)" if r.weights_note else ""
        winner = res.winners[0] if len(res.winners) == 1 else None
        sentences = [
            (f"Each count gives the votes{weighted} of the priorities still in the race. After "
            "a count without a majority, the priority with the fewest votes is eliminated and "
            "each of its ballots passes to the next priority it ranks; a ballot that ranks no "
            "priority still in the race is exhausted.")]
        if winner is not None:
            decisive = next((c for c in counts if c.number == details.majority_round),
                            counts[-1])
            votes = decisive.votes.get(winner)
            continuing = decisive.continuing
            if votes is not None and continuing:
                sentences.append(
                    f"{r.priority_title(winner)} won with a majority in count "
                    f"{decisive.number}: {number(votes)} of the {number(continuing)} votes "
                    f"still counting ({percent(votes / continuing)}).")
                if decisive is not counts[-1]:
                    sentences.append("The later counts go on to place the other priorities.")
        out: list[Flowable] = []
        for start in range(0, len(counts), IRV_COUNTS_PER_TABLE):
            chunk = counts[start:start + IRV_COUNTS_PER_TABLE]
            header = ["Place", "Priority", *(f"Count {c.number}" for c in chunk)]
            rows: list[list[Any]] = []
            for ro in res.ranking:
                cells = []
                for c in chunk:
                    if ro.option in c.votes:
                        last = c is counts[-1] and winner is not None
                        mark = " out" if out_in.get(ro.option) == c.number and not last else ""
                        cells.append(number(c.votes[ro.option]) + mark)
                    else:
                        cells.append("–")
                rows.append([shown[ro.option], r.priority_title(ro.option), *cells])
            rows.append(["", "No further preference (exhausted)",
                         *(number(c.exhausted) for c in chunk)])
            rows.append(["", "Total", *(number(c.continuing + c.exhausted) for c in chunk)])
            width = 1.75
            table = self.table(header, rows, [1.2, None, *([width] * len(chunk))],
                               numeric=tuple(range(2, 2 + len(chunk))) + (0,),
                               extra=[("LINEABOVE", (0, -2), (-1, -2), 0.6, COLOUR_ACCENT),
                                      ("FONT", (0, -1), (-1, -1), self.s.head.fontName,
                                       self.s.cell.fontSize)])
            title = "Counts of the instant runoff"
            if len(counts) > IRV_COUNTS_PER_TABLE:
                title += f" ({chunk[0].number} to {chunk[-1].number} of {len(counts)})"
            lead: list[Flowable] = [self.p(title, self.s.table_title)]
            if start == 0:
                lead.append(self.p(" ".join(sentences)))
            out.append(self.titled(lead, table))
        if total != res.counted and r.weights_note:
            out.append(self.p(f"The totals are weighted: {plural(res.counted, 'ballot')} "
                              f"carry {number(total)} votes.", self.s.small))
        return out

    # ----- agreement, firms, change --------------------------------------------------
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
                         f"{number(cns)})." if cns is not None else ""
                out.append(Paragraph(
                    f"{self.b(r.priority_title(ro.option), s.bullet)}: "
                    f"{self.t(verdict + spread, s.bullet)}",
                    s.bullet, bulletText="•"))
        elif res.rating_stats:  # score
            what = " on impact" if r.quadrants is not None else ""
            out.append(self.p(
                f"The column “Agreement” says how close the marks{what} on each priority were "
                "(Tastle and Wierman's measure, 1 = everyone gave the same mark; "
                f"{FIGURE_BANDS})."))
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
        lead = (f"Counting only the {plural(firms.counted, 'ballot')} "
                "of firms (the companies remain the decision makers of a cluster initiative), ")
        if same:
            return [self.p(lead + "the order is exactly the same.", self.s.small)]
        if method_spec(r.method).winners_reach_consensus:
            reached = [r.priority_title(o) for o in firms.winners]
            tail = (f"consensus is reached on {names(reached)}." if reached
                    else "no priority reaches consensus.")
        else:
            top = [r.priority_title(o) for o in firms.winners]
            tail = (f"first place goes to {names(top)}; the column “Firms only: place” gives "
                    "every place." if top else "no priority comes first.")
        return [self.p(lead + tail, self.s.small)]

    def _change(self, r: RoundReport) -> list[Flowable]:
        if r.comparison is None or r.previous is None:
            return []
        prev = r.previous
        rows = []
        dropped = []
        title_of = {o.label: o.title for o in prev.options}
        title_of.update({o.label: o.title for o in r.info.options})
        moves = r.comparison.moves
        before = [mv.position_before for mv in moves if mv.position_before is not None]
        after = [mv.position_after for mv in moves if mv.position_after is not None]

        def shared(position: int | None, among: list[int]) -> str | int:
            if position is None:
                return "–"
            return f"{position}=" if among.count(position) > 1 else position

        for mv in moves:
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
            rows.append([name, shared(mv.position_before, before),
                         shared(mv.position_after, after), change])
        table = self.table(["Priority", f"Place in round {prev.number}", "Place now", "Change"],
                           rows, [None, 2.6, 2.0, 3.0], numeric=(1, 2))
        out: list[Flowable] = [
            self.titled([self.p(f"Change since round {prev.number}", self.s.table_title)], table)]
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
            if len(dropped) >= LONG_TIE:
                sentences.append(f"{len(dropped)} priorities of round {prev.number} were not "
                                 "carried into this round.")
            else:
                sentences.append(f"Not carried into this round: {names(dropped)}.")
        if sentences:
            out.append(self.p(" ".join(sentences)))
        return out
