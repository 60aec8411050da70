"""Reading and writing the participant x option matrix (CSV and XLSX)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from facilitator_app.core.ballot_matrix import (
    matrix_csv_text,
    matrix_rows,
    parse_matrix,
    read_matrix,
)
from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting import Ballot

# Made by tests/fixtures/make_fixtures.py, which says what each file is for.
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

RANKED_OPTIONS = (
    "Common grading & sorting line for nutmeg",
    "Cluster stand at the regional food fair",
    "Solar dryers for smallholders",
    "Replanting fund (seedlings, shade trees)",
    "Export paperwork help desk",
    "Apprenticeships for young growers",
)


@pytest.mark.parametrize("name", ["ballots_ranked.csv", "ballots_ranked.xlsx"])
def test_fixture_ranked_matrix(name):
    matrix = read_matrix(FIXTURES / name)
    assert matrix.options == RANKED_OPTIONS
    assert matrix.voter_heading == "Member organisation"
    assert len(matrix.rows) == 12 and matrix.bad_rows == []
    # the blank line 8 is no ballot, and the row numbers stay the file's
    assert [r.row for r in matrix.rows] == [2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14]
    first = matrix.rows[0]
    assert first.row == 2
    assert first.voter == "Coop\u00e9rative Agricole de Sainte-Rose"
    assert list(first.values.values()) == [6, 4, 3, 2, 1, 5]
    assert matrix.rows[1].values["Replanting fund (seedlings, shade trees)"] == 4  # text "4" in .xlsx
    truncated = next(r for r in matrix.rows if r.voter == "Nutmeg Pool of Grenville")
    assert truncated.row == 12
    assert truncated.values == dict(zip(RANKED_OPTIONS, [3, 1, None, 2, None, None], strict=True))
    assert [r.voter for r in matrix.rows][2] == "Bonnaire & Fils <Distillerie>"
    assert matrix.rows[3].voter == "Universit\u00e9 des Antilles \u2013 P\u00f4le Agroalimentaire"


def test_csv_and_xlsx_fixtures_agree():
    a, b = (
        read_matrix(FIXTURES / "ballots_ranked.csv"),
        read_matrix(FIXTURES / "ballots_ranked.xlsx"),
    )
    assert [(r.row, r.voter, r.values) for r in a.rows] == [
        (r.row, r.voter, r.values) for r in b.rows
    ]


def test_fixture_gradients_matrix():
    # Windows-1252 with semicolons, as a French-locale Excel saves CSV.
    matrix = read_matrix(FIXTURES / "ballots_gradients.csv")
    assert matrix.voter_heading == "Participant"
    assert matrix.options == (
        "Solar dryers for smallholders",
        "Replanting fund (seedlings, shade trees)",
        "Common grading & sorting line for nutmeg",
    )
    assert len(matrix.rows) == 12 and matrix.bad_rows == []
    assert matrix.rows[0].voter == "Th\u00e9odore L."
    assert matrix.rows[7].row == 9 and matrix.rows[7].voter == "Marl\u00e8ne J."
    assert matrix.rows[7].values["Replanting fund (seedlings, shade trees)"] is None
    assert matrix.rows[8].values["Replanting fund (seedlings, shade trees)"] == 7


def test_windows_1252_semicolon_decimal_comma(tmp_path):
    path = tmp_path / "ballots.csv"
    text = "Votant;Qualité;Séchage\r\nCoopérative;1;2,0\r\nBrûlerie;2,5;1\r\n"
    path.write_bytes(text.encode("cp1252"))
    matrix = read_matrix(path)
    assert matrix.options == ("Qualité", "Séchage")
    assert matrix.rows[0].voter == "Coopérative"
    assert matrix.rows[0].values == {"Qualité": 1, "Séchage": 2}
    assert matrix.rows[1].values["Qualité"] == 2.5  # parsed; the engine says "not whole"


def test_utf8_bom_and_utf16(tmp_path):
    p1 = tmp_path / "bom.csv"
    p1.write_bytes("Voter,Ñame\nAna,1\n".encode("utf-8-sig"))
    assert read_matrix(p1).options == ("Ñame",)
    p2 = tmp_path / "u16.csv"
    p2.write_bytes("Voter\tA\tB\nAna\t1\t2\n".encode("utf-16"))
    assert read_matrix(p2).rows[0].values == {"A": 1, "B": 2}


def test_bad_cells_make_row_problems_with_row_numbers(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "\n"  # a blank line before the header is skipped
        "Voter,A,B\n"
        "Ana,1,x\n"
        ",,\n"  # blank row: not a ballot
        "Ben,2,1,9\n"  # a value under no option heading
        "Cy,,\n",  # a voter with nothing: an (empty) ballot, the engine refuses it
        encoding="utf-8",
    )
    matrix = read_matrix(path)
    assert [(r.row, r.voter) for r in matrix.rows] == [(3, "Ana"), (5, "Ben"), (6, "Cy")]
    assert matrix.rows[0].problems == ("“B”: “x” is not a number",)
    assert matrix.rows[1].problems == ("a value in column D has no option name in the header",)
    assert matrix.rows[2].problems == ()
    assert [r.voter for r, _ in matrix.ballots()] == ["Cy"]


def test_unusable_files(tmp_path):
    with pytest.raises(BadInputError, match="no such file"):
        read_matrix(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(BadInputError, match="empty"):
        read_matrix(empty)
    dup = tmp_path / "dup.csv"
    dup.write_text("Voter,Training,training \nA,1,2\n")
    with pytest.raises(BadInputError, match="appears twice"):
        read_matrix(dup)
    no_options = tmp_path / "one.csv"
    no_options.write_text("Voter\nAna\n")
    with pytest.raises(BadInputError, match="no option columns"):
        read_matrix(no_options)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip file")
    with pytest.raises(BadInputError, match=r"not an Excel workbook \(\.xlsx\)"):
        read_matrix(fake)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(BadInputError, match="not a text"):
        read_matrix(binary)
    with pytest.raises(BadInputError, match=r"\.csv or \.xlsx"):
        read_matrix(tmp_path / "ballots.pdf")


def test_xlsx_types_formulas_and_sheet(tmp_path):
    path = tmp_path / "b.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws.append(["nothing here"])
    ballots = wb.create_sheet("Ballots")
    ballots.append(["Voter", "A", "B", "C"])
    ballots.append(["Ana", 1, 2.0, None])
    ballots.append([None, None, None, None])
    ballots.append(["Ben", "=1+1", 2, 1])  # a formula: never evaluated, a problem of the row
    ballots.append([12, True, dt.date(2024, 5, 1), " 3 "])
    wb.save(path)
    matrix = read_matrix(path, sheet="Ballots")
    assert [(r.row, r.voter) for r in matrix.rows] == [(2, "Ana"), (4, "Ben"), (5, "12")]
    assert matrix.rows[0].values == {"A": 1, "B": 2, "C": None}
    assert matrix.rows[1].values["A"] is None
    assert matrix.rows[1].problems == ("“A”: “=1+1” is not a number",)
    assert matrix.rows[2].problems == (
        "“A”: TRUE is not a number (type 1 or 0)",
        "“B”: 2024-05-01 is a date or time, not a number",
    )
    assert matrix.rows[2].values["C"] == 3
    with pytest.raises(BadInputError, match="no sheet “Votes”"):
        read_matrix(path, sheet="Votes")


def test_rows_round_trip_through_csv(tmp_path):
    options = ["Export brand", "=cmd|' /C calc'!A0", "Training"]
    ballots = [
        Ballot({"Export brand": 1, "Training": 2}, voter="Smith & Sons <Ltd>"),
        Ballot({"=cmd|' /C calc'!A0": 1}, voter=None),
    ]
    rows = matrix_rows(options, ballots)
    assert rows[0] == ["Voter", *options]
    assert rows[1] == ["Smith & Sons <Ltd>", 1, None, 2]
    assert rows[2] == ["", None, 1, None]
    path = tmp_path / "out.csv"
    path.write_text(matrix_csv_text(rows), encoding="utf-8-sig")
    back = read_matrix(path)
    assert back.options == tuple(options)
    assert [(r.voter, r.values) for r in back.rows] == [
        ("Smith & Sons <Ltd>", {"Export brand": 1, "=cmd|' /C calc'!A0": None, "Training": 2}),
        (None, {"Export brand": None, "=cmd|' /C calc'!A0": 1, "Training": None}),
    ]


def test_rows_with_anonymous_labels_and_pairs():
    rows = matrix_rows(
        ["A"], [("Ana", {"A": 3})], voter_heading="Ballot", label=lambda b: "Ballot 1"
    )
    assert rows == [["Ballot", "A"], ["Ballot 1", 3]]


def test_parse_matrix_from_a_grid():
    matrix = parse_matrix([["", "A", "B"], ["x", "1", "2"]], first_row=10)
    assert matrix.voter_heading == "Voter"
    assert matrix.rows[0].row == 11 and matrix.rows[0].values == {"A": 1, "B": 2}


# Cells a CSV row may hold: blanks and plain numbers (the fast path), and
# everything that must go through parse_cell (signs, decimals, spaces, commas,
# other digits, long numbers, words).
_CELLS = ["", "", "1", "2", "3", "7", "10", "007", "0", "4095", "4096", "123456789012345",
          "1234567890123456", "99999999999999999999", "+2", "-1", "2.0", "2.5", ".5", " 3",
          "3 ", "\u00a04", "1,5", "x", "nan", "inf", "1e3", "\u0663", "\u00b2", "1\x1f2", "TRUE"]


def test_fast_rows_read_exactly_as_the_cell_by_cell_path():
    """Every row read twice: as it is (rows of blanks and plain numbers 0-4095
    take the fast path) and with an unnamed empty column before the options
    (which sends every row through parse_cell); the numbers, problems and
    voters must be the same."""
    import random

    rng = random.Random(14)
    for decimal_comma in (False, True):
        for _ in range(300):
            m = rng.randint(1, 6)
            header = ["Voter", *(f"O{i}" for i in range(m))]
            rows = [header]
            for n in range(rng.randint(1, 8)):
                plain = rng.random() < 0.5
                cells = [rng.choice(["", "1", "2", "12", "007"]) if plain else rng.choice(_CELLS)
                         for _ in range(m)]
                cells = cells[: rng.randint(0, m)] if rng.random() < 0.2 else cells
                tail = rng.choice([[], [""], ["", " "]])
                rows.append([f"Voter {n}", *cells, *tail])
            slow = [[row[0], "", *row[1:]] for row in rows]
            fast_matrix = parse_matrix(rows, decimal_comma=decimal_comma)
            slow_matrix = parse_matrix(slow, decimal_comma=decimal_comma)
            assert fast_matrix.options == slow_matrix.options
            assert fast_matrix.rows == slow_matrix.rows, rows


def test_a_stray_value_after_the_last_option_is_still_a_problem():
    matrix = parse_matrix([["Voter", "A", "B"], ["Ana", "1", "2", "", "5"], ["Ben", "2", "1", " "]])
    assert matrix.rows[0].problems == ("a value in column E has no option name in the header",)
    assert matrix.rows[1].problems == () and matrix.rows[1].values == {"A": 2, "B": 1}
