"""Between rounds: which options go on, and how ranking and agreement moved.

A facilitator closes a round and starts the next from it (Delphi style):
either keeping the top k (ties at the cut all stay: nobody is dropped by a
coin toss) or applying the multi-voting elimination rule of the domain
notes, and then shows how each option moved and whether agreement grew.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator_app.core.errors import UserError
from facilitator_app.core.voting.registry import method_spec
from facilitator_app.core.voting.results import RatingDetails, Score, TallyResult, jsonable
from facilitator_app.i18n.messages import _


@dataclass
class NextRound:
    options: list[str]  # carried into the next round, in the closed round's ranking order
    dropped: list[str]
    note: str  # one sentence for the facilitator
    done: bool = False  # True when the list is short enough to stop eliminating


def next_round_top_k(result: TallyResult, k: int) -> NextRound:
    """The best k options, plus every option tied with the k-th."""
    if k < 1:
        raise UserError(_("keep at least one option, not {k}.", k=k))
    if result.counted == 0:
        raise UserError(_("the round has no valid ballots, so there is no top to keep."))
    ranking = result.ranking
    if k >= len(ranking):
        return NextRound([r.option for r in ranking], [], f"all {len(ranking)} options kept.")
    cut = ranking[k - 1].position
    kept = [r.option for r in ranking if r.position <= cut]
    dropped = [r.option for r in ranking if r.position > cut]
    note = f"top {k} kept."
    if len(kept) > k:
        tied = [r.option for r in ranking if r.position == cut]
        note = f"top {k} asked; {len(kept)} kept because {', '.join(tied)} tie at position {cut}."
    return NextRound(kept, dropped, note)


def multivote_threshold(voters: int) -> int:
    """Fewest votes an item needs to stay, by number of voters (domain notes).

    Fewer than 5 voters: 2; 6 to 15: 3; more than 15: 4. The rule says
    nothing about exactly 5 voters; we use 2, the lenient choice: with 5
    voters a bar of 3 would ask 60 % of the room, more than the 50 % the
    rule asks of 4 or 6 voters, and keeping an item one more round costs
    less than losing it.
    """
    if voters <= 5:
        return 2
    if voters <= 15:
        return 3
    return 4


def next_round_multivote(result: TallyResult, target: int = 7) -> NextRound:
    """Apply one pass of the multi-voting elimination rule to a closed round.

    For dots and approval rounds: items with fewer votes than
    :func:`multivote_threshold` of the number of ballots are dropped
    (votes = the round's scores, so vote weights count). The facilitator
    repeats rounds until about ``target`` items remain: ``done`` says when
    the list is already that short. If the rule would drop every item,
    nothing is dropped and the note says so.
    """
    if not method_spec(result.method).counts_votes:
        raise UserError(
            _("the multi-voting rule counts votes: use it after a dots or approval round (or "
              "keep the top k).")
        )
    if result.counted == 0:
        raise UserError(_("the round has no valid ballots, so nothing can be eliminated."))
    ranking = result.ranking
    if len(ranking) <= target:
        return NextRound(
            [r.option for r in ranking],
            [],
            f"{len(ranking)} items: already about {target} or fewer, no elimination needed.",
            done=True,
        )
    bar = multivote_threshold(result.counted)
    kept = [r.option for r in ranking if r.score is not None and r.score >= bar]
    dropped = [r.option for r in ranking if r.option not in kept]
    if not kept:
        return NextRound(
            [r.option for r in ranking],
            [],
            f"every item has fewer than {bar} votes; nothing dropped. "
            "Vote again or keep the top k.",
        )
    note = (
        f"{result.counted} voters: items with fewer than {bar} votes dropped "
        f"({len(dropped)} dropped, {len(kept)} kept)."
    )
    return NextRound(kept, dropped, note, done=len(kept) <= target)


@dataclass
class OptionMove:
    option: str
    position_before: int | None  # None: the option was not in that round
    position_after: int | None
    score_before: Score | None
    score_after: Score | None
    # places among the options of both rounds only (None: not in both), so that
    # an option alone in a later round does not "gain" the places of those that left
    shared_before: int | None = None
    shared_after: int | None = None
    # why an option of the earlier round is not in the later one: "consensus"
    # (it reached consensus in a gradients round) or "not_carried" ("" otherwise)
    left_because: str = ""

    @property
    def movement(self) -> int | None:
        """Places gained (positive = moved up) among the options of both rounds."""
        if self.position_before is None or self.position_after is None:
            return None
        if self.shared_before is not None and self.shared_after is not None:
            return self.shared_before - self.shared_after
        return self.position_before - self.position_after


@dataclass(frozen=True)
class Change:
    """One figure in the earlier and the later round (``None``: not measured there)."""

    before: Score | None
    after: Score | None

    @property
    def change(self) -> Score | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    def to_dict(self) -> dict[str, Any]:
        return {"before": self.before, "after": self.after, "change": self.change}


@dataclass(frozen=True)
class ComparisonFigures:
    """How agreement moved: Kendall's W, and support and Tastle-Wierman per option.

    A field is ``None`` when neither round has that figure.
    """

    kendall_w: Change | None = None
    support: Mapping[str, Change] | None = None
    tastle_wierman: Mapping[str, Change] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.kendall_w is not None:
            out["kendall_w"] = self.kendall_w.to_dict()
        for key, per in (("support", self.support), ("tastle_wierman", self.tastle_wierman)):
            if per is not None:
                out[key] = {o: c.to_dict() for o, c in per.items()}
        return out


@dataclass
class RoundComparison:
    moves: list[OptionMove]  # in the later round's ranking order, then dropped ones
    figures: ComparisonFigures = field(default_factory=ComparisonFigures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "options": [
                {
                    "option": mv.option,
                    "position_before": mv.position_before,
                    "position_after": mv.position_after,
                    "movement": mv.movement,
                    "score_before": jsonable(mv.score_before),
                    "score_after": jsonable(mv.score_after),
                }
                for mv in self.moves
            ],
            "figures": jsonable(self.figures.to_dict()),
        }


def _places_among(result: TallyResult, others: set[str]) -> dict[str, int]:
    """Each option's place counting only the options also in ``others`` (ties kept)."""
    common = [r for r in result.ranking if r.option in others]
    return {r.option: 1 + sum(1 for q in common if q.position < r.position) for r in common}


def _reached_consensus(result: TallyResult) -> set[str]:
    """The options that reached consensus in a gradients round (else none)."""
    details = result.details
    if not isinstance(details, RatingDetails) or result.consensus.consensus_reached is None:
        return set()
    return {o for o, stats in details.options.items() if stats.consensus}


def compare_rounds(before: TallyResult, after: TallyResult) -> RoundComparison:
    """Rank movement per option and the change in agreement.

    Figures compared when both rounds have them: Kendall's W (ranked), and
    per option the support share and Tastle-Wierman consensus (ratings,
    gradients, dots, approval). Options added or dropped get ``None`` on the
    side where they were absent.
    """
    pos_b = {r.option: r for r in before.ranking}
    pos_a = {r.option: r for r in after.ranking}
    names = [r.option for r in after.ranking] + [
        r.option for r in before.ranking if r.option not in pos_a
    ]
    shared_b = _places_among(before, set(pos_a))
    shared_a = _places_among(after, set(pos_b))
    agreed = _reached_consensus(before)
    moves = []
    for o in names:
        b, a = pos_b.get(o), pos_a.get(o)
        left = "" if a is not None else "consensus" if o in agreed else "not_carried"
        moves.append(
            OptionMove(
                o,
                b.position if b else None,
                a.position if a else None,
                b.score if b else None,
                a.score if a else None,
                shared_b.get(o),
                shared_a.get(o),
                left,
            )
        )
    w_b, w_a = before.consensus.kendall_w, after.consensus.kendall_w
    kendall = Change(w_b, w_a) if w_b is not None or w_a is not None else None

    def per_option(
        sb: Mapping[str, Score | None] | None, sa: Mapping[str, Score | None] | None
    ) -> dict[str, Change] | None:
        if sb is None and sa is None:
            return None
        return {o: Change((sb or {}).get(o), (sa or {}).get(o)) for o in names}

    figures = ComparisonFigures(
        kendall_w=kendall,
        support=per_option(before.consensus.support, after.consensus.support),
        tastle_wierman=per_option(before.consensus.tastle_wierman, after.consensus.tastle_wierman),
    )
    return RoundComparison(moves, figures)
