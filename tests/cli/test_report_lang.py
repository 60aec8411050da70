"""``facilitator-app report FILE --lang LANG`` and ``faq FILE --lang LANG`` (issue 19).

The report command writes the workshop's report and workbook in ``--lang``
(after the command or before it), else in the workshop's participants'
language, else in English; ``faq --lang es`` writes a Spanish handout. One
run in a real process; the others run the command line in this process.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator_app.i18n.messages import set_message_language
from facilitator_app.services.demo import create_demo
from facilitator_app.services.reports import resolve_workshop
from facilitator_app.storage.models import Workshop
from facilitator_app.storage.workspace import open_workspace
from tests.cli_in_process import run_main


@pytest.fixture(autouse=True)
def english_messages_after():
    yield
    set_message_language("en")  # run_main set the process's message language


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("ws") / "Grenada démo.cluster"
    create_demo(path).close()
    return path


def set_language(path, language: str | None) -> None:
    ws = open_workspace(path, backups_kept=0)
    try:
        with ws.session() as s:
            s.get(Workshop, resolve_workshop(s, None)).language = language
    finally:
        ws.close()


def first_pages(path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages[:3])


def test_lang_after_the_command_in_a_real_process(demo, tmp_path):
    out = tmp_path / "informe.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "report", str(out), "--workspace", str(demo),
         "--lang", "es"],
        check=False, capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert result.returncode == 0, result.stderr
    text = first_pages(out)
    assert "INFORME DEL TALLER" in text
    assert "Resumen" in text
    assert "18 de marzo de 2026" in text
    assert "Summary" not in text


def test_without_lang_the_workshops_language_then_english(demo, tmp_path):
    set_language(demo, "fr")
    try:
        french = tmp_path / "rapport.pdf"
        result = run_main("report", str(french), "--workspace", str(demo))
        assert result.returncode == 0, result.stderr
        overridden = tmp_path / "verslag.pdf"
        result = run_main("report", str(overridden), "--workspace", str(demo), "--lang", "nl")
        assert result.returncode == 0, result.stderr
    finally:
        set_language(demo, None)
    english = tmp_path / "report.pdf"
    result = run_main("report", str(english), "--workspace", str(demo))
    assert result.returncode == 0, result.stderr
    assert "Synthèse" in first_pages(french)
    assert "18 mars 2026" in first_pages(french)
    assert "Samenvatting" in first_pages(overridden)
    assert "Synthèse" not in first_pages(overridden)
    assert "Summary" in first_pages(english)
    assert "18 March 2026" in first_pages(english)


def test_creole_workshop_gives_a_french_report(demo, tmp_path):
    set_language(demo, "ht")
    try:
        out = tmp_path / "rapò.pdf"
        result = run_main("report", str(out), "--workspace", str(demo))
        assert result.returncode == 0, result.stderr
    finally:
        set_language(demo, None)
    assert "RAPPORT D’ATELIER" in first_pages(out)


def test_the_workbook_gets_lang_too(demo, tmp_path):
    english, dutch = tmp_path / "book.xlsx", tmp_path / "werkmap.xlsx"
    assert run_main("report", str(english), "--workspace", str(demo)).returncode == 0
    result = run_main("report", str(dutch), "--workspace", str(demo), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert load_workbook(dutch).sheetnames != load_workbook(english).sheetnames


def test_an_unknown_lang_is_a_usage_error(demo, tmp_path):
    result = run_main("report", str(tmp_path / "x.pdf"), "--workspace", str(demo),
                      "--lang", "de")
    assert result.returncode == 2
    assert "--lang" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_faq_handout_in_spanish_and_for_creole_readers(tmp_path):
    spanish = tmp_path / "preguntas.pdf"
    result = run_main("faq", str(spanish), "--lang", "es")
    assert result.returncode == 0, result.stderr
    text = first_pages(spanish)
    assert "Clústeres e iniciativas clúster" in text
    assert "Preguntas frecuentes" in text
    assert "Página 1 de" in text or "Página 2 de" in text
    assert "Clusters and cluster initiatives" not in text
    creole = tmp_path / "kesyon.pdf"
    result = run_main("faq", str(creole), "--lang", "ht")
    assert result.returncode == 0, result.stderr
    assert "Les grappes et les initiatives de grappe" in first_pages(creole)


def test_the_global_lang_before_the_command_counts_the_same(demo, tmp_path):
    set_language(demo, "fr")
    try:
        out = tmp_path / "informe.pdf"
        result = run_main("--lang", "es", "report", str(out), "--workspace", str(demo))
        assert result.returncode == 0, result.stderr
    finally:
        set_language(demo, None)
    assert "Resumen" in first_pages(out)
    assert "Synthèse" not in first_pages(out)
