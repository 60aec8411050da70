"""The workbook in the workshop's language: sheet names, headers and the app's
own words translated, the data as it is; a Spanish Action plan filled in and
saved again by LibreOffice still imports back (issue 19)."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from facilitator_app.core.action_plan import (
    ACTION_COLUMNS,
    ACTION_SHEET,
    ACTION_STATUSES,
    INDICATOR_COLUMNS,
    INDICATOR_SHEET,
)
from facilitator_app.core.action_plan_import import read_plan_book
from facilitator_app.core.errors import BadInputError
from facilitator_app.export.workbook import SHEET_NAMES, plan_words, sheet_names, write_workbook
from facilitator_app.i18n.messages import DOMAINS, Texts
from facilitator_app.i18n.po import extract
from facilitator_app.services import decisions, reports
from facilitator_app.services.demo import create_demo
from tests.libreoffice import saved_by_libreoffice, soffice

LATE = "Fermentation and drying protocol training for growers"
BRAND = "Brand name, logo and origin story for Grenada fine cocoa"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws = create_demo(tmp_path_factory.mktemp("demo") / "demo.cluster")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def data(demo):
    with demo.session() as s:
        return reports.gather(s, 1)


@pytest.fixture(scope="module")
def spanish(data, tmp_path_factory):
    return write_workbook(tmp_path_factory.mktemp("es") / "taller.xlsx", data, lang="es")


def header(sheet, row: int = 1) -> list:
    return [c.value for c in sheet[row]]


def test_sheet_names_and_headers_are_in_spanish(spanish):
    wb = load_workbook(spanish)
    assert wb.sheetnames == sheet_names("es")
    assert wb.sheetnames[:3] == ["Resumen", "Asistencia", "FODA"]
    assert {"Plan de acción", "Indicadores", "Decisiones", "Boletas", "Resultados"} <= set(
        wb.sheetnames)
    assert header(wb["Plan de acción"])[:4] == [
        "ID de la acción (no cambiar)", "Prioridad", "Acción", "Responsable"]
    assert header(wb["FODA"]) == ["Cuadrante", "Ref.", "Elemento", "Puntos", "Dicho por",
                                  "Usado en estrategias"]
    summary = [row[0] for row in wb["Resumen"].iter_rows(values_only=True)]
    assert "Taller" in summary and "Rondas de votación" in summary and "Clúster" in summary
    attendance = list(wb["Asistencia"].iter_rows(values_only=True))
    header_row = next(r for r in attendance if "Tipo de miembro" in r)
    kinds = {r[header_row.index("Tipo de miembro")] for r in attendance[
        attendance.index(header_row) + 1:]}
    assert kinds == {"Ministerio", "Donante / organismo internacional"}  # the observers
    # (the secret round leaves the voting members unnamed; the summary counts them by type)
    assert "Empresa" in {r[0] for r in wb["Resumen"].iter_rows(values_only=True)}
    quadrants = {row[0] for row in wb["FODA"].iter_rows(min_row=2, values_only=True)}
    assert quadrants == {"Fortalezas", "Debilidades", "Oportunidades", "Amenazas"}


def test_the_data_is_unchanged_and_typed(spanish, data):
    wb = load_workbook(spanish)
    plan = wb["Plan de acción"]
    titles = header(plan)
    rows = list(plan.iter_rows(min_row=2))
    # the data as it is: the actions' titles in the workspace's words
    assert [r[titles.index("Acción")].value for r in rows] == [a.title for a in data.actions]
    # a date cell is a date, with a number format
    due = next(r[titles.index("Fecha límite")] for r in rows
               if r[titles.index("Fecha límite")].value is not None)
    assert isinstance(due.value, datetime | date) and due.is_date
    assert due.number_format == "yyyy-mm-dd"
    # a decimal cell is a number
    budget = next(r[titles.index("Presupuesto estimado")] for r in rows
                  if r[titles.index("Presupuesto estimado")].value is not None)
    assert isinstance(budget.value, int | float) and budget.number_format == "#,##0.00"
    statuses = {r[titles.index("Estado")].value for r in rows}
    assert statuses <= {"No iniciada", "En curso", "Atrasada", "Terminada", "Descartada"}
    assert statuses
    consensus = wb["Consenso"]
    ctitles = header(consensus)
    w = [r[ctitles.index("W de Kendall")] for r in consensus.iter_rows(min_row=2)
         if isinstance(r[ctitles.index("W de Kendall")].value, float)]
    assert w and w[0].number_format == "0.000"


def test_the_status_drop_down_is_in_spanish(spanish):
    plan = load_workbook(spanish)["Plan de acción"]
    lists = [dv for dv in plan.data_validations.dataValidation if dv.type == "list"]
    assert lists and lists[0].formula1 == '"No iniciada,En curso,Atrasada,Terminada,Descartada"'
    assert "Elija una de" in lists[0].error


def test_english_is_the_default_and_unchanged(data, tmp_path):
    book = write_workbook(tmp_path / "en.xlsx", data)
    wb = load_workbook(book)
    assert wb.sheetnames == list(SHEET_NAMES) == sheet_names("en")
    assert tuple(header(wb[ACTION_SHEET])) == ACTION_COLUMNS


def test_creole_gets_the_french_workbook(data, tmp_path):
    wb = load_workbook(write_workbook(tmp_path / "ht.xlsx", data, lang="ht"))
    assert wb.sheetnames == sheet_names("fr")
    assert "Plan d'action" in wb.sheetnames and "Synthèse" in wb.sheetnames


@pytest.mark.parametrize("lang", DOMAINS["workbook"])
def test_sheet_names_are_valid_and_distinct(lang):
    names = sheet_names(lang)
    assert len(set(names)) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), name


def test_every_word_the_import_reads_is_in_the_catalogues():
    """The Action plan's sheets, columns and statuses are core's English words:
    the workbook catalogues must hold each, or a translated plan would not read back."""
    ids = {m.id for m in extract("workbook") if isinstance(m.id, str)}
    words = {ACTION_SHEET, INDICATOR_SHEET, *ACTION_COLUMNS, *INDICATOR_COLUMNS,
             *(label for _key, label in ACTION_STATUSES)}
    assert words - ids == set()
    for lang in DOMAINS["workbook"]:
        t = Texts("workbook", lang)
        statuses = [t(label) for _key, label in ACTION_STATUSES]
        assert len(set(statuses)) == len(statuses), lang  # each reads back to one status


# ----- reading a Spanish plan back --------------------------------------------------------
def fill_in_spanish(path, out):
    """What a member in Santo Domingo does: a status from the drop-down, a date, a new action."""
    book = load_workbook(path)
    plan = book["Plan de acción"]
    col = {title: i + 1 for i, title in enumerate(header(plan))}
    rows = {plan.cell(r, col["Acción"]).value: r for r in range(2, plan.max_row + 1)}
    plan.cell(rows[LATE], col["Estado"]).value = "Terminada"
    plan.cell(rows[LATE], col["Notas"]).value = "Las cinco sesiones se dieron en julio."
    plan.cell(rows[BRAND], col["Fecha límite"]).value = datetime(2027, 3, 31)
    new = plan.max_row + 1
    for title, value in (("Prioridad", "Joint export brand for fine cocoa"),
                         ("Acción", "Panel de cata para la marca"),
                         ("Responsable", "Chocolaterie Bel Kakao"),
                         ("Inicio", datetime(2027, 1, 10)), ("Fecha límite", "2027-02-28"),
                         ("Presupuesto estimado", 2500), ("Moneda", "XCD"),
                         ("Estado", "en curso")):
        plan.cell(new, col[title]).value = value
    measured = book["Indicadores"]
    icol = {title: i + 1 for i, title in enumerate(header(measured))}
    growers = next(r for r in range(2, measured.max_row + 1)
                   if measured.cell(r, icol["Indicador"]).value == "Growers trained")
    measured.cell(growers, icol["Valor real"]).value = 40
    book.save(out)
    return out


def changes_of(demo, book):
    with demo.session() as s:
        plan = decisions.preview_plan_import(s, book)
    assert plan.ok, plan.problems
    return {(c.title, tuple((f.field, f.after) for f in c.changes)) for c in plan.changes}


def test_a_spanish_plan_imports_back(demo, spanish, tmp_path):
    back = fill_in_spanish(spanish, tmp_path / "devuelto.xlsx")
    book = decisions.read_returned_plan(back)
    assert len(book.actions) == 7 and len(book.indicators) == 4
    assert {row.values["Status"] for row in book.actions} <= {
        label for _key, label in ACTION_STATUSES}
    found = changes_of(demo, book)
    assert (LATE, (("Status", "Done"), ("Notes", "Las cinco sesiones se dieron en julio."))) \
        in found
    assert any(title == BRAND and ("Due", "2027-03-31") in fields for title, fields in found)
    new = next(fields for title, fields in found if title == "Panel de cata para la marca")
    assert ("Status", "On track") in new and ("Lead", "Chocolaterie Bèl Kakao") in new
    assert any(title == "Growers trained" and ("Actual", "40") in fields
               for title, fields in found)


def test_the_english_reader_alone_refuses_a_spanish_plan_clearly(spanish):
    with pytest.raises(BadInputError, match="Action plan"):
        read_plan_book(spanish)


def test_plan_words_cover_every_language():
    words = plan_words()
    assert words.sheets["Plan de acción"] == ACTION_SHEET
    assert words.sheets["Actieplan"] == ACTION_SHEET
    assert words.columns["Échéance"] == "Due"
    assert words.statuses["Op schema"] == "On track"


@pytest.mark.slow
@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_a_spanish_plan_saved_by_libreoffice_imports_the_same(demo, spanish, tmp_path):
    back = fill_in_spanish(spanish, tmp_path / "devuelto.xlsx")
    saved = saved_by_libreoffice(back, tmp_path)
    reread = load_workbook(saved)
    assert reread.sheetnames == sheet_names("es")
    lists = [dv for dv in reread["Plan de acción"].data_validations.dataValidation
             if dv.type == "list"]
    assert lists and "En curso" in lists[0].formula1
    assert changes_of(demo, decisions.read_returned_plan(saved)) == changes_of(
        demo, decisions.read_returned_plan(back))


def test_the_notes_about_secret_ballots_are_in_spanish(spanish):
    wb = load_workbook(spanish)
    first = next(wb["Asistencia"].iter_rows(values_only=True))[0]
    assert first.startswith("La ronda 2 usó boletas secretas"), first
    results = wb["Resultados"]
    titles = header(results)
    notes = {r[titles.index("Nota")] for r in results.iter_rows(min_row=2, values_only=True)
             if r[titles.index("Ronda")] == 2 and r[titles.index("Vista")] == "Solo empresas"}
    assert notes == {("Las boletas secretas no llevan el tipo de miembro, así que esta ronda "
                      "no tiene vista de solo empresas.")}


def test_the_audit_says_what_happened_in_spanish(spanish, data):
    wb = load_workbook(spanish)
    audit_sheet = wb["Registro"]
    titles = header(audit_sheet)
    rows = list(audit_sheet.iter_rows(min_row=2, values_only=True))
    what = {r[titles.index("Código")]: r[titles.index("Qué ocurrió")] for r in rows}
    assert what["round.closed"] == "Ronda de votación cerrada"
    assert what["ballot.received"] == "Boleta secreta depositada en la urna"
    assert "no registrado (boleta secreta)" in {r[titles.index("Por")] for r in rows}
    assert len(rows) == len(data.audit)


def test_agreement_is_written_the_languages_way(spanish):
    summary = list(load_workbook(spanish)["Resumen"].iter_rows(values_only=True))
    titles = next(r for r in summary if r[0] == "Ronda")
    first_round = summary[summary.index(titles) + 1]
    assert first_round[titles.index("Acuerdo")] == "acuerdo moderado (W = 0,44)"
