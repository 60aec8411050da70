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

import math
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

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
from facilitator_app.core.text import fold, looks_like_formula
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

PERCENT = "0%"
DECIMAL = "0.00"
FIGURE = "0.000"
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
WIDTH_SAMPLE = 300
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
PROGRESS_EVERY = 2_000
LINE_HEIGHT = 15.0  # points per line of 11 pt text
MAX_ROW_LINES = 27  # Excel's tallest row is 409 points
CHARS_PER_WIDTH = 1.25  # a width unit is one digit; average text is a little narrower
PORTRAIT_WIDTH = 110  # column widths up to this fit portrait A4 at a readable size
MAX_FIT_WIDTH = 280  # ... and up to this one landscape page across (about 55 %)

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

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="8EA9DB"))
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_TITLE_FONT = Font(bold=True, size=12, color="1B6E8F")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


# --------------------------------------------------------------------------- layout


@dataclass
class Column:
    title: str
    number_format: str | None = None  # for numbers in this column
    wrap: bool = False  # long text wraps (else it runs on)
    width: float | None = None  # None: from the content


@dataclass
class Block:
    """One table in a sheet: an optional title row, the header row, the rows."""

    columns: list[Column]
    rows: list[list[Any]]
    title: str | None = None
    table: str | None = None  # an Excel table name: the block gets its own filter


@dataclass(frozen=True)
class Validation:
    """What a column of a sheet to be filled in accepts: one of ``choices``, or a date."""

    column: int  # 0-based
    choices: tuple[str, ...] = ()  # a drop-down list; empty: a date
    spare_rows: int = 200  # rows below the table a member may fill in too


@dataclass
class SheetSpec:
    name: str
    blocks: list[Block]
    autofilter: bool = True  # on the header row, when the sheet has one block
    freeze: str | None = None  # None: below the header row of a one-block sheet
    title_cols: str | None = None  # repeated on each page across, when it takes several
    validations: tuple[Validation, ...] = ()  # one-block sheets to be filled in


@dataclass(frozen=True)
class _Formatted:
    """A value with its own number format (overrides the column's)."""

    value: Any
    number_format: str


def _num(value: Any) -> Any:
    """Exact engine numbers as spreadsheet numbers (whole values as ints)."""
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _yes(flag: bool, t: Texts | None = None) -> str:
    if t is None:
        return "Yes" if flag else "No"
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
                _num(w_value) if w_value is not None else None,
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
         a.contact_person, _num(a.vote_weight), t(label_of(MEMBER_STATUSES, a.member_status))]
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
        score = _num(ro.score)
        if score is not None and spec.score_is_share:
            score = _Formatted(score, PERCENT)
        elif isinstance(score, float):
            score = _Formatted(score, DECIMAL)
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
    value = _num(quadrants.feasibility.score_of(option))
    return _Formatted(value, DECIMAL) if isinstance(value, float) else value


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
                _num(w) if ranked else None,
                w_words(w, t) if ranked and res.counted else "",
                _num(p) if ranked else None,
                _num(cns), cns_words(cns, t) if cns is not None else "",
                _num(support.get(o)),
                stats.blocks if stats is not None else None,
                _num(stats.median if stats is not None else None),
                _num(stats.iqr if stats is not None else None),
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


def _add_validations(ws: Any, spec: SheetSpec, first_row: int, last_row: int,
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


def _clean(text: str) -> str:
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, _Formatted):
        value = value.value
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return 8
    return max(len(line) for line in str(value).split("\n"))


def _widths(spec: SheetSpec) -> list[float]:
    count = max(len(b.columns) for b in spec.blocks)
    widths = [MIN_WIDTH] * count
    fixed: dict[int, float] = {}
    for block in spec.blocks:
        for i, col in enumerate(block.columns):
            if col.width is not None:
                fixed[i] = max(fixed.get(i, 0.0), col.width)
            longest_word = max((len(w) for w in col.title.split()), default=0)
            # A header wraps (its row grows): room for its longest word, and for
            # a short title whole.
            title_room = max(longest_word, min(len(col.title), 14)) \
                if len(spec.blocks) == 1 else longest_word
            widths[i] = max(widths[i], title_room + 3.0)  # + room for the filter button
        for row in block.rows[:WIDTH_SAMPLE]:
            for i, value in enumerate(row[:count]):
                if i in fixed:
                    continue
                widths[i] = max(widths[i], _shown_length(value) + 2.0)
    widths = [min(max(w, MIN_WIDTH), MAX_WIDTH) for w in widths]
    for i, w in fixed.items():  # a width given by the sheet wins
        widths[i] = w
    return widths


