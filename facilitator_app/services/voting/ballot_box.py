"""The ballot box: the one way any channel records a ballot."""

from __future__ import annotations

import contextlib
import random
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.core.text import quoted
from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting import (
    Ballot as EngineBallot,
)
from facilitator_app.core.voting import (
    ballot_problems,
)
from facilitator_app.core.voting.validation import EMPTY_BALLOT
from facilitator_app.i18n.messages import N_, _
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
from facilitator_app.services.workshops import mark_held
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    BallotEntry,
    CodeHolder,
    Member,
    VoterCode,
    VoteRound,
    VoterReceipt,
    new_uid,
    utcnow,
)
from facilitator_app.storage.workspace import CHECKPOINT_AFTER_COMMIT


# ----- ballots ----------------------------------------------------------------
def _engine_ballot(info: RoundInfo, values: Mapping[int, Any], voter: str | None = None,
                   weight: float = 1, group: str | None = None) -> EngineBallot:
    labels = {o.id: o.label for o in info.options}
    unknown = [k for k in values if k not in labels]
    if unknown:
        raise BallotRejected([_("option {unknown} is not in this round", unknown=unknown[0])], voter)
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
        problems.append(_("this round rates one criterion only"))
    elif two_criteria(info):
        if second:
            extra = ballot_problems("score", labels, _engine_ballot(info, second),
                                    info.method_params)
            problems += [_("feasibility {problem}", problem=p) for p in extra
                         if p != _(EMPTY_BALLOT)]
        first = {k for k, v in values.items() if v is not None and v != ""}
        by_id = {o.id: o.label for o in info.options}
        for option_id in sorted(first ^ set(second), key=list(by_id).index):
            option = quoted(by_id[option_id])
            problems.append(_("{option} needs a feasibility rating too", option=option)
                            if option_id in first else
                            _("{option} needs an impact rating too", option=option))
    return problems


#: The one source every secret ballot has: a per-ballot channel (kiosk,
#: paper ...) next to the order in which members were seen voting would name
#: the one who used it.
URN_SOURCE = "urn"

_shuffle = random.SystemRandom().shuffle

#: A round is counted by a show of hands or by individual ballots, never both:
#: nothing ties a raised hand to a member, so the register could not stop a
#: member from voting both ways.
HANDS_AND_BALLOTS = N_("a round takes either a show of hands or individual ballots: start "
                     "another round for the other way of voting")


def _random_key() -> int:
    """A key that says nothing about when its row was written (2**62 values:
    a clash with an existing key is not a practical concern)."""
    return secrets.randbelow(2**62) + 1


def _the_voter(s: Session, rnd: VoteRound, voter_id: int) -> Any:
    """Name, type, weight, role and whether the member is on the round's
    register, in one query; refuses who may not vote here."""
    row = s.execute(
        select(Member.name, Member.member_type, Member.vote_weight, Attendance.role,
               VoterReceipt.id.label("receipt"), CodeHolder.id.label("holder"),
               select(func.count(Ballot.id))
               .where(Ballot.round_id == rnd.id, Ballot.source == "hands")
               .scalar_subquery().label("hands"))
        .select_from(Member)
        .outerjoin(Attendance, and_(Attendance.member_id == Member.id,
                                    Attendance.workshop_id == rnd.workshop_id))
        .outerjoin(VoterReceipt, and_(VoterReceipt.member_id == Member.id,
                                      VoterReceipt.round_id == rnd.id))
        .outerjoin(CodeHolder, and_(CodeHolder.member_id == Member.id,
                                    CodeHolder.round_id == rnd.id))
        .where(Member.id == voter_id)
    ).one_or_none()
    if row is None or row.role is None:
        raise BallotRejected([_("is not on this workshop's attendance list")],
                             row.name if row is not None else str(voter_id))
    if row.role != "voter":
        raise BallotRejected([_("is an observer and does not vote")], row.name)
    if row.receipt is not None:
        raise BallotRejected([_("has already voted in this round")], row.name)
    if row.holder is not None:
        raise BallotRejected([_(HOLDS_A_CODE)], row.name)
    if row.hands:
        raise BallotRejected([_(HANDS_AND_BALLOTS)], row.name)
    return row


#: Why a holder of a secret round's phone code is refused by the other channels.
HOLDS_A_CODE = N_("was given a phone code for this secret round and votes with it (which code "
                "is not known, so no other channel can take their ballot)")


