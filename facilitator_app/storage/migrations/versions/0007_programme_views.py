"""The analysts' views of the programme database (issue 20).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

PostgreSQL only (a workspace file has nothing to gather across clusters):
read-only views with plain column names that a programme officer can point
LibreOffice, Power BI or Metabase at, one per sheet of the programme
workbook:

- ``v_clusters``: one row per workspace sent (profile, member counts,
  share of firms, women-led share, workshops, when it was last sent);
- ``v_members_by_type``: members and active members per cluster and type;
- ``v_workshops``: one row per workshop, with its year and head counts;
- ``v_priorities``: one row per candidate priority, its objective area,
  the rounds it was put to and whether it was adopted;
- ``v_decisions``: the priorities adopted, with statement and basis;
- ``v_actions``: the action plans, with status and an ``overdue`` flag;
- ``v_health``: per cluster, the figures of the health checks SQL can
  count (active members, share of firms, member types, recent workshops,
  open and late actions) and whether each meets its threshold.

Every row is a live one: a record the sync marked deleted in
``programme_records`` is left out, and so is a row no record claims. The
figures that need the voting engine (Kendall's W, Tastle-Wierman, support)
are in the programme workbook only.

The views are built from light table handles of the schema as it is at
this revision (not the app's models, which move on), compiled by
SQLAlchemy; the thresholds are the app's at this revision. PostgreSQL
refuses to change or drop a column a view reads: a later revision that does
must drop these views first and create them again after (``create_views``
of this module, or its own version of them).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIEWS = ("v_clusters", "v_members_by_type", "v_workshops", "v_priorities", "v_decisions",
         "v_actions", "v_health")

# Health thresholds (core.health and core.action_plan at this revision).
MIN_ACTIVE_MEMBERS = 10
MIN_FIRM_SHARE = 0.5
MIN_MEMBER_TYPES = 2
MIN_ON_TRACK = 0.75


def _t(name: str, *columns: str) -> sa.TableClause:
    return sa.table(name, *(sa.column(c) for c in ("id", "uid", *columns)))


records = sa.table("programme_records", sa.column("table_name"), sa.column("record_uid"),
                   sa.column("workspace_uid"), sa.column("deleted_at"))
workspaces = sa.table("programme_workspaces", sa.column("workspace_uid"),
                      sa.column("cluster_name"), sa.column("country"), sa.column("sector"),
                      sa.column("first_sent_at"), sa.column("last_sent_at"),
                      sa.column("last_sent_by"), sa.column("app_version"))
profile = _t("cluster_profile", "name", "country", "sector", "cluster_type", "maturity",
             "facilitator")
members = _t("members", "name", "member_type", "status", "women_led")
workshops = _t("workshops", "title", "date", "status", "venue", "facilitator")
attendance = _t("attendance", "workshop_id", "role")
priorities = _t("priorities", "workshop_id", "title", "category", "source_kind")
rounds = _t("vote_rounds", "workshop_id", "title", "status")
options = _t("round_options", "round_id", "priority_id")
ballots = _t("ballots", "round_id")
decisions = _t("decisions", "workshop_id", "round_id", "priority_id", "priority_title",
               "statement", "basis", "adopted_at", "adopted_by")
actions = _t("actions", "decision_id", "title", "lead_member_id", "start_date", "due_date",
             "budget", "currency", "status")
indicators = _t("indicators", "action_id")


def _live(t: sa.TableClause) -> sa.Exists:
    """``t``'s row is one the sync keeps (a live record claims it)."""
    return sa.exists().where(records.c.table_name == t.name,
                             records.c.record_uid == t.c.uid,
                             records.c.deleted_at.is_(None))


def _owned(t: sa.TableClause) -> sa.Select[Any]:
    """``t``'s live rows with the workspace each came from (``workspace_uid``)."""
    r = records.alias(f"r_{t.name}")
    return (sa.select(r.c.workspace_uid, *t.c)
            .join(r, sa.and_(r.c.table_name == t.name, r.c.record_uid == t.c.uid))
            .where(r.c.deleted_at.is_(None)))


