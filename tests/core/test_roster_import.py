"""The importer on the messy fixture files and on the tricky cases they stand for."""

from __future__ import annotations

import codecs
import re
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.roster_import import (
    Formula,
    find_header,
    guess_mapping,
    member_type_key,
    parse_date_text,
    parse_rows,
    plan_import,
    read_csv_bytes,
    read_table,
)
from facilitator_app.core.text import fold

_REPO = Path(__file__).resolve().parents[2]
# The fixtures live beside the repository (../shared/fixtures); a copy under
# tests/fixtures/ is used first when there is one.
FIXTURES = next(
    (d for d in (_REPO / "tests" / "fixtures", _REPO.parent / "shared" / "fixtures")
     if (d / "roster_messy.xlsx").exists()),
    _REPO.parent / "shared" / "fixtures",
)
XLSX = FIXTURES / "roster_messy.xlsx"
CSV = FIXTURES / "roster_messy.csv"
TODAY = date(2026, 5, 1)

EXPECTED_NAMES = {
    4: "Coopérative des Planteurs de Cacao de Grand'Anse",
    5: "Asociación de Productores de Cacao Ñame Verde",
    6: "Grenada Chocolate Works Ltd",
    7: "University of the West Indies – Cocoa Research Centre",
    8: "Bureau of Standards Jamaica",
    9: "Smith & Sons <Ltd>",
    13: "Ministry of Agriculture St. Lucia",
    14: "Suriname Cacao Vereniging",
    15: "Caribbean Export Development Agency",
    16: "Spice Isle Aromatics",
    17: "Belize Cacao Growers",
}
EXPECTED_TYPES = {
    4: "firm", 5: "firm", 6: "firm", 7: "academic", 8: "standards", 9: "firm",
    13: "ministry", 14: "association", 15: "promotion", 16: None, 17: "firm",
}


def plan_for(path: Path, existing=None, on_duplicate="skip"):
    table = read_table(path)
    parsed = parse_rows(table, today=TODAY)
    return table, parsed, plan_import(parsed, existing or {}, on_duplicate)


@pytest.mark.parametrize("path", [XLSX, CSV], ids=["xlsx", "csv"])
def test_fixture_header_mapping_and_counts(path):
    table, parsed, plan = plan_for(path)
    assert table.header_row_number == 3
    assert guess_mapping(table) == [
        "name", "member_type", "contact_person", "email", "phone", "country", "size",
        "join_date", "status",
    ]
    # 13 rows with data (the blank row 11 is passed over), 11 new members,
    # 1 duplicate (row 12), 1 row in error (row 10).
    assert [p.row for p in parsed] == [4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17]
    assert (plan.added, plan.updated, plan.skipped, plan.rejected) == (11, 0, 1, 1)
    added = {r.row: r.parsed.values for r in plan.rows if r.action == "add"}
    assert {row: v["name"] for row, v in added.items()} == EXPECTED_NAMES
    assert {row: v["member_type"] for row, v in added.items()} == EXPECTED_TYPES
    assert added[17]["name"] == "Belize Cacao Growers"  # padding trimmed
    assert added[13]["status"] == "inactive"
    assert added[14]["status"] == "prospective"
    assert added[5]["status"] == "active"
    assert added[4]["size"] == "small" and added[5]["size"] == "micro"
    assert added[4]["join_date"] == date(2021, 4, 12)
    assert added[4]["contact_person"] == "Marie-Josée Théodore"
    assert added[9]["email"] is None
    assert added[9]["notes"] == "Email as written: peter@smithsons"
    assert added[16]["join_date"] is None
    assert added[16]["notes"] == "Type as written: Spice trader\nJoin date as written: not yet"
    assert added[4]["phone"] == "+509 3712 4455"  # a leading + is text, not a formula


@pytest.mark.parametrize("path", [XLSX, CSV], ids=["xlsx", "csv"])
def test_fixture_problems_with_rows_and_reasons(path):
    _, _, plan = plan_for(path)
    found = [(p.row, p.severity, p.code) for p in plan.problems]
    expected = [
        (9, "warning", "email"),
        (10, "error", "formula_name"),
        (12, "warning", "duplicate_row_skip"),
        (16, "warning", "member_type"),
        (16, "warning", "date"),
    ]
    if path.suffix == ".csv":
        expected.insert(0, (5, "warning", "ambiguous_date"))
    assert found == expected
    messages = {(p.row, p.code): p.message for p in plan.problems}
    assert messages[(9, "email")] == (
        "Email \u201cpeter@smithsons\u201d is not a valid e-mail address: left empty, "
        "the text is kept in the notes."
    )
    assert messages[(10, "formula_name")].startswith(
        'The organisation name is a formula (=HYPERLINK("http://example.invalid","click me"))'
    )
    assert messages[(12, "duplicate_row_skip")] == (
        "Same organisation as row 6 (\u201cGrenada Chocolate Works Ltd\u201d): "
        "skipped as a duplicate."
    )
    assert "Spice trader" in messages[(16, "member_type")]
    assert "not yet" in messages[(16, "date")]
    assert str(plan.errors[0]).startswith("row 10: error: The organisation name is a formula")


