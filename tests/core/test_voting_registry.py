"""The method registry: one spec per stored method, and what the rest of the app asks it."""

from __future__ import annotations

import pytest

from facilitator_app.core.domain import VOTING_METHODS
from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting import (
    METHODS,
    RANKED_METHODS,
    SPECS,
    Ballot,
    MethodParams,
    method_spec,
    tally,
)


def test_one_spec_per_stored_method_in_order():
    assert list(SPECS) == list(METHODS) == [key for key, _ in VOTING_METHODS]
    assert set(RANKED_METHODS) == {"borda", "irv", "schulze", "copeland"}
    assert all(SPECS[k].key == k for k in METHODS)


def test_unknown_method_is_a_bad_input_with_the_choices():
    with pytest.raises(BadInputError, match="unknown voting method 'plurality'; choose one of dots"):
        method_spec("plurality")
    with pytest.raises(BadInputError, match="unknown voting method"):
        tally("plurality", ["A"], [])


@pytest.mark.parametrize(
    ("method", "kind", "higher", "share", "consensus", "votes"),
    [
        ("dots", "dots", True, False, False, True),
        ("approval", "approval", True, False, False, True),
        ("borda", "rank", False, False, False, False),
        ("irv", "rank", False, False, False, False),
        ("schulze", "rank", False, False, False, False),
        ("copeland", "rank", False, False, False, False),
        ("score", "rating", True, False, False, False),
        ("gradients", "gradient", False, True, True, False),
    ],
)
def test_hints(method, kind, higher, share, consensus, votes):
    spec = method_spec(method)
    assert spec.value_kind == kind
    assert spec.value_higher_is_better is higher
    assert spec.score_is_share is share
    assert spec.winners_reach_consensus is consensus
    assert spec.counts_votes is votes
    assert spec.ranked is (method in RANKED_METHODS)
    assert spec.label == dict(VOTING_METHODS)[method]
    assert spec.paper_instructions(4, {})


def test_the_value_word_of_the_spec_is_in_the_messages():
    for method, word in [("borda", "rank"), ("dots", "dots"), ("score", "rating"),
                         ("gradients", "gradient"), ("approval", "approval")]:
        result = tally(method, ["A", "B"], [Ballot({"A": 1.5})], MethodParams())
        assert result.problems[0].messages == (f"{word} 1.5 for “A” is not a whole number",)


def test_every_method_counts_through_its_spec():
    ballots = [Ballot({"A": 1, "B": 2}), Ballot({"B": 1, "A": 2}), Ballot({"A": 1})]
    for method in RANKED_METHODS:
        result = tally(method, ["A", "B"], ballots)
        assert result.winners == ["A"]
        assert result.consensus.kendall is not None
    result = tally("gradients", ["A", "B"], [Ballot({"A": 1, "B": 7}), Ballot({"A": 2, "B": 1})])
    assert result.consensus.consensus_reached == ("A",)
