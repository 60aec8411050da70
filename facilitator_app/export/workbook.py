"""The workshop workbook (.xlsx): every figure of the day, ready to filter.

Sheets: Summary, Attendance, SWOT, TOWS, Priorities, Ballots, Results,
Consensus, Audit. Each holds one flat table (styled header row, frozen,
autofilter) except Summary (a few small tables) and Ballots, which stacks
one participant x option matrix per round, each under a title row and each
an Excel table with its own filter buttons. A round's matrix (its header
row "Voter", option, ... and the rows below it) is exactly the format the
``tally`` command and the ballot import read, so copying it into a .csv or
its own sheet and counting it gives the app's ranking.

Cells hold real types: numbers as numbers (shares as fractions shown as
percentages), dates as dates. Text is always stored as text: ``=1+1`` or
``@SUM(A1)`` typed as a member's name never becomes a formula.

The sheets are streamed with openpyxl's write-only mode (the benchmark in
``bench/bench_exports.py`` holds it to at most twice the time of dumping
the same cells that way), and the file is written atomically.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from facilitator_app import APP_NAME
from facilitator_app.core.action_plan import (
    ACTION_COLUMNS,
    ACTION_SHEET,
    ACTION_STATUSES,
    DECISION_SHEET,
    INDICATOR_COLUMNS,
    INDICATOR_SHEET,
    PARTNER_SEPARATOR,
)
from facilitator_app.core.action_plan_import import PlanWords
from facilitator_app.core.domain import (
    ATTENDANCE_ROLES,
    CLUSTER_TYPE_PRESETS,
    MEMBER_STATUSES,
    PRIORITY_CATEGORIES,
    SWOT_QUADRANTS,
    TOWS_KINDS,
    VOTING_METHODS,
    keys_of,
    label_of,
)
from facilitator_app.core.voting import QUADRANTS, ImpactFeasibility, TallyResult, method_spec
from facilitator_app.core.voting_words import agreement_sentence, cns_words, w_words
from facilitator_app.export.report_basis import basis_words
from facilitator_app.export.report_model import (
    Progress,
    ReportData,
    RoundReport,
    no_progress,
)
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.export.sheet_writer import (
    DECIMAL,
    FIGURE,
    PERCENT,
    Block,
    Column,
    Formatted,
    PageText,
    SheetSpec,
    Validation,
    discard,
    header_text,
    num,
    write_sheet,
)
from facilitator_app.i18n.messages import DOMAINS, T_, Texts

SHEET_NAMES = (
    T_("Summary"),
    T_("Attendance"),
    T_("SWOT"),
    T_("TOWS"),
    T_("Priorities"),
    T_("Ballots"),
    T_("Results"),
    T_("Consensus"),
    DECISION_SHEET,
    ACTION_SHEET,
    INDICATOR_SHEET,
    T_("Audit"),
)
"""The sheets in English, in order (:func:`sheet_names` in another language)."""
BALLOTS_SHEET = "Ballots"

SOURCE_LABELS = {
    "typed": T_("Typed"),
    "pasted": T_("Pasted list"),
    "tows": T_("TOWS strategy"),
    "swot": T_("SWOT item"),
}
WORKSHOP_STATUS_LABELS = {"planned": T_("Planned"), "held": T_("Held"),
                          "cancelled": T_("Cancelled")}
QUADRANT_WORDS = dict(QUADRANTS.values())  # "quick_win" -> "Quick win"
ANONYMITY_WORDS = {"named": T_("Named"), "anonymous": T_("Anonymous"), "secret": T_("Secret")}

# The app's own words that core gives in English (labels of stored keys, the
# action plan's sheets and columns, the voting words): marked here so the
# workbook catalogues hold them; each is translated where it is written, with
# ``t(label)``. tests/export/test_workbook_languages.py checks none is missing.
CORE_WORDS = (
    # core.action_plan: the sheets and columns the import reads back
    T_("Decisions"), T_("Action plan"), T_("Indicators"),
    T_("Action ID (keep as it is)"), T_("Indicator ID (keep as it is)"),
    T_("Priority"), T_("Action"), T_("Lead"), T_("Partners"), T_("Start"), T_("Due"),
    T_("Budget estimate"), T_("Currency"), T_("Status"), T_("Overdue"), T_("Notes"),
    T_("Indicator"), T_("Baseline"), T_("Target"), T_("Actual"), T_("Unit"), T_("Source"),
    T_("Date measured"),
    # core.action_plan.ACTION_STATUSES
    T_("Not started"), T_("On track"), T_("Late"), T_("Done"), T_("Dropped"),
    # core.domain
    T_("Strengths"), T_("Weaknesses"), T_("Opportunities"), T_("Threats"),
    T_("SO: use strengths to seize opportunities"), T_("ST: use strengths against threats"),
    T_("WO: fix weaknesses through opportunities"), T_("WT: defensive moves"),
    T_("Voting member"), T_("Observer"),
    T_("Firm"), T_("Academic / training institution"), T_("Research / testing institution"),
    T_("Regulatory body"), T_("Quality standards body"), T_("Economic development agency / NGO"),
    T_("Investment / export promotion agency"), T_("Sector association / chamber"),
    T_("Government ministry"), T_("Financial institution"),
    T_("Donor / international organisation"), T_("Community-based organisation"),
    T_("(type not set)"),
    T_("Active"), T_("Inactive"), T_("Prospective"),
    # core.domain.CLUSTER_TYPE_PRESETS (the profile stores the English name)
    T_("Marshallian"), T_("Hub-and-spoke"), T_("Survival"),
    # core.domain.PRIORITY_CATEGORIES (a priority stores the English name)
    T_("Research and networking"), T_("Policy action"), T_("Commercial cooperation"),
    T_("Education and training"), T_("Innovation and technology"), T_("Cluster expansion"),
    T_("Dot voting"), T_("Approval voting"), T_("Ranking (Borda count)"), T_("Instant runoff"),
    T_("Schulze (Condorcet)"), T_("Copeland (Condorcet)"), T_("Score / rating"),
    T_("Gradients of agreement"),
    # core.voting: the 2x2 of a two-criteria round, what a score means
    T_("Quick win"), T_("Major project"), T_("Fill-in"), T_("Thankless task"),
    T_("dots"), T_("approvals"), T_("Borda points"), T_("votes in its last count"),
    T_("options it beats"), T_("wins minus losses"), T_("mean rating"),
    T_("support (share at 1-3)"),
    # core.voting_words
    T_("very weak agreement"), T_("weak agreement"), T_("moderate agreement"),
    T_("strong agreement"), T_("very strong agreement"), T_("agreement not measurable"),
    T_("strongly divided"), T_("divided"), T_("fair agreement"), T_("close agreement"),
    T_("not measurable"), T_("no ballots yet"), T_("too few ballots"),
    T_("agreement cannot be measured: {reason}"),
    T_("no consensus yet on any of the {n} options (needs no block and at least "
       "{threshold} % support)"),
    T_("consensus on {reached} of {n} options (no block, at least {threshold} % support)"),
    T_("agreement on the top option: {value} (Tastle-Wierman: 0 = split, 1 = unanimous)"),
    T_("the top option has the support of {share} % of voters"),
)


def sheet_names(lang: str = "en") -> list[str]:
    """The workbook's sheet names in ``lang``, in order."""
    t = Texts("workbook", lang)
    return [t(name) for name in SHEET_NAMES]


