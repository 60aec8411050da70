"""Every voting method in one place: one :class:`MethodSpec` per method.

A spec says how the method's ballots are stored and checked, how they are
counted and how agreement is measured, how the method is described to
people (its note, what its score means, how a paper ballot is filled in),
and how its results are shown (score as a share, whole or decimal scores,
winners meaning "reached consensus"). Code that needs to know something
about a method asks its spec (``method_spec("irv").ranked``) instead of
testing the method's name; a screen that offers different widgets per
method may still branch on it, as that is a choice of the screen.

Adding a method means adding one spec here (and its key to
``ballots.METHODS`` and ``core.domain.VOTING_METHODS``, the stored keys
and their labels).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from facilitator_app.core.domain import VOTING_METHODS, label_of
from facilitator_app.core.errors import BadInputError
from facilitator_app.core.voting import checks, ranked, rated
from facilitator_app.core.voting.ballot_texts import (
    approval_paper,
    dots_paper,
    gradients_paper,
    irv_paper,
    ranked_paper,
    score_paper,
)
from facilitator_app.core.voting.ballots import (
    GRADIENT_LABELS,
    METHODS,
    MethodParams,
)
from facilitator_app.core.voting.consensus import ranked_consensus
from facilitator_app.core.voting.profile import (
    Layout,
    Profile,
    approval_layout,
    dots_layout,
    gradient_layout,
    ranked_layout,
    rating_layout,
)
from facilitator_app.core.voting.ranked import Outcome
from facilitator_app.core.voting.results import Agreement
from facilitator_app.i18n.messages import N_, Texts, _

BallotKind = Literal["ranked", "rated"]
PaperInstructions = Callable[[int, Mapping[str, Any], Texts | None], list[str]]
"""(options, params, the participant texts in a language) -> paragraphs;
the texts are in ``ballot_texts``, in the workshop's language."""
ValueKind = Literal["rank", "dots", "approval", "rating", "gradient"]


@dataclass(frozen=True)
class MethodSpec:
    """What the app knows about one voting method.

    Ballots: ``ballot`` is ``"ranked"`` (1 = best, each rank once) or
    ``"rated"`` (a number per option); ``value_kind`` names the number
    (also the word used in messages: "rank 2.5 for 'A' is not a whole
    number"); ``value_higher_is_better`` is False for ranks and gradients
    (1 is the best). ``layout`` and ``value_problems`` pack and check them.

    Counting: ``count`` runs the method on a packed profile, ``agreement``
    gives its agreement figures. Scores are always better when higher (the
    ranking is by score), whatever the ballots' scale.

    Describing and showing: ``score_heading`` (a short column heading),
    ``score_meaning`` (what the score is, in a few words), ``note`` (how the
    winner is found, for people who were not in the room), ``figure_notes``
    (which ``core.voting_words.FIGURE_NOTES`` explain its agreement figures),
    ``score_is_share`` (show the score as a percentage), ``whole_scores``
    (an axis of whole numbers), ``counts_votes`` (the score counts votes, so
    the multi-voting rule applies), ``winners_reach_consensus`` (the winners
    are the options that reached consensus, possibly none or several),
    ``value_labels`` (the meaning of each value, printed with a paper
    ballot; in English here, in the workshop's language from
    ``ballot_texts.gradient_labels``) and ``paper_instructions`` (their
    texts in ``ballot_texts``, the participants' domain).
    """

    key: str
    ballot: BallotKind
    value_kind: ValueKind
    value_higher_is_better: bool
    layout: Callable[[int, MethodParams], Layout]
    value_problems: Callable[[dict[str, int], MethodParams, int], list[str]]
    count: Callable[[Profile, MethodParams], Outcome]
    agreement: Callable[[Profile, Outcome], Agreement]
    score_heading: str
    score_meaning: str
    note: str
    figure_notes: tuple[str, ...]
    paper_instructions: PaperInstructions
    score_is_share: bool = False
    whole_scores: bool = True
    counts_votes: bool = False
    winners_reach_consensus: bool = False
    value_labels: Mapping[int, str] | None = None

    @property
    def ranked(self) -> bool:
        return self.ballot == "ranked"

    @property
    def label(self) -> str:
        """'Ranking (Borda count)'."""
        return label_of(VOTING_METHODS, self.key)


# ----- agreement -------------------------------------------------------------------


def _kendall(profile: Profile, outcome: Outcome) -> Agreement:
    return Agreement(kendall=ranked_consensus(profile))


def _support(profile: Profile, outcome: Outcome) -> Agreement:
    return rated.support_figures(profile, outcome)


def _ratings(profile: Profile, outcome: Outcome) -> Agreement:
    return rated.rating_figures(outcome)


def _gradients(profile: Profile, outcome: Outcome) -> Agreement:
    return rated.gradient_figures(outcome)


# ----- the methods -----------------------------------------------------------------

def _ranked_method(
    key: str,
    count: Callable[[Profile], Outcome],
    *,
    score_heading: str,
    score_meaning: str,
    note: str,
    paper_instructions: PaperInstructions = ranked_paper,
) -> MethodSpec:
    """A method on ranked ballots: ranks 1..m, Kendall's W for agreement."""
    return MethodSpec(
        key=key,
        ballot="ranked",
        value_kind="rank",
        value_higher_is_better=False,
        layout=ranked_layout,
        value_problems=checks.rank_problems,
        count=lambda profile, _params: count(profile),
        agreement=_kendall,
        score_heading=score_heading,
        score_meaning=score_meaning,
        note=note,
        figure_notes=("kendall_w",),
        paper_instructions=paper_instructions,
    )


