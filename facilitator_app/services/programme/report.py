"""The programme report: every cluster sent to the programme database, side by side.

:func:`gather_programme` reads the programme database one workspace at a
time (``programme.extract``: a private copy of that workspace's live rows)
and asks the app's own services for its figures: the profile, the roster
counts of the health checks, each workshop's report data (the consensus
figures of the workshop workbook come from there), decisions, the action
plan with its overdue flags, and the health checks. So a cluster's figures
in the programme workbook are the ones its facilitator's app shows.

:func:`write_programme_report` writes them as a workbook
(``programme.workbook``); :func:`export_programme` does both, for the
``programme report`` command.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from facilitator_app import __version__
from facilitator_app.core.action_plan import ACTION_STATUSES, Placement
from facilitator_app.core.domain import MEMBER_TYPES, label_of
from facilitator_app.core.errors import BadInputError
from facilitator_app.export.report_model import ReportData
from facilitator_app.i18n.messages import _
from facilitator_app.services.programme.extract import (
    WorkspaceTemplate,
    data_tables,
    live_rows,
    workspace_copy,
)
from facilitator_app.storage.models import Member
from facilitator_app.storage.programme_models import programme_workspaces

#: Progress callback: (fraction done, what is being done).
Progress = Callable[[float, str], None]


def no_progress(_fraction: float, _text: str) -> None:
    """The default progress callback: nothing to show."""


NO_TYPE = "(type not set)"


@dataclass(frozen=True)
class ClusterRow:
    """One workspace as the Clusters sheet shows it."""

    workspace_uid: str
    name: str
    country: str
    sector: str
    cluster_type: str
    maturity: str
    facilitator: str
    members: int
    active: int
    active_by_type: dict[str, int]  # type label -> active members
    firm_share: float | None  # active firms / active members (the health check's figure)
    women_led: int  # active members marked women-led
    women_led_known: int  # active members whose women-led field is filled in
    workshops: int
    last_sent_at: datetime | None
    last_sent_by: str
    app_version: str

    @property
    def women_led_share(self) -> float | None:
        return self.women_led / self.women_led_known if self.women_led_known else None


@dataclass(frozen=True)
class WorkshopYear:
    """A cluster's workshops of one year (``year`` None: undated)."""

    cluster: str
    country: str
    year: int | None
    workshops: int = 0
    held: int = 0
    attendees: int = 0
    voters: int = 0
    observers: int = 0
    rounds: int = 0
    ballots: int = 0
    priorities: int = 0
    decisions: int = 0


@dataclass(frozen=True)
class PriorityRow:
    """A candidate priority, with how one vote round placed it (round None: never voted)."""

    cluster: str
    country: str
    workshop: str
    year: int | None
    priority: str
    area: str
    adopted: bool
    priority_uid: str = ""  # "" for a round's option whose priority was deleted
    round_title: str = ""
    round_number: int | None = None
    method: str = ""
    round_status: str = ""
    position: int | None = None
    score: Any = None
    score_means: str = ""
    score_is_share: bool = False
    counted: int | None = None
    kendall_w: Any = None
    w_words: str = ""
    tastle_wierman: Any = None
    tw_words: str = ""
    support: Any = None
    consensus_reached: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class DecisionRow:
    cluster: str
    country: str
    workshop: str
    workshop_date: date | None
    priority: str
    area: str
    round_title: str
    basis: str  # in English, as the decision recorded it
    statement: str
    adopted_at: datetime
    adopted_by: str
    actions: int
    placement: Placement | None = None  # the facts ``basis`` was said from, when at hand

    def basis_in(self, lang: str) -> str:
        """How the vote placed the priority, in ``lang`` when its facts came
        along from the workspace, else as recorded."""
        if self.placement is None:
            return self.basis
        from facilitator_app.export.report_basis import placement_words

        return placement_words(self.placement, lang)


@dataclass(frozen=True)
class ActionRow:
    workspace_uid: str
    cluster: str
    country: str
    workshop: str
    priority: str
    title: str
    lead: str
    start_date: date | None
    due_date: date | None
    budget: Decimal | None
    currency: str
    status: str
    status_text: str
    overdue: bool
    indicators: int


