"""Checking ballots, with reasons a facilitator can read out.

A bad ballot never stops a tally: each ballot gets its own list of
problems (empty = valid), the valid ones are counted and the others are
listed with the voter and the reasons. The same checks run live in the
entry grid, so the wording speaks of ranks, dots and ratings, never of
types or indexes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting.ballots import (
    GRADIENT_MAX,
    GRADIENT_MIN,
    METHODS,
    RANKED_METHODS,
    Ballot,
    MethodParams,
    dot_budget,
)


@dataclass(frozen=True)
class BallotProblem:
    """Why one ballot was left out. ``index`` is its place in the input (0-based)."""

    index: int
    voter: str | None
    messages: tuple[str, ...]

    def describe(self) -> str:
        who = f"ballot {self.index + 1}" + (f" ({self.voter})" if self.voter else "")
        return f"{who}: " + "; ".join(self.messages)


def check_method(method: str) -> None:
    if method not in METHODS:
        raise BadInputError(
            f"unknown voting method '{method}'; choose one of {', '.join(METHODS)}."
        )


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, (int, float, Fraction, Decimal)) else repr(value)


def whole_number(value: Any) -> int | None:
    """The value as an int when it is a finite whole number (2, 2.0), else None."""
    if isinstance(value, int):  # bool included: True counts as 1
        return int(value)
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, Fraction):
        return int(value) if value.denominator == 1 else None
    if isinstance(value, Decimal):
        return int(value) if value.is_finite() and value == int(value) else None
    return None


def _is_number(value: Any) -> bool:
    if isinstance(value, (int, Fraction)):
        return True
    if isinstance(value, float):
        return not math.isnan(value)
    if isinstance(value, Decimal):
        return not value.is_nan()
    return False


def weight_problem(weight: Any) -> str | None:
    """A vote weight must be a positive, finite number."""
    ok = _is_number(weight) and not isinstance(weight, bool)
    if ok:
        try:
            ok = math.isfinite(float(weight)) and weight > 0
        except (OverflowError, ValueError):
            ok = False
    return None if ok else f"the vote weight must be a positive number, not {_show(weight)}"


def check_ballot(
    method: str, options: Sequence[str], ballot: Ballot, params: MethodParams
) -> tuple[list[str], dict[str, int]]:
    """Problems of one ballot, and its values as whole numbers when it has none."""
    problems: list[str] = []
    known = set(options)
    whole: dict[str, int] = {}
    w = weight_problem(ballot.weight)
    if w:
        problems.append(w)
    unit = {
        "dots": "dots",
        "approval": "approval",
        "score": "rating",
        "gradients": "gradient",
    }.get(method, "rank")
    for option, value in ballot.values.items():
        if option not in known:
            problems.append(f"unknown option '{option}'")
            continue
        if not _is_number(value):
            problems.append(f"{_show(value)} for '{option}' is not a number")
            continue
        n = whole_number(value)
        if n is None:
            problems.append(f"{unit} {_show(value)} for '{option}' is not a whole number")
            continue
        whole[option] = n
    if not ballot.values:
        problems.append("empty ballot: no option was given a number")
    if method in RANKED_METHODS:
        problems += _rank_problems(whole, len(options))
    elif method == "dots":
        problems += _dot_problems(whole, params, len(options))
    elif method == "approval":
        problems += [
            f"approval for '{o}' must be 0 or 1, not {v}"
            for o, v in whole.items()
            if v not in (0, 1)
        ]
    elif method == "score":
        lo, hi = params.scale_min, params.scale_max
        problems += [
            f"rating {v} for '{o}' is outside the scale {lo}-{hi}"
            for o, v in whole.items()
            if not lo <= v <= hi
        ]
    elif method == "gradients":
        problems += [
            f"gradient {v} for '{o}' is not on the {GRADIENT_MIN}-{GRADIENT_MAX} scale"
            for o, v in whole.items()
            if not GRADIENT_MIN <= v <= GRADIENT_MAX
        ]
    return problems, whole


def _rank_problems(ranks: dict[str, int], m: int) -> list[str]:
    problems = []
    by_rank: dict[int, list[str]] = {}
    for option, r in ranks.items():
        if not 1 <= r <= m:
            problems.append(f"rank {r} for '{option}' is out of range: ranks go from 1 to {m}")
        else:
            by_rank.setdefault(r, []).append(option)
    for r in sorted(by_rank):
        if len(by_rank[r]) > 1:
            names = ", ".join(f"'{o}'" for o in by_rank[r])
            problems.append(f"rank {r} is given to more than one option ({names})")
    if by_rank:
        missing = [r for r in range(1, max(by_rank)) if r not in by_rank]
        if missing:
            listed = ", ".join(str(r) for r in missing)
            word = "rank" if len(missing) == 1 else "ranks"
            problems.append(f"{word} {listed} missing: ranks must run 1, 2, 3 ... without gaps")
    return problems


def _dot_problems(dots: dict[str, int], params: MethodParams, m: int) -> list[str]:
    problems = []
    budget = dot_budget(params, m)
    cap = params.max_per_option
    for option, d in dots.items():
        if d < 0:
            problems.append(f"negative dots ({d}) for '{option}'")
        elif cap is not None and d > cap:
            problems.append(f"{d} dots on '{option}': at most {cap} per option")
    total = sum(d for d in dots.values() if d > 0)
    if total > budget:
        problems.append(f"{total} dots in total: the budget is {budget}")
    return problems


def voter_key(voter: str | None) -> str | None:
    if not voter:
        return None
    key = " ".join(voter.casefold().split())
    return key or None


def validate(
    method: str,
    options: Sequence[str],
    ballots: Iterable[Ballot],
    params: MethodParams | None = None,
) -> list[BallotProblem]:
    """Every ballot with problems, in input order; valid ballots are not listed.

    A second ballot from the same voter (same label, ignoring case and extra
    spaces) is refused, as the kiosk refuses a second vote; the first counts.
    """
    check_method(method)
    params = params or MethodParams()
    params.check()
    seen: dict[str, int] = {}
    out = []
    for i, ballot in enumerate(ballots):
        problems, _ = check_ballot(method, options, ballot, params)
        key = voter_key(ballot.voter)
        if key is not None:
            if key in seen:
                problems.append(
                    f"this voter already has a ballot (ballot {seen[key] + 1}); "
                    "a second one is refused"
                )
            else:
                seen[key] = i
        if problems:
            out.append(BallotProblem(i, ballot.voter, tuple(problems)))
    return out


def ballot_problems(
    method: str, options: Sequence[str], ballot: Ballot, params: MethodParams | None = None
) -> list[str]:
    """Problems of one ballot on its own (for live checks in the entry grid)."""
    check_method(method)
    params = params or MethodParams()
    return check_ballot(method, options, ballot, params)[0]
