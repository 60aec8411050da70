"""Vote rounds and ballots: the facilitator's live tool, for GUI, CLI and exports.

A round belongs to a workshop, offers some of its candidate priorities, and
has a method, parameters and an anonymity mode. Its voters are the
workshop's voting attendees. The anonymity mode is honest about what is
stored:

- ``named``: ballot.voter_id is stored; names are shown in results/exports;
- ``anonymous``: voter_id is stored (the facilitator can correct a ballot),
  but names never appear in results, exports or the report;
- ``secret``: no link voter -> ballot is stored. A :class:`VoterReceipt`
  records only that the member voted. Secret ballots and their entries get
  random keys and no time of casting, so neither insertion order nor
  timestamps can pair a ballot with a receipt.

The method, the options and the anonymity mode lock at the first ballot.
Every ballot created, changed or deleted and every round opened, closed or
reopened is written to the audit log.

Score rounds may rate two criteria (``params["two_criteria"]``): impact in
``value`` and feasibility in ``value2``, checked together by
:func:`check_values` and placed in the 2x2 by :func:`impact_feasibility_round`.
For screens and sheets: :func:`round_progress`, :func:`preview_next_round`,
:func:`round_code` and :func:`paper_ballot_data`; :func:`agreement_sentence`
puts the agreement in words (Kendall's W bands in :data:`KENDALL_W_BANDS`).
Importing a typed-in ballot matrix, all or nothing, is in ``ballot_import``.
"""

from facilitator_app.core.views import OptionInfo, PaperBallotData, RoundInfo
from facilitator_app.core.voting_words import (
    KENDALL_W_BANDS,
    agreement_band,
    agreement_sentence,
)
from facilitator_app.services.voting.ballot_box import (
    RoundProgress,
    check_values,
    delete_ballot,
    record_ballot,
    record_hands,
    round_progress,
    two_criteria,
    update_ballot,
)
from facilitator_app.services.voting.model import (
    SOURCES,
    VIEWS_HELP,
    BallotInfo,
    BallotRejected,
    RoundResult,
    VoterInfo,
)
from facilitator_app.services.voting.paper import (
    open_round_for,
    paper_ballot_data,
    round_code,
)
from facilitator_app.services.voting.results import (
    LoadedRound,
    ballots,
    ballots_by_type,
    compare_with_previous,
    engine_ballots,
    impact_feasibility_round,
    load_round,
    next_round_number,
    next_round_setup,
    preview_next_round,
    start_next_round,
    tally_round,
    voter_label,
)
from facilitator_app.services.voting.rounds import (
    close_round,
    code_holder_ids,
    create_round,
    default_params,
    delete_round,
    get_round,
    list_rounds,
    not_voted,
    reopen_round,
    round_info,
    update_round,
    voted_member_ids,
    voters,
)

__all__ = [
    "KENDALL_W_BANDS",
    "SOURCES",
    "VIEWS_HELP",
    "BallotInfo",
    "BallotRejected",
    "LoadedRound",
    "OptionInfo",
    "PaperBallotData",
    "RoundInfo",
    "RoundProgress",
    "RoundResult",
    "VoterInfo",
    "agreement_band",
    "agreement_sentence",
    "ballots",
    "ballots_by_type",
    "check_values",
    "close_round",
    "code_holder_ids",
    "compare_with_previous",
    "create_round",
    "default_params",
    "delete_ballot",
    "delete_round",
    "engine_ballots",
    "get_round",
    "impact_feasibility_round",
    "list_rounds",
    "load_round",
    "next_round_number",
    "next_round_setup",
    "not_voted",
    "open_round_for",
    "paper_ballot_data",
    "preview_next_round",
    "record_ballot",
    "record_hands",
    "reopen_round",
    "round_code",
    "round_info",
    "round_progress",
    "start_next_round",
    "tally_round",
    "two_criteria",
    "update_ballot",
    "update_round",
    "voted_member_ids",
    "voter_label",
    "voters",
]
