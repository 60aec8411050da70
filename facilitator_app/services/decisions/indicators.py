"""Monitoring and evaluation indicators of an action (baseline, target, actual).

An indicator needs a name; its figures are optional numbers (a plan often
knows the target before the baseline is measured), its unit and source are
short texts, and the date says when the actual value was measured.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.core.action_plan import IndicatorView
from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import N_, _
from facilitator_app.services import audit
from facilitator_app.services.records import required_text
from facilitator_app.storage.models import Action, Decision, Indicator

FIELDS = ("name", "baseline", "target", "actual", "unit", "source", "measured_on")
MAX_NAME_CHARS = 500


_NOT_A_NUMBER = {  # (no number, not a number: "{value}"), whole sentences to translate
    "baseline": (N_("The baseline must be a number."),
                 N_("The baseline “{value}” is not a number.")),
    "target": (N_("The target must be a number."), N_("The target “{value}” is not a number.")),
    "actual": (N_("The actual value must be a number."),
               N_("The actual value “{value}” is not a number.")),
}
_TOO_LONG = {
    "unit": N_("The unit is too long (at most {limit} characters)."),
    "source": N_("The source is too long (at most {limit} characters)."),
}


def _number(value: object, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise UserError(_(_NOT_A_NUMBER[what][0]))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", ""))
        except ValueError:
            raise UserError(_(_NOT_A_NUMBER[what][1], value=value)) from None
    if not math.isfinite(number):
        raise UserError(_(_NOT_A_NUMBER[what][0]))
    return number


def _text(value: object, limit: int, what: str) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > limit:
        raise UserError(_(_TOO_LONG[what], limit=limit))
    return text


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    measured = values.get("measured_on")
    if measured is not None and not isinstance(measured, date):
        raise UserError(_("The date measured must be a date."))
    return {
        "name": required_text(
            values.get("name"), _("An indicator needs a name (what is measured)."),
            _("The indicator's name is too long (at most {limit} characters).",
              limit=MAX_NAME_CHARS), MAX_NAME_CHARS),
        "baseline": _number(values.get("baseline"), "baseline"),
        "target": _number(values.get("target"), "target"),
        "actual": _number(values.get("actual"), "actual"),
        "unit": _text(values.get("unit"), 60, "unit"),
        "source": _text(values.get("source"), 300, "source"),
        "measured_on": measured,
    }


def _indicator(s: Session, indicator_id: int) -> Indicator:
    row = s.get(Indicator, indicator_id)
    if row is None:
        raise UserError(_("This indicator no longer exists (it was deleted)."))
    return row


def _record(s: Session, indicator: Indicator, what: str, text: str, actor: str) -> None:
    action = s.get(Action, indicator.action_id)
    decision = s.get(Decision, action.decision_id) if action else None
    audit.record(s, what, entity="indicator", entity_uid=indicator.uid, actor=actor,
                 workshop_id=decision.workshop_id if decision else None,
                 details={"text": text, "indicator": indicator.name,
                          "action": action.title if action else ""})


def view(i: Indicator) -> IndicatorView:
    return IndicatorView(id=i.id, uid=i.uid, action_id=i.action_id, name=i.name,
                         baseline=i.baseline, target=i.target, actual=i.actual, unit=i.unit,
                         source=i.source, measured_on=i.measured_on)


def list_indicators(s: Session, action_id: int) -> list[IndicatorView]:
    return [view(i) for i in s.scalars(select(Indicator).where(
        Indicator.action_id == action_id).order_by(Indicator.position, Indicator.id))]


def add_indicator(s: Session, action_id: int, actor: str = "", **values: Any) -> int:
    """A new indicator of an action (values keyed as :data:`FIELDS`); returns its id."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown indicator fields: {sorted(unknown)}")
    action = s.get(Action, action_id)
    if action is None:
        raise UserError(_("This action no longer exists (it was deleted)."))
    clean = _clean(values)
    indicator = Indicator(action_id=action_id, **clean, position=int(s.scalar(
        select(func.count()).select_from(Indicator).where(
            Indicator.action_id == action_id)) or 0))
    s.add(indicator)
    s.flush()
    _record(s, indicator, "indicator.added",
            f"Indicator “{indicator.name}” added to action “{action.title}”.", actor)
    return indicator.id


def indicator_values(s: Session, indicator_id: int) -> dict[str, Any]:
    i = _indicator(s, indicator_id)
    return {name: getattr(i, name) for name in FIELDS}


def update_indicator(s: Session, indicator_id: int, actor: str = "",
                     **changes: Any) -> dict[str, Any]:
    """Change some fields; returns their previous values (for undo)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown indicator fields: {sorted(unknown)}")
    indicator = _indicator(s, indicator_id)
    before = indicator_values(s, indicator_id)
    clean = _clean({**before, **changes})
    changed = {k: before[k] for k in changes if before[k] != clean[k]}
    for name, value in clean.items():
        setattr(indicator, name, value)
    if changed:
        _record(s, indicator, "indicator.changed",
                f"Indicator “{indicator.name}”: " + ", ".join(
                    k.replace("measured_on", "date measured") for k in changed) + " changed.",
                actor)
    s.flush()
    return changed


def indicator_row(s: Session, indicator_id: int) -> dict[str, Any]:
    """Every column of an indicator (what undo puts back)."""
    indicator = _indicator(s, indicator_id)
    return {c.key: getattr(indicator, c.key) for c in Indicator.__table__.columns}


def indicator_id_for_uid(s: Session, uid: str) -> int | None:
    return s.scalar(select(Indicator.id).where(Indicator.uid == uid))


def delete_indicator(s: Session, indicator_id: int, actor: str = "") -> dict[str, Any]:
    """Delete an indicator; returns its row (for undo with :func:`restore_indicator`)."""
    indicator = _indicator(s, indicator_id)
    row = indicator_row(s, indicator_id)
    _record(s, indicator, "indicator.deleted", f"Indicator “{indicator.name}” deleted.", actor)
    s.delete(indicator)
    s.flush()
    return row


def restore_indicator(s: Session, row: dict[str, Any], actor: str = "") -> int:
    if s.get(Action, row["action_id"]) is None:
        raise UserError(_("The action of this indicator was deleted meanwhile."))
    values = dict(row)
    if s.get(Indicator, values["id"]) is not None:
        values.pop("id")
    indicator = Indicator(**values)
    s.add(indicator)
    s.flush()
    _record(s, indicator, "indicator.restored", f"Indicator “{indicator.name}” put back.",
            actor)
    return indicator.id