def plan_words() -> PlanWords:
    """The Action plan and Indicators sheets' names, columns and statuses in
    every language the workbook is written in (for reading them back)."""
    sheets: dict[str, str] = {}
    columns: dict[str, str] = {}
    statuses: dict[str, str] = {}
    for lang in DOMAINS["workbook"]:
        t = Texts("workbook", lang)
        for name in (ACTION_SHEET, INDICATOR_SHEET):
            sheets.setdefault(t(name), name)
        for title in dict.fromkeys(ACTION_COLUMNS + INDICATOR_COLUMNS):
            columns.setdefault(t(title), title)
        for _key, label in ACTION_STATUSES:
            statuses.setdefault(t(label), label)
    return PlanWords(sheets, columns, statuses)

def _yes(flag: bool, t: Texts) -> str:
    return t("Yes") if flag else t("No")


# --------------------------------------------------------------------------- sheets


def _summary(data: ReportData, t: Texts) -> SheetSpec:
    w, p = data.workshop, data.profile
    total_ballots = sum(r.ballots for r in data.rounds)
    swot_items = sum(len(v) for v in data.swot.values())
    strategies = sum(len(v) for v in data.tows.values())
    facts: list[list[Any]] = [
        [t("Cluster"), p.name],
        [t("Country"), p.country],
        [t("Sector"), p.sector],
        [t("Cluster type"),
         t(p.cluster_type) if p.cluster_type in CLUSTER_TYPE_PRESETS else p.cluster_type],
        [t("Workshop"), w.title],
        [t("Date"), w.date],
        [t("Venue"), w.venue],
        [t("Facilitator"), w.facilitator],
        [t("Status"), t(WORKSHOP_STATUS_LABELS[w.status])
         if w.status in WORKSHOP_STATUS_LABELS else w.status],
        [t("Notes"), w.notes],
        [t("Attendees"), len(data.attendees)],
        [t("Voting members"), len(data.voters)],
        [t("Observers"), len(data.observers)],
        [
            t("Voting members named"),
            t("Yes, on the Attendance sheet") if data.voter_names_shown
            else _names_note(data, t),
        ],
        [t("SWOT items"), swot_items],
        [t("TOWS strategies"), strategies],
        [t("Candidate priorities"), len(data.priorities)],
        [t("Vote rounds"), len(data.rounds)],
        [t("Ballots"), total_ballots],
        [t("Exported"), data.generated_at],
        [t("Exported with"), f"{APP_NAME} {data.app_version}"],
    ]
    blocks = [Block([Column(t("Item")), Column(t("Value"), wrap=True, width=60)], facts)]
    blocks.append(
        Block(
            [Column(t("Member type")), Column(t("Voting members")), Column(t("Observers")),
             Column(t("Total"))],
            [[t(c.label), c.voters, c.observers, c.total] for c in data.by_type],
            title=t("Attendance by member type"),
            table="Attendance_by_type",
        )
    )
    if data.rounds:
        rows = []
        for r in data.rounds:
            res = r.all_voters
            w_value = res.consensus.kendall_w
            rows.append([
                r.number, r.title, _method(r, t), _anonymity(r, t),
                t("Closed") if r.info.status == "closed" else t("Open"), r.ballots,
                "; ".join(r.priority_title(o) for o in res.winners),
                num(w_value) if w_value is not None else None,
                _agreement(res, t),
                r.weights_note or t("No"),
            ])
        blocks.append(
            Block(
                [Column(t("Round")), Column(t("Title"), wrap=True), Column(t("Method")),
                 Column(t("Anonymity")), Column(t("Status")), Column(t("Ballots")),
                 Column(t("Winners (gradients: consensus reached)"), wrap=True, width=40),
                 Column(t("Kendall's W"), FIGURE), Column(t("Agreement"), wrap=True, width=30),
                 Column(t("Vote weights"), wrap=True, width=30)],
                rows,
                title=t("Vote rounds"),
                table="Vote_rounds",
            )
        )
    return SheetSpec(t("Summary"), blocks, autofilter=False, freeze="A2")


