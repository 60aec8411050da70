"""Ballot checks: each problem in words a facilitator can read out."""

from __future__ import annotations

import re

import pytest

from facilitator_app.core.voting import Ballot, MethodParams, ballot_problems, tally, validate

OPTS = ["Export brand", "Drying centre", "Training", "Finance"]


def problems(method, values, params=None, **kw):
    return ballot_problems(method, OPTS, Ballot(values, **kw), params)


def test_valid_ranked_ballots_have_no_problems():
    assert problems("borda", {"Export brand": 1, "Training": 2}) == []
    assert problems("irv", {"Export brand": 2.0, "Training": 1}) == []  # 2.0 is a whole rank


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"Export brand": 1, "Training": 1},
            "rank 1 is given to more than one option (“Export brand”, “Training”)",
        ),
        ({"Export brand": 5}, "rank 5 for “Export brand” is out of range: ranks go from 1 to 4"),
        (
            {"Export brand": 0, "Training": 1},
            "rank 0 for “Export brand” is out of range: ranks go from 1 to 4",
        ),
        (
            {"Export brand": 1, "Training": 3},
            "rank 2 missing: ranks must run 1, 2, 3 ... without gaps",
        ),
        ({"Export brand": 1.5}, "rank 1.5 for “Export brand” is not a whole number"),
        ({"Export brand": "first"}, "“first” for “Export brand” is not a number"),
        ({"Packaging": 1}, "unknown option “Packaging”"),
        ({}, "empty ballot: no option was given a number"),
    ],
)
def test_ranked_problems(values, message):
    assert message in problems("schulze", values)


def test_missing_ranks_listed_together():
    assert problems("borda", {"Export brand": 1, "Finance": 4}) == [
        "ranks 2, 3 missing: ranks must run 1, 2, 3 ... without gaps"
    ]


def test_dots_problems():
    params = MethodParams(budget=3, max_per_option=2)
    assert problems("dots", {"Training": 3}, params) == [
        "3 dots on “Training”: at most 2 per option"
    ]
    assert problems("dots", {"Training": 2, "Finance": 2}, params) == [
        "4 dots in total: the budget is 3"
    ]
    assert problems("dots", {"Training": -1}, params) == ["negative dots (-1) for “Training”"]
    assert problems("dots", {"Training": 1, "Finance": 2}, params) == []


def test_default_dot_budget_applies():
    # 4 options: round(4 / 3) = 1 dot.
    assert problems("dots", {"Training": 2}) == ["2 dots in total: the budget is 1"]


def test_approval_score_gradients_problems():
    assert problems("approval", {"Training": 2}) == [
        "approval for “Training” must be 0 or 1, not 2"
    ]
    assert problems("score", {"Training": 6}) == [
        "rating 6 for “Training” is outside the scale 1-5"
    ]
    assert problems("score", {"Training": 6}, MethodParams(scale_max=7)) == []
    assert problems("gradients", {"Training": 8}) == [
        "gradient 8 for “Training” is not on the 1-7 scale"
    ]
    assert problems("gradients", {"Training": 0}) == [
        "gradient 0 for “Training” is not on the 1-7 scale"
    ]


def test_weight_must_be_positive():
    assert problems("borda", {"Training": 1}, weight=0) == [
        "the vote weight must be a positive number, not 0"
    ]
    assert problems("borda", {"Training": 1}, weight=float("nan")) != []


def test_validate_lists_bad_ballots_with_voter_and_second_ballot():
    ballots = [
        Ballot({"Training": 1}, voter="Ti Kafe Ayiti"),
        Ballot({"Training": 1, "Finance": 1}, voter="Belize Cacao Growers"),
        Ballot({"Finance": 1}, voter="ti kafe  ayiti"),  # same voter, other spelling
    ]
    found = validate("borda", OPTS, ballots)
    assert [(p.index, p.voter) for p in found] == [
        (1, "Belize Cacao Growers"),
        (2, "ti kafe  ayiti"),
    ]
    assert "already has a ballot (ballot 1)" in found[1].messages[0]
    assert found[0].describe().startswith("ballot 2 (Belize Cacao Growers): rank 1 is given")


def test_tally_uses_the_same_checks_as_validate():
    """The engine's fast path must refuse exactly what validate() refuses."""
    import random

    rng = random.Random(5)
    for method in ("borda", "dots", "approval", "score", "gradients"):
        ballots = []
        for i in range(400):
            values = {}
            for o in OPTS:
                if rng.random() < 0.7:
                    values[o] = rng.choice([-1, 0, 1, 1, 2, 2, 3, 4, 5, 7, 8, 1.5, 2.0, "x"])
            ballots.append(Ballot(values, voter=rng.choice([None, f"V{i}", "Same"])))
        expected = validate(method, OPTS, ballots)
        result = tally(method, OPTS, ballots)
        assert [(p.index, p.messages) for p in result.problems] == [
            (p.index, p.messages) for p in expected
        ], method
        assert result.counted == len(ballots) - len(expected)


def test_a_ballot_keeps_its_own_copy_of_the_values_without_blanks():
    given = {"Export brand": 1, "Training": None}
    ballot = Ballot(given)
    given["Finance"] = 2
    assert ballot.values == {"Export brand": 1}
    plain = {"Export brand": 1}
    assert Ballot(plain).values is not plain


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (MethodParams(max_iqr=float("nan")), "the largest spread (IQR) must be a number, not nan"),
        (MethodParams(max_iqr=float("inf")), "the largest spread (IQR) must be a number, not inf"),
        (MethodParams(support_threshold=float("nan")), "the support threshold must be a share"),
        (MethodParams(support_threshold=float("inf")), "the support threshold must be a share"),
    ],
)
def test_nan_and_inf_parameters_are_refused(params, message):
    from facilitator_app.core.errors import BadInputError

    with pytest.raises(BadInputError, match=re.escape(message)):
        tally("gradients", OPTS, [Ballot({"Training": 1})], params)
