"""Reading a member list someone kept in Excel, LibreOffice or a CSV file.

Three pure steps, no Qt and no database, so the GUI and the command line
share them and tests can drive them directly:

1. :func:`read_table` turns a ``.xlsx`` or ``.csv`` file into rows of plain
   cell values and finds the header row (:class:`SourceTable`);
2. :func:`guess_mapping` proposes a roster field for each column (the GUI
   lets the user change it), :func:`parse_rows` turns each data row into
   member values plus the problems found (:class:`ParsedRow`);
3. :func:`plan_import` decides, against the members already in the
   workspace, what happens to each row: add, update, skip as a duplicate,
   reject (:class:`ImportPlan`). ``services.roster`` applies the plan in one
   transaction.

Decisions a user may ask about:

* **Errors and warnings.** A row is in *error* when it cannot become a
  member: no organisation name, a formula where the name should be, a name
  too long to store. A *warning* means the row imports but one field was
  doubtful: that field is left empty and what the file said is kept in the
  member's notes ("Email as written: peter@smithsons"), so nothing typed is
  lost.
* **Formulas are never run.** In a workbook, a cell of formula type is a
  formula (its text is read, never its cached result). In a CSV file, text
  starting with ``=`` is what Excel would run, so it counts as a formula.
  Text starting with ``+``, ``-`` or ``@`` is kept as text (phone numbers
  start with ``+``). A single quote in front of ``= + - @`` is the guard our
  own CSV export writes (OWASP advice): it is removed again.
* **Dates.** Real date cells are used as they are; ``2022-05-12`` (ISO),
  ``12 May 2022`` and ``May 12, 2022`` are read; ``12/05/2022``,
  ``12.05.22`` and ``12-05-2022`` are day/month/year or month/day/year.
  Unless the user picks the order, a column that contains an unambiguous
  date (``25/12/2021`` or ``12/25/2021``) decides it for the whole column;
  without such evidence the order is day first (the usage across the
  Caribbean and Latin America) and every date that could be read both ways
  gets a warning saying how it was read, with the text kept in the notes.
  A join date in the future is left empty with a warning.
* **Duplicates** are found by :func:`~facilitator_app.core.text.fold` of the
  name: case, accents and surrounding spaces do not count. A later row with
  the name of an earlier row is skipped (the first row counts; leave it out
  to have the later one count instead). A row with the name of a member
  already in the workspace is skipped, or with ``update`` compared with that
  member field by field (:mod:`facilitator_app.core.roster_update` says
  which of the file's values are taken by default); only the fields chosen
  are written.
* **Limits.** Files over 50 MB or 200,000 rows are refused (a member list
  is far smaller; anything that big is the wrong file); so are CSV files of
  more than 1,000,000 line breaks or 3,000,000 cells, and workbooks beyond
  the limits of :mod:`facilitator_app.core.spreadsheet` (100,000 cells,
  20,000 rows).
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.roster_fields import (
    FIELDS,
    MAX_EMPLOYEES,
    MAX_LENGTHS,
    MAX_VOTE_WEIGHT,
    QT_TRANSLATE_NOOP,
    choice_key,
    clean_text,
    parse_bool,
    plausible_email,
    restore_from_csv,
)
from facilitator_app.core.roster_update import FieldChange, field_changes
from facilitator_app.core.spreadsheet import report
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import _

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_LINES = 1_000_000  # line breaks in a CSV file (a cell may hold some)
MAX_CSV_CELLS = 3_000_000  # delimiters in a CSV file
SNIFF_CHARS = 256 * 1024  # the delimiter is guessed from the start of the file
HEADER_SEARCH_ROWS = 50
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")

NOTES_FIELD = "notes"


@dataclass(frozen=True)
class Formula:
    """A spreadsheet formula, kept as its text and never evaluated."""

    text: str

    def __str__(self) -> str:
        return self.text


# ----- step 1: the file as a table ---------------------------------------
@dataclass
class SourceTable:
    """A sheet as plain cells. ``row_numbers[i]`` is the 1-based row number
    the user sees in the spreadsheet for ``rows[i]``."""

    name: str
    kind: str  # "xlsx" or "csv"
    rows: list[list[Any]]
    row_numbers: list[int]
    header_index: int | None = None
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    # CSV rows whose bytes were not UTF-8 in a file otherwise UTF-8: read as
    # Windows-1252, each gets a warning (see decode_lines).
    fallback_rows: tuple[int, ...] = ()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    @property
    def header_row_number(self) -> int | None:
        if self.header_index is None:
            return None
        return self.row_numbers[self.header_index]

    @property
    def headers(self) -> list[str]:
        """Column titles (``Column C`` where the header cell is empty)."""
        raw = self.rows[self.header_index] if self.header_index is not None else []
        titles = []
        for col in range(self.width):
            value = raw[col] if col < len(raw) else None
            text = clean_text(value) if value is not None else ""
            titles.append(text or f"Column {column_letter(col)}")
        return titles

    def data_rows(self) -> Iterable[tuple[int, list[Any]]]:
        """(row number, cells) for every row below the header."""
        start = 0 if self.header_index is None else self.header_index + 1
        for i in range(start, len(self.rows)):
            yield self.row_numbers[i], self.rows[i]

    def samples(self, column: int, count: int = 3) -> list[str]:
        """A few non-empty values of a column, for the mapping step."""
        found: list[str] = []
        for _number, cells in self.data_rows():
            value = cells[column] if column < len(cells) else None
            if value is not None and str(value).strip():
                found.append(_cell_text(value))
                if len(found) >= count:
                    break
        return found


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(
    path: str | Path, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS
) -> SourceTable:
    """Read ``path`` (.xlsx or .csv) into a :class:`SourceTable` with its header found.

    Raises :class:`BadInputError` for a file that cannot be used, with a
    sentence saying why.
    """
    path = Path(path)
    name = path.name
    if not path.exists():
        raise BadInputError(_("{name} does not exist.", name=name))
    if not path.is_file():
        raise BadInputError(_("{name} is not a file.", name=name))
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise BadInputError(
            _("{name}: this kind of spreadsheet cannot be read. Save it as an Excel workbook "
              "(.xlsx) or as CSV, then import that file.", name=name)
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise BadInputError(_("{name}: only .xlsx and .csv files can be imported.", name=name))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputError(_("Cannot read {name}: {reason}.", name=name, reason=exc.strerror)) from exc
    if size > max_bytes:
        raise BadInputError(
            _("{name} is {size:.0f} MB: too big for a member list (the limit is {max_bytes} MB).",
              name=name, size=size / 1024 / 1024, max_bytes=max_bytes // 1024 // 1024)
        )
    if suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, max_rows)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BadInputError(_("Cannot read {name}: {reason}.",
                                  name=name, reason=exc.strerror)) from exc
        table = read_csv_bytes(data, name, max_rows)
    table.header_index = find_header(table.rows)
    return table


def _too_many_rows(name: str, max_rows: int) -> BadInputError:
    return BadInputError(
        _("{name} has more than {max_rows:,} rows: too many for a member list. Check that this "
          "is the right file.", name=name, max_rows=max_rows)
    )


def _read_xlsx(path: Path, max_rows: int) -> SourceTable:
    from facilitator_app.core.spreadsheet import open_workbook

    name = path.name
    with open_workbook(path) as wb:
        try:
            # Visible sheets first, the one the file was saved on first of all:
            # a hidden sheet is an old list or a lookup table, not the roster.
            active = wb.active
            sheets = sorted(
                wb.worksheets,
                key=lambda ws: (
                    getattr(ws, "sheet_state", "visible") != "visible", ws is not active
                ),
            )
        except Exception as exc:  # openpyxl raises many kinds on damaged files
            raise BadInputError(
                _("{name} could not be read as an Excel workbook ({kind}).",
                  name=name, kind=type(exc).__name__)
            ) from exc
        if not sheets:
            raise BadInputError(_("{name} has no worksheet.", name=name))
        tables = []
        for ws in sheets:
            table = _sheet_table(ws, name, max_rows)
            if find_header(table.rows) is not None:
                return table
            tables.append(table)
        return tables[0]


def _sheet_table(ws: Worksheet, name: str, max_rows: int) -> SourceTable:
    """The sheet's real rows (its declared size is not trusted: core.spreadsheet)."""
    from facilitator_app.core.spreadsheet import sheet_rows

    rows: list[list[Any]] = []
    numbers: list[int] = []
    for number, cells in sheet_rows(ws, name, max_columns=MAX_COLUMNS):
        values = [None if c is None else _xlsx_value(c) for c in cells]
        while values and values[-1] is None:
            values.pop()
        if not values:
            continue
        rows.append(values)
        numbers.append(number)
        if len(rows) > max_rows + HEADER_SEARCH_ROWS:
            raise _too_many_rows(name, max_rows)
    if len(rows) > max_rows:
        raise _too_many_rows(name, max_rows)
    return SourceTable(name=name, kind="xlsx", rows=rows, row_numbers=numbers, sheet=ws.title)


