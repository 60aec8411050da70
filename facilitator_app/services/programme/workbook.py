"""The programme workbook (.xlsx): the clusters of a programme side by side.

Sheets: Summary, Clusters, Workshops (per cluster and year), Objective
areas, Priorities (with the consensus figures of each round), Decisions,
Action status (per cluster), Actions (overdue first), Health. Each is one
flat table with a styled, frozen header row and filter buttons.

Written the way the workshop workbook is (:mod:`facilitator_app.export.workbook`),
with the same primitives: text always stays text (a cluster or member named
``=HYPERLINK(...)`` or ``#N/A`` is stored as a string, never a formula or an
error), characters a spreadsheet cannot hold are dropped, numbers and dates
are real cells, and the file is written atomically
(:func:`facilitator_app.export.safe_write.write_atomically`: a temporary file
renamed into place, nothing half-written left behind).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from facilitator_app import APP_NAME
from facilitator_app.core.action_plan import ACTION_STATUSES
from facilitator_app.core.text import looks_like_formula
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.services.programme.report import ProgrammeData, Progress, no_progress

PERCENT = "0%"
DECIMAL = "0.00"
FIGURE = "0.000"
MIN_WIDTH, MAX_WIDTH = 6.0, 50.0
MAX_CELL_CHARS = 32_767  # a spreadsheet cell's limit
LINE_HEIGHT = 15.0  # points per line of 11 pt text
MAX_ROW_LINES = 27  # a spreadsheet's tallest row is 409 points
CHARS_PER_WIDTH = 1.25  # a width unit is one digit; text runs a little narrower
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


@dataclass
class Column:
    title: str
    number_format: str | None = None  # for numbers and dates in this column
    wrap: bool = False  # long text wraps within ``width``
    width: float | None = None  # None: from the content


@dataclass
class Block:
    columns: list[Column]
    rows: list[list[Any]]


@dataclass
class SheetSpec:
    name: str
    blocks: list[Block]
    autofilter: bool = True
    freeze: str | None = None  # None: below the header row


@dataclass(frozen=True)
class _Formatted:
    """A value with its own number format (overrides the column's)."""

    value: Any
    number_format: str


def _num(value: Any) -> Any:
    """Exact engine numbers as spreadsheet numbers (whole values as ints)."""
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


SHEET_NAMES = ("Summary", "Clusters", "Workshops", "Objective areas", "Priorities",
               "Decisions", "Action status", "Actions", "Health")
NO_AREA = "(no objective area)"


def _share(value: float | None) -> Any:
    return None if value is None else _Formatted(value, PERCENT)


def _result(passed: bool | None) -> str:
    return {True: "Passed", False: "Not passed", None: "Unknown"}[passed]


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


def _summary(data: ProgrammeData) -> SheetSpec:
    countries = {c.country for c in data.clusters if c.country}
    rows: list[list[Any]] = [
        ["Clusters", len(data.clusters)],
        ["Countries", len(countries)],
        ["Members", sum(c.members for c in data.clusters)],
        ["Active members", sum(c.active for c in data.clusters)],
        ["Workshops", sum(c.workshops for c in data.clusters)],
        ["Candidate priorities", len({(p.cluster, p.priority_uid) for p in data.priorities
                                      if p.priority_uid})],
        ["Decisions", len(data.decisions)],
        ["Actions", len(data.actions)],
        ["Overdue actions", sum(a.overdue for a in data.actions)],
        ["Read from", data.database],
        ["Written (UTC)", data.generated_at],
        ["Written with", f"{APP_NAME} {data.app_version}"],
    ]
    return SheetSpec("Summary", [Block([Column("Item"), Column("Value", wrap=True, width=60)],
                                       rows)], autofilter=False, freeze="A2")


def _clusters(data: ProgrammeData) -> SheetSpec:
    types = data.type_labels
    rows = []
    for c in data.clusters:
        rows.append([
            c.name, c.country, c.sector, c.cluster_type, c.maturity.capitalize(),
            c.facilitator, c.members, c.active,
            *[c.active_by_type.get(t, 0) for t in types],
            _share(c.firm_share), c.women_led, c.women_led_known, _share(c.women_led_share),
            c.workshops, c.last_sent_at, c.last_sent_by, c.app_version,
        ])
    columns = [Column("Cluster", wrap=True, width=30), Column("Country"),
               Column("Sector", wrap=True, width=25), Column("Cluster type"),
               Column("Maturity"), Column("Facilitator"), Column("Members"),
               Column("Active members"),
               *[Column(f"Active: {t}") for t in types],
               Column("Share of firms (active)", PERCENT), Column("Women-led (active)"),
               Column("Women-led recorded (active)"), Column("Women-led share", PERCENT),
               Column("Workshops"), Column("Last sent (UTC)", "yyyy-mm-dd hh:mm", width=17),
               Column("Sent by"), Column("App version")]
    return SheetSpec("Clusters", [Block(columns, rows)], freeze="B2")


def _workshops(data: ProgrammeData) -> SheetSpec:
    rows = [[w.cluster, w.country, w.year, w.workshops, w.held, w.attendees, w.voters,
             w.observers, w.rounds, w.ballots, w.priorities, w.decisions]
            for w in data.workshops]
    columns = [Column("Cluster", wrap=True, width=30), Column("Country"),
               Column("Year", "0"), Column("Workshops"), Column("Held"),
               Column("Attendees"), Column("Voting members"), Column("Observers"),
               Column("Vote rounds"), Column("Ballots"), Column("Candidate priorities"),
               Column("Decisions")]
    return SheetSpec("Workshops", [Block(columns, rows)])


@dataclass
class _Area:
    clusters: set[str] = field(default_factory=set)
    priorities: set[tuple[str, str]] = field(default_factory=set)
    voted: set[tuple[str, str]] = field(default_factory=set)
    adopted: set[tuple[str, str]] = field(default_factory=set)
    consensus: set[tuple[str, str]] = field(default_factory=set)


def _areas(data: ProgrammeData) -> SheetSpec:
    areas: dict[str, _Area] = {}
    for p in data.priorities:
        if not p.priority_uid:
            continue  # a deleted candidate, seen only in a round's results
        area = areas.setdefault(p.area or NO_AREA, _Area())
        key = (p.cluster, p.priority_uid)
        area.clusters.add(p.cluster)
        area.priorities.add(key)
        if p.round_number is not None and p.position is not None:
            area.voted.add(key)
        if p.adopted:
            area.adopted.add(key)
        if p.consensus_reached:
            area.consensus.add(key)
    rows = [[name, len(a.clusters), len(a.priorities), len(a.voted), len(a.consensus),
             len(a.adopted)]
            for name, a in sorted(areas.items(), key=lambda kv: (kv[0] == NO_AREA, kv[0]))]
    columns = [Column("Objective area", wrap=True, width=35), Column("Clusters"),
               Column("Candidate priorities"), Column("Put to a vote"),
               Column("Consensus reached (gradients)"), Column("Adopted")]
    return SheetSpec("Objective areas", [Block(columns, rows)])


def _score(value: Any, is_share: bool) -> Any:
    """As the workshop workbook's Results sheet shows a score."""
    value = _num(value)
    if value is not None and is_share:
        return _Formatted(value, PERCENT)
    if isinstance(value, float):
        return _Formatted(value, DECIMAL)
    return value


def _priorities(data: ProgrammeData) -> SheetSpec:
    rows = [[p.cluster, p.country, p.workshop, p.year, p.area or NO_AREA, p.priority,
             _yes(p.adopted), p.round_number, p.round_title, p.method, p.round_status or None,
             p.position, _score(p.score, p.score_is_share), p.score_means or None, p.counted,
             _num(p.kendall_w), p.w_words or None, _num(p.tastle_wierman),
             p.tw_words or None, _share(_num(p.support)),
             None if p.consensus_reached is None else _yes(p.consensus_reached),
             p.note or None]
            for p in data.priorities]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Workshop", wrap=True, width=30), Column("Year", "0"),
               Column("Objective area", wrap=True, width=25),
               Column("Priority", wrap=True, width=45), Column("Adopted"), Column("Round"),
               Column("Round title", wrap=True, width=25), Column("Method", wrap=True, width=16),
               Column("Round status"), Column("Position"), Column("Score"),
               Column("Score means", wrap=True, width=16), Column("Ballots counted"),
               Column("Kendall's W", FIGURE), Column("Agreement (W)"),
               Column("Tastle-Wierman", FIGURE), Column("Agreement (Tastle-Wierman)"),
               Column("Support", PERCENT), Column("Consensus reached"),
               Column("Note", wrap=True, width=40)]
    return SheetSpec("Priorities", [Block(columns, rows)], freeze="C2")


