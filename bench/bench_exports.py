"""Export speed: the workshop workbook and the PDF report on big workspaces.

The quality bars (PRODUCT.md section 6):

- workbook export of 10,000 members + 2,000 ballots at most 2x openpyxl's
  write-only mode dumping the same cells, measured in the same run;
- PDF report for 50 priorities and 200 attendees under 3 s. That absolute bar
  is printed for information; the judged target is a ratio to a same-run
  baseline (below): 3 s over the baseline's 0.2 s, measured on the build
  machine when the baseline was added, is 15x.

What is timed, so the comparison is honest:

- workbook, "ours": :func:`write_workbook` from the gathered data to the
  file in place: building every sheet's rows, styling (header rows, number
  formats, text forced to text, wrapped long text), column widths, Excel
  tables, print set-up, and the atomic write (temporary file, fsync,
  rename). The baseline: a fresh write-only workbook into which the very
  same cell values (taken from :func:`build_sheets`, so it does not pay
  for building them) are appended as plain rows, then saved.
- workbook, end to end (information): reading the workspace
  (:func:`gather`) plus the write above.
- report: reading the workspace plus writing the PDF, i.e. what the
  ``report`` command does after opening the file. The baseline: reportlab
  laying out the same words plainly: the text of every paragraph and table
  cell of our report (taken from :func:`build_story`, so it does not pay for
  building them), one paragraph each in reportlab's default style and font,
  in one pass: no tables, grids, charts, embedded fonts or page totals.

Each time is the best of a few runs (ours and the baseline alternate, so
a busy machine slows both alike). The workspaces are generated (seeded)
into a temporary folder and deleted afterwards.

Run: ``python -m bench.bench_exports``.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from facilitator_app.services import reports
from facilitator_app.services.profile import update_profile
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import (
    Attendance,
    AuditEntry,
    Ballot,
    BallotEntry,
    Member,
    Priority,
    RoundOption,
    SwotItem,
    TowsLink,
    TowsStrategy,
    VoteRound,
    VoterReceipt,
    Workshop,
)
from facilitator_app.storage.workspace import Workspace

SEED = 2026
REPEATS = 3
WORKBOOK_REPEATS = 5
WORKBOOK_MEMBERS = 10_000
WORKBOOK_BALLOTS = 2_000
WORKBOOK_OPTIONS = 10
REPORT_ATTENDEES = 200
REPORT_PRIORITIES = 50
WORKBOOK_TARGET = 2.0  # ratio to openpyxl's write-only dump
REPORT_BAR = 3.0  # seconds, for information
REPORT_RATIO = 15.0  # ratio to reportlab's plain layout (the 3 s bar on the build machine)

_TYPES = ["firm"] * 6 + ["academic", "research", "association", "ministry", "financial", "donor"]
_WORDS = ["Coopérative", "Cacao", "Ñame", "Spice", "Estate", "Grand'Anse", "Nutmeg", "Bèl",
          "Kakao", "Smith & Sons <Ltd>", "Agro", "Fermentary", "Tours", "Exporters"]


def build_workspace(
    path: Path,
    *,
    members: int,
    attendees: int,
    voters: int,
    priorities: int,
    options: int,
    ballots: int,
    swot_per_quadrant: int = 6,
    gradients_round: bool = False,
    anonymity: str = "anonymous",
    seed: int = SEED,
) -> Workspace:
    """A workspace with one held workshop, written in bulk (fast to set up).

    ``attendees`` of the ``members`` attend, the first ``voters`` of them as
    voting members; round 1 ranks the first ``options`` priorities with
    ``ballots`` ballots (one per voter, ``ballots <= voters``); with
    ``gradients_round`` a second round checks the first four on gradients.
    """
    rng = random.Random(seed)
    ws = create_workspace(path, "Grenada Cocoa & Spice Cluster")
    now = datetime.now(UTC)
    with ws.session() as s:
        update_profile(s, country="Grenada", sector="Cocoa and spices",
                       facilitator="Marie Thérèse Lalsingh")
        s.execute(insert(Member), [
            {
                "name": f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} {i:05d}",
                "member_type": _TYPES[i % len(_TYPES)],
                "country": "Grenada",
                "locality": rng.choice(["Sauteurs", "Gouyave", "St. George's", "Grenville"]),
                "contact_person": f"Contact {i}",
                "email": f"member{i}@example.org",
                "status": "active",
                "join_date": date(2020, 1, 1) + timedelta(days=i % 1500),
                "vote_weight": 1.0,
            }
            for i in range(members)
        ])
        member_ids = list(s.scalars(select(Member.id).order_by(Member.id)))
        workshop = Workshop(title="Priority-setting workshop 2026", date=date(2026, 3, 18),
                            venue="St. Patrick's Parish Hall", facilitator="Marie Thérèse",
                            status="held", notes="Generated for the export benchmark.")
        s.add(workshop)
        s.flush()
        wid = workshop.id
        s.execute(insert(Attendance), [
            {"workshop_id": wid, "member_id": m, "role": "voter" if i < voters else "observer"}
            for i, m in enumerate(member_ids[:attendees])
        ])
        items: dict[str, list[int]] = {}
        for q in "SWOT":
            rows = []
            for i in range(swot_per_quadrant):
                row = SwotItem(workshop_id=wid, quadrant=q, position=i, dots=rng.randint(0, 9),
                               text=f"{q}{i + 1}: " + " ".join(rng.choices(_WORDS, k=12)))
                rows.append(row)
            s.add_all(rows)
            s.flush()
            items[q] = [r.id for r in rows]
        for i, (kind, a, b) in enumerate([("SO", "S", "O"), ("ST", "S", "T"), ("WO", "W", "O"),
                                          ("WT", "W", "T")]):
            strategy = TowsStrategy(workshop_id=wid, kind=kind, position=0,
                                    text=f"Strategy {i + 1}: " + " ".join(rng.choices(_WORDS, k=10)))
            s.add(strategy)
            s.flush()
            s.add_all([TowsLink(strategy_id=strategy.id, item_id=items[a][0]),
                       TowsLink(strategy_id=strategy.id, item_id=items[b][0])])
        prows = [Priority(workshop_id=wid, position=i, category="Commercial cooperation",
                          title=f"Priority {i + 1}: " + " ".join(rng.choices(_WORDS, k=6)))
                 for i in range(priorities)]
        s.add_all(prows)
        s.flush()
        voter_ids = member_ids[:voters]
        chosen = prows[:options]
        _round(s, wid, 1, "borda", anonymity, chosen, voter_ids[:ballots], rng, now)
        if gradients_round:
            _round(s, wid, 2, "gradients", anonymity, chosen[:4], voter_ids[:ballots], rng, now)
    return ws


def _round(s, wid: int, number: int, method: str, anonymity: str, chosen: list[Priority],
           voter_ids: list[int], rng: random.Random, now: datetime) -> None:
    params = '{"support_threshold": 0.75}' if method == "gradients" else "{}"
    rnd = VoteRound(workshop_id=wid, number=number, title=f"Round {number}", method=method,
                    params=params, anonymity=anonymity, status="closed", locked_at=now,
                    closed_at=now)
    s.add(rnd)
    s.flush()
    opts = [RoundOption(round_id=rnd.id, priority_id=p.id, position=i)
            for i, p in enumerate(chosen)]
    s.add_all(opts)
    s.flush()
    secret = anonymity == "secret"
    s.execute(insert(Ballot), [
        {"round_id": rnd.id, "voter_id": None if secret else v, "source": "kiosk",
         "entered_by": "voter (kiosk)", "entered_at": None if secret else now, "weight": 1.0}
        for v in voter_ids
    ])
    ballot_ids = list(s.scalars(select(Ballot.id).where(Ballot.round_id == rnd.id)))
    entries = []
    for b in ballot_ids:
        if method == "gradients":
            values = [rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 7]) for _ in opts]
        else:
            values = list(range(1, len(opts) + 1))
            rng.shuffle(values)
        entries += [{"ballot_id": b, "option_id": o.id, "value": float(v)}
                    for o, v in zip(opts, values, strict=True)]
    s.execute(insert(BallotEntry), entries)
    s.execute(insert(VoterReceipt), [{"round_id": rnd.id, "member_id": v} for v in voter_ids])
    s.execute(insert(AuditEntry), [
        {"action": "ballot.created", "entity": "ballot", "actor": "voter (kiosk)",
         "workshop_id": wid, "round_id": rnd.id, "details": '{"source": "kiosk"}', "at": now}
        for _ in ballot_ids
    ])


def _best(fn, repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def baseline_dump(path: Path, data: reports.ReportData) -> Callable[[], None]:
    """openpyxl write-only, the same cell values, no styling: the yardstick.

    Returns the dump to time; the cell values are prepared beforehand, so the
    baseline does not pay for building them (ours does).
    """
    from openpyxl import Workbook

    from facilitator_app.export.sheet_writer import Formatted
    from facilitator_app.export.workbook import build_sheets

    sheets = build_sheets(data)

    def plain(v: Any) -> Any:
        return v.value if isinstance(v, Formatted) else v

    prepared = [
        (spec.name, [
            row
            for block in spec.blocks
            for row in (
                ([[block.title]] if block.title else [])
                + [[c.title for c in block.columns]]
                + [[plain(v) for v in r] for r in block.rows]
                + [[]]
            )
        ])
        for spec in sheets
    ]

    def dump() -> None:
        wb = Workbook(write_only=True)
        for name, rows in prepared:
            ws = wb.create_sheet(name)
            for row in rows:
                ws.append(row)
        wb.save(path)

    return dump


def measure_workbook(folder: Path) -> dict[str, float]:
    from facilitator_app.export.workbook import write_workbook

    ws = build_workspace(
        folder / "big.cluster", members=WORKBOOK_MEMBERS, attendees=WORKBOOK_MEMBERS,
        voters=WORKBOOK_BALLOTS, priorities=WORKBOOK_OPTIONS, options=WORKBOOK_OPTIONS,
        ballots=WORKBOOK_BALLOTS,
    )
    try:
        with ws.session() as s:
            workshop_id = reports.latest_workshop_id(s)
            started = time.perf_counter()
            data = reports.gather(s, workshop_id)
            gather_seconds = time.perf_counter() - started
        target = folder / "ours.xlsx"
        dump = baseline_dump(folder / "baseline.xlsx", data)
        write_workbook(target, data)  # warm-up (imports, caches)
        dump()
        # Interleaved, best of each: a busy machine slows both alike.
        ours = theirs = float("inf")
        for _ in range(WORKBOOK_REPEATS):
            ours = min(ours, _best(lambda: write_workbook(target, data), 1))
            theirs = min(theirs, _best(dump, 1))
    finally:
        ws.close()
    return {"ours": ours, "baseline": theirs, "gather": gather_seconds,
            "size": target.stat().st_size}


def _texts(flowables: Any) -> Any:
    """Every piece of text in a story: paragraphs, table cells, kept-together groups."""
    from reportlab.platypus import KeepTogether, Paragraph, Table

    for f in flowables if isinstance(flowables, (list, tuple)) else [flowables]:
        if isinstance(f, str):
            if f.strip():
                yield f
        elif isinstance(f, Paragraph):
            yield f.getPlainText()
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    yield from _texts(cell)
        elif isinstance(f, KeepTogether):
            yield from _texts(f._content)


def baseline_plain_pdf(target: Path, data: reports.ReportData) -> Callable[[], None]:
    """reportlab's plain layout of the report's words: the yardstick (see the
    module docstring). Returns the write to time."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator_app.export.report_pdf import build_story

    texts = list(_texts(build_story(data, A4[0] - 4 * cm, A4[1] - 4.4 * cm)))
    normal = getSampleStyleSheet()["Normal"]

    def write() -> None:
        SimpleDocTemplate(str(target), pagesize=A4).build(
            [Paragraph(escape(t), normal) for t in texts])

    return write


