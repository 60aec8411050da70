"""The voting engine: ballots in, rankings and agreement figures out.

Pure Python, no Qt, no database: the GUI, the exports and the command line
all call these functions. Start with :func:`tally`.

- ballots.py     Ballot, MethodParams, METHODS, filters (firms only, by type)
- registry.py    one MethodSpec per method: checks, counting, wording, display hints
- checks.py      what each kind of value must satisfy (ranks, dots, ratings ...)
- validation.py  per-ballot problems in words a facilitator can read out
- profile.py     valid ballots packed for fast counting (packing.py packs them)
- ranked.py      borda, irv, schulze, copeland
- rated.py       dots, approval, score, gradients
- stats.py       Kendall's W, chi-square, Tastle-Wierman, weighted quartiles
- consensus.py   Kendall's W of a ranked round
- results.py     TallyResult and its typed figures (Agreement, IrvDetails ...)
- rounds.py      next round (top k, multi-voting rule) and round comparison
- engine.py      tally(), impact_feasibility()
"""

from facilitator_app.core.voting.ballots import (
    FIRM,
    GRADIENT_LABELS,
    METHODS,
    Ballot,
    MethodParams,
    default_dot_budget,
    filter_ballots,
    firms_only,
)
from facilitator_app.core.voting.engine import (
    QUADRANTS,
    ImpactFeasibility,
    impact_feasibility,
    kendall_w,
    tally,
)
from facilitator_app.core.voting.registry import (
    RANKED_METHODS,
    SPECS,
    MethodSpec,
    method_spec,
)
from facilitator_app.core.voting.results import (
    Agreement,
    BallotProblem,
    CopelandDetails,
    CountDetails,
    IrvDetails,
    IrvRound,
    KendallW,
    NoBallots,
    RankedOption,
    RatingDetails,
    RatingStats,
    SchulzeDetails,
    TallyResult,
    VoteCount,
)
from facilitator_app.core.voting.rounds import (
    Change,
    ComparisonFigures,
    NextRound,
    RoundComparison,
    compare_rounds,
    multivote_threshold,
    next_round_multivote,
    next_round_top_k,
)
from facilitator_app.core.voting.stats import chi2_sf, tastle_wierman
from facilitator_app.core.voting.validation import ballot_problems, validate

__all__ = [
    "FIRM",
    "GRADIENT_LABELS",
    "METHODS",
    "QUADRANTS",
    "RANKED_METHODS",
    "SPECS",
    "Agreement",
    "Ballot",
    "BallotProblem",
    "Change",
    "ComparisonFigures",
    "CopelandDetails",
    "CountDetails",
    "ImpactFeasibility",
    "IrvDetails",
    "IrvRound",
    "KendallW",
    "MethodParams",
    "MethodSpec",
    "NextRound",
    "NoBallots",
    "RankedOption",
    "RatingDetails",
    "RatingStats",
    "RoundComparison",
    "SchulzeDetails",
    "TallyResult",
    "VoteCount",
    "ballot_problems",
    "chi2_sf",
    "compare_rounds",
    "default_dot_budget",
    "filter_ballots",
    "firms_only",
    "impact_feasibility",
    "kendall_w",
    "method_spec",
    "multivote_threshold",
    "next_round_multivote",
    "next_round_top_k",
    "tally",
    "tastle_wierman",
    "validate",
]
