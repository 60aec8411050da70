"""The results screen's agreement words in the window's language: the
headline sentence, the p-value words and the rating agreement column come
from core.voting_words through the catalogues, their figures with the
language's decimal sign ('W = 0,44', 'p < 0,001'; the exports' English keeps
the point)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from facilitator_app.core.voting_words import agreement_sentence, cns_words
from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.ui import languages
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.results_tab import ResultsTab, agreement_cell
from facilitator_app.ui.voting_common import number
from tests.ui.voting_setup import make_ctx, no_modal_dialogs  # noqa: F401


@pytest.fixture
def demo(qtbot, tmp_path):
    configure_application()
    locale = QLocale()
    ws = create_demo(tmp_path / "demo.cluster")
    yield make_ctx(ws)
    languages.install("en")
    QLocale.setDefault(locale)
    ws.close()


def results(qtbot, ctx) -> ResultsTab:
    tab = ResultsTab(ctx, 1)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


@pytest.mark.parametrize(
    ("lang", "ranking", "p_words", "gradients"),
    [
        ("es", "Acuerdo moderado (W = 0,44)", "muy improbable que se deba al azar (p < 0,001)",
         "Consenso en 2 de 4 opciones (sin bloqueos, al menos un 75 % de apoyo)"),
        ("fr", "Accord modéré (W = 0,44)", "très peu probablement dû au hasard (p < 0,001)",
         "Consensus sur 2 des 4 options (aucun blocage, au moins 75\u00a0% de soutien)"),
        ("nl", "Matige overeenstemming (W = 0,44)", "zeer onwaarschijnlijk toeval (p < 0,001)",
         "Consensus over 2 van de 4 opties (geen blokkade, minstens 75% steun)"),
    ],
)
def test_agreement_words_on_the_results_screen_follow_the_language(
    qtbot, demo, lang, ranking, p_words, gradients
):
    languages.install(lang)
    tab = results(qtbot, demo)
    with demo.session() as s:
        first, second, _open = voting.list_rounds(s, 1)
        english = voting.tally_round(s, first.id).result
    tab.select_round(first.id)
    assert tab.agreement.text() == ranking
    assert p_words in tab.note.text()
    winner = {"es": "ganadora", "fr": "gagnante", "nl": "winnaar"}[lang]
    assert tab.ranking_model.rows[0][3] == winner
    tab.select_round(second.id)
    assert tab.agreement.text() == gradients
    # the exports call the same functions without a translator: English
    assert agreement_sentence(english) == "moderate agreement (W = 0.44)"


def test_rating_agreement_cell_in_french_and_english(qtbot, demo):
    languages.install("fr")
    assert agreement_cell(0.85) == "0,85 (accord étroit)"
    assert cns_words(0.85) == "close agreement"
    languages.install("en")
    assert agreement_cell(0.85) == "0.85 (close agreement)"


def test_scores_on_screen_take_the_window_decimal_sign(qtbot, demo):
    languages.install("nl")
    assert [number(2.5), number(0.4444), number(12.0), number(7)] == ["2,5", "0,44", "12", "7"]
    languages.install("en")
    assert [number(2.5), number(0.4444)] == ["2.5", "0.44"]
