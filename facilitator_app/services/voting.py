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

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.core.domain import ANONYMITY_MODES, keys_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.views import OptionInfo, PaperBallotData
from facilitator_app.core.views import RoundInfo as RoundInfo  # screens say voting.RoundInfo
from facilitator_app.core.voting import (
    Ballot as EngineBallot,
)
from facilitator_app.core.voting import (
    ImpactFeasibility,
    MethodParams,
    NextRound,
    RoundComparison,
    TallyResult,
    ballot_problems,
    compare_rounds,
    impact_feasibility,
    next_round_multivote,
    next_round_top_k,
    tally,
)
from facilitator_app.core.voting.ballots import METHODS, default_dot_budget
from facilitator_app.core.voting_words import W_BANDS
from facilitator_app.services import audit
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    BallotEntry,
    Base,
    Member,
    Priority,
    RoundOption,
    VoteRound,
    VoterReceipt,
    utcnow,
)

SOURCES = ("grid", "kiosk", "paper", "import", "hands")
VIEWS_HELP = "all | firms | type:<member type key>"
_PARAM_FIELDS = set(MethodParams.__dataclass_fields__)


class BallotRejected(UserError):
    """A ballot that cannot be recorded; ``problems`` lists every reason."""

    def __init__(self, problems: list[str], voter: str | None = None) -> None:
        who = f"{voter}: " if voter else ""
        super().__init__(who + "; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class VoterInfo:
    member_id: int
    name: str
    member_type: str | None
    weight: float
    representative: str = ""


@dataclass(frozen=True)
class BallotInfo:
    id: int
    voter_id: int | None
    voter_name: str | None
    voter_type: str | None
    values: dict[int, float]  # option id -> number
    values2: dict[int, float]
    source: str
    entered_by: str
    entered_at: datetime | None
    weight: float


@dataclass
class RoundResult:
    """A round's tally for one view, with the labels the engine counted."""

    round: RoundInfo
    result: TallyResult
    view: str
    use_weights: bool
    note: str = ""
    ballots: list[EngineBallot] = field(default_factory=list)


# ----- rounds ---------------------------------------------------------------
def _round(s: Session, round_id: int) -> VoteRound:
    rnd = s.get(VoteRound, round_id)
    if rnd is None:
        raise UserError(f"There is no vote round {round_id}.")
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


def round_info(s: Session, rnd: VoteRound) -> RoundInfo:
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
    )


def get_round(s: Session, round_id: int) -> RoundInfo:
    return round_info(s, _round(s, round_id))


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


def _check_setup(method: str, params: dict[str, Any], anonymity: str) -> None:
    if method not in METHODS:
        raise UserError(f"Unknown voting method {method!r}; choose one of {', '.join(METHODS)}.")
    if anonymity not in keys_of(ANONYMITY_MODES):
        raise UserError(f"Unknown anonymity mode {anonymity!r}: named, anonymous or secret.")
    unknown = set(params) - _PARAM_FIELDS - {"two_criteria"}
    if unknown:
        raise UserError(f"Unknown parameters for {method}: {', '.join(sorted(unknown))}.")
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
        raise UserError("Choose at least one priority to vote on.")
    if len(set(priority_ids)) != len(priority_ids):
        raise UserError("A priority is listed twice in the round.")
    found = set(s.scalars(
        select(Priority.id).where(Priority.id.in_(priority_ids),
                                  Priority.workshop_id == workshop_id)
    ))
    if found != set(priority_ids):
        raise UserError("Some of the chosen priorities do not belong to this workshop.")
    params = dict(params) if params is not None else default_params(method, len(priority_ids))
    _check_setup(method, params, anonymity)
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
    """Change a round. Method, parameters, options and anonymity lock at the first ballot."""
    rnd = _round(s, round_id)
    locked_change = any(x is not None for x in (method, params, anonymity, priority_ids))
    if locked_change and rnd.locked_at is not None:
        raise UserError(
            "Ballots have been cast in this round: its method, options and anonymity "
            "can no longer change. Start a new round instead."
        )
    if title is not None:
        rnd.title = title.strip() or rnd.title
    if view_filter is not None:
        rnd.view_filter = view_filter
    if use_weights is not None:
        rnd.use_weights = use_weights
    if locked_change:
        new_method = method or rnd.method
        new_params = params if params is not None else (
            json.loads(rnd.params) if method is None else default_params(new_method, 0))
        _check_setup(new_method, new_params, anonymity or rnd.anonymity)
        rnd.method, rnd.params = new_method, json.dumps(new_params)
        if anonymity is not None:
            rnd.anonymity = anonymity
        if priority_ids is not None:
            if not priority_ids:
                raise UserError("Choose at least one priority to vote on.")
            s.execute(delete(RoundOption).where(RoundOption.round_id == rnd.id))
            s.add_all(RoundOption(round_id=rnd.id, priority_id=p, position=i)
                      for i, p in enumerate(priority_ids))
    audit.record(s, "round.changed", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=rnd.workshop_id, round_id=rnd.id)
    s.flush()
    return round_info(s, rnd)


