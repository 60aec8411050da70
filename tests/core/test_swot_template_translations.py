"""The built-in SWOT templates in Spanish, French and Dutch: every template
translated, with as many prompts per quadrant as the English one."""

from __future__ import annotations

import json

import pytest

from facilitator_app.core import swot_templates as mod
from facilitator_app.core.errors import UserError
from facilitator_app.core.swot_templates import QUADRANT_KEYS, load_builtin_templates

TRANSLATED = ("es", "fr", "nl")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_template_is_translated_with_the_english_prompt_counts(lang):
    english = {t.id: t for t in load_builtin_templates()}
    folder = mod.builtin_templates_dir() / lang
    assert sorted(p.stem for p in folder.glob("*.json")) == sorted(english)  # no extra file
    translated = load_builtin_templates(lang)
    assert translated[0].id == "generic"
    assert sorted(t.id for t in translated) == sorted(english)
    for template in translated:
        source = english[template.id]
        assert template.builtin
        assert template.name != source.name, f"{lang}/{template.id}: the name is still English"
        assert template.description and template.description != source.description
        for key in QUADRANT_KEYS:
            assert len(template.prompts[key]) == len(source.prompts[key]), (lang, template.id, key)
            assert not set(template.prompts[key]) & set(source.prompts[key]), (
                f"{lang}/{template.id}/{key}: a prompt is still English"
            )


def test_names_use_the_words_of_each_language():
    names = {lang: {t.id: t.name for t in load_builtin_templates(lang)} for lang in TRANSLATED}
    assert names["es"]["generic"] == "Clúster genérico"
    assert names["fr"]["generic"] == "Grappe générique"
    assert names["nl"]["tourism"] == "Toerisme"
    es_prompts = dict(zip([t.id for t in load_builtin_templates("es")],
                          [t.prompts for t in load_builtin_templates("es")], strict=True))
    assert "¿Dónde perdemos producto entre la cosecha y el mercado?" in es_prompts[
        "agri-business"]["W"]


def test_an_untranslated_template_stays_english_and_an_unknown_language_is_english(
    tmp_path, monkeypatch
):
    root = tmp_path / "swot_templates"
    root.mkdir()
    for path in mod.builtin_templates_dir().glob("*.json"):
        (root / path.name).write_bytes(path.read_bytes())
    (root / "es").mkdir()
    es = mod.builtin_templates_dir() / "es" / "tourism.json"
    (root / "es" / "tourism.json").write_bytes(es.read_bytes())
    monkeypatch.setattr(mod, "builtin_templates_dir", lambda: root)
    by_id = {t.id: t.name for t in load_builtin_templates("es")}
    assert by_id["tourism"] == "Turismo"
    assert by_id["generic"] == "Generic cluster"
    assert {t.name for t in load_builtin_templates("../es")} == {
        t.name for t in load_builtin_templates()}


def test_a_translation_with_another_id_is_refused(tmp_path, monkeypatch):
    root = tmp_path / "swot_templates"
    (root / "fr").mkdir(parents=True)
    source = mod.builtin_templates_dir() / "generic.json"
    (root / "generic.json").write_bytes(source.read_bytes())
    data = json.loads((mod.builtin_templates_dir() / "fr" / "generic.json").read_text("utf-8"))
    data["id"] = "generique"
    (root / "fr" / "generic.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(mod, "builtin_templates_dir", lambda: root)
    with pytest.raises(UserError, match="generique"):
        load_builtin_templates("fr")
