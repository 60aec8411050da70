"""One-time voter codes: what a phone proves it may vote with.

A code is 6 characters from an alphabet without look-alikes (no 0/O/D/Q,
1/I/L, 2/Z, 5/S, 8/B, 6/G): 21**6, about 86 million codes, of which a round
issues a few dozen, so a guess hits one in millions; the room server bounds
the guesses (per device, and tighter while the room sees many wrong codes).
Codes are made with :mod:`secrets` and shown once (on a slip or in a file);
the workspace keeps only ``code_hash``, an HMAC-SHA-256 keyed with a random
256-bit key of the round that is *not* in the workspace
(:mod:`~facilitator_app.services.room.keys`: a 0600 file in the app's user
data folder, made when the round's codes are first issued, deleted when the
round closes). 86 million codes are few: with the key beside the hashes,
anyone holding the file or a backup could try them all in minutes; without
it the hashes check nothing. A code typed on a computer without the key
cannot be checked there (:class:`CodesElsewhere`): new codes are issued
there. A round's codes die when it closes (``voting.close_round``).

Named and anonymous rounds: one code per voting member, kept with the
member. Issuing again for a member kills the code they had.

Secret rounds: a code names nobody. The codes are issued for a group of
members at once, the slips printed in a random order without names and
handed out at random; the workspace keeps the codes (no member, random keys,
one time for the batch) and, apart, the list of members who were given one
(:class:`~facilitator_app.storage.models.CodeHolder`, random keys, the same
time, no order). A holder votes with a code and with nothing else (the
ballot box refuses them on other channels, as nobody can tell whether their
code was used); a used code counts as "has voted". A lost slip cannot be
killed alone, since nobody knows which it was: :func:`replace_unused_codes`
kills every unused code and issues as many new ones, to be swapped for the
slips of everyone who has not voted yet (the count cannot grow, so nobody
gains a second vote by claiming a new slip: someone else would go without
and say so).
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import N_, _
from facilitator_app.services import audit
from facilitator_app.services.room import keys
from facilitator_app.services.voting.rounds import (
    _round,
    code_holder_ids,
    voted_member_ids,
    voters,
)
from facilitator_app.storage.models import (
    Attendance,
    CodeHolder,
    Member,
    VoterCode,
    VoteRound,
    new_uid,
    utcnow,
)

#: No look-alikes: 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B and 6/G are left out.
ALPHABET = "ACEFHJKMNPRTUVWXY3479"
CODE_LENGTH = 6

_shuffle = random.SystemRandom().shuffle


def _random_key() -> int:
    return secrets.randbelow(2**62) + 1


@dataclass(frozen=True)
class IssuedCode:
    """A code as it is handed out: shown once, never stored as it is."""

    code: str  # "ACE-479"
    member_id: int | None  # None in a secret round
    name: str | None  # the member's name (named and anonymous rounds)


@dataclass(frozen=True)
class CodeState:
    """What a typed code is, found by :func:`find_code`."""

    id: int
    member_id: int | None
    status: str  # issued | used


def generate_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str | None:
    """The code in ``text`` as issued (upper case, spaces and dashes dropped),
    or None when it cannot be one (wrong length or a character not used)."""
    code = "".join(text.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code


def format_code(code: str) -> str:
    """"ACE479" -> "ACE-479" (read out and typed in two halves)."""
    return f"{code[:3]}-{code[3:]}"


def code_hash(key: bytes, code: str) -> str:
    """The hash a code is stored and looked up by (``key``: the round's, see
    :mod:`~facilitator_app.services.room.keys`)."""
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


#: What the facilitator is told when this computer lacks a round's key.
CODES_ELSEWHERE = N_("The voter codes of this round were issued on another computer (or their "
                   "key was removed from this one): they cannot be checked here. Issue new "
                   "codes here.")


class CodesElsewhere(UserError):
    """The round has codes that can still vote, but not this computer's key."""

    def __init__(self) -> None:
        super().__init__(_(CODES_ELSEWHERE))


