"""Writing a spreadsheet's sheets: the part the workshop and programme workbooks share.

A sheet is given as plain data (:class:`SheetSpec`: blocks of columns and
rows); this module only styles and streams it with openpyxl's write-only
mode. Cells hold real types: numbers as numbers (exact fractions as whole
numbers or floats), dates as dates. Text is always stored as text: ``=1+1``,
``@SUM(A1)`` or ``#N/A`` typed as a name never becomes a formula or an
error; characters a spreadsheet cannot hold are dropped and over-long text is
cut to a cell's limit. Each sheet gets column widths from its content, a
styled, frozen header row (wrapped rows made tall enough, since a
spreadsheet does not grow them by itself), filter buttons, and an A4 page
set-up with the header row repeated on every page.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from facilitator_app.core.text import fold, looks_like_formula

Progress = Callable[[float, str], None]

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
    number_format: str | None = None  # for numbers and dates in this column
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
class Formatted:
    """A value with its own number format (overrides the column's)."""

    value: Any
    number_format: str


@dataclass(frozen=True)
class PageText:
    """What a printed page of every sheet says in its header and footer
    (``&A`` the sheet's name, ``&P``/``&N`` the page and the count)."""

    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    footer_right: str = "Page &P of &N"


AddValidations = Callable[[Any, SheetSpec, int, int], None]
"""Puts a one-block sheet's :class:`Validation` s on it (sheet, spec, first row, last row)."""


def num(value: Any) -> Any:
    """Exact engine numbers as spreadsheet numbers (whole values as ints)."""
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def yes(flag: bool) -> str:
    return "Yes" if flag else "No"


# --------------------------------------------------------------------------- writing


def clean(text: str) -> str:
    """Text a cell can hold: no illegal characters, at most a cell's length."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, Formatted):
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


def header_text(text: str) -> str:
    """Header/footer text: '&' is a control character there."""
    text = " ".join(text.split())
    if len(text) > 70:
        text = text[:69] + "…"
    return text.replace("&", "&&")


# ws: a write-only sheet, to which openpyxl lends Worksheet's page set-up
# (its stubs do not say so), hence Any.
def _setup_page(ws: Any, page: PageText, title_rows: str | None, widths: Sequence[float],
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
    ws.oddHeader.left.text = page.header_left
    ws.oddHeader.center.text = "&A"  # the sheet's name
    ws.oddHeader.right.text = page.header_right
    ws.oddFooter.left.text = page.footer_left
    ws.oddFooter.right.text = page.footer_right


def _header_cells(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[Cell]:
    cells = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=clean(col.title))
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
            value = clean(value)
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
        elif isinstance(value, Formatted):
            cell = WriteOnlyCell(ws, value=num(value.value))
            cell.number_format = value.number_format
            out.append(cell)
        elif isinstance(value, bool):
            out.append(yes(value))
        elif isinstance(value, (int, float, date)) and i < len(formats) and formats[i]:
            # openpyxl takes dates; its stubs say datetime only.
            cell = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]
            cell.number_format = cast(str, formats[i])  # not None: tested above
            out.append(cell)
        elif isinstance(value, (int, float, date)):  # dates get a date format from openpyxl
            out.append(value)
        else:
            text = clean(str(value))
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
    keys = [fold(clean(c.title)) for c in columns]
    return all(keys) and len(set(keys)) == len(keys)


def _no_progress(_fraction: float, _text: str) -> None:
    return None


def write_sheet(wb: Workbook, spec: SheetSpec, page: PageText,
                progress: Progress = _no_progress, start: float = 0.0, span: float = 0.0,
                add_validations: AddValidations | None = None,
                button_room: float = 0.0) -> None:
    """Stream ``spec`` into a new sheet of the write-only ``wb``; ``progress`` is
    told every few thousand rows, from ``start`` across ``span``.
    ``button_room``: the width a header's filter button takes from its text
    when the header's lines are counted."""
    ws = wb.create_sheet(spec.name)
    widths = _widths(spec)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    single = len(spec.blocks) == 1
    header_at = 2 if single and spec.blocks[0].title is not None else 1
    freeze = spec.freeze or (f"A{header_at + 1}" if single else None)
    if freeze:
        ws.freeze_panes = freeze
    _setup_page(ws, page, f"{header_at}:{header_at}" if single else None, widths,
                spec.title_cols)
    total_rows = max(sum(len(b.rows) for b in spec.blocks), 1)
    done = 0
    row_no = 0
    for index, block in enumerate(spec.blocks):
        if index:
            ws.append([])
            row_no += 1
        if block.title is not None:
            title = WriteOnlyCell(ws, value=clean(block.title))
            title.data_type = "s"
            title.font = _TITLE_FONT
            ws.append([title])
            row_no += 1
        row_no += 1
        lines = max(_lines(c.title, widths[i] - button_room)
                    for i, c in enumerate(block.columns))
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
                tableColumns=[TableColumn(id=i, name=clean(c.title))
                              for i, c in enumerate(block.columns, start=1)],
                autoFilter=AutoFilter(ref=ref),
            )
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # columns are given above
                ws.add_table(table)
        if single and spec.autofilter:
            ws.auto_filter.ref = ref
        if single and spec.validations and add_validations is not None:
            add_validations(ws, spec, header_row + 1, row_no)


def discard(wb: Workbook) -> None:
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
