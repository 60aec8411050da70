"""Adopting priorities from a closed round's result, and taking a decision back.

A decision is made from a *closed* round (an open round's figures can still
move): one priority, the top k of the ranking (every option placed k or
better, so a tie at the cut adopts all the tied options rather than picking
one), or every option that reached consensus (the methods whose winners are
the options at consensus, i.e. gradients of agreement). A priority is
adopted at most once per workshop; adopting several at once skips the ones
already adopted and says so. Each decision keeps the priority's title and,
in ``basis``, how the round placed it, so the report can say why it was
chosen even after the candidate list changes.

Taking a decision back (un-adopting) deletes its action plan too, so it is
refused while the plan has actions unless the caller confirms
(:class:`ActionsWouldGo`); the returned snapshot restores everything (undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.core.action_plan import DecisionView, Placement
from facilitator_app.core.errors import UserError
from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting import TallyResult, method_spec
from facilitator_app.core.voting_words import agreement_sentence, gradients_verdict, percent
from facilitator_app.i18n.messages import _, n_
from facilitator_app.services import audit
from facilitator_app.services.records import required_text
from facilitator_app.storage.models import (
    Action,
    ActionPartner,
    Decision,
    Indicator,
    VoteRound,
    Workshop,
)

MAX_STATEMENT_CHARS = 4000


class ActionsWouldGo(UserError):
    """Un-adopting a decision whose action plan has actions (confirm to go on)."""

    def __init__(self, title: str, actions: int) -> None:
        super().__init__(n_(
            "“{title}” has {n} action in its action plan. Taking the decision back "
            "deletes it with its indicators.",
            "“{title}” has {n} actions in its action plan. Taking the decision back "
            "deletes them with their indicators.", actions, title=title))
        self.actions = actions


@dataclass(frozen=True)
class Candidate:
    """A priority of a closed round as the Adopt choices show it."""

    priority_id: int
    label: str
    title: str
    position: int
    score: str
    consensus: bool | None  # None: the method has no consensus per priority
    adopted: bool  # already adopted in this workshop
    basis: str  # in English, as a decision records it
    placement: Placement | None = None  # the facts, to say it in another language


@dataclass(frozen=True)
class Adoption:
    """What one adopt call did."""

    decisions: list[DecisionView]
    skipped: list[str]  # titles already adopted in the workshop

    @property
    def message(self) -> str:
        n = len(self.decisions)
        text = ("No priority adopted." if n == 0 else
                "1 priority adopted." if n == 1 else f"{n} priorities adopted.")
        if self.skipped:
            text += " Already adopted: " + ", ".join(f"“{t}”" for t in self.skipped) + "."
        return text


@dataclass
class DecisionSnapshot:
    """A deleted decision with its action plan, for undo."""

    decision: dict[str, Any]
    actions: list[dict[str, Any]] = field(default_factory=list)
    partners: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)

    @property
    def uid(self) -> str:
        return str(self.decision["uid"])

    @property
    def title(self) -> str:
        return str(self.decision["priority_title"])


# ----- the round's result -----------------------------------------------------------
def _closed_round(s: Session, round_id: int) -> tuple[RoundInfo, TallyResult]:
    from facilitator_app.services import voting

    info = voting.get_round(s, round_id)
    if info.is_open:
        raise UserError(_("Close {title} before adopting priorities from it: its result can "
                          "still change.", title=info.title))
    result = voting.tally_round(s, round_id).result
    if result.counted == 0:
        raise UserError(_("{title} has no ballots: there is no result to adopt from.",
                          title=info.title))
    return info, result


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _score_text(result: TallyResult, option: str) -> str:
    spec = method_spec(result.method)
    score = result.score_of(option)
    if score is None:
        return ""
    if spec.score_is_share:
        return percent(score)
    value = float(score)
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}"


def basis_text(info: RoundInfo, result: TallyResult, option: str) -> str:
    """How the round placed an option, in words: place, score, consensus."""
    spec = method_spec(result.method)
    position = result.position_of(option)
    tied = any(option in group for group in result.ties)
    place = f"{info.title}: {_ordinal(position)}{' (tied)' if tied else ''} of " \
            f"{len(result.ranking)}"
    stats = result.rating_stats.get(option)
    if spec.winners_reach_consensus and stats is not None:
        return f"{place}. " + gradients_verdict(
            stats.support, stats.blocks or 0, option in result.winners,
            result.params.support_threshold)
    heading = spec.score_heading.lower()
    sentence = agreement_sentence(result)
    return f"{place}, {heading} {_score_text(result, option)}; {sentence}."


def candidates(s: Session, round_id: int) -> list[Candidate]:
    """The closed round's priorities in ranking order, with what adopting them would say."""
    info, result = _closed_round(s, round_id)
    adopted = set(s.scalars(select(Decision.priority_id).where(
        Decision.workshop_id == info.workshop_id)))
    spec = method_spec(result.method)
    out = []
    for ranked in result.ranking:
        option = info.option_by_label(ranked.option)
        out.append(Candidate(
            priority_id=option.priority_id, label=option.label, title=option.title,
            position=ranked.position, score=_score_text(result, ranked.option),
            consensus=(ranked.option in result.winners) if spec.winners_reach_consensus
            else None,
            adopted=option.priority_id in adopted,
            basis=basis_text(info, result, ranked.option),
            placement=Placement(round_title=info.title, option=ranked.option, result=result)))
    return out


