"""Shared PDF pieces: escaping, fonts, header and "Page X of Y" footer."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from facilitator_app.export.pdf_common import (
    MARKER,
    TEXT_FAMILY,
    collect_missing,
    esc,
    get_stylesheet,
    plain,
    register_fonts,
    shape,
    write_pdf,
)


def test_esc_keeps_user_text_as_typed():
    assert esc("Smith & Sons <Ltd>") == "Smith &amp; Sons &lt;Ltd&gt;"
    assert esc(None) == ""
    assert esc(42) == "42"
    assert esc("a\x00b\x1fc") == "abc"
    assert esc("one\ntwo", multiline=True) == "one<br/>two"


def test_register_fonts_is_idempotent():
    register_fonts()
    register_fonts()


def test_user_text_header_and_page_numbers(tmp_path):
    styles = get_stylesheet()
    story = [
        Paragraph(esc("Smith & Sons <Ltd>"), styles["Title"]),
        Paragraph(esc("Coopérative agricole, Año Nuevo, Pêche"), styles["Heading1"]),
        PageBreak(),
        Paragraph(esc("Second page"), styles["Body"]),
        PageBreak(),
        Paragraph(esc("Third page"), styles["Body"]),
    ]
    path = write_pdf(
        tmp_path / "sample.pdf",
        story,
        title="Sample",
        header_text="Cluster <Ñandú> & co",
        cover_page=True,
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "Smith & Sons <Ltd>" in first
    assert "Coopérative agricole, Año Nuevo, Pêche" in first
    assert "Page 1 of 3" not in first  # cover page: no footer
    second = reader.pages[1].extract_text()
    assert "Page 2 of 3" in second
    assert "Cluster <Ñandú> & co" in second
    assert "Page 3 of 3" in reader.pages[2].extract_text()
    assert reader.metadata.title == "Sample"


ARABIC_NAME = "جمعية منتجي الكاكاو في الشمال"


def test_right_to_left_runs_are_joined_and_reversed_and_kept_whole():
    shown = shape(f"Member: {ARABIC_NAME} (Grenada)")
    assert shown.startswith("Member: ") and shown.endswith(" (Grenada)")
    run = shown.removeprefix("Member: ").removesuffix(" (Grenada)")
    assert " " not in run and "\u00a0" in run  # never wrapped inside
    # Joined forms (presentation forms), in visual order: the last word first.
    words = [unicodedata.normalize("NFKC", w) for w in run.split("\u00a0")]
    assert words == [w[::-1] for w in reversed(ARABIC_NAME.split())]
    assert all("\ufb50" <= ch <= "\ufeff" for ch in run.replace("\u00a0", ""))
    assert shape("Coopérative Ñandú") == "Coopérative Ñandú"


def test_characters_the_text_face_lacks_come_from_dejavu_or_print_as_a_marker():
    with collect_missing() as missing:
        markup = esc("Plan → 2027", face_name=TEXT_FAMILY, bold=True)
        assert markup == 'Plan <font face="DejaVuSans-Bold">→</font> 2027'
        assert esc("Café Ñandú", face_name=TEXT_FAMILY) == "Café Ñandú"
        assert missing == []
        marked = esc("東京 Trading 🇯🇵", face_name=TEXT_FAMILY)
        assert marked == f"{MARKER} Trading {MARKER}"  # one marker for a row of them
        assert plain("東京 & co") == f"{MARKER} & co"
    assert missing == ["東京 Trading 🇯🇵", "東京 & co"]
    assert "<font" in esc(ARABIC_NAME, face_name=TEXT_FAMILY)  # Open Sans has no Arabic


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_an_arabic_name_in_logical_order(tmp_path):
    styles = get_stylesheet(text_face=True)
    story = [Paragraph(esc(f"Voting member: {ARABIC_NAME}", face_name=TEXT_FAMILY),
                       styles["Body"]),
             Paragraph(f"<b>{esc(ARABIC_NAME, face_name=TEXT_FAMILY, bold=True)}</b>",
                       styles["Body"])]
    path = write_pdf(tmp_path / "rtl.pdf", story, title="RTL", text_face=True,
                     header_text=ARABIC_NAME)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    # The joined forms read back as the letters typed (NFKC), words in order.
    logical = unicodedata.normalize("NFKC", text)
    assert logical.count(ARABIC_NAME) == 3, logical
    reader = PdfReader(path)
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert fonts == {"OpenSans", "OpenSans-Bold", "DejaVuSans", "DejaVuSans-Bold"}