def codes_elsewhere(s: Session, round_id: int) -> bool:
    """Whether the round has codes that can still vote and this computer
    cannot check them (no key here)."""
    rnd = s.get(VoteRound, round_id)
    if rnd is None or keys.read_key(rnd.uid) is not None:
        return False
    return s.scalar(select(VoterCode.id).where(VoterCode.round_id == round_id,
                                               VoterCode.status == "issued")
                    .limit(1)) is not None


def _issuing_key(s: Session, rnd: VoteRound) -> bytes:
    """The round's key, made when its first codes are issued here. Codes
    issued elsewhere (no key here) cannot vote here: their rows go first."""
    keys.keep_key(s, rnd.uid)  # its old codes were withdrawn in this unit of work
    key = keys.read_key(rnd.uid)
    if key is not None:
        return key
    s.execute(delete(VoterCode).where(VoterCode.round_id == rnd.id,
                                      VoterCode.status == "issued"))
    return keys.create_key(rnd.uid)


def _open_round(s: Session, round_id: int) -> VoteRound:
    rnd = _round(s, round_id)
    if rnd.status != "open":
        raise UserError(_("{title} is closed: codes are issued for an open round only.",
                          title=rnd.title))
    return rnd


def _new_codes(s: Session, rnd: VoteRound, n: int) -> list[tuple[str, str]]:
    """``n`` fresh codes with their hashes."""
    key = _issuing_key(s, rnd)
    used = set(s.scalars(select(VoterCode.code_hash).where(VoterCode.round_id == rnd.id)))
    made: list[tuple[str, str]] = []
    while len(made) < n:
        code = generate_code()
        digest = code_hash(key, code)
        if digest not in used:
            used.add(digest)
            made.append((code, digest))
    return made


def issue_codes(s: Session, round_id: int, member_ids: list[int] | None = None, *,
                actor: str = "") -> list[IssuedCode]:
    """Issue codes for ``member_ids`` (default: every voting member who has
    not voted yet and, in a secret round, was not given a code already).

    Named and anonymous rounds: one code per member, by name; a member's
    earlier code dies. Secret rounds: as many codes as members, in a random
    order and without names; the members join the round's code holders.
    """
    rnd = _open_round(s, round_id)
    voted = voted_member_ids(s, round_id)
    holders = code_holder_ids(s, round_id) if rnd.anonymity == "secret" else set()
    eligible = {v.member_id: v.name for v in voters(s, round_id)}
    if member_ids is None:
        member_ids = [m for m in eligible if m not in voted and m not in holders]
    for member_id in member_ids:
        if member_id not in eligible:
            name = s.get(Member, member_id)
            raise UserError(_("{name} is not a voting member of this workshop.",
                              name=name.name if name else member_id))
        if member_id in voted:
            raise UserError(_("{name} has already voted in this round.",
                              name=eligible[member_id]))
        if member_id in holders:
            raise UserError(_("{name} was already given a code for this secret round; to "
                              "replace lost slips, replace the unused codes.",
                              name=eligible[member_id]))
    if not member_ids:  # everyone has a code or has voted: nothing to issue, nothing logged
        return []
    if rnd.anonymity == "secret":
        return _issue_secret(s, rnd, member_ids, actor)
    made = _new_codes(s, rnd, len(member_ids))
    codes = [c for c, _ in made]
    if member_ids:
        s.execute(delete(VoterCode).where(VoterCode.round_id == rnd.id,
                                          VoterCode.member_id.in_(member_ids)))
    s.execute(insert(VoterCode), [
        {"round_id": rnd.id, "member_id": m, "code_hash": digest,
         "status": "issued", "uid": new_uid()}
        for m, (_c, digest) in zip(member_ids, made, strict=True)])
    audit.record(s, "codes.issued", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=rnd.workshop_id, round_id=rnd.id,
                 details={"codes": len(codes), "members": [eligible[m] for m in member_ids]})
    s.flush()
    issued = [IssuedCode(format_code(c), m, eligible[m])
              for m, c in zip(member_ids, codes, strict=True)]
    return sorted(issued, key=lambda i: (i.name or "").casefold())


