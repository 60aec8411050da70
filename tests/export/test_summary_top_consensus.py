"""The report's one-page summary gives way on its top priorities first; when
it has room for fewer of a gradients round's consensus priorities than
reached consensus, it says the round's section lists them all (the demo's
Spanish summary showed one of its two consensus priorities and nothing more)."""

from __future__ import annotations

import subprocess

import pytest

from facilitator_app.export.report_pdf import write_report
from facilitator_app.services import reports
from facilitator_app.services.demo import create_demo


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    ws = create_demo(tmp_path_factory.mktemp("demo") / "demo.cluster", lang="es")
    with ws.session() as s:
        gathered = reports.gather(s, 1)
    ws.close()
    return gathered


def summary_page(path) -> str:
    return subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_a_cut_consensus_list_points_to_the_rounds_section(data, tmp_path):
    text = " ".join(summary_page(write_report(tmp_path / "es.pdf", data, lang="es")).split())
    # the Spanish demo's summary has room for one of the two consensus priorities
    assert "Consenso sobre 2 de 4 opciones" in text
    assert text.count("consenso, ") == 1, text
    assert "La sección de la ronda enumera las 4 prioridades." in text, text
