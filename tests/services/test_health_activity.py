"""Health checks from workshops and votes: recent workshops, consensus on the last vote."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from facilitator_app.core.health import ActivityFigures, check_last_vote_consensus
from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.services.health import activity_figures, health_checks
from facilitator_app.storage.models import Priority


def test_demo_has_a_recent_workshop_and_consensus(tmp_path):
    ws = create_demo(tmp_path / "d.cluster")
    try:
        with ws.session() as s:
            fig = activity_figures(s, today=date(2026, 11, 28))
            assert fig.workshops_last_12_months == 1
            assert fig.last_workshop == "2026-03-18"
            assert fig.last_round_method == "gradients"
            assert fig.last_round_consensus_options == 2
            checks = {c.id: c for c in health_checks(s)}
        assert checks["last_vote_consensus"].passed is True
        assert checks["last_vote_consensus"].factor == 1
        # a year later the workshop no longer counts
        with ws.session() as s:
            later = activity_figures(s, today=date(2027, 6, 1))
        assert later.workshops_last_12_months == 0
    finally:
        ws.close()


def test_a_weak_ranking_round_fails_the_consensus_check(tmp_path):
    ws = create_demo(tmp_path / "d.cluster")
    try:
        with ws.session() as s:
            ids = list(s.scalars(select(Priority.id).order_by(Priority.position)))[:4]
            info = voting.create_round(s, 1, ids, "borda")
            voters = voting.voters(s, info.id)[:4]
            # four voters, each ranking a different option first: no agreement
            for k, v in enumerate(voters):
                order = [(k + j) % 4 for j in range(4)]
                voting.record_ballot(s, info.id,
                                     {info.options[i].id: r for r, i in enumerate(order, 1)},
                                     voter_id=v.member_id)
            voting.close_round(s, info.id)
            fig = activity_figures(s)
        assert fig.last_round_method == "borda"
        assert fig.last_round_kendall_w is not None and fig.last_round_kendall_w < 0.4
        assert check_last_vote_consensus(fig).passed is False
    finally:
        ws.close()


def test_no_vote_yet_is_unknown_not_failed():
    check = check_last_vote_consensus(ActivityFigures())
    assert check.passed is None
    assert "no closed vote round" in check.figure_text
