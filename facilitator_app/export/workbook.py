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
from facilitator_app.core.domain import (
    ATTENDANCE_ROLES,
    MEMBER_STATUSES,
    SWOT_QUADRANTS,
    TOWS_KINDS,
    label_of,
)
from facilitator_app.core.text import fold, looks_like_formula
from facilitator_app.core.voting import QUADRANTS, ImpactFeasibility, TallyResult, method_spec
from facilitator_app.core.voting_words import agreement_sentence, cns_words, w_words
from facilitator_app.export.report_model import (
    Progress,
    ReportData,
    RoundReport,
    no_progress,
)
from facilitator_app.export.safe_write import write_atomically

SHEET_NAMES = (
    "Summary",
    "Attendance",
    "SWOT",
    "TOWS",
    "Priorities",
    "Ballots",
    "Results",
    "Consensus",
    DECISION_SHEET,
    ACTION_SHEET,
    INDICATOR_SHEET,
    "Audit",
)
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
    "typed": "Typed",
    "pasted": "Pasted list",
    "tows": "TOWS strategy",
    "swot": "SWOT item",
}
WORKSHOP_STATUS_LABELS = {"planned": "Planned", "held": "Held", "cancelled": "Cancelled"}
QUADRANT_WORDS = dict(QUADRANTS.values())  # "quick_win" -> "Quick win"

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


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


# --------------------------------------------------------------------------- sheets


def _summary(data: ReportData) -> SheetSpec:
    w, p = data.workshop, data.profile
    total_ballots = sum(r.ballots for r in data.rounds)
    swot_items = sum(len(v) for v in data.swot.values())
    strategies = sum(len(v) for v in data.tows.values())
    facts: list[list[Any]] = [
        ["Cluster", p.name],
        ["Country", p.country],
        ["Sector", p.sector],
        ["Cluster type", p.cluster_type],
        ["Workshop", w.title],
        ["Date", w.date],
        ["Venue", w.venue],
        ["Facilitator", w.facilitator],
        ["Status", WORKSHOP_STATUS_LABELS.get(w.status, w.status)],
        ["Notes", w.notes],
        ["Attendees", len(data.attendees)],
        ["Voting members", len(data.voters)],
        ["Observers", len(data.observers)],
        [
            "Voting members named",
            "Yes, on the Attendance sheet" if data.voter_names_shown else data.names_note,
        ],
        ["SWOT items", swot_items],
        ["TOWS strategies", strategies],
        ["Candidate priorities", len(data.priorities)],
        ["Vote rounds", len(data.rounds)],
        ["Ballots", total_ballots],
        ["Exported", data.generated_at],
        ["Exported with", f"{APP_NAME} {data.app_version}"],
    ]
    blocks = [Block([Column("Item"), Column("Value", wrap=True, width=60)], facts)]
    blocks.append(
        Block(
            [Column("Member type"), Column("Voting members"), Column("Observers"),
             Column("Total")],
            [[t.label, t.voters, t.observers, t.total] for t in data.by_type],
            title="Attendance by member type",
            table="Attendance_by_type",
        )
    )
    if data.rounds:
        rows = []
        for r in data.rounds:
            res = r.all_voters
            w_value = res.consensus.kendall_w
            rows.append([
                r.number, r.title, r.method_label, r.anonymity_label,
                "Closed" if r.info.status == "closed" else "Open", r.ballots,
                "; ".join(r.priority_title(o) for o in res.winners),
                _num(w_value) if w_value is not None else None,
                agreement_sentence(res),
                r.weights_note or "No",
            ])
        blocks.append(
            Block(
                [Column("Round"), Column("Title", wrap=True), Column("Method"),
                 Column("Anonymity"), Column("Status"), Column("Ballots"),
                 Column("Winners (gradients: consensus reached)", wrap=True, width=40),
                 Column("Kendall's W", FIGURE), Column("Agreement", wrap=True, width=30),
                 Column("Vote weights", wrap=True, width=30)],
                rows,
                title="Vote rounds",
                table="Vote_rounds",
            )
        )
    return SheetSpec("Summary", blocks, autofilter=False, freeze="A2")


