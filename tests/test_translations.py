"""The catalogues (resources/i18n/*.ts): complete, faithful to their sources'
placeholders, in step with the UI's texts, compiled by lrelease, by the
package build, and found by Qt under the contexts the code looks them up in."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from facilitator_app import i18n, options
from facilitator_app.i18n import catalogues
from facilitator_app.i18n.catalogues import placeholders, problems, read_ts, ts_path
from facilitator_app.i18n.texts import Message, extract

REPO = Path(__file__).resolve().parents[1]
PLURAL_FORMS = {"es": 2, "fr": 2, "nl": 2}


@pytest.fixture(scope="module")
def extraction():
    return extract()


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_text_is_translated_and_keeps_its_placeholders(code):
    language, entries = read_ts(ts_path(code))
    assert language == code
    assert len(entries) > 1000
    assert problems(ts_path(code)) == []


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_counted_texts_have_every_plural_form(code):
    _language, entries = read_ts(ts_path(code))
    counted = [e for e in entries if e.numerus]
    assert counted, "no text with %n: the check below would prove nothing"
    for e in counted:
        assert len(e.translations) == PLURAL_FORMS[code], e.source
        assert all(t.strip() for t in e.translations), e.source
        assert "%n" in e.translations[-1], (e.source, e.translations)  # the plural says the number


def test_the_check_finds_what_a_translator_can_get_wrong(tmp_path):
    path = tmp_path / "facilitator_es.ts"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>MainWindow</name>
<message><source>Opened {0}</source><translation>Abierto</translation></message>
<message><source>&amp;File</source><translation>Archivo</translation></message>
<message><source>Copy saved to {0}</source><translation type="unfinished"></translation></message>
<message><source>&lt;b&gt;{0}&lt;/b&gt; saved</source><translation>{0} guardado</translation></message>
<message numerus="yes"><source>%n member(s)</source><translation>
<numerusform>%n miembro</numerusform><numerusform>{0} miembros</numerusform></translation></message>
<message><source>Dots left: {0} of {1}</source><translation>Quedan {1} de {0}</translation></message>
</context>
</TS>
""", encoding="utf-8")
    found = problems(path)
    assert any("'Opened {0}': placeholders []" in p for p in found)
    assert any("'&File'" in p and "shortcut letter" in p for p in found)
    assert any("'Copy saved to {0}': unfinished" in p for p in found)
    assert any("'Copy saved to {0}': empty translation" in p for p in found)
    assert any("markup differs" in p for p in found)
    assert any("'%n member(s)'" in p and "{0} miembros" in p for p in found)
    assert not any("Dots left" in p for p in found)  # the order may change, the set not
    assert placeholders("W = {1:.2f} ({3:+.2f}) %n %1") == ["%1", "%n", "{1:.2f}", "{3:+.2f}"]


def test_the_catalogues_hold_exactly_the_texts_of_the_ui(extraction):
    assert extraction.unread == [], "texts whose context or table could not be found"
    wanted = {(m.context, m.source, m.comment, m.numerus) for m in extraction.messages}
    for code in i18n.TRANSLATED:
        _language, entries = read_ts(ts_path(code))
        held = {(e.context, e.source, e.comment, e.numerus) for e in entries}
        missing = sorted(wanted - held)[:10]
        extra = sorted(held - wanted)[:10]
        assert not missing and not extra, (
            f"{code}: run `python -m facilitator_app.i18n update` and translate; "
            f"missing {missing}, no longer in the UI {extra}")


def test_texts_are_found_under_the_context_qt_looks_them_up_in(extraction):
    def has(context: str, source: str, numerus: bool = False) -> bool:
        return any(m.context == context and m.source == source and m.numerus == numerus
                   for m in extraction.messages)

    assert has("MainWindow", "&File")  # self.tr()
    assert has("WorkshopCommands", "Add SWOT item")  # a module's tr() helper
    assert has("RosterPage", "Import members")  # a module's _tr() helper
    assert has("SwotBoard", "Merge selected items")  # board.tr() in the quadrant's code
    assert has("MainWindow", "Members")  # QT_TRANSLATE_NOOP
    assert has("roster", "The organisation name is required.")  # T = QT_TRANSLATE_NOOP in core
    assert has("OptionsPage", "Facilitator name") and has("OptionsPage", "Same as the computer")
    assert has("SettingsDialog", "Display")  # the tabs, from the options' sections
    assert has("domain", "Firm") and has("AttendanceTab", "Firm")  # tables read by key
    assert has("RoundsModel", "Method")  # a model's COLUMNS
    assert has("BallotGridModel", "%n problem(s)", numerus=True)
    assert has("ResultsTab", "%n ballot(s)", numerus=True)  # a helper handing its count on
    languages = {name for _code, name in i18n.LANGUAGES}
    assert not any(m.source in languages and m.context == "OptionsPage"
                   for m in extraction.messages)  # each language keeps its own name
    assert {label for _key, label in options.option("language").choices} >= languages