def _xlsx_value(cell: Cell | MergedCell) -> Any:
    value = cell.value
    if value is None:
        return None
    if getattr(cell, "data_type", None) == "f":
        return Formula(str(value))
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, datetime | date | time | bool | int | float):
        return value
    return str(value)  # rich text, array formulas, anything exotic: its text


def decode_text(data: bytes, name: str = "the file") -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise BadInputError(_("{name} says it is UTF-8 but is not.", name=name)) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise BadInputError(_("{name} says it is UTF-16 text but is not.", name=name)) from exc
    if b"\x00" in data[:65536]:
        raise BadInputError(_("{name} is not a text (CSV) file.", name=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _legacy(data: bytes) -> tuple[str, str]:
    """Windows-1252, or Latin-1 when a byte is one that Windows-1252 leaves unassigned."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_lines(data: bytes, name: str = "the file") -> tuple[str, str, list[int]]:
    """(text, encoding, fallback lines) for a CSV file.

    A file that is all UTF-8, or all Windows-1252, decodes whole. A file
    that mixes them (rows pasted from two sources) decodes line by line:
    lines that are valid UTF-8 as UTF-8, the others as Windows-1252, whose
    1-based numbers are returned so the import can warn about those rows
    instead of garbling the names of either kind.
    """
    text, encoding = decode_text(data, name)
    if encoding not in ("cp1252", "latin-1"):
        return text, encoding, []
    lines = data.splitlines(keepends=True)
    parts: list[str] = []
    fallback: list[int] = []
    utf8_seen = False
    for number, line in enumerate(lines, start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8_seen = utf8_seen or not line.isascii()
        except UnicodeDecodeError:
            parts.append(_legacy(line)[0])
            fallback.append(number)
    if not utf8_seen:  # plain Windows-1252 throughout: nothing was guessed per line
        return text, encoding, []
    return "".join(parts), f"utf-8+{encoding}", fallback


DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into columns."""
    sample_lines = [line for line in text[:SNIFF_CHARS].splitlines()[:60] if line.strip()]
    sample = "\n".join(sample_lines)
    best, best_score = ",", 0.0
    for delim in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delim))
        except csv.Error:
            continue
        counts = [len(r) for r in rows if any(c.strip() for c in r)]
        if not counts:
            continue
        mode, hits = Counter(counts).most_common(1)[0]
        if mode <= 1:
            continue
        score = hits + mode / 1000  # consistency first, then more columns
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv_bytes(data: bytes, name: str = "file.csv", max_rows: int = MAX_ROWS) -> SourceTable:
    """Parse CSV bytes into a :class:`SourceTable` (header not searched yet).

    Line breaks and cells are counted first (C speed): every line and cell
    becomes an object in memory, so a file of millions of empty lines, or of
    one line of millions of cells, is refused before it is parsed.
    """
    breaks = data.count(b"\n") + data.count(b"\r")
    if breaks > MAX_LINES:
        raise _too_many_rows(name, max_rows)
    text, encoding, fallback_lines = decode_lines(data, name)
    if "\x00" in text:
        raise BadInputError(_("{name} is not a text (CSV) file.", name=name))
    delimiter = sniff_delimiter(text)
    if text.count(delimiter) > MAX_CSV_CELLS:
        raise BadInputError(
            _("{name} has more than {max_csv_cells:,} cells: too many for a member list. Check "
              "that this is the right file.", name=name, max_csv_cells=MAX_CSV_CELLS)
        )
    rows: list[list[Any]] = []
    fallback_rows: list[int] = []
    pending = iter(fallback_lines)
    next_line = next(pending, None)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for cells in reader:
            values: list[Any] = [c if c.strip() else None for c in cells[:MAX_COLUMNS]]
            while values and values[-1] is None:
                values.pop()
            rows.append(values)
            if not len(rows) % 5_000:
                report(f"Reading row {len(rows):,} of {name}")
            # A record ends on reader.line_num; it needed the fallback when one
            # of its lines did (a quoted cell may span lines).
            if next_line is not None and next_line <= reader.line_num:
                if values:
                    fallback_rows.append(len(rows))
                while next_line is not None and next_line <= reader.line_num:
                    next_line = next(pending, None)
            if len(rows) > max_rows + HEADER_SEARCH_ROWS:
                raise _too_many_rows(name, max_rows)
    except csv.Error as exc:
        raise BadInputError(_("{name} is not a readable CSV file ({error}).",
                              name=name, error=exc)) from exc
    while rows and not rows[-1]:
        rows.pop()
    if len(rows) > max_rows:
        raise _too_many_rows(name, max_rows)
    return SourceTable(
        name=name,
        kind="csv",
        rows=rows,
        row_numbers=list(range(1, len(rows) + 1)),
        encoding=encoding,
        delimiter=delimiter,
        fallback_rows=tuple(n for n in fallback_rows if n <= len(rows)),
    )


