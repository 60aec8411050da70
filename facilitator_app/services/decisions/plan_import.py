"""The action plan taken back from a workbook members filled in: preview, then all or nothing.

:func:`preview_plan_import` checks every row of the returned sheets
(``core.action_plan_import``) against the workspace with the same rules as
the Action plan page (a lead and partners from the roster, the due date not
before the start, a budget of zero or more, a known status ...) and lists,
per action and indicator, each field that would change, before and after.
A row that cannot be taken is a problem with its sheet, row number and
reason, and any problem refuses the whole import: :func:`apply_plan_import`
writes nothing unless the preview had none, and then writes everything in
the caller's one unit of work.

Rows are matched by the ID column the app wrote. A row without an ID adds
an action to the adopted priority its Priority cell names (or an indicator
to the action its Action ID names). Rows are never deleted by an import:
an action missing from the file stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.core.action_plan import (
    ACTION_ID,
    ACTION_STATUSES,
    INDICATOR_ID,
    PARTNER_SEPARATOR,
    status_key,
    status_label,
)
from facilitator_app.core.action_plan_import import (
    PlanBook,
    SheetRow,
    cell_date,
    cell_number,
    read_plan_book,
)
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.i18n.messages import _, n_
from facilitator_app.services.decisions import actions as action_service
from facilitator_app.services.decisions import indicators as indicator_service
from facilitator_app.storage.models import Action, Decision, Indicator, Member

FIELD_LABELS = {"title": "Action", "lead_id": "Lead", "partner_ids": "Partners",
                "start_date": "Start", "due_date": "Due", "budget": "Budget estimate",
                "currency": "Currency", "status": "Status", "notes": "Notes",
                "name": "Indicator", "baseline": "Baseline", "target": "Target",
                "actual": "Actual", "unit": "Unit", "source": "Source",
                "measured_on": "Date measured"}


@dataclass(frozen=True)
class FieldChange:
    field: str  # the column's title
    before: str
    after: str


@dataclass
class RowChange:
    """What one row of the file would do."""

    sheet: str
    row: int
    title: str  # the action's (or indicator's) title, for the preview
    values: dict[str, Any]  # every field, as it would be written
    changes: list[FieldChange]
    record_id: int | None = None  # None: a new record
    parent_id: int | None = None  # the decision (new action) or action (new indicator)

    @property
    def is_new(self) -> bool:
        return self.record_id is None


@dataclass
class PlanImport:
    source: str
    actions: list[RowChange] = field(default_factory=list)
    indicators: list[RowChange] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes(self) -> list[RowChange]:
        return self.actions + self.indicators

    @property
    def summary(self) -> str:
        if self.problems:
            return n_("{source}: {n} row cannot be taken, so nothing is imported. Correct "
                      "the file and import it again.",
                      "{source}: {n} rows cannot be taken, so nothing is imported. Correct "
                      "the file and import it again.", len(self.problems), source=self.source)
        new = sum(1 for c in self.changes if c.is_new)
        changed = len(self.changes) - new
        if not self.changes:
            return _("{source}: nothing has changed.", source=self.source)
        counts = {"source": self.source, "changed": changed, "new": new,
                  "actions": len(self.actions), "indicators": len(self.indicators),
                  "unchanged": self.unchanged}
        if not new:
            return _("{source}: {changed} changed ({actions} action row(s), {indicators} "
                     "indicator row(s)); {unchanged} row(s) unchanged.", **counts)
        if not changed:
            return _("{source}: {new} new ({actions} action row(s), {indicators} indicator "
                     "row(s)); {unchanged} row(s) unchanged.", **counts)
        return _("{source}: {changed} changed, {new} new ({actions} action row(s), "
                 "{indicators} indicator row(s)); {unchanged} row(s) unchanged.", **counts)


@dataclass
class AppliedImport:
    """What an import wrote, for undo."""

    action_edits: list[tuple[str, str, dict[str, Any], dict[str, Any]]]  # uid, title, before, after
    new_actions: list[tuple[str, str]]  # uid, title
    indicator_edits: list[tuple[dict[str, Any] | None, dict[str, Any]]]  # row before, after


# ----- reading the rows ---------------------------------------------------------------------
class _Members:
    def __init__(self, s: Session) -> None:
        self.by_name: dict[str, list[int]] = {}
        self.names: dict[int, str] = {}
        for member_id, name in s.execute(select(Member.id, Member.name)):
            self.by_name.setdefault(fold(name), []).append(member_id)
            self.names[member_id] = name

    def find(self, name: str, role: str) -> int:
        found = self.by_name.get(fold(name), [])
        if not found:
            raise UserError(
                _("the lead “{name}” is not a member of the roster", name=name)
                if role == "lead" else
                _("the partner “{name}” is not a member of the roster", name=name))
        if len(found) > 1:
            raise UserError(
                _("the lead “{name}” names {count} members of the roster",
                  name=name, count=len(found))
                if role == "lead" else
                _("the partner “{name}” names {count} members of the roster",
                  name=name, count=len(found)))
        return found[0]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _shown(name: str, value: Any, members: _Members) -> str:
    if name == "lead_id":
        return members.names.get(value, "") if value is not None else ""
    if name == "partner_ids":
        return PARTNER_SEPARATOR.join(members.names.get(i, "?") for i in value or ())
    if name == "status":
        return status_label(value)
    return _text(value)


def _changes(before: dict[str, Any], after: dict[str, Any], members: _Members
             ) -> list[FieldChange]:
    out = []
    for name, new in after.items():
        old = before.get(name)
        if name == "partner_ids":
            differs = sorted(old or []) != sorted(new)
        elif name in ("budget",):
            differs = (None if old is None else Decimal(old)) != new
        elif name in ("baseline", "target", "actual"):
            differs = (None if old is None else float(old)) != new
        else:
            differs = (old or None) != (new or None)
        if differs:
            out.append(FieldChange(FIELD_LABELS[name], _shown(name, old, members),
                                   _shown(name, new, members)))
    return out


def _action_values(row: SheetRow, members: _Members) -> dict[str, Any]:
    """A row of the Action plan sheet as the service's values, checked."""
    status_text = row.text("Status")
    status = status_key(status_text) if status_text else "not_started"
    if status is None:
        raise UserError(_("the status “{status}” is not one of {choices}", status=status_text,
                          choices=", ".join(label for _k, label in ACTION_STATUSES)))
    lead_text = row.text("Lead")
    partners = [p.strip() for chunk in str(row.values.get("Partners") or "").splitlines()
                for p in chunk.split(";") if p.strip()]
    values: dict[str, Any] = {
        "title": action_service._title(row.text("Action")),
        "lead_id": members.find(lead_text, "lead") if lead_text else None,
        "partner_ids": [members.find(p, "partner") for p in partners],
        "start_date": cell_date(row.values.get("Start"), "start"),
        "due_date": cell_date(row.values.get("Due"), "due date"),
        "budget": action_service.clean_budget(cell_number(row.values.get("Budget estimate"))),
        "currency": action_service._currency(row.text("Currency")),
        "status": status,
        "notes": str(row.values.get("Notes") or "").strip(),
    }
    values["partner_ids"] = [p for p in dict.fromkeys(values["partner_ids"])
                             if p != values["lead_id"]]
    action_service._check_dates(values["start_date"], values["due_date"])
    return values