SPECS: dict[str, MethodSpec] = {
    spec.key: spec
    for spec in (
        MethodSpec(
            key="dots",
            ballot="rated",
            value_kind="dots",
            value_higher_is_better=True,
            layout=dots_layout,
            value_problems=checks.dot_problems,
            count=rated.dots,
            agreement=_support,
            score_heading=N_("Dots"),
            score_meaning="dots",
            note=(
                "Dot voting: every voter shared out a fixed number of dots among the options, "
                "putting several on one option if they felt strongly. The options are ordered "
                "by the dots they collected; the most dots wins."
            ),
            figure_notes=("support_votes",),
            paper_instructions=dots_paper,
            counts_votes=True,
        ),
        MethodSpec(
            key="approval",
            ballot="rated",
            value_kind="approval",
            value_higher_is_better=True,
            layout=approval_layout,
            value_problems=checks.approval_problems,
            count=rated.approval,
            agreement=_support,
            score_heading=N_("Approvals"),
            score_meaning="approvals",
            note=(
                "Approval voting: every voter ticked each option they could accept, as many "
                "as they liked. The option ticked by the most voters wins."
            ),
            figure_notes=("support_votes",),
            paper_instructions=approval_paper,
            counts_votes=True,
        ),
        _ranked_method(
            "borda",
            ranked.borda,
            score_heading=N_("Points"),
            score_meaning="Borda points",
            note=(
                "Ranking with the Borda count: every voter put the options in order, 1 for "
                "the best. With m options, first place earns m - 1 points, second m - 2, and "
                "so on; options a voter left unranked earn nothing. The option with most "
                "points wins, so a priority that many people place high, even if few place "
                "it first, does well."
            ),
        ),
        _ranked_method(
            "irv",
            ranked.irv,
            score_heading=N_("Votes"),
            score_meaning="votes in its last count",
            note=(
                "Instant runoff: every voter put the options in order. Each ballot counts for "
                "its highest option still in the race; the option with fewest such votes "
                "drops out and its ballots move to their next choice. This repeats until one "
                "option is left. Options that tie for fewest drop out together."
            ),
            paper_instructions=irv_paper,
        ),
        _ranked_method(
            "schulze",
            ranked.schulze,
            score_heading=N_("Beats"),
            score_meaning="options it beats",
            note=(
                "Schulze method: every voter put the options in order. Each pair of options "
                "is compared head to head (how many voters prefer one to the other); an "
                "option wins when it beats every other one directly or through a chain of "
                "stronger wins. The score is the number of options it beats this way. The "
                "places below the first are layers: each holds the options beaten only by "
                "options in higher places, so an option is not always beaten by every "
                "option placed above it."
            ),
        ),
        _ranked_method(
            "copeland",
            ranked.copeland,
            score_heading=N_("Wins-losses"),
            score_meaning="wins minus losses",
            note=(
                "Copeland method: every voter put the options in order. Each pair of options "
                "is compared head to head; an option scores one for each contest it wins and "
                "loses one for each it loses. The highest score wins."
            ),
        ),
        MethodSpec(
            key="score",
            ballot="rated",
            value_kind="rating",
            value_higher_is_better=True,
            layout=rating_layout,
            value_problems=checks.rating_problems,
            count=rated.score,
            agreement=_ratings,
            score_heading=N_("Mean"),
            score_meaning="mean rating",
            note=(
                "Rating: every voter gave each option a mark on a scale. Options are ordered "
                "by their average mark; the median is shown too, as it is not pulled by one "
                "extreme mark."
            ),
            figure_notes=("tastle_wierman", "support"),
            paper_instructions=score_paper,
            whole_scores=False,
        ),
        MethodSpec(
            key="gradients",
            ballot="rated",
            value_kind="gradient",
            value_higher_is_better=False,
            layout=gradient_layout,
            value_problems=checks.gradient_problems,
            count=rated.gradients,
            agreement=_gradients,
            score_heading=N_("Support"),
            score_meaning="support (share at 1-3)",
            note=(
                "Gradients of agreement: every voter said, for each option, how far they "
                "agree, from 1 (whole-hearted endorsement) through 4 (abstain) to 7 (block). "
                "Marks 1 to 3 count as support. An option reaches consensus when nobody "
                "blocks it and its support reaches the threshold set for the round (75 % "
                "unless changed). There can be several such options, or none."
            ),
            figure_notes=("tastle_wierman", "support"),
            paper_instructions=gradients_paper,
            score_is_share=True,
            winners_reach_consensus=True,
            value_labels=GRADIENT_LABELS,
        ),
    )
}

#: Methods whose ballots are ranks (1 = best).
RANKED_METHODS: frozenset[str] = frozenset(k for k, s in SPECS.items() if s.ranked)


def method_spec(method: str) -> MethodSpec:
    """The spec of a method key; ``BadInputError`` (exit code 2) for an unknown one."""
    try:
        return SPECS[method]
    except (KeyError, TypeError):
        raise BadInputError(
            _("unknown voting method '{method}'; choose one of {methods}.",
              method=method, methods=', '.join(METHODS))
        ) from None
