"""The programme workbook (.xlsx): the clusters of a programme side by side.

Sheets: Summary, Clusters, Workshops (per cluster and year), Objective
areas, Priorities (with the consensus figures of each round), Decisions,
Action status (per cluster), Actions (overdue first), Health. Each is one
flat table with a styled, frozen header row and filter buttons.

Written by the sheet writer the workshop workbook uses too
(:mod:`facilitator_app.export.sheet_writer`): text always stays text (a
cluster or member named ``=HYPERLINK(...)`` or ``#N/A`` is stored as a
string, never a formula or an error), characters a spreadsheet cannot hold are dropped, numbers and dates
are real cells, and the file is written atomically
(:func:`facilitator_app.export.safe_write.write_atomically`: a temporary file
renamed into place, nothing half-written left behind).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from facilitator_app import APP_NAME
from facilitator_app.core.action_plan import ACTION_STATUSES
from facilitator_app.export.safe_write import write_atomically
from facilitator_app.export.sheet_writer import (
    DECIMAL,
    FIGURE,
    PERCENT,
    Block,
    Column,
    Formatted,
    PageText,
    SheetSpec,
    discard,
    num,
    write_sheet,
    yes,
)
from facilitator_app.services.programme.report import ProgrammeData, Progress, no_progress

SHEET_NAMES = ("Summary", "Clusters", "Workshops", "Objective areas", "Priorities",
               "Decisions", "Action status", "Actions", "Health")
NO_AREA = "(no objective area)"


def _share(value: float | None) -> Any:
    return None if value is None else Formatted(value, PERCENT)


def _result(passed: bool | None) -> str:
    return {True: "Passed", False: "Not passed", None: "Unknown"}[passed]


def _summary(data: ProgrammeData) -> SheetSpec:
    countries = {c.country for c in data.clusters if c.country}
    rows: list[list[Any]] = [
        ["Clusters", len(data.clusters)],
        ["Countries", len(countries)],
        ["Members", sum(c.members for c in data.clusters)],
        ["Active members", sum(c.active for c in data.clusters)],
        ["Workshops", sum(c.workshops for c in data.clusters)],
        ["Candidate priorities", len({(p.cluster, p.priority_uid) for p in data.priorities
                                      if p.priority_uid})],
        ["Decisions", len(data.decisions)],
        ["Actions", len(data.actions)],
        ["Overdue actions", sum(a.overdue for a in data.actions)],
        ["Read from", data.database],
        ["Written (UTC)", data.generated_at],
        ["Written with", f"{APP_NAME} {data.app_version}"],
    ]
    return SheetSpec("Summary", [Block([Column("Item"), Column("Value", wrap=True, width=60)],
                                       rows)], autofilter=False, freeze="A2")


def _clusters(data: ProgrammeData) -> SheetSpec:
    types = data.type_labels
    rows = []
    for c in data.clusters:
        rows.append([
            c.name, c.country, c.sector, c.cluster_type, c.maturity.capitalize(),
            c.facilitator, c.members, c.active,
            *[c.active_by_type.get(t, 0) for t in types],
            _share(c.firm_share), c.women_led, c.women_led_known, _share(c.women_led_share),
            c.workshops, c.last_sent_at, c.last_sent_by, c.app_version,
        ])
    columns = [Column("Cluster", wrap=True, width=30), Column("Country"),
               Column("Sector", wrap=True, width=25), Column("Cluster type"),
               Column("Maturity"), Column("Facilitator"), Column("Members"),
               Column("Active members"),
               *[Column(f"Active: {t}") for t in types],
               Column("Share of firms (active)", PERCENT), Column("Women-led (active)"),
               Column("Women-led recorded (active)"), Column("Women-led share", PERCENT),
               Column("Workshops"), Column("Last sent (UTC)", "yyyy-mm-dd hh:mm", width=17),
               Column("Sent by"), Column("App version")]
    return SheetSpec("Clusters", [Block(columns, rows)], freeze="B2")


def _workshops(data: ProgrammeData) -> SheetSpec:
    rows = [[w.cluster, w.country, w.year, w.workshops, w.held, w.attendees, w.voters,
             w.observers, w.rounds, w.ballots, w.priorities, w.decisions]
            for w in data.workshops]
    columns = [Column("Cluster", wrap=True, width=30), Column("Country"),
               Column("Year", "0"), Column("Workshops"), Column("Held"),
               Column("Attendees"), Column("Voting members"), Column("Observers"),
               Column("Vote rounds"), Column("Ballots"), Column("Candidate priorities"),
               Column("Decisions")]
    return SheetSpec("Workshops", [Block(columns, rows)])


@dataclass
class _Area:
    clusters: set[str] = field(default_factory=set)
    priorities: set[tuple[str, str]] = field(default_factory=set)
    voted: set[tuple[str, str]] = field(default_factory=set)
    adopted: set[tuple[str, str]] = field(default_factory=set)
    consensus: set[tuple[str, str]] = field(default_factory=set)


def _areas(data: ProgrammeData) -> SheetSpec:
    areas: dict[str, _Area] = {}
    for p in data.priorities:
        if not p.priority_uid:
            continue  # a deleted candidate, seen only in a round's results
        area = areas.setdefault(p.area or NO_AREA, _Area())
        key = (p.cluster, p.priority_uid)
        area.clusters.add(p.cluster)
        area.priorities.add(key)
        if p.round_number is not None and p.position is not None:
            area.voted.add(key)
        if p.adopted:
            area.adopted.add(key)
        if p.consensus_reached:
            area.consensus.add(key)
    rows = [[name, len(a.clusters), len(a.priorities), len(a.voted), len(a.consensus),
             len(a.adopted)]
            for name, a in sorted(areas.items(), key=lambda kv: (kv[0] == NO_AREA, kv[0]))]
    columns = [Column("Objective area", wrap=True, width=35), Column("Clusters"),
               Column("Candidate priorities"), Column("Put to a vote"),
               Column("Consensus reached (gradients)"), Column("Adopted")]
    return SheetSpec("Objective areas", [Block(columns, rows)])


def _score(value: Any, is_share: bool) -> Any:
    """As the workshop workbook's Results sheet shows a score."""
    value = num(value)
    if value is not None and is_share:
        return Formatted(value, PERCENT)
    if isinstance(value, float):
        return Formatted(value, DECIMAL)
    return value


