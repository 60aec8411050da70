"""Vote rounds: create, change, close, reopen; their options and their voters.

A round's phone codes (``services.room.codes``) live only while it is open
and as it was when they were issued: closing (or deleting) a round kills
the codes that can still vote and forgets the key their hashes were made
with, reopening finds none (new codes are issued), and a change between a
secret and a named or anonymous round withdraws them (a secret round's
slips name nobody, the others' name a member: neither fits the other).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.core.domain import ANONYMITY_MODES, keys_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.views import OptionInfo, RoundInfo
from facilitator_app.core.voting import (
    MethodParams,
)
from facilitator_app.core.voting.ballots import METHODS, default_dot_budget
from facilitator_app.i18n.messages import N_, _
from facilitator_app.services import audit
from facilitator_app.services.voting.model import (
    _PARAM_FIELDS,
    VoterInfo,
)
from facilitator_app.services.workshops import mark_held
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    CodeHolder,
    Member,
    Priority,
    RoundOption,
    VoterCode,
    VoteRound,
    VoterReceipt,
    utcnow,
)


class RoundGone(UserError):
    """The round asked for is not (or no longer) in the workspace."""


# ----- rounds ---------------------------------------------------------------
def _round(s: Session, round_id: int) -> VoteRound:
    rnd = s.get(VoteRound, round_id)
    if rnd is None:
        raise RoundGone(_("There is no vote round {round_id}.", round_id=round_id))
    return rnd


def _labels(titles: list[str]) -> list[str]:
    """Unique labels: a repeated title gets " (2)", " (3)" ..."""
    seen: dict[str, int] = {}
    labels = []
    for title in titles:
        base = " ".join(title.split()) or "(untitled)"
        n = seen.get(base.casefold(), 0) + 1
        seen[base.casefold()] = n
        labels.append(base if n == 1 else f"{base} ({n})")
    return labels


def round_info(s: Session, rnd: VoteRound, *, with_codes: bool = False) -> RoundInfo:
    """The round as screens and services see it; ``with_codes``: count its
    phone codes that can still vote too (one more query: the ballot box,
    which reads the round for every ballot, does without)."""
    rows = s.execute(
        select(RoundOption.id, RoundOption.priority_id, RoundOption.position, Priority.title)
        .join(Priority, Priority.id == RoundOption.priority_id)
        .where(RoundOption.round_id == rnd.id)
        .order_by(RoundOption.position, RoundOption.id)
    ).all()
    labels = _labels([r.title for r in rows])
    options = tuple(
        OptionInfo(r.id, r.priority_id, label, r.title, r.position)
        for r, label in zip(rows, labels, strict=True)
    )
    return RoundInfo(
        id=rnd.id, uid=rnd.uid, workshop_id=rnd.workshop_id, number=rnd.number,
        title=rnd.title, method=rnd.method, params=json.loads(rnd.params or "{}"),
        anonymity=rnd.anonymity, status=rnd.status, view_filter=rnd.view_filter,
        use_weights=bool(rnd.use_weights), previous_round_id=rnd.previous_round_id,
        locked=rnd.locked_at is not None, options=options, closed_at=rnd.closed_at,
        phone_codes=live_code_count(s, rnd.id) if with_codes else 0,
    )


def get_round(s: Session, round_id: int) -> RoundInfo:
    return round_info(s, _round(s, round_id), with_codes=True)


def list_rounds(s: Session, workshop_id: int) -> list[RoundInfo]:
    rounds = s.scalars(
        select(VoteRound).where(VoteRound.workshop_id == workshop_id).order_by(VoteRound.number)
    )
    return [round_info(s, r) for r in rounds]


def default_params(method: str, n_options: int) -> dict[str, Any]:
    """Parameters that make sense before the facilitator changes anything."""
    from facilitator_app import options as app_options

    if method == "dots":
        cap = int(app_options.get("dots_cap"))
        return {"budget": min(default_dot_budget(n_options), cap)}
    if method == "score":
        return {"scale_min": 1, "scale_max": 5}
    if method == "gradients":
        threshold = int(app_options.get("support_threshold")) / 100
        max_iqr = float(app_options.get("max_iqr")) or None
        return {"support_threshold": threshold, "max_iqr": max_iqr}
    return {}


#: Why a secret round counts every ballot once (the round dialog shows it).
SECRET_WEIGHTS_REFUSED = N_(
    "A secret round counts every ballot once: a vote weight that only one member has "
    "would show which ballot is theirs. Use a named or anonymous round to count weights."
)


def _check_setup(method: str, params: dict[str, Any], anonymity: str,
                 use_weights: bool = False) -> None:
    if anonymity == "secret" and use_weights:
        raise UserError(_(SECRET_WEIGHTS_REFUSED))
    if method not in METHODS:
        raise UserError(_("Unknown voting method {method!r}; choose one of {methods}.",
                          method=method, methods=', '.join(METHODS)))
    if anonymity not in keys_of(ANONYMITY_MODES):
        raise UserError(_("Unknown anonymity mode {anonymity!r}: named, anonymous or secret.",
                          anonymity=anonymity))
    unknown = set(params) - _PARAM_FIELDS - {"two_criteria"}
    if unknown:
        raise UserError(_("Unknown parameters for {method}: {unknown}.",
                          method=method, unknown=', '.join(sorted(unknown))))
    MethodParams(**{k: v for k, v in params.items() if k in _PARAM_FIELDS}).check()


def create_round(
    s: Session,
    workshop_id: int,
    priority_ids: list[int],
    method: str,
    *,
    params: dict[str, Any] | None = None,
    anonymity: str = "named",
    title: str = "",
    view_filter: str = "all",
    use_weights: bool = False,
    previous_round_id: int | None = None,
    actor: str = "",
) -> RoundInfo:
    if not priority_ids:
        raise UserError(_("Choose at least one priority to vote on."))
    if len(set(priority_ids)) != len(priority_ids):
        raise UserError(_("A priority is listed twice in the round."))
    found = set(s.scalars(
        select(Priority.id).where(Priority.id.in_(priority_ids),
                                  Priority.workshop_id == workshop_id)
    ))
    if found != set(priority_ids):
        raise UserError(_("Some of the chosen priorities do not belong to this workshop."))
    params = dict(params) if params is not None else default_params(method, len(priority_ids))
    _check_setup(method, params, anonymity, use_weights)
    number = (s.scalar(select(func.max(VoteRound.number))
                       .where(VoteRound.workshop_id == workshop_id)) or 0) + 1
    rnd = VoteRound(
        workshop_id=workshop_id, number=number, title=title.strip() or f"Round {number}",
        method=method, params=json.dumps(params), anonymity=anonymity, status="open",
        view_filter=view_filter, use_weights=use_weights, previous_round_id=previous_round_id,
    )
    s.add(rnd)
    s.flush()
    s.add_all(RoundOption(round_id=rnd.id, priority_id=p, position=i)
              for i, p in enumerate(priority_ids))
    audit.record(s, "round.opened", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=workshop_id, round_id=rnd.id,
                 details={"method": method, "anonymity": anonymity, "params": params,
                          "options": len(priority_ids)})
    s.flush()
    return round_info(s, rnd)


def update_round(
    s: Session,
    round_id: int,
    *,
    title: str | None = None,
    view_filter: str | None = None,
    use_weights: bool | None = None,
    method: str | None = None,
    params: dict[str, Any] | None = None,
    anonymity: str | None = None,
    priority_ids: list[int] | None = None,
    actor: str = "",
) -> RoundInfo:
    """Change a round. Method, parameters, options and anonymity lock at the first ballot.

    Phone codes issued before the change: a change between secret and named
    or anonymous withdraws them (a named slip would name a member in a secret
    round; a secret slip names nobody, which a named round cannot take) with
    an audit entry ``codes.withdrawn``; new codes are issued for the round as
    it now is (the round dialog says so before the change). A change of
    method, parameters or options, or between named and anonymous, keeps
    them: a code is its holder's right to vote in this round, and their
    phone shows the round's ballot as it is when they vote.
    """
    rnd = _round(s, round_id)
    locked_change = any(x is not None for x in (method, params, anonymity, priority_ids))
    if locked_change and rnd.locked_at is not None:
        raise UserError(
            _("Ballots have been cast in this round: its method, options and anonymity can no "
              "longer change. Start a new round instead.")
        )
    if title is not None:
        rnd.title = title.strip() or rnd.title
    if view_filter is not None:
        rnd.view_filter = view_filter
    if use_weights is not None:
        if use_weights and (anonymity or rnd.anonymity) == "secret":
            raise UserError(_(SECRET_WEIGHTS_REFUSED))
        rnd.use_weights = use_weights
    if anonymity == "secret" and rnd.use_weights:
        raise UserError(_(SECRET_WEIGHTS_REFUSED))
    if locked_change:
        new_method = method or rnd.method
        new_params = params if params is not None else (
            json.loads(rnd.params) if method is None else default_params(new_method, 0))
        _check_setup(new_method, new_params, anonymity or rnd.anonymity)
        if priority_ids is not None and not priority_ids:
            raise UserError(_("Choose at least one priority to vote on."))
        if anonymity is not None and (anonymity == "secret") != (rnd.anonymity == "secret"):
            _withdraw_codes(s, rnd, anonymity, actor)
        rnd.method, rnd.params = new_method, json.dumps(new_params)
        if anonymity is not None:
            rnd.anonymity = anonymity
        if priority_ids is not None:
            s.execute(delete(RoundOption).where(RoundOption.round_id == rnd.id))
            s.add_all(RoundOption(round_id=rnd.id, priority_id=p, position=i)
                      for i, p in enumerate(priority_ids))
    audit.record(s, "round.changed", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=rnd.workshop_id, round_id=rnd.id)
    s.flush()
    return round_info(s, rnd, with_codes=True)


def _withdraw_codes(s: Session, rnd: VoteRound, anonymity: str, actor: str) -> None:
    holders = s.scalar(select(func.count(CodeHolder.id)).where(CodeHolder.round_id == rnd.id))
    withdrawn = end_codes(s, rnd, withdraw=True)
    if withdrawn or holders:
        audit.record(s, "codes.withdrawn", entity="round", entity_uid=rnd.uid, actor=actor,
                     workshop_id=rnd.workshop_id, round_id=rnd.id,
                     details={"codes": withdrawn, "from": rnd.anonymity, "to": anonymity})


def delete_round(s: Session, round_id: int, actor: str = "") -> None:
    rnd = _round(s, round_id)
    audit.record(s, "round.deleted", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=rnd.workshop_id, details={"number": rnd.number, "title": rnd.title})
    end_codes(s, rnd, withdraw=True)
    s.delete(rnd)
    s.flush()


def close_round(s: Session, round_id: int, actor: str = "") -> RoundInfo:
    """Close a round: no more ballots, and its phone codes die (:func:`end_codes`)."""
    rnd = _round(s, round_id)
    ended = end_codes(s, rnd)
    if rnd.locked_at is not None:  # it has votes: the workshop was held
        mark_held(s, rnd.workshop_id)
    if rnd.status != "closed":
        rnd.status, rnd.closed_at = "closed", utcnow()
        audit.record(s, "round.closed", entity="round", entity_uid=rnd.uid, actor=actor,
                     workshop_id=rnd.workshop_id, round_id=rnd.id,
                     details={"codes_ended": ended} if ended else None)
    s.flush()
    return round_info(s, rnd)


def reopen_round(s: Session, round_id: int, actor: str = "", reason: str = "") -> RoundInfo:
    """Open a closed round again. Its phone codes died when it closed (and
    any that a workspace closed by an older version kept die now): new codes
    are issued for the reopened round."""
    rnd = _round(s, round_id)
    if rnd.status != "open" and rnd.anonymity == "secret" and s.scalar(
            select(func.count(Ballot.id)).where(Ballot.round_id == rnd.id)):
        # Backups, copies and files made while it was closed hold its ballots as they
        # were then: next to the file after more ballots, they would show the late ones.
        raise UserError(
            _("A secret round that has ballots cannot be reopened: files made since it closed "
              "would show which ballots came later, and so whose they are. Start a new round "
              "instead (Next round... carries its options over)."))
    if rnd.status != "open":
        end_codes(s, rnd)
        rnd.status, rnd.closed_at = "open", None
        audit.record(s, "round.reopened", entity="round", entity_uid=rnd.uid, actor=actor,
                     workshop_id=rnd.workshop_id, round_id=rnd.id, details={"reason": reason})
    s.flush()
    return round_info(s, rnd)


# ----- phone codes: alive while the round is open, as it was when issued ---------
def live_code_count(s: Session, round_id: int) -> int:
    """The round's phone codes that can still vote (issued, not used)."""
    return int(s.scalar(select(func.count(VoterCode.id)).where(
        VoterCode.round_id == round_id, VoterCode.status == "issued")) or 0)


