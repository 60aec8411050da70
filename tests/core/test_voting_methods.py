"""Every method on small ballots checked by hand (the arithmetic is in the comments)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting import (
    Ballot,
    CopelandDetails,
    CountDetails,
    IrvDetails,
    MethodParams,
    SchulzeDetails,
    filter_ballots,
    firms_only,
    impact_feasibility,
    tally,
)

ABC = ["A", "B", "C"]


def ranks(*order: str, weight=1, voter=None, group=None) -> Ballot:
    """A ranked ballot from options best first: ranks("B", "A") = {B: 1, A: 2}."""
    return Ballot({o: i + 1 for i, o in enumerate(order)}, voter=voter, weight=weight, group=group)


def table(result):
    return [(r.option, r.position, r.score) for r in result.ranking]


# --- Borda -------------------------------------------------------------------


def test_borda_tie_shares_first_place():
    # m = 3: rank 1 earns 2, rank 2 earns 1, rank 3 earns 0.
    # A: 2 + 2 + 0 = 4; B: 1 + 1 + 2 = 4; C: 0 + 0 + 1 = 1.
    result = tally("borda", ABC, [ranks("A", "B", "C"), ranks("A", "B", "C"), ranks("B", "C", "A")])
    assert table(result) == [("A", 1, 4), ("B", 1, 4), ("C", 3, 1)]
    assert result.winners == ["A", "B"]
    assert result.ties == [["A", "B"]]


def test_borda_truncated_ballot_unranked_earn_nothing():
    # m = 4. Ballot 1 ranks only A: A earns 3. Ballot 2: B 3, C 2, D 1, A 0.
    result = tally("borda", list("ABCD"), [ranks("A"), ranks("B", "C", "D", "A")])
    assert table(result) == [("A", 1, 3), ("B", 1, 3), ("C", 3, 2), ("D", 4, 1)]


def test_borda_weights_multiply_points():
    # Weight 2: A 2x2 = 4, B 2x1 = 2. Weight 1: C 2, B 1. A 4, B 3, C 2.
    result = tally("borda", ABC, [ranks("A", "B", "C", weight=2), ranks("C", "B", "A")])
    assert table(result) == [("A", 1, 4), ("B", 2, 3), ("C", 3, 2)]
    assert result.total_weight == 3


def test_borda_decimal_weights_are_exact():
    # Weight 1.5: A 3, B 1.5. Weight 0.1 (as typed): C 0.2, B 0.1. B = 1.6 exactly.
    result = tally(
        "borda", ABC, [ranks("A", "B", "C", weight=1.5), ranks("C", "B", "A", weight=0.1)]
    )
    assert result.score_of("A") == 3
    assert result.score_of("B") == Fraction(8, 5)
    assert result.score_of("C") == Fraction(1, 5)
    assert result.to_dict()["ranking"][1] == {"option": "B", "position": 2, "score": 1.6}


def test_borda_single_voter():
    result = tally("borda", ABC, [ranks("B", "A", "C")])
    assert table(result) == [("B", 1, 2), ("A", 2, 1), ("C", 3, 0)]
    assert result.winners == ["B"]


def test_weight_equals_repeated_ballots():
    one = tally("borda", ABC, [ranks("C", "A", "B", weight=3), ranks("A", "B", "C")])
    many = tally("borda", ABC, [ranks("C", "A", "B")] * 3 + [ranks("A", "B", "C")])
    assert table(one) == table(many)


# --- instant runoff ------------------------------------------------------------


def test_irv_transfers_until_majority():
    # First preferences A 4, B 3, C 2: C out, its 2 go to B: B 5, A 4.
    ballots = [ranks("A", "B", "C")] * 4 + [ranks("B", "C", "A")] * 3 + [ranks("C", "B", "A")] * 2
    result = tally("irv", ABC, ballots)
    assert table(result) == [("B", 1, 5), ("A", 2, 4), ("C", 3, 2)]
    assert result.winners == ["B"]
    assert isinstance(result.details, IrvDetails)
    rounds = result.details.rounds
    assert [r.eliminated for r in rounds] == [("C",), ("A",)]
    assert rounds[0].votes == {"A": 4, "B": 3, "C": 2}
    assert result.details.majority_round == 2


def test_irv_fewest_tied_go_out_together_then_tie_for_first():
    # A 3, B 3, C 1, D 1: C and D go together (not one by one); C's ballot
    # moves to A, D's to B: A 4, B 4, every remaining option tied -> A, B tie.
    options = list("ABCD")
    ballots = (
        [ranks("A", "B", "C", "D")] * 3
        + [ranks("B", "A", "C", "D")] * 3
        + [ranks("C", "D", "A", "B"), ranks("D", "C", "B", "A")]
    )
    result = tally("irv", options, ballots)
    assert isinstance(result.details, IrvDetails)
    assert result.details.rounds[0].eliminated == ("C", "D")
    assert result.winners == ["A", "B"]
    assert table(result) == [("A", 1, 4), ("B", 1, 4), ("C", 3, 1), ("D", 3, 1)]
    assert "tie" in (result.details.rounds[1].note or "")


def test_irv_exhausted_ballots():
    # A 2, B 1, C 2: B out; its ballot ranks nothing else: exhausted.
    # A 2, C 2 tie.
    ballots = [ranks("A"), ranks("A"), ranks("B"), ranks("C"), ranks("C")]
    result = tally("irv", ABC, ballots)
    assert isinstance(result.details, IrvDetails)
    assert result.details.rounds[1].exhausted == 1
    assert result.winners == ["A", "C"]
    assert table(result)[2] == ("B", 3, 1)


def test_irv_two_way_tie_is_not_broken():
    result = tally("irv", ["A", "B"], [ranks("A", "B")] * 2 + [ranks("B", "A")] * 2)
    assert result.winners == ["A", "B"]
    assert result.ties == [["A", "B"]]


# --- Schulze ---------------------------------------------------------------------


def test_schulze_worked_example_45_voters():
    """The worked example of the Wikipedia article "Schulze method" (45 voters,
    5 candidates): 5 ACBED, 5 ADECB, 8 BEDAC, 3 CABED, 7 CAEBD, 2 CBADE,
    7 DCEBA, 8 EBADC. Published result: E > A > C > B > D. (The article
    measures links by winning votes; with complete ballots margins give the
    same order.)"""
    groups = {
        "ACBED": 5,
        "ADECB": 5,
        "BEDAC": 8,
        "CABED": 3,
        "CAEBD": 7,
        "CBADE": 2,
        "DCEBA": 7,
        "EBADC": 8,
    }
    ballots = [ranks(*order) for order, n in groups.items() for _ in range(n)]
    result = tally("schulze", list("ABCDE"), ballots)
    assert [(r.option, r.position) for r in result.ranking] == [
        ("E", 1),
        ("A", 2),
        ("C", 3),
        ("B", 4),
        ("D", 5),
    ]
    assert result.winners == ["E"]
    # Beats: E all 4 others, A 3, C 2, B 1, D none.
    assert [r.score for r in result.ranking] == [4, 3, 2, 1, 0]
    assert isinstance(result.details, SchulzeDetails)
    assert result.details.condorcet_winner is None  # there is a cycle


def test_schulze_cycle_is_a_three_way_tie():
    # Each option wins one contest 2-1 and loses one: all paths have strength 1.
    ballots = [ranks("A", "B", "C"), ranks("B", "C", "A"), ranks("C", "A", "B")]
    result = tally("schulze", ABC, ballots)
    assert result.winners == ABC
    assert result.ties == [ABC]


# --- Copeland ----------------------------------------------------------------------


def test_copeland_draw_counts_zero():
    # A vs B 1-1 (draw); both beat C 2-0. A: 1 win, 0 losses = 1; B the same; C: -2.
    result = tally("copeland", ABC, [ranks("A", "B", "C"), ranks("B", "A", "C")])
    assert table(result) == [("A", 1, 1), ("B", 1, 1), ("C", 3, -2)]
    assert isinstance(result.details, CopelandDetails)
    assert result.details.draws == {"A": 1, "B": 1, "C": 0}


def test_copeland_condorcet_winner():
    ballots = [ranks("B", "A", "C")] * 2 + [ranks("A", "C", "B")]
    result = tally("copeland", ABC, ballots)
    # B beats A 2-1, B beats C 2-1, A beats C 3-0.
    assert table(result) == [("B", 1, 2), ("A", 2, 0), ("C", 3, -2)]
    assert isinstance(result.details, CopelandDetails)
    assert result.details.condorcet_winner == "B"


# --- dots and approval ------------------------------------------------------------------


def test_dots_default_budget_and_scores():
    # 5 options: budget round(5/3) = 2 dots. A 2 + 1 = 3, B 1 + 1 = 2, C 1.
    options = list("ABCDE")
    ballots = [Ballot({"A": 2}), Ballot({"A": 1, "B": 1}), Ballot({"B": 1, "C": 1})]
    result = tally("dots", options, ballots)
    assert table(result) == [("A", 1, 3), ("B", 2, 2), ("C", 3, 1), ("D", 4, 0), ("E", 4, 0)]
    assert isinstance(result.details, CountDetails)
    assert result.details.budget == 2
    assert result.consensus.support is not None
    assert result.consensus.support["A"] == Fraction(2, 3)


def test_dots_over_budget_and_cap_are_refused_but_others_count():
    params = MethodParams(budget=3, max_per_option=2)
    ballots = [
        Ballot({"A": 3}, voter="Ana"),  # over the cap of 2
        Ballot({"A": 2, "B": 2}, voter="Ben"),  # 4 > budget 3
        Ballot({"A": 2, "B": 1}, voter="Cy"),
    ]
    result = tally("dots", ABC, ballots, params)
    assert result.counted == 1
    assert [(p.voter, p.messages) for p in result.problems] == [
        ("Ana", ("3 dots on “A”: at most 2 per option",)),
        ("Ben", ("4 dots in total: the budget is 3",)),
    ]
    assert table(result) == [("A", 1, 2), ("B", 2, 1), ("C", 3, 0)]


def test_approval_counts_and_blank_means_not_approved():
    ballots = [Ballot({"A": 1, "B": 1}), Ballot({"A": 1}), Ballot({"C": 0})]
    result = tally("approval", ABC, ballots)
    assert table(result) == [("A", 1, 2), ("B", 2, 1), ("C", 3, 0)]
    assert result.vote_counts["A"].voters == 2


def test_approval_nobody_approved_means_no_winner():
    result = tally("approval", ABC, [Ballot({"A": 0}), Ballot({"B": 0})])
    assert result.winners == []
    assert result.ties == [ABC]


# --- score and impact / feasibility ---------------------------------------------------


def test_score_mean_median_and_blank_is_abstention():
    # A: 5, 4, 3 -> mean 4, median 4. B: 2, 2 (one voter left it blank) -> 2.
    ballots = [Ballot({"A": 5, "B": 2}), Ballot({"A": 4, "B": 2}), Ballot({"A": 3})]
    result = tally("score", ["A", "B", "C"], ballots)
    assert table(result) == [("A", 1, 4), ("B", 2, 2), ("C", 3, None)]
    a = result.rating_stats["A"]
    assert (a.mean, a.median, a.ratings, a.iqr) == (4, 4, 3, 1)
    # support = share of ratings above the middle (3) of the 1-5 scale: 5 and 4.
    assert a.support == Fraction(2, 3)
    assert result.rating_stats["C"].mean is None
    assert result.winners == ["A"]


def test_score_custom_scale_refuses_out_of_scale():
    params = MethodParams(scale_min=0, scale_max=10)
    result = tally("score", ["A"], [Ballot({"A": 0}), Ballot({"A": 11}, voter="X")], params)
    assert result.counted == 1
    assert result.problems[0].messages == ("rating 11 for “A” is outside the scale 0-10",)


def test_impact_feasibility_quadrants():
    # Means: A impact 4.5 feas 4 -> quick win; B impact 5, feas 2 -> major project;
    # C impact 2, feas 5 -> fill-in; D impact 3 (= middle: low), feas 1 -> thankless task.
    options = list("ABCD")
    impact = [Ballot({"A": 5, "B": 5, "C": 2, "D": 3}), Ballot({"A": 4, "B": 5, "C": 2, "D": 3})]
    feasibility = [Ballot({"A": 4, "B": 2, "C": 5, "D": 1})] * 2
    both = impact_feasibility(options, impact, feasibility)
    assert both.quadrants == {
        "A": "quick_win",
        "B": "major_project",
        "C": "fill_in",
        "D": "thankless_task",
    }


# --- gradients ----------------------------------------------------------------------------


def grads(values: dict[str, int], **kw) -> Ballot:
    return Ballot(values, **kw)


def test_gradients_consensus_rule():
    # A: 1, 2, 3, 4 -> support 3/4 = 75% (at the threshold), no block -> consensus.
    # B: 1, 1, 1, 7 -> support 75% but one block -> no consensus.
    # C: 1, 4, 5, 6 -> support 25%.
    ballots = [
        grads({"A": 1, "B": 1, "C": 1}),
        grads({"A": 2, "B": 1, "C": 4}),
        grads({"A": 3, "B": 1, "C": 5}),
        grads({"A": 4, "B": 7, "C": 6}),
    ]
    result = tally("gradients", ABC, ballots)
    a, b = result.rating_stats["A"], result.rating_stats["B"]
    assert (a.support, a.blocks, a.consensus) == (Fraction(3, 4), 0, True)
    assert (b.support, b.blocks, b.consensus) == (Fraction(3, 4), 1, False)
    assert result.winners == ["A"]
    assert table(result) == [
        ("A", 1, Fraction(3, 4)),
        ("B", 1, Fraction(3, 4)),
        ("C", 3, Fraction(1, 4)),
    ]
    # A: median of 1,2,3,4 = 2.5; IQR = Q3 - Q1 = 3.25 - 1.75 = 1.5 (inclusive quartiles).
    assert (a.median, a.iqr) == (Fraction(5, 2), Fraction(3, 2))
    assert result.consensus.consensus_reached == ("A",)


def test_gradients_thresholds_configurable():
    ballots = [grads({"A": 1}), grads({"A": 2}), grads({"A": 3}), grads({"A": 4})]
    assert tally("gradients", ["A"], ballots, MethodParams(support_threshold=0.8)).winners == []
    assert tally("gradients", ["A"], ballots, MethodParams(max_iqr=1)).winners == []
    assert tally("gradients", ["A"], ballots, MethodParams(max_iqr=1.5)).winners == ["A"]
    # "Everyone at 4 or better" holds; "at 3 or better" does not.
    assert tally("gradients", ["A"], ballots, MethodParams(all_at_most=4)).winners == ["A"]
    assert tally("gradients", ["A"], ballots, MethodParams(all_at_most=3)).winners == []


def test_gradients_threshold_typed_as_decimal_is_exact():
    # 4 of 5 in support = 80 %; a threshold of 0.8 must count as reached
    # (0.8 as a binary float is a hair above 4/5).
    ballots = [grads({"A": 1})] * 4 + [grads({"A": 5})]
    assert tally("gradients", ["A"], ballots, MethodParams(support_threshold=0.8)).winners == ["A"]


def test_gradients_blocks_count_voters_not_weight():
    ballots = [grads({"A": 7}, weight=3), grads({"A": 1})]
    result = tally("gradients", ["A"], ballots)
    assert result.rating_stats["A"].blocks == 1
    assert result.rating_stats["A"].support == Fraction(1, 4)


# --- empty rounds, subsets, parameters ------------------------------------------------------


@pytest.mark.parametrize(
    "method", ["dots", "approval", "borda", "irv", "schulze", "copeland", "score", "gradients"]
)
def test_empty_round(method):
    result = tally(method, ABC, [])
    assert result.counted == 0
    assert result.winners == []
    assert [(r.option, r.position, r.score) for r in result.ranking] == [
        ("A", 1, None),
        ("B", 1, None),
        ("C", 1, None),
    ]
    data = result.to_dict()
    assert data["method"] == method and data["winners"] == []


def test_all_ballots_invalid_is_an_empty_round_with_problems():
    result = tally("borda", ABC, [Ballot({"A": 1, "B": 1})])
    assert result.counted == 0 and len(result.problems) == 1


def test_firms_only_and_member_type_subsets():
    ballots = [
        ranks("A", "B", "C", group="firm"),
        ranks("A", "C", "B", group="firm"),
        ranks("C", "B", "A", group="academic"),
        ranks("C", "B", "A", group="ministry"),
        ranks("C", "B", "A", group="ministry"),
    ]
    assert tally("borda", ABC, ballots).winners == ["C"]
    assert tally("borda", ABC, firms_only(ballots)).winners == ["A"]
    by_type = filter_ballots(ballots, groups={"academic", "ministry"})
    assert len(by_type) == 3
    assert tally(
        "borda", ABC, filter_ballots(ballots, predicate=lambda b: b.group != "firm")
    ).winners == ["C"]


def test_unusable_parameters_raise_bad_input():
    with pytest.raises(BadInputError):
        tally("borda", [], [])
    with pytest.raises(BadInputError):
        tally("plurality", ABC, [])
    with pytest.raises(BadInputError):
        tally("score", ABC, [], MethodParams(scale_min=5, scale_max=1))
    with pytest.raises(BadInputError):
        tally("dots", ABC, [], MethodParams(budget=0))
    with pytest.raises(BadInputError):
        tally("borda", ["A", "A"], [])


def test_json_shape():
    data = tally("borda", ABC, [ranks("A", "B", "C")]).to_dict()
    assert set(data) >= {"method", "ranking", "winners", "consensus"}
    assert data["ranking"][0] == {"option": "A", "position": 1, "score": 2}
    assert data["consensus"]["raters"] == 1


def test_weighted_median_and_iqr_count_a_weight_as_copies():
    # Ratings 1 and 2: median 1.5, IQR 1.75 - 1.25 = 0.5 (inclusive quartiles).
    result = tally("score", ["A"], [Ballot({"A": 1}), Ballot({"A": 2})])
    stats = result.rating_stats["A"]
    assert (stats.median, stats.iqr) == (Fraction(3, 2), Fraction(1, 2))
    # Both of weight 2 read as 1, 1, 2, 2: median 1.5; Q1 at position 0.75
    # is 1, Q3 at 2.25 is 2: IQR 1.
    result = tally("score", ["A"], [Ballot({"A": 1}, weight=2), Ballot({"A": 2}, weight=2)])
    stats = result.rating_stats["A"]
    assert (stats.median, stats.iqr) == (Fraction(3, 2), 1)
    # Weight 3 for a 5 against one 1: 1, 5, 5, 5: median 5, mean (15 + 1) / 4 = 4.
    result = tally("score", ["A"], [Ballot({"A": 5}, weight=3), Ballot({"A": 1})])
    assert result.rating_stats["A"].median == 5
    assert result.score_of("A") == 4
    # The same with weights 1.5 and 0.5 (the engine works in half units inside).
    result = tally("score", ["A"], [Ballot({"A": 5}, weight=1.5), Ballot({"A": 1}, weight=0.5)])
    assert result.score_of("A") == 4


def test_schulze_names_the_places_that_are_not_defeats():
    # A > C > B and B > A > C: A beats C 2-0, A-B and B-C draw. A and B share
    # place 1 (nobody beats them); C is beaten by A only, yet placed below B.
    result = tally("schulze", ABC, [ranks("A", "C", "B"), ranks("B", "A", "C")])
    assert table(result) == [("A", 1, 1), ("B", 1, 0), ("C", 3, 0)]
    assert isinstance(result.details, SchulzeDetails)
    assert result.details.not_defeats == (("B", "C"),)
    # A strict order: every higher place beats every lower one.
    strict = tally("schulze", ABC, [ranks("A", "B", "C")] * 2 + [ranks("B", "A", "C")])
    assert isinstance(strict.details, SchulzeDetails) and strict.details.not_defeats == ()
