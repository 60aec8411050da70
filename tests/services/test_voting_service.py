"""Vote rounds and ballots through the service layer (no Qt)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from facilitator_app.core.errors import UserError
from facilitator_app.services import audit, voting
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import (
    Attendance,
    AuditEntry,
    Ballot,
    BallotEntry,
    Member,
    Priority,
    VoterReceipt,
)


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "demo.cluster")
    yield workspace
    workspace.close()


def _priorities(s, n=4):
    return list(s.scalars(select(Priority.id).order_by(Priority.position)))[:n]


def _ranks(info, order):
    """Ballot values giving ranks in ``order`` (indexes into the round's options)."""
    return {info.options[i].id: rank for rank, i in enumerate(order, start=1)}


def test_named_round_records_locks_and_counts(ws):
    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s), "borda", anonymity="named",
                                   actor="Marie")
        assert not info.locked and info.is_open
        voters = voting.voters(s, info.id)
        assert len(voters) == 19
        first, second, third = voters[:3]
        voting.record_ballot(s, info.id, _ranks(info, [0, 1, 2, 3]), voter_id=first.member_id,
                             entered_by="Marie")
        assert voting.get_round(s, info.id).locked
        with pytest.raises(UserError, match="can no longer change"):
            voting.update_round(s, info.id, method="irv")
        voting.record_ballot(s, info.id, _ranks(info, [0, 2, 1, 3]), voter_id=second.member_id,
                             source="paper", entered_by="Marie")
        voting.record_ballot(s, info.id, _ranks(info, [1, 0, 2, 3]), voter_id=third.member_id,
                             source="kiosk", entered_by="voter")
        result = voting.tally_round(s, info.id).result
        # Borda with 4 options: 3, 2, 1, 0 points for ranks 1-4
        assert result.score_of(info.options[0].label) == 3 + 3 + 2
        assert result.winners == [info.options[0].label]
        assert len(voting.not_voted(s, info.id)) == 16
        stored = voting.ballots(s, info.id)
        assert {b.voter_name for b in stored} == {first.name, second.name, third.name}
        assert {b.source for b in stored} == {"grid", "paper", "kiosk"}
        assert all(b.entered_at is not None for b in stored)
        assert voting.voter_label(info, stored[0], 1) == stored[0].voter_name


def test_refusals_say_why(ws):
    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s), "borda", anonymity="anonymous")
        voter = voting.voters(s, info.id)[0]
        with pytest.raises(voting.BallotRejected, match="rank 1 is given to more than one option"):
            voting.record_ballot(s, info.id, {o.id: 1 for o in info.options},
                                 voter_id=voter.member_id)
        observer = s.scalar(select(Attendance.member_id).where(Attendance.role == "observer"))
        with pytest.raises(voting.BallotRejected, match="observer"):
            voting.record_ballot(s, info.id, _ranks(info, [0, 1, 2, 3]), voter_id=observer)
        voting.record_ballot(s, info.id, _ranks(info, [0, 1, 2, 3]), voter_id=voter.member_id)
        with pytest.raises(voting.BallotRejected, match="already voted"):
            voting.record_ballot(s, info.id, _ranks(info, [3, 2, 1, 0]), voter_id=voter.member_id)
        with pytest.raises(UserError, match="whose ballot"):
            voting.record_ballot(s, info.id, _ranks(info, [3, 2, 1, 0]), voter_id=None)
        voting.close_round(s, info.id, actor="Marie")
        other = voting.voters(s, info.id)[1]
        with pytest.raises(UserError, match="closed"):
            voting.record_ballot(s, info.id, _ranks(info, [0, 1, 2, 3]), voter_id=other.member_id)
        voting.reopen_round(s, info.id, actor="Marie", reason="late paper ballot")
        voting.record_ballot(s, info.id, _ranks(info, [0, 1, 2, 3]), voter_id=other.member_id,
                             source="paper")
        actions = [e.action for e in audit.entries(s, round_id=info.id)]
    assert actions == ["round.opened", "ballot.created", "round.closed", "round.reopened",
                       "ballot.created"]


