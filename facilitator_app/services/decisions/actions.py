"""The action plan: actions of adopted priorities, their partners and statuses.

Every change is checked before anything is written, and refused with a
:class:`UserError` in plain words: an action needs a title; its lead and
partners must be members of the roster; the due date cannot come before the
start; a budget estimate is a number of zero or more, with a currency of
at most 10 characters ("XCD", "US$"); a status is one of
``core.action_plan.ACTION_STATUSES``. The lead is never also listed as a
partner. Statuses of many actions change in one call (the review of open
actions at the start of a workshop); every change is in the audit log, in
words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator_app.core.action_plan import (
    STATUS_KEYS,
    ActionView,
    IndicatorView,
    is_overdue,
    status_label,
)
from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _
from facilitator_app.services import audit
from facilitator_app.services.decisions.indicators import view as indicator_view
from facilitator_app.services.records import required_text
from facilitator_app.storage.models import (
    Action,
    ActionPartner,
    Decision,
    Indicator,
    Member,
    Workshop,
)

MAX_TITLE_CHARS = 1000
MAX_CURRENCY_CHARS = 10
MAX_BUDGET = Decimal("999999999999.99")  # NUMERIC(14, 2)
FIELDS = ("title", "lead_id", "partner_ids", "start_date", "due_date", "budget", "currency",
          "status", "notes")


# ----- checking values -----------------------------------------------------------------
def clean_budget(value: object) -> Decimal | None:
    """A budget estimate as a Decimal of two places; None for no estimate."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise UserError(_("The budget estimate must be a number."))
    try:
        amount = (_typed_amount(value) if isinstance(value, str)
                  else Decimal(str(value).strip()))
    except InvalidOperation:
        raise UserError(_("The budget estimate “{value}” is not a number.", value=value)) from None
    if not amount.is_finite():
        raise UserError(_("The budget estimate must be a number."))
    if amount < 0:
        raise UserError(_("The budget estimate cannot be below zero."))
    if amount > MAX_BUDGET:
        raise UserError(_("The budget estimate is too large."))
    return amount.quantize(Decimal("0.01"))


def _typed_amount(text: str) -> Decimal:
    """An amount as people type it in any of the app's languages: "1,234.56",
    "1.234,56", "1 234,56", "12,50", "6500". Of a comma and a point, the last
    one is the decimal mark; one mark alone followed by exactly three digits
    groups thousands ("1,234" and "1.234" are 1234); more than two decimals
    are refused rather than rounded (raises InvalidOperation)."""
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", text)
    marks = [c for c in cleaned if c in ",."]
    if len(set(marks)) == 2:
        decimal_mark = cleaned[max(cleaned.rfind(","), cleaned.rfind("."))]
    elif len(marks) == 1 and not re.fullmatch(r"-?\d{1,3}[,.]\d{3}", cleaned):
        decimal_mark = marks[0]
    else:
        decimal_mark = ""  # none, or marks that only group thousands
    whole, _, cents = cleaned.rpartition(decimal_mark) if decimal_mark else (cleaned, "", "")
    if not re.fullmatch(r"-?(\d+|\d{1,3}([,.]\d{3})+)", whole):  # groups of three
        raise InvalidOperation(text)
    whole = whole.replace(",", "").replace(".", "")
    if decimal_mark and (len(cents) > 2 or not cents.isdigit()):
        raise InvalidOperation(text)
    if not re.fullmatch(r"-?\d+", whole):
        raise InvalidOperation(text)
    return Decimal(f"{whole}.{cents}" if cents else whole)


def _currency(text: str | None) -> str:
    cleaned = " ".join((text or "").split())
    if len(cleaned) > MAX_CURRENCY_CHARS:
        raise UserError(_("The currency is too long (at most {max_currency_chars} characters, "
                          "e.g. XCD or US$).", max_currency_chars=MAX_CURRENCY_CHARS))
    return cleaned


def _status(status: str) -> str:
    if status not in STATUS_KEYS:
        raise UserError(_("Unknown action status “{status}”: use one of {choices}.",
                          status=status, choices=", ".join(status_label(k) for k in STATUS_KEYS)))
    return status


