"""The health panel's checks, computed from a workspace.

Each source of checks is a function ``(session) -> list[HealthCheck]`` in
:data:`CHECK_SOURCES`: it gathers its figures with a few aggregate queries
and hands them to the pure checks in ``core.health``. The roster's checks
are here; the workshop and voting features add theirs (e.g. "a workshop in
the last 12 months", "consensus on the last vote") with
:func:`register_source`, and the panel shows them in order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.core.health import (
    ActivityFigures,
    HealthCheck,
    RosterFigures,
    activity_checks,
    roster_checks,
)
from facilitator_app.storage.models import ClusterProfile, Member, VoteRound

CheckSource = Callable[[Session], list[HealthCheck]]


def roster_figures(session: Session) -> RosterFigures:
    """Member counts the roster checks need (aggregates, no member objects)."""
    total = int(session.scalar(select(func.count()).select_from(Member)) or 0)
    active = Member.status == "active"
    by_type = {
        key: int(n)
        for key, n in session.execute(
            select(Member.member_type, func.count()).where(active).group_by(Member.member_type)
        )
    }
    foreign = int(session.scalar(
        select(func.count()).select_from(Member)
        .where(active, Member.ownership.in_(("foreign", "joint")))
    ) or 0)
    ownership_known = int(session.scalar(
        select(func.count()).select_from(Member).where(active, Member.ownership.is_not(None))
    ) or 0)
    countries: dict[str, int] = {
        country: int(n)
        for country, n in session.execute(
            select(Member.country, func.count())
            .where(active, Member.country.is_not(None))
            .group_by(Member.country)
        )
        if country is not None
    }
    cluster_country = session.scalar(
        select(ClusterProfile.country).order_by(ClusterProfile.id).limit(1)
    ) or ""
    return RosterFigures(
        members=total,
        active=sum(by_type.values()),
        active_by_type=by_type,
        active_foreign_or_joint=foreign,
        active_ownership_known=ownership_known,
        active_countries=countries,
        cluster_country=cluster_country,
    )


def roster_health(session: Session) -> list[HealthCheck]:
    return roster_checks(roster_figures(session))


def activity_figures(session: Session, today: date | None = None) -> ActivityFigures:
    """Workshops held in the last 12 months and the latest closed vote round."""
    from facilitator_app.core.voting import method_spec
    from facilitator_app.services import voting
    from facilitator_app.services.attendance import workshops_in_last_12_months

    today = today or date.today()
    recent = workshops_in_last_12_months(session, today)
    dates = [w.date for w in recent if w.date is not None]
    last = session.scalar(
        select(VoteRound).where(VoteRound.status == "closed")
        .order_by(VoteRound.closed_at.desc(), VoteRound.id.desc()).limit(1)
    )
    if last is None:
        return ActivityFigures(len(recent), max(dates).isoformat() if dates else "")
    result = voting.tally_round(session, last.id, view="all").result
    reached = result.consensus.consensus_reached
    w = result.consensus.kendall_w
    return ActivityFigures(
        workshops_last_12_months=len(recent),
        last_workshop=max(dates).isoformat() if dates else "",
        last_round_method=last.method,
        last_round_title=last.title,
        last_round_kendall_w=float(w) if w is not None else None,
        last_round_consensus_options=(
            len(reached or ()) if method_spec(last.method).winners_reach_consensus else None),
    )


def activity_health(session: Session) -> list[HealthCheck]:
    return activity_checks(activity_figures(session))


def action_plan_health(session: Session) -> list[HealthCheck]:
    """Actions on track (success factor 11), from ``services.decisions``."""
    from facilitator_app.services.decisions.follow_up import action_health

    return action_health(session)


CHECK_SOURCES: list[CheckSource] = [roster_health, activity_health, action_plan_health]


def register_source(source: CheckSource) -> None:
    """Add a source of checks (once); the panel lists sources in this order."""
    if source not in CHECK_SOURCES:
        CHECK_SOURCES.append(source)


def health_checks(session: Session) -> list[HealthCheck]:
    """Every check of every registered source."""
    checks: list[HealthCheck] = []
    for source in CHECK_SOURCES:
        checks.extend(source(session))
    return checks
