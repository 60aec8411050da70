"""Roster fields as values: cleaning, parsing, validating, writing back as text.

Shared by the member form (validation as you type), the importer (reading
what people typed in spreadsheets) and the exporters (writing values so they
read back the same). Pure Python, no Qt, no database.

Messages are English templates with named parameters; the GUI translates the
template (``QCoreApplication.translate("roster", template)``) and then fills
in the parameters, the command line prints them as they are. The marker
function below has the name Qt's ``lupdate`` looks for, so the templates can
be extracted for translation from this file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from facilitator_app.core.domain import MEMBER_FIELDS, MemberField
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import _

TR_CONTEXT = "roster"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


FIELDS: dict[str, MemberField] = {f.name: f for f in MEMBER_FIELDS}
FIELD_NAMES: list[str] = [f.name for f in MEMBER_FIELDS]

# Column lengths of the ``members`` table (storage.models.Member); a test
# keeps the two in step. Text longer than this cannot be stored.
MAX_LENGTHS: dict[str, int] = {
    "name": 300,
    "member_type": 40,
    "size": 20,
    "segment": 40,
    "sub_sector": 200,
    "ownership": 20,
    "country": 100,
    "locality": 200,
    "contact_person": 200,
    "contact_role": 200,
    "email": 254,
    "phone": 60,
    "preferred_language": 10,
    "status": 20,
    "governance_role": 200,
    "certifications": 300,
}

DEFAULTS: dict[str, Any] = {"status": "active", "vote_weight": 1.0}

# The fields the roster search box looks in.
SEARCH_FIELDS: tuple[str, ...] = ("name", "contact_person", "locality")

MAX_VOTE_WEIGHT = 1000.0
VOTE_WEIGHT_DECIMALS = 4
MAX_EMPLOYEES = 10_000_000


def empty_member() -> dict[str, Any]:
    """Every field with its default: what a new member starts as."""
    values: dict[str, Any] = dict.fromkeys(FIELD_NAMES)
    values.update(DEFAULTS)
    return values


# ----- text --------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"[\r\n\t]+")


def clean_text(value: Any, multiline: bool = False) -> str:
    """Text as it will be stored: trimmed, without control characters.

    Control characters (other than tab and line breaks) cannot be written
    to a workbook and never mean anything in a roster, so they are dropped.
    Single-line fields also turn line breaks into spaces.
    """
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value))
    text = unicodedata.normalize("NFC", text)
    if multiline:
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return _BREAKS.sub(" ", text).strip()


# ----- formulas in CSV (OWASP "CSV injection") ---------------------------
# Excel and LibreOffice run a CSV cell that starts with one of these as a
# formula. Our CSV export writes such text behind a single quote, which the
# importer removes again, so the round trip is lossless.
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_quote_prefix(text: str) -> bool:
    if text[:1] in CSV_FORMULA_STARTS:
        return True
    return text[:1] == "'" and _needs_quote_prefix(text[1:])


def neutralise_for_csv(text: str) -> str:
    """``=1+1`` -> ``'=1+1``; text a spreadsheet would run gets a quote first."""
    return "'" + text if text and _needs_quote_prefix(text) else text


def restore_from_csv(text: str) -> str:
    """Undo :func:`neutralise_for_csv` (``'=1+1`` -> ``=1+1``), leave the rest."""
    if text[:1] == "'" and _needs_quote_prefix(text[1:]):
        return text[1:]
    return text


# ----- e-mail ------------------------------------------------------------
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@(?:[\w](?:[\w-]*[\w])?\.)+[^\W\d_]{2,}$")


def plausible_email(text: str) -> bool:
    """A one-address check: something @ a domain with a dot and a real ending.

    ``peter@smithsons`` fails (no domain ending); so do spaces and two @.
    Deliverability is not checked (offline app).
    """
    text = text.strip()
    if not text or len(text) > MAX_LENGTHS["email"]:
        return False
    return bool(_EMAIL.match(text))


# ----- choices -----------------------------------------------------------
def choice_key(field: str, text: Any) -> str | None:
    """The key of a choice field from its key or label, ignoring case/accents."""
    wanted = fold(str(text))
    for key, label in FIELDS[field].choices:
        if wanted in (fold(key), fold(label)):
            return key
    return None


def choice_label(field: str, key: str | None) -> str:
    if key is None:
        return ""
    for k, label in FIELDS[field].choices:
        if k == key:
            return label
    return key


