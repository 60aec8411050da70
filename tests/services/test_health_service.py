"""Health figures gathered from a workspace, and the open list of check sources."""

from __future__ import annotations

import pytest

from facilitator_app.core.health import HealthCheck
from facilitator_app.services import health, roster
from facilitator_app.services.demo import create_demo
from facilitator_app.services.profile import update_profile
from facilitator_app.storage.workspace import open_workspace


@pytest.fixture
def demo(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    yield ws
    ws.close()


def test_demo_figures(demo):
    with demo.session() as s:
        fig = health.roster_figures(s)
        checks = {c.id: c for c in health.health_checks(s)}
    assert (fig.members, fig.active, fig.active_firms) == (30, 28, 17)
    assert fig.member_types == 11
    assert fig.cluster_country == "Grenada"
    assert fig.active_abroad == 6 and fig.active_foreign_or_joint == 8
    assert all(c.passed for c in checks.values())
    assert checks["firm_share"].figure_text == "61% firms (17 of 28 active members)"


def test_empty_workspace(tmp_path):
    ws = open_workspace(tmp_path / "empty.cluster", create=True)
    try:
        with ws.session() as s:
            checks = {c.id: c.passed for c in health.health_checks(s)}
        assert checks == {"active_members": False, "firm_share": None,
                          "member_types": None, "not_domestic_only": None,
                          "recent_workshops": False, "last_vote_consensus": None,
                          "actions_on_track": None}
        with ws.session() as s:
            update_profile(s, country="Belize")
            roster.add_member(s, {"name": "Belize Shrimp Farm", "member_type": "firm",
                                  "country": "Belize", "ownership": "domestic"})
        with ws.session() as s:
            checks = {c.id: c.passed for c in health.health_checks(s)}
        assert checks == {"active_members": False, "firm_share": True,
                          "member_types": False, "not_domestic_only": False,
                          "recent_workshops": False, "last_vote_consensus": None,
                          "actions_on_track": None}
    finally:
        ws.close()


def test_more_sources_can_be_registered(demo, monkeypatch):
    monkeypatch.setattr(health, "CHECK_SOURCES", list(health.CHECK_SOURCES))

    def workshops(session):
        return [HealthCheck(id="workshops", title="Workshops", figure="{n} in 12 months",
                            threshold="at least 1", passed=False, explanation="...",
                            factor=11, params={"n": 0}, topic="workshops")]

    health.register_source(workshops)
    health.register_source(workshops)  # once only
    with demo.session() as s:
        ids = [c.id for c in health.health_checks(s)]
    assert ids[-1] == "workshops" and ids.count("workshops") == 1
