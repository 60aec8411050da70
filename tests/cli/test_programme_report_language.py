"""``facilitator-app programme report FILE.xlsx --db URL --lang es``: the
programme workbook in Spanish, on the real PostgreSQL server of the test run
(tests/pg.py), with two workspaces sent as in
tests/services/test_programme_report.py.

The sheet names, headers and the app's own words are Spanish; the figures
and dates are the same cells as in the English workbook of the same
database, and the clusters' own texts are written as typed.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from facilitator_app.services.programme.workbook import sheet_names
from tests.cli.test_programme_cli import _plain
from tests.cli_in_process import run_main
from tests.services.test_programme_report import OTHER_NAME, programme  # noqa: F401

pytestmark = pytest.mark.pg

SPANISH_SHEETS = ["Resumen", "Clústeres", "Talleres", "Áreas de objetivos", "Prioridades",
                  "Decisiones", "Estado de la acción", "Acciones", "Salud"]
# Headers that are the same words in Spanish (a coefficient's name, a unit).
SAME_IN_SPANISH = {"Kendall's W", "Tastle-Wierman", "Sector"}


def _rows(wb, index: int) -> list[tuple]:
    return list(wb.worksheets[index].iter_rows(values_only=True))


def _figures(rows: list[tuple], skip_datetimes: bool) -> list[tuple[int, int, object]]:
    """Every number and date of a sheet, with where it is."""
    return [(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row)
            if isinstance(v, (int, float, datetime)) and not isinstance(v, bool)
            and not (skip_datetimes and isinstance(v, datetime))]


def test_a_spanish_programme_report_has_spanish_sheets_headers_and_the_same_totals(
        programme, tmp_path):  # noqa: F811 - the fixture imported above
    engine, _files = programme
    url = _plain(engine.url.render_as_string(hide_password=False))
    english, spanish = tmp_path / "programme.xlsx", tmp_path / "programa.xlsx"
    done = run_main("programme", "report", str(english), "--db", url)
    assert done.returncode == 0, done.stderr
    done = run_main("programme", "report", str(spanish), "--db", url, "--lang", "es")
    assert done.returncode == 0, done.stderr
    en, es = load_workbook(english), load_workbook(spanish)

    assert es.sheetnames == SPANISH_SHEETS == sheet_names("es")
    assert en.sheetnames[:2] == ["Summary", "Clusters"]
    for index in range(len(en.sheetnames)):
        en_rows, es_rows = _rows(en, index), _rows(es, index)
        assert len(es_rows) == len(en_rows), es.sheetnames[index]
        # every header translated (the type columns of the Clusters sheet too)
        for en_title, es_title in zip(en_rows[0], es_rows[0], strict=True):
            assert es_title and (es_title != en_title or en_title in SAME_IN_SPANISH), (
                es.sheetnames[index], en_title)
        # the same figures and dates in the same cells (the Summary's time of
        # writing aside: two runs)
        summary = index == 0
        assert _figures(es_rows, summary) == _figures(en_rows, summary), es.sheetnames[index]

    summary = {row[0]: row[1] for row in _rows(es, 0)[1:]}
    assert summary["Clústeres"] == 2
    assert summary["Miembros"] == {row[0]: row[1] for row in _rows(en, 0)[1:]}["Members"]
    clusters = {row[0]: row for row in _rows(es, 1)[1:]}
    header = _rows(es, 1)[0]
    assert header[:3] == ("Clúster", "País", "Sector")
    assert "Activos: Empresa" in header
    assert clusters[OTHER_NAME][1] == "Colombia"  # the cluster's own words as typed
    assert clusters[OTHER_NAME][header.index("Tipo de clúster")] == "Marshalliano"

    health = _rows(es, 8)
    checks = {row[2] for row in health[1:]}
    assert {"Miembros activos", "Proporción de empresas"} <= checks  # the checks' titles
    assert "Active members" not in checks
    assert "Factor de éxito" in health[0] and "Resultado" in health[0]
    assert "10 o más miembros activos" in {row[6] for row in health[1:]}
    active = next(row for row in health[1:] if row[2] == "Miembros activos")
    en_active = next(row for row in _rows(en, 8)[1:] if row[2] == "Active members")
    assert en_active[3].endswith(" members") and active[3].endswith(" miembros")  # figure
    assert active[3].split()[0] == en_active[3].split()[0]  # the same count
    assert active[4] == "al menos 10" and active[5] == "Cumplido"  # threshold, result

    actions, en_actions = _rows(es, 7), _rows(en, 7)
    overdue, en_overdue = actions[0].index("Vencida"), en_actions[0].index("Overdue")
    assert {row[overdue] for row in actions[1:]} == {"Sí", "No"}
    assert [row[overdue] == "Sí" for row in actions[1:]] == [
        row[en_overdue] == "Yes" for row in en_actions[1:]]


def test_the_global_lang_option_gives_the_same_spanish_workbook(programme, tmp_path):  # noqa: F811
    engine, _files = programme
    url = _plain(engine.url.render_as_string(hide_password=False))
    target = tmp_path / "programa.xlsx"
    done = run_main("--lang", "es", "programme", "report", str(target), "--db", url)
    assert done.returncode == 0, done.stderr
    assert "Se escribió el informe del programa de 2 clústeres en" in done.stdout
    wb = load_workbook(target)
    assert wb.sheetnames == SPANISH_SHEETS
    assert _rows(wb, 2)[0][:3] == ("Clúster", "País", "Año")
