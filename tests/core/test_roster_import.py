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

# Made by tests/fixtures/make_fixtures.py, which says what each row is for.
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
XLSX = FIXTURES / "roster_messy.xlsx"
CSV = FIXTURES / "roster_messy.csv"
TODAY = date(2026, 5, 1)

EXPECTED_NAMES = {
    5: "Coop\u00e9rative Agricole de Sainte-Rose",
    6: "Asociaci\u00f3n Cacaotera Hermanos Mu\u00f1oz",
    7: "Belmont Estate Cocoa Farmers",
    8: "Universit\u00e9 des Antilles \u2013 P\u00f4le Agroalimentaire",
    9: "Grenada Bureau of Standards",
    10: "Bonnaire & Fils <Distillerie>",
    14: "Montserrat Department of Agriculture",
    15: "Windward Islands Cocoa Growers' Association",
    16: "Eastern Caribbean Trade Promotion Office",
    17: "Ti Kr\u00e9yol Cocoa Tours",
    18: "Carriacou Sloop Chocolate Makers",
    19: "chocolaterie bel kakao",
    20: "Soufri\u00e8re Hills Spice Co.",
}
EXPECTED_TYPES = {
    5: "firm", 6: "firm", 7: "firm", 8: "academic", 9: "standards", 10: "firm",
    14: "ministry", 15: "association", 16: "promotion", 17: None, 18: "firm", 19: "firm",
    20: "firm",
}


def plan_for(path: Path, existing=None, on_duplicate="skip"):
    table = read_table(path)
    parsed = parse_rows(table, today=TODAY)
    return table, parsed, plan_import(parsed, existing or {}, on_duplicate)


@pytest.mark.parametrize("path", [XLSX, CSV], ids=["xlsx", "csv"])
def test_fixture_header_mapping_and_counts(path):
    table, parsed, plan = plan_for(path)
    assert table.header_row_number == 4
    assert guess_mapping(table) == [
        "name", "member_type", "contact_person", "email", "phone", "country", "size",
        "join_date", "status",
    ]
    # 15 rows with data (the blank row 12 is passed over), 13 new members,
    # 1 duplicate (row 13), 1 row in error (row 11).
    assert [p.row for p in parsed] == [5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20]
    assert (plan.added, plan.updated, plan.duplicates, plan.rejected) == (13, 0, 1, 1)
    assert plan.summary() == (
        "13 new, 1 duplicate row in the file skipped, 1 row in error left out")
    added = {r.row: r.parsed.values for r in plan.rows if r.action == "add"}
    assert {row: v["name"] for row, v in added.items()} == EXPECTED_NAMES
    assert {row: v["member_type"] for row, v in added.items()} == EXPECTED_TYPES
    assert added[18]["name"] == "Carriacou Sloop Chocolate Makers"  # padding trimmed
    assert added[14]["status"] == "inactive"
    assert added[15]["status"] == "prospective"
    assert added[6]["status"] == "active"
    assert added[5]["size"] == "small" and added[6]["size"] == "micro"
    assert added[7]["size"] == "medium"
    assert added[5]["join_date"] == date(2021, 3, 9)
    assert added[5]["contact_person"] == "Th\u00e9odore Lafleur"
    assert added[6]["contact_person"] == "In\u00e9s Mu\u00f1oz Peralta"
    assert added[7]["email"] is None
    assert added[7]["notes"] == "Email as written: estate@belmont"
    assert added[17]["join_date"] is None
    assert added[17]["notes"] == (
        "Type as written: Agro-tourism guide\nJoin date as written: after the AGM"
    )
    assert added[20]["join_date"] is None  # 2202: a typo, in the future
    assert added[20]["notes"] == "Join date as written: 2202-03-15"
    assert added[5]["phone"] == "+590 590 28 41 17"  # a leading + is text, not a formula


def test_xlsx_fixture_skips_the_notes_sheet_and_the_hidden_old_list():
    # The workbook opens on "Read me" (no header) and has a hidden "Old list
    # 2019" with a header of its own before "Register".
    assert read_table(XLSX).sheet == "Register"


@pytest.mark.parametrize("path", [XLSX, CSV], ids=["xlsx", "csv"])
def test_fixture_problems_with_rows_and_reasons(path):
    _, _, plan = plan_for(path)
    found = [(p.row, p.severity, p.code) for p in plan.problems]
    expected = [
        (7, "warning", "email"),
        (11, "error", "formula_name"),
        (13, "warning", "duplicate_row"),
        (17, "warning", "member_type"),
        (17, "warning", "date"),
        (20, "warning", "future"),
    ]
    if path.suffix == ".csv":
        expected.insert(0, (6, "warning", "ambiguous_date"))
    assert found == expected
    messages = {(p.row, p.code): p.message for p in plan.problems}
    assert messages[(7, "email")] == (
        "Email \u201cestate@belmont\u201d is not a valid e-mail address: left empty, "
        "the text is kept in the notes."
    )
    assert messages[(11, "formula_name")].startswith(
        'The organisation name is a formula (=HYPERLINK("http://pool.example.invalid",'
        '"Nutmeg Pool"))'
    )
    assert messages[(13, "duplicate_row")] == (
        "Same organisation as row 5 (\u201cCoop\u00e9rative Agricole de Sainte-Rose\u201d): "
        "skipped as a duplicate (the first row counts)."
    )
    assert "Agro-tourism guide" in messages[(17, "member_type")]
    assert "after the AGM" in messages[(17, "date")]
    assert messages[(20, "future")] == (
        "Join date 2202-03-15 is in the future: left empty, the text is kept in the notes."
    )
    assert str(plan.errors[0]).startswith("row 11: error: The organisation name is a formula")


