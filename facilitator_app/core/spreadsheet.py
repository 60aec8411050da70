"""The one way the app opens an .xlsx file someone gave it: small and fast, or refused.

An .xlsx file is a zip of XML parts, and each layer can be made hostile at
a few KB: a sheet that *declares* the range A1:XFD1048576 (openpyxl's
read-only mode trusts that and walks 17 billion empty cells), a zip bomb (a
part that unpacks to thousands of times its size), XML entities (XXE reads
local files, "billion laughs" expands to gigabytes). Every .xlsx reader of
the app (the roster import, the ballot matrix of ``tally`` and the paper
ballot import) goes through :func:`open_workbook` and :func:`sheet_rows`:

* **Before any XML is parsed**, the zip's directory is checked: at most
  :data:`MAX_MEMBERS` parts, at most :data:`MAX_UNCOMPRESSED` bytes unpacked
  in all, and no part larger than 1 MB packed more than :data:`MAX_RATIO`
  times. Python's zipfile never unpacks more than a part
  declares, so these figures bound the work.
* **Every XML part is scanned** (unpacked in chunks, never whole): a
  ``<!DOCTYPE`` or ``<!ENTITY`` is refused (a spreadsheet never needs one),
  so is an encoding other than UTF-8, a row of more than
  :data:`MAX_ROW_CELLS` cells (more than a sheet can have; openpyxl would
  hold them all at once) and more than :data:`MAX_SHARED_STRINGS` shared
  texts (openpyxl holds them all). ``defusedxml``, a dependency, makes openpyxl's own
  parser refuse entities as a second line.
* **Only the cells the file holds are read**, row by row as they come
  (openpyxl's sheet parser, never ``iter_rows``, which trusts the declared
  dimension and pads rows and gaps): reading ends at the last real row, and
  a row number past Excel's last row (1,048,576) is refused as damaged.
  At most :data:`MAX_CELLS` cells and :data:`MAX_ROWS` rows in all
  (counted by the scan), so that a file is read, or refused, within
  seconds.

Each refusal is a :class:`BadInputError` with a sentence for the user. The
limits are far above any member list or ballot matrix.
"""

from __future__ import annotations

import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.i18n.messages import _

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

MAX_MEMBERS = 5_000
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000  # texts in the shared strings table
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # smaller parts may pack as tightly as they like
MAX_ROW_CELLS = 16_384  # Excel's columns per row
MAX_CELLS = 100_000  # in all the sheets: openpyxl parses some 50,000-100,000 a second
MAX_ROWS = 20_000  # in all the sheets: a row costs openpyxl more than a cell
MAX_ROW_NUMBER = 1_048_576  # Excel's rows per sheet
MAX_SLOTS = 2_000_000  # cells kept from one sheet, empty ones between real ones included

_CHUNK = 1024 * 1024
_OVERLAP = 256
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_ROW_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
_CELL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s>/]")
_STRING_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")
_UTF8_NAMES = {b"utf-8", b"utf8", b"us-ascii", b"ascii"}


class ReadCancelled(Exception):
    """Raised by a progress callback to stop a read (the user pressed Cancel)."""


_local = threading.local()
_REPORT_EVERY_ROWS = 2_000


@contextmanager
def reporting(progress: Callable[[str], None]) -> Iterator[None]:
    """Within this block, in this thread, the readers call ``progress(text)`` now
    and then (per MB checked, every few thousand rows); it may raise
    :class:`ReadCancelled` to stop the read. The GUI reads files this way in a
    worker thread (``ui/file_reader.py``)."""
    previous = getattr(_local, "progress", None)
    _local.progress = progress
    try:
        yield
    finally:
        _local.progress = previous


def report(text: str) -> None:
    """Tell the progress callback of this thread, if any, what is being read."""
    progress = getattr(_local, "progress", None)
    if progress is not None:
        progress(text)


def _too_large(name: str, why: str) -> BadInputError:
    return BadInputError(
        _("{name} is too large to read safely ({why}). A member list or ballot matrix is far "
          "smaller: check that this is the right file, or save its sheet again as a new "
          "workbook.", name=name, why=why)
    )


