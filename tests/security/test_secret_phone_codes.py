"""The attacker of test_secret_ballot_attack against a secret round voted by
phones (issue 16): 40 members pick a slip at random, vote one after another
in an order the attacker saw, one commit each. From the file alone, every
ordering of the ballots (and now of the codes and their holders) still pairs
no more than chance does."""

from __future__ import annotations

import random
import sqlite3
import uuid

import pytest

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes, phone
from facilitator_app.services.roster import add_member
from facilitator_app.services.voting import ballot_box
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.security.sqlite_pages import SqliteFile, wal_frames, written_order
from tests.security.test_secret_ballot_attack import (
    CHANCE_LIMIT,
    _assert_nothing_describes_a_ballot,
    _links,
    _orders,
)

N = 40


@pytest.mark.slow
def test_forty_phone_ballots_cannot_be_linked_to_their_voters(tmp_path, monkeypatch):
    rng = random.Random(1616)
    for module in (ballot_box, codes):
        monkeypatch.setattr(module, "_shuffle", rng.shuffle)
        monkeypatch.setattr(module, "_random_key", lambda: rng.randrange(1, 2**62))
        monkeypatch.setattr(module, "new_uid",
                            lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)))
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

    results = {k: _links(v, truth) for k, v in _orders(path, info.id).items()}
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
    results["holders in the order their rows were written"] = _links(
        [(m,) for m in written], [(m,) for m in order])
    linked = {k: n for k, n in results.items() if n > CHANCE_LIMIT}
    assert not linked, f"ballots linked beyond chance: {linked}"
