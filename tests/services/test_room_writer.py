"""The room server's writer: casts that arrive together share one
transaction, and in a secret round one rewrite of the urn; a refused cast
spoils none of the others."""

from __future__ import annotations

import threading
import time

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes, phone
from facilitator_app.services.room.server import CastWriter
from facilitator_app.services.roster import add_member
from facilitator_app.services.voting import ballot_box
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.security.sqlite_pages import wal_frames


@pytest.mark.parametrize("anonymity", ["named", "secret"])
def test_a_burst_of_casts_is_one_commit_and_one_urn_rewrite(tmp_path, monkeypatch, anonymity):
    ws = create_workspace(tmp_path / "w.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Atelier")
        members = [add_member(s, {"name": f"M{i}"}) for i in range(12)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"P{k}").id for k in range(3)]
        info = voting.create_round(s, workshop.id, priorities, "borda", anonymity=anonymity)
        issued = codes.issue_codes(s, info.id)
        ids = {i.code: phone.sign_in(s, info.id, i.code).code_id for i in issued}
    a, b, _c = (o.id for o in info.options)
    rewrites: list[int] = []
    real = ballot_box._write_urn
    monkeypatch.setattr(ballot_box, "_write_urn",
                        lambda s, rnd, new: (rewrites.append(len(new)), real(s, rnd, new)))
    writer = CastWriter(ws, info.id)
    results: dict[int, object] = {}

    def send(n: int, code_id: int) -> None:
        values = {a: 1, b: 2} if n != 5 else {a: 1, b: 1}  # the sixth is invalid
        try:
            results[n] = writer.submit(code_id, values, {})
        except UserError as exc:
            results[n] = exc

    threads = [threading.Thread(target=send, args=(n, ids[issued[n].code]))
               for n in range(12)]
    for t in threads:
        t.start()
    while writer._jobs.qsize() < 12:  # every cast waits before the writer starts
        time.sleep(0.01)
    writer.start()
    for t in threads:
        t.join()
    writer.stop()
    if anonymity == "secret":  # checkpointed after the batch's commit, not before
        assert wal_frames(tmp_path / "w.cluster-wal") == 0
    with ws.session() as s:
        progress = voting.round_progress(s, info.id)
        used = codes.code_counts(s, info.id).used
    ws.close()
    assert isinstance(results[5], voting.BallotRejected)
    assert all(results[n] is False for n in range(12) if n != 5)
    assert (progress.ballots, progress.voted, used) == (11, 11, 11)
    assert writer.batches == 1  # the twelve casts together: one transaction
    if anonymity == "secret":
        assert rewrites == [11]  # one rewrite for eleven ballots; the refused one left out
    else:
        assert rewrites == []