def _names_note(data: ReportData, t: Texts) -> str:
    """Why the voting members are not named (secret rounds), in the workbook's language."""
    if t.text_language == "en" or not data.names_note:
        return data.names_note
    secret = [str(r.number) for r in data.rounds if r.info.anonymity == "secret"]
    if not secret:
        return data.names_note
    return t.n("Round {rounds} used secret ballots, so the voting members are not named in "
               "this workbook; their numbers by member type are given.",
               "Rounds {rounds} used secret ballots, so the voting members are not named in "
               "this workbook; their numbers by member type are given.",
               len(secret), rounds=", ".join(secret))


def _firms_note(r: RoundReport, t: Texts) -> str:
    """Why a round has no firms-only view (the services say it in English)."""
    if t.text_language == "en" or not r.firms_note:
        return r.firms_note
    if r.info.anonymity == "secret" and r.info.status != "closed":
        return t("This secret round is still open: its ballots and results are written to "
                 "files only once it is closed.")
    if r.info.anonymity == "secret":
        return t("Secret ballots carry no member type, so there is no firms-only view for "
                 "this round.")
    return t("No firms-only view for this round.")


def _agreement(result: TallyResult, t: Texts) -> str:
    """The headline figure of agreement in words, W with the language's decimal mark."""
    kendall = result.consensus.kendall if result.counted else None
    if t.text_language == "en" or kendall is None or kendall.w is None:
        return agreement_sentence(result, t)
    return f"{w_words(kendall.w, t)} (W = {t.number(float(kendall.w), 2)})"


