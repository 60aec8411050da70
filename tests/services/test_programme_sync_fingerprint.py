"""The fingerprint a send keeps of each row (``programme_records.sent_hash``).

Sends made before the fingerprint became one line of JSON in column order
wrote another one (``repr`` of the sorted items): a programme database
holding those must still tell a row changed only in the workspace from a
row changed on both sides.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from facilitator_app.services import roster
from facilitator_app.services.demo import create_demo
from facilitator_app.services.programme import sync
from facilitator_app.storage.models import Member
from tests.pg import programme_database  # noqa: F401 - the 'programme' fixture

pytestmark = pytest.mark.pg


@pytest.fixture
def demo(tmp_path: Path):
    ws = create_demo(tmp_path / "Démo Saint-Louis.cluster")
    yield ws
    ws.close()


def _send(ws, url: str) -> sync.SendReport:
    return sync.send_workspace(ws.engine, url, sent_by="Zoé")


def _hashes(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text(  # type: ignore[arg-type]
            "SELECT record_uid, sent_hash FROM programme_records")).all())


def test_records_of_the_first_fingerprint_still_tell_who_changed_a_row(programme, pg_url,
                                                                       demo):
    _send(demo, pg_url)
    new_style = _hashes(programme)
    outgoing = sync._read_workspace(demo.engine)
    old_style = {row.uid: sync._hash_v1(row.content)
                 for rows in outgoing.rows.values() for row in rows}
    assert old_style.keys() == new_style.keys()
    assert all(old_style[uid] != new_style[uid] for uid in old_style)
    with programme.begin() as conn:  # as the first sends left them
        conn.execute(text("UPDATE programme_records SET sent_hash = :h WHERE record_uid = :u"),
                     [{"h": h, "u": uid} for uid, h in old_style.items()])

    with demo.session() as s:
        member = s.scalars(select(Member).order_by(Member.name)).first()
        assert member is not None
        roster.update_member(s, member.id, {"name": "Rhum Barbancourt (renamed)"})
        uid = member.uid
    report = _send(demo, pg_url)

    # changed in the workspace only: a plain update, no conflict
    assert report.conflicts == []
    assert (report.updated, report.inserted, report.deleted) == (1, 1, 0)  # + its audit entry
    with programme.connect() as conn:
        assert conn.execute(text("SELECT name FROM members WHERE uid = :u"),
                            {"u": uid}).scalar_one() == "Rhum Barbancourt (renamed)"
    # every record now holds the new fingerprint (the unchanged ones written again)
    after = _hashes(programme)
    assert all(after[u] == new_style[u] for u in new_style if u != uid)
    assert after[uid] not in (new_style[uid], old_style[uid])
    # and the next send finds nothing to do
    again = _send(demo, pg_url)
    assert (again.updated, again.inserted, again.deleted, again.conflicts) == (0, 0, 0, [])
