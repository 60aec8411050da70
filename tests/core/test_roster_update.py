"""Updating members from a file: the field-by-field changes and their suggested choice."""

from __future__ import annotations

from datetime import date

from facilitator_app.core.roster_import import ParsedRow, plan_import
from facilitator_app.core.roster_update import field_changes, suggest, taken
from facilitator_app.core.text import fold

ROSTER = {
    "name": "Coopérative du Nord",
    "member_type": "firm",
    "contact_person": "José Pérez",
    "email": "jose@nord.gd",
    "phone": "473-440-1111",
    "locality": None,
    "status": "active",
    "vote_weight": 1.0,
    "join_date": date(2020, 1, 6),
    "notes": "Pays by cheque",
}


def changes_by_field(incoming, current=ROSTER, doubtful=(), choices=None):
    return {c.field: c for c in field_changes(current, incoming, doubtful, choices)}


def test_the_accented_spelling_is_kept_whichever_side_it_is_on():
    assert suggest("contact_person", "José Pérez", "Jose Perez") == (False, "accents_kept")
    assert suggest("contact_person", "Jose Perez", "José Pérez") == (True, "accents_added")
    assert suggest("contact_person", "JOSÉ PÉREZ", "josé pérez") == (False, "same_letters")
    assert suggest("contact_person", "José Pérez", "José Perez") == (False, "accents_kept")
    # really different letters: the file's value is the update asked for
    assert suggest("contact_person", "José Pérez", "Ana Pérez") == (True, "new_value")


def test_an_empty_cell_never_wins_by_default_and_some_fields_cannot_be_emptied():
    found = changes_by_field({"name": "Coopérative du Nord", "phone": None, "status": None,
                              "vote_weight": None, "locality": None, "notes": None})
    assert list(found) == ["phone"]  # status, weight, name, notes: never emptied
    phone = found["phone"]
    assert (phone.current, phone.incoming, phone.suggested, phone.take) == (
        "473-440-1111", None, False, False)
    assert phone.reason == "empty_in_file"
    # a doubtful value (a warning, its text kept in the notes) is not offered either
    assert "email" not in changes_by_field({"email": None}, doubtful={"email"})


def test_what_the_file_would_change_field_by_field():
    found = changes_by_field({
        "name": "COOPERATIVE DU NORD",  # same letters: the roster's spelling stays
        "member_type": "firm",  # the same: not listed
        "contact_person": "Jose Perez",
        "email": "jose.perez@nord.gd",
        "locality": "Sauteurs",
        "join_date": date(2020, 1, 6),
        "notes": "Pays by cheque\nEmail as written: jose@nord",
    })
    assert list(found) == ["name", "locality", "contact_person", "email", "notes"]
    assert {f: c.take for f, c in found.items()} == {
        "name": False, "contact_person": False, "email": True, "locality": True, "notes": True}
    notes = found["notes"]
    assert notes.incoming == "Email as written: jose@nord"  # only the new line
    assert notes.result == "Pays by cheque\nEmail as written: jose@nord"  # added, not replaced
    assert taken(list(found.values())) == {
        "email": "jose.perez@nord.gd", "locality": "Sauteurs",
        "notes": "Pays by cheque\nEmail as written: jose@nord"}


def test_choices_override_the_suggestion():
    found = changes_by_field({"contact_person": "Jose Perez", "email": "x@nord.gd",
                              "notes": "New line"},
                             choices={"contact_person": True, "notes": False})
    assert found["contact_person"].take and not found["contact_person"].suggested
    assert found["email"].take
    assert not found["notes"].take and found["notes"].value_after == "Pays by cheque"


def parsed(row, name, **values):
    return ParsedRow(row=row, values={"name": name, "notes": None, **values}, problems=[])


def test_counts_tell_what_happens():
    existing_rows = {
        1: {**ROSTER},
        2: {**ROSTER, "name": "Belmont Estate", "contact_person": "Shanice Noel"},
        3: {**ROSTER, "name": "Grenada Bureau of Standards", "contact_person": "Devon Charles"},
    }
    existing = {fold(v["name"]): (i, v["name"]) for i, v in existing_rows.items()}
    rows = [parsed(n, f"New member {n}") for n in range(2, 10)]  # 8 new
    rows += [
        # 3 fields from the file: e-mail, locality, notes; the unaccented name kept
        parsed(10, "Cooperative du Nord", contact_person="Jose Perez", email="new@nord.gd",
               locality="Sauteurs", notes="Moved to Sauteurs"),
        parsed(11, "Belmont Estate", contact_person="Shanice Noel"),  # nothing new
        parsed(12, "GRENADA BUREAU OF STANDARDS", contact_person="Devon Charles"),
        parsed(13, "new member 2"),  # a repeat of row 2
    ]
    plan = plan_import(rows, existing, "update", current=existing_rows)
    assert plan.summary() == (
        "8 new, 1 updated (3 fields), 2 unchanged, 1 duplicate row in the file skipped")
    assert (plan.added, plan.updated, plan.fields_updated, plan.unchanged, plan.duplicates) == (
        8, 1, 3, 2, 1)
    update = next(r for r in plan.rows if r.row == 10)
    assert [c.field for c in update.changes if not c.take] == ["name", "contact_person"]
    # declining every change turns the update into "unchanged"
    declined = {(10, f): False for f in ("email", "locality", "notes")}
    plan = plan_import(rows, existing, "update", current=existing_rows, choices=declined)
    assert plan.summary() == "8 new, 3 unchanged, 1 duplicate row in the file skipped"
    update = next(r for r in plan.rows if r.row == 10)
    assert update.action == "unchanged" and not any(c.take for c in update.changes)