def _method(r: RoundReport, t: Texts) -> str:
    """The round's method in the workbook's language."""
    return t(label_of(VOTING_METHODS, r.method)) if r.method in keys_of(VOTING_METHODS) \
        else r.method_label


def _anonymity(r: RoundReport, t: Texts) -> str:
    word = ANONYMITY_WORDS.get(r.info.anonymity)
    return t(word) if word else r.anonymity_label


def _attendance(data: ReportData, t: Texts) -> SheetSpec:
    rows = [
        [a.name, t(a.type_label) if a.type_label else "", t(label_of(ATTENDANCE_ROLES, a.role)),
         a.representative,
         a.contact_person, num(a.vote_weight), t(label_of(MEMBER_STATUSES, a.member_status))]
        for a in data.listed_attendees
    ]
    columns = [Column(t("Organisation")), Column(t("Member type")), Column(t("Role")),
               Column(t("Representative")), Column(t("Contact person")),
               Column(t("Vote weight")), Column(t("Member status"))]
    title = None if data.voter_names_shown else _names_note(data, t)
    return SheetSpec(t("Attendance"), [Block(columns, rows, title=title)])


def _swot(data: ReportData, t: Texts) -> SheetSpec:
    strategy_labels = {s.id: s.label for kind in data.tows.values() for s in kind}
    rows = []
    for quadrant, items in data.swot.items():
        name = t(label_of(SWOT_QUADRANTS, quadrant))
        for item in items:
            rows.append([
                name, item.label, item.text, item.dots, ", ".join(item.member_names),
                ", ".join(strategy_labels[i] for i in item.strategy_ids if i in strategy_labels),
            ])
    columns = [Column(t("Quadrant")), Column(t("Ref")), Column(t("Item"), wrap=True, width=60),
               Column(t("Dots")), Column(t("Said by"), wrap=True),
               Column(t("Used in strategies"))]
    return SheetSpec(t("SWOT"), [Block(columns, rows)])


def _tows(data: ReportData, t: Texts) -> SheetSpec:
    rows = []
    for kind, strategies in data.tows.items():
        name = t(label_of(TOWS_KINDS, kind))
        for s in strategies:
            rows.append([
                name, s.label, s.text, ", ".join(i.label for i in s.items),
                "\n".join(f"{i.label}: {i.text}" for i in s.items),
            ])
    columns = [Column(t("Kind")), Column(t("Ref")), Column(t("Strategy"), wrap=True, width=50),
               Column(t("Draws on")), Column(t("SWOT items used"), wrap=True, width=60)]
    return SheetSpec(t("TOWS"), [Block(columns, rows)])


def _priorities(data: ReportData, t: Texts) -> SheetSpec:
    rows = [
        [p.number, p.title, t(p.category) if p.category in PRIORITY_CATEGORIES else p.category,
         p.description,
         t(SOURCE_LABELS[p.source_kind]) if p.source_kind in SOURCE_LABELS else p.source_kind,
         p.source_ref, p.source_text, p.rounds]
        for p in data.priorities
    ]
    columns = [Column(t("No.")), Column(t("Priority"), wrap=True, width=50),
               Column(t("Category")), Column(t("Description"), wrap=True, width=50),
               Column(t("Came from")), Column(t("Source ref")),
               Column(t("Source text"), wrap=True, width=50), Column(t("Vote rounds"))]
    return SheetSpec(t("Priorities"), [Block(columns, rows)])


PRIVACY_WORDS = {
    "named": T_("named: voters shown by name"),
    "anonymous": T_("anonymous: voters numbered, names not shown"),
    "secret": T_("secret: no link between voters and ballots is kept"),
}


