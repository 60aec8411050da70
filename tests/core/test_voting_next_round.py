"""The next round's options by rule: top k, without consensus, blocked, all."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.core.voting import Ballot, MethodParams, tally
from facilitator_app.core.voting.next_round import (
    default_rule,
    next_round,
    rules_for,
    standings,
    suggested_title,
)

OPTIONS = ["Joint export brand", "Shared drying centre", "Youth apprenticeships",
           "Chocolate festival"]
# Five voters' gradients (1 = whole-hearted endorsement ... 7 = block), per option:
# the brand and the drying centre reach consensus (no block, 80-100 % at 1-3),
# the apprenticeships are blocked once, the festival has 60 % support.
GRADES = {
    "Joint export brand": [1, 1, 2, 2, 1],
    "Shared drying centre": [1, 2, 3, 2, 5],
    "Youth apprenticeships": [1, 1, 1, 2, 7],
    "Chocolate festival": [1, 2, 3, 5, 6],
}


def gradients_round(params=None):
    ballots = [Ballot({o: GRADES[o][v] for o in OPTIONS}) for v in range(5)]
    return tally("gradients", OPTIONS, ballots, params or MethodParams(support_threshold=0.75))


def test_options_without_consensus_and_why():
    result = gradients_round()
    table = {s.option: s for s in standings(result)}
    assert {o: s.consensus for o, s in table.items()} == {
        "Joint export brand": True, "Shared drying centre": True,
        "Youth apprenticeships": False, "Chocolate festival": False}
    assert table["Youth apprenticeships"].why == "1 block"
    assert table["Chocolate festival"].why == "support 60% (75% needed)"
    assert default_rule(result) == "no_consensus"
    nxt = next_round(result, "no_consensus")
    assert nxt.options == ["Youth apprenticeships", "Chocolate festival"]
    assert nxt.dropped == ["Joint export brand", "Shared drying centre"]
    assert nxt.note.startswith("2 of 4 options without consensus (consensus = no block (7), "
                               "at least 75% at 1-3); Youth apprenticeships: 1 block; "
                               "Chocolate festival: support 60% (75% needed).")


def test_the_blocked_ones_and_all():
    result = gradients_round()
    blocked = next_round(result, "blocked")
    assert blocked.options == ["Youth apprenticeships"]
    assert blocked.note == ("1 of 4 options blocked (at least one 7): "
                            "Youth apprenticeships (1 block).")
    assert next_round(result, "all").options == [r.option for r in result.ranking]
    assert sorted(next_round(result, "all").options) == sorted(OPTIONS)
    # top 2 by support: the drying centre and the apprenticeships tie at 80 %, both stay
    assert next_round(result, "top_k", 2).options == [
        "Joint export brand", "Shared drying centre", "Youth apprenticeships"]


def test_stricter_thresholds_change_what_lacks_consensus():
    # with 85 % support needed and a spread limit, the drying centre (80 %) misses too
    result = gradients_round(MethodParams(support_threshold=0.85, max_iqr=1.0))
    table = {s.option: s for s in standings(result)}
    assert table["Shared drying centre"].why == "support 80% (85% needed)"
    assert next_round(result, "no_consensus").options == [
        o for o in (r.option for r in result.ranking) if o != "Joint export brand"]


def test_when_every_option_reached_consensus_nothing_is_carried():
    ballots = [Ballot(dict.fromkeys(OPTIONS, 1)) for _ in range(3)]
    result = tally("gradients", OPTIONS, ballots)
    assert default_rule(result) == "top_k"
    nxt = next_round(result, "no_consensus")
    assert nxt.options == [] and nxt.done and "every option reached consensus" in nxt.note
    assert next_round(result, "blocked").options == []


def test_rules_that_do_not_apply_say_why():
    ranked = tally("borda", OPTIONS, [Ballot({o: i + 1 for i, o in enumerate(OPTIONS)})])
    why = rules_for(ranked)
    assert why["top_k"] == "" and why["all"] == ""
    assert "gradients" in why["no_consensus"] and "gradients" in why["blocked"]
    assert "dots or approval" in why["multivote"]
    assert rules_for(gradients_round())["no_consensus"] == ""
    with pytest.raises(UserError, match="gradients"):
        next_round(ranked, "no_consensus")
    with pytest.raises(UserError, match="Unknown rule"):
        next_round(ranked, "coin_toss")


def test_suggested_titles():
    assert suggested_title(3, "no_consensus") == "Round 3: options without consensus"
    assert suggested_title(2, "top_k", 4) == "Round 2: top 4"
    assert suggested_title(4, "blocked") == "Round 4: blocked options"
