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
from facilitator_app.core.domain import (
    CLUSTER_TYPE_PRESETS,
    MATURITY_LEVELS,
    MEMBER_TYPES,
    PRIORITY_CATEGORIES,
    VOTING_METHODS,
)
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
)
from facilitator_app.i18n.messages import T_, Texts
from facilitator_app.services.programme.report import ProgrammeData, Progress, no_progress

SHEET_NAMES = (T_("Summary"), T_("Clusters"), T_("Workshops"), T_("Objective areas"),
               T_("Priorities"), T_("Decisions"), T_("Action status"), T_("Actions"),
               T_("Health"))
"""The sheets in English, in order (:func:`sheet_names` in another language)."""
NO_AREA = T_("(no objective area)")

# The app's own words the report's services hand over in English (the data
# it gathers stays English): written in the workbook's language.
APP_WORDS = (
    T_("Closed"), T_("Open"), T_("Not put to a vote"), T_("(type not set)"),
    T_("Potential"), T_("Emerging"), T_("Established"),
    T_("This secret round is still open: its ballots and results are written to files "
       "only once it is closed (a file made now, next to a later one, would show which "
       "ballots came in between)."),
    T_("dots"), T_("approvals"), T_("Borda points"), T_("votes in its last count"),
    T_("options it beats"), T_("wins minus losses"), T_("mean rating"),
    T_("support (share at 1-3)"),
    T_("very weak agreement"), T_("weak agreement"), T_("moderate agreement"),
    T_("strong agreement"), T_("very strong agreement"), T_("agreement not measurable"),
    T_("strongly divided"), T_("divided"), T_("fair agreement"), T_("close agreement"),
    T_("not measurable"),
    # the health checks' titles and the Greenbook success factors (core.health)
    T_("Active members"), T_("Share of firms"), T_("Member types"),
    T_("Open beyond domestic firms"), T_("Workshops in the last 12 months"),
    T_("Consensus on the last vote"), T_("Actions on track"),
    T_("Consensus on top priorities, based on a SWOT analysis"),
    T_("Initiated and funded by government, industry or both"),
    T_("Selected through competition"), T_("10 or more active members"),
    T_("Members self-selected, not picked by government"),
    T_("Not limited to domestic companies"),
    T_("A dedicated facilitator and a budget funded by members"),
    T_("Companies remain the decision makers"), T_("Time spent building a shared framework"),
    T_("Facilitator credibility and consensus"),
    T_("Monitoring and evaluation with performance indicators"),
)
KNOWN_WORDS = frozenset((
    *APP_WORDS, *CLUSTER_TYPE_PRESETS, *PRIORITY_CATEGORIES,
    *(label for _key, label in MEMBER_TYPES), *(label for _key, label in VOTING_METHODS),
    *(label for _key, label in ACTION_STATUSES),
))
"""Every English word of the app a cell of this workbook may hold; anything
else in a cell (a category or cluster type typed by a facilitator, a name)
is data, written as it is."""


HEALTH_TEMPLATES = frozenset((
    T_("{active} active of {members} members"), T_("at least {minimum}"),
    T_("{percent}% firms ({firms} of {active} active members)"), T_("no active members yet"),
    T_("at least {minimum}%"), T_("{types} types among active members"),
    T_("{foreign} foreign or joint owned, {abroad} based abroad"),
    T_("only domestic members"), T_("ownership and country not recorded"),
    T_("at least one foreign, joint-owned or cross-border member"),
    T_("{count} held, the latest on {last}"), T_("no workshop in the last 12 months"),
    T_("at least 1"), T_("no closed vote round yet"),
    T_("{title}: consensus on {count} option(s)"),
    T_("consensus on an option, or W of at least {minimum}"),
    T_("{title}: Kendall's W = {w}"), T_("{title}: this method has no consensus figure"),
    T_("no action plan yet"), T_("no open action ({done} done)"),
    T_("{on_track} of {open} open actions on track ({late} late), {done} done"),
    T_("at least {minimum}% of open actions"),
))
"""The health checks' figures and thresholds (core.health, core.action_plan)."""


