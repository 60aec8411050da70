"""Methods where each option gets its own number: dots, approval, score, gradients.

Each reads per-option columns of the packed profile; weights multiply
every contribution. Shares ("support") are of the weight of the ballots
counted; for score and gradients they are of the ballots that rated that
option, since a voter may leave an option blank (abstain on it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction

from facilitator_app.core.voting.ballots import (
    GRADIENT_MAX,
    GRADIENT_MIN,
    MethodParams,
    dot_budget,
)
from facilitator_app.core.voting.profile import Profile, column_histograms
from facilitator_app.core.voting.ranked import Outcome
from facilitator_app.core.voting.results import (
    Agreement,
    CountDetails,
    RatingDetails,
    RatingStats,
    VoteCount,
    rank_by_score,
    top_options,
)
from facilitator_app.core.voting.stats import iqr, median, tastle_wierman

#: Gradients 1-3 are support (endorse, minor point, reservations).
GRADIENT_SUPPORT_MAX = 3
GRADIENT_BLOCK = GRADIENT_MAX


def _exact(x: float) -> Fraction:
    return Fraction(repr(x)) if isinstance(x, float) else Fraction(x)


def _counted(profile: Profile) -> tuple[list[int], list[int], list[int]]:
    """Per option: total of the numbers, weight and head count of nonzero ballots."""
    m = len(profile.options)
    totals, support, heads = [0] * m, [0] * m, [0] * m
    for block in profile.blocks:
        for a, col in enumerate(block.columns):
            totals[a] += block.mult * sum(col)
            support[a] += block.mult * (block.size - col.count(0))
    for block in profile.people:
        for a, col in enumerate(block.columns):
            heads[a] += block.size - col.count(0)
    return totals, support, heads


def _additive(
    profile: Profile, unit: str, budget: int | None = None, cap: int | None = None
) -> Outcome:
    options = profile.options
    totals, support, heads = _counted(profile)
    scores = {o: profile.weight(t) for o, t in zip(options, totals)}
    ranking = rank_by_score(options, scores)
    winners = top_options(ranking) if any(totals) else []
    per = {
        o: VoteCount(profile.weight(totals[a]), heads[a], Fraction(support[a], profile.total))
        for a, o in enumerate(options)
    }
    return Outcome(ranking, winners, CountDetails(unit, per, budget, cap))


def dots(profile: Profile, params: MethodParams) -> Outcome:
    """Score = dots received (times the voter's weight); the details keep the budget."""
    budget = dot_budget(params, len(profile.options))
    return _additive(profile, "dots", budget, params.max_per_option)


def approval(profile: Profile, params: MethodParams) -> Outcome:
    """Score = approvals received (times the voter's weight)."""
    return _additive(profile, "approvals")


def support_figures(profile: Profile, outcome: Outcome) -> Agreement:
    """Dots and approval: the share of ballots giving each option anything."""
    assert isinstance(outcome.details, CountDetails)
    return Agreement(support={o: c.support for o, c in outcome.details.options.items()})


def _rating_stats(
    hist: Mapping[int, int],
    heads: int,
    lo: int,
    hi: int,
    unit: int,
    support: Fraction | None,
    distribution: dict[int, Fraction],
    blocks: int | None = None,
    consensus: bool | None = None,
) -> RatingStats:
    weight = sum(hist.values())
    if weight == 0:
        return RatingStats(0, None, None, None, None, support, distribution, blocks, consensus)
    # Quartiles count a voter of weight 2 as two voters (weights in real
    # units, not the engine's internal ones); unweighted, they are the
    # usual inclusive quartiles.
    copies = {v: Fraction(w, unit) for v, w in hist.items()}
    return RatingStats(
        ratings=heads,
        mean=Fraction(sum(v * w for v, w in hist.items()), weight),
        median=median(copies),
        iqr=iqr(copies),
        tastle_wierman=tastle_wierman(hist, lo, hi),
        support=support,
        distribution=distribution,
        blocks=blocks,
        consensus=consensus,
    )


def score(profile: Profile, params: MethodParams) -> Outcome:
    """Score = mean rating (weighted), with median, spread and agreement per option.

    "Support" is the share of ratings above the middle of the scale (above
    3 on 1-5): the same line :func:`impact_feasibility` uses for "high".
    """
    lo, hi = params.scale_min, params.scale_max
    middle = Fraction(lo + hi, 2)
    weighted = column_histograms(profile)
    plain = column_histograms(profile, weighted=False)
    per_option: dict[str, RatingStats] = {}
    for a, o in enumerate(profile.options):
        hist, heads = weighted[a], sum(plain[a].values())
        weight = sum(hist.values())
        support = (
            Fraction(sum(w for v, w in hist.items() if v > middle), weight) if weight else None
        )
        distribution = {v: profile.weight(hist.get(v, 0)) for v in range(lo, hi + 1)}
        per_option[o] = _rating_stats(hist, heads, lo, hi, profile.unit, support, distribution)
    scores = {o: s.mean for o, s in per_option.items()}
    ranking = rank_by_score(profile.options, scores)
    winners = [r.option for r in ranking if r.position == 1 and r.score is not None]
    return Outcome(ranking, winners, RatingDetails(per_option, scale=(lo, hi)))


def gradients(profile: Profile, params: MethodParams) -> Outcome:
    """Gradients of agreement (1-7): per option support share (1-3), blocks
    (7s, counted in voters, not weight), median, IQR, Tastle-Wierman, and
    whether consensus is reached: no block, support at or above the
    threshold, and (when set) IQR at most ``max_iqr`` and every gradient at
    most ``all_at_most``. Ranked by support share; the winners are the
    options that reached consensus (possibly none).
    """
    threshold = _exact(params.support_threshold)
    max_iqr = None if params.max_iqr is None else _exact(params.max_iqr)
    weighted = column_histograms(profile)
    plain = column_histograms(profile, weighted=False)
    per_option: dict[str, RatingStats] = {}
    for a, o in enumerate(profile.options):
        hist, heads = weighted[a], plain[a]
        weight = sum(hist.values())
        support = (
            Fraction(sum(w for v, w in hist.items() if v <= GRADIENT_SUPPORT_MAX), weight)
            if weight
            else None
        )
        blocks = heads.get(GRADIENT_BLOCK, 0)
        distribution = {
            v: profile.weight(hist.get(v, 0)) for v in range(GRADIENT_MIN, GRADIENT_MAX + 1)
        }
        stats = _rating_stats(
            hist, sum(heads.values()), GRADIENT_MIN, GRADIENT_MAX, profile.unit,
            support, distribution, blocks, False,
        )
        reached = (
            support is not None
            and blocks == 0
            and support >= threshold
            and (max_iqr is None or (stats.iqr is not None and stats.iqr <= max_iqr))
            and (params.all_at_most is None or max(hist) <= params.all_at_most)
        )
        per_option[o] = replace(stats, consensus=reached)
    scores = {o: s.support for o, s in per_option.items()}
    ranking = rank_by_score(profile.options, scores)
    winners = [o for o in profile.options if per_option[o].consensus]
    rule = _rule_text(threshold, max_iqr, params.all_at_most)
    return Outcome(ranking, winners, RatingDetails(per_option, rule=rule))


def _rule_text(threshold: Fraction, max_iqr: Fraction | None, all_at_most: int | None) -> str:
    parts = ["no block (7)", f"at least {float(threshold) * 100:g}% at 1-3"]
    if max_iqr is not None:
        parts.append(f"IQR at most {float(max_iqr):g}")
    if all_at_most is not None:
        parts.append(f"everyone at {all_at_most} or better")
    return "consensus = " + ", ".join(parts)


def rating_figures(outcome: Outcome) -> Agreement:
    """Score: Tastle-Wierman and support per option."""
    assert isinstance(outcome.details, RatingDetails)
    per = outcome.details.options
    return Agreement(
        tastle_wierman={o: s.tastle_wierman for o, s in per.items()},
        support={o: s.support for o, s in per.items()},
    )


def gradient_figures(outcome: Outcome) -> Agreement:
    """Gradients: as score, plus the options that reached consensus."""
    figures = rating_figures(outcome)
    return Agreement(
        tastle_wierman=figures.tastle_wierman,
        support=figures.support,
        consensus_reached=tuple(outcome.winners),
    )