def _phone_code(s: Session, rnd: VoteRound, code_id: int, voter_id: int | None) -> VoterCode:
    """Check a phone code (its row, found by ``services.room``).

    A named or anonymous round's code belongs to a member, who is the voter;
    a secret round's code belongs to nobody: it only proves that its holder
    may vote, and the register then records that a code was used (the code's
    status, see :func:`_use_code`) instead of a member.
    """
    code = s.get(VoterCode, code_id)
    if code is None or code.round_id != rnd.id:
        raise BallotRejected([_("that code is not valid for this round")])
    if code.status != "issued":
        raise BallotRejected([_("that code has already been used")])
    if code.member_id is None:
        if rnd.anonymity != "secret" or voter_id is not None:
            raise UserError(_("A secret round's phone code names no voter."))
    elif voter_id not in (None, code.member_id):
        raise UserError(_("That phone code belongs to another member."))
    return code


def _use_code(s: Session, code: VoterCode) -> None:
    # the code's rows keep their issue time: no time of use is kept
    s.execute(update(VoterCode).where(VoterCode.id == code.id)
              .values(status="used", updated_at=code.created_at))


def record_ballot(
    s: Session,
    round_id: int,
    values: Mapping[int, Any],
    *,
    voter_id: int | None,
    source: str = "grid",
    entered_by: str = "",
    values2: Mapping[int, Any] | None = None,
    phone_code: int | None = None,
) -> int | None:
    """Validate one ballot and put it in the box, with its voter on the register.

    Every channel (grid, kiosk, paper typed in or imported, phones) records
    through here, so one member casts one ballot per round whatever the mix
    of channels. ``values`` maps round-option id -> number (blank = not
    given). ``voter_id`` is the member who votes, or who handed in a paper
    ballot; it is required in every mode. Named and anonymous rounds store
    it with the ballot, with the member type and weight the voter has now
    (frozen: later roster edits do not move past results), and return the
    ballot's id. Secret rounds only add the member to the register and
    return ``None``: see :func:`_into_the_urn`. Refuses with
    :class:`BallotRejected` (every reason) or :class:`UserError`.

    ``phone_code`` is the row of the one-time code a phone voted with
    (``services.room`` finds it): it is marked used in the same transaction.
    A named or anonymous round's code names the voter; a secret round's code
    names nobody (``voter_id`` stays None): its holder is on the round's
    list of code holders instead, and the used code counts as "has voted".
    """
    if source not in SOURCES or source == "hands":
        raise UserError(_("Unknown ballot source {source!r}.", source=source))
    rnd = _round(s, round_id)
    info = round_info(s, rnd)
    if not info.is_open:
        raise UserError(_("{title} is closed: reopen it to record more ballots.",
                          title=info.title))
    secret = rnd.anonymity == "secret"
    code = _phone_code(s, rnd, phone_code, voter_id) if phone_code is not None else None
    if code is not None:
        voter_id = code.member_id
    if voter_id is None and code is None:
        raise UserError(
            _("Say who handed in this ballot: in a secret round every ballot needs the member "
              "who cast it, so that nobody votes twice (who cast which ballot is not kept).")
            if secret else _("Say whose ballot this is."))
    voter = _the_voter(s, rnd, voter_id) if voter_id is not None else None
    clean = {k: v for k, v in values.items() if v is not None and v != ""}
    problems = check_values(info, clean, values2)
    if problems:
        raise BallotRejected(problems, voter.name if voter is not None else None)
    second = {k: float(v) for k, v in (values2 or {}).items() if v is not None and v != ""}
    if code is not None:
        _use_code(s, code)
    if rnd.locked_at is None:
        rnd.locked_at = utcnow()
        mark_held(s, rnd.workshop_id)  # the workshop's vote has begun
    if secret:
        _into_the_urn(s, rnd, voter_id, clean, second, entered_by)
        return None
    assert voter_id is not None  # only a secret round's code names nobody
    return _named_ballot(s, rnd, info, voter, voter_id, clean, second, source, entered_by)


def _named_ballot(s: Session, rnd: VoteRound, info: RoundInfo, voter: Any, voter_id: int,
                  clean: dict[int, Any], second: dict[int, float], source: str,
                  entered_by: str) -> int:
    ballot = Ballot(
        round_id=rnd.id, voter_id=voter_id, voter_type=voter.member_type, source=source,
        entered_by=entered_by, entered_at=utcnow(),
        weight=float(voter.vote_weight if voter.vote_weight is not None else 1),
    )
    s.add(ballot)
    s.flush()
    s.execute(insert(BallotEntry), [
        {"ballot_id": ballot.id, "option_id": option_id, "value": float(value),
         "value2": second.get(option_id)}
        for option_id, value in clean.items()])
    s.execute(insert(VoterReceipt).values(round_id=rnd.id, member_id=voter_id))
    labels = {o.id: o.label for o in info.options}
    audit.record(
        s, "ballot.created", entity="ballot", entity_uid=ballot.uid, actor=entered_by,
        workshop_id=rnd.workshop_id, round_id=rnd.id,
        details={"source": source, "voter": voter.name,
                 "values": {labels[k]: float(v) for k, v in clean.items()}}
        | ({"feasibility": {labels[k]: v for k, v in second.items()}} if second else {}))
    return ballot.id