def ballots_title(r: RoundReport, t: Texts | None = None) -> str:
    """The title row above a round's matrix (the test and readers look for it)."""
    t = t or Texts("workbook", "en")
    if r.two_criteria:
        what = t.n("{n} ballot (impact, then feasibility)",
                   "{n} ballots (impact, then feasibility)", r.ballots)
    else:
        what = t.n("{n} ballot", "{n} ballots", r.ballots)
    word = PRIVACY_WORDS.get(r.info.anonymity)
    privacy = t(word) if word else r.info.anonymity
    weights = t("; results use vote weights") if r.info.use_weights else ""
    if t.text_language == "en":
        heading = r.heading
    elif re.match(rf"\D{{0,20}}\b{r.number}\s*:", r.title):
        heading = r.title  # numbered already, in its own words ("Ronda 1: ...", "Tou vòt 1: ...")
    else:  # the number added, as RoundReport.heading does
        heading = t("Round {number}: {title}", number=r.number, title=r.title)
    method = t("method {code} ({label})", code=r.method, label=_method(r, t))
    return f"{heading} | {method} | {privacy} | {what}{weights}"


def _ballots(data: ReportData, t: Texts) -> SheetSpec:
    """One matrix per round, each an Excel table with its own filter buttons.

    A two-criteria round's ballot is one row: impact under the priorities,
    feasibility under "<priority> (feasibility)".
    """
    blocks = []
    for r in data.rounds:
        header, body = r.matrix[0], [list(row) for row in r.matrix[1:]]
        columns = [Column(str(h)) for h in header]
        blocks.append(Block(columns, body, title=ballots_title(r, t),
                            table=f"Ballots_Round_{r.number}"))
    if not blocks:
        blocks.append(Block([Column("Voter")], [], title=t("No vote rounds in this workshop.")))
    return SheetSpec(t(BALLOTS_SHEET), blocks, autofilter=False, freeze="B1", title_cols="A:A")


ALL_VOTERS, FIRMS_ONLY = T_("All voters"), T_("Firms only")


def _result_rows(r: RoundReport, view: str, result: TallyResult,
                 t: Texts) -> list[list[Any]]:
    tied = {o for group in result.ties for o in group}
    winners = set(result.winners)
    moves = {}
    if view == ALL_VOTERS and r.comparison is not None:
        moves = {m.option: m for m in r.comparison.moves}
    quadrants = r.quadrants if view == ALL_VOTERS else None
    rows = []
    spec = method_spec(r.method)
    meaning = t(spec.score_meaning)
    for ro in result.ranking:
        move = moves.get(ro.option)
        score = num(ro.score)
        if score is not None and spec.score_is_share:
            score = Formatted(score, PERCENT)
        elif isinstance(score, float):
            score = Formatted(score, DECIMAL)
        rows.append([
            r.number, _method(r, t), t(view), ro.position, r.priority_title(ro.option),
            score, meaning, _yes(ro.option in tied, t), _yes(ro.option in winners, t),
            result.counted,
            move.position_before if move else None,
            move.movement if move else None,
            _feasibility(quadrants, ro.option),
            t(QUADRANT_WORDS[quadrants.quadrants.get(ro.option) or ""])
            if quadrants and (quadrants.quadrants.get(ro.option) or "") in QUADRANT_WORDS
            else ("" if quadrants else None),
            _yes(bool(r.weights_note), t),
            "",
        ])
    return rows


def _feasibility(quadrants: ImpactFeasibility | None, option: str) -> Any:
    if quadrants is None:
        return None
    value = num(quadrants.feasibility.score_of(option))
    return Formatted(value, DECIMAL) if isinstance(value, float) else value


