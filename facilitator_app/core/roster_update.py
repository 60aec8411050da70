"""Updating a member from an imported row: what would change, field by field.

A member list sent by a secretary is often older, or typed faster, than
the roster: "Jose Perez" where the roster has "José Pérez", an empty cell
where the roster has a phone number. So an update never writes a row over
a member blindly: :func:`field_changes` lists each field where the file
differs from the roster, with a suggested choice (take the file's value, or
keep the roster's), and the import writes only the fields chosen.

The suggestion (the same for the import window and ``roster import
--on-duplicate update``):

* the two values are the same letters ignoring accents and case: the one
  with more accents is kept ("José Pérez" over "Jose Perez", whichever
  side it is on); with as many accents on both sides, the roster's stays;
* the file's cell is empty: the roster's value is kept (an empty cell
  never erases anything unless the user chooses so; the name, status,
  vote weight and notes cannot be emptied by an import at all);
* the roster's value is empty: the file's is taken;
* otherwise the values really differ: the file's is taken (that is what
  updating asks for);
* notes are never replaced: the file's lines that the notes do not hold
  yet are added below them (suggested), or left out.

Pure Python, no Qt, no database.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitator_app.core.roster_fields import (
    FIELD_NAMES,
    FIELDS,
    QT_TRANSLATE_NOOP,
    VOTE_WEIGHT_DECIMALS,
    bool_text,
    choice_label,
    clean_text,
)
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import N_, _

NOTES_FIELD = "notes"

# Fields an empty cell in the file can never empty: a member needs them
# (name, status, vote weight), or they only grow (notes).
NEVER_EMPTIED = frozenset({"name", "status", "vote_weight", NOTES_FIELD})

T = QT_TRANSLATE_NOOP
# Why a choice is suggested, in words (the GUI translates, the CLI prints).
REASONS: dict[str, str] = {
    "accents_kept": T("roster", "same name without its accents: the roster's spelling kept"),
    "accents_added": T("roster", "same name with accents: the file's spelling taken"),
    "same_letters": T("roster", "same letters, other case or spacing: the roster's kept"),
    "empty_in_file": T("roster", "empty in the file: the roster's value kept"),
    "filled": T("roster", "empty in the roster: the file's value taken"),
    "new_value": T("roster", "a different value: the file's taken"),
    "notes_added": T("roster", "the file's notes added below the roster's"),
}


def accents(text: str) -> int:
    """How many accents (combining marks once decomposed) ``text`` carries."""
    return sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c))


def normalised(field: str, value: Any) -> Any:
    """A field value as it would be stored, for comparing file and roster."""
    if value is None:
        return None
    kind = FIELDS[field].kind
    if kind in ("text", "choice"):
        return clean_text(value, multiline=field == NOTES_FIELD) or None
    if kind == "number":
        return round(float(value), VOTE_WEIGHT_DECIMALS)
    if kind == "int":
        return int(value)
    if kind == "date" and isinstance(value, datetime):
        return value.date()
    return value


def new_note_lines(current: str | None, incoming: str | None) -> list[str]:
    """The lines of ``incoming`` that the notes ``current`` do not hold yet."""
    have = set((current or "").split("\n"))
    lines: list[str] = []
    for line in (incoming or "").split("\n"):
        if line and line not in have and line not in lines:
            lines.append(line)
    return lines


def appended_notes(current: str | None, incoming: str | None) -> str | None:
    """The notes with the file's new lines added below (``current`` if none)."""
    lines = new_note_lines(current, incoming)
    if not lines:
        return current
    return "\n".join([current, *lines]) if current else "\n".join(lines)