def _decision_for(s: Session, title: str) -> int:
    if not title:
        raise UserError(_("a new action (a row without an ID) needs the priority it belongs to "
                          "in the Priority column"))
    matches = [d for d, t in s.execute(select(Decision.id, Decision.priority_title))
               if fold(t) == fold(title)]
    if not matches:
        raise UserError(_("“{title}” is not an adopted priority (adopt it in the app first)",
                          title=title))
    if len(matches) > 1:
        raise UserError(_("“{title}” was adopted in {count} workshops: add this action in the "
                          "app", title=title, count=len(matches)))
    return int(matches[0])


def _indicator_values(row: SheetRow) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": row.text("Indicator"), "baseline": cell_number(row.values.get("Baseline")),
        "target": cell_number(row.values.get("Target")),
        "actual": cell_number(row.values.get("Actual")),
        "unit": row.text("Unit"), "source": row.text("Source"),
        "measured_on": cell_date(row.values.get("Date measured"), "date measured"),
    }
    return indicator_service._clean(values)


# ----- the preview ----------------------------------------------------------------------------
def read_returned_plan(path: str | Path) -> PlanBook:
    """The Action plan and Indicators sheets of a workbook the app wrote, in
    English or in any language it writes workbooks in (their translated sheet
    names, column titles and statuses read back as the English ones)."""
    from facilitator_app.export.workbook import plan_words

    return read_plan_book(path, plan_words())