def _results(data: ReportData, t: Texts) -> SheetSpec:
    rows: list[list[Any]] = []
    for r in data.rounds:
        rows += _result_rows(r, ALL_VOTERS, r.all_voters, t)
        if r.firms is not None:
            rows += _result_rows(r, FIRMS_ONLY, r.firms, t)
        else:
            rows.append([r.number, _method(r, t), t(FIRMS_ONLY), None, None, None, None,
                         None, None, None, None, None, None, None, None, _firms_note(r, t)])
    columns = [Column(t("Round")), Column(t("Method"), wrap=True, width=16),
               Column(t("View")), Column(t("Position")),
               Column(t("Priority"), wrap=True, width=45),
               Column(t("Score")), Column(t("Score means"), wrap=True, width=16),
               Column(t("Tied")), Column(t("Winner")), Column(t("Ballots counted")),
               Column(t("Position in previous round")), Column(t("Places moved up")),
               Column(t("Feasibility (mean)")), Column(t("Impact x feasibility")),
               Column(t("Weighted")), Column(t("Note"), wrap=True, width=40)]
    return SheetSpec(t("Results"), [Block(columns, rows)])


def _consensus(data: ReportData, t: Texts) -> SheetSpec:
    rows = []
    for r in data.rounds:
        res = r.all_voters
        cons = res.consensus
        ranked = method_spec(r.method).ranked
        per = res.rating_stats
        w, p = cons.kendall_w, cons.p_value
        tw = cons.tastle_wierman or {}
        support = cons.support or {}
        for ro in res.ranking:
            o = ro.option
            stats = per.get(o)
            cns = tw.get(o)
            reached = stats.consensus if stats is not None else None
            rows.append([
                r.number, _method(r, t), ro.position, r.priority_title(o),
                num(w) if ranked else None,
                w_words(w, t) if ranked and res.counted else "",
                num(p) if ranked else None,
                num(cns), cns_words(cns, t) if cns is not None else "",
                num(support.get(o)),
                stats.blocks if stats is not None else None,
                num(stats.median if stats is not None else None),
                num(stats.iqr if stats is not None else None),
                None if reached is None else _yes(bool(reached), t),
            ])
    columns = [Column(t("Round")), Column(t("Method")), Column(t("Position")),
               Column(t("Priority"), wrap=True, width=45), Column(t("Kendall's W"), FIGURE),
               Column(t("Agreement (W)")), Column(t("p-value"), "0.0000"),
               Column(t("Tastle-Wierman"), FIGURE), Column(t("Agreement (Tastle-Wierman)")),
               Column(t("Support"), PERCENT), Column(t("Blocks")), Column(t("Median"), "0.##"),
               Column(t("IQR"), "0.##"), Column(t("Consensus reached"))]
    return SheetSpec(t("Consensus"), [Block(columns, rows)])


AUDIT_WORDS = {
    "workshop.created": T_("Workshop created"), "workshop.updated": T_("Workshop changed"),
    "workshop.deleted": T_("Workshop deleted"),
    "round.opened": T_("Vote round opened"), "round.changed": T_("Vote round changed"),
    "round.closed": T_("Vote round closed"), "round.reopened": T_("Vote round reopened"),
    "round.deleted": T_("Vote round deleted"),
    "ballot.created": T_("Ballot recorded"), "ballot.received": T_("Secret ballot put in the urn"),
    "ballot.changed": T_("Ballot changed"), "ballot.replaced": T_("Ballot replaced"),
    "ballot.deleted": T_("Ballot deleted"), "hands.recorded": T_("Show of hands recorded"),
    "codes.issued": T_("Phone voting codes issued"),
    "codes.replaced": T_("Phone voting code replaced"),
    "codes.withdrawn": T_("Phone voting codes withdrawn"),
    "member.added": T_("Member added"), "member.updated": T_("Member changed"),
    "member.deleted": T_("Member deleted"), "member.restored": T_("Member restored"),
    "roster.imported": T_("Roster imported"),
    "priority.added": T_("Priority added"), "priority.edited": T_("Priority edited"),
    "priority.deleted": T_("Priority deleted"), "priority.restored": T_("Priority restored"),
    "decision.adopted": T_("Decision adopted"), "decision.changed": T_("Decision changed"),
    "decision.withdrawn": T_("Decision withdrawn"),
    "decision.restored": T_("Decision restored"),
    "action.added": T_("Action added"), "action.changed": T_("Action changed"),
    "action.status": T_("Action status"), "action.deleted": T_("Action deleted"),
    "action.restored": T_("Action restored"),
    "indicator.added": T_("Indicator added"), "indicator.changed": T_("Indicator changed"),
    "indicator.deleted": T_("Indicator deleted"),
    "indicator.restored": T_("Indicator restored"),
}
"""The audit's codes in words, as ``services.reports.action_words`` writes
them in English, for the workbook in another language."""
NOBODY_WORDS = (T_("not recorded"), T_("not recorded (secret ballot)"),
                # who entered a ballot cast on the kiosk or a phone (ui.kiosk's
                # KIOSK_ENTERED_BY, services.room.phone), recorded in English
                T_("voter (kiosk)"), T_("phone"),
                # who did it when Settings has no facilitator name (ui.voting_common)
                T_("facilitator"))