def _attendance(data: ReportData) -> SheetSpec:
    rows = [
        [a.name, a.type_label, label_of(ATTENDANCE_ROLES, a.role), a.representative,
         a.contact_person, _num(a.vote_weight), label_of(MEMBER_STATUSES, a.member_status)]
        for a in data.listed_attendees
    ]
    columns = [Column("Organisation"), Column("Member type"), Column("Role"),
               Column("Representative"), Column("Contact person"), Column("Vote weight"),
               Column("Member status")]
    title = None if data.voter_names_shown else data.names_note
    return SheetSpec("Attendance", [Block(columns, rows, title=title)])


def _swot(data: ReportData) -> SheetSpec:
    strategy_labels = {s.id: s.label for kind in data.tows.values() for s in kind}
    rows = []
    for quadrant, items in data.swot.items():
        name = label_of(SWOT_QUADRANTS, quadrant)
        for item in items:
            rows.append([
                name, item.label, item.text, item.dots, ", ".join(item.member_names),
                ", ".join(strategy_labels[i] for i in item.strategy_ids if i in strategy_labels),
            ])
    columns = [Column("Quadrant"), Column("Ref"), Column("Item", wrap=True, width=60),
               Column("Dots"), Column("Said by", wrap=True), Column("Used in strategies")]
    return SheetSpec("SWOT", [Block(columns, rows)])


def _tows(data: ReportData) -> SheetSpec:
    rows = []
    for kind, strategies in data.tows.items():
        name = label_of(TOWS_KINDS, kind)
        for s in strategies:
            rows.append([
                name, s.label, s.text, ", ".join(i.label for i in s.items),
                "\n".join(f"{i.label}: {i.text}" for i in s.items),
            ])
    columns = [Column("Kind"), Column("Ref"), Column("Strategy", wrap=True, width=50),
               Column("Draws on"), Column("SWOT items used", wrap=True, width=60)]
    return SheetSpec("TOWS", [Block(columns, rows)])


def _priorities(data: ReportData) -> SheetSpec:
    rows = [
        [p.number, p.title, p.category, p.description,
         SOURCE_LABELS.get(p.source_kind, p.source_kind), p.source_ref, p.source_text, p.rounds]
        for p in data.priorities
    ]
    columns = [Column("No."), Column("Priority", wrap=True, width=50), Column("Category"),
               Column("Description", wrap=True, width=50), Column("Came from"),
               Column("Source ref"), Column("Source text", wrap=True, width=50),
               Column("Vote rounds")]
    return SheetSpec("Priorities", [Block(columns, rows)])


def ballots_title(r: RoundReport) -> str:
    """The title row above a round's matrix (the test and readers look for it)."""
    what = "ballots (impact, then feasibility)" if r.two_criteria else "ballots"
    privacy = {
        "named": "named: voters shown by name",
        "anonymous": "anonymous: voters numbered, names not shown",
        "secret": "secret: no link between voters and ballots is kept",
    }.get(r.info.anonymity, r.info.anonymity)
    weights = "; results use vote weights" if r.info.use_weights else ""
    return (
        f"{r.heading} | method {r.method} ({r.method_label}) | {privacy} | "
        f"{r.ballots} {what}{weights}"
    )


def _ballots(data: ReportData) -> SheetSpec:
    """One matrix per round, each an Excel table with its own filter buttons.

    A two-criteria round's ballot is one row: impact under the priorities,
    feasibility under "<priority> (feasibility)".
    """
    blocks = []
    for r in data.rounds:
        header, body = r.matrix[0], [list(row) for row in r.matrix[1:]]
        columns = [Column(str(h)) for h in header]
        blocks.append(Block(columns, body, title=ballots_title(r),
                            table=f"Ballots_Round_{r.number}"))
    if not blocks:
        blocks.append(Block([Column("Voter")], [], title="No vote rounds in this workshop."))
    return SheetSpec(BALLOTS_SHEET, blocks, autofilter=False, freeze="B1", title_cols="A:A")


def _result_rows(r: RoundReport, view: str, result: TallyResult) -> list[list[Any]]:
    tied = {o for group in result.ties for o in group}
    winners = set(result.winners)
    moves = {}
    if view == "All voters" and r.comparison is not None:
        moves = {m.option: m for m in r.comparison.moves}
    quadrants = r.quadrants if view == "All voters" else None
    rows = []
    spec = method_spec(r.method)
    meaning = spec.score_meaning
    for ro in result.ranking:
        move = moves.get(ro.option)
        score = _num(ro.score)
        if score is not None and spec.score_is_share:
            score = _Formatted(score, PERCENT)
        elif isinstance(score, float):
            score = _Formatted(score, DECIMAL)
        rows.append([
            r.number, r.method_label, view, ro.position, r.priority_title(ro.option),
            score, meaning, _yes(ro.option in tied), _yes(ro.option in winners),
            result.counted,
            move.position_before if move else None,
            move.movement if move else None,
            _feasibility(quadrants, ro.option),
            QUADRANT_WORDS.get(quadrants.quadrants.get(ro.option) or "", "")
            if quadrants else None,
            _yes(bool(r.weights_note)),
            "",
        ])
    return rows


