"""Roster export: what the files hold, and that they import back with nothing lost."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import delete, select

from facilitator_app.core.domain import MEMBER_FIELDS
from facilitator_app.core.errors import UserError
from facilitator_app.core.roster_fields import FIELD_NAMES, FIELDS
from facilitator_app.core.text import fold
from facilitator_app.services import roster
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import open_workspace

FULL = {
    "name": "=Coopérative «Ñandú» & Fils <SA>",
    "member_type": "academic",
    "size": "medium",
    "employees": 12000,
    "segment": "marketing",
    "sub_sector": "-cocoa nibs",
    "ownership": "joint",
    "women_led": True,
    "exporter": False,
    "country": "Haïti",
    "locality": "Jérémie",
    "contact_person": "@Marie-Josée Théodore",
    "contact_role": "+Directrice",
    "email": "mj.theodore@cpcga.ht",
    "phone": "+509 3712 4455",
    "preferred_language": "ht",
    "status": "prospective",
    "join_date": date(2021, 4, 12),
    "exit_date": date(2024, 12, 31),
    "vote_weight": 1.5,
    "governance_role": "'=board",
    "certifications": "Fairtrade; Organic (EU)",
    "consent_to_share": True,
    "notes": "Line one\n=HYPERLINK(\"http://x\")\n  indented line",
}
SPARSE = {"name": "0473 Spice Co", "phone": "04734401234", "vote_weight": 1.0}


@pytest.fixture
def pair(tmp_path):
    a = open_workspace(tmp_path / "a.cluster", create=True)
    b = open_workspace(tmp_path / "b.cluster", create=True)
    yield a, b
    a.close()
    b.close()


def all_members(ws) -> dict[str, dict]:
    with ws.session() as s:
        rows = roster.export_rows(s)
    return {r["name"]: r for r in rows}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_keeps_every_field(pair, tmp_path, suffix):
    a, b = pair
    with a.session() as s:
        roster.add_member(s, FULL)
        roster.add_member(s, SPARSE)
    target = tmp_path / f"roster{suffix}"
    with a.session() as s:
        assert roster.export_roster(s, target) == 2
    with b.session() as s:
        result = roster.import_file(s, target)
    assert (result.added, result.updated, result.skipped, result.rejected) == (2, 0, 0, 0)
    assert result.plan.problems == []
    assert all_members(b) == all_members(a)
    assert all_members(b)[FULL["name"]] == {f: FULL.get(f) for f in FIELD_NAMES}


def test_xlsx_is_styled_and_typed(pair, tmp_path):
    a, _ = pair
    with a.session() as s:
        roster.add_member(s, FULL)
        roster.add_member(s, SPARSE)
    target = tmp_path / "roster.xlsx"
    with a.session() as s:
        roster.export_roster(s, target)
    wb = load_workbook(target)
    ws = wb["Members"]
    assert [c.value for c in ws[1]] == [f.label for f in MEMBER_FIELDS]
    assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb.endswith("D9E2F3")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:X3"
    assert ws.column_dimensions["A"].width > ws.column_dimensions["D"].width
    header = {c.value: c.column - 1 for c in ws[1]}
    full_row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == FULL["name"])
    name_cell = full_row[0]
    assert name_cell.data_type == "s"  # "=Coopérative..." is text, not a formula
    join = full_row[header["Join date"]]
    assert join.is_date and join.value.date() == date(2021, 4, 12)
    assert join.number_format == "yyyy-mm-dd"
    assert full_row[header["Type"]].value == "Academic / training institution"
    assert full_row[header["Women-led"]].value == "Yes"
    assert full_row[header["Vote weight"]].value == 1.5
    assert full_row[header["Employees"]].value == 12000
    # No cell of the file is a formula, whatever its text.
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_csv_has_bom_and_neutralised_formulas(pair, tmp_path):
    a, _ = pair
    with a.session() as s:
        roster.add_member(s, FULL)
    target = tmp_path / "roster.csv"
    with a.session() as s:
        roster.export_roster(s, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfOrganisation,Type,")
    text = raw.decode("utf-8-sig")
    assert "'=Coop\u00e9rative" in text and "'+509 3712 4455" in text
    assert "'@Marie" in text and "''=board" in text
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_export_writes_nothing_on_failure(pair, tmp_path, monkeypatch):
    a, _ = pair
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"old content")
    with a.session() as s:
        roster.add_member(s, FULL)

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("facilitator_app.export.safe_write.os.fsync", disk_full)
    with pytest.raises(UserError, match="disk is full"), a.session() as s:
        roster.export_roster(s, target)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# ----- property: any member the form accepts survives export + import ----
_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0, max_size=25
)
_dates = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 31)))


def _choice(name):
    return st.one_of(st.none(), st.sampled_from([k for k, _ in FIELDS[name].choices]))


member_values = st.fixed_dictionaries({
    "name": _text.filter(lambda t: t.strip()),
    "member_type": _choice("member_type"),
    "size": _choice("size"),
    "employees": st.one_of(st.none(), st.integers(0, 1_000_000)),
    "segment": _choice("segment"),
    "sub_sector": _text,
    "ownership": _choice("ownership"),
    "women_led": st.one_of(st.none(), st.booleans()),
    "exporter": st.one_of(st.none(), st.booleans()),
    "country": _text,
    "locality": _text,
    "contact_person": _text,
    "email": st.one_of(st.none(), st.emails().filter(lambda e: len(e) < 80)),
    "phone": _text,
    "preferred_language": _choice("preferred_language"),
    "status": st.sampled_from(["active", "inactive", "prospective"]),
    "join_date": _dates,
    "vote_weight": st.floats(0, 1000, allow_nan=False),
    "notes": st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                            blacklist_characters="\x00"), max_size=40),
})


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(members=st.lists(member_values, min_size=1, max_size=5), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_round_trip_property(pair, tmp_path, members, suffix):
    a, b = pair
    for ws in (a, b):
        with ws.session() as s:
            s.execute(delete(Member))
    keys = set()
    with a.session() as s:
        for values in members:
            try:
                with s.begin_nested():
                    roster.add_member(s, values)
            except UserError:
                continue
    with a.session() as s:
        names = list(s.scalars(select(Member.name)))
    keys = [fold(n) for n in names]
    assume(names and len(set(keys)) == len(keys))  # duplicates merge by design
    target = tmp_path / f"prop{suffix}"
    with a.session() as s:
        roster.export_roster(s, target)
    with b.session() as s:
        result = roster.import_file(s, target)
    assert result.rejected == 0 and result.added == len(names)
    assert all_members(b) == all_members(a)
