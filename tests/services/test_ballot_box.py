"""The ballot box: statements per ballot, exact and frozen weights and types."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from facilitator_app.core.errors import UserError
from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.roster import add_member, update_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace

MAX_STATEMENTS = 10


@pytest.fixture
def room(tmp_path):
    ws = create_workspace(tmp_path / "w.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Vote")
        members = [add_member(s, {"name": f"Membre {i}", "member_type": "firm",
                                  "vote_weight": 1.0}) for i in range(8)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"P{k}").id for k in range(4)]
    yield ws, workshop.id, members, priorities
    ws.close()


def _statements_per_ballot(ws, round_id, voters, options) -> list[int]:
    counted: list[int] = []

    def count(*_args):
        counted[-1] += 1

    event.listen(ws.engine, "before_cursor_execute", count)
    try:
        for i, member in enumerate(voters):
            counted.append(0)
            with ws.session() as s:
                voting.record_ballot(s, round_id, {o: (i + k) % 4 + 1
                                                   for k, o in enumerate(options)},
                                     voter_id=member, source="kiosk")
    finally:
        event.remove(ws.engine, "before_cursor_execute", count)
    return counted


@pytest.mark.parametrize("anonymity", ["named", "anonymous", "secret"])
def test_one_ballot_costs_at_most_ten_sql_statements(room, anonymity):
    ws, workshop_id, members, priorities = room
    with ws.session() as s:
        info = voting.create_round(s, workshop_id, priorities, "borda", anonymity=anonymity)
    counts = _statements_per_ballot(ws, info.id, members, [o.id for o in info.options])
    # a secret ballot also checkpoints the WAL; the round's first ballot also
    # locks the round and marks a planned workshop held (one statement more)
    assert counts[0] <= MAX_STATEMENTS + 1, counts
    assert max(counts[1:]) <= MAX_STATEMENTS, counts
    assert min(counts) >= 5, counts  # the counter really sees the statements


def test_weight_zero_counts_zero_and_weights_are_frozen_at_casting(room):
    ws, workshop_id, members, priorities = room
    with ws.session() as s:
        update_member(s, members[0], {"vote_weight": 0.0})
        update_member(s, members[1], {"vote_weight": 3.0})
        info = voting.create_round(s, workshop_id, priorities[:2], "approval",
                                   anonymity="anonymous", use_weights=True)
        a, b = (o.id for o in info.options)
        voting.record_ballot(s, info.id, {a: 1, b: 0}, voter_id=members[0])  # weight 0
        voting.record_ballot(s, info.id, {a: 0, b: 1}, voter_id=members[1])  # weight 3
        voting.record_ballot(s, info.id, {a: 1, b: 0}, voter_id=members[2])  # weight 1
    with ws.session() as s:
        # after the vote the roster changes: weights and types of past ballots do not
        update_member(s, members[1], {"vote_weight": 1.0})
        update_member(s, members[2], {"member_type": "academic"})
        weighted = voting.tally_round(s, info.id, use_weights=True).result
        scores = {r.option: r.score for r in weighted.ranking}
        firms = voting.tally_round(s, info.id, view="firms", use_weights=False).result
    assert scores == {"P0": 1, "P1": 3}  # 0 + 1 for P0, 3 for P1: weight 0 counts 0
    assert firms.counted == 3  # member 2 was a firm when voting: still in the firms view


def test_secret_rounds_refuse_vote_weights(room):
    ws, workshop_id, _members, priorities = room
    with ws.session() as s:
        with pytest.raises(UserError, match="counts every ballot once"):
            voting.create_round(s, workshop_id, priorities, "borda", anonymity="secret",
                                use_weights=True)
        info = voting.create_round(s, workshop_id, priorities, "borda", anonymity="secret")
        with pytest.raises(UserError, match="counts every ballot once"):
            voting.update_round(s, info.id, use_weights=True)
        named = voting.create_round(s, workshop_id, priorities, "borda", use_weights=True)
        with pytest.raises(UserError, match="counts every ballot once"):
            voting.update_round(s, named.id, anonymity="secret")


def test_a_secret_round_with_ballots_cannot_be_reopened(room):
    """Files made while it was closed, next to the file after more ballots, would
    show which ballots came later."""
    ws, workshop_id, members, priorities = room
    with ws.session() as s:
        info = voting.create_round(s, workshop_id, priorities, "borda", anonymity="secret")
        empty = voting.create_round(s, workshop_id, priorities, "borda", anonymity="secret")
        voting.record_ballot(s, info.id, {o.id: k + 1 for k, o in enumerate(info.options)},
                             voter_id=members[0])
        voting.close_round(s, info.id)
        voting.close_round(s, empty.id)
        with pytest.raises(UserError, match="cannot be reopened"):
            voting.reopen_round(s, info.id, reason="one more")
        assert voting.get_round(s, info.id).status == "closed"
        assert voting.reopen_round(s, empty.id, reason="not started").status == "open"