def _count(t: sa.TableClause, *where: Any) -> sa.ScalarSelect[Any]:
    return sa.select(sa.func.count()).select_from(t).where(_live(t), *where).scalar_subquery()


def _clusters() -> sa.Subquery:
    """Each workspace with its cluster's name and country as the app shows them."""
    p = _owned(profile).subquery("p")
    return (
        sa.select(
            workspaces.c.workspace_uid,
            sa.func.coalesce(sa.func.nullif(p.c.name, ""), workspaces.c.cluster_name,
                             "").label("cluster"),
            sa.func.coalesce(sa.func.nullif(p.c.country, ""), workspaces.c.country,
                             "").label("country"),
            sa.func.coalesce(sa.func.nullif(p.c.sector, ""), workspaces.c.sector,
                             "").label("sector"),
            p.c.cluster_type, p.c.maturity, p.c.facilitator,
            workspaces.c.first_sent_at, workspaces.c.last_sent_at, workspaces.c.last_sent_by,
            workspaces.c.app_version,
        )
        .select_from(workspaces)
        .outerjoin(p, p.c.workspace_uid == workspaces.c.workspace_uid)
        .subquery("c")
    )


def _share(part: Any, whole: Any) -> Any:
    return sa.cast(part, sa.Numeric) / sa.func.nullif(whole, 0)


def _member_figures() -> sa.Subquery:
    m = _owned(members).subquery("m")
    active = m.c.status == "active"
    return (
        sa.select(
            m.c.workspace_uid,
            sa.func.count().label("members"),
            sa.func.count().filter(active).label("active_members"),
            sa.func.count().filter(active, m.c.member_type == "firm").label("active_firms"),
            sa.func.count().filter(active, m.c.women_led.is_(True)).label("women_led"),
            sa.func.count().filter(active, m.c.women_led.is_not(None))
            .label("women_led_recorded"),
            sa.func.count(sa.distinct(m.c.member_type)).filter(active)
            .label("member_types"),
        )
        .group_by(m.c.workspace_uid)
        .subquery("mf")
    )


def v_clusters() -> sa.Select[Any]:
    c, mf = _clusters(), _member_figures()
    w = _owned(workshops).subquery("w")
    held = (sa.select(w.c.workspace_uid, sa.func.count().label("workshops"))
            .group_by(w.c.workspace_uid).subquery("wf"))
    members_ = sa.func.coalesce(mf.c.members, 0)
    active = sa.func.coalesce(mf.c.active_members, 0)
    return (
        sa.select(
            c.c.workspace_uid, c.c.cluster, c.c.country, c.c.sector, c.c.cluster_type,
            c.c.maturity, c.c.facilitator,
            members_.label("members"), active.label("active_members"),
            sa.func.coalesce(mf.c.active_firms, 0).label("active_firms"),
            _share(mf.c.active_firms, active).label("share_of_firms"),
            sa.func.coalesce(mf.c.women_led, 0).label("women_led"),
            sa.func.coalesce(mf.c.women_led_recorded, 0).label("women_led_recorded"),
            _share(mf.c.women_led, mf.c.women_led_recorded).label("women_led_share"),
            sa.func.coalesce(held.c.workshops, 0).label("workshops"),
            c.c.first_sent_at, c.c.last_sent_at, c.c.last_sent_by, c.c.app_version,
        )
        .select_from(c)
        .outerjoin(mf, mf.c.workspace_uid == c.c.workspace_uid)
        .outerjoin(held, held.c.workspace_uid == c.c.workspace_uid)
    )


def v_members_by_type() -> sa.Select[Any]:
    c = _clusters()
    m = _owned(members).subquery("m")
    return (
        sa.select(c.c.workspace_uid, c.c.cluster, c.c.country,
                  m.c.member_type, sa.func.count().label("members"),
                  sa.func.count().filter(m.c.status == "active").label("active_members"))
        .select_from(c)
        .join(m, m.c.workspace_uid == c.c.workspace_uid)
        .group_by(c.c.workspace_uid, c.c.cluster, c.c.country, m.c.member_type)
    )