def delete_round(s: Session, round_id: int, actor: str = "") -> None:
    rnd = _round(s, round_id)
    audit.record(s, "round.deleted", entity="round", entity_uid=rnd.uid, actor=actor,
                 workshop_id=rnd.workshop_id, details={"number": rnd.number, "title": rnd.title})
    s.delete(rnd)
    s.flush()


def close_round(s: Session, round_id: int, actor: str = "") -> RoundInfo:
    rnd = _round(s, round_id)
    if rnd.status != "closed":
        rnd.status, rnd.closed_at = "closed", utcnow()
        audit.record(s, "round.closed", entity="round", entity_uid=rnd.uid, actor=actor,
                     workshop_id=rnd.workshop_id, round_id=rnd.id)
    s.flush()
    return round_info(s, rnd)


def reopen_round(s: Session, round_id: int, actor: str = "", reason: str = "") -> RoundInfo:
    rnd = _round(s, round_id)
    if rnd.status != "open":
        rnd.status, rnd.closed_at = "open", None
        audit.record(s, "round.reopened", entity="round", entity_uid=rnd.uid, actor=actor,
                     workshop_id=rnd.workshop_id, round_id=rnd.id, details={"reason": reason})
    s.flush()
    return round_info(s, rnd)


# ----- voters -----------------------------------------------------------------
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
    return [VoterInfo(r.id, r.name, r.member_type, float(r.vote_weight or 1),
                      r.representative or "") for r in rows]


def voted_member_ids(s: Session, round_id: int) -> set[int]:
    return set(s.scalars(select(VoterReceipt.member_id).where(VoterReceipt.round_id == round_id)))


def not_voted(s: Session, round_id: int) -> list[VoterInfo]:
    done = voted_member_ids(s, round_id)
    return [v for v in voters(s, round_id) if v.member_id not in done]


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


def ballots(s: Session, round_id: int) -> list[BallotInfo]:
    """Every ballot of a round with its values (voter shown as stored)."""
    rows = s.execute(
        select(Ballot, Member.name, Member.member_type)
        .outerjoin(Member, Member.id == Ballot.voter_id)
        .where(Ballot.round_id == round_id)
        .order_by(Member.name, Ballot.id)
    ).all()
    entries: dict[int, list[BallotEntry]] = {}
    for e in s.scalars(select(BallotEntry).join(Ballot, Ballot.id == BallotEntry.ballot_id)
                       .where(Ballot.round_id == round_id)):
        entries.setdefault(e.ballot_id, []).append(e)
    return [
        BallotInfo(
            id=b.id, voter_id=b.voter_id, voter_name=name, voter_type=mtype,
            values={e.option_id: e.value for e in entries.get(b.id, []) if e.value is not None},
            values2={e.option_id: e.value2 for e in entries.get(b.id, []) if e.value2 is not None},
            source=b.source, entered_by=b.entered_by, entered_at=b.entered_at,
            weight=b.weight,
        )
        for b, name, mtype in rows
    ]