def _health_text(template: str, english: str, params: dict[str, Any], t: Texts) -> str:
    """A check's figure or threshold in the workbook's language: its dates and
    decimals the language's way; the English text when the template is not
    known here (a check added later)."""
    if t.text_language == "en" or template not in HEALTH_TEMPLATES:
        return english
    shown: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                value = t.date(date.fromisoformat(value))
            except ValueError:
                pass
        elif name == "w" and isinstance(value, str):
            try:
                value = t.number(float(value), 2)
            except ValueError:
                pass
        elif isinstance(value, date):
            value = t.date(value)
        elif isinstance(value, float):
            value = t.number(value, 2)
        shown[name] = value
    try:
        return t(template, **shown)
    except (KeyError, IndexError, ValueError):
        return english


def sheet_names(lang: str = "en") -> list[str]:
    """The programme workbook's sheet names in ``lang``, in order."""
    t = Texts("workbook", lang)
    return [t(name) for name in SHEET_NAMES]


def _word(value: str, t: Texts) -> str:
    """One of the app's words in the workbook's language; data as it is."""
    return t(value) if value in KNOWN_WORDS else value


def _share(value: float | None) -> Any:
    return None if value is None else Formatted(value, PERCENT)


def _result(passed: bool | None, t: Texts) -> str:
    return {True: t("Passed"), False: t("Not passed"), None: t("Unknown")}[passed]


def _yes(flag: bool, t: Texts) -> str:
    return t("Yes") if flag else t("No")


def _summary(data: ProgrammeData, t: Texts) -> SheetSpec:
    countries = {c.country for c in data.clusters if c.country}
    rows: list[list[Any]] = [
        [t("Clusters"), len(data.clusters)],
        [t("Countries"), len(countries)],
        [t("Members"), sum(c.members for c in data.clusters)],
        [t("Active members"), sum(c.active for c in data.clusters)],
        [t("Workshops"), sum(c.workshops for c in data.clusters)],
        [t("Candidate priorities"), len({(p.cluster, p.priority_uid) for p in data.priorities
                                         if p.priority_uid})],
        [t("Decisions"), len(data.decisions)],
        [t("Actions"), len(data.actions)],
        [t("Overdue actions"), sum(a.overdue for a in data.actions)],
        [t("Read from"), data.database],
        [t("Written (UTC)"), data.generated_at],
        [t("Written with"), f"{APP_NAME} {data.app_version}"],
    ]
    return SheetSpec(t("Summary"),
                     [Block([Column(t("Item")), Column(t("Value"), wrap=True, width=60)],
                            rows)], autofilter=False, freeze="A2")


def _maturity(key: str, t: Texts) -> str:
    labels = dict(MATURITY_LEVELS)
    return t(labels[key]) if key in labels else key.capitalize()


def _clusters(data: ProgrammeData, t: Texts) -> SheetSpec:
    types = data.type_labels
    rows = []
    for c in data.clusters:
        rows.append([
            c.name, c.country, c.sector, _word(c.cluster_type, t), _maturity(c.maturity, t),
            c.facilitator, c.members, c.active,
            *[c.active_by_type.get(label, 0) for label in types],
            _share(c.firm_share), c.women_led, c.women_led_known, _share(c.women_led_share),
            c.workshops, c.last_sent_at, c.last_sent_by, c.app_version,
        ])
    columns = [Column(t("Cluster"), wrap=True, width=30), Column(t("Country")),
               Column(t("Sector"), wrap=True, width=25), Column(t("Cluster type")),
               Column(t("Maturity")), Column(t("Facilitator")), Column(t("Members")),
               Column(t("Active members")),
               *[Column(t("Active: {type}", type=_word(label, t))) for label in types],
               Column(t("Share of firms (active)"), PERCENT), Column(t("Women-led (active)")),
               Column(t("Women-led recorded (active)")), Column(t("Women-led share"), PERCENT),
               Column(t("Workshops")),
               Column(t("Last sent (UTC)"), "yyyy-mm-dd hh:mm", width=17),
               Column(t("Sent by")), Column(t("App version"))]
    return SheetSpec(t("Clusters"), [Block(columns, rows)], freeze="B2", title_cols="A:A")


