"""Which options the next round carries over, by a rule the facilitator picks.

Rules (:data:`RULES`, in the order a dialog offers them):

- ``top_k``: the best k options, ties at the cut kept (:func:`next_round_top_k`);
- ``multivote``: one pass of the multi-voting elimination rule (dots and
  approval rounds, :func:`next_round_multivote`);
- ``no_consensus``: after a gradients-of-agreement round, the options that
  did not reach consensus as the round defined it (no block, support at or
  above its threshold, and its optional spread and "everyone at n or
  better" limits: ``rated.gradients``);
- ``blocked``: after a gradients round, the options with at least one
  ballot at the blocking gradient (7);
- ``all``: every option again (a second discussion, a change of method).

After a gradients round where some options lack consensus, the suggested
rule is ``no_consensus`` (the room discusses those and votes on them
again, as in a Delphi round); otherwise ``top_k``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from facilitator_app.core.errors import UserError
from facilitator_app.core.voting.ballots import MethodParams
from facilitator_app.core.voting.rated import GRADIENT_BLOCK
from facilitator_app.core.voting.registry import method_spec
from facilitator_app.core.voting.results import RatingDetails, RatingStats, TallyResult
from facilitator_app.core.voting.rounds import NextRound, next_round_multivote, next_round_top_k
from facilitator_app.i18n.messages import _

RULES = ("top_k", "multivote", "no_consensus", "blocked", "all")

#: The rule in a few words (titles and choices; the GUI translates them).
RULE_WORDS = {
    "top_k": "top {k}",
    "multivote": "after multi-voting",
    "no_consensus": "options without consensus",
    "blocked": "blocked options",
    "all": "all options again",
}


@dataclass(frozen=True)
class Standing:
    """Where one option stands after the round, for choosing what goes on.

    ``consensus``, ``blocks`` and ``support`` are set after a gradients
    round only; ``why`` then says in words why consensus was not reached
    ("1 block; support 60% (75% needed)"), or is empty.
    """

    option: str
    position: int
    consensus: bool | None = None
    blocks: int | None = None
    support: Fraction | None = None
    why: str = ""


def _percent(x: Fraction | float) -> str:
    return f"{float(x) * 100:.0f}%"


def _gradient_stats(result: TallyResult) -> dict[str, RatingStats] | None:
    """Per-option gradients figures, or None when the round is not gradients
    (or counted no ballot)."""
    details = result.details
    if not isinstance(details, RatingDetails) or result.consensus.consensus_reached is None:
        return None
    return dict(details.options)


def has_consensus_rule(result: TallyResult) -> bool:
    """True after a gradients round with ballots: consensus is defined per option."""
    return _gradient_stats(result) is not None


def why_no_consensus(stats: RatingStats, result: TallyResult) -> str:
    """Why an option missed consensus, in the order the rule checks it."""
    params = result.params
    reasons = []
    if stats.support is None:
        return "no ratings"
    if stats.blocks:
        reasons.append("1 block" if stats.blocks == 1 else f"{stats.blocks} blocks")
    if stats.support < Fraction(repr(params.support_threshold)):
        reasons.append(f"support {_percent(stats.support)} "
                       f"({_percent(params.support_threshold)} needed)")
    if params.max_iqr is not None and (stats.iqr is None or stats.iqr > params.max_iqr):
        spread = "?" if stats.iqr is None else f"{float(stats.iqr):g}"
        reasons.append(f"spread (IQR) {spread} (at most {params.max_iqr:g})")
    if params.all_at_most is not None:
        worst = max((g for g, w in stats.distribution.items() if w), default=None)
        if worst is not None and worst > params.all_at_most:
            reasons.append(f"someone at {worst} (everyone at {params.all_at_most} or better)")
    return "; ".join(reasons)


def standings(result: TallyResult) -> list[Standing]:
    """Every option in ranking order, with its consensus figures after gradients."""
    stats = _gradient_stats(result) or {}
    out = []
    for r in result.ranking:
        s = stats.get(r.option)
        if s is None:
            out.append(Standing(r.option, r.position))
            continue
        out.append(Standing(r.option, r.position, bool(s.consensus), s.blocks or 0, s.support,
                            "" if s.consensus else why_no_consensus(s, result)))
    return out


def rules_for(result: TallyResult) -> dict[str, str]:
    """Rule -> "" when it applies to this round, else why not (in words)."""
    gradients = has_consensus_rule(result)
    no_ballots = "the round has no valid ballots" if result.counted == 0 else ""
    return {
        "top_k": no_ballots,
        "multivote": no_ballots or ("" if method_spec(result.method).counts_votes
                                    else "the multi-voting rule counts votes: dots or "
                                         "approval rounds only"),
        "no_consensus": "" if gradients else "only after a gradients-of-agreement round "
                                             "with ballots",
        "blocked": "" if gradients else "only after a gradients-of-agreement round with ballots",
        "all": "",
    }


def default_rule(result: TallyResult) -> str:
    """``no_consensus`` after a gradients round where some option lacks
    consensus, else ``top_k`` (``all`` when the round has no ballots)."""
    if result.counted == 0:
        return "all"
    if any(s.consensus is False for s in standings(result)):
        return "no_consensus"
    return "top_k"


def _rule_text(result: TallyResult) -> str:
    details = result.details
    return (details.rule or "") if isinstance(details, RatingDetails) else ""


def next_round_without_consensus(result: TallyResult) -> NextRound:
    """The options that did not reach consensus, in ranking order."""
    if not has_consensus_rule(result):
        raise UserError(_("consensus is decided per option only after a gradients-of-agreement "
                          "round with ballots: keep the top k or all options."))
    table = standings(result)
    kept = [s.option for s in table if not s.consensus]
    reached = [s.option for s in table if s.consensus]
    if not kept:
        return NextRound([], reached, f"every option reached consensus ({_rule_text(result)}): "
                                      "no option needs another round.", done=True)
    note = (f"{len(kept)} of {len(table)} options without consensus "
            f"({_rule_text(result)}); " + "; ".join(f"{s.option}: {s.why}"
                                                   for s in table if not s.consensus) + ".")
    return NextRound(kept, reached, note)


def next_round_blocked(result: TallyResult) -> NextRound:
    """The options at least one voter blocked (gradient 7), in ranking order."""
    if not has_consensus_rule(result):
        raise UserError(_("blocks are counted only in a gradients-of-agreement round with "
                          "ballots: keep the top k or all options."))
    table = standings(result)
    kept = [s for s in table if s.blocks]
    dropped = [s.option for s in table if not s.blocks]
    if not kept:
        return NextRound([], dropped, f"no option was blocked (nobody at {GRADIENT_BLOCK}).",
                         done=True)
    note = (f"{len(kept)} of {len(table)} options blocked (at least one {GRADIENT_BLOCK}): "
            + ", ".join(f"{s.option} ({s.blocks} block{'s' if s.blocks != 1 else ''})"
                        for s in kept) + ".")
    return NextRound([s.option for s in kept], dropped, note)


def next_round_all(result: TallyResult) -> NextRound:
    """Every option again, in ranking order (the round's order without ballots)."""
    options = [r.option for r in result.ranking] or list(result.options)
    return NextRound(options, [], f"all {len(options)} options kept.")


def next_round(result: TallyResult, rule: str, k: int = 4) -> NextRound:
    """The options ``rule`` carries over (see :data:`RULES`)."""
    if rule == "top_k":
        return next_round_top_k(result, k)
    if rule == "multivote":
        return next_round_multivote(result)
    if rule == "no_consensus":
        return next_round_without_consensus(result)
    if rule == "blocked":
        return next_round_blocked(result)
    if rule == "all":
        return next_round_all(result)
    raise UserError(_("Unknown rule {rule!r}: one of {rules}.",
                      rule=rule, rules=', '.join(RULES)))


@dataclass(frozen=True)
class Setup:
    """What a next-round dialog shows before anything is chosen: where each
    option stands, which rules apply (rule -> "" or why not), the suggested
    rule, the consensus rule of the round in words ("consensus = no block
    (7), at least 75% at 1-3"; empty unless gradients), the round's
    parameters and the number the next round will get."""

    standings: list[Standing]
    rules: dict[str, str]
    default: str
    consensus_rule: str
    params: MethodParams
    number: int


def setup(result: TallyResult, number: int) -> Setup:
    return Setup(standings(result), rules_for(result), default_rule(result),
                 _rule_text(result), result.params, number)


def suggested_title(number: int, rule: str, k: int = 4) -> str:
    """"Round 3: options without consensus" (English; the GUI builds its own)."""
    return f"Round {number}: " + RULE_WORDS[rule].format(k=k)


__all__ = [
    "RULES",
    "RULE_WORDS",
    "Setup",
    "Standing",
    "default_rule",
    "has_consensus_rule",
    "next_round",
    "next_round_all",
    "next_round_blocked",
    "next_round_without_consensus",
    "rules_for",
    "setup",
    "standings",
    "suggested_title",
    "why_no_consensus",
]
