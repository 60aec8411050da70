"""The Audit sheet's 'By' column names who entered a kiosk ballot in the
workbook's language: the app records it as 'voter (kiosk)' (and 'phone' for a
phone's ballot), which the Spanish workbook printed in English (issue 19)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from facilitator_app.export.workbook import write_workbook
from facilitator_app.i18n.messages import Texts
from facilitator_app.services import reports
from facilitator_app.services.demo import create_demo
from facilitator_app.ui.kiosk import KIOSK_ENTERED_BY


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    ws = create_demo(tmp_path_factory.mktemp("demo") / "demo.cluster")
    with ws.session() as s:
        gathered = reports.gather(s, 1)
    ws.close()
    return gathered


def by_column(path, sheet: str, heading: str) -> set:
    rows = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return {r[rows[0].index(heading)] for r in rows[1:]}


@pytest.mark.parametrize(("lang", "sheet", "heading", "kiosk"), [
    ("es", "Registro", "Por", "votante (quiosco)"),
    ("fr", "Journal", "Par", "votant (kiosque)"),
])
def test_a_kiosk_ballot_is_entered_by_a_voter_in_the_workbooks_language(
        data, tmp_path, lang, sheet, heading, kiosk):
    assert KIOSK_ENTERED_BY in {a.by or a.actor for a in data.audit}  # the demo has them
    who = by_column(write_workbook(tmp_path / "w.xlsx", data, lang=lang), sheet, heading)
    assert kiosk in who
    assert KIOSK_ENTERED_BY not in who
    assert Texts("workbook", lang)("phone") != "phone"


def test_english_keeps_the_recorded_words(data, tmp_path):
    who = by_column(write_workbook(tmp_path / "w.xlsx", data), "Audit", "By")
    assert KIOSK_ENTERED_BY in who


def test_the_unnamed_facilitator_is_said_in_the_workbooks_language(data, tmp_path):
    """Without a facilitator name in Settings the app records 'facilitator'."""
    from dataclasses import replace

    entry = replace(data.audit[0], by="facilitator", actor="facilitator")
    unnamed = replace(data, audit=[entry, *data.audit[1:]])
    assert "facilitador" in by_column(write_workbook(tmp_path / "es.xlsx", unnamed, lang="es"),
                                      "Registro", "Por")
    assert "animateur" in by_column(write_workbook(tmp_path / "fr.xlsx", unnamed, lang="fr"),
                                    "Journal", "Par")
