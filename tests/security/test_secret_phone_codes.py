"""The attacker of test_secret_ballot_attack against a secret round voted by
phones (issue 16): 40 members pick a slip at random, vote one after another
in an order the attacker saw, one commit each. From the file alone, every
ordering of the ballots (and of the holders of codes) still follows the
voting order no more than chance does, judged as the attacker test judges
(Kendall's tau, and ballots paired), on the app's own random source."""

from __future__ import annotations

import random
import sqlite3

import pytest

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes, phone
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.security.sqlite_pages import SqliteFile, wal_frames, written_order
from tests.security.test_secret_ballot_attack import (
    MEAN_LINKS,
    MOST_LINKS,
    TAU_LIMIT,
    _assert_nothing_describes_a_ballot,
    _orders,
    _score,
)

N = 40


@pytest.mark.slow
def test_forty_phone_ballots_cannot_be_linked_to_their_voters(tmp_path):
    rng = random.Random(1616)  # the test's data only: the app shuffles with its own source
    path = tmp_path / "Phones.cluster"
    ws = create_workspace(path, "Coopérative")
    with ws.session() as s:
        workshop = create_workshop(s, "Vote secret")
        members = [add_member(s, {"name": f"Membre {i:02d}"}) for i in range(N)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"Priorité {k}").id for k in range(5)]
        info = voting.create_round(s, workshop.id, priorities, "borda", anonymity="secret")
    with ws.session() as s:
        slips = [c.code for c in codes.issue_codes(s, info.id)]
    options = [o.id for o in info.options]
    order = rng.sample(members, N)  # the order the attacker saw them vote in
    hands = rng.sample(slips, N)  # the slip each of them was handed
    perms = [tuple(rng.sample(range(1, 6), 5)) for _ in range(N * 3)]
    truth = list(dict.fromkeys(perms))[:N]
    for i, _member in enumerate(order):
        with ws.session() as s:
            voter = phone.sign_in(s, info.id, hands[i])
            phone.cast(s, info.id, voter.code_id, dict(zip(options, truth[i], strict=True)))
        assert wal_frames(path.with_name(path.name + "-wal")) == 0
    with ws.session() as s:
        progress = voting.round_progress(s, info.id)
        voting.close_round(s, info.id)
    assert (progress.ballots, progress.voted, progress.codes_waiting) == (N, N, 0)
    ws.close()

    results = {k: _score(v, truth) for k, v in _orders(path, info.id).items()}
    _assert_nothing_describes_a_ballot(path, info.id)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        code_rows = conn.execute(
            "SELECT member_id, status, created_at, updated_at FROM voter_codes "
            "WHERE round_id = ?", (info.id,)).fetchall()
        holder_times = {r for (r,) in conn.execute(
            "SELECT DISTINCT created_at || updated_at FROM code_holders WHERE round_id = ?",
            (info.id,))}
        receipts = conn.execute("SELECT count(*) FROM voter_receipts").fetchone()[0]
    finally:
        conn.close()
    assert len(code_rows) == N
    assert {r[:2] for r in code_rows} == {(None, "used")}  # no member, all alike
    assert len({r[2:] for r in code_rows}) == 1  # one time for all: no time of use
    assert len(holder_times) == 1 and receipts == 0
    # the order in which the holders' rows sit in their table's pages
    raw = SqliteFile(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        holder_of = dict(conn.execute("SELECT id, member_id FROM code_holders"))
    finally:
        conn.close()
    cells = written_order(raw.cells("code_holders"))
    written = [holder_of[k] for k in cells if k in holder_of]
    assert len(written) == N
    results["holders in the order their rows were written"] = _score(
        [(m,) for m in written], [(m,) for m in order])
    ordered = {name: sc.tau for name, sc in results.items() if abs(sc.tau) > TAU_LIMIT}
    assert not ordered, f"orderings that follow the voting order: {ordered}"
    linked = {name: sc.links for name, sc in results.items() if sc.links > MOST_LINKS}
    assert not linked, f"ballots linked beyond chance: {linked}"
    mean = sum(sc.links for sc in results.values()) / len(results)
    assert mean <= MEAN_LINKS, f"{mean:.2f} ballots linked per ordering on average"