def _decisions(data: ProgrammeData) -> SheetSpec:
    rows = [[d.cluster, d.country, d.workshop, d.workshop_date, d.area or NO_AREA,
             d.priority, d.round_title, d.basis, d.statement,
             d.adopted_at.replace(tzinfo=None, microsecond=0), d.adopted_by, d.actions]
            for d in data.decisions]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Workshop", wrap=True, width=30),
               Column("Workshop date", "yyyy-mm-dd", width=12),
               Column("Objective area", wrap=True, width=25),
               Column("Priority adopted", wrap=True, width=40),
               Column("Round", wrap=True, width=25),
               Column("How the vote placed it", wrap=True, width=40),
               Column("Decision statement", wrap=True, width=60),
               Column("Adopted (UTC)", "yyyy-mm-dd hh:mm", width=17), Column("By"),
               Column("Actions")]
    return SheetSpec("Decisions", [Block(columns, rows)], freeze="C2")


def _action_status(data: ProgrammeData) -> SheetSpec:
    statuses = [(key, label) for key, label in ACTION_STATUSES]
    rows = []
    for cluster, country, counts, overdue in data.action_status_counts():
        total = sum(counts.values())
        rows.append([cluster, country, total, *[counts.get(k, 0) for k, _ in statuses],
                     overdue, _share(overdue / total if total else None)])
    columns = [Column("Cluster", wrap=True, width=30), Column("Country"), Column("Actions"),
               *[Column(label) for _k, label in statuses], Column("Overdue"),
               Column("Share overdue", PERCENT)]
    return SheetSpec("Action status", [Block(columns, rows)])