_TRUE = {"yes", "y", "true", "1", "x", "oui", "si", "ja", "wi", "1.0"}
_FALSE = {"no", "n", "false", "0", "non", "nee", "0.0"}


def parse_bool(value: Any) -> bool | None:
    """``Yes``/``No`` (and true/false, 1/0, x, oui/non, sí, ja/nee); else ValueError."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise ValueError(value)
    text = fold(str(value))
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(value)


def bool_text(value: bool | None) -> str:
    return "" if value is None else ("Yes" if value else "No")


# ----- validation --------------------------------------------------------
MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("roster", "The organisation name is required."),
    "email": QT_TRANSLATE_NOOP(
        "roster", "This does not look like an e-mail address (name@example.org)."
    ),
    "future": QT_TRANSLATE_NOOP("roster", "The join date cannot be in the future."),
    "exit_before_join": QT_TRANSLATE_NOOP("roster", "The exit date is before the join date."),
    "too_long": QT_TRANSLATE_NOOP("roster", "Too long: at most {limit} characters."),
    "weight": QT_TRANSLATE_NOOP("roster", "The vote weight must be between 0 and {limit}."),
    "employees": QT_TRANSLATE_NOOP("roster", "The number of employees cannot be negative."),
    "choice": QT_TRANSLATE_NOOP("roster", "Not one of the choices."),
}


def validate_member(
    values: Mapping[str, Any], today: date | None = None
) -> dict[str, tuple[str, dict[str, Any]]]:
    """Problems that stop a member from being saved: field -> (code, params).

    Empty means valid. ``MESSAGES[code].format(**params)`` is the English
    text. Checked: a name, a plausible e-mail (when one is given), a join
    date not in the future, an exit date not before the join date, lengths
    the database can store, a vote weight in range.
    """
    today = today or date.today()
    problems: dict[str, tuple[str, dict[str, Any]]] = {}
    name = clean_text(values.get("name"))
    if not name:
        problems["name"] = ("required", {})
    for field, limit in MAX_LENGTHS.items():
        text = values.get(field)
        if isinstance(text, str) and len(text.strip()) > limit and field not in problems:
            problems[field] = ("too_long", {"limit": limit})
    email = values.get("email")
    if email and "email" not in problems and not plausible_email(str(email)):
        problems["email"] = ("email", {})
    join = values.get("join_date")
    if isinstance(join, datetime):
        join = join.date()
    if isinstance(join, date) and join > today:
        problems["join_date"] = ("future", {})
    leave = values.get("exit_date")
    if isinstance(join, date) and isinstance(leave, date) and leave < join:
        problems["exit_date"] = ("exit_before_join", {})
    weight = values.get("vote_weight")
    if weight is not None:
        try:
            w = float(weight)
        except (TypeError, ValueError):
            w = -1.0
        if not 0 <= w <= MAX_VOTE_WEIGHT:  # also true for NaN
            problems["vote_weight"] = ("weight", {"limit": int(MAX_VOTE_WEIGHT)})
    employees = values.get("employees")
    if isinstance(employees, int) and employees < 0:
        problems["employees"] = ("employees", {})
    for field in FIELD_NAMES:
        spec = FIELDS[field]
        value = values.get(field)
        if (spec.kind == "choice" and value not in (None, "") and field not in problems
                and value not in {k for k, _ in spec.choices}):
            problems[field] = ("choice", {})
    return problems


def message(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The problem in the messages' language (the window translates
    :data:`MESSAGES` with Qt instead)."""
    return _(MESSAGES[code], **(params or {}))


def normalise_member(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values ready to store: text cleaned, empty text as None, defaults set."""
    out: dict[str, Any] = {}
    for field in FIELD_NAMES:
        spec = FIELDS[field]
        value = values.get(field)
        if spec.kind in ("text", "choice"):
            text = clean_text(value, multiline=field == "notes")
            value = text or None
        elif spec.kind == "number" and value is not None:
            # Four decimals are plenty for a weight (1/3 -> 0.3333) and keep
            # the value exact through a spreadsheet (15 significant digits).
            value = round(float(value), VOTE_WEIGHT_DECIMALS)
        elif spec.kind == "int" and value is not None:
            value = int(value)
        elif spec.kind == "date" and isinstance(value, datetime):
            value = value.date()
        out[field] = value
    if not out.get("status"):
        out["status"] = DEFAULTS["status"]
    if out.get("vote_weight") is None:
        out["vote_weight"] = DEFAULTS["vote_weight"]
    out["name"] = out.get("name") or ""
    return out