#: ``Session.info`` key set by :class:`UrnBatch` while one ballot of a batch
#: is recorded: its secret ballot waits there instead of being written.
URN_BATCH = "urn_batch"

UrnBallot = list[tuple[int, float | None, float | None]]


def _into_the_urn(s: Session, rnd: VoteRound, voter_id: int | None, clean: dict[int, Any],
                  second: dict[int, float], entered_by: str) -> None:
    """Add a secret ballot so that nothing in the file can tell it from the others.

    The round's ballots are read, the new one joins them, and all of them are
    written again in a fresh random order under fresh random keys, with one
    source, no weight, no author and one time (the round's lock time). SQLite
    places cells in table and index pages in the order they are written, so a
    ballot's position there then says nothing about when it was cast; with
    ``secure_delete`` the old cells are zeroed, and the WAL is checkpointed
    and truncated after the commit. The register (``voter_receipts``) gets
    the member, with a random key and the same single time; a ballot cast
    with a secret round's phone code (``voter_id`` None) puts nobody on it:
    the code was marked used instead. In a :class:`UrnBatch` the ballot
    waits, and the batch's ballots join the urn together, with one rewrite.
    """
    ballot: UrnBallot = [(k, float(v), second.get(k)) for k, v in clean.items()]
    waiting: dict[int, list[UrnBallot]] | None = s.info.get(URN_BATCH)
    if waiting is not None:
        waiting.setdefault(rnd.id, []).append(ballot)
    else:
        _write_urn(s, rnd, [ballot])
    stamp = rnd.locked_at
    if voter_id is not None:
        s.execute(insert(VoterReceipt).values(id=_random_key(), uid=new_uid(),
                                              created_at=stamp, updated_at=stamp,
                                              round_id=rnd.id, member_id=voter_id))
    audit.record(s, "ballot.received", entity="ballot", actor="",  # nothing that names a channel
                 workshop_id=rnd.workshop_id, round_id=rnd.id)
    s.info[CHECKPOINT_AFTER_COMMIT] = True


def _write_urn(s: Session, rnd: VoteRound, new: list[UrnBallot]) -> None:
    """The round's urn written again, with ``new`` among its ballots, in a
    fresh random order under fresh random keys (see :func:`_into_the_urn`)."""
    rows = s.execute(
        select(Ballot.id, BallotEntry.option_id, BallotEntry.value, BallotEntry.value2)
        .outerjoin(BallotEntry, BallotEntry.ballot_id == Ballot.id)
        .where(Ballot.round_id == rnd.id, Ballot.source == URN_SOURCE)
    ).all()
    contents: dict[int, UrnBallot] = {}
    for ballot_id, option_id, value, value2 in rows:
        entries = contents.setdefault(ballot_id, [])
        if option_id is not None:
            entries.append((option_id, value, value2))
    urn = list(contents.values()) + new
    _shuffle(urn)
    stamp = rnd.locked_at
    if contents:
        s.execute(delete(Ballot).where(Ballot.round_id == rnd.id, Ballot.source == URN_SOURCE))
    ballot_rows: list[dict[str, Any]] = []
    entry_rows: list[dict[str, Any]] = []
    for ballot in urn:
        key = _random_key()
        ballot_rows.append({"id": key, "uid": new_uid(), "created_at": stamp,
                            "updated_at": stamp, "round_id": rnd.id, "voter_id": None,
                            "voter_type": None, "source": URN_SOURCE, "entered_by": "",
                            "entered_at": None, "weight": 1.0})
        entry_rows += [{"id": _random_key(), "uid": new_uid(), "created_at": stamp,
                        "updated_at": stamp, "ballot_id": key, "option_id": option_id,
                        "value": value, "value2": value2}
                       for option_id, value, value2 in ballot]
    s.execute(insert(Ballot), ballot_rows)
    if entry_rows:
        s.execute(insert(BallotEntry), entry_rows)