def _issue_secret(s: Session, rnd: VoteRound, member_ids: list[int],
                  actor: str) -> list[IssuedCode]:
    stamp = utcnow()
    holders = list(member_ids)
    _shuffle(holders)
    if holders:
        s.execute(insert(CodeHolder), [
            {"id": _random_key(), "uid": new_uid(), "created_at": stamp, "updated_at": stamp,
             "round_id": rnd.id, "member_id": m} for m in holders])
    codes = _write_secret_codes(s, rnd, len(member_ids), stamp)
    audit.record(s, "codes.issued", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=rnd.workshop_id, round_id=rnd.id,
                 details={"codes": len(codes), "secret": True})
    s.flush()
    return codes


def _write_secret_codes(s: Session, rnd: VoteRound, n: int, stamp: object) -> list[IssuedCode]:
    made = _new_codes(s, rnd, n)
    _shuffle(made)
    if made:
        s.execute(insert(VoterCode), [
            {"id": _random_key(), "uid": new_uid(), "created_at": stamp, "updated_at": stamp,
             "round_id": rnd.id, "member_id": None, "code_hash": digest,
             "status": "issued"} for _c, digest in made])
    return [IssuedCode(format_code(c), None, None) for c, _ in made]


def reissue_code(s: Session, round_id: int, member_id: int, *, actor: str = "") -> IssuedCode:
    """A new code for a member who lost theirs (named and anonymous rounds);
    their old code dies."""
    rnd = _open_round(s, round_id)
    if rnd.anonymity == "secret":
        raise UserError(_("A secret round's codes name nobody, so one slip cannot be replaced "
                          "alone: replace all the unused codes instead."))
    return issue_codes(s, round_id, [member_id], actor=actor)[0]


def secret_holders_voting(s: Session, round_id: int) -> int:
    """A secret round's code holders who are voting members of its workshop now."""
    return int(s.scalar(
        select(func.count(CodeHolder.id))
        .join(VoteRound, VoteRound.id == CodeHolder.round_id)
        .join(Attendance, and_(Attendance.member_id == CodeHolder.member_id,
                               Attendance.workshop_id == VoteRound.workshop_id,
                               Attendance.role == "voter"))
        .where(CodeHolder.round_id == round_id)) or 0)


def secret_codes_left(s: Session, round_id: int, holders_voting: int | None = None) -> int:
    """How many more ballots a secret round's phone codes may cast: its code
    holders who are still voting members of the workshop
    (:func:`secret_holders_voting`, or ``holders_voting`` when the caller
    knows it), less the codes used. A code names nobody, so a holder who
    stopped being a voter (made an observer, taken off the attendance list)
    cannot have their own code killed; instead the round never takes more
    phone ballots than holders who may vote (``services.room.phone``)."""
    if holders_voting is None:
        holders_voting = secret_holders_voting(s, round_id)
    used = s.scalar(select(func.count(VoterCode.id)).where(
        VoterCode.round_id == round_id, VoterCode.member_id.is_(None),
        VoterCode.status == "used")) or 0
    return max(0, holders_voting - int(used))


