"""Methods for ranked ballots (1 = best): Borda, instant runoff, Schulze, Copeland.

All four read the packed profile (profile.py). Truncated ballots are
allowed: a voter may rank only their top few. Then, for Borda the unranked
options earn nothing; for the runoff the ballot is exhausted once all its
ranked options are out; for the pairwise methods a ranked option beats
every unranked one and two unranked options are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_app.core.voting.profile import Profile, first_preferences, pairwise
from facilitator_app.core.voting.results import (
    BordaDetails,
    CopelandDetails,
    IrvDetails,
    IrvRound,
    MethodDetails,
    RankedOption,
    SchulzeDetails,
    rank_by_score,
    ranking_from_layers,
    top_options,
)


@dataclass
class Outcome:
    """What a method gives: the ranking, the winners and its workings."""

    ranking: list[RankedOption]
    winners: list[str]
    details: MethodDetails


def borda(profile: Profile) -> Outcome:
    """With m options, rank r earns m - r points; unranked options earn nothing."""
    m = len(profile.options)
    fill = profile.fill
    units = [0] * m
    for block in profile.blocks:
        for a, col in enumerate(block.columns):
            unranked = col.count(fill)
            rank_total = sum(col) - fill * unranked
            units[a] += block.mult * (m * (block.size - unranked) - rank_total)
    scores = {o: profile.weight(u) for o, u in zip(profile.options, units)}
    ranking = rank_by_score(profile.options, scores)
    return Outcome(ranking, top_options(ranking), BordaDetails(f"rank r earns {m} - r"))


def irv(profile: Profile) -> Outcome:
    """Instant runoff, run to the end so that every option gets a place.

    Each round counts each ballot for its highest-ranked remaining option.
    All options tied for the fewest votes go out together, unless that
    would remove every remaining option: those then tie. The last options
    standing win; the others are placed in reverse order of elimination,
    options eliminated together sharing a place. An option's score is its
    vote in the last round it took part in (for the winner, the final
    contested round). Running on after someone has a
    majority changes no winner (a majority can never be the fewest) but
    places everyone; ``majority_round`` tells when the winner first had
    more than half of the continuing votes.
    """
    options = profile.options
    remaining = list(range(len(options)))
    last_votes: dict[int, int] = {}
    out_order: list[list[int]] = []
    rounds: list[IrvRound] = []
    majority_round = None
    while True:
        if len(remaining) == 1 and rounds:
            break  # the winner keeps its vote of the last contested round
        counts, exhausted = first_preferences(profile, remaining)
        for a, c in zip(remaining, counts):
            last_votes[a] = c
        continuing = sum(counts)
        votes = {options[a]: profile.weight(c) for a, c in zip(remaining, counts)}
        number = len(rounds) + 1
        if majority_round is None and any(2 * c > continuing for c in counts):
            majority_round = number
        if len(remaining) == 1:  # a single option from the start
            rounds.append(IrvRound(number, votes, profile.weight(exhausted), ()))
            break
        fewest = min(counts)
        losers = [a for a, c in zip(remaining, counts) if c == fewest]
        if len(losers) == len(remaining):
            note = "all remaining options have the same vote: they tie"
            rounds.append(IrvRound(number, votes, profile.weight(exhausted), (), note))
            break
        rounds.append(
            IrvRound(number, votes, profile.weight(exhausted), tuple(options[a] for a in losers))
        )
        out_order.append(losers)
        gone = set(losers)
        remaining = [a for a in remaining if a not in gone]
    layers = [[options[a] for a in remaining]] + [
        [options[a] for a in group] for group in reversed(out_order)
    ]
    scores = {options[a]: profile.weight(v) for a, v in last_votes.items()}
    ranking = ranking_from_layers(layers, scores)
    return Outcome(ranking, top_options(ranking), IrvDetails(tuple(rounds), majority_round))


def _condorcet_winner(options: tuple[str, ...], N: list[list[int]]) -> str | None:
    m = len(options)
    for a in range(m):
        if all(N[a][b] > N[b][a] for b in range(m) if b != a):
            return options[a]
    return None


def strongest_paths(N: list[list[int]]) -> list[list[int]]:
    """Schulze's strongest path strengths, links measured in margins.

    A link a -> b exists when more weight ranks a above b than b above a,
    with strength the margin; a path is as strong as its weakest link
    (0 = no path). Widest-path Floyd-Warshall, O(m^3).
    """
    m = len(N)
    p = [[0] * m for _ in range(m)]
    for a in range(m):
        for b in range(m):
            if a != b and N[a][b] > N[b][a]:
                p[a][b] = N[a][b] - N[b][a]
    for i in range(m):
        pi = p[i]
        for j in range(m):
            if j == i:
                continue
            pj = p[j]
            via = pj[i]
            if via <= 0:
                continue
            for k in range(m):
                # Inline min/max: this loop runs m^3 times.
                if k != i and k != j:
                    s = pi[k] if pi[k] < via else via
                    if s > pj[k]:
                        pj[k] = s
    return p


def schulze(profile: Profile) -> Outcome:
    """Schulze (beat path): a beats b when the strongest path a -> b is
    stronger than b -> a. That relation is transitive, so the full ranking
    is built in layers: first every option nobody beats (the winners), then
    every option beaten only by those above, and so on. Options in one
    layer are not separated by the method and share a place. Score: the
    number of options an option beats.

    A place is not a defeat by everyone above: an option may sit below one
    it is not beaten by (beaten only by a third option that option does
    not beat). ``details.not_defeats`` lists those pairs.
    """
    options = profile.options
    m = len(options)
    N = pairwise(profile)
    p = strongest_paths(N)
    beats = [[p[a][b] > p[b][a] for b in range(m)] for a in range(m)]
    left = list(range(m))
    layers: list[list[str]] = []
    while left:
        layer = [a for a in left if not any(beats[b][a] for b in left)]
        layers.append([options[a] for a in layer])
        taken = set(layer)
        left = [a for a in left if a not in taken]
    scores = {options[a]: sum(beats[a]) for a in range(m)}
    ranking = ranking_from_layers(layers, scores)
    index = {o: a for a, o in enumerate(options)}
    not_defeats = tuple(
        (higher, lower)
        for k, layer in enumerate(layers)
        for lower in layer
        for above in layers[:k]
        for higher in above
        if not beats[index[higher]][index[lower]]
    )
    details = SchulzeDetails(
        condorcet_winner=_condorcet_winner(options, N),
        strongest_paths={
            options[a]: {options[b]: profile.weight(p[a][b]) for b in range(m) if b != a}
            for a in range(m)
        },
        not_defeats=not_defeats,
    )
    return Outcome(ranking, top_options(ranking), details)


def copeland(profile: Profile) -> Outcome:
    """Copeland: head-to-head wins minus losses; a drawn contest counts 0."""
    options = profile.options
    m = len(options)
    N = pairwise(profile)
    wins = [sum(1 for b in range(m) if b != a and N[a][b] > N[b][a]) for a in range(m)]
    losses = [sum(1 for b in range(m) if b != a and N[a][b] < N[b][a]) for a in range(m)]
    scores = {options[a]: wins[a] - losses[a] for a in range(m)}
    ranking = rank_by_score(options, scores)
    details = CopelandDetails(
        condorcet_winner=_condorcet_winner(options, N),
        wins={options[a]: wins[a] for a in range(m)},
        losses={options[a]: losses[a] for a in range(m)},
        draws={options[a]: m - 1 - wins[a] - losses[a] for a in range(m)},
    )
    return Outcome(ranking, top_options(ranking), details)