def measure_report(folder: Path) -> dict[str, float]:
    ws = build_workspace(
        folder / "report.cluster", members=REPORT_ATTENDEES + 50, attendees=REPORT_ATTENDEES,
        voters=REPORT_ATTENDEES - 10, priorities=REPORT_PRIORITIES, options=REPORT_PRIORITIES,
        ballots=REPORT_ATTENDEES - 10, gradients_round=True, anonymity="named",
    )
    try:
        target = folder / "report.pdf"

        def export() -> None:
            with ws.session() as s:
                reports.export_workshop(s, target)

        with ws.session() as s:
            plain = baseline_plain_pdf(folder / "plain.pdf",
                                       reports.gather(s, reports.latest_workshop_id(s)))
        export()  # warm-up: fonts, imports
        plain()
        ours = theirs = float("inf")
        for _ in range(REPEATS):  # interleaved: a busy machine slows both alike
            ours = min(ours, _best(export, 1))
            theirs = min(theirs, _best(plain, 1))
        return {"ours": ours, "baseline": theirs}
    finally:
        ws.close()


def run() -> list[dict[str, Any]]:
    """Rows for ``python -m bench`` (see bench/__main__.py)."""
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
        folder = Path(tmp)
        wb = measure_workbook(folder)
        report = measure_report(folder)
    return [
        {
            "figure": (f"workbook export, {WORKBOOK_MEMBERS:,} members + "
                       f"{WORKBOOK_BALLOTS:,} ballots"),
            "value": wb["ours"],
            "baseline": wb["baseline"],
            "baseline_name": "openpyxl write-only",
            "ratio_max": WORKBOOK_TARGET,
        },
        {
            "figure": "workbook export incl. reading the workspace",
            "value": wb["gather"] + wb["ours"],
            "baseline": wb["baseline"],
            "baseline_name": "openpyxl write-only",
        },
        {
            "figure": (f"PDF report, {REPORT_PRIORITIES} priorities + {REPORT_ATTENDEES} "
                       "attendees, read + write"),
            "value": report["ours"],
            "baseline": report["baseline"],
            "baseline_name": "plain reportlab, same words",
            "ratio_max": REPORT_RATIO,
            "bar": REPORT_BAR,
        },
    ]


def main() -> None:
    print(__doc__.split("\n\n")[0])
    from bench.__main__ import print_table

    print_table(run())


if __name__ == "__main__":
    main()
