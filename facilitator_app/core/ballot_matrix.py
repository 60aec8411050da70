"""The participant x option matrix: reading it from .csv/.xlsx and writing its rows.

One format serves the ``tally`` command, the paper-ballot import and the
Ballots sheet of the workshop workbook (PRODUCT.md section 5): the first
row is the header (a label for the voter column, then one column per
option, headed by its name); below it, one row per ballot: the voter, then
the number that voter gave each option (rank, dots, 0/1, rating or
gradient); a blank cell means "not given".

Reading never evaluates a formula: an .xlsx cell holding one is read as
its formula text, which is a problem of that row (a ballot is what the
voter wrote, not what a spreadsheet computed). Reading never stops at a
bad cell: each row carries its own
problems with its row number, so an import can list every bad row at once
and take none of them. A file that cannot be read at all raises
``BadInputError``. Reading gives plain data; turning rows into ballots is
one line (:meth:`BallotMatrix.ballots`).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.text import fold, quoted
from facilitator_app.i18n.messages import _

if TYPE_CHECKING:
    from facilitator_app.core.voting.ballots import Ballot

Cell = int | float | None

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class MatrixRow:
    row: int  # 1-based row number in the file or sheet, as a spreadsheet shows it
    voter: str | None
    values: dict[str, Cell]  # every option; None = blank
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class BallotMatrix:
    options: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    voter_heading: str = "Voter"

    def ballots(self) -> list[tuple[MatrixRow, Ballot]]:
        """(row, Ballot) for every row without problems, in file order."""
        from facilitator_app.core.voting.ballots import Ballot

        return [(r, Ballot(r.values, voter=r.voter)) for r in self.rows if not r.problems]

    @property
    def bad_rows(self) -> list[MatrixRow]:
        return [r for r in self.rows if r.problems]


# --- parsing ---------------------------------------------------------------


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _label(cell: object) -> str:
    """Text of a header or voter cell; 12.0 shows as 12."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(str(cell).split()) if cell is not None else ""


def parse_cell(cell: object, decimal_comma: bool = False) -> tuple[Cell, str | None]:
    """A cell as a number (or None when blank), or a reason it is not one."""
    if _blank(cell):
        return None, None
    if isinstance(cell, bool):
        return None, _("{text} is not a number (type 1 or 0)", text=str(cell).upper())
    if isinstance(cell, int):
        return cell, None
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return None, _("{text} is not a number", text=cell)
        return (int(cell) if cell.is_integer() else cell), None
    if isinstance(cell, (datetime, date, time, timedelta)):
        if isinstance(cell, datetime) and cell.time() == time(0):
            cell = cell.date()
        return None, _("{text} is a date or time, not a number", text=cell)
    text = str(cell).strip().replace("\u00a0", "")
    if decimal_comma and text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    if _NUMBER.fullmatch(text):
        value = float(text)
        return (int(value) if value.is_integer() else value), None
    shown = text if len(text) <= 40 else text[:37] + "..."
    return None, _("{text} is not a number", text=quoted(shown))


#: The cells the fast path reads: blank, or a whole number 0 .. 4095 written
#: plainly (no sign, no leading zero, no space). Any other cell is not a key,
#: and its row goes through :func:`parse_cell`.
_PLAIN_CELLS: dict[str, int | None] = {"": None, **{str(i): i for i in range(4096)}}


def _fast_values(cells: list[Any], width: int) -> list[Cell] | None:
    """The numbers of a CSV row whose option cells are all blank or plain numbers.

    ``width`` is the number of option columns, which are columns 1 ..
    width. Returns None when any cell needs the general reader (a sign, a
    decimal, a space, a stray value past the last option, a cell that is
    not text): this path only ever gives the result the general one gives.
    """
    try:
        numbers: list[Cell] = list(map(_PLAIN_CELLS.__getitem__, cells[1 : width + 1]))
        if len(cells) > width + 1 and "".join(cells[width + 1 :]).strip():
            return None
    except (KeyError, TypeError):  # not a plain cell, or not text
        return None
    if len(numbers) < width:
        numbers += [None] * (width - len(numbers))
    return numbers


