"""Following the action plan up: the figures of the "actions on track" check
(success factor 11) and the summary a report or a review starts from."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.core.action_plan import (
    CLOSED_STATUSES,
    ActionFigures,
    check_actions_on_track,
    is_overdue,
)
from facilitator_app.core.health import HealthCheck
from facilitator_app.storage.models import Action, Indicator


def action_figures(s: Session, today: date | None = None) -> ActionFigures:
    """Counts of the workspace's actions: open, late (marked late or overdue), done."""
    today = today or date.today()
    with_indicators = set(s.scalars(select(Indicator.action_id).distinct()))
    actions = opened = late = done = measured = 0
    for action_id, status, due in s.execute(
            select(Action.id, Action.status, Action.due_date)):
        actions += 1
        if status == "done":
            done += 1
        if status != "dropped" and action_id in with_indicators:
            measured += 1
        if status in CLOSED_STATUSES:
            continue
        opened += 1
        if status == "late" or is_overdue(due, status, today):
            late += 1
    return ActionFigures(actions=actions, open=opened, late=late, done=done,
                         with_indicators=measured)


def action_health(s: Session, today: date | None = None) -> list[HealthCheck]:
    return [check_actions_on_track(action_figures(s, today))]
