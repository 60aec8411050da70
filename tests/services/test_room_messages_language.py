"""The room server in another language of the messages: a deleted round is
still told from an unreadable file (by its kind of error, not its English
words), and the reason it stops is in that language."""

from __future__ import annotations

import time

import pytest

from facilitator_app.i18n.messages import set_message_language
from facilitator_app.services import voting
from tests.room_setup import serving, voting_workshop


@pytest.fixture
def served(tmp_path):
    ws, workshop_id, _members, priorities = voting_workshop(
        tmp_path / "w.cluster", "Cooperativa del Cacao", "Taller",
        [f"Miembro {i}" for i in range(3)], ["Secado", "Sello", "Feria"])
    with serving(ws, workshop_id, priorities) as serve:
        server, info, _issued = serve()
        yield ws, server, info
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