def _audit(data: ReportData, t: Texts) -> SheetSpec:
    """What happened, in words, and who did it (the stored code last, to filter on)."""
    def what(code: str, words: str) -> str:
        return t(AUDIT_WORDS[code]) if code in AUDIT_WORDS and t.text_language != "en" \
            else words

    def who(by: str) -> str:
        return t(by) if by in NOBODY_WORDS else by

    rows = [[a.at, what(a.action, a.action_words), a.round_number, who(a.by or a.actor),
             a.entity, a.details, a.action] for a in data.audit]
    columns = [Column(t("When (UTC)"), "yyyy-mm-dd hh:mm:ss", width=20),
               Column(t("What happened")), Column(t("Round")), Column(t("By")),
               Column(t("Record")), Column(t("Details"), wrap=True, width=100),
               Column(t("Code"))]
    return SheetSpec(t("Audit"), [Block(columns, rows)])


def _decisions(data: ReportData, t: Texts) -> SheetSpec:
    """The priorities adopted, with their statement and how the vote placed them."""
    def utc(at: datetime) -> datetime:
        at = at.astimezone(UTC) if at.tzinfo is not None else at  # stored in UTC
        return at.replace(tzinfo=None, microsecond=0)

    rows = [[d.priority_title, d.round_title, basis_words(d, t.text_language), d.statement,
             utc(d.adopted_at), d.adopted_by, d.actions] for d in data.decisions]
    columns = [Column(t("Priority adopted"), wrap=True, width=40),
               Column(t("Round"), wrap=True, width=30),
               Column(t("How the vote placed it"), wrap=True, width=45),
               Column(t("Decision statement"), wrap=True, width=60),
               Column(t("Adopted (UTC)"), "yyyy-mm-dd hh:mm", width=17), Column(t("By")),
               Column(t("Actions"))]
    return SheetSpec(t(DECISION_SHEET), [Block(columns, rows)])


def _action_plan(data: ReportData, t: Texts) -> SheetSpec:
    """One row per action, made to be filled in and read back: a drop-down of
    the statuses, real dates, the action's ID to find it again."""
    rows = [[a.uid, a.decision_title, a.title, a.lead_name,
             PARTNER_SEPARATOR.join(a.partner_names), a.start_date, a.due_date,
             float(a.budget) if a.budget is not None else None, a.currency,
             t(label_of(ACTION_STATUSES, a.status)), _yes(a.overdue, t), a.notes]
            for a in data.actions]
    formats: dict[str, Column] = {
        "Start": Column("Start", "yyyy-mm-dd", width=12),
        "Due": Column("Due", "yyyy-mm-dd", width=12),
        "Budget estimate": Column("Budget estimate", "#,##0.00", width=15),
        "Priority": Column("Priority", wrap=True, width=30),
        "Action": Column("Action", wrap=True, width=45),
        "Partners": Column("Partners", wrap=True, width=35),
        "Notes": Column("Notes", wrap=True, width=45),
        "Status": Column("Status", width=14),
    }
    columns = [formats.get(title, Column(title)) for title in ACTION_COLUMNS]
    for column in columns:
        column.title = t(column.title)
    columns[0].width = 12
    statuses = tuple(t(label) for _key, label in ACTION_STATUSES)
    validations = (Validation(ACTION_COLUMNS.index("Status"), statuses),
                   Validation(ACTION_COLUMNS.index("Start")),
                   Validation(ACTION_COLUMNS.index("Due")))
    return SheetSpec(t(ACTION_SHEET), [Block(columns, rows)], validations=validations,
                     freeze="D2")