def _damaged(name: str, why: str) -> BadInputError:
    return BadInputError(
        _("{name} looks damaged or is not a real spreadsheet ({why}); it was not read. Open it "
          "in Excel or LibreOffice and save it again as .xlsx.", name=name, why=why)
    )


def check_xlsx(path: str | Path) -> None:
    """Refuse ``path`` unless it is a zip of a size and shape openpyxl may safely read."""
    path = Path(path)
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise BadInputError(_("{name} is not an Excel workbook (.xlsx) or it is damaged.",
                              name=name)) from None
    except OSError as exc:
        raise BadInputError(_("Cannot read {name}: {reason}.",
                              name=name, reason=exc.strerror or exc)) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _damaged(name, f"{len(members):,} parts in one file")
        total = 0
        for info in members:
            total += info.file_size
            if info.file_size > RATIO_FLOOR and (
                info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO
            ):
                raise _too_large(
                    name, f"one part unpacks to {info.file_size / 1024 / 1024:,.0f} MB "
                    f"from {info.compress_size / 1024:,.0f} KB, like a zip bomb"
                )
        if total > MAX_UNCOMPRESSED:
            raise _too_large(
                name, f"it unpacks to {total / 1024 / 1024:,.0f} MB, the limit is "
                f"{MAX_UNCOMPRESSED // 1024 // 1024} MB"
            )
        scan = _Scan(name)
        for info in members:
            if not info.is_dir():
                scan.part(archive, info)


