"""``tally``: ballots in, result out. The one entry point for GUI, exports and CLI.

It checks every ballot (bad ones are listed, never counted, never fatal),
packs the valid ones, runs the method and adds its agreement figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from facilitator_app.core.voting.ballots import Ballot, MethodParams
from facilitator_app.core.voting.consensus import ranked_consensus
from facilitator_app.core.voting.packing import build_profile
from facilitator_app.core.voting.profile import Profile
from facilitator_app.core.voting.ranked import Outcome
from facilitator_app.core.voting.registry import method_spec
from facilitator_app.core.voting.results import (
    Agreement,
    KendallW,
    NoBallots,
    RankedOption,
    TallyResult,
    jsonable,
)


def tally(
    method: str,
    options: Sequence[str],
    ballots: Iterable[Ballot],
    params: MethodParams | None = None,
) -> TallyResult:
    """Count a round. ``method`` is one of ``ballots.METHODS``.

    Raises ``BadInputError`` only for unusable parameters (no options, an
    unknown method, an impossible scale or budget); bad ballots are listed
    in ``result.problems``.
    """
    params = params or MethodParams()
    return tally_profile(build_profile(method, options, ballots, params), params)


def run_method(profile: Profile, params: MethodParams | None = None) -> Outcome:
    """Only the method: ranking, winners and workings, no agreement figures."""
    return method_spec(profile.method).count(profile, params or MethodParams())


def tally_profile(profile: Profile, params: MethodParams | None = None) -> TallyResult:
    """Count an already packed profile (see packing.build_profile)."""
    params = params or MethodParams()
    spec = method_spec(profile.method)
    base: dict[str, Any] = {
        "method": profile.method,
        "options": profile.options,
        "counted": profile.counted,
        "total_weight": profile.weight(profile.total),
        "problems": profile.problems,
        "params": params,
    }
    if profile.counted == 0:
        return TallyResult(
            ranking=[RankedOption(o, 1, None) for o in profile.options],
            winners=[],
            consensus=Agreement(),
            details=NoBallots(),
            **base,
        )
    outcome = spec.count(profile, params)
    return TallyResult(
        ranking=outcome.ranking,
        winners=outcome.winners,
        consensus=spec.agreement(profile, outcome),
        details=outcome.details,
        **base,
    )


def kendall_w(options: Sequence[str], ballots: Iterable[Ballot]) -> KendallW:
    """Kendall's W of ranked ballots on their own (invalid ballots left out)."""
    return ranked_consensus(build_profile("borda", options, ballots))


QUADRANTS: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("quick_win", "Quick win"),
    (True, False): ("major_project", "Major project"),
    (False, True): ("fill_in", "Fill-in"),
    (False, False): ("thankless_task", "Thankless task"),
}


@dataclass
class ImpactFeasibility:
    """Two-criteria rating: where each option falls in the 2x2 matrix."""

    impact: TallyResult
    feasibility: TallyResult
    quadrants: dict[str, str | None]  # option -> quadrant key (None: not rated on both)
    middle: Fraction

    def to_dict(self) -> dict[str, Any]:
        return {
            "middle": float(self.middle),
            "quadrants": dict(self.quadrants),
            "impact": {r.option: jsonable(r.score) for r in self.impact.ranking},
            "feasibility": {r.option: jsonable(r.score) for r in self.feasibility.ranking},
        }


def impact_feasibility(
    options: Sequence[str],
    impact_ballots: Iterable[Ballot],
    feasibility_ballots: Iterable[Ballot],
    params: MethodParams | None = None,
) -> ImpactFeasibility:
    """Rate options on impact and on feasibility, then place them in the 2x2.

    "High" means a mean rating above the middle of the scale (above 3 on
    1-5); a mean exactly in the middle counts as low, so an option must
    lean positive to be called a quick win. Quick win = high impact and
    high feasibility; major project = high impact, low feasibility;
    fill-in = low impact, high feasibility; thankless task = both low.
    """
    params = params or MethodParams()
    impact = tally("score", options, impact_ballots, params)
    feasibility = tally("score", options, feasibility_ballots, params)
    middle = Fraction(params.scale_min + params.scale_max, 2)
    quadrants: dict[str, str | None] = {}
    for o in options:
        i, f = impact.score_of(o), feasibility.score_of(o)
        quadrants[o] = None if i is None or f is None else QUADRANTS[(i > middle, f > middle)][0]
    return ImpactFeasibility(impact, feasibility, quadrants, middle)
