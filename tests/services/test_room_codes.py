"""Voter codes and phone ballots (issue 16): one member, one ballot across
every channel; secret rounds' codes name nobody; change of mind."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from facilitator_app.core.errors import UserError
from facilitator_app.services import voting
from facilitator_app.services.attendance import remove_attendees, set_role
from facilitator_app.services.audit import entries
from facilitator_app.services.room import codes, keys, phone
from facilitator_app.storage.models import CodeHolder, VoterCode
from tests.room_setup import voting_workshop


@pytest.fixture
def room(tmp_path):
    ws, workshop_id, members, priorities = voting_workshop(
        tmp_path / "w.cluster", "Coopérative", "Atelier",
        [f"Membre {i} Éloïse" for i in range(5)], [f"Priorité {k}" for k in range(4)])
    yield ws, workshop_id, members, priorities
    ws.close()


def _round(ws, workshop_id, priorities, method="borda", anonymity="named", **params):
    with ws.session() as s:
        return voting.create_round(s, workshop_id, priorities, method, anonymity=anonymity,
                                   params=params or None)


def test_codes_are_six_unambiguous_characters_and_read_leniently():
    seen = {codes.generate_code() for _ in range(2000)}
    assert len(seen) >= 1990  # 21**6 codes: a chance repeat or two among 2000 (2 %)
    assert all(len(c) == 6 and set(c) <= set(codes.ALPHABET) for c in seen)
    assert not set("0O1IL2Z5S8B6GQD") & set(codes.ALPHABET)
    assert codes.format_code("ACE479") == "ACE-479"
    assert codes.normalise_code(" ace-479 ") == "ACE479"
    assert codes.normalise_code("ace 47 9") == "ACE479"
    assert codes.normalise_code("ACE47") is None
    assert codes.normalise_code("ACE470") is None  # 0 is not in the alphabet
    assert codes.normalise_code("x" * 10_000) is None


def test_named_codes_one_per_member_stored_hashed_and_reissue_kills_the_old(room, tmp_path):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities)
    with ws.session() as s:
        issued = codes.issue_codes(s, info.id)
    assert sorted(i.member_id for i in issued) == sorted(members)
    assert all(i.name and i.name.startswith("Membre") for i in issued)
    raw = (tmp_path / "w.cluster").read_bytes() + (tmp_path / "w.cluster-wal").read_bytes()
    for i in issued:  # never stored as typed
        assert i.code.replace("-", "").encode() not in raw
    first = issued[0]
    with ws.session() as s:
        assert codes.find_code(s, info.id, first.code.lower()) is not None
        again = codes.reissue_code(s, info.id, first.member_id)
        assert codes.find_code(s, info.id, first.code) is None  # the old one died
        assert codes.find_code(s, info.id, again.code).member_id == first.member_id
        assert len(s.scalars(select(VoterCode).where(
            VoterCode.member_id == first.member_id)).all()) == 1


def test_a_code_of_another_round_is_not_a_code_here(room):
    ws, workshop_id, _members, priorities = room
    one = _round(ws, workshop_id, priorities)
    two = _round(ws, workshop_id, priorities)
    with ws.session() as s:
        issued = codes.issue_codes(s, one.id)
        assert codes.find_code(s, one.id, issued[0].code) is not None
        assert codes.find_code(s, two.id, issued[0].code) is None
        with pytest.raises(phone.CodeRefused, match="not valid") as refused:
            phone.sign_in(s, two.id, issued[0].code)
        assert refused.value.guess


def test_phone_and_other_channels_share_one_register(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "approval")
    a, b, c, d = (o.id for o in info.options)
    with ws.session() as s:
        issued = {i.member_id: i.code for i in codes.issue_codes(s, info.id)}
        # the kiosk first: that member's code is refused, not counted as a guess
        voting.record_ballot(s, info.id, {a: 1}, voter_id=members[0], source="kiosk")
        with pytest.raises(phone.CodeRefused, match="already voted") as refused:
            phone.sign_in(s, info.id, issued[members[0]])
        assert not refused.value.guess
        # a phone ballot, then no other channel takes that member
        voter = phone.sign_in(s, info.id, issued[members[1]])
        assert voter.member_id == members[1] and not voter.changing
        phone.cast(s, info.id, voter.code_id, {a: 0, b: 1, c: 0, d: 0})
        with pytest.raises(voting.BallotRejected, match="already voted"):
            voting.record_ballot(s, info.id, {a: 1}, voter_id=members[1], source="grid")
        progress = voting.round_progress(s, info.id)
        sources = {b.voter_id: b.source for b in voting.ballots(s, info.id)}
    assert (progress.ballots, progress.voted, progress.voters) == (2, 2, 5)
    assert sources == {members[0]: "kiosk", members[1]: "phone"}


def test_change_of_mind_replaces_the_ballot_with_an_audit_entry(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="anonymous")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        code = codes.issue_codes(s, info.id, [members[2]])[0].code
        voter = phone.sign_in(s, info.id, code)
        assert not phone.cast(s, info.id, voter.code_id, {ids[0]: 1, ids[1]: 2}).replaced
    with ws.session() as s:
        voter = phone.sign_in(s, info.id, code)
        assert voter.changing and voter.values == {ids[0]: 1.0, ids[1]: 2.0}
        assert phone.cast(s, info.id, voter.code_id, {ids[3]: 1}).replaced
        [ballot] = voting.ballots(s, info.id)
        replaced = [e for e in entries(s, round_id=info.id) if e.action == "ballot.replaced"]
    assert ballot.values == {ids[3]: 1.0} and ballot.voter_id == members[2]
    assert len(replaced) == 1 and "before" in replaced[0].details
    with ws.session() as s:
        voting.close_round(s, info.id)
    with ws.session() as s, pytest.raises(phone.CodeRefused, match="closed"):
        phone.sign_in(s, info.id, code)


def test_secret_codes_name_nobody_and_holders_vote_only_by_phone(room, tmp_path):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="secret")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        voting.record_ballot(s, info.id, {ids[0]: 1}, voter_id=members[4], source="kiosk")
        issued = codes.issue_codes(s, info.id)  # everyone who has not voted
        assert len(issued) == 4 and all(i.member_id is None and i.name is None for i in issued)
        assert {v.member_id for v in voting.not_voted(s, info.id)} == set()
        with pytest.raises(voting.BallotRejected, match="phone code"):
            voting.record_ballot(s, info.id, {ids[0]: 1}, voter_id=members[0], source="kiosk")
        with pytest.raises(UserError, match="replace all the unused codes"):
            codes.reissue_code(s, info.id, members[0])
    conn = sqlite3.connect(tmp_path / "w.cluster")
    rows = conn.execute("SELECT member_id, created_at, updated_at FROM voter_codes").fetchall()
    conn.close()
    assert {r[0] for r in rows} == {None} and len({r[1:] for r in rows}) == 1
    with ws.session() as s:
        voter = phone.sign_in(s, info.id, issued[0].code)
        assert voter.member_id is None and voter.name is None
        phone.cast(s, info.id, voter.code_id, {ids[1]: 1, ids[0]: 2})
    with ws.session() as s:
        with pytest.raises(phone.CodeRefused, match="already been used"):
            phone.sign_in(s, info.id, issued[0].code)
        with pytest.raises(phone.CodeRefused, match="already been used"):
            phone.cast(s, info.id, voter.code_id, {ids[1]: 1})
        progress = voting.round_progress(s, info.id)
        assert (progress.ballots, progress.voted, progress.codes_waiting) == (2, 2, 3)
        # a lost slip: every unused code is replaced by as many new ones
        fresh = codes.replace_unused_codes(s, info.id)
        assert len(fresh) == 3
        assert codes.find_code(s, info.id, issued[1].code) is None
        assert codes.find_code(s, info.id, fresh[0].code).status == "issued"
        assert len(s.scalars(select(CodeHolder)).all()) == 4
    with ws.session() as s:  # the phone ballot's audit entry is like every other one
        audit = {(e.action, e.actor, e.details) for e in entries(s, round_id=info.id)
                 if e.action.startswith("ballot.")}
    assert audit == {("ballot.received", "", "{}")}


def test_reading_a_form_places_each_problem_with_its_option(room):
    ws, workshop_id, _members, priorities = room
    ranked = _round(ws, workshop_id, priorities, "borda")
    dots = _round(ws, workshop_id, priorities, "dots", budget=5, max_per_option=3)
    score = _round(ws, workshop_id, priorities, "score", scale_min=1, scale_max=5,
                   two_criteria=True)
    approval = _round(ws, workshop_id, priorities, "approval")
    with ws.session() as s:
        r = phone.phone_round(s, ranked.id)
        d = phone.phone_round(s, dots.id)
        sc = phone.phone_round(s, score.id)
        ap = phone.phone_round(s, approval.id)
    o = [x.id for x in r.options]
    ok = phone.read_form(r, {f"o{o[0]}": "2", f"o{o[1]}": "1", "csrf": "x", "junk": "y"})
    assert ok.ok and ok.values == {o[0]: 2, o[1]: 1}
    twice = phone.read_form(r, {f"o{o[0]}": "1", f"o{o[1]}": "1"})
    assert set(twice.problems) == {o[0], o[1]}
    assert "more than one option" in twice.problems[o[0]][0]
    # the phone shows the options' names in typographic quotes, not Python's
    for option in r.options[:2]:
        assert f"\u201c{option.label}\u201d" in twice.problems[o[0]][0]
    assert "'" not in twice.problems[o[0]][0]
    empty = phone.read_form(r, {}).problems
    assert empty == {0: ["rank at least one priority (1 = your first choice)"]}
    assert "not a whole number" in phone.read_form(r, {f"o{o[0]}": "1.5"}).problems[o[0]][0]
    od = [x.id for x in d.options]
    assert (d.budget, d.max_per_option) == (5, 3)
    over = phone.read_form(d, {f"o{od[0]}": "3", f"o{od[1]}": "3"})
    assert "budget is 5" in over.problems[0][0]
    capped = phone.read_form(d, {f"o{od[0]}": "4"})
    assert "at most 3" in capped.problems[od[0]][0]
    osc = [x.id for x in sc.options]
    assert sc.two_criteria and (sc.scale_min, sc.scale_max) == (1, 5)
    half = phone.read_form(sc, {f"o{osc[0]}": "4"})
    assert "feasibility" in half.problems[osc[0]][0]
    both = phone.read_form(sc, {f"o{osc[0]}": "4", f"f{osc[0]}": "2"})
    assert both.ok and both.values2 == {osc[0]: 2}
    oa = [x.id for x in ap.options]
    ticked = phone.read_form(ap, {f"o{oa[2]}": "1"})
    assert ticked.ok and ticked.values == {oa[0]: 0, oa[1]: 0, oa[2]: 1, oa[3]: 0}
    assert not phone.read_form(ap, {}).ok


# ----- codes live while their round is open, as it was when they were issued ----------
def test_closing_a_round_kills_its_codes_and_a_reopened_round_needs_new_ones(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="anonymous")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        issued = {i.member_id: i.code for i in codes.issue_codes(s, info.id)}
        voter = phone.sign_in(s, info.id, issued[members[0]])
        phone.cast(s, info.id, voter.code_id, {ids[0]: 1})
        assert voting.get_round(s, info.id).phone_codes == 4
        voting.close_round(s, info.id)
        assert keys.read_key(info.uid) is not None  # until the close is committed
        assert s.scalars(select(VoterCode).where(VoterCode.round_id == info.id)).all() == []
        closed = [e for e in entries(s, round_id=info.id) if e.action == "round.closed"]
        assert '"codes_ended": 4' in closed[0].details
        progress = voting.round_progress(s, info.id)  # the register keeps who voted
        assert (progress.ballots, progress.voted) == (1, 1)
    assert keys.read_key(info.uid) is None
    with ws.session() as s:
        voting.reopen_round(s, info.id)
        for member in members:  # not one old code votes in the reopened round
            with pytest.raises(phone.CodeRefused, match="not valid for this round"):
                phone.sign_in(s, info.id, issued[member])
        assert codes.code_counts(s, info.id).members_without == 4
        fresh = {i.member_id: i.code for i in codes.issue_codes(s, info.id)}
        assert set(fresh) == set(members[1:])  # who voted before the close has voted
        voter = phone.sign_in(s, info.id, fresh[members[1]])
        phone.cast(s, info.id, voter.code_id, {ids[1]: 1})
        assert voting.round_progress(s, info.id).voted == 2


def test_closing_a_secret_round_kills_the_unused_codes_and_keeps_its_register(room):
    ws, workshop_id, _members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="secret")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        issued = [i.code for i in codes.issue_codes(s, info.id)]
        for code in issued[:2]:
            voter = phone.sign_in(s, info.id, code)
            phone.cast(s, info.id, voter.code_id, {ids[0]: 1})
        before = voting.round_progress(s, info.id)
        voting.close_round(s, info.id)
        after = voting.round_progress(s, info.id)
        statuses = sorted(s.scalars(select(VoterCode.status)
                                    .where(VoterCode.round_id == info.id)))
        holders = len(s.scalars(select(CodeHolder)).all())
    assert (before.voted, before.codes_waiting) == (2, 3)
    assert (after.voted, after.codes_waiting, after.ballots) == (2, 0, 2)
    assert statuses == ["used", "used"] and holders == 5  # who among them voted: unknown
    assert keys.read_key(info.uid) is None


def test_a_secret_round_closed_before_any_vote_frees_its_holders_when_reopened(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="secret")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        old = [i.code for i in codes.issue_codes(s, info.id)]
        voting.close_round(s, info.id)
        assert s.scalars(select(CodeHolder)).all() == []
    with ws.session() as s:
        voting.reopen_round(s, info.id)
        with pytest.raises(phone.CodeRefused, match="not valid"):
            phone.sign_in(s, info.id, old[0])
        # nobody is held to a slip that died: the kiosk takes them, and new codes come
        voting.record_ballot(s, info.id, {ids[0]: 1}, voter_id=members[0], source="kiosk")
        assert len(codes.issue_codes(s, info.id)) == 4


def test_changing_to_or_from_secret_withdraws_the_codes_and_says_so(room):
    ws, workshop_id, _members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="named")
    with ws.session() as s:
        named_codes = [i.code for i in codes.issue_codes(s, info.id)]
        # named <-> anonymous: a code still names its member, it keeps working
        voting.update_round(s, info.id, anonymity="anonymous")
        assert phone.sign_in(s, info.id, named_codes[0]).member_id is not None
        changed = voting.update_round(s, info.id, anonymity="secret", actor="Facilitatrice")
        assert changed.phone_codes == 0
        with pytest.raises(phone.CodeRefused, match="not valid"):
            phone.sign_in(s, info.id, named_codes[0])
        withdrawn = [e for e in entries(s, round_id=info.id) if e.action == "codes.withdrawn"]
        assert len(withdrawn) == 1 and '"codes": 5' in withdrawn[0].details
        assert withdrawn[0].actor == "Facilitatrice"
        secret_codes = [i.code for i in codes.issue_codes(s, info.id)]
        assert len(s.scalars(select(CodeHolder)).all()) == 5
        voting.update_round(s, info.id, anonymity="named")
        assert s.scalars(select(CodeHolder)).all() == []  # no holder is stranded
        with pytest.raises(phone.CodeRefused, match="not valid"):
            phone.sign_in(s, info.id, secret_codes[0])
        assert len(codes.issue_codes(s, info.id)) == 5
        # codes for nobody: nothing issued, nothing logged (it used to fail)
        assert codes.issue_codes(s, info.id, []) == []
    assert keys.read_key(info.uid) is not None  # the codes issued last still live


def test_a_close_that_is_not_committed_keeps_the_codes_and_their_key(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="anonymous")
    with ws.session() as s:
        issued = {i.member_id: i.code for i in codes.issue_codes(s, info.id)}
    with pytest.raises(RuntimeError), ws.session() as s:
        voting.close_round(s, info.id)
        raise RuntimeError("the disk is full")  # the close is rolled back
    assert keys.read_key(info.uid) is not None
    with ws.session() as s:  # the round is open and its codes still vote
        assert voting.get_round(s, info.id).is_open
        assert phone.sign_in(s, info.id, issued[members[0]]).member_id == members[0]


def test_a_code_keeps_working_when_the_method_or_the_options_change(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda")
    with ws.session() as s:
        code = codes.issue_codes(s, info.id, [members[3]])[0].code
        changed = voting.update_round(s, info.id, method="approval",
                                      priority_ids=priorities[:2])
        assert changed.phone_codes == 1
        ids = [o.id for o in changed.options]
        voter = phone.sign_in(s, info.id, code)
        phone.cast(s, info.id, voter.code_id, {ids[0]: 1, ids[1]: 0})
        [ballot] = voting.ballots(s, info.id)
    assert ballot.voter_id == members[3] and ballot.values == {ids[0]: 1.0, ids[1]: 0.0}


# ----- who may vote is checked when a code is typed and when it is cast ---------------
def test_a_member_who_stops_being_a_voter_cannot_vote_with_their_code(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="anonymous")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        issued = {i.member_id: i.code for i in codes.issue_codes(s, info.id)}
        signed_in = phone.sign_in(s, info.id, issued[members[1]])
        voted = phone.sign_in(s, info.id, issued[members[2]])
        phone.cast(s, info.id, voted.code_id, {ids[0]: 1})
        set_role(s, workshop_id, members[0], "observer")
        set_role(s, workshop_id, members[1], "observer")
        set_role(s, workshop_id, members[2], "observer")
        remove_attendees(s, workshop_id, [members[3]])
    with ws.session() as s:
        for member in (members[0], members[3]):
            with pytest.raises(phone.CodeRefused, match="not a voting member") as refused:
                phone.sign_in(s, info.id, issued[member])
            assert not refused.value.guess
        # signed in before the change, casting after it
        with pytest.raises(phone.CodeRefused, match="not a voting member"):
            phone.cast(s, info.id, signed_in.code_id, {ids[1]: 1})
        # voted by phone before the change: may no longer change that ballot
        with pytest.raises(phone.CodeRefused, match="not a voting member"):
            phone.resume(s, info.id, voted.code_id)
        with pytest.raises(phone.CodeRefused, match="not a voting member"):
            phone.cast(s, info.id, voted.code_id, {ids[2]: 1})
        assert [b.values for b in voting.ballots(s, info.id)] == [{ids[0]: 1.0}]
        set_role(s, workshop_id, members[0], "voter")  # a voter again: the code works again
        assert phone.sign_in(s, info.id, issued[members[0]]).member_id == members[0]


def test_a_secret_round_takes_no_more_phone_ballots_than_holders_who_still_vote(room):
    ws, workshop_id, members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="secret")
    ids = [o.id for o in info.options]
    with ws.session() as s:
        slips = [i.code for i in codes.issue_codes(s, info.id)]
        # one holder becomes an observer: nobody knows which slip is theirs
        set_role(s, workshop_id, members[4], "observer")
        assert codes.secret_codes_left(s, info.id) == 4
        assert codes.code_counts(s, info.id).holders_gone == 1
        for code in slips[:4]:
            voter = phone.sign_in(s, info.id, code)
            phone.cast(s, info.id, voter.code_id, {ids[0]: 1})
        # the fifth slip: four holders still vote, four codes were used
        with pytest.raises(phone.CodeRefused, match="no more votes by phone") as refused:
            phone.sign_in(s, info.id, slips[4])
        assert not refused.value.guess
        [last] = s.scalars(select(VoterCode.id).where(VoterCode.status == "issued")).all()
        with pytest.raises(phone.CodeRefused, match="no more votes by phone"):
            phone.cast(s, info.id, last, {ids[1]: 1})
        progress = voting.round_progress(s, info.id)
        assert (progress.ballots, progress.voted, progress.voters) == (4, 4, 4)
        # replacing the unused codes issues only as many as the holders who still vote
        # have not used: none here
        assert codes.replace_unused_codes(s, info.id) == []


def test_handing_out_the_first_secret_codes_logs_no_replacement(room):
    """codes_for_everyone replaces a secret round's unused codes first: with none
    out yet nothing is replaced, and the log says only that codes were issued."""
    ws, workshop_id, _members, priorities = room
    info = _round(ws, workshop_id, priorities, "borda", anonymity="secret")
    with ws.session() as s:
        handed = codes.codes_for_everyone(s, info.id, actor="Marie")
        assert handed
        logged = [e.action for e in entries(s, round_id=info.id)]
    assert "codes.replaced" not in logged
    with ws.session() as s:  # the second time, the unused ones are replaced: logged
        codes.codes_for_everyone(s, info.id, actor="Marie")
        replaced = [e for e in entries(s, round_id=info.id) if e.action == "codes.replaced"]
    assert len(replaced) == 1 and replaced[0].actor == "Marie"