class _Scan:
    """Reads every part in chunks (never whole) before openpyxl parses any.

    In a part that is XML: no DOCTYPE or ENTITY, UTF-8 only, no row of more
    cells than a sheet has, not more cells than :data:`MAX_CELLS`, rows
    than :data:`MAX_ROWS` and shared strings than
    :data:`MAX_SHARED_STRINGS` in all (openpyxl holds every string in
    memory).
    Parts are judged by their bytes, not their names, so a renamed part is
    checked too.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.strings = 0
        self.cells = 0
        self.rows = 0

    def part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        name, part = self.name, info.filename
        try:
            with archive.open(info) as stream:
                chunk = stream.read(_CHUNK)
                if not self._is_xml(chunk, part):
                    while chunk:  # unpacked all the same: a damaged part fails here, not later
                        chunk = stream.read(_CHUNK)
                    return
                carry = b""  # the end of the last chunk, so a tag cut in two is seen whole
                cells = 0  # cells since the last row start
                while True:
                    following = stream.read(_CHUNK)
                    text = carry + chunk
                    cut = len(text) if not following else max(len(text) - _OVERLAP, 0)
                    if _DECLARATION.search(text):
                        raise BadInputError(
                            _("{name} holds XML declarations (DOCTYPE or ENTITY) that no "
                              "spreadsheet needs and that can make a reader fetch other files or "
                              "fill the memory; it was refused for safety. Save the sheet again "
                              "in Excel or LibreOffice as a new .xlsx.", name=name)
                        )
                    report(f"Checking {name}")
                    cells = self._cells(text, cut, cells)
                    self.strings += len(_STRING_START.findall(text, 0, cut))
                    if self.strings > MAX_SHARED_STRINGS:
                        raise _too_large(name, f"more than {MAX_SHARED_STRINGS:,} texts")
                    if not following:
                        return
                    carry, chunk = text[cut:], following
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError) as exc:
            raise _damaged(name, f"{part}: {exc}") from None

    def _is_xml(self, head: bytes, part: str) -> bool:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
            b"<" in head[:4] and b"\x00" in head[:4]
        ):
            raise _damaged(self.name, f"{part} is XML in UTF-16 or UTF-32, not UTF-8")
        text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
        if not text.startswith(b"<"):
            return False  # a picture or another binary part: openpyxl does not parse it
        declared = _XML_ENCODING.match(text)
        if declared and declared.group(1).lower() not in _UTF8_NAMES:
            raise _damaged(self.name, f"{part} is XML in {declared.group(1).decode()}, not UTF-8")
        return True

    def _cells(self, text: bytes, cut: int, cells: int) -> int:
        """Cells since the last row start, counted up to ``cut``; refuses a row wider than a sheet."""
        position = 0
        for row in _ROW_START.finditer(text, 0, cut):
            found = len(_CELL_START.findall(text, position, row.start()))
            cells += found
            self.cells += found
            self.rows += 1
            if cells > MAX_ROW_CELLS:
                break
            cells, position = 0, row.end()
        else:
            found = len(_CELL_START.findall(text, position, cut))
            cells += found
            self.cells += found
        if cells > MAX_ROW_CELLS:
            raise _damaged(self.name, f"a row of more than {MAX_ROW_CELLS:,} cells")
        if self.cells > MAX_CELLS:
            raise _too_large(self.name, f"more than {MAX_CELLS:,} cells, the limit")
        if self.rows > MAX_ROWS:
            raise _too_large(self.name, f"more than {MAX_ROWS:,} rows, the limit")
        return cells


@contextmanager
def open_workbook(path: str | Path) -> Iterator[Workbook]:
    """A read-only workbook (formulas as formulas), checked first, closed after use."""
    from openpyxl import load_workbook

    path = Path(path)
    check_xlsx(path)
    try:
        # Never data_only: a formula is read as its text, never as a cached result.
        wb = load_workbook(path, read_only=True, data_only=False)
    except (BadInputError, ReadCancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl and defusedxml raise many kinds on damaged files
        raise BadInputError(
            _("{name} could not be read as an Excel workbook ({kind}).",
              name=path.name, kind=type(exc).__name__)
        ) from None
    try:
        yield wb
    finally:
        wb.close()


def sheet_rows(
    ws: Any, name: str, *, max_columns: int, max_slots: int = MAX_SLOTS,
    values_only: bool = False,
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cells) for each row holding something, as the file stores them.

    Only the cells the file holds are read (openpyxl's sheet parser, not
    ``iter_rows``, which pads every row to the declared dimension or to its
    last cell and fills gaps with empty rows): iteration ends at the last
    real row. Cells past ``max_columns`` and empty cells at the end are left
    out, and an empty cell is None; ``values_only`` gives values instead of
    openpyxl cells. A damaged
    file, or a sheet of more than ``max_slots`` cells (counting the empty
    ones left of a real one), raises :class:`BadInputError`.
    """
    from openpyxl.cell.read_only import ReadOnlyCell

    slots = 0
    try:
        for count, (number, found) in enumerate(_real_rows(ws), start=1):
            if not count % _REPORT_EVERY_ROWS:
                report(f"Reading row {number:,} of {name}")
            if number > MAX_ROW_NUMBER:
                raise _damaged(name, f"a row numbered past {MAX_ROW_NUMBER:,}")
            kept = [c for c in found if c["column"] <= max_columns and c["value"] is not None]
            if not kept:
                continue
            width = max(c["column"] for c in kept)
            slots += width
            if slots > max_slots:
                raise _too_large(name, f"more than {max_slots:,} cells in one sheet")
            cells: list[Any] = [None] * width
            for c in kept:
                cells[c["column"] - 1] = c["value"] if values_only else ReadOnlyCell(ws, **c)
            yield number, tuple(cells)
    except (BadInputError, ReadCancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl and defusedxml raise many kinds on damaged sheets
        raise BadInputError(
            _("{name}: the sheet cannot be read ({kind}: {error}).",
              name=name, kind=type(exc).__name__, error=exc)
        ) from None


def _real_rows(ws: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(row number, the cells the file holds) from a read-only sheet's XML.

    This is what openpyxl's ``ReadOnlyWorksheet`` parses with, without the
    padding it adds (openpyxl is pinned below 4; ``tests/core/
    test_hostile_spreadsheets.py`` checks this path is taken).
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = ws.parent
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
            date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats,
        )
        yield from parser.parse()