# ----- step 2a: which column is which -------------------------------------
# Header texts are compared after fold() and with punctuation turned into
# spaces, so "E-mail", "e mail" and "E-MAIL:" are the same.
_HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "organisation", "organization", "organisation name", "organization name",
        "name of organisation", "name of organization", "company", "company name",
        "name", "member", "member name", "business", "business name", "enterprise",
        "firm", "firm name", "institution", "entity", "nombre", "empresa",
        "organizacion", "nom", "entreprise", "organisme", "naam", "bedrijf",
    ),
    "member_type": (
        "type", "type of organisation", "type of organization", "organisation type",
        "organization type", "member type", "type of member", "category",
        "stakeholder type", "kind", "tipo", "categorie", "soort",
    ),
    "size": ("size", "firm size", "company size", "business size", "tamano", "taille"),
    "employees": (
        "employees", "number of employees", "no of employees", "nr of employees",
        "staff", "headcount", "employes", "empleados", "werknemers",
    ),
    "segment": ("value chain segment", "segment", "value chain", "value chain stage"),
    "sub_sector": ("sub sector", "subsector", "sub sectors"),
    "ownership": ("ownership", "ownership type", "owned"),
    "women_led": (
        "women led", "women owned", "women owned or led", "women led or owned",
        "woman owned", "female led", "female owned", "led by women",
    ),
    "exporter": ("exporter", "exports", "exporting"),
    "country": ("country", "pays", "pais", "land"),
    "locality": (
        "locality", "town", "city", "district", "parish", "village", "location",
        "community", "ciudad", "ville", "plaats",
    ),
    "contact_person": (
        "contact person", "contact", "contact name", "representative", "focal point",
        "person", "contacto", "persona de contacto", "personne de contact",
    ),
    "contact_role": ("contact role", "role", "position", "job title", "title", "cargo"),
    "email": (
        "email", "e mail", "mail", "email address", "e mail address", "correo",
        "correo electronico", "courriel", "adresse email",
    ),
    "phone": (
        "phone", "telephone", "tel", "mobile", "phone number", "telephone number",
        "cell", "telefono", "whatsapp", "telefoon",
    ),
    "preferred_language": ("preferred language", "language", "langue", "idioma", "taal"),
    "status": ("status", "membership status", "membership", "estado", "statut"),
    "join_date": (
        "join date", "joined", "date joined", "member since", "joining date",
        "membership date", "since", "start date", "date of joining", "fecha de ingreso",
    ),
    "exit_date": ("exit date", "left", "date left", "end date", "exited", "leaving date"),
    "vote_weight": ("vote weight", "voting weight", "weight", "votes"),
    "governance_role": (
        "governance role", "governance", "board", "committee", "board role",
    ),
    "certifications": ("certifications", "certification", "certificates", "certified"),
    "consent_to_share": (
        "consent to share data", "consent to share", "consent", "data sharing consent",
        "sharing consent",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "observations"),
}


def _header_key(text: str) -> str:
    folded = fold(text)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


HEADER_SYNONYMS: dict[str, str] = {}
for _field, _names in _HEADER_SYNONYMS.items():
    # The app's own labels first: an export always maps back exactly.
    HEADER_SYNONYMS.setdefault(_header_key(FIELDS[_field].label), _field)
for _field, _names in _HEADER_SYNONYMS.items():
    for _n in _names:
        HEADER_SYNONYMS.setdefault(_header_key(_n), _field)


# The roster export's column titles in the other languages it writes them in
# (``export.roster_files``, ``lang``; tests/export/test_roster_languages.py
# holds the two in step), so an exported roster always reads back.
EXPORTED_TITLES: dict[str, tuple[str, ...]] = {
    "name": ("Organización", "Organisatie"),
    "member_type": ("Tipo", "Type"),
    "size": ("Tamaño", "Taille", "Grootte"),
    "employees": ("Empleados", "Salariés", "Werknemers"),
    "segment": ("Eslabón de la cadena de valor", "Maillon de la chaîne de valeur",
                "Schakel in de waardeketen"),
    "sub_sector": ("Subsector", "Sous-secteur"),
    "ownership": ("Propiedad", "Propriété", "Eigendom"),
    "women_led": ("Dirigida por mujeres", "Dirigée par des femmes", "Geleid door vrouwen"),
    "exporter": ("Exportadora", "Exportatrice", "Exporteur"),
    "country": ("País", "Pays", "Land"),
    "locality": ("Localidad", "Localité", "Plaats"),
    "contact_person": ("Persona de contacto", "Personne de contact", "Contactpersoon"),
    "contact_role": ("Cargo del contacto", "Fonction du contact", "Functie contactpersoon"),
    "email": ("Correo electrónico", "Courriel", "E-mail"),
    "phone": ("Teléfono", "Téléphone", "Telefoon"),
    "preferred_language": ("Idioma preferido", "Langue préférée", "Voorkeurstaal"),
    "status": ("Estado", "Statut", "Status"),
    "join_date": ("Fecha de ingreso", "Date d'adhésion", "Lid sinds"),
    "exit_date": ("Fecha de salida", "Date de départ", "Datum uittreding"),
    "vote_weight": ("Peso del voto", "Poids de la voix", "Stemgewicht"),
    "governance_role": ("Cargo en la gobernanza", "Rôle dans la gouvernance", "Bestuursrol"),
    "certifications": ("Certificaciones", "Certifications", "Certificeringen"),
    "consent_to_share": ("Consiente compartir sus datos", "Accord pour partager les données",
                         "Toestemming om gegevens te delen"),
    "notes": ("Notas", "Notes", "Notities"),
}
for _field, _names in EXPORTED_TITLES.items():
    for _n in _names:
        HEADER_SYNONYMS.setdefault(_header_key(_n), _field)


