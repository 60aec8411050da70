"""The workshop workbook: sheets, real types, text never a formula, ballots that re-count."""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator_app.core.errors import UserError
from facilitator_app.export import safe_write
from facilitator_app.export.workbook import BALLOTS_SHEET, SHEET_NAMES
from facilitator_app.services import reports, voting
from tests.export.report_fixtures import (
    ACCENTED,
    FORMULA_MEMBER,
    FORMULA_SWOT,
    MARKUP_PRIORITY,
    MINUS_PRIORITY,
    rich_workspace,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    ws = rich_workspace(tmp_path_factory.mktemp("ws") / "rich.cluster")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def books(workspace, tmp_path_factory):
    """Workshop 1 (the demo day: anonymous then secret round) and 2 (named round)."""
    folder = tmp_path_factory.mktemp("books")
    paths = {}
    with workspace.session() as s:
        for workshop_id in (1, 2):
            paths[workshop_id] = reports.export_workshop(
                s, folder / f"workshop {workshop_id}.xlsx", workshop_id)
    return paths


def rows_of(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def test_every_sheet_is_there_in_order(books):
    wb = load_workbook(books[1])
    assert wb.sheetnames == list(SHEET_NAMES)
    for name in SHEET_NAMES:
        ws = wb[name]
        # A styled header row at the top (below a title row on Ballots, and on
        # Attendance when the voting members are not named).
        headers = [r for r in ws.iter_rows(min_row=1, max_row=2)
                   if r[0].font.b and r[0].fill.fgColor.rgb.endswith("D9E2F3")]
        assert headers, name
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert "Page &P of &N" in ws.oddFooter.right.text
        assert ws.oddHeader.left.text == "Grenada Cocoa && Spice Cluster"  # & escaped
        assert ws.column_dimensions["A"].width >= 6


def test_headers_are_frozen_and_filterable(books):
    wb = load_workbook(books[2])
    for name in ("SWOT", "TOWS", "Priorities", "Results", "Consensus", "Audit"):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref.startswith("A1:"), name
        assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("D9E2F3")
        assert ws.print_title_rows == "$1:$1"
    assert wb["Attendance"].freeze_panes == "A2"
    assert wb["Attendance"].auto_filter.ref == f"A1:G{1 + 22}"  # 20 voters + 2 observers


def test_summary_holds_real_types(books):
    ws = load_workbook(books[1])["Summary"]
    facts = {row[0]: row[1] for row in rows_of(ws) if row[0] and row[1] is not None}
    assert facts["Cluster"] == "Grenada Cocoa & Spice Cluster"
    assert facts["Date"] == datetime(2026, 3, 18)  # a date cell, not text
    assert ws["B7"].number_format == "yyyy-mm-dd"
    assert facts["Voting members"] == 19 and facts["Observers"] == 2
    assert facts["Ballots"] == 38
    assert isinstance(facts["Exported"], datetime)
    assert "secret ballots" in facts["Voting members named"]


def test_results_and_consensus_are_numbers(books):
    wb = load_workbook(books[1])
    results = rows_of(wb["Results"])
    header, body = results[0], results[1:]
    col = {h: i for i, h in enumerate(header)}
    borda = [r for r in body if r[col["Round"]] == 1 and r[col["View"]] == "All voters"]
    assert [r[col["Position"]] for r in borda] == list(range(1, 9))
    assert borda[0][col["Priority"]] == "Shared fermentation & drying centre"
    assert borda[0][col["Score"]] == 107 and isinstance(borda[0][col["Score"]], int)
    assert borda[0][col["Winner"]] == "Yes"
    firms = [r for r in body if r[col["Round"]] == 1 and r[col["View"]] == "Firms only"]
    assert firms[0][col["Ballots counted"]] == 15
    secret_note = [r for r in body if r[col["Round"]] == 2 and r[col["View"]] == "Firms only"]
    assert len(secret_note) == 1 and "Secret round" in secret_note[0][col["Note"]]
    gradients = [r for r in body if r[col["Round"]] == 2 and r[col["View"]] == "All voters"]
    assert gradients[1][col["Score"]] == pytest.approx(16 / 19)
    assert gradients[1][col["Position in previous round"]] == 2
    assert gradients[1][col["Places moved up"]] == 0

    consensus = rows_of(wb["Consensus"])
    ch = {h: i for i, h in enumerate(consensus[0])}
    ranked = [r for r in consensus[1:] if r[ch["Round"]] == 1]
    assert ranked[0][ch["Kendall's W"]] == pytest.approx(0.436, abs=1e-3)
    assert ranked[0][ch["Agreement (W)"]] == "moderate agreement"
    assert isinstance(ranked[0][ch["p-value"]], float)
    grad = {r[ch["Priority"]]: r for r in consensus[1:] if r[ch["Round"]] == 2}
    cert = grad["Certification support (organic, fair trade)"]
    assert cert[ch["Blocks"]] == 1 and cert[ch["Consensus reached"]] == "No"
    assert cert[ch["Support"]] == pytest.approx(10 / 19)
    assert cert[ch["IQR"]] == 3.5 and isinstance(cert[ch["Tastle-Wierman"]], float)
    row = next(i for i, r in enumerate(consensus, start=1) if r[ch["Round"]] == 2)
    assert wb["Consensus"].cell(row=row, column=ch["Support"] + 1).number_format == "0%"
    assert wb["Consensus"].cell(row=row, column=ch["Tastle-Wierman"] + 1).number_format == "0.000"


def test_text_that_looks_like_a_formula_stays_text(books):
    wb = load_workbook(books[2])
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in (FORMULA_MEMBER, FORMULA_SWOT, MINUS_PRIORITY):
                    found.setdefault(cell.value, []).append((ws.title, cell.data_type))
    assert set(found) == {FORMULA_MEMBER, FORMULA_SWOT, MINUS_PRIORITY}
    for value, places in found.items():
        assert all(kind == "s" for _sheet, kind in places), (value, places)
    assert ("Attendance", "s") in found[FORMULA_MEMBER]
    assert ("Ballots", "s") in found[FORMULA_MEMBER]  # a voter's name in the named round
    # And nowhere did anything become a formula.
    assert not any(c.data_type == "f" for ws in wb.worksheets for r in ws.iter_rows() for c in r)


def test_names_only_where_the_anonymity_mode_allows(books):
    demo_day = load_workbook(books[1])
    voters = {r[0] for r in rows_of(demo_day[BALLOTS_SHEET]) if r[0]}
    assert "Belmont Estate Cocoa Farmers" not in voters
    assert {f"Voter {i}" for i in range(1, 20)} <= voters
    attendance = [r[0] for r in rows_of(demo_day["Attendance"])]
    assert "Belmont Estate Cocoa Farmers" not in attendance  # a secret round that day
    assert "Ministry of Agriculture, Lands and Forestry" in attendance  # an observer
    audit = " ".join(str(r[5]) for r in rows_of(demo_day["Audit"]))
    assert "Belmont" not in audit and "values" not in audit

    named = load_workbook(books[2])
    voters = [r[0] for r in rows_of(named[BALLOTS_SHEET])]
    assert "Smith & Sons <Ltd>" in voters and ACCENTED in voters
    assert MARKUP_PRIORITY in rows_of(named[BALLOTS_SHEET])[1]


def round_blocks(ws) -> dict[int, list[tuple]]:
    """Each round's matrix (header row + ballot rows) from the stacked Ballots sheet."""
    blocks: dict[int, list[tuple]] = {}
    current = None
    for row in ws.iter_rows(values_only=True):
        first = row[0]
        if isinstance(first, str) and first.startswith("Round ") and " | method " in first:
            current = int(first.split()[1].rstrip(":"))
            if "feasibility ratings" in first:
                current = None
            else:
                blocks[current] = []
            continue
        if all(v is None for v in row):
            current = None
            continue
        if current is not None:
            blocks[current].append(row)
    return blocks


def tally_cli(path: Path, method: str, *extra: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "tally", str(path), "--method", method,
         "--json", *extra],
        check=False, capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("workshop_id", [1, 2])
def test_ballots_sheet_recounts_to_the_apps_ranking(workspace, books, tmp_path, workshop_id):
    ws = load_workbook(books[workshop_id], data_only=True)[BALLOTS_SHEET]
    blocks = round_blocks(ws)
    with workspace.session() as s:
        rounds = voting.list_rounds(s, workshop_id)
        assert sorted(blocks) == [r.number for r in rounds]
        for info in rounds:
            block = blocks[info.number]
            if len(block) == 1:  # a round with no ballot yet (the demo's open one)
                assert not voting.ballots(s, info.id)
                continue
            width = len(info.options) + 1
            assert list(block[0][:width]) == ["Voter", *(o.label for o in info.options)]
            path = tmp_path / f"round {info.number}.csv"
            with open(path, "w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                for row in block:
                    writer.writerow(["" if v is None else v for v in row[:width]])
            extra = []
            if info.method == "gradients":
                extra = ["--threshold", str(info.params.get("support_threshold", 0.75))]
            got = tally_cli(path, info.method, *extra)
            app = voting.tally_round(s, info.id, view="all").result.to_dict()
            assert got["ranking"] == app["ranking"]
            assert got["winners"] == app["winners"]
            assert got["ballots_counted"] == len(block) - 1


def test_a_failed_write_leaves_no_file(workspace, tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"

    def refuse(_src, _dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write.os, "replace", refuse)
    with workspace.session() as s, pytest.raises(UserError, match="read-only or the file is open"):
        reports.export_workshop(s, target, 1)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(workspace, tmp_path):
    with workspace.session() as s, pytest.raises(UserError, match="does not exist"):
        reports.export_workshop(s, tmp_path / "gone" / "out.xlsx", 1)
    assert not (tmp_path / "gone").exists()


def test_an_existing_file_is_replaced_whole(workspace, tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old content")
    with workspace.session() as s:
        reports.export_workshop(s, target, 2)
    assert load_workbook(target).sheetnames == list(SHEET_NAMES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_sheet(books, tmp_path):
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()
    # 44 = comma, 34 = quote, 76 = UTF-8, last -1 = every sheet to its own file.
    flt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    done = subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", flt,
         "--outdir", str(out), str(books[2])],
        check=False, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr
    files = {p.stem.removeprefix("workshop 2-"): p for p in out.glob("*.csv")}
    assert set(files) == set(SHEET_NAMES), files
    read = {name: list(csv.reader(p.read_text(encoding="utf-8").splitlines()))
            for name, p in files.items()}
    summary = {r[0]: r[1] for r in read["Summary"] if len(r) > 1}
    assert summary["Cluster"] == "Grenada Cocoa & Spice Cluster"
    assert summary["Date"] == "2026-06-10"  # a real date, shown with its format
    names = [r[0] for r in read["Attendance"]]
    assert ACCENTED in names and "Smith & Sons <Ltd>" in names and FORMULA_MEMBER in names
    ballots = read["Ballots"]
    header = next(r for r in ballots if r and r[0] == "Voter")
    assert MARKUP_PRIORITY in header
    swot = [r[2] for r in read["SWOT"]]
    assert FORMULA_SWOT in swot  # shown as typed, not evaluated
    results = read["Results"]
    assert results[1][results[0].index("Score")] == "20"


def test_dates_are_dates(books):
    wb = load_workbook(books[2])
    audit = rows_of(wb["Audit"])
    assert all(isinstance(r[0], datetime) for r in audit[1:])
    assert wb["Audit"]["A2"].number_format == "yyyy-mm-dd hh:mm:ss"
    summary = {r[0]: r[1] for r in rows_of(wb["Summary"]) if r[0]}
    assert summary["Date"].date() == date(2026, 6, 10)


def test_no_temporary_files_left_by_openpyxl(workspace, tmp_path):
    before = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    with workspace.session() as s:
        reports.export_workshop(s, tmp_path / "a.xlsx", 1)
    after = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    assert not [n for n in after - before if n.startswith("openpyxl.")]
