"""The voting engine's reasons for refusing a ballot in the messages'
language (the window's, or the command line's --lang): the option names
keep their quotation marks, which the phone form looks for."""

from __future__ import annotations

from facilitator_app.core.voting import Ballot, MethodParams, ballot_problems
from facilitator_app.i18n.messages import set_message_language

OPTS = ["Marca de exportación", "Centro de secado", "Formación"]


def test_a_ballots_problems_in_spanish_french_and_dutch():
    ranks = Ballot({"Marca de exportación": 1, "Formación": 1, "Centro de secado": 3})
    dots = Ballot({"Marca de exportación": 3, "Formación": 2})
    params = MethodParams(budget=3)
    set_message_language("es")
    assert ballot_problems("borda", OPTS, ranks) == [
        "el lugar 1 se dio a más de una opción (“Marca de exportación”, “Formación”)",
        "falta el lugar 2: los lugares deben ir 1, 2, 3 ... sin saltos"]
    assert ballot_problems("dots", OPTS, dots, params) == [
        "5 puntos en total: el presupuesto es 3"]
    set_message_language("fr")
    assert ballot_problems("dots", OPTS, dots, params) == [
        "5 points au total\u00a0: le budget est de 3"]
    set_message_language("nl")
    assert ballot_problems("borda", OPTS, Ballot({})) == [
        "leeg stembiljet: geen enkele optie kreeg een getal"]
    set_message_language("en")
    assert ballot_problems("dots", OPTS, dots, params) == ["5 dots in total: the budget is 3"]