def _lines(text: str, width: float, most: int = 6) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (at most ``most``)."""
    room = max(int(width * CHARS_PER_WIDTH) - 2, 1)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= room or used == 0:
                used = need
            else:
                lines, used = lines + 1, len(word)
    return max(1, min(lines, most))


def _header_text(text: str) -> str:
    """Header/footer text: '&' is a control character there."""
    text = " ".join(text.split())
    if len(text) > 70:
        text = text[:69] + "…"
    return text.replace("&", "&&")


# ws: a write-only sheet, to which openpyxl lends Worksheet's page set-up
# (its stubs do not say so), hence Any.
def _setup_page(ws: Any, data: ReportData, title_rows: str | None, widths: Sequence[float],
                t: Texts, title_cols: str | None = None) -> None:
    """A4, as wide as the columns need: portrait for narrow sheets, landscape
    for wide ones, every column on one page across (two or more pages across
    only when that would shrink the print below about half size), the header
    row repeated on every page."""
    total = sum(widths)
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape" if total > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = max(1, math.ceil(total / MAX_FIT_WIDTH))
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols and ws.page_setup.fitToWidth > 1:
        ws.print_title_cols = title_cols
    ws.oddHeader.left.text = _header_text(data.cluster_name)
    ws.oddHeader.center.text = "&A"  # the sheet's name
    ws.oddHeader.right.text = _header_text(data.workshop.title)
    when = data.workshop.date.isoformat() if data.workshop.date else ""
    ws.oddFooter.left.text = _header_text(when)
    ws.oddFooter.right.text = t("Page &P of &N")


def _header_cells(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[Cell]:
    cells = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=_clean(col.title))
        cell.data_type = "s"
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
        cell.alignment = _HEADER_ALIGN
        cells.append(cell)
    return cells


def _row_cells(ws: WriteOnlyWorksheet, row: Iterable[Any], formats: Sequence[str | None],
               wraps: Sequence[float]) -> tuple[list[Any], int]:
    """A row as plain values where possible (fast), styled cells where needed,
    and the lines its tallest wrapped cell takes."""
    out: list[Any] = []
    lines = 1
    for i, value in enumerate(row):
        if value is None:
            out.append(None)
        elif isinstance(value, str):
            value = _clean(value)
            limit = wraps[i] if i < len(wraps) else 0
            if (looks_like_formula(value) or value in ERROR_CODES
                    or (limit and (len(value) > limit or "\n" in value))):
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"  # text stays text, even "=1+1" or "#N/A"
                if limit and (len(value) > limit or "\n" in value):
                    cell.alignment = _WRAP
                    lines = max(lines, _lines(value, limit / 1.1, MAX_ROW_LINES))
                out.append(cell)
            else:
                out.append(value)
        elif isinstance(value, _Formatted):
            cell = WriteOnlyCell(ws, value=_num(value.value))
            cell.number_format = value.number_format
            out.append(cell)
        elif isinstance(value, bool):
            out.append(_yes(value))
        elif isinstance(value, (int, float, date)) and i < len(formats) and formats[i]:
            # openpyxl takes dates; its stubs say datetime only.
            cell = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]
            cell.number_format = cast(str, formats[i])  # not None: tested above
            out.append(cell)
        elif isinstance(value, (int, float, date)):  # dates get a date format from openpyxl
            out.append(value)
        else:
            text = _clean(str(value))
            out.append(_text_cell(ws, text) if text in ERROR_CODES else text)
    return out, lines


def _text_cell(ws: WriteOnlyWorksheet, text: str) -> Cell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    return cell


def _top_aligned(ws: WriteOnlyWorksheet, cells: list[Any]) -> list[Any]:
    """A tall row's cells all start at the top (plain values become styled cells)."""
    out: list[Any] = []
    for value in cells:
        if value is None:
            out.append(None)
            continue
        if not isinstance(value, Cell):
            value = WriteOnlyCell(ws, value=value)
        if not value.alignment.wrap_text:
            value.alignment = _TOP
        out.append(value)
    return out