def test_anonymous_ballots_can_be_corrected_and_the_change_is_logged(ws):
    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s), "dots", params={"budget": 3},
                                   anonymity="anonymous")
        voter = voting.voters(s, info.id)[0]
        ballot_id = voting.record_ballot(s, info.id, {info.options[0].id: 3},
                                         voter_id=voter.member_id)
        with pytest.raises(voting.BallotRejected, match=r"budget|3 dots|more than"):
            voting.update_ballot(s, ballot_id, {info.options[0].id: 2, info.options[1].id: 2})
        voting.update_ballot(s, ballot_id, {info.options[0].id: 1, info.options[1].id: 2},
                             entered_by="Marie")
        result = voting.tally_round(s, info.id).result
        assert result.score_of(info.options[1].label) == 2
        changed = [e for e in audit.entries(s, round_id=info.id) if e.action == "ballot.changed"]
        assert json.loads(changed[0].details)["before"] == {info.options[0].label: 3.0}
        voting.delete_ballot(s, ballot_id, actor="Marie")
        assert voting.voted_member_ids(s, info.id) == set()
        # anonymous: the label never shows the name
        voting.record_ballot(s, info.id, {info.options[2].id: 1}, voter_id=voter.member_id)
        stored = voting.ballots(s, info.id)[0]
        assert voting.voter_label(info, stored, 1) == "Voter 1"


def test_secret_round_keeps_no_link_from_voter_to_ballot(ws):
    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s, 3), "gradients", anonymity="secret")
        voters = voting.voters(s, info.id)[:8]
        for k, voter in enumerate(voters):
            values = {o.id: (k + j) % 7 + 1 for j, o in enumerate(info.options)}
            voting.record_ballot(s, info.id, values, voter_id=voter.member_id,
                                 source="kiosk", entered_by="voter")
        with pytest.raises(voting.BallotRejected, match="already voted"):
            voting.record_ballot(s, info.id, {info.options[0].id: 1},
                                 voter_id=voters[0].member_id)
        ballots = list(s.scalars(select(Ballot).where(Ballot.round_id == info.id)))
        receipts = list(s.scalars(select(VoterReceipt).where(VoterReceipt.round_id == info.id)
                                  .order_by(VoterReceipt.id)))
        assert len(ballots) == 8 and len(receipts) == 8
        # no voter column, no time of casting, one shared creation time
        assert all(b.voter_id is None and b.entered_at is None for b in ballots)
        assert len({b.created_at for b in ballots}) == 1
        entries = list(s.scalars(select(BallotEntry).join(Ballot).where(Ballot.round_id == info.id)))
        assert len({e.created_at for e in entries}) == 1
        # keys are random: sorting ballots by key does not give the casting order
        # (the chance that 8 random keys fall in casting order is 1 in 40,320)
        by_values = sorted(ballots, key=lambda b: b.id)
        first_values = [
            s.scalar(select(BallotEntry.value).where(BallotEntry.ballot_id == b.id,
                                                     BallotEntry.option_id == info.options[0].id))
            for b in by_values
        ]
        assert first_values != [float((k % 7) + 1) for k in range(8)]
        # the audit log does not name the ballot or the voter
        logged = list(s.scalars(select(AuditEntry).where(AuditEntry.round_id == info.id,
                                                         AuditEntry.action == "ballot.created")))
        uids = {b.uid for b in ballots}
        names = {v.name for v in voters}
        for entry in logged:
            assert entry.entity_uid is None
            assert not any(n in entry.details for n in names)
            assert not any(u in entry.details for u in uids)
        with pytest.raises(UserError, match="Secret ballots cannot be changed"):
            voting.delete_ballot(s, ballots[0].id)
        # results by member type cannot be computed honestly, and say so
        firms = voting.tally_round(s, info.id, view="firms")
        assert "not available" in firms.note and firms.result.counted == 8


def test_show_of_hands_totals(ws):
    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s, 3), "approval")
        a, b, c = info.options
        marks = voting.record_hands(s, info.id, {a.id: 12, b.id: 7, c.id: 0}, entered_by="Marie")
        assert marks == 19
        result = voting.tally_round(s, info.id).result
        assert result.score_of(a.label) == 12 and result.score_of(b.label) == 7
        grad = voting.create_round(s, 1, _priorities(s, 2), "gradients")
        x, y = grad.options
        voting.record_hands(s, grad.id, {x.id: {1: 10, 2: 5, 6: 1}, y.id: {1: 3, 7: 1}})
        res = voting.tally_round(s, grad.id).result
        assert res.winners == [x.label]
        with pytest.raises(UserError, match="not a count"):
            voting.record_hands(s, grad.id, {x.id: {1: -2}})
        borda = voting.create_round(s, 1, _priorities(s, 2), "borda")
        with pytest.raises(UserError, match="dots, approval and gradients"):
            voting.record_hands(s, borda.id, {borda.options[0].id: 3})


