"""From one round to the next: top k with ties, the multi-voting rule, round comparison."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.core.voting import (
    Ballot,
    compare_rounds,
    multivote_threshold,
    next_round_multivote,
    next_round_top_k,
    tally,
)


def approvals(options_per_voter: list[str], all_options: list[str]):
    return tally(
        "approval", all_options, [Ballot(dict.fromkeys(chosen, 1)) for chosen in options_per_voter]
    )


def test_top_k_keeps_ties_at_the_cut_and_says_so():
    # Scores A 3, B 2, C 2, D 1: top 2 asked, B and C tie at position 2 -> 3 kept.
    result = approvals(["ABC", "ABD", "AC"], list("ABCD"))
    nxt = next_round_top_k(result, 2)
    assert nxt.options == ["A", "B", "C"]
    assert nxt.dropped == ["D"]
    assert "B, C tie at position 2" in nxt.note


def test_top_k_without_tie_and_more_than_available():
    result = approvals(["AB", "A", "AC", "B"], list("ABCD"))
    assert next_round_top_k(result, 1).options == ["A"]
    assert next_round_top_k(result, 10).options == ["A", "B", "C", "D"]
    with pytest.raises(UserError):
        next_round_top_k(result, 0)
    with pytest.raises(UserError):
        next_round_top_k(tally("approval", list("AB"), []), 1)


@pytest.mark.parametrize(
    ("voters", "bar"), [(1, 2), (4, 2), (5, 2), (6, 3), (15, 3), (16, 4), (40, 4)]
)
def test_multivote_threshold(voters, bar):
    # Fewer than 5: under 2 dropped; 6-15: under 3; more than 15: under 4;
    # 5 voters (not covered by the rule): treated as a small group, bar 2.
    assert multivote_threshold(voters) == bar


def test_multivote_elimination_on_ten_items():
    items = [f"I{i}" for i in range(10)]
    # 6 voters -> items need 3 votes. I0 gets 6, I1 5, I2 3, I3 2, the rest 0-1.
    voters = [
        ["I0", "I1", "I2", "I3"],
        ["I0", "I1", "I2", "I3"],
        ["I0", "I1", "I2", "I4"],
        ["I0", "I1", "I5"],
        ["I0", "I1"],
        ["I0"],
    ]
    result = tally("approval", items, [Ballot(dict.fromkeys(v, 1)) for v in voters])
    nxt = next_round_multivote(result)
    assert nxt.options == ["I0", "I1", "I2"]
    assert "fewer than 3 votes" in nxt.note
    assert nxt.done  # 3 items left: at most about 7


def test_multivote_short_list_needs_no_elimination():
    result = approvals(["AB", "A"], list("ABCD"))
    nxt = next_round_multivote(result)
    assert nxt.done and nxt.options == ["A", "B", "C", "D"] and nxt.dropped == []


def test_multivote_never_drops_everything():
    items = [f"I{i}" for i in range(9)]
    result = tally(
        "approval", items, [Ballot({f"I{i}": 1}) for i in range(9)]
    )  # 9 voters, 1 vote each
    nxt = next_round_multivote(result)
    assert nxt.options == items and "nothing dropped" in nxt.note


def test_multivote_refuses_ranked_rounds():
    result = tally("borda", ["A", "B"], [Ballot({"A": 1, "B": 2})])
    with pytest.raises(UserError):
        next_round_multivote(result)


def test_compare_rounds_movement_and_change_in_w():
    options = list("ABC")
    first = tally(
        "borda",
        options,
        [
            Ballot({"A": 1, "B": 2, "C": 3}),
            Ballot({"C": 1, "B": 2, "A": 3}),
            Ballot({"B": 1, "A": 2, "C": 3}),
        ],
    )
    second = tally("borda", options, [Ballot({"B": 1, "A": 2, "C": 3})] * 3)
    change = compare_rounds(first, second)
    # Round 1 points: A 2+0+1 = 3, B 1+1+2 = 4, C 0+2+0 = 2 -> B, A, C. Round 2: B, A, C.
    moves = {m.option: m for m in change.moves}
    assert moves["B"].position_before == 1 and moves["B"].position_after == 1
    assert moves["B"].movement == 0
    w = change.figures.kendall_w
    assert w is not None and w.before is not None
    assert w.after == pytest.approx(1.0)
    assert w.change == pytest.approx(1.0 - w.before)
    assert change.to_dict()["options"][0]["option"] == "B"


def test_compare_rounds_with_dropped_option_and_support():
    first = approvals(["AB", "AC", "C"], list("ABC"))  # A 2, C 2, B 1
    second = approvals(["A", "A", "C"], ["A", "C"])  # A 2, C 1
    change = compare_rounds(first, second)
    moves = {m.option: m for m in change.moves}
    assert moves["B"].position_after is None and moves["B"].movement is None
    assert moves["C"].movement == -1  # 1st (tied) -> 2nd
    support = change.figures.support
    assert support is not None
    assert support["A"].before == support["A"].after
    assert support["B"].after is None


def test_a_move_counts_only_the_options_of_both_rounds_and_says_why_one_left():
    # round 2 (gradients): A and B reach consensus, C does not; round 3 carries C alone
    gradients = [Ballot({"A": 1, "B": 2, "C": 5})] * 4
    second = tally("gradients", list("ABC"), gradients)
    third = tally("gradients", ["C"], [Ballot({"C": 2})] * 4)
    moves = {m.option: m for m in compare_rounds(second, third).moves}
    assert moves["C"].position_before == 3 and moves["C"].position_after == 1
    assert moves["C"].movement == 0  # alone in both: no "up 2"
    assert moves["A"].left_because == moves["B"].left_because == "consensus"
    assert moves["C"].left_because == ""
    # after a ranking round, an option left out was simply not carried on
    first = tally("borda", list("ABC"), [Ballot({"A": 1, "B": 2, "C": 3})])
    then = tally("borda", ["A", "C"], [Ballot({"C": 1, "A": 2})])
    moves = {m.option: m for m in compare_rounds(first, then).moves}
    assert moves["B"].left_because == "not_carried"
    assert moves["C"].movement == 1 and moves["A"].movement == -1