def test_xlsx_date_cell_is_used_as_stored_and_csv_text_is_read_day_first():
    _, _, xplan = plan_for(XLSX)
    _, _, cplan = plan_for(CSV)
    x = {r.row: r.parsed.values for r in xplan.rows}
    c = {r.row: r.parsed.values for r in cplan.rows}
    assert x[5]["join_date"] == date(2022, 12, 5)  # a real date cell (LibreOffice, m/d/y)
    assert x[5]["notes"] is None
    assert c[5]["join_date"] == date(2022, 5, 12)  # "12/05/2022": no evidence -> day first
    assert c[5]["notes"] == "Join date as written: 12/05/2022"


def test_formula_cell_in_xlsx_is_never_evaluated(tmp_path):
    table = read_table(XLSX)
    row10 = table.rows[table.row_numbers.index(10)]
    assert row10[0] == Formula('=HYPERLINK("http://example.invalid","click me")')


def test_duplicates_against_the_workspace_ignore_case_accents_and_spaces():
    existing = {
        fold("COOPERATIVE des planteurs de cacao de Grand'Anse "): (7, "Cooperative des Planteurs"),
        fold("Belize Cacao Growers"): (9, "Belize Cacao Growers"),
    }
    _, _, plan = plan_for(CSV, existing, on_duplicate="update")
    by_row = {r.row: r for r in plan.rows}
    assert by_row[4].action == "update" and by_row[4].member_id == 7
    assert by_row[17].action == "update" and by_row[17].member_id == 9
    assert by_row[12].action == "merge" and by_row[12].duplicate_of == 6
    assert (plan.added, plan.updated, plan.skipped, plan.rejected) == (9, 3, 0, 1)
    skip = plan_import(plan_for(CSV)[1], existing, "skip")
    assert (skip.added, skip.updated, skip.skipped, skip.rejected) == (9, 0, 3, 1)
    codes = {(p.row, p.code) for p in skip.problems}
    assert (4, "duplicate_member_skip") in codes and (17, "duplicate_member_skip") in codes


def test_excluded_rows_are_left_out_of_the_plan():
    table = read_table(CSV)
    parsed = parse_rows(table, today=TODAY)
    plan = plan_import(parsed, {}, "skip", excluded={10, 16})
    assert (plan.added, plan.rejected, plan.excluded) == (10, 0, 2)
    assert all(p.row not in (10, 16) for p in plan.problems)


def test_name_override_fixes_a_row_in_error():
    table = read_table(XLSX)
    parsed = parse_rows(table, today=TODAY, name_overrides={10: "Jamaica Spice Hub"})
    row10 = next(p for p in parsed if p.row == 10)
    assert not row10.has_error and row10.values["name"] == "Jamaica Spice Hub"
    assert row10.values["country"] == "Jamaica"


def test_windows_1252_semicolon_csv():
    text = (
        "Membres du cluster;;\r\n"
        "Nom;Type;Pays;Date d'adhésion\r\n"
        "Coopérative Café Ñandú;Entreprise;Haïti;25/12/2021\r\n"
        "Société « Épices » S.A.;Association;Haïti;03/04/2022\r\n"
    )
    table = read_csv_bytes(text.encode("cp1252"), "membres.csv")
    table.header_index = find_header(table.rows)
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert table.header_row_number == 2
    mapping = guess_mapping(table)
    assert mapping[:3] == ["name", "member_type", "country"]
    mapping[3] = "join_date"  # "Date d'adhésion" is mapped by the user
    parsed = parse_rows(table, mapping, today=TODAY)
    assert [p.values["name"] for p in parsed] == ["Coopérative Café Ñandú", "Société « Épices » S.A."]
    assert [p.values["member_type"] for p in parsed] == ["firm", "association"]
    # 25/12/2021 proves the column is day first: 03/04/2022 is 3 April, no warning.
    assert [p.values["join_date"] for p in parsed] == [date(2021, 12, 25), date(2022, 4, 3)]
    assert all(not p.problems for p in parsed)


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_with_and_without_bom(bom):
    data = bom + "Organisation,Email\nÉcole Agricole de Saint-Marc,info@ecole.ht\n".encode()
    table = read_csv_bytes(data, "x.csv")
    table.header_index = find_header(table.rows)
    parsed = parse_rows(table, today=TODAY)
    assert parsed[0].values["name"] == "École Agricole de Saint-Marc"
    assert table.headers[0] == "Organisation"  # no BOM glued to the first title


