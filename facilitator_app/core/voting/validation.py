"""Checking ballots, with reasons a facilitator can read out.

A bad ballot never stops a tally: each ballot gets its own list of
problems (empty = valid), the valid ones are counted and the others are
listed with the voter and the reasons. The same checks run live in the
entry grid, so the wording speaks of ranks, dots and ratings, never of
types or indexes. What a method's values must satisfy (ranks without
gaps, dots within the budget ...) is in its registry entry (checks.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from facilitator_app.core.text import quoted
from facilitator_app.core.voting.ballots import Ballot, MethodParams
from facilitator_app.core.voting.registry import method_spec
from facilitator_app.core.voting.results import BallotProblem
from facilitator_app.i18n.messages import N_, _

if TYPE_CHECKING:
    from facilitator_app.core.voting.registry import MethodSpec

__all__ = [
    "BallotProblem",
    "ballot_problems",
    "check_ballot",
    "check_method",
    "second_ballot",
    "validate",
    "voter_key",
    "weight_problem",
    "whole_number",
]


def check_method(method: str) -> None:
    """Refuse an unknown method key (``BadInputError``, exit code 2 on the CLI)."""
    method_spec(method)


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, (int, float, Fraction, Decimal)) else quoted(value)


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
    return None if ok else _("the vote weight must be a positive number, not {value}",
                             value=_show(weight))


EMPTY_BALLOT = N_("empty ballot: no option was given a number")

NOT_WHOLE = {  # by the method's kind of value: whole sentences to translate
    "rank": N_("rank {value} for {option} is not a whole number"),
    "dots": N_("dots {value} for {option} is not a whole number"),
    "approval": N_("approval {value} for {option} is not a whole number"),
    "rating": N_("rating {value} for {option} is not a whole number"),
    "gradient": N_("gradient {value} for {option} is not a whole number"),
    "value": N_("{value} for {option} is not a whole number"),
}


def check_ballot(
    spec: MethodSpec, options: Sequence[str], ballot: Ballot, params: MethodParams
) -> tuple[list[str], dict[str, int]]:
    """Problems of one ballot, and its values as whole numbers when it has none."""
    problems: list[str] = []
    known = set(options)
    whole: dict[str, int] = {}
    w = weight_problem(ballot.weight)
    if w:
        problems.append(w)
    unit = spec.value_kind
    for option, value in ballot.values.items():
        if option not in known:
            problems.append(_("unknown option {option}", option=quoted(option)))
            continue
        if not _is_number(value):
            problems.append(_("{value} for {option} is not a number", value=_show(value),
                              option=quoted(option)))
            continue
        n = whole_number(value)
        if n is None:
            problems.append(_(NOT_WHOLE.get(unit, NOT_WHOLE["value"]), value=_show(value),
                              option=quoted(option)))
            continue
        whole[option] = n
    if not ballot.values:
        problems.append(_(EMPTY_BALLOT))
    problems += spec.value_problems(whole, params, len(options))
    return problems, whole


def voter_key(voter: str | None) -> str | None:
    if not voter:
        return None
    key = " ".join(voter.casefold().split())
    return key or None


def second_ballot(first_index: int) -> str:
    """Why a second ballot from the same voter is refused."""
    return _("this voter already has a ballot (ballot {number}); a second one is refused",
             number=first_index + 1)


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
    spec = method_spec(method)
    params = params or MethodParams()
    params.check()
    seen: dict[str, int] = {}
    out = []
    for i, ballot in enumerate(ballots):
        problems, _ = check_ballot(spec, options, ballot, params)
        key = voter_key(ballot.voter)
        if key is not None:
            if key in seen:
                problems.append(second_ballot(seen[key]))
            else:
                seen[key] = i
        if problems:
            out.append(BallotProblem(i, ballot.voter, tuple(problems)))
    return out


def ballot_problems(
    method: str, options: Sequence[str], ballot: Ballot, params: MethodParams | None = None
) -> list[str]:
    """Problems of one ballot on its own (for live checks in the entry grid)."""
    spec = method_spec(method)
    params = params or MethodParams()
    return check_ballot(spec, options, ballot, params)[0]