def preview_plan_import(s: Session, book: PlanBook) -> PlanImport:
    """Every change the file would make, or every row it cannot take."""
    plan = PlanImport(source=book.name)
    members = _Members(s)
    seen: dict[str, int] = {}
    new_rows: dict[tuple[int, str], int] = {}  # (decision, folded title) -> row, for new actions
    for row in book.actions:
        where = _("Action plan, row {number}", number=row.number)
        uid = row.text(ACTION_ID)
        try:
            if uid and uid in seen:
                raise UserError(_("the same action as row {seen} (its ID is repeated)",
                                  seen=seen[uid]))
            seen[uid] = row.number
            values = _action_values(row, members)
            if uid:
                action = s.scalar(select(Action).where(Action.uid == uid))
                if action is None:
                    raise UserError(_("no action of this workspace has this ID (was the action "
                                      "deleted, or the file made from another workspace?)"))
                changes = _changes(action_service.action_values(s, action.id), values, members)
                if not changes:
                    plan.unchanged += 1
                    continue
                plan.actions.append(RowChange("Action plan", row.number, values["title"], values,
                                              changes, record_id=action.id))
            else:
                decision_id = _decision_for(s, row.text("Priority"))
                if any(fold(t) == fold(values["title"]) for t in s.scalars(
                        select(Action.title).where(Action.decision_id == decision_id))):
                    raise UserError(_("“{title}” is in this priority's plan already (was this "
                                      "file imported before? Rows the app wrote carry an ID)",
                                      title=values["title"]))
                same = new_rows.setdefault((decision_id, fold(values["title"])), row.number)
                if same != row.number:
                    raise UserError(_("“{title}” is new in row {same} already: one action, one "
                                      "row", title=values["title"], same=same))
                plan.actions.append(RowChange(
                    "Action plan", row.number, values["title"], values,
                    _changes({}, values, members), parent_id=decision_id))
        except UserError as exc:
            plan.problems.append(f"{where}: {exc.message}")
    seen = {}
    for row in book.indicators:
        where = _("Indicators, row {number}", number=row.number)
        uid, action_uid = row.text(INDICATOR_ID), row.text(ACTION_ID)
        try:
            if uid and uid in seen:
                raise UserError(_("the same indicator as row {seen} (its ID is repeated)",
                                  seen=seen[uid]))
            seen[uid] = row.number
            values = _indicator_values(row)
            if uid:
                indicator = s.scalar(select(Indicator).where(Indicator.uid == uid))
                if indicator is None:
                    raise UserError(_("no indicator of this workspace has this ID"))
                changes = _changes(indicator_service.indicator_values(s, indicator.id), values,
                                   members)
                if not changes:
                    plan.unchanged += 1
                    continue
                plan.indicators.append(RowChange("Indicators", row.number, values["name"],
                                                 values, changes, record_id=indicator.id))
            else:
                action_id = s.scalar(select(Action.id).where(Action.uid == action_uid)) \
                    if action_uid else None
                if action_id is None:
                    raise UserError(_("a new indicator (a row without an indicator ID) needs the "
                                      "ID of an action of this workspace in the Action ID column"))
                plan.indicators.append(RowChange(
                    "Indicators", row.number, values["name"], values,
                    _changes({}, values, members), parent_id=action_id))
        except UserError as exc:
            plan.problems.append(f"{where}: {exc.message}")
    return plan


def apply_plan_import(s: Session, plan: PlanImport, actor: str = "") -> AppliedImport:
    """Write a preview that had no problem (all of it, in the caller's unit of work)."""
    if not plan.ok:
        raise UserError(plan.summary)
    applied = AppliedImport([], [], [])
    for change in plan.actions:
        if change.is_new:
            assert change.parent_id is not None
            values = dict(change.values)
            title = values.pop("title")
            action_id = action_service.add_action(s, change.parent_id, title, actor=actor,
                                                  **values)
            applied.new_actions.append((action_service.action_uid(s, action_id), title))
        else:
            assert change.record_id is not None
            before = action_service.update_action(s, change.record_id, actor=actor,
                                                  **change.values)
            after = action_service.action_values(s, change.record_id)
            applied.action_edits.append((action_service.action_uid(s, change.record_id),
                                         change.title, before, {k: after[k] for k in before}))
    for change in plan.indicators:
        if change.is_new:
            assert change.parent_id is not None
            indicator_id = indicator_service.add_indicator(s, change.parent_id, actor=actor,
                                                           **change.values)
            applied.indicator_edits.append(
                (None, indicator_service.indicator_row(s, indicator_id)))
        else:
            assert change.record_id is not None
            before_row = indicator_service.indicator_row(s, change.record_id)
            indicator_service.update_indicator(s, change.record_id, actor=actor,
                                               **change.values)
            applied.indicator_edits.append(
                (before_row, indicator_service.indicator_row(s, change.record_id)))
    return applied