def has_consensus_figures(s: Session, round_id: int) -> bool:
    """Whether the round's method says which priorities reached consensus."""
    rnd = s.get(VoteRound, round_id)
    return rnd is not None and method_spec(rnd.method).winners_reach_consensus


# ----- adopting -----------------------------------------------------------------------
def _statement(text: str | None) -> str:
    return required_text(
        text, _("A decision needs a statement (what the members decided)."),
        _("The statement is too long (at most {limit} characters).",
          limit=MAX_STATEMENT_CHARS),
        MAX_STATEMENT_CHARS)


def _adopt(s: Session, round_id: int, chosen: Sequence[Candidate], statement: str,
           actor: str) -> Adoption:
    text = _statement(statement)
    rnd = s.get(VoteRound, round_id)
    assert rnd is not None  # checked by _closed_round
    position = int(s.scalar(select(func.count()).select_from(Decision).where(
        Decision.workshop_id == rnd.workshop_id)) or 0)
    made: list[Decision] = []
    skipped = []
    for c in chosen:
        if c.adopted:
            skipped.append(c.title)
            continue
        decision = Decision(
            workshop_id=rnd.workshop_id, round_id=rnd.id, priority_id=c.priority_id,
            priority_title=c.title, statement=text, basis=c.basis, position=position,
            adopted_by=actor)
        position += 1
        s.add(decision)
        s.flush()
        audit.record(s, "decision.adopted", entity="decision", entity_uid=decision.uid,
                     actor=actor, workshop_id=rnd.workshop_id, round_id=rnd.id,
                     details={"text": f"Adopted “{c.title}” ({c.basis}). Statement: {text}",
                              "priority": c.title})
        made.append(decision)
    return Adoption([_view(s, d) for d in made], skipped)


def adopt(s: Session, round_id: int, priority_ids: Iterable[int], statement: str,
          actor: str = "") -> Adoption:
    """Adopt these priorities of a closed round. One priority already adopted in
    the workshop is refused; among several, those are skipped."""
    wanted = list(dict.fromkeys(priority_ids))
    found = {c.priority_id: c for c in candidates(s, round_id)}
    missing = [p for p in wanted if p not in found]
    if missing:
        raise UserError(_("That priority is not one of the round's options."))
    chosen = [found[p] for p in wanted]
    if not chosen:
        raise UserError(_("Choose a priority to adopt."))
    if len(chosen) == 1 and chosen[0].adopted:
        raise UserError(_("“{title}” is already adopted in this workshop.",
                          title=chosen[0].title))
    return _adopt(s, round_id, chosen, statement, actor)


def adopt_top(s: Session, round_id: int, k: int, statement: str, actor: str = "") -> Adoption:
    """Adopt the top ``k``: every option placed k or better (ties at the cut all go in)."""
    if k < 1:
        raise UserError(_("Adopt at least the first priority (k of 1 or more)."))
    chosen = [c for c in candidates(s, round_id) if c.position <= k]
    return _adopt(s, round_id, chosen, statement, actor)