def field_for_header(text: Any) -> str | None:
    """The roster field a column title stands for, or None."""
    if text is None or isinstance(text, Formula):
        return None
    key = _header_key(str(text))
    if not key or len(key) > 60:
        return None
    if key in HEADER_SYNONYMS:
        return HEADER_SYNONYMS[key]
    # "Email *", "Name (required)", "Phone no."
    trimmed = re.sub(r"\b(required|optional|no|nr|number)\b$", "", key).strip()
    return HEADER_SYNONYMS.get(trimmed)


def find_header(rows: Sequence[Sequence[Any]]) -> int | None:
    """Index of the header row among the first rows, or None.

    The header is the row where most cells are known column titles; a title
    row or blank rows above it are passed over. One recognised title is
    enough only when it is the name column.
    """
    best, best_score = None, 0
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = {field_for_header(c) for c in cells if isinstance(c, str)}
        found.discard(None)
        score = len(found)
        if score < 2 and "name" not in found:
            continue
        if score > best_score:
            best, best_score = i, score
    return best


def guess_mapping(table: SourceTable) -> list[str | None]:
    """A field per column from its title; each field used once (notes may repeat)."""
    mapping: list[str | None] = []
    used: set[str] = set()
    raw = table.rows[table.header_index] if table.header_index is not None else []
    for col in range(table.width):
        value = raw[col] if col < len(raw) else None
        field_name = field_for_header(value) if isinstance(value, str) else None
        if field_name in used and field_name != NOTES_FIELD:
            field_name = None
        if field_name:
            used.add(field_name)
        mapping.append(field_name)
    return mapping


