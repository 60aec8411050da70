"""Properties that must hold for any ballots (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.core.voting import METHODS, Ballot, MethodParams, tally, validate

OPTIONS = ["A", "B", "C", "D", "E"]

cell = st.one_of(
    st.none(),
    st.integers(-2, 9),
    st.sampled_from([1.0, 2.5, float("nan"), "x", True]),
)
ballot = st.builds(
    Ballot,
    values=st.dictionaries(st.sampled_from([*OPTIONS, "Z"]), cell, max_size=6),
    voter=st.one_of(st.none(), st.sampled_from(["Ana", "Ben", "ana", "Cy"])),
    weight=st.sampled_from([1, 2, 0.5, 1.0, 0, -1, 3]),
)


@settings(max_examples=150, deadline=None)
@given(method=st.sampled_from(METHODS), ballots=st.lists(ballot, max_size=25))
def test_every_ballot_is_counted_or_refused_with_reasons(method, ballots):
    params = MethodParams(budget=4, max_per_option=3)
    result = tally(method, OPTIONS, ballots, params)
    refused = validate(method, OPTIONS, ballots, params)
    assert result.counted + len(result.problems) == len(ballots)
    assert [p.index for p in result.problems] == [p.index for p in refused]
    assert all(p.messages for p in result.problems)
    # Positions are competition ranks: 1, then 1 + the number of options above.
    positions = [r.position for r in result.ranking]
    assert positions == sorted(positions)
    for r in result.ranking:
        assert r.position == 1 + sum(1 for p in positions if p < r.position)
    assert sorted(r.option for r in result.ranking) == sorted(OPTIONS)
    if result.method != "gradients":
        assert set(result.winners) <= {r.option for r in result.ranking if r.position == 1}
    result.to_dict()  # always serialisable


rank_ballot = st.permutations(OPTIONS).flatmap(
    lambda order: st.integers(1, len(order)).map(
        lambda k: {o: i + 1 for i, o in enumerate(order[:k])}
    )
)


@settings(max_examples=100, deadline=None)
@given(
    method=st.sampled_from(["borda", "irv", "schulze", "copeland"]),
    rankings=st.lists(rank_ballot, min_size=1, max_size=30),
    factor=st.sampled_from([2, 3, 0.5, 2.5]),
)
def test_scaling_every_weight_changes_no_ranking(method, rankings, factor):
    plain = tally(method, OPTIONS, [Ballot(r) for r in rankings])
    scaled = tally(method, OPTIONS, [Ballot(r, weight=factor) for r in rankings])
    assert [(r.option, r.position) for r in plain.ranking] == [
        (r.option, r.position) for r in scaled.ranking
    ]
    w_plain, w_scaled = plain.consensus.kendall_w, scaled.consensus.kendall_w
    if w_plain is not None:
        assert w_scaled is not None and abs(w_plain - w_scaled) < 1e-12