def _actions(data: ProgrammeData) -> SheetSpec:
    ordered = sorted(data.actions, key=lambda a: (not a.overdue, a.due_date is None,
                                                  a.due_date or date.max, a.cluster))
    rows = [[a.cluster, a.country, a.workshop, a.priority, a.title, a.lead, a.start_date,
             a.due_date, float(a.budget) if a.budget is not None else None, a.currency,
             a.status_text, _yes(a.overdue), a.indicators] for a in ordered]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Workshop", wrap=True, width=25), Column("Priority", wrap=True, width=30),
               Column("Action", wrap=True, width=45), Column("Lead", wrap=True, width=25),
               Column("Start", "yyyy-mm-dd", width=12), Column("Due", "yyyy-mm-dd", width=12),
               Column("Budget estimate", "#,##0.00", width=15), Column("Currency"),
               Column("Status", width=14), Column("Overdue"), Column("Indicators")]
    return SheetSpec("Actions", [Block(columns, rows)], freeze="C2")


def _health(data: ProgrammeData) -> SheetSpec:
    rows = [[h.cluster, h.country, h.check, h.figure, h.threshold, _result(h.passed),
             h.factor or None, h.value] for h in data.health]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Check", wrap=True, width=25), Column("Figure", wrap=True, width=40),
               Column("Threshold", wrap=True, width=30), Column("Result"),
               Column("Success factor", wrap=True, width=35), Column("Value", "0.###")]
    return SheetSpec("Health", [Block(columns, rows)], freeze="C2")


def build_sheets(data: ProgrammeData) -> list[SheetSpec]:
    return [_summary(data), _clusters(data), _workshops(data), _areas(data),
            _priorities(data), _decisions(data), _action_status(data), _actions(data),
            _health(data)]


def _clean(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _text_cell(ws: WriteOnlyWorksheet, text: str) -> Cell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # stays text, even "=1+1" or "#N/A"
    return cell


def _cell(ws: WriteOnlyWorksheet, value: Any, column: Column) -> Any:
    """One cell: text that could be read as a formula or an error is forced to
    text; numbers and dates carry the column's format."""
    if value is None:
        return None
    if isinstance(value, bool):
        value = "Yes" if value else "No"
    if isinstance(value, str):
        value = _clean(value)
        if looks_like_formula(value) or value in ERROR_CODES or (column.wrap and value):
            cell = _text_cell(ws, value)
            if column.wrap:
                cell.alignment = _WRAP
            return cell
        return value
    if isinstance(value, _Formatted):
        cell = WriteOnlyCell(ws, value=_num(value.value))
        cell.number_format = value.number_format
        return cell
    value = _num(value)
    if isinstance(value, (int, float, date)):
        if column.number_format:
            cell = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]  # dates too
            cell.number_format = column.number_format
            return cell
        return value
    text = _clean(str(value))
    return _text_cell(ws, text) if looks_like_formula(text) or text in ERROR_CODES else text