def adopt_consensus(s: Session, round_id: int, statement: str, actor: str = "") -> Adoption:
    """Adopt every option that reached consensus (gradients of agreement)."""
    found = candidates(s, round_id)
    if any(c.consensus is None for c in found):
        raise UserError(_("This round's method does not say which priorities reached consensus "
                          "(gradients of agreement does): adopt the top ones instead."))
    chosen = [c for c in found if c.consensus]
    if not chosen:
        raise UserError(_("No priority reached consensus in this round."))
    return _adopt(s, round_id, chosen, statement, actor)


# ----- reading ------------------------------------------------------------------------
def _decision(s: Session, decision_id: int) -> Decision:
    decision = s.get(Decision, decision_id)
    if decision is None:
        raise UserError(_("This decision no longer exists (it was taken back)."))
    return decision


Rounds = dict[int, tuple[RoundInfo, TallyResult] | None]


def _placement(s: Session, d: Decision, rounds: Rounds) -> Placement | None:
    """The facts the decision's basis was said from, had again from its round,
    so that each output says them in its own language. Only when they say
    exactly what was recorded: a round deleted, reopened or changed since, or a
    basis written otherwise, leaves the recorded (English) text alone."""
    if d.round_id is None or d.priority_id is None:
        return None
    if d.round_id not in rounds:
        try:
            rounds[d.round_id] = _closed_round(s, d.round_id)
        except UserError:
            rounds[d.round_id] = None
    found = rounds[d.round_id]
    if found is None:
        return None
    info, result = found
    option = next((o.label for o in info.options if o.priority_id == d.priority_id), None)
    if option is None or basis_text(info, result, option) != d.basis:
        return None
    return Placement(round_title=info.title, option=option, result=result)


def _view(s: Session, d: Decision, actions: int | None = None,
          rounds: Rounds | None = None) -> DecisionView:
    workshop = s.get(Workshop, d.workshop_id)
    rnd = s.get(VoteRound, d.round_id) if d.round_id is not None else None
    if actions is None:
        actions = int(s.scalar(select(func.count()).select_from(Action).where(
            Action.decision_id == d.id)) or 0)
    return DecisionView(
        id=d.id, uid=d.uid, workshop_id=d.workshop_id,
        workshop_title=workshop.title if workshop else "",
        workshop_date=workshop.date if workshop else None,
        round_id=d.round_id, round_title=rnd.title if rnd else "",
        priority_id=d.priority_id, priority_title=d.priority_title, statement=d.statement,
        basis=d.basis, adopted_at=d.adopted_at, adopted_by=d.adopted_by, actions=actions,
        placement=_placement(s, d, {} if rounds is None else rounds))


def list_decisions(s: Session, workshop_id: int | None = None) -> list[DecisionView]:
    """Decisions of one workshop (or of every workshop: by workshop date, then order)."""
    counts = {int(d): int(n) for d, n in s.execute(
        select(Action.decision_id, func.count()).group_by(Action.decision_id))}
    query = (select(Decision).join(Workshop, Workshop.id == Decision.workshop_id)
             .order_by(Workshop.date, Workshop.id, Decision.position, Decision.id))
    if workshop_id is not None:
        query = query.where(Decision.workshop_id == workshop_id)
    rounds: Rounds = {}
    return [_view(s, d, counts.get(d.id, 0), rounds) for d in s.scalars(query)]


def get_decision(s: Session, decision_id: int) -> DecisionView:
    return _view(s, _decision(s, decision_id))


def decision_id_for_uid(s: Session, uid: str) -> int | None:
    return s.scalar(select(Decision.id).where(Decision.uid == uid))


def update_statement(s: Session, decision_id: int, statement: str, actor: str = "") -> str:
    """Change a decision's statement; returns the previous one (for undo)."""
    decision = _decision(s, decision_id)
    before, decision.statement = decision.statement, _statement(statement)
    if before != decision.statement:
        audit.record(s, "decision.changed", entity="decision", entity_uid=decision.uid,
                     actor=actor, workshop_id=decision.workshop_id,
                     details={"text": f"Statement of “{decision.priority_title}” changed.",
                              "before": before, "after": decision.statement})
    s.flush()
    return before