def test_next_round_keeps_the_top_and_compares(ws):
    with ws.session() as s:
        first = voting.list_rounds(s, 1)[0]
        nxt, note = voting.start_next_round(s, first.id, rule="top_k", k=3, method="borda",
                                            anonymity="named")
        assert [o.label for o in nxt.options] == [
            r.option for r in voting.tally_round(s, first.id).result.ranking[:3]]
        assert nxt.previous_round_id == first.id and nxt.number == 4  # the demo has 3
        assert "top 3" in note
        open_round = voting.create_round(s, 1, _priorities(s), "borda")
        with pytest.raises(UserError, match="Close"):
            voting.start_next_round(s, open_round.id)


def test_next_round_after_gradients_carries_the_options_without_consensus(ws):
    with ws.session() as s:
        r2 = voting.list_rounds(s, 1)[1]  # the demo's gradients round, closed
        setup = voting.next_round_setup(s, r2.id)
        assert setup.default == "no_consensus" and setup.number == 4
        assert setup.consensus_rule == "consensus = no block (7), at least 75% at 1-3"
        lacking = [x.option for x in setup.standings if not x.consensus]
        assert lacking == ["Training in post-harvest quality",
                           "Certification support (organic, fair trade)"]
        new, note = voting.start_next_round(s, r2.id, rule="no_consensus")
        assert [o.label for o in new.options] == lacking
        assert new.title == "Round 4: options without consensus"
        assert new.method == "gradients" and new.previous_round_id == r2.id
        assert note.startswith("2 of 4 options without consensus")
        blocked, _ = voting.start_next_round(s, r2.id, rule="blocked", title=" Certification ")
        assert [o.label for o in blocked.options] == [lacking[1]]
        assert blocked.title == "Certification"
        by_hand, note = voting.start_next_round(
            s, r2.id, rule="no_consensus", options=["Joint export brand for fine cocoa"])
        assert [o.label for o in by_hand.options] == ["Joint export brand for fine cocoa"]
        assert note == "1 option chosen by hand."
        with pytest.raises(UserError, match="Not an option"):
            voting.start_next_round(s, r2.id, options=["Free cocoa for all"])
        with pytest.raises(UserError, match="tick at least one"):
            voting.start_next_round(s, r2.id, options=[])


def test_demo_rounds_match_the_workshop_story(ws):
    with ws.session() as s:
        r1, r2, r3 = voting.list_rounds(s, 1)
        # the third is open with no ballots yet: for the kiosk and for phones
        assert r3.is_open and r3.method == "borda" and len(r3.options) == 4
        assert r3.previous_round_id == r2.id
        assert voting.round_progress(s, r3.id).ballots == 0
        res1 = voting.tally_round(s, r1.id)
        assert res1.result.winners == ["Shared fermentation & drying centre"]
        assert 0.3 < res1.result.consensus.kendall_w < 0.5  # moderate agreement
        res2 = voting.tally_round(s, r2.id)
        assert r2.anonymity == "secret"
        assert sorted(res2.result.consensus.consensus_reached) == [
            "Joint export brand for fine cocoa", "Shared fermentation & drying centre"]
        comparison = voting.compare_with_previous(s, r2.id)
        assert comparison is not None


