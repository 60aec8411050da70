"""Shared PDF pieces: escaping, fonts, header and "Page X of Y" footer."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from facilitator_app.export.pdf_common import esc, get_stylesheet, register_fonts, write_pdf


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