# ----- taking back, and undo ------------------------------------------------------------
def _rows(s: Session, model: Any, where: Any) -> list[dict[str, Any]]:
    table = model.__table__
    return [dict(r) for r in s.execute(select(table).where(where)).mappings()]


def unadopt(s: Session, decision_id: int, *, confirmed: bool = False,
            actor: str = "") -> DecisionSnapshot:
    """Take a decision back (its action plan goes with it). Refused with
    :class:`ActionsWouldGo` while it has actions, unless ``confirmed``."""
    decision = _decision(s, decision_id)
    action_ids = list(s.scalars(select(Action.id).where(Action.decision_id == decision.id)))
    if action_ids and not confirmed:
        raise ActionsWouldGo(decision.priority_title, len(action_ids))
    snapshot = DecisionSnapshot(
        decision=_rows(s, Decision, Decision.id == decision.id)[0],
        actions=_rows(s, Action, Action.decision_id == decision.id),
        partners=_rows(s, ActionPartner, ActionPartner.action_id.in_(action_ids)),
        indicators=_rows(s, Indicator, Indicator.action_id.in_(action_ids)))
    s.execute(delete(Indicator).where(Indicator.action_id.in_(action_ids)))
    s.execute(delete(ActionPartner).where(ActionPartner.action_id.in_(action_ids)))
    s.execute(delete(Action).where(Action.decision_id == decision.id))
    s.execute(delete(Decision).where(Decision.id == decision.id))
    s.expire_all()
    extra = f" with its {len(action_ids)} action(s)" if action_ids else ""
    audit.record(s, "decision.withdrawn", entity="decision", entity_uid=snapshot.uid,
                 actor=actor, workshop_id=snapshot.decision["workshop_id"],
                 round_id=snapshot.decision["round_id"],
                 details={"text": f"Decision on “{snapshot.title}” taken back{extra}.",
                          "priority": snapshot.title, "actions": len(action_ids)})
    s.flush()
    return snapshot


def _free(s: Session, model: Any, row: dict[str, Any]) -> dict[str, Any]:
    """The row to insert again: its old key when nobody took it meanwhile."""
    out = dict(row)
    if s.get(model, out["id"]) is not None:
        out.pop("id")
    return out


def restore_decision(s: Session, snapshot: DecisionSnapshot, actor: str = "") -> int:
    """Put a taken-back decision and its action plan back (undo); returns its id."""
    from facilitator_app.storage.models import Member, Priority

    row = _free(s, Decision, snapshot.decision)
    if s.get(Workshop, row["workshop_id"]) is None:
        raise UserError(_("The workshop of this decision was deleted meanwhile."))
    if row.get("priority_id") is not None and s.get(Priority, row["priority_id"]) is None:
        row["priority_id"] = None
    if row.get("round_id") is not None and s.get(VoteRound, row["round_id"]) is None:
        row["round_id"] = None
    if row.get("priority_id") is not None and s.scalar(select(Decision.id).where(
            Decision.workshop_id == row["workshop_id"],
            Decision.priority_id == row["priority_id"])) is not None:
        raise UserError(_("“{title}” was adopted again meanwhile.", title=snapshot.title))
    restored = Decision(**row)
    s.add(restored)
    s.flush()
    decision_id = restored.id
    action_ids: dict[int, int] = {}
    for raw in snapshot.actions:
        a = _free(s, Action, raw)
        a["decision_id"] = decision_id
        if a.get("lead_member_id") is not None and s.get(Member, a["lead_member_id"]) is None:
            a["lead_member_id"] = None
        action = Action(**a)
        s.add(action)
        s.flush()
        action_ids[raw["id"]] = action.id
    for raw in snapshot.partners:
        if s.get(Member, raw["member_id"]) is None:
            continue
        p = _free(s, ActionPartner, raw)
        p["action_id"] = action_ids[raw["action_id"]]
        s.add(ActionPartner(**p))
    for raw in snapshot.indicators:
        i = _free(s, Indicator, raw)
        i["action_id"] = action_ids[raw["action_id"]]
        s.add(Indicator(**i))
    audit.record(s, "decision.restored", entity="decision", entity_uid=snapshot.uid,
                 actor=actor, workshop_id=row["workshop_id"],
                 details={"text": f"Decision on “{snapshot.title}” put back.",
                          "priority": snapshot.title})
    s.flush()
    return decision_id

