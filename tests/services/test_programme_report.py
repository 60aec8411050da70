"""The programme report and the analysts' views, on a real PostgreSQL server.

Two demo workspaces are sent to a programme database the test run starts
(tests/pg.py) with the sync (``send_workspace``); the second is another
cluster (other name and country, a name that looks like a formula) and loses
three members after its first send, so its second send carries them as
tombstones. The workbook's figures are checked against counts taken straight
from the two workspace files with ``sqlite3`` (not through the programme
database or the report's services), and its consensus figures against each
workspace's own workshop workbook.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect, select, text

from facilitator_app.services.demo import create_demo
from facilitator_app.services.profile import update_profile
from facilitator_app.services.programme.database import connect, init_schema
from facilitator_app.services.programme.report import export_programme
from facilitator_app.services.programme.sync import send_workspace
from facilitator_app.services.reports import export_workshop
from facilitator_app.services.roster import delete_member
from facilitator_app.storage.models import Member

pytestmark = pytest.mark.pg

OTHER_NAME = "=Clúster del Cacao Fino (Sur)"  # looks like a formula: must stay text
OTHER_COUNTRY = "Colombia"
GONE = 3  # members the second workspace deletes after its first send

VIEW_COLUMNS = {
    "v_clusters": ["workspace_uid", "cluster", "country", "sector", "cluster_type",
                   "maturity", "facilitator", "members", "active_members", "active_firms",
                   "share_of_firms", "women_led", "women_led_recorded", "women_led_share",
                   "workshops", "first_sent_at", "last_sent_at", "last_sent_by",
                   "app_version"],
    "v_members_by_type": ["workspace_uid", "cluster", "country", "member_type", "members",
                          "active_members"],
    "v_workshops": ["workspace_uid", "cluster", "country", "workshop_uid", "workshop",
                    "workshop_date", "year", "status", "venue", "facilitator",
                    "voting_members", "observers", "attendees", "vote_rounds", "ballots",
                    "candidate_priorities", "decisions"],
    "v_priorities": ["workspace_uid", "cluster", "country", "workshop_uid", "workshop",
                     "workshop_date", "year", "priority_uid", "priority", "objective_area",
                     "source_kind", "vote_rounds", "adopted"],
    "v_decisions": ["workspace_uid", "cluster", "country", "workshop_uid", "workshop",
                    "workshop_date", "decision_uid", "priority", "objective_area",
                    "vote_round", "basis", "statement", "adopted_at", "adopted_by",
                    "actions"],
    "v_actions": ["workspace_uid", "cluster", "country", "workshop", "priority",
                  "action_uid", "action", "lead", "start_date", "due_date", "budget",
                  "currency", "status", "overdue", "indicators"],
    "v_health": ["workspace_uid", "cluster", "country", "active_members",
                 "active_members_ok", "share_of_firms", "share_of_firms_ok", "member_types",
                 "member_types_ok", "workshops_last_12_months", "recent_workshops_ok",
                 "actions", "open_actions", "late_actions", "share_on_track",
                 "actions_on_track_ok"],
}


def _send(ws, url: str) -> None:
    send_workspace(ws.engine, url)


@pytest.fixture
def programme(pg_url, tmp_path):
    """A programme database with two workspaces sent; yields (url, {name: file})."""
    db = connect(pg_url)
    init_schema(db.engine)
    first = create_demo(tmp_path / "grenada.cluster")
    other = create_demo(tmp_path / "colombia.cluster")
    try:
        with other.session() as s:
            update_profile(s, name=OTHER_NAME, country=OTHER_COUNTRY)
        _send(first, pg_url)
        _send(other, pg_url)
        with other.session() as s:
            doomed = s.scalars(select(Member.id).where(Member.member_type == "firm")
                               .order_by(Member.id).limit(GONE)).all()
            for member_id in doomed:
                delete_member(s, member_id)
        _send(other, pg_url)  # the deletions travel as tombstones
    finally:
        first.close()
        other.close()
    yield db.engine, {"Grenada Cocoa & Spice Cluster": tmp_path / "grenada.cluster",
                      OTHER_NAME: tmp_path / "colombia.cluster"}
    db.engine.dispose()


def _expected(path: Path, today: date) -> dict[str, int]:
    """Counts read straight from a workspace file (no service, no programme database)."""
    conn = sqlite3.connect(path)
    try:
        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        active = "status = 'active'"
        overdue = sum(
            1 for due, status in conn.execute("SELECT due_date, status FROM actions")
            if due is not None and date.fromisoformat(due) < today
            and status not in ("done", "dropped"))
        return {
            "members": one("SELECT count(*) FROM members"),
            "active": one(f"SELECT count(*) FROM members WHERE {active}"),
            "firms": one(f"SELECT count(*) FROM members WHERE {active} AND member_type = 'firm'"),
            "women_led": one(f"SELECT count(*) FROM members WHERE {active} AND women_led = 1"),
            "women_known": one(
                f"SELECT count(*) FROM members WHERE {active} AND women_led IS NOT NULL"),
            "workshops": one("SELECT count(*) FROM workshops"),
            "ballots": one("SELECT count(*) FROM ballots"),
            "priorities": one("SELECT count(*) FROM priorities"),
            "decisions": one("SELECT count(*) FROM decisions"),
            "actions": one("SELECT count(*) FROM actions"),
            "overdue": overdue,
        }
    finally:
        conn.close()


def _sheet(wb, name: str) -> list[dict[str, object]]:
    rows = list(wb[name].iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row, strict=True)) for row in rows[1:] if any(row)]


def test_the_views_exist_with_their_columns(pg_engine):
    init_schema(pg_engine)
    found = inspect(pg_engine)
    assert set(VIEW_COLUMNS) <= set(found.get_view_names())
    for view, columns in VIEW_COLUMNS.items():
        assert [c["name"] for c in found.get_columns(view)] == columns, view


def test_the_programme_report_has_the_totals_of_the_workspaces(programme, tmp_path):
    engine, files = programme
    today = date.today()
    written, _ = export_programme(engine, tmp_path / "programme.xlsx")
    wb = load_workbook(written)
    assert wb.sheetnames == ["Summary", "Clusters", "Workshops", "Objective areas",
                             "Priorities", "Decisions", "Action status", "Actions", "Health"]
    expected = {name: _expected(path, today) for name, path in files.items()}
    assert expected[OTHER_NAME]["members"] == expected["Grenada Cocoa & Spice Cluster"][
        "members"] - GONE  # the deletions are in the file the totals are taken from

    clusters = {row["Cluster"]: row for row in _sheet(wb, "Clusters")}
    assert set(clusters) == set(files)
    assert clusters[OTHER_NAME]["Country"] == OTHER_COUNTRY
    for name, exp in expected.items():
        row = clusters[name]
        assert row["Members"] == exp["members"]
        assert row["Active members"] == exp["active"]
        assert row["Active: Firm"] == exp["firms"]
        assert row["Share of firms (active)"] == pytest.approx(exp["firms"] / exp["active"])
        assert row["Women-led (active)"] == exp["women_led"]
        assert row["Women-led share"] == pytest.approx(exp["women_led"] / exp["women_known"])
        assert row["Workshops"] == exp["workshops"]

    per_year: dict[str, dict[str, int]] = {}
    for row in _sheet(wb, "Workshops"):
        totals = per_year.setdefault(str(row["Cluster"]), {"w": 0, "b": 0, "p": 0, "d": 0})
        totals["w"] += int(row["Workshops"])  # type: ignore[call-overload]
        totals["b"] += int(row["Ballots"])  # type: ignore[call-overload]
        totals["p"] += int(row["Candidate priorities"])  # type: ignore[call-overload]
        totals["d"] += int(row["Decisions"])  # type: ignore[call-overload]
    for name, exp in expected.items():
        assert per_year[name] == {"w": exp["workshops"], "b": exp["ballots"],
                                  "p": exp["priorities"], "d": exp["decisions"]}

    status = {row["Cluster"]: row for row in _sheet(wb, "Action status")}
    for name, exp in expected.items():
        assert status[name]["Actions"] == exp["actions"]
        assert status[name]["Overdue"] == exp["overdue"]
    actions = _sheet(wb, "Actions")
    assert len(actions) == sum(e["actions"] for e in expected.values())
    assert sum(a["Overdue"] == "Yes" for a in actions) == sum(
        e["overdue"] for e in expected.values())
    assert len(_sheet(wb, "Decisions")) == sum(e["decisions"] for e in expected.values())

    summary = {row["Item"]: row["Value"] for row in _sheet(wb, "Summary")}
    assert summary["Clusters"] == 2
    assert summary["Members"] == sum(e["members"] for e in expected.values())
    assert summary["Candidate priorities"] == sum(e["priorities"] for e in expected.values())

    # a name that looks like a formula is text, in every sheet it appears in
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == OTHER_NAME]
    assert len(cells) > 5 and all(c.data_type == "s" for c in cells)
    assert not [c for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]

    health = [row for row in _sheet(wb, "Health") if row["Cluster"] == OTHER_NAME]
    active_check = next(row for row in health if row["Check"] == "Active members")
    assert active_check["Value"] == expected[OTHER_NAME]["active"]
    assert active_check["Result"] == "Passed"


def test_the_consensus_figures_are_those_of_each_workshop_workbook(programme, tmp_path):
    engine, files = programme
    written, _ = export_programme(engine, tmp_path / "programme.xlsx")
    priorities = _sheet(load_workbook(written), "Priorities")
    for name, path in files.items():
        from facilitator_app.storage.workspace import open_workspace

        ws = open_workspace(path, backups_kept=0)
        try:
            with ws.session() as s:
                own = export_workshop(s, tmp_path / f"{path.stem}-workshop.xlsx")
        finally:
            ws.close()
        consensus = _sheet(load_workbook(own), "Consensus")
        assert consensus
        mine = {(row["Round"], row["Priority"]): row for row in priorities
                if row["Cluster"] == name and row["Round"] is not None}
        assert len(mine) == len(consensus)
        for row in consensus:
            got = mine[(row["Round"], row["Priority"])]
            assert got["Position"] == row["Position"]
            assert got["Kendall's W"] == row["Kendall's W"]
            assert got["Tastle-Wierman"] == row["Tastle-Wierman"]
            assert got["Support"] == row["Support"]
            assert got["Consensus reached"] == row["Consensus reached"]
        gradients = [row for row in consensus if row["Consensus reached"] == "Yes"]
        assert gradients  # the demo's gradients round reached consensus on some


def test_the_views_agree_with_the_workbook_and_leave_out_deleted_rows(programme, tmp_path):
    engine, files = programme
    today = date.today()
    with engine.connect() as conn:
        clusters = {r.cluster: r for r in conn.execute(text("SELECT * FROM v_clusters"))}
        by_type = conn.execute(text(
            "SELECT cluster, sum(members) FROM v_members_by_type GROUP BY cluster")).all()
        workshops = conn.execute(text(
            "SELECT cluster, count(*), sum(ballots), sum(candidate_priorities) "
            "FROM v_workshops GROUP BY cluster")).all()
        overdue = dict(conn.execute(text(
            "SELECT cluster, count(*) FILTER (WHERE overdue) FROM v_actions GROUP BY cluster")
        ).all())
        health = {r.cluster: r for r in conn.execute(text("SELECT * FROM v_health"))}
        tombstones = conn.execute(text(
            "SELECT count(*) FROM programme_records WHERE table_name = 'members' "
            "AND deleted_at IS NOT NULL")).scalar()
    assert tombstones == GONE
    for name, path in files.items():
        exp = _expected(path, today)
        row = clusters[name]
        assert (row.members, row.active_members, row.active_firms, row.women_led,
                row.workshops) == (exp["members"], exp["active"], exp["firms"],
                                   exp["women_led"], exp["workshops"])
        assert float(row.share_of_firms) == pytest.approx(exp["firms"] / exp["active"])
        assert {c: int(n) for c, n in by_type}[name] == exp["members"]
        assert next(w for w in workshops if w[0] == name)[1:] == (
            exp["workshops"], exp["ballots"], exp["priorities"])
        assert overdue[name] == exp["overdue"]
        assert health[name].active_members == exp["active"]
        assert health[name].active_members_ok is True


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(_soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_programme_report(programme, tmp_path):
    engine, files = programme
    written, _ = export_programme(engine, tmp_path / "programme.xlsx")
    out = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(written)],
        check=False, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    pdf = out / "programme.pdf"
    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    words = " ".join(page.extract_text() for page in pages)
    assert len(pages) >= 9  # a page at least per sheet
    for name in files:
        assert " ".join(name.split()[:2]) in " ".join(words.split())


def test_a_record_marked_deleted_is_left_out_even_while_its_row_is_there(programme, tmp_path):
    """The report and the views read live records only: a row whose record is
    marked deleted counts nowhere, even before anything removed the row."""
    engine, files = programme
    with engine.begin() as conn:
        uid = conn.execute(text(
            "SELECT m.uid FROM members m JOIN programme_records r ON r.record_uid = m.uid "
            "AND r.table_name = 'members' JOIN programme_workspaces w "
            "ON w.workspace_uid = r.workspace_uid WHERE w.cluster_name = :name "
            "AND m.status = 'active' AND m.member_type = 'firm' LIMIT 1"),
            {"name": "Grenada Cocoa & Spice Cluster"}).scalar_one()
        conn.execute(text("UPDATE programme_records SET deleted_at = now() "
                          "WHERE table_name = 'members' AND record_uid = :uid"), {"uid": uid})
    exp = _expected(files["Grenada Cocoa & Spice Cluster"], date.today())
    _, data = export_programme(engine, tmp_path / "programme.xlsx")
    row = next(c for c in data.clusters if c.name == "Grenada Cocoa & Spice Cluster")
    assert (row.members, row.active, row.active_by_type["Firm"]) == (
        exp["members"] - 1, exp["active"] - 1, exp["firms"] - 1)
    with engine.connect() as conn:
        view = conn.execute(text(
            "SELECT members, active_firms FROM v_clusters WHERE cluster = :name"),
            {"name": "Grenada Cocoa & Spice Cluster"}).one()
    assert tuple(view) == (exp["members"] - 1, exp["firms"] - 1)


def test_wrapped_headers_and_long_texts_get_rows_tall_enough(programme, tmp_path):
    engine, _files = programme
    written, _ = export_programme(engine, tmp_path / "programme.xlsx")
    ws = load_workbook(written)["Decisions"]
    assert ws.row_dimensions[1].height and ws.row_dimensions[1].height > 15  # wrapped header
    statement = ws["I2"]
    assert len(str(statement.value)) > 100 and statement.alignment.wrap_text
    assert ws.row_dimensions[2].height >= 15 * 3  # the statement's lines, not one
