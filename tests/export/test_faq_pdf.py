"""The FAQ handout PDF: opens, has every question, prints accents, stable."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from facilitator_app.core.faq import load_faq
from facilitator_app.export.faq_pdf import write_faq_handout


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    path = write_faq_handout(tmp_path_factory.mktemp("faq") / "handout.pdf")
    return path, PdfReader(path)


def test_writes_a_pdf_with_every_question_heading(handout):
    path, reader = handout
    assert path.read_bytes()[:5] == b"%PDF-"
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    for entry in load_faq():
        assert _flat(entry.title) in text, entry.title
    assert "Frequently asked questions" in text


def test_title_page_then_numbered_pages(handout):
    _, reader = handout
    pages = len(reader.pages)
    assert pages >= 4
    cover = reader.pages[0].extract_text()
    assert "Clusters and cluster initiatives" in cover
    assert "Page 1 of" not in cover  # the cover has no footer
    assert f"Page 2 of {pages}" in reader.pages[1].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()


def test_accented_characters_extract_right(handout):
    _, reader = handout
    text = " ".join(page.extract_text() for page in reader.pages)
    for word in ("Sölvell", "Coopérative", "Asociación", "Ö."):
        assert word in text, word


def test_every_font_is_embedded_dejavu(handout):
    _, reader = handout
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert any("DejaVuSans" in name for name in seen)
    assert all("DejaVu" in name for name in seen), seen  # no un-embedded base-14 fonts


def test_outline_lists_the_questions(handout):
    _, reader = handout
    top = [item["/Title"] for item in reader.outline if not isinstance(item, list)]
    assert top == [entry.title for entry in load_faq()]


def test_page_count_is_stable(tmp_path):
    first = write_faq_handout(tmp_path / "a.pdf")
    second = write_faq_handout(tmp_path / "b.pdf")
    assert len(PdfReader(first).pages) == len(PdfReader(second).pages)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]  # no temp files


def test_unwritable_target_is_a_user_error(tmp_path):
    from facilitator_app.core.errors import UserError

    with pytest.raises(UserError):
        write_faq_handout(tmp_path / "missing-folder" / "handout.pdf")


def test_content_markup_is_escaped_and_unknown_links_print_as_text(tmp_path):
    from facilitator_app.core.faq import parse_entry

    entry = parse_entry(
        "---\nid: odd\n---\n# Smith & Sons <Ltd>?\n\n"
        "See [elsewhere](faq:not-here), [the roster](app:roster) & <b>this</b>.\n\n"
        "Source: A & B",
        number=1,
    )
    reader = PdfReader(write_faq_handout(tmp_path / "odd.pdf", [entry]))
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    assert "1. Smith & Sons <Ltd>?" in text
    assert "See elsewhere, the roster & <b>this</b>." in text
    assert "Source: A & B" in text


@pytest.mark.parametrize(
    ("lang", "title", "question", "footer"),
    [
        ("es", "Clústeres e iniciativas clúster", "¿Qué es una iniciativa clúster?", "Página 2 de"),
        ("fr", "Questions fréquentes", "Quels sont les types de grappes", "Page 2 sur"),
        ("nl", "Veelgestelde vragen", "Welke soorten clusters zijn er?", "Pagina 2 van"),
    ],
)
def test_handout_in_each_language(tmp_path, lang, title, question, footer):
    out = write_faq_handout(tmp_path / f"faq-{lang}.pdf", lang=lang)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert title in text
    assert question in text
    assert footer in text
    assert "What is a cluster?" not in text


def test_french_handout_header_has_the_space_before_the_colon(tmp_path):
    """The running header and the document title say 'title : subtitle' in
    French (a non-breaking space before the colon), 'title: subtitle' in English."""
    french = PdfReader(write_faq_handout(tmp_path / "fr.pdf", lang="fr"))
    heading = "Les grappes et les initiatives de grappe\u00a0: Questions fréquentes"
    assert french.metadata.title == heading
    assert heading.replace("\u00a0", " ") in french.pages[1].extract_text().replace("\u00a0", " ")
    assert "grappe: Questions" not in french.pages[1].extract_text()
    english = PdfReader(write_faq_handout(tmp_path / "en.pdf"))
    assert english.metadata.title.endswith(": Frequently asked questions")