def _member(s: Session, member_id: int | None, role: str) -> int | None:
    if member_id is None:
        return None
    if s.get(Member, member_id) is None:
        raise UserError(
            _("The lead must be a member of the roster (that member no longer exists).")
            if role == "lead" else
            _("Each partner must be a member of the roster (that member no longer exists)."))
    return int(member_id)


def _check_dates(start: date | None, due: date | None) -> None:
    if start is not None and due is not None and due < start:
        raise UserError(_("The due date ({due}) comes before the start ({start}).",
                          due=due.isoformat(), start=start.isoformat()))


def _title(text: str | None) -> str:
    return required_text(
        text, _("An action needs a title (what will be done)."),
        _("The title is too long (at most {limit} characters).", limit=MAX_TITLE_CHARS),
        MAX_TITLE_CHARS)


def _action(s: Session, action_id: int) -> Action:
    row = s.get(Action, action_id)
    if row is None:
        raise UserError(_("This action no longer exists (it was deleted)."))
    return row


def _decision(s: Session, decision_id: int) -> Decision:
    row = s.get(Decision, decision_id)
    if row is None:
        raise UserError(_("This decision no longer exists (it was taken back)."))
    return row


def _set_partners(s: Session, action: Action, partner_ids: Iterable[int]) -> None:
    wanted = [p for p in dict.fromkeys(partner_ids) if p != action.lead_member_id]
    for member_id in wanted:
        _member(s, member_id, "partner")
    s.execute(delete(ActionPartner).where(ActionPartner.action_id == action.id))
    for member_id in wanted:
        s.add(ActionPartner(action_id=action.id, member_id=member_id))


def _partner_ids(s: Session, action_id: int) -> list[int]:
    return list(s.scalars(select(ActionPartner.member_id).where(
        ActionPartner.action_id == action_id).order_by(ActionPartner.id)))


def _record(s: Session, action: Action, what: str, text: str, actor: str,
            **details: Any) -> None:
    decision = s.get(Decision, action.decision_id)
    audit.record(s, what, entity="action", entity_uid=action.uid, actor=actor,
                 workshop_id=decision.workshop_id if decision else None,
                 details={"text": text, "action": action.title, **details})


# ----- adding, changing, deleting --------------------------------------------------------
def add_action(
    s: Session,
    decision_id: int,
    title: str,
    *,
    lead_id: int | None = None,
    partner_ids: Iterable[int] = (),
    start_date: date | None = None,
    due_date: date | None = None,
    budget: object = None,
    currency: str = "",
    status: str = "not_started",
    notes: str = "",
    actor: str = "",
) -> int:
    """A new action at the end of the decision's plan; returns its id."""
    decision = _decision(s, decision_id)
    _check_dates(start_date, due_date)
    partner_ids = list(partner_ids)
    for member_id in partner_ids:
        _member(s, member_id, "partner")
    action = Action(
        decision_id=decision.id, title=_title(title), lead_member_id=_member(s, lead_id, "lead"),
        start_date=start_date, due_date=due_date, budget=clean_budget(budget),
        currency=_currency(currency), status=_status(status), notes=notes or "",
        position=int(s.scalar(select(func.count()).select_from(Action).where(
            Action.decision_id == decision.id)) or 0))
    s.add(action)
    s.flush()
    _set_partners(s, action, partner_ids)
    _record(s, action, "action.added",
            f"Action “{action.title}” added to the plan of “{decision.priority_title}”.", actor)
    s.flush()
    return action.id


def action_values(s: Session, action_id: int) -> dict[str, Any]:
    """The editable values of an action, keyed as :data:`FIELDS`."""
    a = _action(s, action_id)
    return {"title": a.title, "lead_id": a.lead_member_id,
            "partner_ids": _partner_ids(s, a.id), "start_date": a.start_date,
            "due_date": a.due_date, "budget": a.budget, "currency": a.currency,
            "status": a.status, "notes": a.notes}