def _feasibility(quadrants: ImpactFeasibility | None, option: str) -> Any:
    if quadrants is None:
        return None
    value = _num(quadrants.feasibility.score_of(option))
    return _Formatted(value, DECIMAL) if isinstance(value, float) else value


def _results(data: ReportData) -> SheetSpec:
    rows: list[list[Any]] = []
    for r in data.rounds:
        rows += _result_rows(r, "All voters", r.all_voters)
        if r.firms is not None:
            rows += _result_rows(r, "Firms only", r.firms)
        else:
            rows.append([r.number, r.method_label, "Firms only", None, None, None, None,
                         None, None, None, None, None, None, None, None, r.firms_note])
    columns = [Column("Round"), Column("Method", wrap=True, width=16),
               Column("View"), Column("Position"), Column("Priority", wrap=True, width=45),
               Column("Score"), Column("Score means", wrap=True, width=16), Column("Tied"),
               Column("Winner"), Column("Ballots counted"),
               Column("Position in previous round"), Column("Places moved up"),
               Column("Feasibility (mean)"), Column("Impact x feasibility"),
               Column("Weighted"), Column("Note", wrap=True, width=40)]
    return SheetSpec("Results", [Block(columns, rows)])


def _consensus(data: ReportData) -> SheetSpec:
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
                r.number, r.method_label, ro.position, r.priority_title(o),
                _num(w) if ranked else None,
                w_words(w) if ranked and res.counted else "",
                _num(p) if ranked else None,
                _num(cns), cns_words(cns) if cns is not None else "",
                _num(support.get(o)),
                stats.blocks if stats is not None else None,
                _num(stats.median if stats is not None else None),
                _num(stats.iqr if stats is not None else None),
                None if reached is None else _yes(bool(reached)),
            ])
    columns = [Column("Round"), Column("Method"), Column("Position"),
               Column("Priority", wrap=True, width=45), Column("Kendall's W", FIGURE),
               Column("Agreement (W)"), Column("p-value", "0.0000"),
               Column("Tastle-Wierman", FIGURE), Column("Agreement (Tastle-Wierman)"),
               Column("Support", PERCENT), Column("Blocks"), Column("Median", "0.##"),
               Column("IQR", "0.##"), Column("Consensus reached")]
    return SheetSpec("Consensus", [Block(columns, rows)])


def _audit(data: ReportData) -> SheetSpec:
    """What happened, in words, and who did it (the stored code last, to filter on)."""
    rows = [[a.at, a.action_words, a.round_number, a.by or a.actor, a.entity, a.details,
             a.action] for a in data.audit]
    columns = [Column("When (UTC)", "yyyy-mm-dd hh:mm:ss", width=20), Column("What happened"),
               Column("Round"), Column("By"), Column("Record"),
               Column("Details", wrap=True, width=100), Column("Code")]
    return SheetSpec("Audit", [Block(columns, rows)])


def _decisions(data: ReportData) -> SheetSpec:
    """The priorities adopted, with their statement and how the vote placed them."""
    def utc(at: datetime) -> datetime:
        at = at.astimezone(UTC) if at.tzinfo is not None else at  # stored in UTC
        return at.replace(tzinfo=None, microsecond=0)

    rows = [[d.priority_title, d.round_title, d.basis, d.statement, utc(d.adopted_at),
             d.adopted_by, d.actions] for d in data.decisions]
    columns = [Column("Priority adopted", wrap=True, width=40), Column("Round", wrap=True,
                                                                        width=30),
               Column("How the vote placed it", wrap=True, width=45),
               Column("Decision statement", wrap=True, width=60),
               Column("Adopted (UTC)", "yyyy-mm-dd hh:mm", width=17), Column("By"),
               Column("Actions")]
    return SheetSpec(DECISION_SHEET, [Block(columns, rows)])