def test_month_first_column_and_explicit_order():
    data = b"Name,Joined\nA,12/25/2021\nB,03/04/2022\n"
    table = read_csv_bytes(data, "x.csv")
    table.header_index = find_header(table.rows)
    parsed = parse_rows(table, today=TODAY)
    assert [p.values["join_date"] for p in parsed] == [date(2021, 12, 25), date(2022, 3, 4)]
    forced = parse_rows(table, date_order="dmy", today=TODAY)
    assert forced[1].values["join_date"] == date(2022, 4, 3)
    assert forced[0].values["join_date"] is None  # 12/25 is no day/month date
    assert [p.code for p in forced[0].problems] == ["date"]


def test_free_text_member_types():
    assert member_type_key("firm") == "firm"
    assert member_type_key("Academic") == "academic"
    assert member_type_key("Quality standards body") == "standards"
    assert member_type_key("Export promotion agency") == "promotion"
    assert member_type_key("Government ministry") == "ministry"
    assert member_type_key("Sector association") == "association"
    assert member_type_key("Chamber of Commerce") == "association"
    assert member_type_key("Private company") == "firm"
    assert member_type_key("Investment / export promotion agency") == "promotion"
    assert member_type_key("Spice trader") is None


def test_dates_in_words_and_iso():
    assert parse_date_text("2022-05-12") == (date(2022, 5, 12), False)
    assert parse_date_text("12 May 2022") == (date(2022, 5, 12), False)
    assert parse_date_text("May 12, 2022") == (date(2022, 5, 12), False)
    assert parse_date_text("3 février 2021") == (date(2021, 2, 3), False)
    assert parse_date_text("12/05/2022") == (date(2022, 5, 12), True)
    assert parse_date_text("05/05/2022") == (date(2022, 5, 5), False)
    assert parse_date_text("31/02/2022") == (None, False)
    assert parse_date_text("not yet") == (None, False)


def test_future_join_date_is_a_warning_with_the_text_kept():
    data = b"Name,Join date\nLate Joiner,2030-01-01\n"
    table = read_csv_bytes(data, "x.csv")
    table.header_index = find_header(table.rows)
    row = parse_rows(table, today=TODAY)[0]
    assert row.values["join_date"] is None
    assert [p.code for p in row.problems] == ["future"]
    assert row.values["notes"] == "Join date as written: 2030-01-01"


def test_csv_formula_in_another_column_is_a_warning_and_quote_guard_is_removed():
    data = (
        b"Name,Email,Phone,Notes\n"
        b"'=Equals Ltd,=cmd|' /C calc'!A0,'+1 473 555,'-note\n"
        b"'t Hoekje,,,\n"
    )
    table = read_csv_bytes(data, "x.csv")
    table.header_index = find_header(table.rows)
    first, second = parse_rows(table, today=TODAY)
    assert first.values["name"] == "=Equals Ltd"
    assert first.values["email"] is None
    assert [p.code for p in first.problems] == ["formula"]
    assert first.values["phone"] == "+1 473 555"
    assert first.values["notes"] == "-note\nEmail as written: =cmd|' /C calc'!A0"
    assert second.values["name"] == "'t Hoekje"  # a quote before plain text is kept


def test_row_without_name_is_an_error_and_blank_rows_are_ignored():
    data = b"Name,Country\n,Grenada\n,\n  ,  \nReal One,Grenada\n"
    table = read_csv_bytes(data, "x.csv")
    table.header_index = find_header(table.rows)
    parsed = parse_rows(table, today=TODAY)
    assert [p.row for p in parsed] == [2, 5]
    assert [p.code for p in parsed[0].problems] == ["no_name"]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("x.xls", b"whatever", "cannot be read"),
        ("x.ods", b"whatever", "cannot be read"),
        ("x.pdf", b"%PDF", "only .xlsx and .csv"),
        ("x.xlsx", b"this is not a zip", "not an Excel workbook"),
        ("x.csv", b"\x00\x01\x02binary\x00", "not a text (CSV) file"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInputError, match=re.escape(message)) as info:
        read_table(path)
    assert info.value.exit_code == 2


def test_size_and_row_limits(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name\n" + b"x\n" * 50)
    with pytest.raises(BadInputError, match="too big"):
        read_table(path, max_bytes=40)
    with pytest.raises(BadInputError, match="more than 20 rows"):
        read_table(path, max_rows=20)