def _priorities(data: ProgrammeData) -> SheetSpec:
    rows = [[p.cluster, p.country, p.workshop, p.year, p.area or NO_AREA, p.priority,
             yes(p.adopted), p.round_number, p.round_title, p.method, p.round_status or None,
             p.position, _score(p.score, p.score_is_share), p.score_means or None, p.counted,
             num(p.kendall_w), p.w_words or None, num(p.tastle_wierman),
             p.tw_words or None, _share(num(p.support)),
             None if p.consensus_reached is None else yes(p.consensus_reached),
             p.note or None]
            for p in data.priorities]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Workshop", wrap=True, width=30), Column("Year", "0"),
               Column("Objective area", wrap=True, width=25),
               Column("Priority", wrap=True, width=45), Column("Adopted"), Column("Round"),
               Column("Round title", wrap=True, width=25), Column("Method", wrap=True, width=16),
               Column("Round status"), Column("Position"), Column("Score"),
               Column("Score means", wrap=True, width=16), Column("Ballots counted"),
               Column("Kendall's W", FIGURE), Column("Agreement (W)"),
               Column("Tastle-Wierman", FIGURE), Column("Agreement (Tastle-Wierman)"),
               Column("Support", PERCENT), Column("Consensus reached"),
               Column("Note", wrap=True, width=40)]
    return SheetSpec("Priorities", [Block(columns, rows)], freeze="C2")