def _shown_length(value: Any) -> int:
    if isinstance(value, _Formatted):
        value = value.value
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 17
    if isinstance(value, (date, float)):
        return 10
    return len(str(value))


def _widths(block: Block) -> list[float]:
    widths = []
    for i, column in enumerate(block.columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest_word = max((len(w) for w in column.title.split()), default=0)
        # a header wraps: room for its longest word, and a short title whole
        title = max(longest_word, min(len(column.title), 14)) + 3.0  # + the filter button
        content = max((_shown_length(row[i]) for row in block.rows[:300]), default=0)
        widths.append(min(max(MIN_WIDTH, title, content + 2.0), MAX_WIDTH))
    return widths


def _lines(text: str, width: float, most: int = MAX_ROW_LINES) -> int:
    """The lines a text wrapped in a column ``width`` wide takes (at most ``most``)."""
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


def _top(ws: WriteOnlyWorksheet, cells: list[Any]) -> list[Any]:
    """A tall row's cells, all starting at its top."""
    out: list[Any] = []
    for value in cells:
        if value is not None and not isinstance(value, Cell):
            value = WriteOnlyCell(ws, value=value)
        if value is not None and not value.alignment.wrap_text:
            value.alignment = _TOP
        out.append(value)
    return out


def _write_sheet(wb: Workbook, spec: SheetSpec, written_on: date) -> None:
    ws = wb.create_sheet(spec.name)
    block = spec.blocks[0]  # every sheet of this workbook is one table
    widths = _widths(block)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = spec.freeze or "A2"
    page: Any = ws  # write-only sheets lend Worksheet's page set-up (untyped there)
    page.page_setup.paperSize = 9  # A4
    page.page_setup.orientation = "landscape" if sum(widths) > 110 else "portrait"
    page.page_setup.fitToWidth = 1
    page.page_setup.fitToHeight = 0
    page.sheet_properties.pageSetUpPr.fitToPage = True
    page.print_title_rows = "1:1"
    page.oddHeader.left.text = "Programme report"
    page.oddHeader.center.text = "&A"
    page.oddFooter.left.text = written_on.isoformat()
    page.oddFooter.right.text = "Page &P of &N"
    header = []
    for column in block.columns:
        cell = _text_cell(ws, _clean(column.title))
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header.append(cell)
    lines = max(_lines(c.title, w - 3.0, 6) for c, w in zip(block.columns, widths, strict=True))
    if lines > 1:  # a spreadsheet does not grow a wrapped row by itself
        ws.row_dimensions[1].height = LINE_HEIGHT * lines + 3
    ws.append(header)
    wrapped = [(i, widths[i]) for i, c in enumerate(block.columns) if c.wrap]
    for row_no, row in enumerate(block.rows, start=2):
        cells = [_cell(ws, value, column)
                 for value, column in zip(row, block.columns, strict=True)]
        lines = max((_lines(row[i], w) for i, w in wrapped if isinstance(row[i], str)),
                    default=1)
        if lines > 1:
            ws.row_dimensions[row_no].height = LINE_HEIGHT * lines
            cells = _top(ws, cells)
        ws.append(cells)
    if spec.autofilter:
        last = get_column_letter(len(block.columns))
        ws.auto_filter.ref = f"A1:{last}{len(block.rows) + 1}"


def _discard(wb: Workbook) -> None:
    """Close the streams of an abandoned workbook (its temporary files go)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(OSError, KeyError, ValueError):
                writer.cleanup()


def write_programme_workbook(path: Path, data: ProgrammeData,
                             progress: Progress = no_progress) -> Path:
    """Write the programme workbook to ``path`` atomically; returns the path."""
    sheets = build_sheets(data)

    def writer(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        wb.properties.title = "Programme report"
        wb.properties.creator = APP_NAME
        try:
            for n, spec in enumerate(sheets):
                progress(n / len(sheets), f"Writing the {spec.name} sheet")
                _write_sheet(wb, spec, data.generated_at.date())
        except BaseException:
            _discard(wb)
            raise
        wb.save(tmp)

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written