def _unique_titles(columns: Sequence[Column]) -> bool:
    keys = [fold(_clean(c.title)) for c in columns]
    return all(keys) and len(set(keys)) == len(keys)


def _write_sheet(wb: Workbook, spec: SheetSpec, data: ReportData, progress: Progress,
                 start: float, span: float, t: Texts) -> None:
    ws = wb.create_sheet(spec.name)
    widths = _widths(spec)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    single = len(spec.blocks) == 1
    header_at = 2 if single and spec.blocks[0].title is not None else 1
    freeze = spec.freeze or (f"A{header_at + 1}" if single else None)
    if freeze:
        ws.freeze_panes = freeze
    _setup_page(ws, data, f"{header_at}:{header_at}" if single else None, widths, t,
                spec.title_cols)
    total_rows = max(sum(len(b.rows) for b in spec.blocks), 1)
    done = 0
    row_no = 0
    for index, block in enumerate(spec.blocks):
        if index:
            ws.append([])
            row_no += 1
        if block.title is not None:
            title = WriteOnlyCell(ws, value=_clean(block.title))
            title.data_type = "s"
            title.font = _TITLE_FONT
            ws.append([title])
            row_no += 1
        row_no += 1
        lines = max(_lines(c.title, widths[i]) for i, c in enumerate(block.columns))
        if lines > 1:  # spreadsheets do not grow a wrapped header row by themselves
            ws.row_dimensions[row_no].height = LINE_HEIGHT * lines + 3
        ws.append(_header_cells(ws, block.columns))
        header_row = row_no
        formats = [c.number_format for c in block.columns]
        wraps = [widths[i] * 1.1 if c.wrap else 0 for i, c in enumerate(block.columns)]
        for row in block.rows:
            cells, lines = _row_cells(ws, row, formats, wraps)
            row_no += 1
            if lines > 1:  # wrapped text: give the row its height (nothing else will)
                ws.row_dimensions[row_no].height = LINE_HEIGHT * lines
                cells = _top_aligned(ws, cells)
            ws.append(cells)
            done += 1
            if done % PROGRESS_EVERY == 0:
                progress(start + span * done / total_rows, f"Writing the {spec.name} sheet")
        last = get_column_letter(len(block.columns))
        ref = f"A{header_row}:{last}{row_no}"
        if block.table and block.rows and _unique_titles(block.columns):
            table = Table(
                displayName=block.table,
                ref=ref,
                tableColumns=[TableColumn(id=i, name=_clean(c.title))
                              for i, c in enumerate(block.columns, start=1)],
                autoFilter=AutoFilter(ref=ref),
            )
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # columns are given above
                ws.add_table(table)
        if single and spec.autofilter:
            ws.auto_filter.ref = ref
        if single and spec.validations:
            _add_validations(ws, spec, header_row + 1, row_no, t)


def _discard(wb: Workbook) -> None:
    """Close the streams of an abandoned workbook and remove its temporary files."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:  # noqa: BLE001 - already closed or never started
            pass
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            try:
                writer.cleanup()
            except (OSError, KeyError, ValueError):
                pass


def write_workbook(path: str | Path, data: ReportData,
                   progress: Progress = no_progress, lang: str = "en") -> Path:
    """Write the workshop workbook to ``path`` atomically; returns the path.

    ``lang``: the language of its sheet names, headers and the app's own
    words (``workbook`` catalogues; Haitian Creole gets French); the data
    (names, titles, figures, dates) is written as it is."""
    progress(0.0, "Preparing the workbook")
    sheets = build_sheets(data, lang)
    t = Texts("workbook", lang)
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
                _write_sheet(wb, spec, data, progress, start, span, t)
                start += span
            progress(0.92, "Saving the workbook")
        except BaseException:
            _discard(wb)
            raise
        wb.save(tmp)

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written
