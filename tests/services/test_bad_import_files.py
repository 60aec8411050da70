"""Files from a bad day, everywhere a file comes in: roster and ballot imports.

Each gets a clear message (a UserError, never a traceback) and leaves the
workspace unchanged; the ones that are readable import exactly what they
hold, never half.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from facilitator_app.core.ballot_matrix import read_matrix
from facilitator_app.core.errors import UserError
from facilitator_app.services import roster
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import open_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.cluster", create=True)
    yield workspace
    workspace.close()


def members(ws) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)))


def zip_of_something_else(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photos/holiday.jpg", b"\xff\xd8\xff\xe0 not really a photo")
        z.writestr("readme.txt", "Just a zip file renamed to .xlsx")


BAD_FILES = {
    "empty.csv": lambda p: p.write_bytes(b""),
    "empty.xlsx": lambda p: p.write_bytes(b""),
    "junk.csv": lambda p: p.write_bytes(bytes(range(256)) * 20),
    "junk.xlsx": lambda p: p.write_bytes(bytes(range(256)) * 20),
    "other.xlsx": zip_of_something_else,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_unreadable_roster_files_are_refused_and_change_nothing(ws, tmp_path, name):
    path = tmp_path / name
    BAD_FILES[name](path)
    with ws.session() as s, pytest.raises(UserError) as info:
        roster.import_file(s, path)
    assert info.value.message and "Traceback" not in info.value.message
    assert members(ws) == 0


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_unreadable_ballot_files_are_refused(tmp_path, name):
    path = tmp_path / name
    BAD_FILES[name](path)
    with pytest.raises(UserError) as info:
        matrix = read_matrix(path)
        if not matrix.options:  # an empty table is refused, not silently counted
            raise AssertionError("an unusable file was read as a matrix")
    assert info.value.exit_code == 2


def test_merged_cells_hidden_sheet_and_formulas(ws, tmp_path):
    book = Workbook()
    hidden = book.active
    hidden.title = "Old list"
    hidden.append(["Name"])
    hidden.append(["Hidden Co"])
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("Members")
    sheet.append(["Caribbean cocoa members 2026"])
    sheet.merge_cells("A1:D1")  # a merged title row above the header
    sheet.append(["Organisation", "Type", "E-mail", "Country"])
    sheet.append(["Coopérative Ñame", "Firm", "info@nyame.ht", "Haiti"])
    sheet.append(["=CONCAT(\"Ev\",\"il\")", "Firm", "x@y.org", "Belize"])
    sheet.append(["Belize Cacao Growers", "Firm", "=HYPERLINK(\"http://x\")", "Belize"])
    sheet.merge_cells("D4:D5")
    path = tmp_path / "tricky.xlsx"
    book.save(path)
    with ws.session() as s:
        result = roster.import_file(s, path, skip_invalid=True)
    names = set()
    with ws.session() as s:
        names = set(s.scalars(select(Member.name)))
    # the formula in the name column is an error, never evaluated or stored
    assert not any(n.startswith("=") or n == "Evil" for n in names)
    assert result.rejected == 1
    assert "Coopérative Ñame" in names
    with ws.session() as s:
        belize = s.scalar(select(Member).where(Member.name == "Belize Cacao Growers"))
        # the formula in the email column is not stored as an email
        assert belize is not None and not (belize.email or "").startswith("=")


def test_a_huge_sheet_of_30000_rows_imports_whole_or_not_at_all(ws, tmp_path):
    rows = 30_000
    lines = ["Organisation,Type,Country"]
    lines += [f"Member {i:06d},Firm,Grenada" for i in range(rows)]
    lines.append(",Firm,Grenada")  # one row in error at the very end
    path = tmp_path / "huge.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with ws.session() as s:
        refused = roster.import_file(s, path)
    assert not refused.written and refused.rejected == 1
    assert members(ws) == 0  # nothing, not 30,000 of 30,001
    with ws.session() as s:
        result = roster.import_file(s, path, skip_invalid=True)
    assert result.added == rows and result.rejected == 1
    assert members(ws) == rows


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1", "utf-8-sig"])
def test_csv_in_the_usual_encodings_is_read_with_its_accents(ws, tmp_path, encoding):
    text = "Organisation;Type\nCafé Crème Co;Firm\nÑame Verde;Firm\n"
    path = tmp_path / f"odd-{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    with ws.session() as s:
        result = roster.import_file(s, path)
    assert result.added == 2
    with ws.session() as s:
        assert set(s.scalars(select(Member.name))) == {"Café Crème Co", "Ñame Verde"}


def test_a_mac_roman_csv_is_read_whole_though_its_accents_come_out_as_other_letters(
        ws, tmp_path):
    # Mac Roman cannot be told from Latin-1 by its bytes: never a crash, never half.
    text = "Organisation;Type\nCafé Crème Co;Firm\nÑame Verde;Firm\n"
    path = tmp_path / "mac.csv"
    path.write_bytes(text.encode("mac-roman"))
    with ws.session() as s:
        result = roster.import_file(s, path)
    assert result.added == 2
    with ws.session() as s:
        names = set(s.scalars(select(Member.name)))
    assert len(names) == 2 and "Café Crème Co" not in names


def test_ballot_matrix_with_merged_header_and_formula_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Voter", "Brand", "Centre", "Training"])
    sheet.append(["Ana", 1, 2, 3])
    sheet.append(["Ben", "=1+1", 1, 3])
    sheet.append(["Cécile", 3, 1, 2])
    path = tmp_path / "ballots.xlsx"
    book.save(path)
    matrix = read_matrix(path)
    bad = {row.voter: row.problems for row in matrix.rows if row.problems}
    assert list(bad) == ["Ben"]  # a formula is a problem of that row, not a number
    assert len(matrix.ballots()) == 2


def test_binary_in_memory_never_escapes_as_a_traceback():
    from facilitator_app.core.roster_import import read_csv_bytes

    for blob in (b"\xff\xfe\x00\x00", b"\x00" * 100, io.BytesIO(b"abc").getvalue() * 1000):
        try:
            read_csv_bytes(blob)
        except UserError:
            pass
