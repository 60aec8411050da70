"""The FAQ in Spanish, French and Dutch: every answer translated, with the
same questions, sections, lists and links as the English one; the loader
picks the language and falls back to English per answer; search ignores
accents in every language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from facilitator_app.core.faq import FaqEntry, faq_dir, load_faq, search

TRANSLATED = ("es", "fr", "nl")


def shape(entry: FaqEntry) -> list[tuple[str, int, int]]:
    """The outline of an answer: each block's kind, heading level and item count."""
    return [(block.kind, block.level, len(block.items)) for block in entry.blocks]


def targets(entry: FaqEntry) -> list[str]:
    return [link.target for link in entry.links]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_answer_has_a_translation_with_the_english_structure(lang):
    english = load_faq()
    folder = faq_dir() / lang
    names = sorted(p.name for p in folder.glob("[0-9]*.md"))
    assert names == sorted(e.path.name for e in english if e.path)  # same files, no extra one
    translated = load_faq(lang=lang)
    assert [e.id for e in translated] == [e.id for e in english]
    for en, tr in zip(english, translated, strict=True):
        assert tr.lang == lang, f"{en.id} has no {lang} translation"
        assert tr.question != en.question, f"{en.id}: the {lang} question is still English"
        assert shape(tr) == shape(en), f"{en.id}: the {lang} answer differs in structure"
        assert targets(tr) == targets(en), f"{en.id}: the {lang} links differ"
        assert tr.source_label != "" and tr.source.strip()


def test_source_words_per_language():
    labels = {lang: {e.source_label for e in load_faq(lang=lang)} for lang in TRANSLATED}
    assert labels["es"] <= {"Fuente", "Fuentes"}
    assert labels["fr"] <= {"Source", "Sources"}
    assert labels["nl"] <= {"Bron", "Bronnen"}


def test_a_missing_translation_falls_back_to_english(tmp_path: Path):
    folder = tmp_path / "faq"
    shutil.copytree(faq_dir(), folder)
    (folder / "es" / "04-benefits.md").unlink()
    entries = {e.id: e for e in load_faq(folder, lang="es")}
    assert entries["benefits"].lang == "en"
    assert entries["benefits"].question == "What are the benefits of cluster initiatives?"
    assert entries["what-is-a-cluster"].lang == "es"
    assert entries["what-is-a-cluster"].question == "¿Qué es un clúster?"
    assert [e.number for e in entries.values()] == list(range(1, 10))


def test_an_unknown_language_gives_english():
    assert [e.question for e in load_faq(lang="xx")] == [e.question for e in load_faq()]


@pytest.mark.parametrize(
    ("lang", "query", "entry_id"),
    [
        ("es", "iniciativa cluster", "what-is-a-cluster-initiative"),  # finds "clúster"
        ("es", "CAMARONICULTURA belice", "regional-examples"),  # finds "Belice"
        ("fr", "reseau", "purpose-of-a-cluster-initiative"),  # finds "réseaux"
        ("nl", "garnalenkweek", "regional-examples"),
    ],
)
def test_search_in_a_translation_ignores_case_and_accents(lang, query, entry_id):
    found = [m.entry.id for m in search(load_faq(lang=lang), query)]
    assert entry_id in found
