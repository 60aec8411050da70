"""Workshops and attendance, without Qt."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator_app.core.errors import UserError
from facilitator_app.services import attendance as att
from facilitator_app.services import workshops as ws_service
from facilitator_app.services.demo import create_demo
from facilitator_app.services.profile import update_profile
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import Attendance, Member, SwotItem


@pytest.fixture
def ws(tmp_path):
    workspace = create_workspace(tmp_path / "w.cluster")
    with workspace.session() as s:
        update_profile(s, facilitator="Marie Thérèse Lalsingh")
        s.add_all(
            [
                Member(name="Belmont Estate", member_type="firm", status="active"),
                Member(name="Coopérative de Grand'Anse", member_type="firm", status="active"),
                Member(name="Ministry of Agriculture", member_type="ministry", status="active"),
                Member(name="St. George's University", member_type="academic", status="active"),
                Member(name="Old Spice Traders", member_type="firm", status="inactive"),
            ]
        )
    yield workspace
    workspace.close()


def member_id(s, name: str) -> int:
    return s.scalar(select(Member.id).where(Member.name == name))


def test_create_workshop_prefills_facilitator_and_lists_it(ws):
    with ws.session() as s:
        w = ws_service.create_workshop(s, "  SWOT   day ", date(2026, 3, 18), venue="Sauteurs")
        wid = w.id
    with ws.session() as s:
        [row] = ws_service.list_workshops(s)
    assert row.id == wid
    assert row.title == "SWOT day"
    assert row.facilitator == "Marie Thérèse Lalsingh"
    assert row.venue == "Sauteurs"
    assert row.status == "planned"
    assert (row.voters, row.observers) == (0, 0)


def test_workshop_needs_a_title_and_known_status(ws):
    with ws.session() as s:
        with pytest.raises(UserError, match="title"):
            ws_service.create_workshop(s, "   ")
        w = ws_service.create_workshop(s, "Day", facilitator="Someone else")
        assert w.facilitator == "Someone else"
        with pytest.raises(UserError, match="status"):
            ws_service.update_workshop(s, w.id, status="postponed")


def test_update_returns_previous_values(ws):
    with ws.session() as s:
        wid = ws_service.create_workshop(s, "Day one").id
    with ws.session() as s:
        before = ws_service.update_workshop(s, wid, title="Day two", status="held")
    assert before == {"title": "Day one", "status": "planned"}
    with ws.session() as s:
        assert ws_service.workshop_summary(s, wid).title == "Day two"


def test_list_is_newest_first_and_undated_last(ws):
    with ws.session() as s:
        ws_service.create_workshop(s, "Old", date(2024, 1, 5))
        ws_service.create_workshop(s, "Undated")
        ws_service.create_workshop(s, "New", date(2026, 2, 1))
        titles = [w.title for w in ws_service.list_workshops(s)]
    assert titles == ["New", "Old", "Undated"]


def test_take_attendance_roles_and_counts(ws):
    with ws.session() as s:
        wid = ws_service.create_workshop(s, "Day").id
        belmont = member_id(s, "Belmont Estate")
        coop = member_id(s, "Coopérative de Grand'Anse")
        ministry = member_id(s, "Ministry of Agriculture")
        added = att.add_attendees(s, wid, [belmont, coop], "voter", {coop: "Marie-Josée Théodore"})
        assert added == [belmont, coop]
        assert att.add_attendees(s, wid, [ministry], "observer") == [ministry]
        # ticking someone twice keeps the first role
        assert att.add_attendees(s, wid, [belmont], "observer") == []
    with ws.session() as s:
        rows = att.attendees(s, wid)
        assert [(r.name, r.role, r.representative) for r in rows] == [
            ("Belmont Estate", "voter", ""),
            ("Coopérative de Grand'Anse", "voter", "Marie-Josée Théodore"),
            ("Ministry of Agriculture", "observer", ""),
        ]
        assert [v.name for v in att.voters(s, wid)] == [
            "Belmont Estate",
            "Coopérative de Grand'Anse",
        ]
        counts = {c.member_type: (c.voters, c.observers) for c in att.counts_by_type(s, wid)}
        assert counts == {"firm": (2, 0), "ministry": (0, 1)}
        summary = ws_service.workshop_summary(s, wid)
        assert (summary.voters, summary.observers) == (2, 1)


def test_all_active_members_skips_inactive_and_present(ws):
    with ws.session() as s:
        wid = ws_service.create_workshop(s, "Day").id
        ministry = member_id(s, "Ministry of Agriculture")
        att.add_attendees(s, wid, [ministry], "observer")
        added = att.add_all_active(s, wid)
        names = {r.name: r.role for r in att.attendees(s, wid)}
    assert len(added) == 3
    assert "Old Spice Traders" not in names
    assert names["Ministry of Agriculture"] == "observer"


def test_remove_and_restore_attendees_keeps_role_and_representative(ws):
    with ws.session() as s:
        wid = ws_service.create_workshop(s, "Day").id
        coop = member_id(s, "Coopérative de Grand'Anse")
        att.add_attendees(s, wid, [coop], "observer", {coop: "Jean Noël"})
        removed = att.remove_attendees(s, wid, [coop])
        assert att.attendees(s, wid) == []
        att.restore_attendees(s, wid, removed)
        [row] = att.attendees(s, wid)
    assert (row.role, row.representative) == ("observer", "Jean Noël")


def test_set_role_and_representative(ws):
    with ws.session() as s:
        wid = ws_service.create_workshop(s, "Day").id
        belmont = member_id(s, "Belmont Estate")
        att.add_attendees(s, wid, [belmont])
        assert att.set_role(s, wid, belmont, "observer") == "voter"
        assert att.set_representative(s, wid, belmont, " Shadel  Nyack ") == ""
        [row] = att.attendees(s, wid)
        assert (row.role, row.representative) == ("observer", "Shadel Nyack")
        with pytest.raises(UserError):
            att.set_role(s, wid, belmont, "guest")


def test_roster_search_ignores_case_and_accents(ws):
    with ws.session() as s:
        assert [r.name for r in att.roster(s, "COOPERATIVE")] == ["Coopérative de Grand'Anse"]
        assert len(att.roster(s, "", active_only=True)) == 4
        assert len(att.roster(s)) == 5


def test_workshops_in_last_12_months_and_participation(ws):
    today = date(2026, 6, 30)
    with ws.session() as s:
        belmont = member_id(s, "Belmont Estate")
        coop = member_id(s, "Coopérative de Grand'Anse")
        recent = ws_service.create_workshop(s, "Recent", date(2026, 3, 18), status="held").id
        edge = ws_service.create_workshop(s, "Edge", date(2025, 7, 1), status="held").id
        too_old = ws_service.create_workshop(s, "Too old", date(2025, 6, 30), status="held").id
        future = ws_service.create_workshop(s, "Future", date(2026, 9, 1)).id
        ws_service.create_workshop(s, "Cancelled", date(2026, 1, 10), status="cancelled")
        ws_service.create_workshop(s, "Undated")
        for wid in (recent, edge, too_old, future):
            att.add_attendees(s, wid, [belmont])
        att.add_attendees(s, too_old, [coop])
    with ws.session() as s:
        titles = [w.title for w in att.workshops_in_last_12_months(s, today)]
        participation = att.member_participation(s, today)
    assert titles == ["Recent", "Edge"]
    assert participation == {belmont: 2}


def test_one_year_before_leap_day():
    assert att.one_year_before(date(2028, 2, 29)) == date(2027, 2, 28)


def test_delete_workshop_removes_everything_in_it(ws):
    with ws.session() as s:
        wid = ws_service.create_workshop(s, "Day").id
        att.add_attendees(s, wid, [member_id(s, "Belmont Estate")])
        s.add(SwotItem(workshop_id=wid, quadrant="S", text="x"))
    with ws.session() as s:
        impact = ws_service.deletion_impact(s, wid)
        assert (impact.attendees, impact.swot_items) == (1, 1)
        ws_service.delete_workshop(s, wid)
    with ws.session() as s:
        assert ws_service.list_workshops(s) == []
        assert s.scalars(select(Attendance)).all() == []
        assert s.scalars(select(SwotItem)).all() == []
        with pytest.raises(UserError, match="no longer exists"):
            ws_service.get_workshop(s, wid)


def test_demo_workshop_attendance(tmp_path):
    demo = create_demo(tmp_path / "demo.cluster")
    try:
        with demo.session() as s:
            [w] = ws_service.list_workshops(s)
            assert (w.voters, w.observers) == (19, 2)
            impact = ws_service.deletion_impact(s, w.id)
            assert impact.rounds == 3 and impact.ballots == 38
            assert att.attendance_rate(s, w.id) is not None
    finally:
        demo.close()