def _workshops(data: ProgrammeData, t: Texts) -> SheetSpec:
    rows = [[w.cluster, w.country, w.year, w.workshops, w.held, w.attendees, w.voters,
             w.observers, w.rounds, w.ballots, w.priorities, w.decisions]
            for w in data.workshops]
    columns = [Column(t("Cluster"), wrap=True, width=30), Column(t("Country")),
               Column(t("Year"), "0"), Column(t("Workshops")), Column(t("Held")),
               Column(t("Attendees")), Column(t("Voting members")), Column(t("Observers")),
               Column(t("Vote rounds")), Column(t("Ballots")), Column(t("Candidate priorities")),
               Column(t("Decisions"))]
    return SheetSpec(t("Workshops"), [Block(columns, rows)])


@dataclass
class _Area:
    clusters: set[str] = field(default_factory=set)
    priorities: set[tuple[str, str]] = field(default_factory=set)
    voted: set[tuple[str, str]] = field(default_factory=set)
    adopted: set[tuple[str, str]] = field(default_factory=set)
    consensus: set[tuple[str, str]] = field(default_factory=set)


def _areas(data: ProgrammeData, t: Texts) -> SheetSpec:
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
    rows = [[_word(name, t), len(a.clusters), len(a.priorities), len(a.voted),
             len(a.consensus), len(a.adopted)]
            for name, a in sorted(areas.items(), key=lambda kv: (kv[0] == NO_AREA, kv[0]))]
    columns = [Column(t("Objective area"), wrap=True, width=35), Column(t("Clusters")),
               Column(t("Candidate priorities")), Column(t("Put to a vote")),
               Column(t("Consensus reached (gradients)")), Column(t("Adopted"))]
    return SheetSpec(t("Objective areas"), [Block(columns, rows)])


def _score(value: Any, is_share: bool) -> Any:
    """As the workshop workbook's Results sheet shows a score."""
    value = num(value)
    if value is not None and is_share:
        return Formatted(value, PERCENT)
    if isinstance(value, float):
        return Formatted(value, DECIMAL)
    return value


def _priorities(data: ProgrammeData, t: Texts) -> SheetSpec:
    rows = [[p.cluster, p.country, p.workshop, p.year, _word(p.area or NO_AREA, t), p.priority,
             _yes(p.adopted, t), p.round_number, p.round_title, _word(p.method, t),
             _word(p.round_status, t) or None,
             p.position, _score(p.score, p.score_is_share), _word(p.score_means, t) or None,
             p.counted, num(p.kendall_w), _word(p.w_words, t) or None, num(p.tastle_wierman),
             _word(p.tw_words, t) or None, _share(num(p.support)),
             None if p.consensus_reached is None else _yes(p.consensus_reached, t),
             _word(p.note, t) or None]
            for p in data.priorities]
    columns = [Column(t("Cluster"), wrap=True, width=25), Column(t("Country")),
               Column(t("Workshop"), wrap=True, width=30), Column(t("Year"), "0"),
               Column(t("Objective area"), wrap=True, width=25),
               Column(t("Priority"), wrap=True, width=45), Column(t("Adopted")),
               Column(t("Round")), Column(t("Round title"), wrap=True, width=25),
               Column(t("Method"), wrap=True, width=16),
               Column(t("Round status")), Column(t("Position")), Column(t("Score")),
               Column(t("Score means"), wrap=True, width=16), Column(t("Ballots counted")),
               Column(t("Kendall's W"), FIGURE), Column(t("Agreement (W)")),
               Column(t("Tastle-Wierman"), FIGURE), Column(t("Agreement (Tastle-Wierman)")),
               Column(t("Support"), PERCENT), Column(t("Consensus reached")),
               Column(t("Note"), wrap=True, width=40)]
    return SheetSpec(t("Priorities"), [Block(columns, rows)], freeze="C2", title_cols="A:A")


def _decisions(data: ProgrammeData, t: Texts) -> SheetSpec:
    rows = [[d.cluster, d.country, d.workshop, d.workshop_date, _word(d.area or NO_AREA, t),
             d.priority, d.round_title, d.basis_in(t.text_language), d.statement,
             d.adopted_at.replace(tzinfo=None, microsecond=0), d.adopted_by, d.actions]
            for d in data.decisions]
    columns = [Column(t("Cluster"), wrap=True, width=25), Column(t("Country")),
               Column(t("Workshop"), wrap=True, width=30),
               Column(t("Workshop date"), "yyyy-mm-dd", width=12),
               Column(t("Objective area"), wrap=True, width=25),
               Column(t("Priority adopted"), wrap=True, width=40),
               Column(t("Round"), wrap=True, width=25),
               Column(t("How the vote placed it"), wrap=True, width=40),
               Column(t("Decision statement"), wrap=True, width=60),
               Column(t("Adopted (UTC)"), "yyyy-mm-dd hh:mm", width=17), Column(t("By")),
               Column(t("Actions"))]
    return SheetSpec(t("Decisions"), [Block(columns, rows)], freeze="C2", title_cols="A:A")