def _action_plan(data: ReportData) -> SheetSpec:
    """One row per action, made to be filled in and read back: a drop-down of
    the statuses, real dates, the action's ID to find it again."""
    rows = [[a.uid, a.decision_title, a.title, a.lead_name,
             PARTNER_SEPARATOR.join(a.partner_names), a.start_date, a.due_date,
             float(a.budget) if a.budget is not None else None, a.currency,
             label_of(ACTION_STATUSES, a.status), _yes(a.overdue), a.notes]
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
    columns[0].width = 12
    statuses = tuple(label for _key, label in ACTION_STATUSES)
    validations = (Validation(ACTION_COLUMNS.index("Status"), statuses),
                   Validation(ACTION_COLUMNS.index("Start")),
                   Validation(ACTION_COLUMNS.index("Due")))
    return SheetSpec(ACTION_SHEET, [Block(columns, rows)], validations=validations,
                     freeze="D2")


def _indicators(data: ReportData) -> SheetSpec:
    """The actions' indicators, one row each, to be filled in like the plan."""
    rows = [[i.uid, a.uid, a.title, i.name, i.baseline, i.target, i.actual, i.unit, i.source,
             i.measured_on] for a in data.actions for i in a.indicators]
    columns = [Column(title) for title in INDICATOR_COLUMNS]
    columns[0].width = columns[1].width = 12
    columns[2] = Column("Action", wrap=True, width=40)
    columns[3] = Column("Indicator", wrap=True, width=30)
    columns[-1] = Column("Date measured", "yyyy-mm-dd", width=14)
    return SheetSpec(INDICATOR_SHEET, [Block(columns, rows)], freeze="E2",
                     validations=(Validation(len(INDICATOR_COLUMNS) - 1),))


def _add_validations(ws: Any, spec: SheetSpec, first_row: int, last_row: int) -> None:
    """Drop-down lists and date checks on the columns of a sheet to be filled in."""
    from openpyxl.worksheet.datavalidation import DataValidation

    for v in spec.validations:
        letter = get_column_letter(v.column + 1)
        cells = f"{letter}{first_row}:{letter}{last_row + v.spare_rows}"
        if v.choices:
            dv = DataValidation(type="list", formula1='"' + ",".join(v.choices) + '"',
                                allow_blank=True, showDropDown=False)
            dv.error = "Choose one of: " + ", ".join(v.choices) + "."
        else:
            dv = DataValidation(type="date", operator="greaterThan", formula1="1",
                                allow_blank=True)
            dv.error = "Type a date, e.g. 2027-03-31."
        dv.errorTitle = spec.name
        dv.showErrorMessage = True
        dv.add(cells)
        ws.data_validations.append(dv)


def build_sheets(data: ReportData, lang: str = "en") -> list[SheetSpec]:
    """Every sheet's content, in order (the writer only styles and streams it)."""
    return [
        _summary(data),
        _attendance(data),
        _swot(data),
        _tows(data),
        _priorities(data),
        _ballots(data),
        _results(data),
        _consensus(data),
        _decisions(data),
        _action_plan(data),
        _indicators(data),
        _audit(data),
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
                title_cols: str | None = None) -> None:
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
    ws.oddFooter.right.text = "Page &P of &N"


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
                 start: float, span: float) -> None:
    ws = wb.create_sheet(spec.name)
    widths = _widths(spec)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    single = len(spec.blocks) == 1
    header_at = 2 if single and spec.blocks[0].title is not None else 1
    freeze = spec.freeze or (f"A{header_at + 1}" if single else None)
    if freeze:
        ws.freeze_panes = freeze
    _setup_page(ws, data, f"{header_at}:{header_at}" if single else None, widths,
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
            _add_validations(ws, spec, header_row + 1, row_no)


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
    weights = [max(sum(len(b.rows) for b in s.blocks), 20) for s in sheets]
    total = float(sum(weights))

    def writer(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        wb.properties.title = f"{data.workshop.title} - workshop workbook"
        wb.properties.creator = APP_NAME
        try:
            start = 0.05
            for spec, weight in zip(sheets, weights, strict=True):
                span = 0.85 * weight / total
                progress(start, f"Writing the {spec.name} sheet")
                _write_sheet(wb, spec, data, progress, start, span)
                start += span
            progress(0.92, "Saving the workbook")
        except BaseException:
            _discard(wb)
            raise
        wb.save(tmp)

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written
