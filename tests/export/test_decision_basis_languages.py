"""How the vote placed an adopted priority is said in each output's language:
the PDF report, the workbook and the Action plan page build the sentence from
the round's result at display time ('1.º de 4', '1er sur 4', '1e van 4'); a
decision whose facts are gone keeps its recorded English text (issue 19)."""

from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from facilitator_app.export.report_basis import basis_words, ordinal
from facilitator_app.export.report_pdf import write_report
from facilitator_app.export.workbook import write_workbook
from facilitator_app.services import decisions, reports
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Decision

ROUND = "Round 2: gradients of agreement on the top four"
ENGLISH = f"{ROUND}: 1st of 4. Consensus reached: 100 % support, no block."


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws = create_demo(tmp_path_factory.mktemp("demo") / "demo.cluster")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def data(demo):
    with demo.session() as s:
        return reports.gather(s, 1)


def test_ordinals_per_language():
    assert [ordinal(n, "en") for n in (1, 2, 3, 4, 11, 21)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "21st"]
    assert [ordinal(n, "es") for n in (1, 2)] == ["1.º", "2.º"]
    assert [ordinal(n, "fr") for n in (1, 2)] == ["1er", "2e"]
    assert [ordinal(n, "nl") for n in (1, 2)] == ["1e", "2e"]


def test_the_basis_is_recorded_in_english_and_said_in_each_language(data):
    first = data.decisions[0]
    assert first.basis == ENGLISH
    assert basis_words(first, "en") == ENGLISH
    assert basis_words(first, "es") == \
        f"{ROUND}: 1.º de 4. Consenso alcanzado: 100\u00a0% de apoyo, ningún bloqueo."
    assert basis_words(first, "fr") == \
        f"{ROUND}\u00a0: 1er sur 4. Consensus atteint\u00a0: 100\u00a0% de soutien, aucun blocage."
    assert basis_words(first, "nl") == \
        f"{ROUND}: 1e van 4. Consensus bereikt: 100% steun, geen blokkade."


def test_spanish_report_says_the_basis_in_spanish(data, tmp_path):
    pdf = write_report(tmp_path / "informe.pdf", data, lang="es")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "1.º de 4. Consenso alcanzado: 100 % de apoyo, ningún bloqueo" in text
    assert "Consensus reached" not in text
    assert "1st of 4" not in text


def test_french_workbook_says_the_basis_in_french(data, tmp_path):
    book = write_workbook(tmp_path / "atelier.xlsx", data, lang="fr")
    cells = [str(c.value) for row in load_workbook(book)["Décisions"].iter_rows()
             for c in row if c.value is not None]
    assert any("1er sur 4. Consensus atteint" in c for c in cells)
    assert not any("Consensus reached" in c for c in cells)


def test_a_basis_whose_facts_are_gone_stays_as_recorded(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    try:
        with ws.session() as s:
            typed = "Chosen by show of hands after the vote."
            s.execute(update(Decision).where(Decision.position == 0).values(basis=typed))
            s.execute(update(Decision).where(Decision.position != 0).values(round_id=None))
            s.commit()
            views = decisions.list_decisions(s, 1)
        assert [v.placement for v in views] == [None, None]
        assert basis_words(views[0], "es") == views[0].basis
        assert basis_words(views[1], "fr") == views[1].basis
        assert "of 4" in views[1].basis
    finally:
        ws.close()