def end_codes(s: Session, rnd: VoteRound, *, withdraw: bool = False) -> int:
    """Kill the round's phone codes that can still vote and forget the key
    their hashes were made with (``services.room.keys``); returns how many
    died.

    What the register needs stays. A named or anonymous round's register is
    its receipts, so all its code rows go. A secret round's used code *is*
    its holder's "has voted" (:func:`round_progress` counts the used codes),
    so used codes stay (their key gone, nothing can find them again), and so
    do the round's code holders (who among them voted is not known); when no
    code was used the holders go too, so that after a reopen nobody is held
    to a slip that died. ``withdraw`` (before any ballot, or the round is
    being deleted): every code row and every holder goes.
    """
    from facilitator_app.services.room import keys

    live = live_code_count(s, rnd.id)
    if rnd.anonymity == "secret" and not withdraw:
        s.execute(delete(VoterCode).where(VoterCode.round_id == rnd.id,
                                          VoterCode.status == "issued"))
        used = s.scalar(select(func.count(VoterCode.id)).where(VoterCode.round_id == rnd.id))
        if not used:
            s.execute(delete(CodeHolder).where(CodeHolder.round_id == rnd.id))
    else:
        s.execute(delete(VoterCode).where(VoterCode.round_id == rnd.id))
        s.execute(delete(CodeHolder).where(CodeHolder.round_id == rnd.id))
    keys.delete_key_after_commit(s, rnd.uid)  # a failed commit keeps codes and key
    return live