def test_lrelease_compiles_every_catalogue_with_nothing_unfinished(tmp_path):
    for code in i18n.TRANSLATED:
        result = catalogues.run_pyside_tool(
            "lrelease", [str(ts_path(code)), "-qm", str(tmp_path / f"{code}.qm")])
        assert result.returncode == 0, result.stderr
        counts = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) "
                           r"unfinished\)", result.stdout)
        assert counts is not None, result.stdout
        total, finished, unfinished = map(int, counts.groups())
        assert total == finished > 1000 and unfinished == 0, result.stdout


def test_the_build_command_writes_catalogues_qt_loads(tmp_path):
    result = subprocess.run([sys.executable, "-m", "facilitator_app.i18n", "build",
                             str(tmp_path)], capture_output=True, text=True, cwd=REPO,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    expected = {
        "es": ("&Archivo", "Miembros", "3 problemas"),
        "fr": ("&Fichier", "Membres", "3 problèmes"),
        "nl": ("&Bestand", "Leden", "3 problemen"),
    }
    for code, (file_menu, members, problems_text) in expected.items():
        translator = QTranslator()
        assert translator.load(str(tmp_path / f"facilitator_{code}.qm"))
        assert translator.translate("MainWindow", "&File") == file_menu
        assert translator.translate("MainWindow", "Members") == members
        counted = translator.translate("BallotGridModel", "%n problem(s)", None, 3)
        assert counted.replace("%n", "3") == problems_text


def test_the_usage_is_said_for_an_unknown_command():
    result = subprocess.run([sys.executable, "-m", "facilitator_app.i18n", "translate"],
                            capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert result.returncode == 2
    assert "update" in result.stderr and "build" in result.stderr


@pytest.mark.slow
def test_building_the_package_compiles_the_catalogues_into_it(tmp_path):
    """From a checkout with no .qm at all: the wheel has one per language."""
    source = tmp_path / "checkout"
    for name in ("facilitator_app", "resources"):
        shutil.copytree(REPO / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    assert not list(source.rglob("*.qm"))
    out = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(out), str(source)], check=True, timeout=300,
                   capture_output=True)
    [wheel] = out.glob("facilitator_app-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        for code in i18n.TRANSLATED:
            data = archive.read(f"facilitator_app/resources/i18n/facilitator_{code}.qm")
            target = tmp_path / f"{code}.qm"
            target.write_bytes(data)
            translator = QTranslator()
            assert translator.load(str(target))
            assert translator.translate("MainWindow", "&Settings…") not in ("", "&Settings…")


def test_the_language_setting_defaults_to_the_computers():
    assert options.option("language").default == i18n.SYSTEM
    assert i18n.choose_language("fr", ["es-DO"]) == "fr"  # a choice made wins


def test_the_computers_first_language_the_app_has_is_chosen(monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.choose_language(i18n.SYSTEM, ["es-DO", "en-US"]) == "es"
    assert i18n.choose_language(i18n.SYSTEM, ["nl_SR.UTF-8"]) == "nl"
    assert i18n.choose_language(i18n.SYSTEM, ["de-DE", "fr-HT", "en"]) == "fr"
    assert i18n.choose_language(i18n.SYSTEM, ["pt-BR", "de"]) == "en"  # none of ours
    assert i18n.choose_language(i18n.SYSTEM, ["C"]) == "en"
    assert i18n.choose_language(i18n.SYSTEM, ["ht_HT.UTF-8", "en"]) == "fr"  # Creole: French
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "nl")
    assert i18n.choose_language(i18n.SYSTEM, ["es-DO"]) == "nl"


def test_a_message_list_lupdate_reads_back(tmp_path):
    """What ``update`` hands lupdate: every text, quotes, newlines and counts intact."""
    messages = {
        Message("MainWindow", 'Say "hi"\nthen\tgo \\ back'): ["ui/x.py:1"],
        Message("BallotGridModel", "%n problem(s)", numerus=True): ["ui/y.py:2"],
        Message("RoundDialog", "Open", "verb"): ["ui/z.py:3"],
    }
    listing = tmp_path / "texts.py"
    catalogues.write_message_list(messages, listing)
    result = catalogues.run_pyside_tool("lupdate", [str(listing), "-locations", "none",
                                                    "-target-language", "fr",
                                                    "-ts", str(tmp_path / "x_fr.ts")])
    assert result.returncode == 0, result.stderr
    _language, entries = read_ts(tmp_path / "x_fr.ts")
    got = {(e.context, e.source, e.comment, e.numerus, len(e.translations)) for e in entries}
    assert got == {("MainWindow", 'Say "hi"\nthen\tgo \\ back', "", False, 1),
                   ("BallotGridModel", "%n problem(s)", "", True, 2),
                   ("RoundDialog", "Open", "verb", False, 1)}
