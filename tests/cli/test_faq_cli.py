"""``facilitator-app faq FILE``: the handout from the command line."""

from __future__ import annotations

import subprocess
import sys

from pypdf import PdfReader


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator_app", *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_faq_writes_the_handout(tmp_path):
    out = tmp_path / "out.pdf"
    result = _run("faq", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(PdfReader(out).pages) >= 4
    assert "out.pdf" in result.stdout


def test_faq_refuses_a_file_that_is_not_a_pdf(tmp_path):
    result = _run("faq", str(tmp_path / "handout.docx"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and ".pdf" in lines[0]
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_faq_refuses_a_missing_folder(tmp_path):
    result = _run("faq", str(tmp_path / "nowhere" / "handout.pdf"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_faq_needs_a_file():
    result = _run("faq")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_faq_lang_fr_writes_a_french_handout(tmp_path):
    out = tmp_path / "out.pdf"
    result = _run("faq", "--lang", "fr", str(out))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "Les grappes et les initiatives de grappe" in text  # the title page
    assert "Qu’est-ce qu’une initiative de grappe" in text  # a question
    assert "Page 2 sur" in text  # the footer
    assert "What is a cluster initiative?" not in text


def test_faq_follows_the_language_setting_and_lang_overrides_it(tmp_path):
    from facilitator_app import options

    options.set_value("language", "nl")
    result = _run("faq", str(tmp_path / "setting.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Wat is een clusterinitiatief?" in _pdf_text(tmp_path / "setting.pdf")
    result = _run("faq", "--lang", "en", str(tmp_path / "english.pdf"))
    assert result.returncode == 0, result.stderr
    assert "What is a cluster initiative?" in _pdf_text(tmp_path / "english.pdf")


def test_faq_refuses_an_unknown_language(tmp_path):
    result = _run("faq", "--lang", "de", str(tmp_path / "out.pdf"))
    assert result.returncode == 2
    assert "--lang" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