def update_action(s: Session, action_id: int, actor: str = "",
                  **changes: Any) -> dict[str, Any]:
    """Change some of :data:`FIELDS`; returns their previous values (for undo).
    Everything is checked before anything changes."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown action fields: {sorted(unknown)}")
    action = _action(s, action_id)
    before = action_values(s, action_id)
    after = {**before, **changes}
    clean: dict[str, Any] = {
        "title": _title(after["title"]),
        "lead_id": _member(s, after["lead_id"], "lead"),
        "start_date": after["start_date"], "due_date": after["due_date"],
        "budget": clean_budget(after["budget"]), "currency": _currency(after["currency"]),
        "status": _status(after["status"]), "notes": after["notes"] or "",
    }
    _check_dates(clean["start_date"], clean["due_date"])
    for member_id in after["partner_ids"]:
        _member(s, member_id, "partner")
    action.title, action.lead_member_id = clean["title"], clean["lead_id"]
    action.start_date, action.due_date = clean["start_date"], clean["due_date"]
    action.budget, action.currency = clean["budget"], clean["currency"]
    action.status, action.notes = clean["status"], clean["notes"]
    if "partner_ids" in changes or "lead_id" in changes:
        _set_partners(s, action, after["partner_ids"])
    s.flush()
    now = action_values(s, action_id)
    changed = {k: before[k] for k in changes if before[k] != now[k]}
    if changed:
        words = []
        if "status" in changed:
            words.append(f"status {status_label(before['status'])} → "
                         f"{status_label(now['status'])}")
        others = [k.replace("_id", "").replace("_", " ") for k in changed if k != "status"]
        if others:
            words.append("changed: " + ", ".join(others))
        _record(s, action, "action.changed",
                f"Action “{action.title}”: " + "; ".join(words) + ".", actor,
                fields=sorted(changed))
    return changed


def set_statuses(s: Session, statuses: Mapping[int, str], actor: str = "",
                 notes: Mapping[int, str] | None = None) -> dict[int, str]:
    """Set the status of many actions at once (the review table): all checked
    first, then written; returns the previous status of each action changed."""
    notes = notes or {}
    rows = {}
    for action_id, status in statuses.items():
        _status(status)
        rows[action_id] = _action(s, action_id)
    before: dict[int, str] = {}
    for action_id, status in statuses.items():
        action = rows[action_id]
        note = notes.get(action_id)
        if note is not None and note != action.notes:
            action.notes = note
        if action.status == status:
            continue
        before[action_id] = action.status
        action.status = status
        _record(s, action, "action.status",
                f"Action “{action.title}”: status {status_label(before[action_id])} → "
                f"{status_label(status)}.", actor, before=before[action_id], after=status)
    s.flush()
    return before


@dataclass
class ActionSnapshot:
    """A deleted action with its partners and indicators, for undo."""

    action: dict[str, Any]
    partners: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)

    @property
    def uid(self) -> str:
        return str(self.action["uid"])

    @property
    def title(self) -> str:
        return str(self.action["title"])


def delete_action(s: Session, action_id: int, actor: str = "") -> ActionSnapshot:
    """Delete an action with its partners and indicators; the snapshot undoes it."""
    action = _action(s, action_id)

    def rows(model: Any, where: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in s.execute(select(model.__table__).where(where)).mappings()]

    snapshot = ActionSnapshot(
        action=rows(Action, Action.id == action_id)[0],
        partners=rows(ActionPartner, ActionPartner.action_id == action_id),
        indicators=rows(Indicator, Indicator.action_id == action_id))
    _record(s, action, "action.deleted", f"Action “{action.title}” deleted.", actor)
    s.execute(delete(Indicator).where(Indicator.action_id == action_id))
    s.execute(delete(ActionPartner).where(ActionPartner.action_id == action_id))
    s.execute(delete(Action).where(Action.id == action_id))
    s.expire_all()
    s.flush()
    return snapshot


def restore_action(s: Session, snapshot: ActionSnapshot, actor: str = "") -> int:
    """Put a deleted action back (undo); returns its id."""
    row = dict(snapshot.action)
    decision = s.get(Decision, row["decision_id"])
    if decision is None:
        raise UserError(_("The decision of this action was taken back meanwhile."))
    if s.get(Action, row["id"]) is not None:
        row.pop("id")
    if row.get("lead_member_id") is not None and s.get(Member, row["lead_member_id"]) is None:
        row["lead_member_id"] = None
    restored = Action(**row)
    s.add(restored)
    s.flush()
    action_id = restored.id
    for raw in snapshot.partners:
        if s.get(Member, raw["member_id"]) is None:
            continue
        p = dict(raw, action_id=action_id)
        if s.get(ActionPartner, p["id"]) is not None:
            p.pop("id")
        s.add(ActionPartner(**p))
    for raw in snapshot.indicators:
        i = dict(raw, action_id=action_id)
        if s.get(Indicator, i["id"]) is not None:
            i.pop("id")
        s.add(Indicator(**i))
    action = _action(s, action_id)
    _record(s, action, "action.restored", f"Action “{action.title}” put back.", actor)
    s.flush()
    return action_id


def action_id_for_uid(s: Session, uid: str) -> int | None:
    return s.scalar(select(Action.id).where(Action.uid == uid))


def action_uid(s: Session, action_id: int) -> str:
    return _action(s, action_id).uid


# ----- reading ---------------------------------------------------------------------------
def list_actions(
    s: Session,
    *,
    workshop_id: int | None = None,
    decision_id: int | None = None,
    action_id: int | None = None,
    status: str | None = None,
    lead_id: int | None = None,
    open_only: bool = False,
    today: date | None = None,
) -> list[ActionView]:
    """Actions with their decision, workshop, lead, partners and indicators:
    overdue ones first, then by due date (none last), then in plan order."""
    today = today or date.today()
    query = (select(Action, Decision.priority_title, Workshop.id, Workshop.title, Member.name)
             .join(Decision, Decision.id == Action.decision_id)
             .join(Workshop, Workshop.id == Decision.workshop_id)
             .outerjoin(Member, Member.id == Action.lead_member_id))
    if workshop_id is not None:
        query = query.where(Decision.workshop_id == workshop_id)
    if decision_id is not None:
        query = query.where(Action.decision_id == decision_id)
    if action_id is not None:
        query = query.where(Action.id == action_id)
    if status is not None:
        query = query.where(Action.status == status)
    if lead_id is not None:
        query = query.where(Action.lead_member_id == lead_id)
    if open_only:
        query = query.where(Action.status.not_in(("done", "dropped")))
    rows = s.execute(query).all()
    ids = [r[0].id for r in rows]
    partners: dict[int, list[tuple[int, str]]] = {}
    for action_id, member_id, name in s.execute(
            select(ActionPartner.action_id, Member.id, Member.name)
            .join(Member, Member.id == ActionPartner.member_id)
            .where(ActionPartner.action_id.in_(ids)).order_by(ActionPartner.id)):
        partners.setdefault(action_id, []).append((member_id, name))
    indicators: dict[int, list[IndicatorView]] = {}
    for i in s.scalars(select(Indicator).where(Indicator.action_id.in_(ids))
                       .order_by(Indicator.position, Indicator.id)):
        indicators.setdefault(i.action_id, []).append(indicator_view(i))
    views = []
    for a, decision_title, w_id, w_title, lead_name in rows:
        pairs = partners.get(a.id, [])
        views.append(ActionView(
            id=a.id, uid=a.uid, decision_id=a.decision_id, decision_title=decision_title,
            workshop_id=w_id, workshop_title=w_title, title=a.title, lead_id=a.lead_member_id,
            lead_name=lead_name or "", partner_ids=tuple(p for p, _ in pairs),
            partner_names=tuple(n for _, n in pairs), start_date=a.start_date,
            due_date=a.due_date, budget=a.budget, currency=a.currency, status=a.status,
            notes=a.notes, overdue=is_overdue(a.due_date, a.status, today),
            indicators=tuple(indicators.get(a.id, ())), ))
    views.sort(key=lambda v: (not v.overdue, v.due_date is None, v.due_date or date.max,
                              v.workshop_id, v.decision_id, v.id))
    return views


def get_action(s: Session, action_id: int, today: date | None = None) -> ActionView:
    _action(s, action_id)
    return list_actions(s, action_id=action_id, today=today)[0]


def open_actions_for_review(s: Session, workshop_id: int | None = None,
                            today: date | None = None) -> list[ActionView]:
    """Actions still open that a workshop should review: those of every other
    workshop (or all, without ``workshop_id``), overdue first."""
    return [v for v in list_actions(s, open_only=True, today=today)
            if workshop_id is None or v.workshop_id != workshop_id]


def member_choices(s: Session) -> list[tuple[int, str]]:
    """(id, name) of every member, by name: the leads and partners to pick from."""
    return [(int(i), str(n)) for i, n in s.execute(
        select(Member.id, Member.name).order_by(func.lower(Member.name), Member.id))]
