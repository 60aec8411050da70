"""Typed-in paper ballots: every row checked like the grid, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from facilitator_app.core.ballot_matrix import parse_matrix, read_matrix
from facilitator_app.export.paper_ballots import write_blank_matrix
from facilitator_app.services import audit, ballot_import, voting
from facilitator_app.services.attendance import attendees
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Ballot, VoterReceipt


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "demo.cluster")
    yield workspace
    workspace.close()


def open_round(s, method="borda", anonymity="anonymous", n=4, **kw):
    r1 = voting.list_rounds(s, 1)[0]
    ids = [o.priority_id for o in r1.options][:n]
    return voting.create_round(s, 1, ids, method, anonymity=anonymity, **kw)


def count(s, model, round_id):
    return s.scalar(select(func.count(model.id)).where(model.round_id == round_id))


def matrix(info, rows, headers=None):
    headers = headers or [o.label for o in info.options]
    return parse_matrix([["Voter", *headers], *rows])


def test_a_clean_file_imports_every_ballot_as_paper(ws):
    with ws.session() as s:
        info = open_round(s)
        people = voting.voters(s, info.id)
        # names typed without accents and in another case; headers in capitals
        rows = [
            ["asociacion de productores de cacao ñame verde", 1, 2, 3, 4],
            [people[1].name.upper(), 2, 1, "", ""],
            [people[2].name, "", "", "", ""],  # handed in no sheet: skipped
        ]
        m = matrix(info, rows, [o.label.upper() for o in info.options])
        plan = ballot_import.import_ballots(s, info.id, m, entered_by="Marie")
        assert len(plan.ballots) == 2 and plan.skipped == [4]
        stored = {b.voter_name: b for b in voting.ballots(s, info.id)}
        assert set(stored) == {"Asociación de Productores de Cacao Ñame Verde", people[1].name}
        assert all(b.source == "paper" and b.entered_by == "Marie" for b in stored.values())
        assert stored[people[1].name].values == {info.options[0].id: 2.0,
                                                  info.options[1].id: 1.0}
        logged = [e for e in audit.entries(s, round_id=info.id) if e.action == "ballot.created"]
        assert len(logged) == 2 and all(e.actor == "Marie" for e in logged)


def test_one_bad_row_refuses_the_whole_file_and_says_why(ws):
    with ws.session() as s:
        info = open_round(s)
        people = voting.voters(s, info.id)
        m = matrix(info, [
            [people[0].name, 1, 2, 3, 4],
            [people[1].name, 1, 1, 2, 3],  # rank 1 twice
            [people[2].name, 4, 3, 2, 1],
        ])
        plan = ballot_import.plan_import(s, info.id, m)
        assert not plan.ok and len(plan.ballots) == 2
        [issue] = plan.issues
        assert issue.row == 3 and issue.voter == people[1].name
        assert "rank 1 is given to more than one option" in issue.describe()
        with pytest.raises(ballot_import.BallotImportRejected) as refused:
            ballot_import.import_ballots(s, info.id, m)
        assert refused.value.problems[0].startswith(f"row 3 ({people[1].name}): rank 1")
        assert count(s, Ballot, info.id) == 0 and count(s, VoterReceipt, info.id) == 0
        assert not voting.get_round(s, info.id).locked


def test_every_kind_of_bad_row_is_listed(ws):
    with ws.session() as s:
        info = open_round(s, "dots", params={"budget": 3})
        people = voting.voters(s, info.id)
        voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=people[0].member_id)
        observer = attendees(s, 1, "observer")[0].name
        m = matrix(info, [
            [people[0].name, 1, "", "", ""],  # voted on the kiosk already
            [people[1].name, 2, 2, "", ""],  # over budget
            [people[2].name, "x", "", "", ""],  # not a number
            ["Nobody Ltd", 1, "", "", ""],
            [observer, 1, "", "", ""],
            ["", 1, "", "", ""],
            [people[3].name, 1, "", "", ""],
            [people[3].name, "", 1, "", ""],  # second row for the same voter
        ])
        plan = ballot_import.plan_import(s, info.id, m)
        reasons = {i.row: " ".join(i.reasons) for i in plan.issues}
        assert "already voted" in reasons[2]
        assert "4 dots in total: the budget is 3" in reasons[3]
        assert "“x” is not a number" in reasons[4]
        assert "not a voting attendee" in reasons[5]
        assert "observer" in reasons[6]
        assert "no voter name" in reasons[7]
        assert "the first is on row 8" in reasons[9]
        assert 8 not in reasons


def test_unknown_columns_and_closed_rounds_refuse_the_file(ws):
    with ws.session() as s:
        info = open_round(s)
        person = voting.voters(s, info.id)[0].name
        m = matrix(info, [[person, 1, 2]], [info.options[0].label, "Tourism"])
        plan = ballot_import.plan_import(s, info.id, m)
        assert any("“Tourism” is not an option" in p for p in plan.file_problems)
        assert plan.missing_options == [o.label for o in info.options[1:]]
        voting.close_round(s, info.id)
        plan = ballot_import.plan_import(s, info.id, matrix(info, [[person, 1, 2, 3, 4]]))
        assert "closed" in plan.problems()[0]


def test_secret_rounds_keep_no_link_and_mark_named_voters(ws):
    with ws.session() as s:
        info = open_round(s, "gradients", anonymity="secret")
        people = voting.voters(s, info.id)
        m = matrix(info, [["", 1, 2, 3, 4], [people[0].name, 2, 2, 7, 1]])
        # a sheet without a name needs the member who handed it in: one member, one ballot
        with pytest.raises(ballot_import.BallotImportRejected, match="1 ballot carries no name"):
            ballot_import.import_ballots(s, info.id, m, entered_by="Marie")
        with pytest.raises(ballot_import.BallotImportRejected, match="named on row 3"):
            ballot_import.import_ballots(s, info.id, m, handed_in_by=[people[0].member_id])
        assert voting.voted_member_ids(s, info.id) == set()
        ballot_import.import_ballots(s, info.id, m, entered_by="Marie",
                                     handed_in_by=[people[1].member_id])
        ballots = list(s.scalars(select(Ballot).where(Ballot.round_id == info.id)))
        assert len(ballots) == 2 and all(b.voter_id is None for b in ballots)
        assert {b.source for b in ballots} == {"urn"}
        assert voting.voted_member_ids(s, info.id) == {people[0].member_id,
                                                        people[1].member_id}
        # the same members cannot hand in another sheet, by import or any other channel
        again = matrix(info, [["", 3, 3, 3, 3]])
        with pytest.raises(ballot_import.BallotImportRejected, match="already voted"):
            ballot_import.import_ballots(s, info.id, again, handed_in_by=[people[1].member_id])
        with pytest.raises(voting.BallotRejected, match="already voted"):
            voting.record_ballot(s, info.id, {info.options[0].id: 4},
                                 voter_id=people[0].member_id, source="kiosk")


def test_blank_matrix_round_trip(ws, tmp_path):
    with ws.session() as s:
        info = open_round(s)
        rows = ballot_import.blank_matrix(s, info.id)
        names = [v.name for v in voting.voters(s, info.id)]
    for suffix in (".xlsx", ".csv"):
        path = write_blank_matrix(tmp_path / f"blank{suffix}", rows)
        back = read_matrix(path)
        assert list(back.options) == [o.label for o in info.options]
        assert [r.voter for r in back.rows] == names  # accents and "&" intact
    with ws.session() as s:
        secret = open_round(s, anonymity="secret")
        assert {r[0] for r in ballot_import.blank_matrix(s, secret.id)[1:]} == {""}
