"""What the phone pages need: the round as a phone shows it, signing in with
a code, reading a filled-in form, and casting through the ballot box.

Every phone ballot goes through :func:`voting.record_ballot` (one member,
one ballot, whatever the channel; secret ballots into the urn). Changing
one's mind: in named and anonymous rounds a member who voted on their phone
may send a new ballot with the same code until the round closes; it
replaces theirs and the audit says so (``ballot.replaced``, values before
and after). Never in a secret round: a used code votes no more.

Who may vote is checked when a code is typed and again when its ballot is
cast, as the ballot box checks every channel: a voting member of the
round's workshop. A named or anonymous round's code belongs to a member,
who is refused once made an observer or taken off the attendance list
(their code works again if they become a voter again). A secret round's
code names nobody, so nothing can tell which code a member who stopped
being a voter holds: the round instead takes no more phone ballots than
its code holders who are still voters (``codes.secret_codes_left``), and
"replace the unused codes" issues only as many.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from facilitator_app.core.errors import UserError
from facilitator_app.core.text import quoted
from facilitator_app.core.voting.ballots import dot_budget
from facilitator_app.core.voting.registry import method_spec
from facilitator_app.i18n.messages import T_, Texts
from facilitator_app.services import voting
from facilitator_app.services.profile import get_profile
from facilitator_app.services.room.codes import (
    CodesElsewhere,
    CodeState,
    find_code,
    secret_codes_left,
    secret_holders_voting,
)
from facilitator_app.storage.models import (
    Attendance,
    Ballot,
    BallotEntry,
    Member,
    VoterCode,
    VoteRound,
    VoterReceipt,
    Workshop,
)

#: The longest number a form field may hold (a ballot value is small).
MAX_FIELD = 6


@dataclass(frozen=True)
class PhoneOption:
    id: int
    label: str  # unique in the round (what the engine's messages quote)
    title: str


@dataclass(frozen=True)
class PhoneRound:
    """The open round as the phone pages show it."""

    id: int
    uid: str
    title: str
    workshop: str
    cluster: str
    method: str
    method_label: str
    kind: str  # ranked | dots | approval | score | gradients
    anonymity: str
    is_open: bool
    options: tuple[PhoneOption, ...]
    budget: int = 0  # dots
    max_per_option: int | None = None  # dots
    scale_min: int = 1  # score
    scale_max: int = 5
    two_criteria: bool = False
    language: str | None = None  # the workshop's participants' (None: the app's)
    info: voting.RoundInfo | None = field(default=None, repr=False, compare=False)

    @property
    def secret(self) -> bool:
        return self.anonymity == "secret"

    @property
    def can_change(self) -> bool:
        """A voter may replace their phone ballot until the round closes."""
        return not self.secret


_KINDS = {"rank": "ranked", "dots": "dots", "approval": "approval", "rating": "score",
          "gradient": "gradients"}


def phone_round(s: Session, round_id: int) -> PhoneRound:
    info = voting.get_round(s, round_id)
    spec = method_spec(info.method)
    workshop = s.get(Workshop, info.workshop_id)
    params = info.method_params
    return PhoneRound(
        id=info.id, uid=info.uid, title=info.title,
        workshop=workshop.title if workshop is not None else "",
        cluster=get_profile(s).name, method=info.method, method_label=spec.label,
        kind=_KINDS[spec.value_kind], anonymity=info.anonymity, is_open=info.is_open,
        options=tuple(PhoneOption(o.id, o.label, o.title) for o in info.options),
        budget=dot_budget(params, len(info.options)) if info.method == "dots" else 0,
        max_per_option=params.max_per_option,
        scale_min=int(params.scale_min), scale_max=int(params.scale_max),
        two_criteria=voting.two_criteria(info),
        language=workshop.language if workshop is not None else None,
        info=info,
    )


class CodeRefused(UserError):
    """A code that does not let its phone vote. ``guess``: it counts as a
    wrong try towards the lockout (an unknown or used code)."""

    def __init__(self, message: str, guess: bool) -> None:
        super().__init__(message)
        self.guess = guess


@dataclass(frozen=True)
class PhoneVoter:
    """Whom a code let in."""

    code_id: int
    member_id: int | None  # None in a secret round
    name: str | None  # the member (named and anonymous rounds)
    changing: bool = False  # they voted on their phone already and may change it
    values: dict[int, float] = field(default_factory=dict)  # their ballot, when changing
    values2: dict[int, float] = field(default_factory=dict)


# What a phone is told when its code is refused (in English here; the pages
# show them in the phone's language, ``t(refused.message)``).
WRONG_CODE = T_("That code is not valid for this round. Check the code on your slip.")
USED_CODE = T_("That code has already been used: each code votes once.")
ALREADY_VOTED = T_("You have already voted in this round (at the facilitator's table, on "
                   "paper or at the kiosk). One member, one ballot.")
CLOSED = T_("Voting in this round is closed.")
ELSEWHERE = T_("These codes were issued on another computer, so this one cannot check "
               "them: ask the facilitator to issue new codes here.")
NOT_A_VOTER = T_("Your code no longer lets you vote: you are not a voting member of this "
                 "workshop now. Ask the facilitator.")
NO_CODES_LEFT = T_("This round takes no more votes by phone: as many codes have been used "
                   "as members were given one and still vote here. Ask the facilitator.")
WITHDRAWN = T_("Your code no longer works: the facilitator issued new codes or changed the "
               "round. Ask for a new code.")


def _their_ballot(s: Session, round_id: int, member_id: int) -> Ballot | None:
    return s.scalar(select(Ballot).where(Ballot.round_id == round_id,
                                         Ballot.voter_id == member_id,
                                         Ballot.source != "hands"))


def sign_in(s: Session, round_id: int, typed: str) -> PhoneVoter:
    """The voter a typed code lets in, or :class:`CodeRefused` with why."""
    rnd = s.get(VoteRound, round_id)
    if rnd is None or rnd.status != "open":
        raise CodeRefused(CLOSED, guess=False)
    try:
        state = find_code(s, round_id, typed)
    except CodesElsewhere:
        raise CodeRefused(ELSEWHERE, guess=False) from None
    if state is None:
        raise CodeRefused(WRONG_CODE, guess=True)
    return _voter(s, round_id, state)


def resume(s: Session, round_id: int, code_id: int) -> PhoneVoter:
    """The voter of a code a phone signed in with before (to change their vote)."""
    info = voting.get_round(s, round_id)
    if not info.is_open:
        raise CodeRefused(CLOSED, guess=False)
    code = s.get(VoterCode, code_id)
    if code is None or code.round_id != round_id:
        raise CodeRefused(WITHDRAWN, guess=False)
    return _voter(s, round_id, CodeState(code.id, code.member_id, code.status))


#: ``Session.info`` key: a secret round's holders who vote, counted once per
#: unit of work of the room server's writer (a batch of casts: nothing else
#: writes meanwhile, and one count for a hundred casts keeps the batch quick).
_HOLDERS_VOTING = "room_secret_holders_voting"


def _may_vote(s: Session, round_id: int, member_id: int | None, *,
              once_per_unit: bool = False) -> None:
    """Refuse a code whose holder may not vote now (see the module docstring)."""
    if member_id is None:  # a secret round's code: the holders who still vote bound it
        holders = None
        if once_per_unit:
            known: dict[int, int] = s.info.setdefault(_HOLDERS_VOTING, {})
            if round_id not in known:
                known[round_id] = secret_holders_voting(s, round_id)
            holders = known[round_id]
        if secret_codes_left(s, round_id, holders) <= 0:
            raise CodeRefused(NO_CODES_LEFT, guess=False)
        return
    role = s.scalar(select(Attendance.role)
                    .join(VoteRound, VoteRound.workshop_id == Attendance.workshop_id)
                    .where(VoteRound.id == round_id, Attendance.member_id == member_id))
    if role != "voter":
        raise CodeRefused(NOT_A_VOTER, guess=False)


def _voter(s: Session, round_id: int, state: CodeState) -> PhoneVoter:
    if state.member_id is None:  # a secret round's code
        if state.status != "issued":
            raise CodeRefused(USED_CODE, guess=True)
        _may_vote(s, round_id, None)
        return PhoneVoter(state.id, None, None)
    _may_vote(s, round_id, state.member_id)
    row = s.execute(
        select(VoterReceipt.id).where(VoterReceipt.round_id == round_id,
                                      VoterReceipt.member_id == state.member_id)
    ).first()
    name = s.scalar(select(Member.name).where(Member.id == state.member_id))
    if row is None:
        return PhoneVoter(state.id, state.member_id, name)
    ballot = _their_ballot(s, round_id, state.member_id)
    if ballot is None or ballot.source != "phone":
        raise CodeRefused(ALREADY_VOTED, guess=False)
    entries = s.execute(select(BallotEntry.option_id, BallotEntry.value, BallotEntry.value2)
                        .where(BallotEntry.ballot_id == ballot.id)).all()
    return PhoneVoter(state.id, state.member_id, name, changing=True,
                      values={o: v for o, v, _ in entries if v is not None},
                      values2={o: v2 for o, _, v2 in entries if v2 is not None})


@dataclass
class FormBallot:
    """A filled-in ballot form, read: the values, and what is wrong with it
    (``problems``: option id -> messages, 0 for the ballot as a whole)."""

    values: dict[int, int] = field(default_factory=dict)
    values2: dict[int, int] = field(default_factory=dict)
    problems: dict[int, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, option_id: int, message: str) -> None:
        self.problems.setdefault(option_id, []).append(message)


def _number(text: str) -> int | None:
    text = text.strip()
    if len(text) > MAX_FIELD or not re.fullmatch(r"[+-]?\d+", text):
        return None
    return int(text)


def read_form(rnd: PhoneRound, form: Mapping[str, str], t: Texts | None = None) -> FormBallot:
    """The values of a posted ballot form (fields ``o<option id>`` and, for
    a two-criteria score round, ``f<option id>``; other fields are ignored),
    checked as the ballot box will check them, each problem placed with the
    option it is about; the form's own problems in the language of ``t``
    (the engine's in the messages' language, which the room server sets to
    the page's for the request: ``messages_in``)."""
    t = t if t is not None else Texts("participant", "en")
    out = FormBallot()
    for option in rnd.options:
        for prefix, target, what in (("o", out.values, t("impact") if rnd.two_criteria else ""),
                                     ("f", out.values2, t("feasibility"))):
            if prefix == "f" and not rnd.two_criteria:
                continue
            raw = form.get(f"{prefix}{option.id}", "")
            if rnd.kind == "approval":
                target[option.id] = 1 if raw in ("1", "on") else 0
                continue
            if not raw.strip():
                continue
            number = _number(raw)
            if number is None:
                problem = t("{value} is not a whole number", value=quoted(raw[:MAX_FIELD]))
                out.add(option.id, f"{what}: {problem}" if what else problem)
            else:
                target[option.id] = number
    if out.ok:
        _engine_problems(rnd, out, t)
    return out


def _engine_problems(rnd: PhoneRound, ballot: FormBallot, t: Texts) -> None:
    if not any(v for v in ballot.values.values()) and rnd.kind == "approval":
        ballot.add(0, t("approve at least one priority"))
        return
    if not ballot.values and not ballot.values2:
        ballot.add(0, t(_EMPTY.get(rnd.kind, _FILL_IN)))
        return
    assert rnd.info is not None, "read the round with phone_round()"
    for problem in voting.check_values(rnd.info, ballot.values, ballot.values2 or None):
        named = [o.id for o in rnd.options if quoted(o.label) in problem]
        for option_id in named or [0]:
            ballot.add(option_id, problem)


_FILL_IN = T_("fill in the ballot before you send it")
_EMPTY = {
    "ranked": T_("rank at least one priority (1 = your first choice)"),
    "dots": T_("give at least one dot"),
    "score": T_("rate at least one priority"),
    "gradients": T_("give your view on at least one priority"),
}


@dataclass(frozen=True)
class CastResult:
    replaced: bool  # a named or anonymous voter changed their mind


def cast(s: Session, round_id: int, code_id: int, values: Mapping[int, int],
         values2: Mapping[int, int] | None = None) -> CastResult:
    """Record a phone ballot through the ballot box (see the module docstring).

    Who may vote is checked again here; a secret round's holders who vote
    are counted once per unit of work (the room server's writer records a
    batch of casts in one, in which nothing else changes the attendance)."""
    code = s.get(VoterCode, code_id)
    if code is None or code.round_id != round_id:
        raise CodeRefused(WITHDRAWN, guess=False)
    rnd = s.get(VoteRound, round_id)
    if rnd is None or rnd.status != "open":
        raise CodeRefused(CLOSED, guess=False)
    secret = rnd.anonymity == "secret"
    if code.member_id is None and code.status != "issued":
        raise CodeRefused(USED_CODE, guess=True)
    _may_vote(s, round_id, code.member_id, once_per_unit=True)
    if code.status == "issued":
        voting.record_ballot(s, round_id, values, voter_id=None, source="phone",
                             entered_by="" if secret else "phone", values2=values2,
                             phone_code=code.id)
        return CastResult(replaced=False)
    assert code.member_id is not None  # a used secret code was refused above
    ballot = _their_ballot(s, round_id, code.member_id)
    if ballot is None:
        on_register = s.execute(select(VoterReceipt.id).where(and_(
            VoterReceipt.round_id == round_id,
            VoterReceipt.member_id == code.member_id))).first()
        if on_register is not None:
            raise CodeRefused(ALREADY_VOTED, guess=False)
        # their phone ballot was removed by the facilitator: they may vote again
        voting.record_ballot(s, round_id, values, voter_id=code.member_id, source="phone",
                             entered_by="phone", values2=values2)
        return CastResult(replaced=False)
    if ballot.source != "phone":
        raise CodeRefused(ALREADY_VOTED, guess=False)
    voting.update_ballot(s, ballot.id, values, entered_by="phone", values2=values2,
                         action="ballot.replaced")
    return CastResult(replaced=True)
