"""Paper ballots: what a printed sheet of a round carries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.core.views import PaperBallotData, RoundInfo
from facilitator_app.i18n.messages import _
from facilitator_app.services.voting.rounds import (
    get_round,
    voters,
)
from facilitator_app.storage.models import VoteRound


# ----- for screens and sheets ---------------------------------------------------
def round_code(info: RoundInfo) -> str:
    """Short code printed on paper ballots: round number and the start of its uid."""
    return f"R{info.number}-{info.uid.replace('-', '')[:8].upper()}"



def paper_ballot_data(s: Session, round_id: int, *, blank: int | None = None) -> PaperBallotData:
    """Named and anonymous rounds: one ballot per voting attendee, their name printed.

    Secret rounds: ``blank`` ballots without a name (default: one per voting
    attendee), since a name on a secret ballot would link it to the voter.
    """
    from facilitator_app.services.profile import get_profile
    from facilitator_app.storage.models import Workshop

    info = get_round(s, round_id)
    workshop = s.get(Workshop, info.workshop_id)
    names = [v.name for v in voters(s, round_id)]
    secret = info.anonymity == "secret"
    return PaperBallotData(
        round=info, code=round_code(info), cluster=get_profile(s).name,
        workshop=workshop.title if workshop else "",
        workshop_date=workshop.date.isoformat() if workshop and workshop.date else "",
        names=[] if secret else names,
        blank=(len(names) if blank is None else max(0, blank)) if secret else 0,
        language=workshop.language if workshop else None,
    )


def open_round_for(s: Session, round_id: int | None, purpose: str) -> int:
    """``round_id`` when it is open; without it, the workspace's only open
    round. ``purpose`` finishes "reopen it to ..." in the refusal."""
    if round_id is not None:
        info = get_round(s, round_id)
        if not info.is_open:
            raise UserError(_("Round {round_id} ({title}) is closed: reopen it to {purpose}.",
                              round_id=round_id, title=info.title, purpose=purpose))
        return round_id
    found = list(s.scalars(select(VoteRound.id).where(VoteRound.status == "open")
                           .order_by(VoteRound.id)))
    if not found:
        raise UserError(_("No round is open in this workspace: open one first."))
    if len(found) > 1:
        raise UserError(_("Several rounds are open ({rounds}): choose one with --round ID.",
                          rounds=", ".join(map(str, found))), exit_code=2)
    return found[0]