def v_workshops() -> sa.Select[Any]:
    c = _clusters()
    w = _owned(workshops).subquery("w")
    voters = _count(attendance, attendance.c.workshop_id == w.c.id,
                    attendance.c.role == "voter")
    observers = _count(attendance, attendance.c.workshop_id == w.c.id,
                       attendance.c.role == "observer")
    in_rounds = (sa.select(rounds.c.id).where(rounds.c.workshop_id == w.c.id, _live(rounds))
                 .correlate(w).scalar_subquery())  # two levels down: said explicitly
    return (
        sa.select(
            c.c.workspace_uid, c.c.cluster, c.c.country,
            w.c.uid.label("workshop_uid"), w.c.title.label("workshop"),
            w.c.date.label("workshop_date"),
            sa.cast(sa.extract("year", w.c.date), sa.Integer).label("year"),
            w.c.status, w.c.venue, w.c.facilitator,
            voters.label("voting_members"), observers.label("observers"),
            (voters + observers).label("attendees"),
            _count(rounds, rounds.c.workshop_id == w.c.id).label("vote_rounds"),
            _count(ballots, ballots.c.round_id.in_(in_rounds)).label("ballots"),
            _count(priorities, priorities.c.workshop_id == w.c.id)
            .label("candidate_priorities"),
            _count(decisions, decisions.c.workshop_id == w.c.id).label("decisions"),
        )
        .select_from(c)
        .join(w, w.c.workspace_uid == c.c.workspace_uid)
    )


def v_priorities() -> sa.Select[Any]:
    c = _clusters()
    p = _owned(priorities).subquery("p")
    return (
        sa.select(
            c.c.workspace_uid, c.c.cluster, c.c.country,
            workshops.c.uid.label("workshop_uid"), workshops.c.title.label("workshop"),
            workshops.c.date.label("workshop_date"),
            sa.cast(sa.extract("year", workshops.c.date), sa.Integer).label("year"),
            p.c.uid.label("priority_uid"), p.c.title.label("priority"),
            sa.func.nullif(p.c.category, "").label("objective_area"), p.c.source_kind,
            _count(options, options.c.priority_id == p.c.id).label("vote_rounds"),
            sa.exists().where(decisions.c.priority_id == p.c.id, _live(decisions))
            .label("adopted"),
        )
        .select_from(c)
        .join(p, p.c.workspace_uid == c.c.workspace_uid)
        .join(workshops, workshops.c.id == p.c.workshop_id)
    )


def v_decisions() -> sa.Select[Any]:
    c = _clusters()
    d = _owned(decisions).subquery("d")
    return (
        sa.select(
            c.c.workspace_uid, c.c.cluster, c.c.country,
            workshops.c.uid.label("workshop_uid"), workshops.c.title.label("workshop"),
            workshops.c.date.label("workshop_date"),
            d.c.uid.label("decision_uid"), d.c.priority_title.label("priority"),
            sa.func.nullif(priorities.c.category, "").label("objective_area"),
            rounds.c.title.label("vote_round"), d.c.basis, d.c.statement, d.c.adopted_at,
            d.c.adopted_by,
            _count(actions, actions.c.decision_id == d.c.id).label("actions"),
        )
        .select_from(c)
        .join(d, d.c.workspace_uid == c.c.workspace_uid)
        .join(workshops, workshops.c.id == d.c.workshop_id)
        .outerjoin(priorities, priorities.c.id == d.c.priority_id)
        .outerjoin(rounds, rounds.c.id == d.c.round_id)
    )


def _overdue(a: Any) -> Any:
    return sa.and_(a.c.due_date.is_not(None), a.c.due_date < sa.func.current_date(),
                   a.c.status.not_in(("done", "dropped")))


