"""Page breaks a reader expects: tables split with a few rows each side, headings
stay with the first rows of their table."""

from __future__ import annotations

import re

from pypdf import PdfReader
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from facilitator_app.export.pdf_common import DocumentTemplate, get_stylesheet, table_style
from facilitator_app.export.pdf_layout import KeepWithFirstRows, SplitTable

ROW = 20.0  # points: every row of the test tables is this tall


def table(rows: int) -> SplitTable:
    data = [["Header"]] + [[f"row {n:02d}"] for n in range(1, rows + 1)]
    t = SplitTable(data, rowHeights=[ROW] * (rows + 1), repeatRows=1)
    t.setStyle(table_style())
    return t


def rows_per_page(path) -> list[list[int]]:
    return [[int(n) for n in re.findall(r"row (\d+)", page.extract_text())]
            for page in PdfReader(path).pages]


def frame_height() -> float:
    return DocumentTemplate("/dev/null", title="t").height


def test_a_long_table_never_leaves_two_rows_at_a_page_foot(tmp_path):
    # Room for the header and two rows only at the foot of the first page.
    filler = frame_height() - 3 * ROW - 2
    path = tmp_path / "t.pdf"
    DocumentTemplate(str(path), title="t").build_story([Spacer(1, filler), table(30)])
    pages = rows_per_page(path)
    assert pages[0] == []  # moved on rather than leave "row 01, row 02" alone
    assert pages[1][:3] == [1, 2, 3]
    assert sorted(n for page in pages for n in page) == list(range(1, 31))


def test_a_split_leaves_at_least_three_rows_on_the_next_page(tmp_path):
    # Room for 29 of 30 rows: the last one must not go over alone.
    filler = frame_height() - 30 * ROW - 2
    path = tmp_path / "t.pdf"
    DocumentTemplate(str(path), title="t").build_story([Spacer(1, filler), table(30)])
    pages = rows_per_page(path)
    assert len(pages[1]) >= 3 and len(pages[0]) >= 3
    assert pages[0] + pages[1] == list(range(1, 31))


def test_a_short_table_moves_whole_with_its_heading(tmp_path):
    styles = get_stylesheet()
    filler = frame_height() - 6 * ROW
    heading = Paragraph("Change since round 1", styles["Heading3"])
    path = tmp_path / "t.pdf"
    DocumentTemplate(str(path), title="t").build_story(
        [Spacer(1, filler), KeepWithFirstRows([heading], table(8))])
    reader = PdfReader(path)
    first, second = (page.extract_text() for page in reader.pages)
    assert "Change since round 1" not in first  # not left alone at the foot
    assert "Change since round 1" in second and "row 01" in second and "row 08" in second


def test_a_heading_starts_with_a_long_table_where_three_rows_fit(tmp_path):
    styles = get_stylesheet()
    filler = frame_height() - 7 * ROW - 1.5 * cm
    heading = Paragraph("Voting members", styles["Heading3"])
    path = tmp_path / "t.pdf"
    DocumentTemplate(str(path), title="t").build_story(
        [Spacer(1, filler), KeepWithFirstRows([heading], table(40))])
    pages = rows_per_page(path)
    first = PdfReader(path).pages[0].extract_text()
    assert "Voting members" in first and len(pages[0]) >= 3  # started here, with its rows
    assert sorted(n for page in pages for n in page) == list(range(1, 41))
