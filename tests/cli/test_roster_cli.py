"""``facilitator-app roster import|export`` as a user runs it.

A real process where what reaches the console is the claim (the exit code
of a refused import, accented names and quotes through its pipes); the
others run the same command line in this process (``run_main``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import open_workspace
from tests.cli_in_process import run_main

REPO = Path(__file__).resolve().parents[2]
# Made by tests/fixtures/make_fixtures.py, which says what each row is for.
FIXTURES = REPO / "tests" / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess:
    """``facilitator-app roster ARGS`` in a new process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "facilitator_app", "roster", *args],
        cwd=REPO, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )


def run_here(*args: str) -> subprocess.CompletedProcess:
    """``facilitator-app roster ARGS`` in this process."""
    return run_main("roster", *args)


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "empty.cluster"
    open_workspace(path, create=True).close()
    return path


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "démo.cluster"
    create_demo(path).close()
    return path


def members(path: Path) -> list[str]:
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            return sorted(s.scalars(select(Member.name)))
    finally:
        ws.close()


def test_import_with_an_error_row_imports_nothing_and_exits_1(empty):
    done = run("import", str(FIXTURES / "roster_messy.xlsx"), "--workspace", str(empty))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "roster_messy.xlsx: 15 rows of members (header on row 4)"
    assert lines[1:7] == [
        ("row 7: warning: Email \u201cestate@belmont\u201d is not a valid e-mail address: "
        "left empty, the text is kept in the notes."),
        ("row 11: error: The organisation name is a formula "
        "(=HYPERLINK(\"http://pool.example.invalid\",\"Nutmeg Pool\")); formulas are never run "
        "or imported. Type the name instead."),
        ("row 13: warning: Same organisation as row 5 "
        "(\u201cCoop\u00e9rative Agricole de Sainte-Rose\u201d): skipped as a duplicate "
        "(the first row counts)."),
        ("row 17: warning: Type \u201cAgro-tourism guide\u201d is not a known member type: left "
        "empty, the text is kept in the notes."),
        ("row 17: warning: Join date \u201cafter the AGM\u201d is not a date: left empty, the "
        "text is kept in the notes."),
        ("row 20: warning: Join date 2202-03-15 is in the future: left empty, the text is kept "
        "in the notes."),
    ]
    assert ("Would import: 13 new, 1 duplicate row in the file skipped, 1 row in error left out"
            in done.stdout)
    assert "Nothing was imported: 1 row is in error" in done.stdout
    assert members(empty) == []


def test_dry_run_changes_nothing_and_reports_the_same(empty):
    done = run_here("import", str(FIXTURES / "roster_messy.csv"), "--workspace", str(empty),
                    "--dry-run", "--skip-invalid")
    assert done.returncode == 1
    assert "row 6: warning: Join date \u201c12/05/2022\u201d can be read day first" in done.stdout
    assert ("Would import: 13 new, 1 duplicate row in the file skipped, 1 row in error left out"
            in done.stdout)
    assert "Dry run: nothing was changed." in done.stdout
    assert members(empty) == []


def test_skip_invalid_imports_the_other_rows(empty):
    done = run_here("import", str(FIXTURES / "roster_messy.csv"), "--workspace", str(empty),
                    "--skip-invalid")
    assert done.returncode == 1  # the input had a rejected row
    assert ("Imported: 13 new, 1 duplicate row in the file skipped, 1 row in error left out"
            in done.stdout)
    names = members(empty)
    assert len(names) == 13 and "Carriacou Sloop Chocolate Makers" in names


def test_update_duplicates_in_the_demo(demo):
    done = run_here("import", str(FIXTURES / "roster_messy.xlsx"), "--workspace", str(demo),
                    "--skip-invalid", "--on-duplicate", "update")
    assert ("Imported: 10 new, 3 updated (12 fields), 1 duplicate row in the file skipped, "
            "1 row in error left out") in done.stdout
    assert "row 7: warning: Already in the roster as \u201cBelmont Estate" in done.stdout
    # "chocolaterie bel kakao" is the demo's member, named as the roster has it
    lines = done.stdout.splitlines()
    at = lines.index("row 19: warning: Already in the roster as \u201cChocolaterie B\u00e8l "
                     "Kakao\u201d: updated field by field (4 from the file).")
    assert lines[at + 1:at + 3] == [
        ("row 19:   Organisation: Chocolaterie B\u00e8l Kakao kept, not chocolaterie bel kakao "
         "(same name without its accents: the roster's spelling kept)"),
        "row 19:   Size: Micro -> Small",
    ]
    assert len(members(demo)) == 40


