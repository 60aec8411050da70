"""Inputs of a vote: the methods, their parameters, and ballots as plain data.

A ballot is what one voter gave each option: a rank, a number of dots, a
0/1 approval, a rating or a gradient. "Not given" is simply absent, so a
blank cell in the entry grid, an unranked option and a missing key all mean
the same thing. Vote weights and the voter's member type travel with the
ballot, so every method can weight votes and every result can be shown for
a subset of voters (firms only, one member type) by filtering first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator_app.core.errors import BadInputError
from facilitator_app.i18n.messages import _

Number = int | float

#: Method keys, as stored in a vote round (see core.domain.VOTING_METHODS); what each
#: method does is in registry.py.
METHODS: tuple[str, ...] = (
    "dots",
    "approval",
    "borda",
    "irv",
    "schulze",
    "copeland",
    "score",
    "gradients",
)

#: The gradients-of-agreement scale (Kaner): 1 whole-hearted endorsement ...
#: 7 block. Fixed: the labels below belong to these numbers.
GRADIENT_MIN = 1
GRADIENT_MAX = 7
GRADIENT_LABELS: dict[int, str] = {
    1: "Whole-hearted endorsement",
    2: "Agreement with a minor point of contention",
    3: "Support with reservations",
    4: "Abstain",
    5: "More discussion needed",
    6: "Disagree but will not block",
    7: "Block",
}

#: Member type key of firms (core.domain.MEMBER_TYPES), for "firms only".
FIRM = "firm"


@dataclass(frozen=True, eq=False)
class Ballot:
    """One voter's ballot.

    ``values`` maps option name -> number; ``None`` values are dropped on
    creation (a blank is "not given"). ``voter`` is a label for messages and
    for refusing a second ballot from the same voter; it is ``None`` for
    secret ballots. ``group`` is the voter's member type key (e.g. ``"firm"``)
    so results can be shown for a subset of voters.
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    voter: str | None = None
    weight: Number = 1
    group: str | None = None

    def __post_init__(self) -> None:
        values = self.values
        if None in values.values():
            cleaned = {k: v for k, v in values.items() if v is not None}
        else:
            cleaned = dict(values)  # a copy all the same: the ballot never changes
        object.__setattr__(self, "values", cleaned)


@dataclass(frozen=True)
class MethodParams:
    """Parameters of a method; each method reads only its own.

    - dots: ``budget`` (``None`` = :func:`default_dot_budget`) and
      ``max_per_option`` (``None`` = only the budget limits an option).
    - score: ``scale_min``/``scale_max`` (default 1-5).
    - gradients: ``support_threshold`` (share of 1-3 needed, default 0.75),
      ``max_iqr`` (optional spread limit, e.g. 1), ``all_at_most`` (optional
      stricter rule, e.g. 4 = "everyone at 4 or better").
    """

    budget: int | None = None
    max_per_option: int | None = None
    scale_min: int = 1
    scale_max: int = 5
    support_threshold: float = 0.75
    max_iqr: float | None = None
    all_at_most: int | None = None

    def check(self) -> None:
        """Refuse parameters no vote can be run with (exit code 2 on the CLI)."""
        if self.budget is not None and (not _is_int(self.budget) or self.budget < 1):
            raise BadInputError(
                _("the dot budget must be a whole number of at least 1, not {budget}.",
                  budget=self.budget)
            )
        if self.max_per_option is not None and (
            not _is_int(self.max_per_option) or self.max_per_option < 1
        ):
            raise BadInputError(
                _("the most dots per option must be a whole number of at least 1, not "
                  "{max_per_option}.", max_per_option=self.max_per_option)
            )
        if not (_is_int(self.scale_min) and _is_int(self.scale_max)):
            raise BadInputError(_("the rating scale must run between whole numbers."))
        if self.scale_min >= self.scale_max:
            raise BadInputError(
                _("the rating scale must run from low to high, not {scale_min}-{scale_max}.",
                  scale_min=self.scale_min, scale_max=self.scale_max)
            )
        if not (_is_number(self.support_threshold) and 0 < self.support_threshold <= 1):
            raise BadInputError(
                _("the support threshold must be a share between 0 and 1 (e.g. 0.75), not "
                  "{support_threshold}.", support_threshold=self.support_threshold)
            )
        if self.max_iqr is not None and not _is_number(self.max_iqr):
            raise BadInputError(_("the largest spread (IQR) must be a number, not {max_iqr}.",
                                  max_iqr=self.max_iqr))
        if self.max_iqr is not None and self.max_iqr < 0:
            raise BadInputError(_("the largest spread (IQR) cannot be negative ({max_iqr}).",
                                  max_iqr=self.max_iqr))
        if self.all_at_most is not None and not GRADIENT_MIN <= self.all_at_most <= GRADIENT_MAX:
            raise BadInputError(
                _("'everyone at or better than' must be a gradient 1-7, not {all_at_most}.",
                  all_at_most=self.all_at_most)
            )


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: object) -> bool:
    """A real, finite number (not nan or infinity, not a bool)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def default_dot_budget(n_options: int) -> int:
    """About a third of the options, at least 1 and at most 20 dots.

    The facilitators' rule of thumb (domain notes: "N/3 of N items, capped
    at 20"), rounded to the nearest whole dot.
    """
    return max(1, min(20, round(n_options / 3)))


def dot_budget(params: MethodParams, n_options: int) -> int:
    """The budget in force: the one set for the round, or the default."""
    return params.budget if params.budget is not None else default_dot_budget(n_options)


def filter_ballots(
    ballots: Iterable[Ballot],
    *,
    groups: Collection[str] | None = None,
    predicate: Callable[[Ballot], bool] | None = None,
) -> list[Ballot]:
    """The ballots of a subset of voters.

    ``groups`` keeps ballots whose ``group`` (member type) is in it;
    ``predicate`` is any further test. Results "by member type" are a tally
    of each subset; nothing else in the engine knows about subsets.
    """
    kept = []
    for b in ballots:
        if groups is not None and b.group not in groups:
            continue
        if predicate is not None and not predicate(b):
            continue
        kept.append(b)
    return kept


def firms_only(ballots: Iterable[Ballot]) -> list[Ballot]:
    """Ballots of firms: the Greenbook view that companies decide."""
    return filter_ballots(ballots, groups={FIRM})
