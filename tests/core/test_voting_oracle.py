"""The ranked methods against pref_voting, the reference implementation of record.

Hundreds of seeded random profiles (2-12 options, 1-200 voters, complete
rankings). pref_voting is a test-only dependency. Where the two define
things the same way the answers must be equal:

- Borda: scores and winners (pref_voting: rank r of m earns m - r).
- Instant runoff: winners of ``instant_runoff`` without a tie-breaker. It
  also removes every option tied for fewest first preferences at once and
  declares a tie when that would remove all; it stops at a majority, we run
  on to place everyone, which cannot change the winner (an option with a
  majority is never among the fewest). So winners agree on every profile,
  ties included.
- Schulze: winners of ``beat_path`` (margins, Floyd-Warshall).
- Copeland: winners and scores (wins minus losses).

Half the profiles give each distinct ranking as one ballot carrying its
count as a vote weight, so weights are checked against repeated ballots.
"""

from __future__ import annotations

import random

import pytest

from facilitator_app.core.voting import Ballot, tally

# The package alone is light; its methods bring scipy, numba, networkx and
# matplotlib (about 3 s). They are imported by the first test that calls them,
# not at collection, where every worker would pay for them whether it runs
# these tests or not.
pytest.importorskip("pref_voting")


def Profile(*args, **kwargs):  # stands for pref_voting's class
    from pref_voting.profiles import Profile

    return Profile(*args, **kwargs)


def ProfileWithTies(*args, **kwargs):  # stands for pref_voting's class
    from pref_voting.profiles_with_ties import ProfileWithTies

    return ProfileWithTies(*args, **kwargs)


def pv_copeland(profile):
    from pref_voting.c1_methods import copeland

    return copeland(profile)


def pv_irv(profile):
    from pref_voting.iterative_methods import instant_runoff

    return instant_runoff(profile)


def pv_beat_path(profile):
    from pref_voting.margin_based_methods import beat_path

    return beat_path(profile)

N_PROFILES = 300


def _random_profile(seed: int):
    """Options, pref_voting Profile, and our ballots for one seed.

    Rankings are drawn from a few "factions" plus noise so that profiles
    have structure (and ties) instead of being uniform noise.
    """
    rng = random.Random(seed)
    m = rng.randint(2, 12)
    n = rng.randint(1, 200)
    options = [f"Option {chr(65 + i)}" for i in range(m)]
    factions = [rng.sample(range(m), m) for _ in range(rng.randint(1, 4))]
    rankings = []
    for _ in range(n):
        order = list(rng.choice(factions))
        for _ in range(rng.randint(0, 3)):  # a few swaps of neighbours
            i = rng.randrange(m - 1) if m > 1 else 0
            if m > 1:
                order[i], order[i + 1] = order[i + 1], order[i]
        rankings.append(tuple(order))
    counts: dict[tuple[int, ...], int] = {}
    for r in rankings:
        counts[r] = counts.get(r, 0) + 1
    unique = list(counts)
    profile = Profile([list(r) for r in unique], [counts[r] for r in unique])
    as_weights = seed % 2 == 0
    ballots = []
    if as_weights:
        for r in unique:
            ballots.append(Ballot({options[c]: i + 1 for i, c in enumerate(r)}, weight=counts[r]))
    else:
        for r in rankings:
            ballots.append(Ballot({options[c]: i + 1 for i, c in enumerate(r)}))
    rng.shuffle(ballots)
    return options, profile, ballots


def _names(options, indices):
    return sorted(options[i] for i in indices)


@pytest.mark.parametrize("chunk", range(6))
def test_borda_scores_and_winners_equal_pref_voting(chunk):
    for seed in range(chunk * 50, (chunk + 1) * 50):
        options, profile, ballots = _random_profile(seed)
        ours = tally("borda", options, ballots)
        theirs = profile.borda_scores()
        assert {o: ours.score_of(o) for o in options} == {
            options[c]: s for c, s in theirs.items()
        }, seed
        best = max(theirs.values())
        assert sorted(ours.winners) == _names(options, [c for c, s in theirs.items() if s == best])


@pytest.mark.parametrize("chunk", range(6))
def test_irv_winners_equal_pref_voting(chunk):
    for seed in range(chunk * 50, (chunk + 1) * 50):
        options, profile, ballots = _random_profile(seed)
        ours = tally("irv", options, ballots)
        expected = _names(options, pv_irv(profile))
        assert sorted(ours.winners) == expected, seed


def test_irv_oracle_covers_ties():
    """The random profiles include tied runoffs, so the tie rule is really compared."""
    tied = sum(len(pv_irv(_random_profile(seed)[1])) > 1 for seed in range(N_PROFILES))
    assert tied >= 5


@pytest.mark.parametrize("chunk", range(6))
def test_schulze_winners_equal_beat_path(chunk):
    for seed in range(chunk * 50, (chunk + 1) * 50):
        options, profile, ballots = _random_profile(seed)
        ours = tally("schulze", options, ballots)
        assert sorted(ours.winners) == _names(options, pv_beat_path(profile)), seed


@pytest.mark.parametrize("chunk", range(6))
def test_copeland_scores_and_winners_equal_pref_voting(chunk):
    for seed in range(chunk * 50, (chunk + 1) * 50):
        options, profile, ballots = _random_profile(seed)
        ours = tally("copeland", options, ballots)
        assert sorted(ours.winners) == _names(options, pv_copeland(profile)), seed
        theirs = profile.copeland_scores()
        assert {o: ours.score_of(o) for o in options} == {
            options[c]: s for c, s in theirs.items()
        }, seed


def test_truncated_ballots_schulze_and_copeland_equal_pref_voting():
    """Truncated ballots: a ranked option beats every unranked one, unranked
    options are not compared. pref_voting reads truncated orders the same way
    with ``use_extended_strict_preference``."""
    for seed in range(150):
        rng = random.Random(10_000 + seed)
        m = rng.randint(2, 9)
        options = [f"P{i}" for i in range(m)]
        raw = []
        for _ in range(rng.randint(1, 60)):
            k = rng.randint(1, m)
            raw.append(rng.sample(range(m), k))
        ballots = [Ballot({options[c]: i + 1 for i, c in enumerate(r)}) for r in raw]
        profile = ProfileWithTies(
            [{c: i + 1 for i, c in enumerate(r)} for r in raw], candidates=list(range(m))
        )
        profile.use_extended_strict_preference()
        assert sorted(tally("schulze", options, ballots).winners) == _names(
            options, pv_beat_path(profile)
        ), seed
        assert sorted(tally("copeland", options, ballots).winners) == _names(
            options, pv_copeland(profile)
        ), seed
