"""What each kind of ballot value must satisfy, in words a facilitator can read out.

One function per kind of value (ranks, dots, approvals, ratings,
gradients), each given the ballot's values already read as whole numbers.
The method registry (registry.py) says which one a method uses; the
number and weight checks common to every method are in validation.py.
"""

from __future__ import annotations

from facilitator_app.core.text import quoted
from facilitator_app.core.voting.ballots import (
    GRADIENT_MAX,
    GRADIENT_MIN,
    MethodParams,
    dot_budget,
)
from facilitator_app.i18n.messages import _, n_


def rank_problems(ranks: dict[str, int], params: MethodParams, m: int) -> list[str]:
    """Ranks 1..m, each used once, without gaps (a voter may stop early)."""
    problems = []
    by_rank: dict[int, list[str]] = {}
    for option, r in ranks.items():
        if not 1 <= r <= m:
            problems.append(_("rank {rank} for {option} is out of range: ranks go from 1 to {m}",
                              rank=r, option=quoted(option), m=m))
        else:
            by_rank.setdefault(r, []).append(option)
    for r in sorted(by_rank):
        if len(by_rank[r]) > 1:
            names = ", ".join(quoted(o) for o in by_rank[r])
            problems.append(_("rank {rank} is given to more than one option ({options})",
                              rank=r, options=names))
    if by_rank:
        missing = [r for r in range(1, max(by_rank)) if r not in by_rank]
        if missing:
            listed = ", ".join(str(r) for r in missing)
            problems.append(n_("rank {ranks} missing: ranks must run 1, 2, 3 ... without gaps",
                               "ranks {ranks} missing: ranks must run 1, 2, 3 ... without gaps",
                               len(missing), ranks=listed))
    return problems


def dot_problems(dots: dict[str, int], params: MethodParams, m: int) -> list[str]:
    """No negative dots, at most the cap per option, at most the budget in all."""
    problems = []
    budget = dot_budget(params, m)
    cap = params.max_per_option
    for option, d in dots.items():
        if d < 0:
            problems.append(_("negative dots ({dots}) for {option}", dots=d, option=quoted(option)))
        elif cap is not None and d > cap:
            problems.append(_("{dots} dots on {option}: at most {cap} per option",
                              dots=d, option=quoted(option), cap=cap))
    total = sum(d for d in dots.values() if d > 0)
    if total > budget:
        problems.append(_("{total} dots in total: the budget is {budget}",
                          total=total, budget=budget))
    return problems


def approval_problems(values: dict[str, int], params: MethodParams, m: int) -> list[str]:
    return [
        _("approval for {option} must be 0 or 1, not {value}", option=quoted(o), value=v)
        for o, v in values.items() if v not in (0, 1)
    ]


def rating_problems(values: dict[str, int], params: MethodParams, m: int) -> list[str]:
    lo, hi = params.scale_min, params.scale_max
    return [
        _("rating {value} for {option} is outside the scale {low}-{high}",
          value=v, option=quoted(o), low=lo, high=hi)
        for o, v in values.items()
        if not lo <= v <= hi
    ]


def gradient_problems(values: dict[str, int], params: MethodParams, m: int) -> list[str]:
    return [
        _("gradient {value} for {option} is not on the {low}-{high} scale",
          value=v, option=quoted(o), low=GRADIENT_MIN, high=GRADIENT_MAX)
        for o, v in values.items()
        if not GRADIENT_MIN <= v <= GRADIENT_MAX
    ]