def voter_label(info: RoundInfo, ballot: BallotInfo, index: int) -> str:
    """How a ballot's voter may be shown in results and exports (anonymity mode)."""
    if info.anonymity == "named" and ballot.voter_name:
        return ballot.voter_name
    if ballot.source == "hands":
        return f"Show of hands {index}"
    return f"Voter {index}"


# ----- results ----------------------------------------------------------------
def _view_groups(view: str) -> set[str] | None:
    if view in ("", "all"):
        return None
    if view == "firms":
        return {"firm"}
    if view.startswith("type:"):
        return {view.removeprefix("type:")}
    raise UserError(f"Unknown result view {view!r} ({VIEWS_HELP}).")


def engine_ballots(s: Session, info: RoundInfo, *, use_weights: bool,
                   second: bool = False) -> list[EngineBallot]:
    """The round's ballots for the engine (``second``: the feasibility ratings)."""
    out = []
    for i, b in enumerate(ballots(s, info.id), start=1):
        out.append(_engine_ballot(
            info, b.values2 if second else b.values, voter=f"ballot {i}",
            weight=b.weight if use_weights else 1, group=b.voter_type))
    return out


def _in_view(info: RoundInfo, all_ballots: list[EngineBallot],
             view: str) -> tuple[list[EngineBallot], str, str]:
    """(ballots of the view, the view actually shown, a note when it differs)."""
    groups = _view_groups(view)
    if groups is None:
        return all_ballots, view, ""
    if info.anonymity == "secret":
        note = ("Secret round: member types are not stored with secret ballots, so "
                "results by member type are not available; all ballots are shown.")
        return all_ballots, "all", note
    return [b for b in all_ballots if b.group in groups], view, ""


def tally_round(s: Session, round_id: int, *, view: str | None = None,
                use_weights: bool | None = None) -> RoundResult:
    """Count a round for one view (all voters, firms only, one member type)."""
    info = get_round(s, round_id)
    view = info.view_filter if view is None else view
    use_weights = info.use_weights if use_weights is None else use_weights
    all_ballots = engine_ballots(s, info, use_weights=use_weights)
    chosen, shown, note = _in_view(info, all_ballots, view)
    result = tally(info.method, [o.label for o in info.options], chosen, info.method_params)
    return RoundResult(info, result, shown, use_weights, note, chosen)


def impact_feasibility_round(s: Session, round_id: int, *, view: str | None = None,
                             use_weights: bool | None = None) -> ImpactFeasibility | None:
    """The impact / feasibility 2x2 of a two-criteria score round (else ``None``)."""
    info = get_round(s, round_id)
    if not two_criteria(info):
        return None
    view = info.view_filter if view is None else view
    use_weights = info.use_weights if use_weights is None else use_weights
    impact, _, _ = _in_view(info, engine_ballots(s, info, use_weights=use_weights), view)
    feasibility, _, _ = _in_view(
        info, engine_ballots(s, info, use_weights=use_weights, second=True), view)
    return impact_feasibility([o.label for o in info.options], impact, feasibility,
                              info.method_params)


def compare_with_previous(s: Session, round_id: int, *, view: str | None = None,
                          use_weights: bool | None = None) -> RoundComparison | None:
    """How ranking and agreement moved since the round this one started from."""
    info = get_round(s, round_id)
    if info.previous_round_id is None or s.get(VoteRound, info.previous_round_id) is None:
        return None
    before = tally_round(s, info.previous_round_id, view=view, use_weights=use_weights).result
    after = tally_round(s, round_id, view=view, use_weights=use_weights).result
    return compare_rounds(before, after)


def preview_next_round(s: Session, round_id: int, *, rule: str = "top_k",
                       k: int = 4) -> NextRound:
    """Which options a next round would carry, and the engine's note, without creating it."""
    info = get_round(s, round_id)
    if info.is_open:
        raise UserError(f"Close {info.title} before starting the next round from it.")
    result = tally_round(s, round_id, view="all").result
    if rule == "top_k":
        return next_round_top_k(result, k)
    if rule == "multivote":
        return next_round_multivote(result)
    raise UserError(f"Unknown rule {rule!r}: top_k or multivote.")