# ----- step 2b: rows into member values -----------------------------------
@dataclass(frozen=True)
class Problem:
    """Something wrong with one row: ``template.format(**params)`` says what."""

    row: int
    severity: str  # "error" or "warning"
    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None

    @property
    def message(self) -> str:
        """What is wrong, in the messages' language (``python -m
        facilitator_app.i18n po-update messages`` reads the templates; the
        window translates them with Qt instead)."""
        params = dict(self.params)
        if "label" in params:
            params["label"] = _(str(params["label"]))
        return _(self.template, **params)

    def __str__(self) -> str:
        if self.severity == "error":
            return _("row {row}: error: {message}", row=self.row, message=self.message)
        return _("row {row}: warning: {message}", row=self.row, message=self.message)


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any]
    problems: list[Problem]
    source_name: str = ""  # the name cell as written (for messages)

    @property
    def key(self) -> str:
        return fold(self.values.get("name"))

    @property
    def has_error(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


T = QT_TRANSLATE_NOOP
TPL = {
    "no_name": T("roster", "No organisation name: the row cannot become a member."),
    "encoding": T(
        "roster",
        "This row is not UTF-8 like the rest of the file; it was read as Windows-1252. "
        "Check its accented letters (names, places) in the preview.",
    ),
    "formula_name": T(
        "roster",
        "The organisation name is a formula ({text}); formulas are never run or "
        "imported. Type the name instead.",
    ),
    "name_too_long": T(
        "roster", "The organisation name is longer than {limit} characters."
    ),
    "formula": T(
        "roster",
        "{label} is a formula ({text}); it was not run: left empty, the text is kept "
        "in the notes.",
    ),
    "email": T(
        "roster",
        "{label} \u201c{text}\u201d is not a valid e-mail address: left empty, the text "
        "is kept in the notes.",
    ),
    "member_type": T(
        "roster",
        "{label} \u201c{text}\u201d is not a known member type: left empty, the text is "
        "kept in the notes.",
    ),
    "choice": T(
        "roster",
        "{label} \u201c{text}\u201d is not one of the choices: left empty, the text is "
        "kept in the notes.",
    ),
    "status": T(
        "roster",
        "{label} \u201c{text}\u201d is not active, inactive or prospective: left as it "
        "was (active for a new member), the text is kept in the notes.",
    ),
    "date": T(
        "roster",
        "{label} \u201c{text}\u201d is not a date: left empty, the text is kept in the "
        "notes.",
    ),
    "future": T(
        "roster",
        "{label} {text} is in the future: left empty, the text is kept in the notes.",
    ),
    "ambiguous_date": T(
        "roster",
        "{label} \u201c{text}\u201d can be read day first or month first: read as "
        "{date} (day first, then month); the text is kept in the notes.",
    ),
    "number": T(
        "roster",
        "{label} \u201c{text}\u201d is not a valid number: left empty, the text is kept "
        "in the notes.",
    ),
    "bool": T(
        "roster",
        "{label} \u201c{text}\u201d is not yes or no: left empty, the text is kept in "
        "the notes.",
    ),
    "exit_before_join": T(
        "roster",
        "{label} {text} is before the join date: left empty, the text is kept in the notes.",
    ),
    "too_long": T(
        "roster",
        "{label} is longer than {limit} characters: left empty, the text is kept in "
        "the notes.",
    ),
    "duplicate_row": T(
        "roster", "Same organisation as row {other} (\u201c{name}\u201d): skipped as a duplicate "
        "(the first row counts)."
    ),
    "duplicate_member_skip": T(
        "roster", "Already in the roster as \u201c{name}\u201d: skipped as a duplicate."
    ),
    "duplicate_member_update": T(
        "roster", "Already in the roster as \u201c{name}\u201d: updated field by field "
        "({fields} from the file)."
    ),
    "duplicate_member_unchanged": T(
        "roster", "Already in the roster as \u201c{name}\u201d: nothing to change."
    ),
}
NOTE_AS_WRITTEN = T("roster", "{label} as written: {text}")

# Free-text member types: phrases looked for in the folded text, in this
# order (the first match wins). Exact keys and labels are tried before.
_TYPE_PHRASES: list[tuple[str, tuple[str, ...]]] = [
    ("promotion", ("promotion", "investment agency", "export agency", "invest",
                   "trade agency")),
    ("standards", ("standards", "standard", "quality", "metrology", "certification body")),
    ("research", ("research", "testing", "laboratory", "lab", "investigacion", "recherche")),
    ("academic", ("academic", "academia", "university", "universite", "universidad",
                  "college", "school", "training", "education", "tvet", "polytechnic")),
    ("regulatory", ("regulatory", "regulator", "regulation", "licensing")),
    ("ministry", ("ministry", "government", "ministere", "ministerio", "minister",
                  "public sector", "department")),
    ("financial", ("financial", "finance", "bank", "credit union", "microfinance",
                   "insurance", "banque", "banco")),
    ("donor", ("donor", "international organisation", "international organization",
               "multilateral", "development partner", "bilateral")),
    ("community", ("community", "cbo", "grassroots")),
    ("development", ("development agency", "economic development", "ngo", "non governmental",
                     "nonprofit", "non profit", "ong", "foundation", "development")),
    ("association", ("association", "chamber", "federation", "guild", "asociacion",
                     "camara", "vereniging", "syndicat")),
    ("firm", ("firm", "company", "business", "enterprise", "private sector", "private",
              "sme", "msme", "smes", "empresa", "entreprise", "bedrijf", "private firm")),
]


def member_type_key(text: Any) -> str | None:
    """``firm``, ``Academic``, ``Quality standards body`` ... -> a member type key."""
    exact = choice_key("member_type", text)
    if exact:
        return exact
    words = f" {_header_key(str(text))} "
    if not words.strip():
        return None
    for key, phrases in _TYPE_PHRASES:
        if any(f" {p} " in words for p in phrases):
            return key
    return None


_CHOICE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "size": {
        "micro": ("micro", "microempresa", "micro enterprise", "very small"),
        "small": ("small", "pequena", "petite", "klein"),
        "medium": ("medium", "mediana", "moyenne", "middel", "medium sized"),
        "large": ("large", "big", "grande", "groot"),
    },
    "status": {
        "active": ("active", "activo", "activa", "actif", "active member", "current",
                   "member", "yes", "actief"),
        "inactive": ("inactive", "inactivo", "inactif", "former", "lapsed", "dormant",
                     "left", "suspended", "no", "inactief"),
        "prospective": ("prospective", "prospect", "candidate", "applicant", "pending",
                        "potential", "prospecto", "candidat"),
    },
    "ownership": {
        "domestic": ("domestic", "local", "national", "nacional", "locale"),
        "foreign": ("foreign", "international", "extranjera", "etrangere", "buitenlands",
                    "foreign owned"),
        "joint": ("joint", "joint venture", "mixed", "mixta", "mixte", "jv"),
    },
    "segment": {
        "inputs": ("inputs", "input", "input supply", "supplies"),
        "production": ("production", "producer", "farming", "growing", "primary production"),
        "processing": ("processing", "processor", "manufacturing", "transformation"),
        "logistics": ("logistics", "transport", "distribution", "shipping"),
        "marketing": ("marketing", "retail", "marketing retail", "sales", "trade"),
        "support": ("support", "support services", "services"),
    },
    "preferred_language": {
        "en": ("english", "anglais", "ingles", "engels"),
        "es": ("spanish", "espanol", "castellano", "espagnol", "spaans"),
        "fr": ("french", "francais", "frances", "frans"),
        "ht": ("haitian creole", "creole", "kreyol", "kreyol ayisyen", "creole haitien"),
        "nl": ("dutch", "nederlands", "neerlandais", "holandes"),
    },
}


def mapped_choice(field_name: str, text: Any) -> str | None:
    if field_name == "member_type":
        return member_type_key(text)
    exact = choice_key(field_name, text)
    if exact:
        return exact
    key = _header_key(str(text))
    for choice, words in _CHOICE_WORDS.get(field_name, {}).items():
        if key in words:
            return choice
    return None


# ----- dates ---------------------------------------------------------------
_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        ("january", "jan", "enero", "ene", "janvier", "janv", "januari"),
        ("february", "feb", "febrero", "fevrier", "fev", "februari"),
        ("march", "mar", "marzo", "mars", "maart"),
        ("april", "apr", "abril", "abr", "avril", "avr"),
        ("may", "mayo", "mai", "mei"),
        ("june", "jun", "junio", "juin", "juni"),
        ("july", "jul", "julio", "juillet", "juil", "juli"),
        ("august", "aug", "agosto", "ago", "aout", "augustus"),
        ("september", "sep", "sept", "septiembre", "septembre"),
        ("october", "oct", "octubre", "octobre", "okt", "oktober"),
        ("november", "nov", "noviembre", "novembre"),
        ("december", "dec", "diciembre", "dic", "decembre", "dez"),
    ],
    start=1,
):
    for _n in _names:
        _MONTHS[_n] = _num

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ -]+([a-z]+)\.?,?[ -]+(\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-z]+)\.?[ -]+(\d{1,2})(?:st|nd|rd|th)?,?[ -]+(\d{4})$")

DATE_ORDERS = ("auto", "dmy", "mdy")
EXCEL_SERIAL_RANGE = (10_000, 100_000)  # 1927 .. 2173


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= (date.today().year % 100) + 10 else 1900
    return year


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def numeric_date_parts(text: str) -> tuple[int, int, int] | None:
    m = _NUMERIC.match(text.strip())
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), _year(m.group(3))


