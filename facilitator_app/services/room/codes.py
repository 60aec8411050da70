"""One-time voter codes: what a phone proves it may vote with.

A code is 6 characters from an alphabet without look-alikes (no 0/O/D/Q,
1/I/L, 2/Z, 5/S, 8/B, 6/G): 21**6, about 86 million codes, of which a round
issues a few dozen, so a guess hits one in millions; the room server allows a
handful of guesses per device and a few dozen per minute in all. Codes are
made with :mod:`secrets` and shown once (on a slip or in a file); the
workspace keeps only ``code_hash``, an HMAC-SHA-256 keyed with the round's
random uid, so a code of one round is not a code of another and the file
does not give the codes away at a glance (6 characters are few: someone
with the file and hours to spare could still try them all, which is why a
code only votes while its round is open, and a round's codes die with it).

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

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.services import audit
from facilitator_app.services.voting.rounds import (
    _round,
    code_holder_ids,
    voted_member_ids,
    voters,
)
from facilitator_app.storage.models import (
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


def code_hash(round_uid: str, code: str) -> str:
    return hmac.new(round_uid.encode(), code.encode(), hashlib.sha256).hexdigest()


def _open_round(s: Session, round_id: int) -> VoteRound:
    rnd = _round(s, round_id)
    if rnd.status != "open":
        raise UserError(f"{rnd.title} is closed: codes are issued for an open round only.")
    return rnd


def _new_codes(s: Session, rnd: VoteRound, n: int) -> list[str]:
    used = set(s.scalars(select(VoterCode.code_hash).where(VoterCode.round_id == rnd.id)))
    codes: list[str] = []
    while len(codes) < n:
        code = generate_code()
        digest = code_hash(rnd.uid, code)
        if digest not in used:
            used.add(digest)
            codes.append(code)
    return codes


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
            raise UserError(f"{name.name if name else member_id} is not a voting member of "
                            "this workshop.")
        if member_id in voted:
            raise UserError(f"{eligible[member_id]} has already voted in this round.")
        if member_id in holders:
            raise UserError(f"{eligible[member_id]} was already given a code for this secret "
                            "round; to replace lost slips, replace the unused codes.")
    if rnd.anonymity == "secret":
        return _issue_secret(s, rnd, member_ids, actor)
    codes = _new_codes(s, rnd, len(member_ids))
    if member_ids:
        s.execute(delete(VoterCode).where(VoterCode.round_id == rnd.id,
                                          VoterCode.member_id.in_(member_ids)))
    s.execute(insert(VoterCode), [
        {"round_id": rnd.id, "member_id": m, "code_hash": code_hash(rnd.uid, c),
         "status": "issued", "uid": new_uid()}
        for m, c in zip(member_ids, codes, strict=True)])
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
    codes = _new_codes(s, rnd, n)
    _shuffle(codes)
    if codes:
        s.execute(insert(VoterCode), [
            {"id": _random_key(), "uid": new_uid(), "created_at": stamp, "updated_at": stamp,
             "round_id": rnd.id, "member_id": None, "code_hash": code_hash(rnd.uid, c),
             "status": "issued"} for c in codes])
    return [IssuedCode(format_code(c), None, None) for c in codes]


def reissue_code(s: Session, round_id: int, member_id: int, *, actor: str = "") -> IssuedCode:
    """A new code for a member who lost theirs (named and anonymous rounds);
    their old code dies."""
    rnd = _open_round(s, round_id)
    if rnd.anonymity == "secret":
        raise UserError("A secret round's codes name nobody, so one slip cannot be replaced "
                        "alone: replace all the unused codes instead.")
    return issue_codes(s, round_id, [member_id], actor=actor)[0]


def replace_unused_codes(s: Session, round_id: int, *, actor: str = "") -> list[IssuedCode]:
    """A secret round: every code not used yet dies, and as many new ones are
    issued (shuffled, no names), to be swapped for the slips of everyone who
    has not voted yet, the lost one included."""
    rnd = _open_round(s, round_id)
    if rnd.anonymity != "secret":
        raise UserError("Replace a lost code for its member instead (named and anonymous "
                        "rounds).")
    unused = s.scalars(select(VoterCode.id).where(
        VoterCode.round_id == rnd.id, VoterCode.member_id.is_(None),
        VoterCode.status == "issued")).all()
    s.execute(delete(VoterCode).where(VoterCode.id.in_(unused)))
    codes = _write_secret_codes(s, rnd, len(unused), utcnow())
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
    code's HMAC (never the code), then compared in constant time."""
    code = normalise_code(typed)
    rnd = s.get(VoteRound, round_id)
    if code is None or rnd is None:
        return None
    digest = code_hash(rnd.uid, code)
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


def code_counts(s: Session, round_id: int) -> CodeCounts:
    rows = s.execute(select(VoterCode.member_id, VoterCode.status)
                     .where(VoterCode.round_id == round_id)).all()
    with_code = {m for m, _ in rows if m is not None} | code_holder_ids(s, round_id)
    voted = voted_member_ids(s, round_id)
    without = [v for v in voters(s, round_id)
               if v.member_id not in with_code and v.member_id not in voted]
    return CodeCounts(issued=sum(1 for _, st in rows if st == "issued"),
                      used=sum(1 for _, st in rows if st == "used"),
                      members_without=len(without))


__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "CodeCounts",
    "CodeState",
    "IssuedCode",
    "code_counts",
    "code_hash",
    "codes_for_everyone",
    "find_code",
    "format_code",
    "generate_code",
    "issue_codes",
    "normalise_code",
    "reissue_code",
    "replace_unused_codes",
]
