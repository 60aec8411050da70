"""A round titled with its number in the report's language ('Ronda 1: ...',
'Tour 1 : ...') is not numbered twice: the Spanish demo's report said
'Ronda 1: Ronda 1: clasificar las candidatas' (issue 19)."""

from __future__ import annotations

import subprocess

import pytest

from facilitator_app.export.report_pdf import write_report
from facilitator_app.services import reports
from facilitator_app.services.demo import create_demo


def report_text(folder, lang: str) -> str:
    ws = create_demo(folder / f"{lang}.cluster", lang=lang)
    with ws.session() as s:
        data = reports.gather(s, 1)
    ws.close()
    path = write_report(folder / f"{lang}.pdf", data, lang=lang)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.mark.parametrize(("lang", "once", "twice"), [
    ("es", "Ronda 1: clasificar las candidatas", "Ronda 1: Ronda 1"),
    ("fr", "Tour 1 : classer les candidates", "Tour 1 : Tour 1"),
    ("nl", "Ronde 1: de kandidaten rangschikken", "Ronde 1: Ronde 1"),
])
def test_the_round_number_is_not_said_twice(tmp_path, lang, once, twice):
    text = report_text(tmp_path, lang).replace("\u00a0", " ")
    assert once in text
    assert twice not in text