def parse_matrix(
    rows: Iterable[Sequence[object]], *, decimal_comma: bool = False, first_row: int = 1
) -> BallotMatrix:
    """Read a grid of cells (a list of rows) as a ballot matrix.

    Blank rows are skipped; the first non-blank row is the header.
    Columns without a heading are ignored when empty and make a row bad when
    they hold something (a value that belongs to no option cannot be
    counted). Raises ``BadInputError`` when there is no header with at least
    one option, or two options share a name.

    Rows of text whose option cells are all blank or plain whole numbers
    (nearly every row of a CSV file) take a fast path with the same result;
    any other row goes through :func:`parse_cell` cell by cell.
    """
    header: list[str] | None = None
    voter_heading = "Voter"
    columns: list[tuple[int, str]] = []  # (column index, option)
    names: tuple[str, ...] = ()
    contiguous = False  # the options are columns 1 .. len(columns), no gap
    out: list[MatrixRow] = []
    for number, raw in enumerate(rows, start=first_row):
        cells = list(raw)
        if (not cells or _blank(cells[0])) and all(_blank(c) for c in cells):
            continue
        if header is None:
            header = [_label(c) for c in cells]
            voter_heading = header[0] or "Voter"
            columns = [(i, name) for i, name in enumerate(header) if i > 0 and name]
            if not columns:
                raise BadInputError(
                    _("row {number}: the header has no option columns (expected the voter "
                      "column, then one column per option, separated by commas or semicolons).",
                      number=number)
                )
            seen: dict[str, str] = {}
            for _i, name in columns:
                if fold(name) in seen:
                    raise BadInputError(_("the option {quoted} appears twice in the header.",
                                          quoted=quoted(name)))
                seen[fold(name)] = name
            names = tuple(name for _i, name in columns)
            contiguous = [i for i, _name in columns] == list(range(1, len(columns) + 1))
            continue
        voter = _label(cells[0]) if cells else ""
        fast = _fast_values(cells, len(columns)) if contiguous else None
        if fast is not None:
            out.append(MatrixRow(number, voter or None, dict(zip(names, fast))))
            continue
        problems: list[str] = []
        values: dict[str, Cell] = {}
        for i, option in columns:
            cell = cells[i] if i < len(cells) else None
            value, problem = parse_cell(cell, decimal_comma)
            values[option] = value
            if problem:
                problems.append(_("{option}: {problem}", option=quoted(option), problem=problem))
        named = {i for i, _name in columns}
        stray = [i for i in range(1, len(cells)) if i not in named and not _blank(cells[i])]
        if stray:
            problems.append(
                _("a value in column {column} has no option name in the header",
                  column=_column_letter(stray[0]))
            )
        out.append(MatrixRow(number, voter or None, values, tuple(problems)))
    if header is None:
        raise BadInputError(_("the file is empty: no header row with option names."))
    return BallotMatrix(names, tuple(out), voter_heading)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- files -----------------------------------------------------------------


