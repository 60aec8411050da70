"""The result of a tally as typed data, and the one way positions are given.

Scores are kept exact (ints and Fractions) inside the engine so that two
options tie exactly when their scores are equal; they become ints or floats
only when shown or written out. Tied options share a position ("1, 2, 2,
4"), are listed in the order of the round's options, and are reported in
``ties``: a tie is never broken silently.

Every figure has a named field: :class:`Agreement` (how much the voters
agree: Kendall's W, Tastle-Wierman, support) and one details class per
family of methods (:class:`IrvDetails`, :class:`SchulzeDetails`,
:class:`CountDetails`, :class:`RatingDetails` ...) for the workings. Each
has ``to_dict()``, the JSON object of the command line, whose keys and key
order are part of the ``tally --json`` format and do not change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from facilitator_app.core.voting.ballots import MethodParams

Score = int | float | Fraction


@dataclass(frozen=True)
class BallotProblem:
    """Why one ballot was left out. ``index`` is its place in the input (0-based)."""

    index: int
    voter: str | None
    messages: tuple[str, ...]

    def describe(self) -> str:
        who = f"ballot {self.index + 1}" + (f" ({self.voter})" if self.voter else "")
        return f"{who}: " + "; ".join(self.messages)


@dataclass(frozen=True)
class RankedOption:
    option: str
    position: int  # 1-based; tied options share it
    score: Score | None  # method-specific; None when the option got no ratings


# ----- agreement -----------------------------------------------------------------


@dataclass(frozen=True)
class KendallW:
    """Kendall's W of a ranked round, with its chi-square test.

    ``w`` (and the test) is ``None`` when it cannot be computed; ``note``
    then says why, or otherwise how far to trust the p-value.
    """

    w: float | None
    chi_square: float | None
    df: int | None
    p_value: float | None
    raters: int
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kendall_w": self.w,
            "chi_square": self.chi_square,
            "df": self.df,
            "p_value": self.p_value,
            "raters": self.raters,
        }
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Agreement:
    """How much the voters agree, beyond who won. Which fields are set depends on the method:

    - ranked methods: ``kendall`` (Kendall's W);
    - dots and approval: ``support`` (share of ballots giving the option anything);
    - score and gradients: ``tastle_wierman`` and ``support`` per option, and for
      gradients ``consensus_reached`` (the options that reached it);
    - an empty round: nothing.
    """

    kendall: KendallW | None = None
    tastle_wierman: Mapping[str, float | None] | None = None
    support: Mapping[str, Fraction | None] | None = None
    consensus_reached: tuple[str, ...] | None = None

    @property
    def kendall_w(self) -> float | None:
        return None if self.kendall is None else self.kendall.w

    @property
    def p_value(self) -> float | None:
        return None if self.kendall is None else self.kendall.p_value

    @property
    def note(self) -> str | None:
        return None if self.kendall is None else self.kendall.note

    def to_dict(self) -> dict[str, Any]:
        if self.kendall is not None:
            return self.kendall.to_dict()
        out: dict[str, Any] = {}
        if self.tastle_wierman is not None:
            out["tastle_wierman"] = dict(self.tastle_wierman)
        if self.support is not None:
            out["support"] = dict(self.support)
        if self.consensus_reached is not None:
            out["consensus_reached"] = list(self.consensus_reached)
        return out


# ----- the workings of each method ------------------------------------------------


@dataclass(frozen=True)
class NoBallots:
    """Details of a round without a valid ballot."""

    note: str = "no valid ballots: nothing to count"

    def to_dict(self) -> dict[str, Any]:
        return {"note": self.note}


@dataclass(frozen=True)
class BordaDetails:
    points: str  # "rank r earns 6 - r"

    def to_dict(self) -> dict[str, Any]:
        return {"points": self.points}


@dataclass(frozen=True)
class IrvRound:
    """One count of an instant runoff: votes of the options still in the race."""

    number: int  # 1-based
    votes: Mapping[str, Fraction]  # option -> weight of the ballots counting for it
    exhausted: Fraction  # ballots that rank none of the remaining options
    eliminated: tuple[str, ...]  # options that went out after this count
    note: str | None = None

    @property
    def continuing(self) -> Fraction:
        """Weight of the ballots still counting for some option in this round."""
        return sum(self.votes.values(), Fraction(0))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "round": self.number,
            "votes": dict(self.votes),
            "exhausted": self.exhausted,
            "eliminated": list(self.eliminated),
        }
        if self.note is not None:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class IrvDetails:
    rounds: tuple[IrvRound, ...]
    majority_round: int | None  # first round where the leader had more than half

    def to_dict(self) -> dict[str, Any]:
        return {
            "rounds": [r.to_dict() for r in self.rounds],
            "majority_round": self.majority_round,
        }


@dataclass(frozen=True)
class SchulzeDetails:
    """Strongest paths, and which neighbouring places are a defeat.

    Schulze places are layers: each place holds the options beaten only by
    options in higher places. An option one place lower is not always
    beaten by every option above it; ``not_defeats`` lists, for each place
    after the first, the pairs (higher, lower) of options in it and the
    place just above that are *not* a Schulze defeat (neither path is
    stronger). Not part of the JSON object (its format is fixed).
    """

    condorcet_winner: str | None
    strongest_paths: Mapping[str, Mapping[str, Fraction]]
    not_defeats: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "condorcet_winner": self.condorcet_winner,
            "strongest_paths": {o: dict(p) for o, p in self.strongest_paths.items()},
        }


@dataclass(frozen=True)
class CopelandDetails:
    condorcet_winner: str | None
    wins: Mapping[str, int]
    losses: Mapping[str, int]
    draws: Mapping[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "condorcet_winner": self.condorcet_winner,
            "wins": dict(self.wins),
            "losses": dict(self.losses),
            "draws": dict(self.draws),
        }


@dataclass(frozen=True)
class VoteCount:
    """Dots or approvals of one option."""

    total: Fraction  # dots (or approvals) received, times the voters' weights
    voters: int  # ballots that gave the option anything (people, not weight)
    support: Fraction  # their share of the weight counted


@dataclass(frozen=True)
class CountDetails:
    """Dots and approval: per option counts; for dots, the budget in force."""

    unit: str  # "dots" or "approvals": the key of ``total`` in the JSON object
    options: Mapping[str, VoteCount]
    budget: int | None = None  # dots only
    max_per_option: int | None = None  # dots only

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "options": {
                o: {self.unit: c.total, "voters": c.voters, "support": c.support}
                for o, c in self.options.items()
            }
        }
        if self.budget is not None:
            out["budget"] = self.budget
            out["max_per_option"] = self.max_per_option
        return out


@dataclass(frozen=True)
class RatingStats:
    """Ratings (score) or gradients given to one option."""

    ratings: int  # voters who rated it
    mean: Fraction | None
    median: Fraction | None
    iqr: Fraction | None
    tastle_wierman: float | None
    support: Fraction | None  # share above the middle (score) or at 1-3 (gradients)
    distribution: Mapping[int, Fraction]  # rating -> weight, every step of the scale
    blocks: int | None = None  # gradients: voters at 7
    consensus: bool | None = None  # gradients: the option reached consensus

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ratings": self.ratings,
            "mean": self.mean,
            "median": self.median,
            "iqr": self.iqr,
            "tastle_wierman": self.tastle_wierman,
            "support": self.support,
        }
        if self.blocks is not None:
            out["blocks"] = self.blocks
            out["consensus"] = self.consensus
        out["distribution"] = dict(self.distribution)
        return out


@dataclass(frozen=True)
class RatingDetails:
    """Score and gradients: figures per option; the scale (score) or the rule (gradients)."""

    options: Mapping[str, RatingStats]
    scale: tuple[int, int] | None = None  # score
    rule: str | None = None  # gradients: "consensus = no block (7), ..."

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.scale is not None:
            out["scale"] = list(self.scale)
        if self.rule is not None:
            out["rule"] = self.rule
        out["options"] = {o: s.to_dict() for o, s in self.options.items()}
        return out


MethodDetails = (
    NoBallots
    | BordaDetails
    | IrvDetails
    | SchulzeDetails
    | CopelandDetails
    | CountDetails
    | RatingDetails
)


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
    consensus: Agreement = field(default_factory=Agreement)
    details: MethodDetails = field(default_factory=NoBallots)
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

    @property
    def rating_stats(self) -> Mapping[str, RatingStats]:
        """Per option figures of a score or gradients round (empty for other methods)."""
        return self.details.options if isinstance(self.details, RatingDetails) else {}

    @property
    def vote_counts(self) -> Mapping[str, VoteCount]:
        """Per option counts of a dots or approval round (empty for other methods)."""
        return self.details.options if isinstance(self.details, CountDetails) else {}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the command line (PRODUCT.md section 5), plus extras."""
        return {
            "method": self.method,
            "ranking": [
                {"option": r.option, "position": r.position, "score": plain(r.score)}
                for r in self.ranking
            ],
            "winners": list(self.winners),
            "consensus": jsonable(self.consensus.to_dict()),
            "ties": self.ties,
            "ballots_counted": self.counted,
            "total_weight": plain(self.total_weight),
            "invalid_ballots": [
                {"ballot": p.index + 1, "voter": p.voter, "problems": list(p.messages)}
                for p in self.problems
            ],
            "details": jsonable(self.details.to_dict()),
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