@dataclass(frozen=True)
class HealthRow:
    cluster: str
    country: str
    check: str
    figure: str
    threshold: str
    passed: bool | None
    factor: str
    value: float | None
    # the English templates of ``figure`` and ``threshold`` and what fills
    # them, for a workbook in another language (core.health)
    figure_template: str = ""
    threshold_template: str = ""
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class ProgrammeData:
    """Everything the programme workbook shows."""

    clusters: list[ClusterRow] = field(default_factory=list)
    workshops: list[WorkshopYear] = field(default_factory=list)
    priorities: list[PriorityRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    health: list[HealthRow] = field(default_factory=list)
    generated_at: datetime = field(
        default_factory=lambda: datetime.now(UTC).replace(tzinfo=None, microsecond=0))
    app_version: str = __version__
    database: str = ""  # where it was read from (no password)
    today: date = field(default_factory=date.today)

    @property
    def type_labels(self) -> list[str]:
        """The member types any cluster has active members of, in the app's order."""
        present = {label for c in self.clusters for label, n in c.active_by_type.items() if n}
        order = [label for _key, label in MEMBER_TYPES]
        known = [label for label in order if label in present]
        others = sorted(label for label in present if label not in order and label != NO_TYPE)
        return known + others + ([NO_TYPE] if NO_TYPE in present else [])

    def action_status_counts(self) -> list[tuple[str, str, Counter[str], int]]:
        """(cluster, country, count by status, overdue) for each cluster with actions
        (two clusters of the same name stay apart: grouped by workspace)."""
        out: dict[str, tuple[ActionRow, Counter[str], list[int]]] = {}
        for a in self.actions:
            _first, counts, overdue = out.setdefault(a.workspace_uid, (a, Counter(), [0]))
            counts[a.status] += 1
            overdue[0] += int(a.overdue)
        return [(a.cluster, a.country, counts, overdue[0])
                for a, counts, overdue in out.values()]


# --------------------------------------------------------------------------- one cluster


def _women_led(s: Session) -> tuple[int, int]:
    active = Member.status == "active"
    yes = s.scalar(select(func.count()).select_from(Member)
                   .where(active, Member.women_led.is_(True))) or 0
    known = s.scalar(select(func.count()).select_from(Member)
                     .where(active, Member.women_led.is_not(None))) or 0
    return int(yes), int(known)


def _cluster_row(s: Session, sent: Any, workshops: int) -> ClusterRow:
    from facilitator_app.services.health import roster_figures
    from facilitator_app.services.profile import get_profile

    profile = get_profile(s)
    roster = roster_figures(s)
    by_type = {label_of(MEMBER_TYPES, key) if key else NO_TYPE: int(n)
               for key, n in roster.active_by_type.items()}
    women, known = _women_led(s)
    last = sent.last_sent_at
    if isinstance(last, datetime) and last.tzinfo is not None:
        last = last.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    return ClusterRow(
        workspace_uid=sent.workspace_uid,
        name=profile.name or sent.cluster_name or "",
        country=profile.country or sent.country or "",
        sector=profile.sector or sent.sector or "",
        cluster_type=profile.cluster_type,
        maturity=profile.maturity,
        facilitator=profile.facilitator,
        members=roster.members,
        active=roster.active,
        active_by_type=by_type,
        firm_share=roster.active_firms / roster.active if roster.active else None,
        women_led=women,
        women_led_known=known,
        workshops=workshops,
        last_sent_at=last,
        last_sent_by=sent.last_sent_by or "",
        app_version=sent.app_version or "",
    )


def _priority_rows(cluster: str, country: str, report: ReportData, adopted: set[int]
                   ) -> list[PriorityRow]:
    """The workshop's priorities, one row per round that ranked each (the same
    figures as the workshop workbook's Results and Consensus sheets)."""
    from facilitator_app.core.voting import method_spec
    from facilitator_app.core.voting_words import cns_words, w_words
    from facilitator_app.services.reports import OPEN_SECRET_NOTE

    w = report.workshop
    year = w.date.year if w.date else None
    base = {p.id: PriorityRow(cluster=cluster, country=country, workshop=w.title, year=year,
                              priority=p.title, area=p.category, adopted=p.id in adopted,
                              priority_uid=p.uid)
            for p in report.priorities}
    rows: list[PriorityRow] = []
    voted: set[int] = set()
    for r in report.rounds:
        res = r.all_voters
        by_label = {o.label: o.priority_id for o in r.info.options}
        status = "Closed" if r.info.status == "closed" else "Open"
        if r.firms_note == OPEN_SECRET_NOTE:  # no results written before it closes
            for o in r.info.options:
                if o.priority_id in base:
                    voted.add(o.priority_id)
                    rows.append(replace(base[o.priority_id], round_title=r.title,
                                        round_number=r.number, method=r.method_label,
                                        round_status=status, note=r.firms_note))
            continue
        spec = method_spec(r.method)
        cons = res.consensus
        kendall = cons.kendall_w if spec.ranked else None
        tw = cons.tastle_wierman or {}
        support = cons.support or {}
        for ro in res.ranking:
            pid = by_label.get(ro.option)
            row = base.get(pid) if pid is not None else None
            if row is None:  # an option whose priority is gone: its title as the round had it
                row = PriorityRow(cluster=cluster, country=country, workshop=w.title,
                                  year=year, priority=r.priority_title(ro.option), area="",
                                  adopted=False)
            elif pid is not None:
                voted.add(pid)
            stats = res.rating_stats.get(ro.option)
            cns = tw.get(ro.option)
            reached = stats.consensus if stats is not None else None
            rows.append(replace(
                row, round_title=r.title, round_number=r.number, method=r.method_label,
                round_status=status, position=ro.position, score=ro.score,
                score_means=spec.score_meaning, score_is_share=spec.score_is_share,
                counted=res.counted, kendall_w=kendall,
                w_words=w_words(kendall) if spec.ranked and res.counted else "",
                tastle_wierman=cns, tw_words=cns_words(cns) if cns is not None else "",
                support=support.get(ro.option),
                consensus_reached=None if reached is None else bool(reached),
            ))
    rows.extend(replace(row, note="Not put to a vote")
                for pid, row in base.items() if pid not in voted)
    return rows


def _gather_cluster(s: Session, sent: Any, data: ProgrammeData) -> None:
    from facilitator_app.services import decisions as decision_service
    from facilitator_app.services.health import health_checks
    from facilitator_app.services.reports import gather
    from facilitator_app.services.workshops import list_workshops

    workshops = list_workshops(s)
    cluster = _cluster_row(s, sent, len(workshops))
    data.clusters.append(cluster)
    name, country = cluster.name, cluster.country

    decisions = decision_service.list_decisions(s)
    area_of: dict[int, str] = {}
    years: dict[int | None, dict[str, int]] = {}
    for w in sorted(workshops, key=lambda w: (w.date or date.min, w.id)):
        report = gather(s, w.id)
        area_of.update({p.id: p.category for p in report.priorities})
        adopted = {d.priority_id for d in decisions
                   if d.workshop_id == w.id and d.priority_id is not None}
        data.priorities.extend(_priority_rows(name, country, report, adopted))
        year = years.setdefault(w.date.year if w.date else None, Counter())
        year["workshops"] += 1
        year["held"] += int(w.status == "held")
        year["attendees"] += w.attendees
        year["voters"] += w.voters
        year["observers"] += w.observers
        year["rounds"] += len(report.rounds)
        year["ballots"] += sum(r.ballots for r in report.rounds)
        year["priorities"] += len(report.priorities)
        year["decisions"] += len(report.decisions)
    for y in sorted(years, key=lambda y: (y is None, y or 0)):
        data.workshops.append(WorkshopYear(cluster=name, country=country, year=y, **years[y]))

    dates = {w.id: w.date for w in workshops}
    for d in decisions:
        data.decisions.append(DecisionRow(
            cluster=name, country=country, workshop=d.workshop_title,
            workshop_date=d.workshop_date or dates.get(d.workshop_id),
            priority=d.priority_title,
            area=area_of.get(d.priority_id, "") if d.priority_id is not None else "",
            round_title=d.round_title, basis=d.basis, statement=d.statement,
            adopted_at=d.adopted_at, adopted_by=d.adopted_by, actions=d.actions,
            placement=d.placement))
    for a in decision_service.list_actions(s, today=data.today):
        data.actions.append(ActionRow(
            workspace_uid=cluster.workspace_uid, cluster=name, country=country, workshop=a.workshop_title,
            priority=a.decision_title, title=a.title, lead=a.lead_name,
            start_date=a.start_date, due_date=a.due_date, budget=a.budget,
            currency=a.currency, status=a.status,
            status_text=label_of(ACTION_STATUSES, a.status), overdue=a.overdue,
            indicators=len(a.indicators)))
    for check in health_checks(s):
        data.health.append(HealthRow(
            cluster=name, country=country, check=check.title, figure=check.figure_text,
            threshold=check.threshold_text, passed=check.passed,
            factor=check.factor_name, value=check.value, figure_template=check.figure,
            threshold_template=check.threshold, params=dict(check.params)))


# --------------------------------------------------------------------------- the programme


def sent_workspaces(conn: Connection) -> list[Any]:
    """The programme's workspaces, by cluster name."""
    pw = programme_workspaces
    return list(conn.execute(
        select(pw.c.workspace_uid, pw.c.cluster_name, pw.c.country, pw.c.sector,
               pw.c.last_sent_at, pw.c.last_sent_by, pw.c.app_version)
        .order_by(pw.c.cluster_name, pw.c.country, pw.c.workspace_uid)))


def gather_programme(engine: Engine, progress: Progress = no_progress) -> ProgrammeData:
    """Read every workspace sent to the programme database (one read transaction;
    the live rows of every workspace are held in memory while they are counted)."""
    data = ProgrammeData(database=engine.url.render_as_string(hide_password=True))
    progress(0.0, "Preparing")
    template = WorkspaceTemplate()
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":  # one snapshot for the whole report
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, "
                                     "READ ONLY")
            sent = sent_workspaces(conn)
            progress(0.02, "Reading the programme database")
            rows = live_rows(conn, data_tables(conn))
            for n, row in enumerate(sent):
                progress(0.1 + 0.85 * n / max(len(sent), 1),
                         f"Counting {row.cluster_name or row.workspace_uid}")
                with workspace_copy(template, rows, row.workspace_uid) as s:
                    _gather_cluster(s, row, data)
    finally:
        template.close()
    data.clusters.sort(key=lambda c: (c.name.casefold(), c.country.casefold()))
    progress(1.0, "Read")
    return data