def parse_date_text(text: str, order: str = "dmy") -> tuple[date | None, bool]:
    """(date or None, ambiguous) for date text; ``order`` is ``dmy`` or ``mdy``.

    ``ambiguous`` is True when a numeric date reads as two different valid
    dates depending on the order (``12/05/2022``, not ``05/05/2022``).
    """
    raw = " ".join(text.strip().split())
    m = _ISO.match(raw)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
    parts = numeric_date_parts(raw)
    if parts:
        a, b, y = parts
        dmy, mdy = _safe_date(y, b, a), _safe_date(y, a, b)
        chosen = dmy if order == "dmy" else mdy
        ambiguous = dmy is not None and mdy is not None and dmy != mdy
        return chosen, ambiguous
    folded = fold(raw)
    m = _DAY_MONTH_NAME.match(folded)
    if m and m.group(2) in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1))), False
    m = _MONTH_NAME_DAY.match(folded)
    if m and m.group(1) in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2))), False
    return None, False


def column_date_order(values: Iterable[Any]) -> str | None:
    """``dmy`` or ``mdy`` when the column's unambiguous dates agree, else None."""
    evidence: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            continue
        parts = numeric_date_parts(value)
        if not parts:
            continue
        a, b, _ = parts
        if a > 12 and b <= 12:
            evidence.add("dmy")
        elif b > 12 and a <= 12:
            evidence.add("mdy")
    return evidence.pop() if len(evidence) == 1 else None


def _excel_serial_date(number: float) -> date | None:
    if not EXCEL_SERIAL_RANGE[0] <= number < EXCEL_SERIAL_RANGE[1]:
        return None
    return date(1899, 12, 30) + timedelta(days=int(number))


