"""Hostile text goes through every export and comes back as typed.

Member names, SWOT items and priorities that look like spreadsheet formulas,
markup, entities, emoji and right-to-left script: no export may turn them
into a formula or markup, and the files that can be read back (xlsx, csv,
the ballot matrix) must give back exactly what was typed.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from facilitator_app.services import attendance, priorities, roster, swot, voting
from facilitator_app.services.reports import export_workshop
from facilitator_app.services.workshops import create_workshop
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import open_workspace

HOSTILE = [
    "=1+1",
    "@SUM(A1)",
    "+cmd|' /C calc'!A0",
    "-2+3 rounding",
    "<b>bold</b>",
    "&amp; Partners",
    "Smith & Sons <Ltd>",
    "Cacao 🍫 Growers",
    "שיתוף פעולה חקלאי",  # Hebrew, right to left
    "تعاونية الكاكاو",  # Arabic, right to left
]
# What a PDF must show literally (the PDF font has no emoji glyphs and draws
# right-to-left script in stored order, so those two are checked in files
# that can be read back exactly).
PDF_LITERAL = ["=1+1", "@SUM(A1)", "<b>bold</b>", "&amp; Partners", "Smith & Sons <Ltd>"]


@pytest.fixture
def hostile_workspace(tmp_path):
    ws = open_workspace(tmp_path / "hostile.cluster", create=True)
    with ws.session() as s:
        ids = [roster.add_member(s, {"name": name, "member_type": "firm"}) for name in HOSTILE]
        w = create_workshop(s, "Injection drill", date=date(2026, 5, 1), venue="<Hall> & Co")
        attendance.add_attendees(s, w.id, ids, role="voter")
        for name in HOSTILE:
            swot.add_item(s, w.id, "S", f"{name}")
        pids = [priorities.add_priority(s, w.id, name).id for name in HOSTILE[:6]]
        info = voting.create_round(s, w.id, pids, "approval", anonymity="named")
        for k, member_id in enumerate(ids):
            voting.record_ballot(s, info.id, {o.id: (k + j) % 2 for j, o in enumerate(info.options)},
                                 voter_id=member_id)
        voting.close_round(s, info.id)
    yield ws
    ws.close()


def _cells(path: Path) -> list:
    book = load_workbook(path)  # not read-only: data_type tells a formula from text
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    book.close()
    return cells


def test_roster_xlsx_and_csv_keep_hostile_names_as_text(hostile_workspace, tmp_path):
    xlsx, csv_path = tmp_path / "roster.xlsx", tmp_path / "roster.csv"
    with hostile_workspace.session() as s:
        roster.export_roster(s, xlsx)
        roster.export_roster(s, csv_path)
    cells = _cells(xlsx)
    assert not [c.coordinate for c in cells if c.data_type == "f"], "a formula was written"
    values = {c.value for c in cells}
    for name in HOSTILE:
        assert name in values
    # CSV: no cell may start with a formula character as a spreadsheet reads it
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), cell
    # and both import back into an empty workspace exactly as typed
    for path in (xlsx, csv_path):
        fresh = open_workspace(tmp_path / f"fresh-{path.suffix[1:]}.cluster", create=True)
        try:
            with fresh.session() as s:
                result = roster.import_file(s, path)
                assert result.rejected == 0, result.plan
                names = set(s.scalars(select(Member.name)))
            assert names == set(HOSTILE)
        finally:
            fresh.close()


def test_workbook_keeps_hostile_text_as_text(hostile_workspace, tmp_path):
    path = tmp_path / "workshop.xlsx"
    with hostile_workspace.session() as s:
        export_workshop(s, path)
    cells = _cells(path)
    assert not [c.coordinate for c in cells if c.data_type == "f"], "a formula was written"
    values = {c.value for c in cells if isinstance(c.value, str)}
    for text in HOSTILE:
        assert any(text in v for v in values), text


def test_ballot_matrix_from_the_workbook_retallies_with_hostile_names(hostile_workspace,
                                                                        tmp_path):
    path = tmp_path / "workshop.xlsx"
    with hostile_workspace.session() as s:
        export_workshop(s, path)
        info = voting.list_rounds(s, 1)[0]
        expected = voting.tally_round(s, info.id).result
    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book["Ballots"].iter_rows(values_only=True)]
    book.close()
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Voter")
    block = []
    for r in rows[start:]:
        if not r or r[0] is None:
            break
        block.append(r)
    matrix = tmp_path / "round.csv"
    with open(matrix, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([[("" if v is None else v) for v in r] for r in block])
    assert {r[0] for r in block[1:]} == set(HOSTILE)  # named round: names as typed
    out = subprocess.run([sys.executable, "-m", "facilitator_app", "tally", str(matrix),
                          "--method", "approval", "--json"], capture_output=True, text=True,
                         cwd=Path(__file__).parents[2], timeout=120)
    assert out.returncode == 0, out.stderr
    import json

    got = json.loads(out.stdout)
    assert [(r["option"], r["position"]) for r in got["ranking"]] == [
        (r.option, r.position) for r in expected.ranking]


def test_report_pdf_prints_markup_literally(hostile_workspace, tmp_path):
    path = tmp_path / "report.pdf"
    with hostile_workspace.session() as s:
        export_workshop(s, path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(text.split())
    for literal in PDF_LITERAL + ["<Hall> & Co"]:
        assert literal in flat, literal
    assert "bold" in flat and "<b>bold</b>" in flat  # shown as typed, not made bold