def replace_unused_codes(s: Session, round_id: int, *, actor: str = "") -> list[IssuedCode]:
    """A secret round: every code not used yet dies, and new ones are issued
    (shuffled, no names), to be swapped for the slips of everyone who has
    not voted yet, the lost one included: as many as the holders who are
    still voting members have not used (:func:`secret_codes_left`; the same
    as the unused codes, unless a holder stopped being a voter, or the
    unused codes were issued on another computer)."""
    rnd = _open_round(s, round_id)
    if rnd.anonymity != "secret":
        raise UserError(_("Replace a lost code for its member instead (named and anonymous "
                          "rounds)."))
    deleted = s.execute(delete(VoterCode).where(
        VoterCode.round_id == rnd.id, VoterCode.member_id.is_(None),
        VoterCode.status == "issued"))
    killed = int(getattr(deleted, "rowcount", 0) or 0)
    codes = _write_secret_codes(s, rnd, secret_codes_left(s, round_id), utcnow())
    if killed or codes:  # nothing replaced (no code was out): nothing to log
        audit.record(s, "codes.replaced", entity="round", entity_uid=rnd.uid, actor=actor,
                     workshop_id=rnd.workshop_id, round_id=rnd.id,
                     details={"codes": len(codes), "secret": True})
    s.flush()
    return codes


def codes_for_everyone(s: Session, round_id: int, *, actor: str = "") -> list[IssuedCode]:
    """Fresh codes for everyone who has not voted yet (what the ``room``
    command hands out): named and anonymous rounds re-issue each such
    member's code (the old slips die); a secret round replaces its unused
    codes and adds codes for the members who had none."""
    rnd = _open_round(s, round_id)
    if rnd.anonymity != "secret":
        return issue_codes(s, round_id, actor=actor)
    fresh = replace_unused_codes(s, round_id, actor=actor)
    fresh += issue_codes(s, round_id, actor=actor)
    _shuffle(fresh)
    return fresh


def find_code(s: Session, round_id: int, typed: str) -> CodeState | None:
    """The round's code that ``typed`` is, or None. The lookup is by the
    code's HMAC under the round's key (never the code), then compared in
    constant time. Raises :class:`CodesElsewhere` when the round has codes
    that can still vote but this computer has not their key."""
    code = normalise_code(typed)
    rnd = s.get(VoteRound, round_id)
    if code is None or rnd is None:
        return None
    key = keys.read_key(rnd.uid)
    if key is None:
        if codes_elsewhere(s, round_id):
            raise CodesElsewhere()
        return None
    digest = code_hash(key, code)
    row = s.execute(select(VoterCode.id, VoterCode.member_id, VoterCode.status,
                           VoterCode.code_hash)
                    .where(VoterCode.round_id == round_id, VoterCode.code_hash == digest)
                    ).one_or_none()
    if row is None or not hmac.compare_digest(row.code_hash, digest):
        return None
    return CodeState(row.id, row.member_id, row.status)


@dataclass(frozen=True)
class CodeCounts:
    issued: int  # codes that can still vote
    used: int
    members_without: int  # voting members with no code who have not voted
    elsewhere: bool = False  # the codes were issued on another computer: dead here
    holders_gone: int = 0  # a secret round's code holders who no longer vote here


def code_counts(s: Session, round_id: int) -> CodeCounts:
    rows = s.execute(select(VoterCode.member_id, VoterCode.status)
                     .where(VoterCode.round_id == round_id)).all()
    holders = code_holder_ids(s, round_id)
    with_code = {m for m, _ in rows if m is not None} | holders
    voted = voted_member_ids(s, round_id)
    eligible = {v.member_id for v in voters(s, round_id)}
    without = [m for m in eligible if m not in with_code and m not in voted]
    return CodeCounts(issued=sum(1 for _, st in rows if st == "issued"),
                      used=sum(1 for _, st in rows if st == "used"),
                      members_without=len(without),
                      elsewhere=codes_elsewhere(s, round_id),
                      holders_gone=len(holders - eligible))


__all__ = [
    "ALPHABET",
    "CODES_ELSEWHERE",
    "CODE_LENGTH",
    "CodeCounts",
    "CodeState",
    "CodesElsewhere",
    "IssuedCode",
    "code_counts",
    "code_hash",
    "codes_elsewhere",
    "codes_for_everyone",
    "find_code",
    "format_code",
    "generate_code",
    "issue_codes",
    "normalise_code",
    "reissue_code",
    "replace_unused_codes",
    "secret_codes_left",
    "secret_holders_voting",
]
