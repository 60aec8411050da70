"""``demo PATH --lang es|fr|nl|ht``: the demo workshop in its participants'
language, and its workbook in that language (issue 19)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from facilitator_app.core.action_plan import ACTION_STATUSES
from facilitator_app.export.workbook import sheet_names, write_workbook
from facilitator_app.i18n.messages import output_language
from facilitator_app.paths import get_asset
from facilitator_app.services import decisions, reports
from facilitator_app.services.demo import demo_data, demo_texts, translatable_texts
from facilitator_app.storage.models import Member, Priority, SwotItem, Workshop
from facilitator_app.storage.workspace import open_workspace
from tests.cli_in_process import run_main

ENGLISH_TEXTS = translatable_texts(demo_data())


def make_demo(folder, *argv: str):
    path = folder / "demo.cluster"
    result = run_main("demo", str(path), *argv)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def spanish_demo(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("es"), "--lang", "es")


def content(path):
    ws = open_workspace(path, backups_kept=0)
    try:
        with ws.session() as s:
            [workshop] = s.scalars(select(Workshop)).all()
            return {
                "language": workshop.language,
                "title": workshop.title,
                "members": sorted(s.scalars(select(Member.name)).all()),
                "priorities": [p.title for p in s.scalars(select(Priority)
                                                          .order_by(Priority.position))],
                "swot": {item.text for item in s.scalars(select(SwotItem))},
                "statement": decisions.list_decisions(s, workshop.id)[0].statement,
                "actions": [a.title for a in decisions.list_actions(s, workshop_id=workshop.id)],
            }
    finally:
        ws.close()


def test_the_spanish_demo_is_in_spanish_with_the_same_members(spanish_demo, tmp_path):
    es = content(spanish_demo)
    en = content(make_demo(tmp_path))
    assert es["language"] == "es" and en["language"] is None
    assert es["title"] == "Taller de priorización 2026"
    assert "Marca de exportación conjunta para el cacao fino" in es["priorities"]
    assert "Mazorca negra y plagas" in es["swot"]
    assert es["statement"].startswith("Los miembros adoptan")
    assert "Capacitación de los productores en el protocolo de fermentación y secado" \
        in es["actions"]
    assert es["members"] == en["members"]  # names stay
    assert len(es["priorities"]) == len(en["priorities"]) and len(es["swot"]) == len(en["swot"])
    assert len(es["actions"]) == len(en["actions"])
    assert not set(es["priorities"]) & set(en["priorities"])


def test_the_global_lang_option_makes_the_creole_demo(tmp_path):
    path = tmp_path / "ht.cluster"
    result = run_main("--lang", "ht", "demo", str(path))
    assert result.returncode == 0, result.stderr
    ht = content(path)
    assert ht["language"] == "ht"
    assert "Mak ekspòtasyon ansanm pou bon kakawo" in ht["priorities"]  # participants: Creole
    assert "Maladi gous nwa ak ensèk ki fè dega" in ht["swot"]
    assert ht["statement"].startswith("Les membres adoptent")  # the facilitator's side: French


def test_an_unknown_language_is_refused_before_a_file_is_made(tmp_path):
    result = run_main("demo", str(tmp_path / "x.cluster"), "--lang", "de")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    assert not (tmp_path / "x.cluster").exists()


@pytest.mark.parametrize("lang", ["es", "fr", "nl", "ht"])
def test_every_demo_text_has_its_translation(lang):
    texts = demo_texts(lang)
    assert set(ENGLISH_TEXTS) - set(texts) == set()
    raw = json.loads(get_asset("demo", lang, "demo_content.json").read_text(encoding="utf-8"))
    assert set(raw["texts"]) <= set(ENGLISH_TEXTS), "texts the demo no longer has"
    translated = demo_data(lang)
    if lang != "ht":
        same = [t for t in ENGLISH_TEXTS if texts[t] == t]
        assert set(same) <= {"XCD", "sites"}, same  # a currency, and French "sites"
    else:
        english_priorities = [p["title"] for p in demo_data()["priorities"]]
        french = demo_texts("fr")
        for title, english in zip([p["title"] for p in translated["priorities"]],
                                  english_priorities, strict=True):
            assert title not in (english, french[english])  # Creole, not French


def test_the_english_demo_is_the_file_as_it_is():
    raw = json.loads(get_asset("demo", "demo_workspace.json").read_text(encoding="utf-8"))
    assert demo_data() == raw == demo_data("en")


# ----- the Spanish demo's workbook ---------------------------------------------------------
@pytest.fixture(scope="module")
def spanish_book(spanish_demo, tmp_path_factory):
    ws = open_workspace(spanish_demo, backups_kept=0)
    try:
        with ws.session() as s:
            data = reports.gather(s, 1)
        lang = output_language(None, data.workshop.language, None)
        assert lang == "es"
        return write_workbook(tmp_path_factory.mktemp("book") / "taller.xlsx", data, lang=lang)
    finally:
        ws.close()


def test_the_spanish_demos_workbook_is_in_spanish(spanish_book):
    wb = load_workbook(spanish_book)
    assert wb.sheetnames == sheet_names("es")
    assert wb.sheetnames[0] == "Resumen" and "Plan de acción" in wb.sheetnames
    swot = list(wb["FODA"].iter_rows(values_only=True))
    assert swot[0][:3] == ("Cuadrante", "Ref.", "Elemento")
    assert ("Amenazas", "Mazorca negra y plagas") in {(r[0], r[2]) for r in swot[1:]}
    summary = {r[0]: r[1] for r in wb["Resumen"].iter_rows(values_only=True) if r[0]}
    assert summary["Taller"] == "Taller de priorización 2026"
    day = wb["Resumen"].cell(next(i for i, r in enumerate(
        wb["Resumen"].iter_rows(values_only=True), start=1) if r[0] == "Fecha"), 2)
    assert isinstance(day.value, datetime | date) and day.is_date and day.number_format
    results = wb["Resultados"]
    titles = [c.value for c in results[1]]
    assert titles[:5] == ["Ronda", "Método", "Vista", "Posición", "Prioridad"]
    scores = [r[titles.index("Puntuación")] for r in results.iter_rows(min_row=2)
              if isinstance(r[titles.index("Puntuación")].value, float)]
    assert scores and scores[0].number_format in ("0.00", "0%")
    views = {r[titles.index("Vista")] for r in results.iter_rows(min_row=2, values_only=True)}
    assert views == {"Todos los votantes", "Solo empresas"}


def test_the_spanish_demos_action_plan_imports_back(spanish_demo, spanish_book, tmp_path):
    book = load_workbook(spanish_book)
    plan = book["Plan de acción"]
    titles = [c.value for c in plan[1]]
    row = next(r for r in range(2, plan.max_row + 1) if plan.cell(
        r, titles.index("Acción") + 1).value.startswith("Capacitación de los productores"))
    plan.cell(row, titles.index("Estado") + 1).value = "Terminada"
    back = tmp_path / "devuelto.xlsx"
    book.save(back)
    ws = open_workspace(spanish_demo, backups_kept=0)
    try:
        with ws.session() as s:
            preview = decisions.preview_plan_import(s, decisions.read_returned_plan(back))
    finally:
        ws.close()
    assert preview.ok, preview.problems
    assert [(c.title, [(f.field, f.before, f.after) for f in c.changes])
            for c in preview.changes] == [
        ("Capacitación de los productores en el protocolo de fermentación y secado",
         [("Status", "Late", "Done")])]
    assert {label for _key, label in ACTION_STATUSES} >= {"Late", "Done"}


def test_the_creole_demos_workbook_is_french_with_creole_content(tmp_path):
    path = make_demo(tmp_path, "--lang", "ht")
    ws = open_workspace(path, backups_kept=0)
    try:
        with ws.session() as s:
            data = reports.gather(s, 1)
    finally:
        ws.close()
    book = load_workbook(write_workbook(tmp_path / "atelye.xlsx", data,
                                       lang=output_language(None, data.workshop.language, None)))
    assert book.sheetnames == sheet_names("fr")
    first = next(book["Bulletins"].iter_rows(values_only=True))[0]
    # the round's own numbered title (Creole) is not numbered again in French
    assert first.startswith("Tou vòt 1: klase kandida yo | méthode borda (Classement"), first


def test_demo_then_report_gives_the_workbook_in_the_workshops_language(spanish_demo, tmp_path):
    """The commands as a facilitator types them: no --lang on the report, the
    workshop's language (Spanish, from demo --lang es) decides; --lang wins."""
    book = tmp_path / "taller.xlsx"
    result = run_main("report", str(book), "--workspace", str(spanish_demo))
    assert result.returncode == 0, result.stderr
    wb = load_workbook(book)
    assert wb.sheetnames == sheet_names("es")
    assert [c.value for c in wb["Decisiones"][1]][:2] == ["Prioridad adoptada", "Ronda"]
    dutch = tmp_path / "werkmap.xlsx"
    assert run_main("report", str(dutch), "--workspace", str(spanish_demo),
                    "--lang", "nl").returncode == 0
    assert load_workbook(dutch).sheetnames == sheet_names("nl")
