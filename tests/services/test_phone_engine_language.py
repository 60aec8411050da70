"""What the voting engine says about a wrong phone ballot ("rank 1 is given to
more than one option") comes in the phone page's language, not the app's
(issue 19): the room server puts the request's thread, and the writer's
thread for that one cast, in the page's language (``messages_in``), and the
app's language is left as it was. Over the real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import html
import json
import re
import threading

import pytest

from facilitator_app.i18n.messages import message_language, messages_in, set_message_language
from facilitator_app.services import voting
from facilitator_app.services.room import codes
from tests.room_client import Phone
from tests.room_setup import serving, voting_workshop

ENGLISH = "rank 1 is given to more than one option"
SPANISH = "el lugar 1 se dio a más de una opción"
FRENCH = "le rang 1 est donné à plus d'une option"


@pytest.fixture
def room(tmp_path):
    ws, workshop_id, _members, priorities = voting_workshop(
        tmp_path / "w.cluster", "Clúster del Cacao Nordeste", "Taller de prioridades",
        [f"Miembro {i} Begoña" for i in range(4)],
        ["Secado solar", "Sello de origen", "Feria del cacao"])
    with serving(ws, workshop_id, priorities, "borda") as serve:
        yield ws, serve
    ws.close()


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def signed_in(server, code: str) -> Phone:
    phone = Phone(server.url)
    phone.get("/")
    ballot = phone.post("/code", {"code": code})
    assert ballot.status == 200 and "/review" in ballot.text
    return phone


@pytest.mark.parametrize(("page_language", "refusal"), [("es", SPANISH), ("ht", FRENCH)])
def test_a_duplicated_rank_is_refused_in_the_page_s_language(room, page_language, refusal):
    _ws, serve = room
    set_message_language("en")
    server, info, issued = serve(language=page_language)
    ids = [o.id for o in info.options]
    phone = signed_in(server, issued[0].code)
    assert f'<html lang="{page_language}">' in phone.last.text

    review = phone.post("/review", {f"o{ids[0]}": "1", f"o{ids[1]}": "1"})
    assert review.status == 422
    words = text_of(review.text)
    assert refusal in words and ENGLISH not in words

    token = review.csrf
    check = phone.post("/api/check", {f"o{ids[0]}": "1", f"o{ids[1]}": "1"}, csrf=token)
    problems = json.loads(check.text)["problems"]
    assert any(refusal in p for found in problems.values() for p in found), problems

    # the app (this thread, the process) still speaks English
    assert message_language() == "en"
    assert ENGLISH in "; ".join(voting.check_values(info, {ids[0]: 1, ids[1]: 1}))

    # a phone that chose English on the same server gets English
    other = signed_in(server, issued[1].code)
    other.get("/?lang=en")
    english = other.post("/review", {f"o{ids[0]}": "1", f"o{ids[1]}": "1"})
    assert english.status == 422 and ENGLISH in text_of(english.text)

    # a good ballot still goes through in the page's language
    done = phone.post("/review", {f"o{ids[0]}": "1", f"o{ids[1]}": "2"}, csrf=token)
    assert done.status == 200
    assert phone.post("/cast", {}).status == 200
    with room[0].session() as s:
        assert voting.voted_member_ids(s, info.id) == {issued[0].member_id}


def test_the_writer_refuses_a_cast_in_the_phone_s_language_then_the_app_s_again(room):
    ws, serve = room
    set_message_language("en")
    server, info, issued = serve()
    ids = [o.id for o in info.options]
    with ws.session() as s:
        code_id = codes.find_code(s, info.id, issued[0].code).id
    with pytest.raises(voting.BallotRejected) as spanish:
        server.writer.submit(code_id, {ids[0]: 1, ids[1]: 1}, {}, language="es")
    assert SPANISH in spanish.value.message
    with pytest.raises(voting.BallotRejected) as english:  # the writer thread was put back
        server.writer.submit(code_id, {ids[0]: 1, ids[1]: 1}, {})
    assert ENGLISH in english.value.message
    assert message_language() == "en"


def test_messages_in_is_for_the_current_thread_only():
    set_message_language("nl")
    seen: dict[str, str] = {}
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        inside.wait(5)
        seen["other"] = message_language()
        leave.set()

    worker = threading.Thread(target=other)
    worker.start()
    with messages_in("es"):
        seen["here"] = message_language()
        with messages_in("ht"):
            seen["nested"] = message_language()
        seen["after nested"] = message_language()
        inside.set()
        assert leave.wait(5)
    worker.join(5)
    assert seen == {"here": "es", "nested": "ht", "after nested": "es", "other": "nl"}
    assert message_language() == "nl"
    with pytest.raises(RuntimeError), messages_in("fr"):
        raise RuntimeError("restored even so")
    assert message_language() == "nl"