# ----- voters (the workshop's voting attendees) -----------------------------------------------------------------
def voters(s: Session, round_id: int) -> list[VoterInfo]:
    """The workshop's voting attendees, by name."""
    rnd = _round(s, round_id)
    rows = s.execute(
        select(Member.id, Member.name, Member.member_type, Member.vote_weight,
               Attendance.representative)
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.workshop_id == rnd.workshop_id, Attendance.role == "voter")
        .order_by(Member.name)
    ).all()
    return [VoterInfo(r.id, r.name, r.member_type, 1.0 if r.vote_weight is None else float(r.vote_weight),
                      r.representative or "") for r in rows]


def voted_member_ids(s: Session, round_id: int) -> set[int]:
    return set(s.scalars(select(VoterReceipt.member_id).where(VoterReceipt.round_id == round_id)))


def code_holder_ids(s: Session, round_id: int) -> set[int]:
    """Members handed one of a secret round's phone codes (which one is not
    known): they vote on their phone, no other channel takes their ballot."""
    return set(s.scalars(select(CodeHolder.member_id).where(CodeHolder.round_id == round_id)))


def not_voted(s: Session, round_id: int) -> list[VoterInfo]:
    """Voting members not on the register who may still vote by any channel
    (holders of a secret round's phone codes are left out: see
    :func:`code_holder_ids` and ``RoundProgress.codes_waiting``)."""
    done = voted_member_ids(s, round_id) | code_holder_ids(s, round_id)
    return [v for v in voters(s, round_id) if v.member_id not in done]