def check_report_target(path: str | Path) -> Path:
    """A usable .xlsx path in a folder that exists, or BadInputError."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise BadInputError(_("{name}: the programme report is a workbook; give a file name "
                              "ending in .xlsx.", name=target.name))
    if target.is_dir():
        raise BadInputError(_("{target} is a folder: give a file name.", target=target))
    if not target.parent.is_dir():
        raise BadInputError(_("The folder {parent} does not exist.", parent=target.parent))
    return target


def write_programme_report(path: str | Path, data: ProgrammeData,
                           progress: Progress = no_progress, lang: str = "en") -> Path:
    """Write the workbook of ``data`` in ``lang`` (its sheet names, headers
    and the app's own words; the data as it was typed)."""
    from facilitator_app.services.programme.workbook import write_programme_workbook

    return write_programme_workbook(check_report_target(path), data, progress, lang=lang)


def export_programme(engine: Engine, path: str | Path, progress: Progress = no_progress,
                     lang: str = "en") -> tuple[Path, ProgrammeData]:
    """Gather the programme and write its workbook in ``lang``; returns the
    path and the data."""
    target = check_report_target(path)
    data = gather_programme(engine, lambda f, t: progress(0.6 * f, t))
    return write_programme_report(target, data, lambda f, t: progress(0.6 + 0.4 * f, t),
                                  lang), data
