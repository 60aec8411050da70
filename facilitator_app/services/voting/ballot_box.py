"""The ballot box: the one way any channel records a ballot."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting import (
    Ballot as EngineBallot,
)
from facilitator_app.core.voting import (
    ballot_problems,
)
from facilitator_app.services import audit
from facilitator_app.services.voting.model import (
    SOURCES,
    BallotRejected,
)
from facilitator_app.services.voting.rounds import (
    _round,
    round_info,
    voted_member_ids,
    voters,
)
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    BallotEntry,
    Base,
    Member,
    VoteRound,
    VoterReceipt,
    utcnow,
)


# ----- ballots ----------------------------------------------------------------
def _engine_ballot(info: RoundInfo, values: Mapping[int, Any], voter: str | None = None,
                   weight: float = 1, group: str | None = None) -> EngineBallot:
    labels = {o.id: o.label for o in info.options}
    unknown = [k for k in values if k not in labels]
    if unknown:
        raise BallotRejected([f"option {unknown[0]} is not in this round"], voter)
    return EngineBallot({labels[k]: v for k, v in values.items()}, voter=voter, weight=weight,
                        group=group)


def two_criteria(info: RoundInfo) -> bool:
    """A score round rated on impact (``value``) and feasibility (``value2``)."""
    return info.method == "score" and bool(info.params.get("two_criteria"))


def check_values(info: RoundInfo, values: Mapping[int, Any],
                 values2: Mapping[int, Any] | None = None) -> list[str]:
    """The engine's problems with one ballot (for live validation in the grid).

    ``values2`` is the second criterion (feasibility) of a two-criteria score
    round: checked on the same scale, and an option rated on one criterion
    must be rated on the other too.
    """
    ballot = _engine_ballot(info, values)
    labels = [o.label for o in info.options]
    problems = ballot_problems(info.method, labels, ballot, info.method_params)
    second = {k: v for k, v in (values2 or {}).items() if v is not None and v != ""}
    if second and not two_criteria(info):
        problems.append("this round rates one criterion only")
    elif two_criteria(info):
        if second:
            extra = ballot_problems("score", labels, _engine_ballot(info, second),
                                    info.method_params)
            problems += [f"feasibility {p}" for p in extra if not p.startswith("empty ballot")]
        first = {k for k, v in values.items() if v is not None and v != ""}
        by_id = {o.id: o.label for o in info.options}
        for option_id in sorted(first ^ set(second), key=list(by_id).index):
            missing = "a feasibility" if option_id in first else "an impact"
            problems.append(f"'{by_id[option_id]}' needs {missing} rating too")
    return problems


def _random_key(s: Session, model: type[Base]) -> int:
    while True:
        key = secrets.randbelow(2**62) + 1
        if s.get(model, key) is None:
            return key


def record_ballot(
    s: Session,
    round_id: int,
    values: Mapping[int, Any],
    *,
    voter_id: int | None,
    source: str = "grid",
    entered_by: str = "",
    values2: Mapping[int, Any] | None = None,
) -> int:
    """Validate and store one ballot; return its id. Refuses with :class:`BallotRejected`.

    ``values`` maps round-option id -> number (blank = not given). In secret
    rounds ``voter_id`` is needed only to refuse a second ballot; it is not
    stored with the ballot.
    """
    if source not in SOURCES or source == "hands":
        raise UserError(f"Unknown ballot source {source!r}.")
    rnd = _round(s, round_id)
    info = round_info(s, rnd)
    if not info.is_open:
        raise UserError(f"{info.title} is closed: reopen it to record more ballots.")
    voter = None
    if voter_id is not None:
        voter = s.get(Member, voter_id)
        attendance = s.scalar(select(Attendance).where(
            Attendance.workshop_id == rnd.workshop_id, Attendance.member_id == voter_id))
        if voter is None or attendance is None:
            raise BallotRejected(["is not on this workshop's attendance list"],
                                 voter.name if voter else str(voter_id))
        if attendance.role != "voter":
            raise BallotRejected(["is an observer and does not vote"], voter.name)
        if s.scalar(select(VoterReceipt.id).where(VoterReceipt.round_id == round_id,
                                                  VoterReceipt.member_id == voter_id)):
            raise BallotRejected(["has already voted in this round"], voter.name)
    elif rnd.anonymity != "secret":
        raise UserError("Say whose ballot this is (only secret rounds take ballots without a "
                        "voter).")
    clean = {k: v for k, v in values.items() if v is not None and v != ""}
    problems = check_values(info, clean, values2)
    if problems:
        raise BallotRejected(problems, voter.name if voter else None)
    secret = rnd.anonymity == "secret"
    now = utcnow()
    if rnd.locked_at is None:
        rnd.locked_at = now
    ballot = Ballot(
        round_id=rnd.id,
        voter_id=None if secret else voter_id,
        source=source,
        entered_by=entered_by,
        entered_at=None if secret else now,
        weight=float(voter.vote_weight or 1) if voter is not None else 1.0,
    )
    if secret:
        ballot.id = _random_key(s, Ballot)
        ballot.created_at = ballot.updated_at = rnd.locked_at
    s.add(ballot)
    s.flush()
    for option_id, value in clean.items():
        entry = BallotEntry(ballot_id=ballot.id, option_id=option_id, value=float(value),
                            value2=_float_or_none((values2 or {}).get(option_id)))
        if secret:
            entry.id = _random_key(s, BallotEntry)
            entry.created_at = entry.updated_at = rnd.locked_at
        s.add(entry)
    if voter_id is not None:
        s.add(VoterReceipt(round_id=rnd.id, member_id=voter_id))
    audit.record(
        s, "ballot.created", entity="ballot", entity_uid=None if secret else ballot.uid,
        actor=entered_by, workshop_id=rnd.workshop_id, round_id=rnd.id,
        details={"source": source} | ({} if secret else {
            "voter": voter.name if voter else None,
            "values": {o.label: clean.get(o.id) for o in info.options if o.id in clean}}
            | ({"feasibility": {o.label: float(values2[o.id]) for o in info.options
                                if values2.get(o.id) not in (None, "")}}
               if values2 else {})),
    )
    s.flush()
    return ballot.id


def _float_or_none(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


def _ballot_for_change(s: Session, ballot_id: int) -> tuple[Ballot, VoteRound]:
    ballot = s.get(Ballot, ballot_id)
    if ballot is None:
        raise UserError("That ballot no longer exists.")
    rnd = _round(s, ballot.round_id)
    if rnd.anonymity == "secret":
        raise UserError("Secret ballots cannot be changed or removed: nobody knows whose "
                        "they are.")
    if rnd.status != "open":
        raise UserError(f"{rnd.title} is closed: reopen it to change ballots.")
    return ballot, rnd


def update_ballot(s: Session, ballot_id: int, values: Mapping[int, Any], *,
                  entered_by: str = "", values2: Mapping[int, Any] | None = None) -> None:
    ballot, rnd = _ballot_for_change(s, ballot_id)
    info = round_info(s, rnd)
    clean = {k: v for k, v in values.items() if v is not None and v != ""}
    problems = check_values(info, clean, values2)
    if problems:
        raise BallotRejected(problems)
    before = {e.option_id: e.value for e in s.scalars(
        select(BallotEntry).where(BallotEntry.ballot_id == ballot.id))}
    s.execute(delete(BallotEntry).where(BallotEntry.ballot_id == ballot.id))
    for option_id, value in clean.items():
        s.add(BallotEntry(ballot_id=ballot.id, option_id=option_id, value=float(value),
                          value2=_float_or_none((values2 or {}).get(option_id))))
    ballot.entered_by, ballot.entered_at = entered_by, utcnow()
    labels = {o.id: o.label for o in info.options}
    audit.record(s, "ballot.changed", entity="ballot", entity_uid=ballot.uid, actor=entered_by,
                 workshop_id=rnd.workshop_id, round_id=rnd.id,
                 details={"before": {labels[k]: v for k, v in before.items()},
                          "after": {labels[k]: float(v) for k, v in clean.items()}}
                 | ({"feasibility": {labels[k]: float(v) for k, v in values2.items()
                                     if v not in (None, "")}} if values2 else {}))
    s.flush()


def delete_ballot(s: Session, ballot_id: int, *, actor: str = "") -> None:
    ballot, rnd = _ballot_for_change(s, ballot_id)
    if ballot.voter_id is not None:
        s.execute(delete(VoterReceipt).where(VoterReceipt.round_id == rnd.id,
                                             VoterReceipt.member_id == ballot.voter_id))
    audit.record(s, "ballot.deleted", entity="ballot", entity_uid=ballot.uid, actor=actor,
                 workshop_id=rnd.workshop_id, round_id=rnd.id,
                 details={"source": ballot.source})
    s.delete(ballot)
    s.flush()


def record_hands(s: Session, round_id: int, counts: Mapping[int, Any], *,
                 entered_by: str = "") -> int:
    """Show-of-hands totals, without individual ballots.

    For ``approval`` and ``dots``: ``counts`` maps option id -> hands or dots.
    For ``gradients``: option id -> {level 1-7: hands}. Each hand is stored
    as one anonymous mark (a ballot of source ``hands`` on one option), so
    the usual counting and agreement figures apply. Returns the marks stored.
    """
    rnd = _round(s, round_id)
    info = round_info(s, rnd)
    if info.method not in ("approval", "dots", "gradients"):
        raise UserError("Show-of-hands totals work for dots, approval and gradients rounds.")
    if not info.is_open:
        raise UserError(f"{info.title} is closed: reopen it to record totals.")
    labels = {o.id: o.label for o in info.options}
    marks: list[tuple[int, float]] = []
    for option_id, raw in counts.items():
        if option_id not in labels:
            raise UserError(f"option {option_id} is not in this round.")
        per_level = raw if isinstance(raw, Mapping) else {1: raw}
        for level, n in per_level.items():
            if n in (None, ""):
                continue
            if int(n) != n or int(n) < 0:
                raise UserError(f"{labels[option_id]}: {n} is not a count of hands.")
            if info.method == "gradients" and not 1 <= int(level) <= 7:
                raise UserError(f"{labels[option_id]}: gradient {level} is not between 1 and 7.")
            marks += [(option_id, float(level))] * int(n)
    if not marks:
        raise UserError("Enter at least one count.")
    if rnd.locked_at is None:
        rnd.locked_at = utcnow()
    for option_id, value in marks:
        ballot = Ballot(round_id=rnd.id, voter_id=None, source="hands", entered_by=entered_by,
                        entered_at=utcnow(), weight=1.0)
        s.add(ballot)
        s.flush()
        s.add(BallotEntry(ballot_id=ballot.id, option_id=option_id, value=value))
    audit.record(s, "hands.recorded", entity="round", entity_uid=rnd.uid, actor=entered_by,
                 workshop_id=rnd.workshop_id, round_id=rnd.id,
                 details={"totals": {labels[k]: v for k, v in counts.items()},
                          "marks": len(marks)})
    s.flush()
    return len(marks)



@dataclass(frozen=True)
class RoundProgress:
    ballots: int  # individual ballots (kiosk, grid, paper, import)
    hands: int  # show-of-hands marks
    voted: int  # voters with a receipt
    voters: int  # voting attendees


def round_progress(s: Session, round_id: int) -> RoundProgress:
    def count(*where: ColumnElement[bool]) -> int:
        return int(s.scalar(select(func.count(Ballot.id))
                            .where(Ballot.round_id == round_id, *where)) or 0)

    return RoundProgress(
        ballots=count(Ballot.source != "hands"),
        hands=count(Ballot.source == "hands"),
        voted=len(voted_member_ids(s, round_id)),
        voters=len(voters(s, round_id)),
    )
