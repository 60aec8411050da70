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
from facilitator_app.core.voting_words import CNS_BANDS
from facilitator_app.export.pdf_common import COLOUR_ACCENT
from facilitator_app.export.report_base import (
    LONG_TIE,
    ReportBase,
    places,
    tint,
)
from facilitator_app.export.report_charts import MAX_BARS, Bar, Point, bar_chart, matrix_chart
from facilitator_app.export.report_model import RoundReport
from facilitator_app.export.report_words import (
    AGREEMENT_WORDS,
    MEMBER_TYPE_PLURALS,
    QUADRANT_LABELS,
    QUADRANT_MEANINGS,
    QUADRANT_PLURAL_LABELS,
    word,
)

IRV_COUNTS_PER_TABLE = 8
QUADRANT_NAMES = dict(QUADRANTS.values())
QUADRANT_PLURALS = {key: label + "s" for key, label in QUADRANTS.values()}


def _no_score(value: Any) -> bool:
    return value is None or value == 0


class RoundSections(ReportBase):
    """The Voting part of the report."""

    def figure_bands(self) -> str:
        """'0.8 and above close agreement, from 0.6 fair agreement, ...' (the
        words the screen uses)."""
        t = self.t
        parts = []
        for i, band in enumerate(reversed(CNS_BANDS)):
            words = word(t, AGREEMENT_WORDS, band.key, band.words)
            if not band.lower:
                parts.append(t("below that {words}", words=words))
            elif i == 0:
                parts.append(t("{value} and above {words}", value=self._bound(band.lower),
                               words=words))
            else:
                parts.append(t("from {value} {words}", value=self._bound(band.lower),
                               words=words))
        return ", ".join(parts)

    def _bound(self, value: float) -> str:
        """A band's bound as short as it goes: '0.8' ('0,8')."""
        if self.english:
            return f"{value:g}"
        return self.t.number(value, 0 if float(value).is_integer() else 1)

    # ----- the part ------------------------------------------------------------
    def rounds(self) -> list[Flowable]:
        d, s, t = self.data, self.s, self.t
        heading = self.p(t("Voting"), s["Heading1"])
        if not d.rounds:
            return [CondPageBreak(4 * cm),
                    KeepTogether([heading, self.p(t("No vote was held in this workshop."))])]
        n = len(d.rounds)
        intro = self.p(t(
            "The members voted in {rounds}. Each round below gives the order of "
            "the priorities, how much the voters agreed, what the firms alone would have "
            "decided and, from the second round on, what changed.",
            rounds=t.n("{n} round", "{n} rounds", n)))
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
        lead: list[Flowable] = [self.p(self.heading(r), s["Heading2"]),
                                self.p(self._ballots_sentence(r))]
        if r.weights_note:
            lead.append(self.p(self._weights_note(r)))
        if res.counted == 0:
            return [*lead, self.p(self.t("No valid ballot was counted in this round."))], []
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
    def _weights_note(self, r: RoundReport) -> str:
        """'Ballots are weighted: firms 2, others 1. The 54 ballots count as 97
        votes; ...' (the services' English sentence, said in the report's language)."""
        w = r.weights
        if self.english or w is None:
            return r.weights_note
        t = self.t
        if w.others is None:
            how = t("each member's vote weight from the roster, from {low} to {high}",
                    low=self.num(w.low), high=self.num(w.high))
        else:
            no_type = t("members of no type")  # Babel misses a text marked inside the call
            parts = [t("{types} {weight}", types=(no_type if key is None else
                                                  word(t, MEMBER_TYPE_PLURALS, key, key)),
                       weight=self.num(weight)) for key, weight in w.by_type]
            parts.append(t("others {weight}", weight=self.num(w.others)) if parts
                         else t("every ballot {weight}", weight=self.num(w.others)))
            how = ", ".join(parts)
        return t.n("Ballots are weighted: {how}. The {n} ballot counts as {votes} votes; the "
                   "counts and shares shown are weighted.",
                   "Ballots are weighted: {how}. The {n} ballots count as {votes} votes; the "
                   "counts and shares shown are weighted.", w.counted, how=how,
                   votes=self.num(w.total))

    def _ballots_sentence(self, r: RoundReport) -> str:
        t = self.t
        privacy = {
            "named": t("named ballots: who voted what is on record"),
            "anonymous": t("anonymous ballots: names are kept by the facilitator only and are "
                           "never shown"),
            "secret": t("secret ballots: nobody, not even the facilitator, can tell who cast "
                        "which ballot"),
        }.get(r.info.anonymity, r.anonymity_text)
        counted = r.all_voters.counted
        text = t("Method: {method}. {ballots} counted, {privacy}.", method=self.method_label(r),
                 ballots=t.n("{n} ballot", "{n} ballots", counted), privacy=privacy)
        if r.info.status != "closed":
            text += " " + t("The round was still open when this report was made: results may "
                            "change.")
        return text

    def _tie_sentences(self, r: RoundReport, result: TallyResult) -> list[str]:
        """Shared places below the first: named when only a few priorities tie,
        otherwise counted ("12 priorities share place 19 with 0 dots each")."""
        spec = method_spec(r.method)
        t = self.t
        groups = [g for g in result.ties if result.position_of(g[0]) != 1]
        if not groups:
            return []

        def score_words(group: list[str]) -> str:
            score = result.score_of(group[0])
            if score is None:
                return t(" (nobody rated them)")
            if spec.score_is_share:
                return t(" at {share} each", share=self.pct(score))
            return t(" with {score} {meaning} each", score=self.num(score),
                     meaning=self.score_meaning(r))

        if sum(len(g) for g in groups) <= LONG_TIE - 1:
            return [t("{names} share place {place}.",
                      names=self.names([r.priority_title(o) for o in g]),
                      place=result.position_of(g[0])) for g in groups]
        parts = [t("{n} share place {place}{score}", n=len(g), place=result.position_of(g[0]),
                   score=score_words(g)) for g in groups]
        g = groups[0]
        parts[0] = t("{n} priorities share place {place}{score}", n=len(g),
                     place=result.position_of(g[0]), score=score_words(g))
        return [t("Ties: {ties} (marked “=” in the table).", ties=self.names(parts))]

    def _outcome_markup(self, r: RoundReport, result: TallyResult) -> str:
        title = r.priority_title
        t = self.t
        if method_spec(r.method).winners_reach_consensus:
            reached = [self.b(title(o)) for o in result.winners]
            if not reached:
                return self.e(t("No priority reached consensus in this round."))
            return self.fill(t("Consensus was reached on {names}."), names=self.names(reached))
        parts = []
        winners = [self.b(title(o)) for o in result.winners]
        if len(winners) == 1:
            parts.append(self.fill(t("First place: {name}."), name=winners[0]))
        elif len(winners) >= LONG_TIE:
            parts.append(self.e(t("{n} priorities share first place: the method does "
                                  "not separate them, and no tie is broken by chance.",
                                  n=len(winners))))
        elif winners:
            parts.append(self.fill(t("Tie for first place between {names}: the method does not "
                                     "separate them, and no tie is broken by chance."),
                                   names=self.names(winners)))
        parts += [self.e(sentence) for sentence in self._tie_sentences(r, result)]
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
        t = self.t
        legend = t("dark bars: consensus reached") if gradients else t("dark bars: first place")
        meaning = self.score_meaning(r)
        out: list[Flowable] = [
            bar_chart(bars, self.width, value_label=f"{meaning[:1].upper()}{meaning[1:]} ({legend})",
                      percent=spec.score_is_share,
                      decimal_comma=self.t.number(0.5, 1) == "0,5")
        ]
        notes = []
        if len(bars) > MAX_BARS:
            notes.append(t("The chart shows the first {shown} of {n} priorities; the "
                           "table lists them all.", shown=MAX_BARS, n=len(bars)))
        if tail:
            notes.append(t("The {n} priorities with no {meaning} are not drawn.", n=len(tail),
                           meaning=meaning))
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
        t = self.t
        plurals = {key: word(t, QUADRANT_PLURAL_LABELS, key, label)
                   for key, label in QUADRANT_PLURALS.items()}
        chart = matrix_chart(points, self.width, low=params.scale_min, high=params.scale_max,
                             names=plurals,
                             x_label=t("Feasibility (mean rating, {low} to {high})",
                                       low=params.scale_min, high=params.scale_max),
                             y_label=t("Impact (mean rating)"))
        sentences = []
        for key in ("quick_win", "major_project", "fill_in", "thankless_task"):
            members = [o for o in (ro.option for ro in r.all_voters.ranking)
                       if q.quadrants.get(o) == key]
            if not members:
                continue
            listed = (self.names([self.e(f"{r.priority_title(o)} ({keys[o]})") for o in members])
                      if len(members) <= 2 else
                      self.e(t("{n} priorities ({numbers})", n=len(members),
                               numbers=", ".join(keys[o] for o in members))))
            sentences.append(f"<b>{self.e(plurals[key])}</b> "
                             f"({self.e(word(t, QUADRANT_MEANINGS, key))}): {listed}.")
        explain = self.e(t(
            "Each dot is a priority, numbered as in the table below: across, how feasible the "
            "voters found it; up, the impact they expect. The dashed lines are the middle of "
            "the scale ({middle}): a priority must rate above it to count as high.",
            middle=self.num(q.middle)))
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
        t, number = self.t, self.num
        if r.quadrants is not None:
            q = r.quadrants
            header = [t("No."), t("Place"), t("Priority"), t("Impact"), t("Feasibility"),
                      t("Quadrant"), t("Agreement")]
            rows = []
            for i, ro in enumerate(ranking, start=1):
                st = per.get(ro.option)
                cns = st.tastle_wierman if st else None
                key = q.quadrants.get(ro.option) or ""
                rows.append([i, shown[ro.option], title(ro.option), number(ro.score),
                             number(q.feasibility.score_of(ro.option)),
                             word(t, QUADRANT_LABELS, key, QUADRANT_NAMES.get(key, "–")),
                             number(cns)])
            widths, numeric = [0.9, 1.2, None, 1.4, 1.9, 2.3, 1.9], (0, 1, 3, 4, 6)
        elif per and spec.winners_reach_consensus:  # gradients
            header = [t("Place"), t("Priority"), t("Support"), t("Blocks"), t("Median"),
                      t("IQR"), t("Consensus")]
            rows = []
            for ro in ranking:
                st = per.get(ro.option)
                rows.append([shown[ro.option], title(ro.option),
                             self.pct(st.support if st else None),
                             (st.blocks or 0) if st else 0,
                             number(st.median if st else None),
                             number(st.iqr if st else None),
                             t("yes") if st and st.consensus else t("no")])
            widths, numeric = [1.4, None, 1.8, 1.6, 1.7, 1.3, 2.3], (0, 2, 3, 4, 5)
        elif per:  # score
            header = [t("Place"), t("Priority"), t("Mean"), t("Median"), t("Agreement")]
            rows = []
            for ro in ranking:
                st = per.get(ro.option)
                cns = st.tastle_wierman if st else None
                rows.append([shown[ro.option], title(ro.option), number(ro.score),
                             number(st.median if st else None),
                             f"{number(cns)} ({self.cns_words(cns)})" if cns is not None else "–"])
            widths, numeric = [1.4, None, 1.6, 1.7, 4.2], (0, 2, 3)
        else:
            meaning = self.score_meaning(r)
            header = [t("Place"), t("Priority"), meaning[0].upper() + meaning[1:]]
            rows = [[shown[ro.option], title(ro.option), number(ro.score)] for ro in ranking]
            widths, numeric = [1.4, None, 3.0], (0, 2)
            support = {o: c.support for o, c in res.vote_counts.items()}
            if support:
                header.append(t("Support"))
                for row, ro in zip(rows, ranking, strict=True):
                    row.append(self.pct(support.get(ro.option)))
                widths.append(2.0)
                numeric += (3,)
        if firms_places is not None:
            header.append(t("Firms only: place"))
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
            row[place_col + 1] = t("{n} priorities with no {meaning}: numbers {numbers} in the "
                                   "list of candidate priorities", n=len(tail),
                                   meaning=self.score_meaning(r), numbers=listed)
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
        t, number = self.t, self.num
        total = res.total_weight
        winner = res.winners[0] if len(res.winners) == 1 else None
        rule = t("After a count without a majority, the priority with the fewest votes is "
                 "eliminated and each of its ballots passes to the next priority it ranks; a "
                 "ballot that ranks no priority still in the race is exhausted.")
        counts_what = (t("Each count gives the votes (weighted) of the priorities still in the "
                         "race.") if r.weights_note else
                       t("Each count gives the votes of the priorities still in the race."))
        sentences = [f"{counts_what} {rule}"]
        if winner is not None:
            decisive = next((c for c in counts if c.number == details.majority_round),
                            counts[-1])
            votes = decisive.votes.get(winner)
            continuing = decisive.continuing
            if votes is not None and continuing:
                sentences.append(t(
                    "{name} won with a majority in count {count}: {votes} of the {continuing} "
                    "votes still counting ({share}).", name=r.priority_title(winner),
                    count=decisive.number, votes=number(votes), continuing=number(continuing),
                    share=self.pct(votes / continuing)))
                if decisive is not counts[-1]:
                    sentences.append(t("The later counts go on to place the other priorities."))
        out: list[Flowable] = []
        for start in range(0, len(counts), IRV_COUNTS_PER_TABLE):
            chunk = counts[start:start + IRV_COUNTS_PER_TABLE]
            header = [t("Place"), t("Priority"),
                      *(t("Count {number}", number=c.number) for c in chunk)]
            rows: list[list[Any]] = []
            for ro in res.ranking:
                cells = []
                for c in chunk:
                    if ro.option in c.votes:
                        last = c is counts[-1] and winner is not None
                        mark = (" " + t("out") if out_in.get(ro.option) == c.number
                                and not last else "")
                        cells.append(number(c.votes[ro.option]) + mark)
                    else:
                        cells.append("–")
                rows.append([shown[ro.option], r.priority_title(ro.option), *cells])
            rows.append(["", t("No further preference (exhausted)"),
                         *(number(c.exhausted) for c in chunk)])
            rows.append(["", t("Total"), *(number(c.continuing + c.exhausted) for c in chunk)])
            width = 1.75
            table = self.table(header, rows, [1.2, None, *([width] * len(chunk))],
                               numeric=tuple(range(2, 2 + len(chunk))) + (0,),
                               extra=[("LINEABOVE", (0, -2), (-1, -2), 0.6, COLOUR_ACCENT),
                                      ("FONT", (0, -1), (-1, -1), self.s.head.fontName,
                                       self.s.cell.fontSize)])
            title = t("Counts of the instant runoff")
            if len(counts) > IRV_COUNTS_PER_TABLE:
                title += " " + t("({first} to {last} of {n})", first=chunk[0].number,
                                 last=chunk[-1].number, n=len(counts))
            lead: list[Flowable] = [self.p(title, self.s.table_title)]
            if start == 0:
                lead.append(self.p(" ".join(sentences)))
            out.append(self.titled(lead, table))
        if total != res.counted and r.weights_note:
            out.append(self.p(t("The totals are weighted: {ballots} carry {votes} votes.",
                                ballots=t.n("{n} ballot", "{n} ballots", res.counted),
                                votes=number(total)), self.s.small))
        return out

    # ----- agreement, firms, change --------------------------------------------------
    def _agreement(self, r: RoundReport) -> list[Flowable]:
        res, s, t = r.all_voters, self.s, self.t
        spec = method_spec(r.method)
        out: list[Flowable] = []
        if spec.ranked:
            w = res.consensus.kendall_w
            text = t("Agreement: {sentence}", sentence=self.w_sentence(w, res.counted))
            chance = self.p_value_words(res.consensus.p_value)
            if w is not None and chance:
                text += " " + t("Such agreement is {chance}.", chance=chance)
            out.append(self.p(text))
        elif spec.winners_reach_consensus:  # gradients
            per = res.rating_stats
            threshold = r.info.method_params.support_threshold
            rule = res.details.rule if isinstance(res.details, RatingDetails) else None
            if rule and not self.english:  # the count's rule, in words of ours
                rule = t("no block and at least {share} support",
                         share=self.pct(threshold))
            out.append(self.p(
                t("Agreement per priority (the rule for this round: {rule}):",
                  rule=rule.removeprefix("consensus = "))
                if rule else t("Agreement per priority:")))
            for ro in res.ranking:
                st = per.get(ro.option)
                verdict = self.gradients_verdict(st.support if st else None,
                                                 int(st.blocks or 0) if st else 0,
                                                 bool(st and st.consensus), threshold)
                cns = st.tastle_wierman if st else None
                spread = (" " + t("Spread of views: {words} (Tastle–Wierman {value}).",
                                  words=self.cns_words(cns), value=self.num(cns))
                          if cns is not None else "")
                out.append(Paragraph(self.fill(
                    t("{name}: {words}"), s.bullet,
                    name=self.b(r.priority_title(ro.option), s.bullet),
                    words=self.e(verdict + spread, s.bullet)), s.bullet, bulletText="•"))
        elif res.rating_stats:  # score
            bands = self.figure_bands()
            out.append(self.p(
                t("The column “Agreement” says how close the marks on impact on each priority "
                  "were (Tastle and Wierman's measure, 1 = everyone gave the same mark; "
                  "{bands}).", bands=bands) if r.quadrants is not None else
                t("The column “Agreement” says how close the marks on each priority were "
                  "(Tastle and Wierman's measure, 1 = everyone gave the same mark; "
                  "{bands}).", bands=bands)))
        return out

    def _firms(self, r: RoundReport) -> list[Flowable]:
        t = self.t
        if r.firms is None:
            return [self.p(self._firms_note(r), self.s.small)]
        firms = r.firms
        if not firms.counted:
            return [self.p(t("No firm voted in this round, so there is no firms-only view."),
                           self.s.small)]
        same = [ro.option for ro in firms.ranking] == [ro.option for ro in r.all_voters.ranking] \
            and [ro.position for ro in firms.ranking] == \
            [ro.position for ro in r.all_voters.ranking]
        if same:
            tail = t("the order is exactly the same.")
        elif method_spec(r.method).winners_reach_consensus:
            reached = [r.priority_title(o) for o in firms.winners]
            tail = (t("consensus is reached on {names}.", names=self.names(reached)) if reached
                    else t("no priority reaches consensus."))
        else:
            top = [r.priority_title(o) for o in firms.winners]
            tail = (t("first place goes to {names}; the column “Firms only: place” gives "
                      "every place.", names=self.names(top)) if top
                    else t("no priority comes first."))
        return [self.p(t("Counting only the {ballots} of firms (the companies remain the "
                         "decision makers of a cluster initiative), {outcome}",
                         ballots=t.n("{n} ballot", "{n} ballots", firms.counted),
                         outcome=tail), self.s.small)]

    def _firms_note(self, r: RoundReport) -> str:
        """Why a round has no firms-only view (the services say it in English)."""
        if self.english and r.firms_note:
            return r.firms_note
        if r.info.anonymity == "secret" and r.info.status != "closed":
            return self.t("This secret round is still open: its ballots and results are "
                          "written to files only once it is closed (a file made now, next to "
                          "a later one, would show which ballots came in between).")
        if r.info.anonymity == "secret":
            return self.t("Secret ballots carry no member type, so there is no firms-only "
                          "view for this round.")
        return self.t("No firms-only view for this round.")

    def _change(self, r: RoundReport) -> list[Flowable]:
        if r.comparison is None or r.previous is None:
            return []
        prev = r.previous
        t = self.t
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
                change = t("new in this round")
            elif mv.movement > 0:
                change = t("up {n}", n=mv.movement)
            elif mv.movement < 0:
                change = t("down {n}", n=-mv.movement)
            else:
                change = t("same place")
            rows.append([name, shared(mv.position_before, before),
                         shared(mv.position_after, after), change])
        table = self.table([t("Priority"), t("Place in round {number}", number=prev.number),
                            t("Place now"), t("Change")],
                           rows, [None, 2.6, 2.0, 3.0], numeric=(1, 2))
        out: list[Flowable] = [
            self.titled([self.p(t("Change since round {number}", number=prev.number),
                                self.s.table_title)], table)]
        w = r.comparison.figures.kendall_w
        sentences = []
        if w is not None and w.before is not None and w.after is not None:
            sentences.append(t(
                "Agreement on the order went from W = {before} ({before_words}) to "
                "W = {after} ({after_words}).", before=self.fixed(w.before),
                before_words=self.w_words(w.before), after=self.fixed(w.after),
                after_words=self.w_words(w.after)))
        elif w is not None and w.before is not None:
            sentences.append(t(
                "Round {number} measured agreement on the order (W = {w}, {words}); this "
                "round asked about each priority on its own, so its agreement is given per "
                "priority above.", number=prev.number, w=self.fixed(w.before),
                words=self.w_words(w.before)))
        if dropped:
            if len(dropped) >= LONG_TIE:
                sentences.append(t("{n} priorities of round {number} were not carried into "
                                   "this round.", n=len(dropped), number=prev.number))
            else:
                sentences.append(t("Not carried into this round: {names}.",
                                   names=self.names(dropped)))
        if sentences:
            out.append(self.p(" ".join(sentences)))
        return out