# ----- cells ---------------------------------------------------------------
def _cell_text(value: Any) -> str:
    """A cell as the text a person would read in it."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return value.text
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class _RowParser:
    """Turns the cells of one row into member values and problems."""

    def __init__(
        self, kind: str, mapping: Sequence[str | None], headers: Sequence[str],
        date_orders: Mapping[int, tuple[str, bool]], today: date,
    ) -> None:
        self.kind = kind
        self.mapping = mapping
        self.headers = headers
        self.date_orders = date_orders  # column -> (order, certain)
        self.today = today
        self.single_notes = sum(1 for f in mapping if f == NOTES_FIELD) <= 1

    def parse(self, number: int, cells: Sequence[Any], name_override: str | None) -> ParsedRow:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        notes: list[str] = []
        kept: list[str] = []
        self._problems, self._kept, self._row = problems, kept, number
        source_name = ""
        for col, field_name in enumerate(self.mapping):
            if field_name is None:
                continue
            cell = cells[col] if col < len(cells) else None
            if self.kind == "csv" and isinstance(cell, str):
                cell = self._csv_cell(cell)
            if field_name == "name":
                if name_override is not None:
                    cell = name_override
                source_name = _cell_text(cell)
                self._name(cell, values)
            elif field_name == NOTES_FIELD:
                text = clean_text(_cell_text(cell), multiline=True)
                if text:
                    # Several columns mapped to the notes keep their titles.
                    notes.append(text if self.single_notes else f"{self.headers[col]}: {text}")
            elif field_name not in values or values[field_name] is None:
                values[field_name] = self._field(field_name, cell, col)
        if "name" not in values:
            values["name"] = None
            if name_override is not None:
                self._name(name_override, values)
            elif not any(p.code in ("no_name", "formula_name") for p in problems):
                problems.append(Problem(number, "error", "no_name", TPL["no_name"], {}, "name"))
        join, leave = values.get("join_date"), values.get("exit_date")
        if isinstance(join, date) and isinstance(leave, date) and leave < join:
            values["exit_date"] = None
            self._problem("warning", "exit_before_join", "exit_date",
                          label=FIELDS["exit_date"].label, text=leave.isoformat())
            self._keep("exit_date", leave.isoformat())
        # Status and vote weight stay None when the file has none: a new
        # member gets the defaults, an updated member keeps what it had.
        all_notes = notes + [k for k in kept if k not in notes]
        values[NOTES_FIELD] = "\n".join(all_notes) if all_notes else None
        return ParsedRow(row=number, values=values, problems=problems, source_name=source_name)

    def _csv_cell(self, text: str) -> Any:
        if text.lstrip().startswith("="):
            return Formula(text.strip())
        return restore_from_csv(text)

    def _problem(self, severity: str, code: str, field_name: str, **params: Any) -> None:
        template = TPL[code]
        self._problems.append(Problem(self._row, severity, code, template, params, field_name))

    def _keep(self, field_name: str, text: str) -> None:
        self._kept.append(NOTE_AS_WRITTEN.format(label=FIELDS[field_name].label, text=text))

    def _name(self, cell: Any, values: dict[str, Any]) -> None:
        if isinstance(cell, Formula):
            values["name"] = None
            self._problem("error", "formula_name", "name", text=_short(cell.text))
            return
        text = clean_text(_cell_text(cell))
        if not text:
            values["name"] = None
            self._problem("error", "no_name", "name")
        elif len(text) > MAX_LENGTHS["name"]:
            values["name"] = None
            self._problem("error", "name_too_long", "name", limit=MAX_LENGTHS["name"])
        else:
            values["name"] = text

    def _field(self, field_name: str, cell: Any, col: int) -> Any:
        spec = FIELDS[field_name]
        label = spec.label
        if cell is None:
            return None
        if isinstance(cell, Formula):
            self._problem("warning", "formula", field_name, label=label, text=_short(cell.text))
            self._keep(field_name, cell.text)
            return None
        if spec.kind == "date":
            return self._date(field_name, cell, col)
        text = clean_text(_cell_text(cell))
        if not text:
            return None
        if spec.kind == "choice":
            key = mapped_choice(field_name, text)
            if key is None:
                code = field_name if field_name in ("member_type", "status") else "choice"
                self._problem("warning", code, field_name, label=label, text=_short(text))
                self._keep(field_name, text)
            return key
        if spec.kind == "bool":
            try:
                return parse_bool(cell if isinstance(cell, bool | int | float) else text)
            except ValueError:
                self._problem("warning", "bool", field_name, label=label, text=_short(text))
                self._keep(field_name, text)
                return None
        if spec.kind in ("int", "number"):
            return self._number(field_name, cell, text)
        if field_name == "email":
            address = text[7:] if text.lower().startswith("mailto:") else text
            if not plausible_email(address):
                self._problem("warning", "email", field_name, label=label, text=_short(text))
                self._keep(field_name, text)
                return None
            return address
        limit = MAX_LENGTHS.get(field_name)
        if limit and len(text) > limit:
            self._problem("warning", "too_long", field_name, label=label, limit=limit)
            self._keep(field_name, text)
            return None
        return text

    def _number(self, field_name: str, cell: Any, text: str) -> Any:
        spec = FIELDS[field_name]
        number: float | None
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            number = float(cell)
        else:
            cleaned = text.replace("\u00a0", "").replace(" ", "")
            if re.fullmatch(r"\d{1,3}(,\d{3})+", cleaned):
                cleaned = cleaned.replace(",", "")
            elif re.fullmatch(r"\d+,\d+", cleaned):
                cleaned = cleaned.replace(",", ".")
            try:
                number = float(cleaned)
            except ValueError:
                number = None
        ok = number is not None and math.isfinite(number)
        if ok and number is not None and spec.kind == "int":
            ok = number.is_integer() and 0 <= number <= MAX_EMPLOYEES
        if ok and number is not None and field_name == "vote_weight":
            ok = 0 <= number <= MAX_VOTE_WEIGHT
        if not ok:
            self._problem("warning", "number", field_name, label=spec.label, text=_short(text))
            self._keep(field_name, text)
            return None
        return int(number) if spec.kind == "int" else float(number)  # type: ignore[arg-type]

    def _date(self, field_name: str, cell: Any, col: int) -> date | None:
        label = FIELDS[field_name].label
        text = _cell_text(cell).strip()
        value: date | None = None
        ambiguous = False
        if isinstance(cell, datetime):
            value = cell.date()
        elif isinstance(cell, date):
            value = cell
        elif isinstance(cell, int | float) and not isinstance(cell, bool):
            value = _excel_serial_date(float(cell))
        elif isinstance(cell, str):
            order, certain = self.date_orders.get(col, ("dmy", False))
            value, ambiguous = parse_date_text(cell, order)
            ambiguous = ambiguous and not certain
        if value is None:
            if text:
                self._problem("warning", "date", field_name, label=label, text=_short(text))
                self._keep(field_name, text)
            return None
        if field_name == "join_date" and value > self.today:
            self._problem("warning", "future", field_name, label=label, text=value.isoformat())
            self._keep(field_name, text)
            return None
        if ambiguous:
            self._problem(
                "warning", "ambiguous_date", field_name, label=label, text=_short(text),
                date=value.isoformat(),
            )
            self._keep(field_name, text)
        return value


def parse_rows(
    table: SourceTable,
    mapping: Sequence[str | None] | None = None,
    date_order: str = "auto",
    today: date | None = None,
    name_overrides: Mapping[int, str] | None = None,
) -> list[ParsedRow]:
    """Member values and problems for every non-empty row below the header.

    ``mapping`` gives a field (or None to ignore) per column; by default it
    is :func:`guess_mapping`. ``date_order`` is ``auto``, ``dmy`` or
    ``mdy``. ``name_overrides`` maps a row number to a name typed by the
    user to fix that row.
    """
    if date_order not in DATE_ORDERS:
        raise ValueError(f"date_order must be one of {DATE_ORDERS}")
    mapping = list(guess_mapping(table) if mapping is None else mapping)
    mapping += [None] * (table.width - len(mapping))
    today = today or date.today()
    overrides = dict(name_overrides or {})
    unknown = {f for f in mapping if f is not None and f not in FIELDS}
    if unknown:
        raise ValueError(f"unknown roster fields in mapping: {sorted(unknown)}")
    date_orders: dict[int, tuple[str, bool]] = {}
    for col, field_name in enumerate(mapping):
        if field_name and FIELDS[field_name].kind == "date":
            if date_order == "auto":
                found = column_date_order(
                    cells[col] if col < len(cells) else None for _number, cells in table.data_rows()
                )
                date_orders[col] = (found, True) if found else ("dmy", False)
            else:
                date_orders[col] = (date_order, True)
    parser = _RowParser(table.kind, mapping, table.headers, date_orders, today)
    fallback = set(table.fallback_rows)
    parsed: list[ParsedRow] = []
    for number, cells in table.data_rows():
        if not any(c is not None and str(c).strip() for c in cells) and number not in overrides:
            continue
        row = parser.parse(number, cells, overrides.get(number))
        if number in fallback:
            row.problems.append(Problem(number, "warning", "encoding", TPL["encoding"], {}, None))
        parsed.append(row)
    return parsed


# ----- step 3: what happens to each row -----------------------------------
ACTIONS = ("add", "update", "unchanged", "skip", "duplicate", "reject", "exclude")


@dataclass
class PlannedRow:
    """What happens to one row.

    ``add``: a new member. ``update``: a member already in the roster gets
    the fields in ``changes`` whose ``take`` is on; ``unchanged``: such a
    member, with nothing to change (or every change declined). ``skip``: a
    member already in the roster, left alone (the user chose to skip them).
    ``duplicate``: the row repeats an earlier row of the file (``duplicate_of``),
    which counts instead. ``reject``: in error. ``exclude``: left out by the user.
    """

    parsed: ParsedRow
    action: str
    member_id: int | None = None  # the existing member an update goes to
    member_name: str | None = None
    duplicate_of: int | None = None  # the earlier row a duplicate repeats
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.parsed.row

    @property
    def problems(self) -> list[Problem]:
        return self.parsed.problems

    @property
    def fields_taken(self) -> int:
        return sum(1 for c in self.changes if c.take)


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    on_duplicate: str
    notices: list[Problem] = field(default_factory=list)  # duplicate notes

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def added(self) -> int:
        return self.count("add")

    @property
    def updated(self) -> int:
        """Members already in the roster that get at least one field from the file."""
        return self.count("update")

    @property
    def fields_updated(self) -> int:
        return sum(r.fields_taken for r in self.rows if r.action == "update")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def skipped(self) -> int:
        """Members already in the roster, skipped (the "skip" choice)."""
        return self.count("skip")

    @property
    def duplicates(self) -> int:
        """Rows repeating an earlier row of the file (skipped: the first counts)."""
        return self.count("duplicate")

    @property
    def rejected(self) -> int:
        return self.count("reject")

    @property
    def excluded(self) -> int:
        return self.count("exclude")

    @property
    def writes(self) -> bool:
        return bool(self.added or self.updated)

    @property
    def problems(self) -> list[Problem]:
        """Every problem and duplicate notice, by row (errors before warnings)."""
        found = [p for r in self.rows if r.action != "exclude" for p in r.problems]
        found += self.notices
        return sorted(found, key=lambda p: (p.row, p.severity != "error"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def counts(self) -> list[tuple[str, dict[str, int]]]:
        """The plan in counts, as (template, params) phrases: "8 new", "1 updated
        (3 fields)", "2 unchanged", "1 duplicate row in the file skipped" ...
        The GUI translates each template with Qt; :meth:`summary` joins them in
        the messages' language."""
        phrases: list[tuple[str, dict[str, int]]] = [(COUNT_TPL["new"], {"n": self.added})]
        if self.updated:
            key = "updated_1" if self.fields_updated == 1 else "updated"
            phrases.append((COUNT_TPL[key], {"n": self.updated, "fields": self.fields_updated}))
        for key, n in (("unchanged", self.unchanged), ("skipped", self.skipped),
                       ("duplicates", self.duplicates), ("rejected", self.rejected),
                       ("excluded", self.excluded)):
            if n:
                phrases.append((COUNT_TPL[key if n != 1 else key + "_1"], {"n": n}))
        return phrases

    def summary(self) -> str:
        return ", ".join(_(template, **params) for template, params in self.counts())


