"""The health panel on the Home page follows the roster."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from facilitator_app.services import roster as roster_service
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Member
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.health_panel import HealthPanel
from facilitator_app.ui.home_page import HomePage


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    visited = []
    context = AppContext(ws, navigate=visited.append, show_status=lambda m: None)
    context.visited = visited
    yield context
    ws.close()


def test_panel_shows_each_check_with_mark_figure_and_factor(qtbot, ctx):
    panel = HealthPanel(ctx)
    qtbot.addWidget(panel)
    assert [c.id for c in panel.checks] == [
        "active_members", "firm_share", "member_types", "not_domestic_only",
        "recent_workshops", "last_vote_consensus", "actions_on_track"]
    marks = {k: m.text() for k, m in panel.marks.items()}
    assert marks["active_members"] == marks["firm_share"] == "\u2714"
    assert marks["member_types"] == marks["not_domestic_only"] == "\u2714"
    assert marks["last_vote_consensus"] == "\u2714"  # the demo's round 2 reached consensus
    assert "28 active of 30 members" in panel.figures["active_members"].text()
    texts = [w.text() for w in panel.findChildren(type(panel.intro))]
    assert "Factor 4: 10 or more active members" in texts
    assert "Factor 8: Companies remain the decision makers" in texts
    assert "European cluster platform criterion" in texts
    assert "Factor 11: Monitoring and evaluation with performance indicators" in texts
    assert marks["actions_on_track"] == "\u2714"  # 3 of the demo's 4 open actions
    assert "3 of 4 open actions on track (1 late)" in panel.figures["actions_on_track"].text()
    panel.figures["active_members"].linkActivated.emit("members")
    assert ctx.visited == ["members"]


def test_panel_refreshes_when_members_change(qtbot, ctx):
    panel = HealthPanel(ctx)
    qtbot.addWidget(panel)
    with ctx.session() as s:
        keep = set(list(s.scalars(select(Member.id).order_by(Member.id)))[:9])
        for member_id in list(s.scalars(select(Member.id))):
            if member_id not in keep:
                roster_service.delete_member(s, member_id)
    ctx.notify("members")
    assert panel.marks["active_members"].text() == "\u2716"
    assert "9 active of 9 members" in panel.figures["active_members"].text()
    assert panel.marks["active_members"].accessibleName() == "not met"


def test_home_page_holds_the_panel(qtbot, ctx):
    home = HomePage(ctx)
    qtbot.addWidget(home)
    assert isinstance(home.health_panel, HealthPanel)
    assert home.body.indexOf(home.health_panel) == 2  # after the title and the profile


def test_the_latest_workshop_date_is_written_the_locales_way(qtbot, ctx):
    from datetime import date

    from PySide6.QtCore import QLocale

    from facilitator_app.services.workshops import create_workshop
    from facilitator_app.ui.dates import date_text

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        held = date.today()  # the latest held workshop
        with ctx.session() as s:
            create_workshop(s, "Atelier récent", date=held, status="held")
        panel = HealthPanel(ctx)
        qtbot.addWidget(panel)
        text = panel.figures["recent_workshops"].text()
        assert date_text(held) in text and held.strftime("%d/%m/%Y") in text
        assert held.isoformat() not in text
    finally:
        QLocale.setDefault(before)
