"""The workbook on the stress workspace: whole ballots on one row, filters on every
data sheet, feasibility in the results, the audit in words, a reasonable print."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from facilitator_app.core.voting import QUADRANTS
from facilitator_app.export.workbook import BALLOTS_SHEET
from facilitator_app.services import reports, voting
from tests.export.stress_fixtures import ARABIC_MEMBER, MATRIX_TITLE, stress_workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stress-book")
    ws = stress_workspace(folder / "stress.cluster")
    with ws.session() as s:
        data = reports.gather(s, 1)
    book = reports.write_outputs(folder / "stress.xlsx", data)
    yield ws, data, book
    ws.close()


def header_map(row: tuple) -> dict[str, int]:
    return {h: i for i, h in enumerate(row) if h is not None}


def test_impact_and_feasibility_of_a_ballot_are_on_one_row(stress):
    ws, data, book = stress
    sheet = load_workbook(book)[BALLOTS_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if isinstance(r[0], str)
                 and r[0].startswith(f"Round 2: {MATRIX_TITLE}"))
    assert "ballots (impact, then feasibility)" in rows[start][0]
    header = rows[start + 1]
    r2 = data.rounds[1]
    labels = [o.label for o in r2.info.options]
    assert list(header[:1 + 2 * len(labels)]) == \
        ["Voter", *labels, *(f"{label} (feasibility)" for label in labels)]
    body = []
    for row in rows[start + 2:]:
        if row[0] is None:
            break
        body.append(row)
    with ws.session() as s:
        stored = {b.voter_name: b for b in voting.ballots(s, r2.info.id)}
    assert len(body) == len(stored) == 54
    by_label = {o.id: o.label for o in r2.info.options}
    for row in body:
        ballot = stored[row[0]]  # a named round: the voter's name
        col = header_map(header)
        for option_id, value in ballot.values.items():
            assert row[col[by_label[option_id]]] == value
        for option_id, value in ballot.values2.items():
            assert row[col[f"{by_label[option_id]} (feasibility)"]] == value
    assert ARABIC_MEMBER in stored  # the Arabic name is a voter of this named round
    assert any(row[0] == ARABIC_MEMBER for row in body)


def test_every_data_sheet_can_be_filtered(stress):
    _ws, data, book = stress
    wb = load_workbook(book)
    for sheet in wb.worksheets:
        tables = list(sheet.tables.values())
        if tables:
            for table in tables:
                assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        else:
            assert sheet.auto_filter.ref, sheet.title
    ballots = wb[BALLOTS_SHEET]
    assert sorted(ballots.tables) == [f"Ballots_Round_{r.number}" for r in data.rounds]
    assert {"Attendance_by_type", "Vote_rounds"} <= set(wb["Summary"].tables)


def test_results_give_feasibility_the_quadrant_and_the_weights(stress):
    _ws, data, book = stress
    rows = list(load_workbook(book)["Results"].iter_rows(values_only=True))
    col = header_map(rows[0])
    r2 = data.rounds[1]
    q = r2.quadrants
    words = dict(QUADRANTS.values())
    checked = 0
    for row in rows[1:]:
        if row[col["Round"]] == 2 and row[col["View"]] == "All voters":
            option = next(o.label for o in r2.info.options
                          if o.title == row[col["Priority"]])
            assert row[col["Feasibility (mean)"]] == pytest.approx(
                float(q.feasibility.score_of(option)))
            assert row[col["Impact x feasibility"]] == words[q.quadrants[option]]
            checked += 1
        if row[col["View"]] == "All voters":
            assert row[col["Weighted"]] == ("Yes" if row[col["Round"]] == 3 else "No")
    assert checked == 12


def test_the_audit_is_in_words_with_who_did_it(stress):
    _ws, _data, book = stress
    rows = list(load_workbook(book)["Audit"].iter_rows(values_only=True))
    col = header_map(rows[0])
    assert {"What happened", "By", "Code"} <= set(col)
    body = rows[1:]
    assert len(body) > 150
    code = re.compile(r"^[a-z_]+\.[a-z_.]+$")
    for row in body:
        assert row[col["What happened"]] and not code.match(row[col["What happened"]]), row
        assert row[col["By"]], row
        assert code.match(row[col["Code"]]), row
    recorded = [r for r in body if r[col["Code"]] == "ballot.created" and r[col["Round"]] == 2]
    assert recorded and {r[col["What happened"]] for r in recorded} == {"Ballot recorded"}
    assert {r[col["By"]] for r in recorded} == {"Jean-Baptiste"}
    # A whole ballot is summed up, not printed: the Ballots sheet has it.
    assert all("12 priorities (in full on the Ballots sheet)" in r[col["Details"]]
               for r in recorded)
    closed = [r for r in body if r[col["Code"]] == "round.closed"]
    assert [r[col["What happened"]] for r in closed] == ["Vote round closed"] * 3
    assert {r[col["By"]] for r in closed} == {"Marie-Thérèse"}
    created = next(r for r in body if r[col["Code"]] == "workshop.created")
    assert created[col["What happened"]] == "Workshop created"
    assert created[col["By"]] == "not recorded"


def test_print_set_up(stress):
    _ws, _data, book = stress
    wb = load_workbook(book)
    audit = wb["Audit"]
    assert audit.page_setup.orientation == "landscape"
    assert audit.page_setup.fitToWidth == 1 and audit.page_setup.fitToHeight == 0
    assert audit.sheet_properties.pageSetUpPr.fitToPage
    assert audit.print_title_rows == "$1:$1"
    for sheet in wb.worksheets:
        assert sheet.page_setup.paperSize == 9, sheet.title  # A4
        if not sheet.tables:  # one table per sheet: its header row repeats on every page
            assert sheet.print_title_rows, sheet.title
    ballots = wb[BALLOTS_SHEET]  # 25 columns for the two-criteria round
    if ballots.page_setup.fitToWidth > 1:
        assert ballots.print_title_cols == "$A:$A"  # the voter repeated on each page across


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_printed_with_libreoffice_the_audit_takes_a_few_pages(stress, tmp_path):
    _ws, _data, book = stress
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(book)],
        check=False, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "stress.pdf"
    pages = []
    n = 1
    while True:
        page = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                              capture_output=True, text=True, check=False)
        if page.returncode != 0 or not page.stdout.strip():
            break
        pages.append(page.stdout)
        n += 1
    audit = [p for p in pages if "When (UTC)" in p]
    # About 200 audit entries, some 50 to a page (the review counted 46 audit pages).
    assert 2 <= len(audit) <= 6, len(audit)
    assert len(pages) <= 40, len(pages)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_filter_buttons_on_every_data_sheet(stress, tmp_path):
    """Opened in LibreOffice (and saved as .ods to look inside), every data sheet and
    each round's ballots have a range with filter buttons."""
    import zipfile

    _ws, data, book = stress
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "ods",
         "--outdir", str(tmp_path), str(book)],
        check=False, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    content = zipfile.ZipFile(tmp_path / "stress.ods").read("content.xml").decode("utf-8")
    ranges = re.findall(r'<table:database-range table:name="([^"]+)" '
                        r'table:target-range-address="([^"]+)" '
                        r'table:display-filter-buttons="true"', content)
    names = {name for name, _ in ranges}
    sheets = {address.split(".")[0].strip("'").replace("&apos;", "") for _, address in ranges}
    assert {f"Ballots_Round_{r.number}" for r in data.rounds} <= names
    wb = load_workbook(book)
    assert set(wb.sheetnames) <= sheets, set(wb.sheetnames) - sheets  # Summary: its tables