COUNT_TPL = {
    "new": T("roster", "{n} new"),
    "updated": T("roster", "{n} updated ({fields} fields)"),
    "updated_1": T("roster", "{n} updated ({fields} field)"),
    "unchanged": T("roster", "{n} unchanged"),
    "unchanged_1": T("roster", "{n} unchanged"),
    "skipped": T("roster", "{n} already in the roster skipped"),
    "skipped_1": T("roster", "{n} already in the roster skipped"),
    "duplicates": T("roster", "{n} duplicate rows in the file skipped"),
    "duplicates_1": T("roster", "{n} duplicate row in the file skipped"),
    "rejected": T("roster", "{n} rows in error left out"),
    "rejected_1": T("roster", "{n} row in error left out"),
    "excluded": T("roster", "{n} rows left out by you"),
    "excluded_1": T("roster", "{n} row left out by you"),
}


def plan_import(
    parsed: Sequence[ParsedRow],
    existing: Mapping[str, tuple[int, str]],
    on_duplicate: str = "skip",
    excluded: Iterable[int] = (),
    current: Mapping[int, Mapping[str, Any]] | None = None,
    choices: Mapping[tuple[int, str], bool] | None = None,
) -> ImportPlan:
    """Decide each row's fate.

    ``existing`` maps :func:`fold` of a member name to (id, name) for the
    members already in the workspace; ``current`` maps a member id to its
    field values (needed to update: without them every field of the file
    counts as new). ``excluded`` are row numbers the user left out;
    ``choices`` maps (row number, field) to the user's choice for that
    field (True: take the file's value), overriding the suggestion of
    :func:`~facilitator_app.core.roster_update.field_changes`.
    """
    if on_duplicate not in ("skip", "update"):
        raise ValueError("on_duplicate must be 'skip' or 'update'")
    left_out = set(excluded)
    current = current or {}
    chosen: dict[int, dict[str, bool]] = {}
    for (row_number, field_name), take in (choices or {}).items():
        chosen.setdefault(row_number, {})[field_name] = take
    seen: dict[str, PlannedRow] = {}
    rows: list[PlannedRow] = []
    notices: list[Problem] = []
    for item in parsed:
        if item.row in left_out:
            rows.append(PlannedRow(item, "exclude"))
            continue
        if item.has_error:
            rows.append(PlannedRow(item, "reject"))
            continue
        key = item.key
        first = seen.get(key)
        if first is not None:
            name = first.member_name or first.parsed.values["name"]
            planned = PlannedRow(item, "duplicate", member_id=first.member_id,
                                 member_name=name, duplicate_of=first.row)
            notices.append(Problem(item.row, "warning", "duplicate_row", TPL["duplicate_row"],
                                   {"other": first.row, "name": name}, "name"))
        elif key in existing:
            member_id, member_name = existing[key]
            if on_duplicate == "skip":
                planned = PlannedRow(item, "skip", member_id=member_id, member_name=member_name)
                code = "duplicate_member_skip"
            else:
                doubtful = {p.field for p in item.problems if p.field}
                changes = field_changes(current.get(member_id, {}), item.values, doubtful,
                                        chosen.get(item.row))
                action = "update" if any(c.take for c in changes) else "unchanged"
                planned = PlannedRow(item, action, member_id=member_id,
                                     member_name=member_name, changes=changes)
                code = "duplicate_member_update"
            notices.append(_member_notice(planned, code))
            seen[key] = planned
        else:
            planned = PlannedRow(item, "add")
            seen[key] = planned
        rows.append(planned)
    return ImportPlan(rows=rows, on_duplicate=on_duplicate, notices=notices)


def _member_notice(planned: PlannedRow, code: str) -> Problem:
    if code == "duplicate_member_update" and planned.action == "unchanged":
        code = "duplicate_member_unchanged"
    return Problem(planned.row, "warning", code, TPL[code],
                   {"name": planned.member_name, "fields": planned.fields_taken}, "name")


def choose(plan: ImportPlan, row: int, field_name: str, take: bool) -> None:
    """Record the user's choice for one field of an update, in place (no new
    plan is made: choosing is instant in a file of thousands of rows)."""
    for planned in plan.rows:
        if planned.row != row or planned.action not in ("update", "unchanged"):
            continue
        planned.changes = [c.chosen(take) if c.field == field_name else c
                           for c in planned.changes]
        planned.action = "update" if any(c.take for c in planned.changes) else "unchanged"
        plan.notices = [
            _member_notice(planned, "duplicate_member_update")
            if n.row == row and n.code.startswith("duplicate_member_") else n
            for n in plan.notices
        ]