def test_clean_file_exits_0(empty, tmp_path):
    clean = tmp_path / "clean.csv"
    clean.write_text("Organisation;Type\nBelmont Estate;Firm\nGrenada Bureau of Standards;"
                     "Quality standards body\n", encoding="cp1252")
    done = run_here("import", str(clean), "--workspace", str(empty))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "Imported: 2 new"
    assert members(empty) == ["Belmont Estate", "Grenada Bureau of Standards"]


def test_update_keeps_accents_and_values_the_file_lacks(empty, tmp_path):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("Organisation,Contact person,Phone,Notes\n"
                     "Coop\u00e9rative du Nord,Jos\u00e9 P\u00e9rez,473-440-1111,Pays by cheque\n",
                     encoding="utf-8")
    second.write_text("Organisation,Contact person,Phone,Notes\n"
                      "Cooperative du Nord,Jose Perez,,Call first\n"
                      "Belmont Estate,Shanice Noel,473-442-9600,\n"
                      "BELMONT ESTATE,S. Noel,,\n", encoding="utf-8")
    assert run_here("import", str(first), "--workspace", str(empty)).returncode == 0
    done = run("import", str(second), "--workspace", str(empty), "--on-duplicate", "update")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == (
        "Imported: 1 new, 1 updated (1 field), 1 duplicate row in the file skipped")
    assert ("row 2:   Contact person: Jos\u00e9 P\u00e9rez kept, not Jose Perez (same name "
            "without its accents: the roster's spelling kept)") in done.stdout
    assert ("row 2:   Phone: 473-440-1111 kept, not (empty) (empty in the file: the roster's "
            "value kept)") in done.stdout
    ws = open_workspace(empty)
    try:
        with ws.session() as s:
            nord = s.scalars(select(Member).where(Member.name.like("Coop%"))).one()
            assert (nord.name, nord.contact_person, nord.phone, nord.notes) == (
                "Coop\u00e9rative du Nord", "Jos\u00e9 P\u00e9rez", "473-440-1111",
                "Pays by cheque\nCall first")
            belmont = s.scalars(select(Member).where(Member.name == "Belmont Estate")).one()
            assert belmont.contact_person == "Shanice Noel"  # row 4 repeats row 3: skipped
    finally:
        ws.close()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.csv", None, "does not exist"),
        ("list.ods", b"x", "cannot be read"),
        ("list.xlsx", b"not a workbook", "not an Excel workbook"),
        ("nohead.csv", b"1,2,3\n4,5,6\n", "no header row found"),
    ],
)
def test_unreadable_files_exit_2_with_one_line(empty, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    done = run_here("import", str(path), "--workspace", str(empty))
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_export_xlsx_and_csv_then_bad_extension(demo, tmp_path):
    xlsx, csv_path = tmp_path / "roster.xlsx", tmp_path / "roster.csv"
    done = run_here("export", str(xlsx), "--workspace", str(demo))
    assert done.returncode == 0 and "30 members written" in done.stdout
    sheet = load_workbook(xlsx)["Members"]
    assert sheet.max_row == 31
    assert run_here("export", str(csv_path), "--workspace", str(demo)).returncode == 0
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfOrganisation,")
    bad = run_here("export", str(tmp_path / "roster.pdf"), "--workspace", str(demo))
    assert bad.returncode == 2 and "as .xlsx or .csv only" in bad.stderr
    assert not (tmp_path / "roster.pdf").exists()


def test_export_then_import_into_an_empty_workspace(demo, empty, tmp_path):
    target = tmp_path / "roster.xlsx"
    assert run_here("export", str(target), "--workspace", str(demo)).returncode == 0
    done = run_here("import", str(target), "--workspace", str(empty))
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1] == "Imported: 30 new"
    assert members(empty) == members(demo)
    ws = open_workspace(empty)
    try:
        with ws.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 30
    finally:
        ws.close()


def test_missing_workspace_option_is_exit_2(tmp_path):
    done = run("import", str(FIXTURES / "roster_messy.csv"))
    assert done.returncode == 2 and "--workspace" in done.stderr
