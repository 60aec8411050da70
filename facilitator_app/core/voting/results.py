"""The result of a tally as plain data, and the one way positions are given.

Scores are kept exact (ints and Fractions) inside the engine so that two
options tie exactly when their scores are equal; they become ints or floats
only when shown or written out. Tied options share a position ("1, 2, 2,
4"), are listed in the order of the round's options, and are reported in
``ties``: a tie is never broken silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from facilitator_app.core.voting.ballots import MethodParams
from facilitator_app.core.voting.validation import BallotProblem

Score = int | float | Fraction


@dataclass(frozen=True)
class RankedOption:
    option: str
    position: int  # 1-based; tied options share it
    score: Score | None  # method-specific; None when the option got no ratings


@dataclass
class TallyResult:
    """Outcome of one method on one set of ballots.

    ``winners`` is every option at position 1 (several = a tie for first),
    except for gradients, where it is every option that reached consensus,
    and for an empty round, where nobody wins. ``consensus`` holds the
    agreement figures of the method, ``details`` the method's workings
    (rounds of an instant runoff, strongest paths, per-option statistics).
    """

    method: str
    options: tuple[str, ...]
    ranking: list[RankedOption]
    winners: list[str]
    consensus: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    counted: int = 0
    total_weight: Score = 0
    problems: list[BallotProblem] = field(default_factory=list)
    params: MethodParams = field(default_factory=MethodParams)

    @property
    def ties(self) -> list[list[str]]:
        """Every group of two or more options sharing a position, best first."""
        groups: dict[int, list[str]] = {}
        for r in self.ranking:
            groups.setdefault(r.position, []).append(r.option)
        return [g for _, g in sorted(groups.items()) if len(g) > 1]

    def position_of(self, option: str) -> int:
        return next(r.position for r in self.ranking if r.option == option)

    def score_of(self, option: str) -> Score | None:
        return next(r.score for r in self.ranking if r.option == option)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the command line (PRODUCT.md section 5), plus extras."""
        return {
            "method": self.method,
            "ranking": [
                {"option": r.option, "position": r.position, "score": plain(r.score)}
                for r in self.ranking
            ],
            "winners": list(self.winners),
            "consensus": jsonable(self.consensus),
            "ties": self.ties,
            "ballots_counted": self.counted,
            "total_weight": plain(self.total_weight),
            "invalid_ballots": [
                {"ballot": p.index + 1, "voter": p.voter, "problems": list(p.messages)}
                for p in self.problems
            ],
            "details": jsonable(self.details),
        }


def plain(x: Any) -> Any:
    """Exact numbers as JSON numbers: whole values as ints, others as floats."""
    if isinstance(x, bool) or x is None:
        return x
    if isinstance(x, Fraction):
        return x.numerator if x.denominator == 1 else float(x)
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def jsonable(x: Any) -> Any:
    if isinstance(x, Mapping):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    return plain(x)


def positions_from_layers(layers: Sequence[Sequence[str]]) -> dict[str, int]:
    """Competition positions: everyone in a layer shares 1 + the count of those above."""
    pos: dict[str, int] = {}
    above = 0
    for layer in layers:
        for o in layer:
            pos[o] = above + 1
        above += len(layer)
    return pos


def rank_by_score(options: Sequence[str], scores: Mapping[str, Score | None]) -> list[RankedOption]:
    """Ranking best first by score (higher is better); equal scores tie.

    Options without a score (nobody rated them) come last, tied together.
    """
    distinct = sorted({s for s in scores.values() if s is not None}, reverse=True)
    layers = [[o for o in options if scores[o] is not None and scores[o] == s] for s in distinct]
    unscored = [o for o in options if scores[o] is None]
    if unscored:
        layers.append(unscored)
    return ranking_from_layers(layers, scores)


def ranking_from_layers(
    layers: Sequence[Sequence[str]], scores: Mapping[str, Score | None]
) -> list[RankedOption]:
    pos = positions_from_layers(layers)
    return [RankedOption(o, pos[o], scores.get(o)) for layer in layers for o in layer]


def top_options(ranking: Sequence[RankedOption]) -> list[str]:
    return [r.option for r in ranking if r.position == 1]
