"""The programme report's wide sheets print readably (LibreOffice's PDF of the
workbook): landscape A4, scaled to fit the page's width only (as many pages
tall as the rows need, two pages across when the columns are too wide for
one at a readable size), the header row and the cluster's name column
repeated on every page. Two workspaces sent to the PostgreSQL server of the
test run (tests/pg.py), as in test_programme_report.py."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from facilitator_app.services.programme.report import export_programme
from tests.services.test_programme_report import OTHER_NAME, programme  # noqa: F401

pytestmark = pytest.mark.pg

GRENADA = "Grenada Cocoa & Spice Cluster"


def test_the_clusters_sheet_is_set_up_to_print_across_with_its_names_repeated(
        programme, tmp_path):  # noqa: F811 - the fixture imported above
    engine, _files = programme
    written, _ = export_programme(engine, tmp_path / "programme.xlsx")
    ws = load_workbook(written)["Clusters"]
    assert ws.max_column == 27
    setup = ws.page_setup
    assert setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert setup.fitToHeight == 0  # as many pages tall as needed
    assert setup.fitToWidth == 2  # too wide for one page across at a readable size
    assert ws.print_title_rows == "$1:$1"
    assert ws.print_title_cols == "$A:$A"  # the cluster's name on the second page too


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _words(pdf, page: int) -> list[tuple[str, float]]:
    """(word, height in points) of one page, from pdftotext's boxes."""
    import re

    done = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                           "-"], check=True, capture_output=True, text=True, timeout=60)
    return [(m.group(3), float(m.group(2)) - float(m.group(1)))
            for m in re.finditer(r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" '
                                 r'yMax="([^"]+)">([^<]*)</word>', done.stdout)]


@pytest.mark.slow
@pytest.mark.skipif(_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_libreoffice_prints_the_clusters_sheet_readably_with_names_on_each_page(
        programme, tmp_path):  # noqa: F811
    engine, _files = programme
    written, _ = export_programme(engine, tmp_path / "programme.xlsx")
    out = tmp_path / "lo"
    done = subprocess.run(
        [_soffice(), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(out), str(written)],
        check=False, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    pdf = out / "programme.pdf"
    from pypdf import PdfReader

    count = len(PdfReader(pdf).pages)
    pages = {n: _words(pdf, n) for n in range(1, count + 1)}
    # the Clusters sheet: its first page has the Sector column, its last the App version
    first = next(n for n, words in pages.items() if "Sector" in {w for w, _h in words})
    last = next(n for n, words in pages.items()
                if [w for w, _h in words if w in ("App", "version")] == ["App", "version"])
    assert last == first + 1  # two pages across (two clusters: one page tall)
    for n in (first, last):
        words = [w for w, _h in pages[n]]
        assert "Grenada" in words and "=Clúster" in words  # column A on both pages
        heights = [h for w, h in pages[n] if w in ("Grenada", "Colombia", "Cluster")]
        # 11 pt text printed at about half size or more (the 27 columns on one
        # page across printed a name 3.4 points tall)
        assert heights and min(heights) >= 6.0, heights
    assert OTHER_NAME  # the second cluster's name starts with '=Clúster'