def test_no_table_anywhere_links_a_secret_ballot_to_its_voter(ws):
    """Scan every row of every table: none names both a secret ballot and one of its voters."""
    from facilitator_app.storage.models import Base

    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s, 3), "gradients", anonymity="secret")
        people = voting.voters(s, info.id)[:5]
        for k, voter in enumerate(people):
            voting.record_ballot(s, info.id, {o.id: (k + j) % 6 + 1
                                              for j, o in enumerate(info.options)},
                                 voter_id=voter.member_id, source="kiosk",
                                 entered_by="voter (kiosk)")
        ballots = list(s.scalars(select(Ballot).where(Ballot.round_id == info.id)))
        entries = list(s.scalars(select(BallotEntry).join(Ballot)
                                 .where(Ballot.round_id == info.id)))
        # the random keys and uids of the secret ballots and their entries
        ballot_marks = {str(x.id) for x in ballots + entries} | {x.uid for x in ballots + entries}
        voter_ids = {v.member_id for v in people}
        voter_marks = {v.name for v in people} | set(
            s.scalars(select(Member.uid).where(Member.id.in_(voter_ids))))
        checked = 0
        for table in Base.metadata.sorted_tables:
            member_columns = [c.name for c in table.columns
                              if any(fk.column.table.name == "members" for fk in c.foreign_keys)]
            for row in s.execute(table.select()).mappings():
                cells = [str(v) for v in row.values() if v is not None]
                if not any(c in ballot_marks or any(m in c for m in ballot_marks)
                           for c in cells):
                    continue
                checked += 1
                assert not any(row[c] in voter_ids for c in member_columns), (table.name, row)
                assert not any(m in c for c in cells for m in voter_marks), (table.name, row)
        assert checked == len(ballots) + len(entries) == 5 + 15
        # the receipts say only who voted
        assert set(s.scalars(select(VoterReceipt.member_id)
                             .where(VoterReceipt.round_id == info.id))) == voter_ids


def test_two_criteria_score_checks_both_and_gives_the_matrix(ws):
    with ws.session() as s:
        info = voting.create_round(s, 1, _priorities(s, 2), "score",
                                   params={"scale_min": 1, "scale_max": 5, "two_criteria": True})
        a, b = info.options
        assert voting.two_criteria(info)
        assert voting.check_values(info, {a.id: 4}, {a.id: 9}) == [
            f"feasibility rating 9 for “{a.label}” is outside the scale 1-5"]
        assert voting.check_values(info, {a.id: 4, b.id: 2}, {a.id: 3}) == [
            f"“{b.label}” needs a feasibility rating too"]
        people = voting.voters(s, info.id)
        with pytest.raises(voting.BallotRejected, match="feasibility"):
            voting.record_ballot(s, info.id, {a.id: 4}, values2={a.id: 0},
                                 voter_id=people[0].member_id)
        for voter in people[:3]:
            voting.record_ballot(s, info.id, {a.id: 5, b.id: 2}, values2={a.id: 4, b.id: 5},
                                 voter_id=voter.member_id)
        matrix = voting.impact_feasibility_round(s, info.id)
        assert matrix.quadrants == {a.label: "quick_win", b.label: "fill_in"}
        logged = [json.loads(e.details) for e in audit.entries(s, round_id=info.id)
                  if e.action == "ballot.created"]
        assert logged[0]["feasibility"] == {a.label: 4.0, b.label: 5.0}
        plain = voting.create_round(s, 1, _priorities(s, 2), "score")
        assert voting.impact_feasibility_round(s, plain.id) is None
        assert voting.check_values(plain, {plain.options[0].id: 3},
                                   {plain.options[0].id: 3}) == [
            "this round rates one criterion only"]


def test_agreement_in_words(ws):
    assert [voting.agreement_band(w) for w in (0.05, 0.25, 0.44, 0.46, 0.78, 0.95)] == [
        "very weak", "weak", "moderate", "moderate", "strong", "very strong"]
    with ws.session() as s:
        r1, r2, _r3 = voting.list_rounds(s, 1)
        assert voting.agreement_sentence(voting.tally_round(s, r1.id).result) == (
            "moderate agreement (W = 0.44)")
        assert voting.agreement_sentence(voting.tally_round(s, r2.id).result).startswith(
            "consensus on 2 of 4 options")


def test_progress_preview_and_round_code(ws):
    with ws.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        progress = voting.round_progress(s, r1.id)
        assert (progress.ballots, progress.hands, progress.voted, progress.voters) == (
            19, 0, 19, 19)
        preview = voting.preview_next_round(s, r1.id, rule="top_k", k=2)
        assert preview.note == "top 2 kept." and len(preview.options) == 2
        with pytest.raises(UserError, match="counts votes"):
            voting.preview_next_round(s, r1.id, rule="multivote")
        code = voting.round_code(r1)
        assert code.startswith("R1-") and len(code) == 11
        assert voting.list_rounds(s, 1) == voting.list_rounds(s, 1)  # preview created nothing
        assert len(voting.list_rounds(s, 1)) == 3