def start_next_round(
    s: Session,
    round_id: int,
    *,
    rule: str = "top_k",
    k: int = 4,
    method: str | None = None,
    anonymity: str | None = None,
    params: dict[str, Any] | None = None,
    actor: str = "",
) -> tuple[RoundInfo, str]:
    """A new round from a closed one: its top k, or the multi-voting rule."""
    info = get_round(s, round_id)
    nxt = preview_next_round(s, round_id, rule=rule, k=k)
    priority_ids = [info.option_by_label(label).priority_id for label in nxt.options]
    new = create_round(
        s, info.workshop_id, priority_ids, method or info.method, params=params,
        anonymity=anonymity or info.anonymity, view_filter=info.view_filter,
        use_weights=info.use_weights, previous_round_id=info.id, actor=actor,
    )
    return new, nxt.note


# ----- for screens and sheets ---------------------------------------------------
def round_code(info: RoundInfo) -> str:
    """Short code printed on paper ballots: round number and the start of its uid."""
    return f"R{info.number}-{info.uid.replace('-', '')[:8].upper()}"


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
    )


# ----- agreement in words -------------------------------------------------------
#: Words for Kendall's W: (upper bound, word). Schmidt (1997) reads W = 0.1
#: as very weak, 0.3 weak, 0.5 moderate, 0.7 strong and 0.9 unusually strong
#: agreement; a figure gets the word of the nearest of those anchors, so
#: the bands are: below 0.2 very weak, 0.2-0.4 weak, 0.4-0.6 moderate,
#: 0.6-0.8 strong, 0.8 and above very strong (W = 0.46 "moderate", W = 0.78
#: "strong", as issue 7 and the workshop scenario put it).
#: (upper bound, word) per band, derived from the one definition in
#: ``core.voting_words.W_BANDS`` so the screen and the report always agree.
KENDALL_W_BANDS: tuple[tuple[float, str], ...] = tuple(
    (W_BANDS[i + 1].lower if i + 1 < len(W_BANDS) else float("inf"),
     band.words.removesuffix(" agreement"))
    for i, band in enumerate(W_BANDS)
)


def agreement_band(w: float) -> str:
    """"moderate" for W = 0.44 (see :data:`KENDALL_W_BANDS`)."""
    return next(word for bound, word in KENDALL_W_BANDS if float(w) < bound)


def agreement_sentence(result: TallyResult) -> str:
    """The headline figure of agreement in plain words, e.g. "moderate agreement (W = 0.44)"."""
    if result.counted == 0:
        return "no ballots yet"
    c = result.consensus
    if "kendall_w" in c:
        w = c.get("kendall_w")
        if w is None:
            return "agreement cannot be measured: " + str(c.get("note", "too few ballots"))
        return f"{agreement_band(w)} agreement (W = {float(w):.2f})"
    if result.method == "gradients":
        reached = c.get("consensus_reached") or []
        threshold = round(result.params.support_threshold * 100)
        n = len(result.options)
        if not reached:
            return (f"no consensus yet on any of the {n} options (needs no block and "
                    f"at least {threshold} % support)")
        return (f"consensus on {len(reached)} of {n} options (no block, at least {threshold} % "
                "support)")
    top = result.ranking[0].option if result.ranking else None
    if result.method in ("dots", "approval") and top is not None:
        share = (c.get("support") or {}).get(top)
        if share is not None:
            return f"the top option has the support of {float(share) * 100:.0f} % of voters"
    if result.method == "score" and top is not None:
        tw = (c.get("tastle_wierman") or {}).get(top)
        if tw is not None:
            return (f"agreement on the top option: {float(tw):.2f} (Tastle-Wierman: "
                    "0 = split, 1 = unanimous)")
    return ""