def _action_status(data: ProgrammeData, t: Texts) -> SheetSpec:
    statuses = [(key, label) for key, label in ACTION_STATUSES]
    rows = []
    for cluster, country, counts, overdue in data.action_status_counts():
        total = sum(counts.values())
        rows.append([cluster, country, total, *[counts.get(k, 0) for k, _ in statuses],
                     overdue, _share(overdue / total if total else None)])
    columns = [Column(t("Cluster"), wrap=True, width=30), Column(t("Country")),
               Column(t("Actions")), *[Column(t(label)) for _k, label in statuses],
               Column(t("Overdue")), Column(t("Share overdue"), PERCENT)]
    return SheetSpec(t("Action status"), [Block(columns, rows)])


def _actions(data: ProgrammeData, t: Texts) -> SheetSpec:
    ordered = sorted(data.actions, key=lambda a: (not a.overdue, a.due_date is None,
                                                  a.due_date or date.max, a.cluster))
    rows = [[a.cluster, a.country, a.workshop, a.priority, a.title, a.lead, a.start_date,
             a.due_date, float(a.budget) if a.budget is not None else None, a.currency,
             _word(a.status_text, t), _yes(a.overdue, t), a.indicators] for a in ordered]
    columns = [Column(t("Cluster"), wrap=True, width=25), Column(t("Country")),
               Column(t("Workshop"), wrap=True, width=25),
               Column(t("Priority"), wrap=True, width=30),
               Column(t("Action"), wrap=True, width=45), Column(t("Lead"), wrap=True, width=25),
               Column(t("Start"), "yyyy-mm-dd", width=12),
               Column(t("Due"), "yyyy-mm-dd", width=12),
               Column(t("Budget estimate"), "#,##0.00", width=15), Column(t("Currency")),
               Column(t("Status"), width=14), Column(t("Overdue")), Column(t("Indicators"))]
    return SheetSpec(t("Actions"), [Block(columns, rows)], freeze="C2", title_cols="A:A")


def _health(data: ProgrammeData, t: Texts) -> SheetSpec:
    rows = [[h.cluster, h.country, _word(h.check, t),
             _health_text(h.figure_template, h.figure, h.params, t),
             _health_text(h.threshold_template, h.threshold, h.params, t),
             _result(h.passed, t), _word(h.factor, t) or None, h.value] for h in data.health]
    columns = [Column(t("Cluster"), wrap=True, width=25), Column(t("Country")),
               Column(t("Check"), wrap=True, width=25), Column(t("Figure"), wrap=True, width=40),
               Column(t("Threshold"), wrap=True, width=30), Column(t("Result")),
               Column(t("Success factor"), wrap=True, width=35), Column(t("Value"), "0.###")]
    return SheetSpec(t("Health"), [Block(columns, rows)], freeze="C2")


def build_sheets(data: ProgrammeData, lang: str = "en") -> list[SheetSpec]:
    """Every sheet's content in ``lang`` (sheet names, headers and the app's
    words; the clusters' data as it is), in order."""
    t = Texts("workbook", lang)
    return [_summary(data, t), _clusters(data, t), _workshops(data, t), _areas(data, t),
            _priorities(data, t), _decisions(data, t), _action_status(data, t),
            _actions(data, t), _health(data, t)]


def write_programme_workbook(path: Path, data: ProgrammeData,
                             progress: Progress = no_progress, lang: str = "en") -> Path:
    """Write the programme workbook to ``path`` atomically in ``lang`` (the
    ``workbook`` catalogues; Haitian Creole gets French); returns the path."""
    sheets = build_sheets(data, lang)
    t = Texts("workbook", lang)
    page = PageText(t("Programme report"), footer_left=data.generated_at.date().isoformat(),
                    footer_right=t("Page &P of &N"))

    def writer(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        wb.properties.title = t("Programme report")
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
