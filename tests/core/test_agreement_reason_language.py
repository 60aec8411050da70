"""The agreement sentence of a round Kendall's W cannot measure (a single
ballot) gives its reason in the sentence's language: the engine's English note
only in English, the catalogue's words otherwise (the French workbook of a
Creole workshop said 'Kendall's W needs at least 2 ballots and 2 options')."""

from __future__ import annotations

from facilitator_app.core.voting import Ballot, tally
from facilitator_app.core.voting_words import agreement_sentence
from facilitator_app.i18n.messages import Texts


def one_ballot():
    result = tally("borda", ["A", "B", "C"], [Ballot({"A": 1, "B": 2, "C": 3})])
    assert result.consensus.kendall is not None and result.consensus.kendall.w is None
    return result


def test_english_keeps_the_engines_reason():
    assert agreement_sentence(one_ballot()) == (
        "agreement cannot be measured: Kendall's W needs at least 2 ballots and 2 options")


def test_french_and_spanish_give_the_reason_in_their_language():
    result = one_ballot()
    french = agreement_sentence(result, Texts("workbook", "fr"))
    assert french == "l'accord ne peut pas être mesuré\u00a0: trop peu de bulletins", french
    spanish = agreement_sentence(result, Texts("workbook", "es"))
    assert "Kendall" not in spanish and "ballots" not in spanish, spanish
    assert spanish.endswith(Texts("workbook", "es")("too few ballots")), spanish