def read_matrix(path: str | Path, sheet: str | None = None) -> BallotMatrix:
    """Read a .csv or .xlsx ballot matrix (``sheet``: .xlsx only, default the first)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_matrix_xlsx(path, sheet)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_matrix_csv(path)
    if suffix == ".xls":
        raise BadInputError(
            _("{name}: old .xls files cannot be read; save it as .xlsx or .csv.",
              name=path.name)
        )
    raise BadInputError(_("{name}: a ballot file must be .csv or .xlsx.", name=path.name))


#: A ballot matrix is one row per voter: 10,000 voters x 30 options is about 1 MB.
#: Bigger files are refused before they are read (a CSV's cells take many times
#: their size in memory).
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_CSV_CELLS = 1_000_000
MAX_XLSX_CELLS = 1_000_000  # cells kept from a sheet, empty ones between real ones included


def _read_bytes(path: Path, *, read: bool = True) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and path.is_file():
            raise BadInputError(
                _("{name} is {size:,.0f} MB: too large for a ballot matrix (the limit is "
                  "{max_file_bytes} MB). Check that this is the right file.",
                  name=path.name, size=size / 1024 / 1024, max_file_bytes=MAX_FILE_BYTES // 1024 // 1024)
            )
        return path.read_bytes() if read else b""
    except FileNotFoundError:
        raise BadInputError(_("{path}: no such file.", path=path)) from None
    except IsADirectoryError:
        raise BadInputError(_("{path} is a folder, not a ballot file.", path=path)) from None
    except OSError as exc:
        raise BadInputError(_("{path}: cannot be read ({reason}).",
                              path=path, reason=exc.strerror or exc)) from None


def decode_text(data: bytes, name: str = "file") -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInputError(_("{name}: the text is damaged (bad UTF-16).", name=name)) from None
    if b"\x00" in data:
        raise BadInputError(_("{name} is not a text (CSV) file.", name=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the header line into most cells."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    best, best_cells = ",", 1
    for d in _DELIMITERS:
        try:
            cells = len(next(csv.reader([first], delimiter=d)))
        except (csv.Error, StopIteration):
            continue
        if cells > best_cells:
            best, best_cells = d, cells
    return best


def read_matrix_csv(path: str | Path) -> BallotMatrix:
    path = Path(path)
    data = _read_bytes(path)
    text = decode_text(data, path.name)
    if not text.strip():
        raise BadInputError(_("{name} is empty.", name=path.name))
    delimiter = sniff_delimiter(text)
    if text.count(delimiter) > MAX_CSV_CELLS:  # each cell is an object in memory
        raise BadInputError(
            _("{name} has more than {max_csv_cells:,} cells: too many for a ballot matrix. Check "
              "that this is the right file.", name=path.name, max_csv_cells=MAX_CSV_CELLS)
        )
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise BadInputError(_("{name}: not a readable CSV file ({error}).",
                              name=path.name, error=exc)) from None
    try:
        return parse_matrix(rows, decimal_comma=delimiter == ";")
    except BadInputError as exc:
        raise BadInputError(_("{name}: {reason}", name=path.name, reason=exc.message)) from None


def read_matrix_xlsx(path: str | Path, sheet: str | None = None) -> BallotMatrix:
    """The sheet's real cells, never its declared size; hostile files are
    refused before parsing (core.spreadsheet: zip bombs, XML entities)."""
    from facilitator_app.core.spreadsheet import MAX_ROW_CELLS, open_workbook, sheet_rows

    path = Path(path)
    _read_bytes(path, read=False)  # same clear messages for a missing, big or unreadable file
    with open_workbook(path) as wb:
        if sheet is None:
            if not wb.worksheets:
                raise BadInputError(_("{name} has no worksheet.", name=path.name))
            ws = wb.worksheets[0]
        elif sheet in wb.sheetnames:
            ws = wb[sheet]
        else:
            raise BadInputError(
                _("{name} has no sheet {quoted} (sheets: {sheetnames}).",
                  name=path.name, quoted=quoted(sheet), sheetnames=', '.join(wb.sheetnames))
            )
        rows: list[Sequence[object]] = []
        for number, cells in sheet_rows(ws, path.name, max_columns=MAX_ROW_CELLS,
                                        max_slots=MAX_XLSX_CELLS, values_only=True):
            rows.extend([()] * (number - 1 - len(rows)))  # blank rows keep the numbering
            rows.append(cells)
    try:
        return parse_matrix(rows)
    except BadInputError as exc:
        raise BadInputError(_("{name}: {reason}", name=path.name, reason=exc.message)) from None


# --- writing ---------------------------------------------------------------


def matrix_rows(
    options: Sequence[str],
    ballots: Iterable[Any],
    *,
    voter_heading: str = "Voter",
    label: Callable[[Any], str] | None = None,
) -> list[list[Any]]:
    """Header and one row per ballot, ready for a CSV writer or a worksheet.

    ``ballots`` are ``Ballot`` objects or ``(voter, {option: number})``
    pairs. ``label(ballot)`` gives the text of the voter cell, so the
    caller applies the round's anonymity mode (e.g. "Ballot 3" or "" for
    secret rounds); by default it is the ballot's voter. Blank cells are
    ``None``. Values are written as they are: a writer that puts text into
    a spreadsheet must still neutralise text starting with = + - @.
    """
    rows: list[list[Any]] = [[voter_heading, *options]]
    for item in ballots:
        if isinstance(item, tuple):
            voter, values = item
        else:
            voter, values = item.voter, item.values
        text = label(item) if label is not None else voter
        values = values if isinstance(values, Mapping) else dict(values)
        rows.append([text if text is not None else "", *(values.get(o) for o in options)])
    return rows


def matrix_csv_text(rows: Sequence[Sequence[Any]], delimiter: str = ",") -> str:
    """The rows as CSV text (blank for None); write it with a UTF-8 BOM for Excel."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if c is None else c for c in row])
    return buffer.getvalue()