class UrnBatch:
    """Several ballots recorded in one unit of work (the room server's writer:
    the phones' casts that arrive together), each in a savepoint of its own::

        batch = UrnBatch(s)
        for cast in casts:
            try:
                with batch.one():
                    record_ballot(s, ...)
            except UserError: ...  # that one is refused, the others stand
        batch.write()  # before the commit

    A secret ballot waits until :meth:`write`, which puts the ballots kept
    (their savepoint released) into their urns with one rewrite per round:
    the same fresh order and keys as one cast at a time, for the cost of one.
    The checkpoint that follows a secret cast waits for the batch's commit
    (SQLAlchemy reports a released savepoint as a commit, and a checkpoint
    cannot run while this unit of work still writes).
    """

    def __init__(self, s: Session) -> None:
        self.s = s
        self.kept: dict[int, list[UrnBallot]] = {}
        self.checkpoint = False

    @contextlib.contextmanager
    def one(self) -> Iterator[None]:
        staged: dict[int, list[UrnBallot]] = {}
        self.s.info[URN_BATCH] = staged
        try:
            with self.s.begin_nested():
                yield
                self.checkpoint |= bool(self.s.info.pop(CHECKPOINT_AFTER_COMMIT, False))
        finally:
            self.s.info.pop(URN_BATCH, None)
        for round_id, ballots in staged.items():  # only when no error left the block
            self.kept.setdefault(round_id, []).extend(ballots)

    def write(self) -> None:
        for round_id, ballots in self.kept.items():
            _write_urn(self.s, _round(self.s, round_id), ballots)
        self.kept = {}
        if self.checkpoint:
            self.s.info[CHECKPOINT_AFTER_COMMIT] = True


def _float_or_none(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


def _ballot_for_change(s: Session, ballot_id: int) -> tuple[Ballot, VoteRound]:
    ballot = s.get(Ballot, ballot_id)
    if ballot is None:
        raise UserError(_("That ballot no longer exists."))
    rnd = _round(s, ballot.round_id)
    if rnd.anonymity == "secret":
        raise UserError(_("Secret ballots cannot be changed or removed: nobody knows whose they "
                          "are."))
    if rnd.status != "open":
        raise UserError(_("{title} is closed: reopen it to change ballots.", title=rnd.title))
    return ballot, rnd


def update_ballot(s: Session, ballot_id: int, values: Mapping[int, Any], *,
                  entered_by: str = "", values2: Mapping[int, Any] | None = None,
                  action: str = "ballot.changed") -> None:
    """Change a named or anonymous ballot (never a secret one), with an audit
    entry ``action`` (``ballot.replaced`` when a voter changed their mind on
    their phone) holding the values before and after."""
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
    audit.record(s, action, entity="ballot", entity_uid=ballot.uid, actor=entered_by,
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
    if s.scalar(select(func.count(VoterReceipt.id)).where(VoterReceipt.round_id == rnd.id)):
        raise UserError(_("Members have already voted one by one in this round: a show of hands "
                          "now would let them vote twice. A round takes either a show of hands "
                          "or individual ballots: start another round for the other way of "
                          "voting."))
    if info.method not in ("approval", "dots", "gradients"):
        raise UserError(_("Show-of-hands totals work for dots, approval and gradients rounds."))
    if not info.is_open:
        raise UserError(_("{title} is closed: reopen it to record totals.", title=info.title))
    labels = {o.id: o.label for o in info.options}
    marks: list[tuple[int, float]] = []
    for option_id, raw in counts.items():
        if option_id not in labels:
            raise UserError(_("option {option_id} is not in this round.", option_id=option_id))
        per_level = raw if isinstance(raw, Mapping) else {1: raw}
        for level, n in per_level.items():
            if n in (None, ""):
                continue
            if int(n) != n or int(n) < 0:
                raise UserError(_("{labels}: {n} is not a count of hands.",
                                  labels=labels[option_id], n=n))
            if info.method == "gradients" and not 1 <= int(level) <= 7:
                raise UserError(_("{labels}: gradient {level} is not between 1 and 7.",
                                  labels=labels[option_id], level=level))
            marks += [(option_id, float(level))] * int(n)
    if not marks:
        raise UserError(_("Enter at least one count."))
    if rnd.locked_at is None:
        rnd.locked_at = utcnow()
        mark_held(s, rnd.workshop_id)
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
    ballots: int  # individual ballots (kiosk, grid, paper, import, phone)
    hands: int  # show-of-hands marks
    voted: int  # voters with a receipt, and secret phone codes used
    voters: int  # voting attendees
    codes_waiting: int = 0  # a secret round's phone codes not used yet


def round_progress(s: Session, round_id: int) -> RoundProgress:
    def count(*where: ColumnElement[bool]) -> int:
        return int(s.scalar(select(func.count(Ballot.id))
                            .where(Ballot.round_id == round_id, *where)) or 0)

    secret_codes: dict[str, int] = {}
    for status, n in s.execute(
            select(VoterCode.status, func.count(VoterCode.id))
            .where(VoterCode.round_id == round_id, VoterCode.member_id.is_(None))
            .group_by(VoterCode.status)):
        secret_codes[status] = n
    return RoundProgress(
        ballots=count(Ballot.source != "hands"),
        hands=count(Ballot.source == "hands"),
        voted=len(voted_member_ids(s, round_id)) + secret_codes.get("used", 0),
        voters=len(voters(s, round_id)),
        codes_waiting=secret_codes.get("issued", 0),
    )