def _indicators(data: ReportData, t: Texts) -> SheetSpec:
    """The actions' indicators, one row each, to be filled in like the plan."""
    rows = [[i.uid, a.uid, a.title, i.name, i.baseline, i.target, i.actual, i.unit, i.source,
             i.measured_on] for a in data.actions for i in a.indicators]
    columns = [Column(t(title)) for title in INDICATOR_COLUMNS]
    columns[0].width = columns[1].width = 12
    columns[2] = Column(t("Action"), wrap=True, width=40)
    columns[3] = Column(t("Indicator"), wrap=True, width=30)
    columns[-1] = Column(t("Date measured"), "yyyy-mm-dd", width=14)
    return SheetSpec(t(INDICATOR_SHEET), [Block(columns, rows)], freeze="E2",
                     validations=(Validation(len(INDICATOR_COLUMNS) - 1),))


def _add_validations(ws: Any, spec: SheetSpec, first_row: int, last_row: int, *,
                     t: Texts) -> None:
    """Drop-down lists and date checks on the columns of a sheet to be filled in."""
    from openpyxl.worksheet.datavalidation import DataValidation

    for v in spec.validations:
        letter = get_column_letter(v.column + 1)
        cells = f"{letter}{first_row}:{letter}{last_row + v.spare_rows}"
        if v.choices:
            dv = DataValidation(type="list", formula1='"' + ",".join(v.choices) + '"',
                                allow_blank=True, showDropDown=False)
            dv.error = t("Choose one of: {choices}.", choices=", ".join(v.choices))
        else:
            dv = DataValidation(type="date", operator="greaterThan", formula1="1",
                                allow_blank=True)
            dv.error = t("Type a date, e.g. 2027-03-31.")
        dv.errorTitle = spec.name
        dv.showErrorMessage = True
        dv.add(cells)
        ws.data_validations.append(dv)


def build_sheets(data: ReportData, lang: str = "en") -> list[SheetSpec]:
    """Every sheet's content, in order (the writer only styles and streams it)."""
    t = Texts("workbook", lang)
    return [
        _summary(data, t),
        _attendance(data, t),
        _swot(data, t),
        _tows(data, t),
        _priorities(data, t),
        _ballots(data, t),
        _results(data, t),
        _consensus(data, t),
        _decisions(data, t),
        _action_plan(data, t),
        _indicators(data, t),
        _audit(data, t),
    ]


# --------------------------------------------------------------------------- writing


def _page(data: ReportData, t: Texts) -> PageText:
    """Every sheet's printed header (the cluster, the sheet, the workshop) and
    footer (the workshop's date, the page)."""
    when = data.workshop.date.isoformat() if data.workshop.date else ""
    return PageText(header_text(data.cluster_name), header_text(data.workshop.title),
                    header_text(when), t("Page &P of &N"))


def write_workbook(path: str | Path, data: ReportData,
                   progress: Progress = no_progress, lang: str = "en") -> Path:
    """Write the workshop workbook to ``path`` atomically; returns the path.

    ``lang``: the language of its sheet names, headers and the app's own
    words (``workbook`` catalogues; Haitian Creole gets French); the data
    (names, titles, figures, dates) is written as it is."""
    progress(0.0, "Preparing the workbook")
    sheets = build_sheets(data, lang)
    t = Texts("workbook", lang)
    page = _page(data, t)
    weights = [max(sum(len(b.rows) for b in s.blocks), 20) for s in sheets]
    total = float(sum(weights))

    def writer(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        wb.properties.title = t("{title} - workshop workbook", title=data.workshop.title)
        wb.properties.creator = APP_NAME
        try:
            start = 0.05
            for spec, weight in zip(sheets, weights, strict=True):
                span = 0.85 * weight / total
                progress(start, f"Writing the {spec.name} sheet")
                write_sheet(wb, spec, page, progress, start, span,
                            partial(_add_validations, t=t))
                start += span
            progress(0.92, "Saving the workbook")
        except BaseException:
            discard(wb)
            raise
        wb.save(tmp)

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written