@dataclass(frozen=True)
class FieldChange:
    """One field where the file differs from the roster.

    ``incoming`` is the file's value (``None``: its cell is empty); for the
    notes it is the lines the file would add. ``suggested`` is the default
    choice (True: take the file's value), ``reason`` a key of
    :data:`REASONS`; ``take`` is the choice in force (the suggestion unless
    the user chose otherwise).
    """

    field: str
    current: Any
    incoming: Any
    suggested: bool
    reason: str
    take: bool

    @property
    def result(self) -> Any:
        """The value the member gets when the file's is taken."""
        if self.field == NOTES_FIELD:
            return appended_notes(self.current, self.incoming)
        return self.incoming

    @property
    def value_after(self) -> Any:
        """The value the member will have with the choice in force."""
        return self.result if self.take else self.current

    def chosen(self, take: bool) -> FieldChange:
        return FieldChange(self.field, self.current, self.incoming, self.suggested,
                           self.reason, take)


def suggest(field: str, current: Any, incoming: Any) -> tuple[bool, str]:
    """(take the file's value?, reason) for two values that differ."""
    if incoming is None or incoming == "":
        return False, "empty_in_file"
    if current is None or current == "":
        return True, "filled"
    if isinstance(current, str) and isinstance(incoming, str) and fold(current) == fold(incoming):
        more, fewer = accents(incoming), accents(current)
        if more > fewer:
            return True, "accents_added"
        if fewer > more:
            return False, "accents_kept"
        return False, "same_letters"
    return True, "new_value"


def field_changes(
    current: Mapping[str, Any],
    incoming: Mapping[str, Any],
    doubtful: Collection[str] = (),
    choices: Mapping[str, bool] | None = None,
) -> list[FieldChange]:
    """The fields where the file's row differs from the member, in field order.

    ``incoming`` holds only the fields the file has a column for; a field in
    ``doubtful`` (the file's value was not understood: the row has a warning
    for it, and its text went to the notes) is not offered. ``choices``
    maps a field to the user's choice (True: take the file's value).
    """
    choices = choices or {}
    changes: list[FieldChange] = []
    for name in FIELD_NAMES:
        if name not in incoming:
            continue
        now = normalised(name, current.get(name))
        new = normalised(name, incoming.get(name))
        if name == NOTES_FIELD:
            lines = new_note_lines(now, new)
            if not lines:
                continue
            take, reason, new = True, "notes_added", "\n".join(lines)
        else:
            if new == now:
                continue
            if new is None and (name in doubtful or name in NEVER_EMPTIED or now is None):
                continue
            take, reason = suggest(name, now, new)
        changes.append(FieldChange(name, now, new, take, reason, choices.get(name, take)))
    return changes


def taken(changes: list[FieldChange]) -> dict[str, Any]:
    """Field -> new value for the changes taken (what the import writes)."""
    return {c.field: c.result for c in changes if c.take}


BOOL_WORDS = (N_("Yes"), N_("No"))
""":func:`bool_text`'s words, for the messages' catalogues."""


def shown(field: str, value: Any) -> str:
    """A value in words, for the command line ("(empty)" for none)."""
    if value is None or value == "":
        return _("(empty)")
    kind = FIELDS[field].kind
    if kind == "choice":
        return _(choice_label(field, value))
    if kind == "bool":
        return _(bool_text(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " / ".join(str(value).split("\n"))


def describe(change: FieldChange) -> str:
    """One change in a line: "Phone: 473-440-1111 -> 473-440-2222", or what
    was kept and why."""
    label = _(FIELDS[change.field].label)
    why = _(REASONS[change.reason]) if change.take == change.suggested else _("chosen")
    if change.field == NOTES_FIELD:
        text = shown(change.field, change.incoming)
        if change.take:
            return _("{label} added: {text} ({why})", label=label, text=text, why=why)
        return _("{label} not added: {text} ({why})", label=label, text=text, why=why)
    before, after = shown(change.field, change.current), shown(change.field, change.incoming)
    if change.take:
        plain = change.take == change.suggested and change.reason in ("new_value", "filled")
        if plain:
            return _("{label}: {before} -> {after}", label=label, before=before, after=after)
        return _("{label}: {before} -> {after} ({why})", label=label, before=before,
                 after=after, why=why)
    return _("{label}: {before} kept, not {after} ({why})", label=label, before=before,
             after=after, why=why)