def test_xlsx_date_cell_is_used_as_stored_and_csv_text_is_read_day_first():
    _, _, xplan = plan_for(XLSX)
    _, _, cplan = plan_for(CSV)
    x = {r.row: r.parsed.values for r in xplan.rows}
    c = {r.row: r.parsed.values for r in cplan.rows}
    assert x[6]["join_date"] == date(2022, 12, 5)  # a real date cell (LibreOffice, m/d/y)
    assert x[6]["notes"] is None
    assert c[6]["join_date"] == date(2022, 5, 12)  # "12/05/2022": no evidence -> day first
    assert c[6]["notes"] == "Join date as written: 12/05/2022"


def test_formula_cell_in_xlsx_is_never_evaluated(tmp_path):
    table = read_table(XLSX)
    row11 = table.rows[table.row_numbers.index(11)]
    assert row11[0] == Formula('=HYPERLINK("http://pool.example.invalid","Nutmeg Pool")')


def test_duplicates_against_the_workspace_ignore_case_accents_and_spaces():
    existing = {
        fold("COOPERATIVE agricole de SAINTE-ROSE "): (7, "Cooperative Agricole de Sainte-Rose"),
        fold("Carriacou Sloop Chocolate Makers"): (9, "Carriacou Sloop Chocolate Makers"),
    }
    _, _, plan = plan_for(CSV, existing, on_duplicate="update")
    by_row = {r.row: r for r in plan.rows}
    assert by_row[5].action == "update" and by_row[5].member_id == 7
    assert by_row[18].action == "update" and by_row[18].member_id == 9
    # a repeat of an earlier row is never merged into it, in either mode: the
    # first row counts ("T. Lafleur" of row 13 does not replace row 5's name)
    assert by_row[13].action == "duplicate" and by_row[13].duplicate_of == 5
    assert (plan.added, plan.updated, plan.duplicates, plan.rejected) == (11, 2, 1, 1)
    skip = plan_import(plan_for(CSV)[1], existing, "skip")
    assert (skip.added, skip.updated, skip.skipped, skip.duplicates, skip.rejected) == (
        11, 0, 2, 1, 1)
    assert skip.summary() == ("11 new, 2 already in the roster skipped, "
                              "1 duplicate row in the file skipped, 1 row in error left out")
    codes = {(p.row, p.code) for p in skip.problems}
    assert (5, "duplicate_member_skip") in codes and (18, "duplicate_member_skip") in codes


def test_excluded_rows_are_left_out_of_the_plan():
    table = read_table(CSV)
    parsed = parse_rows(table, today=TODAY)
    plan = plan_import(parsed, {}, "skip", excluded={11, 17})
    assert (plan.added, plan.rejected, plan.excluded) == (12, 0, 2)
    assert all(p.row not in (11, 17) for p in plan.problems)


def test_name_override_fixes_a_row_in_error():
    table = read_table(XLSX)
    parsed = parse_rows(table, today=TODAY, name_overrides={11: "Nutmeg Pool of Grenville"})
    row11 = next(p for p in parsed if p.row == 11)
    assert not row11.has_error and row11.values["name"] == "Nutmeg Pool of Grenville"
    assert row11.values["country"] == "Grenada"


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


def test_mixed_utf8_and_windows_1252_rows_are_each_read_right_and_named_in_a_warning():
    """Rows pasted from two sources: UTF-8 ones stay UTF-8, the others are read as
    Windows-1252 with a warning naming the row, instead of all garbled silently."""
    data = (
        b"Organisation,Locality\r\n"
        + "Coopérative Café Ñandú,Gouyave\r\n".encode()
        + "Société Épices,Grenville\r\n".encode("cp1252")
        + b"Plain Farm,St George's\r\n"
        + '"Crème de Cacao, ""Ltd""","Côte\r\nNord"\r\n'.encode("cp1252")
        + "Ünion Bänk,Sauteurs\r\n".encode()
    )
    table = read_csv_bytes(data, "mixed.csv")
    table.header_index = find_header(table.rows)
    assert table.encoding == "utf-8+cp1252"
    assert table.fallback_rows == (3, 5)
    parsed = parse_rows(table, today=TODAY)
    assert [p.values["name"] for p in parsed] == [
        "Coopérative Café Ñandú", "Société Épices", "Plain Farm", 'Crème de Cacao, "Ltd"',
        "Ünion Bänk"]
    warned = {p.row: [w.code for w in p.problems] for p in parsed if p.problems}
    assert warned == {3: ["encoding"], 5: ["encoding"]}
    assert "Windows-1252" in next(p for p in parsed if p.row == 3).problems[0].message
    assert "Côte" in parsed[3].values["locality"]


def test_a_file_all_in_windows_1252_gets_no_encoding_warning():
    table = read_csv_bytes("Organisation\nSociété Épices\nCafé\n".encode("cp1252"), "w.csv")
    table.header_index = find_header(table.rows)
    assert table.encoding == "cp1252" and table.fallback_rows == ()
    assert [p.problems for p in parse_rows(table, today=TODAY)] == [[], []]


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
