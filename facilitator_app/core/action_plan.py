"""Decisions and action plans as plain records, and the rules that need no database.

A decision is a priority the cluster adopted after a vote; each has an
action plan (actions with a lead member, partners, dates, a budget estimate,
a status) and each action its monitoring and evaluation indicators. The
services (``services.decisions``) read and write them; the screens, the
workbook and the report read the records below. An action is *overdue*
when its due date has passed and it is neither done nor dropped, whatever
status it was last given: that is what a follow-up meeting must look at
first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from facilitator_app.core.domain import Choice, label_of
from facilitator_app.core.health import HealthCheck
from facilitator_app.core.roster_fields import QT_TRANSLATE_NOOP
from facilitator_app.core.voting.results import TallyResult

T = QT_TRANSLATE_NOOP

ACTION_STATUSES: list[Choice] = [
    ("not_started", T("action_plan", "Not started")),
    ("on_track", T("action_plan", "On track")),
    ("late", T("action_plan", "Late")),
    ("done", T("action_plan", "Done")),
    ("dropped", T("action_plan", "Dropped")),
]
STATUS_KEYS = tuple(k for k, _ in ACTION_STATUSES)
CLOSED_STATUSES = frozenset({"done", "dropped"})


def status_label(key: str) -> str:
    return label_of(ACTION_STATUSES, key)


def status_key(text: str) -> str | None:
    """The status a typed word means ("On track", "on_track", "DONE" ...), else None."""
    folded = "_".join(text.strip().lower().replace("-", " ").split())
    for key, label in ACTION_STATUSES:
        if folded in (key, "_".join(label.lower().split())):
            return key
    return None


def is_overdue(due: date | None, status: str, today: date) -> bool:
    """Due date passed and the action is neither done nor dropped."""
    return due is not None and due < today and status not in CLOSED_STATUSES


@dataclass(frozen=True)
class DecisionView:
    """One adopted priority."""

    id: int
    uid: str
    workshop_id: int
    workshop_title: str
    workshop_date: date | None
    round_id: int | None
    round_title: str
    priority_id: int | None
    priority_title: str
    statement: str
    basis: str
    adopted_at: datetime
    adopted_by: str
    actions: int = 0
    #: the facts ``basis`` was said from, so each output says it in its own
    #: language; None when they cannot be had again (the round was deleted,
    #: reopened or changed since): then ``basis`` stands, in English as recorded
    placement: Placement | None = None


@dataclass(frozen=True)
class Placement:
    """How a closed round placed an adopted priority: the round's title, the
    option's label in it and the round's result."""

    round_title: str
    option: str
    result: TallyResult


@dataclass(frozen=True)
class IndicatorView:
    id: int
    uid: str
    action_id: int
    name: str
    baseline: float | None
    target: float | None
    actual: float | None
    unit: str
    source: str
    measured_on: date | None

    @property
    def progress(self) -> float | None:
        """How far from baseline to target the actual value is (0 to 1 and beyond)."""
        if self.target is None or self.actual is None:
            return None
        start = self.baseline or 0.0
        if self.target == start:
            return None
        return (self.actual - start) / (self.target - start)


@dataclass(frozen=True)
class ActionView:
    """One action with what the screens and sheets show about it."""

    id: int
    uid: str
    decision_id: int
    decision_title: str
    workshop_id: int
    workshop_title: str
    title: str
    lead_id: int | None
    lead_name: str
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    start_date: date | None
    due_date: date | None
    budget: Decimal | None
    currency: str
    status: str
    notes: str
    overdue: bool
    indicators: tuple[IndicatorView, ...] = ()

    @property
    def status_text(self) -> str:
        return status_label(self.status)

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def budget_text(self) -> str:
        if self.budget is None:
            return ""
        amount = f"{self.budget:,.2f}"
        return f"{amount} {self.currency}".strip()


# ----- the health check (success factor 11) ---------------------------------------
MIN_ON_TRACK = 0.75


@dataclass(frozen=True)
class ActionFigures:
    """What the "actions on track" check needs."""

    actions: int = 0  # every action, dropped ones included
    open: int = 0  # neither done nor dropped
    late: int = 0  # open, and marked late or overdue
    done: int = 0
    with_indicators: int = 0  # actions (not dropped) that have an indicator

    @property
    def on_track(self) -> int:
        return self.open - self.late


def check_actions_on_track(fig: ActionFigures) -> HealthCheck:
    """Passed when at least 75% of the open actions are neither late nor overdue;
    unknown while there is no action plan or nothing is open."""
    params = {"on_track": fig.on_track, "open": fig.open, "late": fig.late,
              "done": fig.done, "minimum": round(MIN_ON_TRACK * 100),
              "indicators": fig.with_indicators}
    passed: bool | None
    if fig.actions == 0:
        passed, figure = None, T("health", "no action plan yet")
    elif fig.open == 0:
        passed, figure = None, T("health", "no open action ({done} done)")
    else:
        passed = fig.on_track / fig.open >= MIN_ON_TRACK
        params["percent"] = round(fig.on_track / fig.open * 100)
        figure = T("health", "{on_track} of {open} open actions on track ({late} late), "
                             "{done} done")
    return HealthCheck(
        id="actions_on_track",
        title=T("health", "Actions on track"),
        figure=figure,
        threshold=T("health", "at least {minimum}% of open actions"),
        passed=passed,
        explanation=T(
            "health",
            "An initiative that follows up its action plan against indicators keeps its "
            "members' trust; late actions nobody reviews are how priorities are quietly "
            "dropped.",
        ),
        factor=11,
        reference=T("health", "Cluster Initiative Greenbook"),
        value=(fig.on_track / fig.open) if fig.open else None,
        params=params,
        topic="action_plan",
    )


# ----- the workbook's sheets, as sent to members and read back ------------------------
ACTION_SHEET = "Action plan"
INDICATOR_SHEET = "Indicators"
DECISION_SHEET = "Decisions"
ACTION_ID = "Action ID (keep as it is)"
INDICATOR_ID = "Indicator ID (keep as it is)"
#: The Action plan sheet's columns, in order; the import reads them by title.
ACTION_COLUMNS = (ACTION_ID, "Priority", "Action", "Lead", "Partners", "Start", "Due",
                  "Budget estimate", "Currency", "Status", "Overdue", "Notes")
#: The Indicators sheet's columns.
INDICATOR_COLUMNS = (INDICATOR_ID, ACTION_ID, "Action", "Indicator", "Baseline", "Target",
                     "Actual", "Unit", "Source", "Date measured")
#: Columns the import reads nothing from (worked out by the app).
READ_ONLY_COLUMNS = frozenset({"Overdue"})
PARTNER_SEPARATOR = "; "