def v_actions() -> sa.Select[Any]:
    c = _clusters()
    a = _owned(actions).subquery("a")
    return (
        sa.select(
            c.c.workspace_uid, c.c.cluster, c.c.country,
            workshops.c.title.label("workshop"), decisions.c.priority_title.label("priority"),
            a.c.uid.label("action_uid"), a.c.title.label("action"),
            members.c.name.label("lead"), a.c.start_date, a.c.due_date, a.c.budget,
            a.c.currency, a.c.status, _overdue(a).label("overdue"),
            _count(indicators, indicators.c.action_id == a.c.id).label("indicators"),
        )
        .select_from(c)
        .join(a, a.c.workspace_uid == c.c.workspace_uid)
        .join(decisions, decisions.c.id == a.c.decision_id)
        .join(workshops, workshops.c.id == decisions.c.workshop_id)
        .outerjoin(members, members.c.id == a.c.lead_member_id)
    )


def v_health() -> sa.Select[Any]:
    c, mf = _clusters(), _member_figures()
    w = _owned(workshops).subquery("w")
    recent = sa.and_(w.c.date.is_not(None), w.c.status != "cancelled",
                     w.c.date > sa.func.current_date() - sa.text("interval '1 year'"),
                     w.c.date <= sa.func.current_date())
    wf = (sa.select(w.c.workspace_uid,
                    sa.func.count().filter(recent).label("recent"))
          .group_by(w.c.workspace_uid).subquery("wf"))
    a = _owned(actions).subquery("a")
    is_open = a.c.status.not_in(("done", "dropped"))
    late = sa.or_(a.c.status == "late", _overdue(a))
    af = (sa.select(a.c.workspace_uid, sa.func.count().label("actions"),
                    sa.func.count().filter(is_open).label("open"),
                    sa.func.count().filter(is_open, late).label("late"))
          .group_by(a.c.workspace_uid).subquery("af"))
    active = sa.func.coalesce(mf.c.active_members, 0)
    firm_share = _share(mf.c.active_firms, active)
    types = sa.func.coalesce(mf.c.member_types, 0)
    recent_n = sa.func.coalesce(wf.c.recent, 0)
    open_n = sa.func.coalesce(af.c.open, 0)
    late_n = sa.func.coalesce(af.c.late, 0)
    on_track = _share(open_n - late_n, open_n)
    return (
        sa.select(
            c.c.workspace_uid, c.c.cluster, c.c.country,
            active.label("active_members"),
            (active >= MIN_ACTIVE_MEMBERS).label("active_members_ok"),
            firm_share.label("share_of_firms"),
            (firm_share >= MIN_FIRM_SHARE).label("share_of_firms_ok"),
            types.label("member_types"),
            sa.case((active == 0, sa.null()), else_=types >= MIN_MEMBER_TYPES)
            .label("member_types_ok"),
            recent_n.label("workshops_last_12_months"),
            (recent_n >= 1).label("recent_workshops_ok"),
            sa.func.coalesce(af.c.actions, 0).label("actions"),
            open_n.label("open_actions"), late_n.label("late_actions"),
            on_track.label("share_on_track"),
            (on_track >= MIN_ON_TRACK).label("actions_on_track_ok"),
        )
        .select_from(c)
        .outerjoin(mf, mf.c.workspace_uid == c.c.workspace_uid)
        .outerjoin(wf, wf.c.workspace_uid == c.c.workspace_uid)
        .outerjoin(af, af.c.workspace_uid == c.c.workspace_uid)
    )


BUILDERS = {"v_clusters": v_clusters, "v_members_by_type": v_members_by_type,
            "v_workshops": v_workshops, "v_priorities": v_priorities,
            "v_decisions": v_decisions, "v_actions": v_actions, "v_health": v_health}


def create_view(connection: sa.Connection, name: str, query: sa.Select[Any]) -> None:
    if hasattr(sa, "CreateView"):  # SQLAlchemy 2.1
        connection.execute(sa.CreateView(query, name, or_replace=True))
        return
    sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    connection.exec_driver_sql(f"CREATE OR REPLACE VIEW {name} AS {sql}".replace("%", "%%"))


def create_views(connection: sa.Connection) -> None:
    for name in VIEWS:
        create_view(connection, name, BUILDERS[name]())


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    create_views(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
