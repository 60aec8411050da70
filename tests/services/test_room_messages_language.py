"""The room server in another language of the messages: a deleted round is
still told from an unreadable file (by its kind of error, not its English
words), and the reason it stops is in that language."""

from __future__ import annotations

import time

import pytest

from facilitator_app.i18n.messages import set_message_language
from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes
from facilitator_app.services.room.server import RoomServer
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace


@pytest.fixture
def served(tmp_path):
    ws = create_workspace(tmp_path / "w.cluster", "Cooperativa del Cacao")
    with ws.session() as s:
        workshop = create_workshop(s, "Taller")
        members = [add_member(s, {"name": f"Miembro {i}"}) for i in range(3)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, t).id for t in ("Secado", "Sello", "Feria")]
        info = voting.create_round(s, workshop.id, priorities, "borda")
        codes.issue_codes(s, info.id)
    server = RoomServer(ws, info.id, "127.0.0.1", 0)
    server.start()
    yield ws, server, info
    server.stop()
    ws.close()


def test_a_deleted_round_is_seen_whatever_the_language(served):
    ws, server, info = served
    set_message_language("es")
    assert server._round_exists()
    with ws.session() as s:
        voting.delete_round(s, info.id)
    assert not server._round_exists()


def test_the_reason_the_room_stops_is_in_the_messages_language(served):
    ws, server, info = served
    set_message_language("fr")
    with ws.session() as s:
        voting.close_round(s, info.id)
    deadline = time.monotonic() + 20
    while not server.stopped_because and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.stopped_because == "Le tour a été clôturé."
