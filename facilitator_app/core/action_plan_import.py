"""Reading back the Action plan and Indicators sheets that members filled in.

The workshop workbook's two sheets (``export.workbook``) go out to members,
who change statuses, dates, notes and indicator values in Excel or
LibreOffice and send the file back. This module only reads what the file
holds, through the app's one guarded .xlsx reader (``core.spreadsheet``):
each sheet is found by its name, its header row by the column titles the
app wrote (in any order, any case), and every other row is kept with its
row number, as the values the cells hold (dates as dates, numbers as
numbers). Checking the rows against the workspace, and writing them, is
``services.decisions.plan_import``.

A workbook written in another language (``export.workbook``, ``lang``) has
its sheets, column titles and status drop-down translated; given the
:class:`PlanWords` of those languages, the reader takes them back to the
English words, so the rows it returns are the same whatever the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from facilitator_app.core.action_plan import (
    ACTION_COLUMNS,
    ACTION_ID,
    ACTION_SHEET,
    INDICATOR_COLUMNS,
    INDICATOR_SHEET,
)
from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import N_, _

MAX_COLUMNS = 40
STATUS_COLUMN = "Status"


@dataclass(frozen=True)
class PlanWords:
    """The words a translated workbook uses, each mapped to the English one
    (translated sheet name -> "Action plan", "Estado" -> "Status", "En curso"
    -> "On track"). Made by ``export.workbook.plan_words`` from its catalogues."""

    sheets: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)

    def english(self, table: dict[str, str], text: str) -> str:
        """``text`` in English when it is one of ``table``'s translated words."""
        folded = fold(text)
        return next((english for word, english in table.items() if fold(word) == folded), text)


ENGLISH_ONLY = PlanWords()


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number the spreadsheet shows
    values: dict[str, Any]  # column title -> the cell's value (None when empty)

    def text(self, column: str) -> str:
        value = self.values.get(column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return " ".join(str(value).split())


@dataclass
class PlanBook:
    """The rows of a returned workbook's Action plan and Indicators sheets."""

    name: str
    actions: list[SheetRow] = field(default_factory=list)
    indicators: list[SheetRow] = field(default_factory=list)


def _header(cells: tuple[Any, ...], wanted: tuple[str, ...],
            words: PlanWords = ENGLISH_ONLY) -> dict[int, str] | None:
    """Column index -> title, when ``cells`` is the header row the app wrote
    (in English or, with ``words``, translated)."""
    titles = {fold(t): t for t in wanted}
    titles.update({fold(word): english for word, english in words.columns.items()
                   if english in wanted and fold(word) not in titles})
    found = {i: titles[fold(str(c))] for i, c in enumerate(cells)
             if c is not None and fold(str(c)) in titles}
    return found if ACTION_ID in found.values() else None


def _find_sheet(wb: Any, name: str, words: PlanWords) -> Any:
    names = {fold(name)} | {fold(w) for w, english in words.sheets.items() if english == name}
    return next((wb[n] for n in wb.sheetnames if fold(n) in names), None)


def _sheet(wb: Any, name: str, wanted: tuple[str, ...], file_name: str,
           required: bool, words: PlanWords = ENGLISH_ONLY) -> list[SheetRow]:
    from facilitator_app.core.spreadsheet import sheet_rows

    sheet = _find_sheet(wb, name, words)
    if sheet is None:
        if required:
            raise BadInputError(
                _("{file_name} has no “{name}” sheet: send members the workshop workbook the app "
                  "exports, and import it back with its sheets as they are.",
                  file_name=file_name, name=name))
        return []
    header: dict[int, str] | None = None
    rows = []
    for number, cells in sheet_rows(sheet, f"{file_name}, sheet {name}",
                                    max_columns=MAX_COLUMNS, values_only=True):
        if header is None:
            header = _header(cells, wanted, words)
            continue
        values = {title: (cells[i] if i < len(cells) else None) for i, title in header.items()}
        status = values.get(STATUS_COLUMN)
        if isinstance(status, str) and words.statuses:
            values[STATUS_COLUMN] = words.english(words.statuses, status)
        if any(v is not None and str(v).strip() for v in values.values()):
            rows.append(SheetRow(number, values))
    if header is None:
        raise BadInputError(
            _("{file_name}, sheet {name}: the header row the app wrote (with the column "
              "“{action_id}”) is missing.", file_name=file_name, name=name, action_id=ACTION_ID))
    return rows


def read_plan_book(path: str | Path, words: PlanWords = ENGLISH_ONLY) -> PlanBook:
    """The Action plan (required) and Indicators (if there) sheets of a
    workbook; ``words``: those of the languages it may be written in
    (``services.decisions.plan_import.read_returned_plan`` gives them all)."""
    from facilitator_app.core.spreadsheet import open_workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise BadInputError(_("{name} is not an Excel workbook (.xlsx).", name=path.name))
    with open_workbook(path) as wb:
        return PlanBook(
            name=path.name,
            actions=_sheet(wb, ACTION_SHEET, ACTION_COLUMNS, path.name, required=True,
                           words=words),
            indicators=_sheet(wb, INDICATOR_SHEET, INDICATOR_COLUMNS, path.name,
                              required=False, words=words),
        )


# ----- cell values --------------------------------------------------------------------
_NOT_A_DATE = {
    "start": N_("the start “{text}” is not a date (write it as 2027-03-31)"),
    "due date": N_("the due date “{text}” is not a date (write it as 2027-03-31)"),
    "date measured": N_("the date measured “{text}” is not a date (write it as 2027-03-31)"),
    "date": N_("“{text}” is not a date (write it as 2027-03-31)"),
}


def cell_date(value: Any, what: str) -> date | None:
    """A date cell (or 2027-03-31 typed as text); anything else is refused in words."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise UserError(_(_NOT_A_DATE.get(what, _NOT_A_DATE["date"]), text=text)) from None


def cell_number(value: Any) -> object:
    """A number cell as a number; text is left for the service to read (or refuse)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        return value
    return str(value).strip()
