"""The programme report's decisions carry the facts their basis was said
from, so the report can say how the vote placed each priority in its own
language ('1.º de 4', '1er sur 4'), as the workshop's outputs do (issue 19)."""

from __future__ import annotations

from openpyxl import load_workbook

from facilitator_app.services.programme.report import gather_programme, write_programme_report
from tests.services.test_programme_report import programme  # noqa: F401

ROUND = "Round 2: gradients of agreement on the top four"


def test_the_programme_decisions_say_their_basis_in_the_report_language(programme):  # noqa: F811
    engine, _files = programme
    decisions = gather_programme(engine).decisions
    assert decisions and all(d.placement is not None for d in decisions)
    first = next(d for d in decisions if "1st of 4" in d.basis)
    assert first.basis_in("en") == first.basis
    assert first.basis_in("es").startswith(f"{ROUND}: 1.º de 4. Consenso alcanzado")
    assert first.basis_in("fr").startswith(f"{ROUND}\u00a0: 1er sur 4. Consensus atteint")


def test_the_spanish_programme_workbook_says_the_basis_in_spanish(programme, tmp_path):  # noqa: F811
    engine, _files = programme
    book = write_programme_report(tmp_path / "programa.xlsx", gather_programme(engine),
                                  lang="es")
    cells = [str(c.value) for sheet in load_workbook(book).worksheets
             for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any(f"{ROUND}: 1.º de 4. Consenso alcanzado" in c for c in cells)
    assert not any("Consensus reached" in c for c in cells)
