"""The voting engine: ballots in, rankings and agreement figures out.

Pure Python, no Qt, no database: the GUI, the exports and the command line
all call these functions. Start with :func:`tally`.

- ballots.py     Ballot, MethodParams, METHODS, filters (firms only, by type)
- validation.py  per-ballot problems in words a facilitator can read out
- profile.py     valid ballots packed for fast counting
- ranked.py      borda, irv, schulze, copeland
- rated.py       dots, approval, score, gradients
- stats.py       Kendall's W, chi-square, Tastle-Wierman, weighted quartiles
- consensus.py   agreement figures of a round
- rounds.py      next round (top k, multi-voting rule) and round comparison
- engine.py      tally(), impact_feasibility()
"""

from facilitator_app.core.voting.ballots import (
    FIRM,
    GRADIENT_LABELS,
    METHODS,
    RANKED_METHODS,
    Ballot,
    MethodParams,
    default_dot_budget,
    filter_ballots,
    firms_only,
)
from facilitator_app.core.voting.consensus import kendall_w
from facilitator_app.core.voting.engine import (
    QUADRANTS,
    ImpactFeasibility,
    impact_feasibility,
    tally,
)
from facilitator_app.core.voting.results import RankedOption, TallyResult
from facilitator_app.core.voting.rounds import (
    NextRound,
    RoundComparison,
    compare_rounds,
    multivote_threshold,
    next_round_multivote,
    next_round_top_k,
)
from facilitator_app.core.voting.stats import chi2_sf, tastle_wierman
from facilitator_app.core.voting.validation import BallotProblem, ballot_problems, validate

__all__ = [
    "FIRM",
    "GRADIENT_LABELS",
    "METHODS",
    "QUADRANTS",
    "RANKED_METHODS",
    "Ballot",
    "BallotProblem",
    "ImpactFeasibility",
    "MethodParams",
    "NextRound",
    "RankedOption",
    "RoundComparison",
    "TallyResult",
    "ballot_problems",
    "chi2_sf",
    "compare_rounds",
    "default_dot_budget",
    "filter_ballots",
    "firms_only",
    "impact_feasibility",
    "kendall_w",
    "multivote_threshold",
    "next_round_multivote",
    "next_round_top_k",
    "tally",
    "tastle_wierman",
    "validate",
]