def _decisions(data: ProgrammeData) -> SheetSpec:
    rows = [[d.cluster, d.country, d.workshop, d.workshop_date, d.area or NO_AREA,
             d.priority, d.round_title, d.basis, d.statement,
             d.adopted_at.replace(tzinfo=None, microsecond=0), d.adopted_by, d.actions]
            for d in data.decisions]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Workshop", wrap=True, width=30),
               Column("Workshop date", "yyyy-mm-dd", width=12),
               Column("Objective area", wrap=True, width=25),
               Column("Priority adopted", wrap=True, width=40),
               Column("Round", wrap=True, width=25),
               Column("How the vote placed it", wrap=True, width=40),
               Column("Decision statement", wrap=True, width=60),
               Column("Adopted (UTC)", "yyyy-mm-dd hh:mm", width=17), Column("By"),
               Column("Actions")]
    return SheetSpec("Decisions", [Block(columns, rows)], freeze="C2")


def _action_status(data: ProgrammeData) -> SheetSpec:
    statuses = [(key, label) for key, label in ACTION_STATUSES]
    rows = []
    for cluster, country, counts, overdue in data.action_status_counts():
        total = sum(counts.values())
        rows.append([cluster, country, total, *[counts.get(k, 0) for k, _ in statuses],
                     overdue, _share(overdue / total if total else None)])
    columns = [Column("Cluster", wrap=True, width=30), Column("Country"), Column("Actions"),
               *[Column(label) for _k, label in statuses], Column("Overdue"),
               Column("Share overdue", PERCENT)]
    return SheetSpec("Action status", [Block(columns, rows)])


def _actions(data: ProgrammeData) -> SheetSpec:
    ordered = sorted(data.actions, key=lambda a: (not a.overdue, a.due_date is None,
                                                  a.due_date or date.max, a.cluster))
    rows = [[a.cluster, a.country, a.workshop, a.priority, a.title, a.lead, a.start_date,
             a.due_date, float(a.budget) if a.budget is not None else None, a.currency,
             a.status_text, yes(a.overdue), a.indicators] for a in ordered]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Workshop", wrap=True, width=25), Column("Priority", wrap=True, width=30),
               Column("Action", wrap=True, width=45), Column("Lead", wrap=True, width=25),
               Column("Start", "yyyy-mm-dd", width=12), Column("Due", "yyyy-mm-dd", width=12),
               Column("Budget estimate", "#,##0.00", width=15), Column("Currency"),
               Column("Status", width=14), Column("Overdue"), Column("Indicators")]
    return SheetSpec("Actions", [Block(columns, rows)], freeze="C2")


def _health(data: ProgrammeData) -> SheetSpec:
    rows = [[h.cluster, h.country, h.check, h.figure, h.threshold, _result(h.passed),
             h.factor or None, h.value] for h in data.health]
    columns = [Column("Cluster", wrap=True, width=25), Column("Country"),
               Column("Check", wrap=True, width=25), Column("Figure", wrap=True, width=40),
               Column("Threshold", wrap=True, width=30), Column("Result"),
               Column("Success factor", wrap=True, width=35), Column("Value", "0.###")]
    return SheetSpec("Health", [Block(columns, rows)], freeze="C2")


def build_sheets(data: ProgrammeData) -> list[SheetSpec]:
    return [_summary(data), _clusters(data), _workshops(data), _areas(data),
            _priorities(data), _decisions(data), _action_status(data), _actions(data),
            _health(data)]


def write_programme_workbook(path: Path, data: ProgrammeData,
                             progress: Progress = no_progress) -> Path:
    """Write the programme workbook to ``path`` atomically; returns the path."""
    sheets = build_sheets(data)
    page = PageText("Programme report", footer_left=data.generated_at.date().isoformat())

    def writer(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        wb.properties.title = "Programme report"
        wb.properties.creator = APP_NAME
        try:
            for n, spec in enumerate(sheets):
                progress(n / len(sheets), f"Writing the {spec.name} sheet")
                write_sheet(wb, spec, page, button_room=3.0)
        except BaseException:
            discard(wb)
            raise
        wb.save(tmp)

    written = write_atomically(path, writer)
    progress(1.0, "Done")
    return written
