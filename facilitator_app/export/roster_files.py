"""The roster as an Excel workbook or a CSV file, written so it reads back the same.

Columns are the roster fields with their labels as titles (the importer
knows every one of them), choices as their labels ("Academic / training
institution", "Active"), yes/no fields as ``Yes``/``No``, dates as real
dates (ISO text in CSV). Both files are written atomically.

Text that a spreadsheet would run as a formula is neutralised: in the
workbook every text cell is stored with the string type, so ``=1+1`` is
shown, never computed; in CSV such text gets a leading single quote (OWASP
advice), which our importer removes again.

``lang`` gives the column titles (and the sheet's name) in Spanish, French
or Dutch (``workbook`` catalogues; Haitian Creole gets French); the values
stay as the importer reads them, and the importer knows the translated
titles too (``core.roster_import.EXPORTED_TITLES``).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from facilitator_app.core.domain import MEMBER_FIELDS
from facilitator_app.core.roster_fields import bool_text, choice_label, neutralise_for_csv
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.i18n.messages import T_, Texts

SHEET_TITLE = T_("Members")
DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH = 8, 60
WIDTH_SAMPLE_ROWS = 2000

FIELD_TITLES = (
    T_("Organisation"), T_("Type"), T_("Size"), T_("Employees"), T_("Value-chain segment"),
    T_("Sub-sector"), T_("Ownership"), T_("Women-led"), T_("Exporter"), T_("Country"),
    T_("Locality"), T_("Contact person"), T_("Contact role"), T_("Email"), T_("Phone"),
    T_("Preferred language"), T_("Status"), T_("Join date"), T_("Exit date"),
    T_("Vote weight"), T_("Governance role"), T_("Certifications"),
    T_("Consent to share data"), T_("Notes"),
)
"""The roster fields' labels (``core.domain.MEMBER_FIELDS``), marked for the
catalogues; a test keeps the two lists equal."""


def column_titles(lang: str = "en") -> list[str]:
    """The roster file's column titles in ``lang``."""
    t = Texts("workbook", lang)
    return [t(f.label) for f in MEMBER_FIELDS]


def cell_value(field_name: str, value: Any) -> Any:
    """A field's value as it goes into a spreadsheet cell."""
    spec = next(f for f in MEMBER_FIELDS if f.name == field_name)
    if value is None:
        return None
    if spec.kind == "choice":
        return choice_label(field_name, value)
    if spec.kind == "bool":
        return bool_text(value)
    if spec.kind == "number":
        number = float(value)
        return int(number) if number.is_integer() else number
    if isinstance(value, datetime):
        return value.date()
    return value


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return neutralise_for_csv(value)
    return str(value)


def write_roster_csv(path: str | Path, rows: Sequence[Mapping[str, Any]],
                     lang: str = "en") -> Path:
    """UTF-8 with BOM (so Excel shows accents), comma-separated, CRLF lines."""
    fields = [f.name for f in MEMBER_FIELDS]
    titles = column_titles(lang)

    def writer(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, lineterminator="\r\n")
            out.writerow(titles)
            for row in rows:
                out.writerow([_csv_text(cell_value(f, row.get(f))) for f in fields])

    return write_atomically(path, writer)


def write_roster_xlsx(path: str | Path, rows: Sequence[Mapping[str, Any]],
                      lang: str = "en") -> Path:
    """A styled sheet: bold filled header, frozen, autofilter, widths, real dates."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    fields = [f.name for f in MEMBER_FIELDS]
    values = [[cell_value(f, row.get(f)) for f in fields] for row in rows]
    titles = column_titles(lang)
    t = Texts("workbook", lang)

    def width(col: int) -> float:
        longest = len(titles[col]) + 3  # room for the filter button
        for line in values[:WIDTH_SAMPLE_ROWS]:
            v = line[col]
            if v is None:
                continue
            n = 10 if isinstance(v, date) else max(len(s) for s in str(v).split("\n"))
            longest = max(longest, n)
        return float(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))

    def writer(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(t(SHEET_TITLE))
        for col in range(len(fields)):
            ws.column_dimensions[get_column_letter(col + 1)].width = width(col)
        ws.freeze_panes = "A2"
        last = get_column_letter(len(fields))
        ws.auto_filter.ref = f"A1:{last}{len(values) + 1}"
        ws.print_options.gridLines = False
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="D9E2F3")
        rule = Border(bottom=Side(style="thin", color="8EA9DB"))
        header = []
        for title in titles:
            cell = WriteOnlyCell(ws, value=title)
            cell.data_type = "s"
            cell.font, cell.fill, cell.border = bold, fill, rule
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        ws.append(header)
        wrap = Alignment(wrap_text=True, vertical="top")
        notes_col = fields.index("notes")
        for line in values:
            cells = []
            for col, v in enumerate(line):
                if isinstance(v, str):
                    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", v))
                    cell.data_type = "s"  # text stays text, even "=1+1"
                    if col == notes_col and "\n" in v:
                        cell.alignment = wrap
                elif isinstance(v, date):
                    # openpyxl takes dates; its stubs say datetime only.
                    cell = WriteOnlyCell(ws, value=v)  # type: ignore[arg-type]
                    cell.number_format = DATE_FORMAT
                else:
                    cell = WriteOnlyCell(ws, value=v)
                cells.append(cell)
            ws.append(cells)
        wb.save(tmp)

    return write_atomically(path, writer)
