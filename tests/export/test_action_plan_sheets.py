"""The workbook's Decisions, Action plan and Indicators sheets, reopened with openpyxl."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from facilitator_app.core.action_plan import ACTION_COLUMNS, INDICATOR_COLUMNS
from facilitator_app.services import decisions, reports
from facilitator_app.services.demo import create_demo


@pytest.fixture
def demo(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    yield ws
    ws.close()


def export(ws, path):
    with ws.session() as s:
        data = reports.gather(s, 1)
    from facilitator_app.export.workbook import write_workbook

    write_workbook(path, data)
    return path


def rows(sheet):
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_the_sheets_hold_the_decisions_and_the_plan(demo, tmp_path):
    book = load_workbook(export(demo, tmp_path / "w.xlsx"))
    assert book.sheetnames[-4:] == ["Decisions", "Action plan", "Indicators", "Audit"]
    decided = rows(book["Decisions"])
    assert decided[0][:4] == ["Priority adopted", "Round", "How the vote placed it",
                              "Decision statement"]
    assert [r[0] for r in decided[1:]] == ["Shared fermentation & drying centre",
                                           "Joint export brand for fine cocoa"]
    assert isinstance(decided[1][4], datetime) and decided[1][6] == 3

    plan = rows(book["Action plan"])
    assert tuple(plan[0]) == ACTION_COLUMNS
    with demo.session() as s:
        uids = [a.uid for a in decisions.list_actions(s)]
    assert [r[0] for r in plan[1:]] == uids  # overdue first, as on the page
    late = dict(zip(ACTION_COLUMNS, plan[1]))
    assert late["Due"] == datetime(2026, 5, 17)  # a real date
    assert book["Action plan"]["G2"].number_format == "yyyy-mm-dd"
    assert late["Budget estimate"] == 6500 and late["Currency"] == "XCD"
    assert (late["Status"], late["Overdue"]) == ("Late", "Yes")
    assert late["Partners"] == "T.A. Marryshow Community College; Mama Cocoa Women's Cooperative"

    checks = {str(dv.sqref): dv for dv in book["Action plan"].data_validations.dataValidation}
    assert checks["J2:J207"].type == "list"
    assert checks["J2:J207"].formula1 == '"Not started,On track,Late,Done,Dropped"'
    assert checks["F2:F207"].type == checks["G2:G207"].type == "date"

    measured = rows(book["Indicators"])
    assert tuple(measured[0]) == INDICATOR_COLUMNS
    growers = dict(zip(INDICATOR_COLUMNS, measured[1]))
    assert (growers["Indicator"], growers["Baseline"], growers["Target"], growers["Actual"]) == (
        "Growers trained", 0, 40, 12)
    assert growers["Date measured"].date() == date(2026, 5, 17)
    assert growers[INDICATOR_COLUMNS[1]] == uids[0]
