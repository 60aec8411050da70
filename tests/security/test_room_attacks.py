"""Someone on the room's Wi-Fi attacks the room server (issue 16): guessing
codes, reusing a used code or one of another round, forging forms, walking
out of the pages, oversized requests, a wrong Host; and the server is gone
once the round closes. Loopback only."""

from __future__ import annotations

import socket
import time

import pytest

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes
from facilitator_app.services.room.server import (
    MAX_BODY,
    SECURITY_HEADERS,
    Limits,
    RoomServer,
)
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from tests.room_client import Phone


@pytest.fixture
def hall(tmp_path):
    ws = create_workspace(tmp_path / "w.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Atelier")
        members = [add_member(s, {"name": f"M{i}"}) for i in range(4)]
        add_attendees(s, workshop.id, members, role="voter")
        priorities = [add_priority(s, workshop.id, f"P{k}").id for k in range(3)]
    servers: list[RoomServer] = []

    def serve(anonymity="named", limits=None):
        with ws.session() as s:
            info = voting.create_round(s, workshop.id, priorities, "borda",
                                       anonymity=anonymity)
            issued = codes.issue_codes(s, info.id)
        server = RoomServer(ws, info.id, "127.0.0.1", 0, limits=limits)
        server.start()
        servers.append(server)
        return server, info, issued

    yield ws, serve
    for server in servers:
        server.stop()
    ws.close()


def _raw(server: RoomServer, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
        conn.sendall(data)
        chunks = []
        while True:
            try:
                chunk = conn.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def _status(raw: bytes) -> int:
    return int(raw.split(b" ", 2)[1])


def test_wrong_codes_lock_the_device_out_then_the_room(hall):
    _ws, serve = hall
    server, _info, issued = serve(limits=Limits(device_tries=3, room_tries=5))
    phone = Phone(server.url)
    phone.get("/")
    for attempt in range(3):
        reply = phone.post("/code", {"code": f"AAA-AA{'ACE'[attempt]}"})
        assert reply.status == 403 and "not valid for this round" in reply.text
    locked = phone.post("/code", {"code": issued[0].code})  # even the right code now
    assert locked.status == 429 and "Too many wrong codes from this phone" in locked.text
    # a fresh session on the same device is still locked out
    again = Phone(server.url)
    again.get("/")
    assert again.post("/code", {"code": issued[0].code}).status == 429
    # the room-wide limit: other devices' wrong codes add up
    server.limiter.failed("10.0.0.7")
    server.limiter.failed("10.0.0.8")
    assert "typed in the room" in server.limiter.locked("10.0.0.9")


def test_a_used_code_and_a_code_of_another_round_are_refused(hall):
    _ws, serve = hall
    server, info, issued = serve("secret")
    other, _other_info, other_codes = serve("named")
    ids = [o.id for o in info.options]
    phone = Phone(server.url)
    phone.vote(issued[0].code, {f"o{ids[0]}": "1"})
    thief = Phone(server.url)
    thief.get("/")
    assert "already been used" in thief.post("/code", {"code": issued[0].code}).text
    assert "not valid for this round" in thief.post("/code", {"code": other_codes[0].code}).text
    stranger = Phone(other.url)
    stranger.get("/")
    assert "not valid for this round" in stranger.post("/code", {"code": issued[1].code}).text


def test_forged_forms_without_their_token_are_refused(hall):
    ws, serve = hall
    server, info, issued = serve()
    ids = [o.id for o in info.options]
    victim = Phone(server.url)
    victim.get("/")
    victim.post("/code", {"code": issued[0].code})
    token = victim.last.csrf
    # a form without a token, with a wrong one, and with the token but no cookie
    assert victim.post("/review", {f"o{ids[0]}": "1"}, csrf="").status == 403
    assert victim.post("/review", {f"o{ids[0]}": "1"}, csrf="x" * 32).status == 403
    attacker = Phone(server.url)
    assert attacker.post("/code", {"code": issued[1].code}, csrf=token).status == 403
    # a form posted from another site's page, with the victim's cookie and token
    forged = victim.request("POST", "/review", f"csrf={token}&o{ids[0]}=1".encode(),
                            {"Origin": "http://evil.example"})
    assert forged.status == 403
    with ws.session() as s:
        assert voting.round_progress(s, info.id).ballots == 0


@pytest.mark.parametrize("target", [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/static/../w.cluster",
    "/w.cluster", "/results", "/api/round/1", "/.git/config", "//etc/passwd", "/app.css/..",
    "/?round=2",
])
def test_nothing_but_the_pages_is_served(hall, target):
    _ws, serve = hall
    server, _info, _issued = serve()
    raw = _raw(server, f"GET {target} HTTP/1.0\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"
                       .encode())
    status = _status(raw)
    if target == "/?round=2":  # the query is ignored: the one open round's page
        assert status == 200
    else:
        assert status == 404, (target, raw[:200])
    assert b"root:" not in raw and b"SQLite format" not in raw


def test_oversized_and_malformed_requests_are_refused(hall):
    _ws, serve = hall
    server, _info, _issued = serve()
    host = f"Host: 127.0.0.1:{server.port}\r\n".encode()
    big = _raw(server, b"POST /code HTTP/1.0\r\n" + host + b"Content-Type: "
               b"application/x-www-form-urlencoded\r\nContent-Length: "
               + str(MAX_BODY + 1).encode() + b"\r\n\r\n" + b"a" * 100)
    assert _status(big) == 413
    assert _status(_raw(server, b"POST /code HTTP/1.0\r\n" + host + b"\r\n")) == 411
    long_target = _raw(server, b"GET /" + b"a" * 5000 + b" HTTP/1.0\r\n" + host + b"\r\n")
    assert _status(long_target) == 414
    huge_line = _raw(server, b"GET /" + b"a" * 70000 + b" HTTP/1.0\r\n\r\n")
    assert _status(huge_line) == 414
    assert _status(_raw(server, b"BREW / HTTP/1.0\r\n" + host + b"\r\n")) == 501
    assert _status(_raw(server, b"garbage\r\n\r\n")) == 400
    wrong_host = _raw(server, b"GET / HTTP/1.0\r\nHost: evil.example\r\n\r\n")
    assert _status(wrong_host) == 400  # DNS rebinding: only the address served


def test_every_answer_has_the_security_headers_and_no_secret_in_a_url(hall):
    _ws, serve = hall
    server, info, issued = serve()
    phone = Phone(server.url)
    phone.vote(issued[0].code, {f"o{info.options[0].id}": "1"})
    for path in ("/", "/ballot", "/done", "/app.css", "/app.js", "/api/status", "/nowhere"):
        reply = phone.get(path)
        for name, value in SECURITY_HEADERS.items():
            assert reply.headers[name.lower()] == value, (path, name)
        assert reply.headers["server"].strip() == "room"
    assert all(issued[0].code.replace("-", "") not in line.upper().replace("-", "")
               for line in phone.history)  # the code travelled in form bodies only
    joined = Phone(server.url)
    first = joined.request("GET", "/")
    assert "HttpOnly" in first.headers["set-cookie"]
    assert "SameSite=Strict" in first.headers["set-cookie"]


def test_the_server_is_gone_once_the_round_closes(hall):
    ws, serve = hall
    server, info, _issued = serve()
    port = server.port
    stopped: list[str] = []
    server.on_stop = stopped.append
    with ws.session() as s:
        voting.close_round(s, info.id)
    deadline = time.monotonic() + 10
    while not stopped and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not server.running and stopped == ["The round was closed."]
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_one_device_cannot_take_up_every_connection(hall):
    _ws, serve = hall
    server, _info, _issued = serve(limits=Limits(device_connections=3))
    idle = [socket.create_connection(("127.0.0.1", server.port), timeout=10) for _ in range(3)]
    try:
        time.sleep(0.2)  # the three are being served (each waits for its request)
        crowded = _raw(server, f"GET / HTTP/1.0\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"
                               .encode())
        assert _status(crowded) == 503
    finally:
        for conn in idle:
            conn.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # their slots come back once they hang up
        reply = _raw(server, f"GET / HTTP/1.0\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"
                             .encode())
        if _status(reply) == 200:
            break
        time.sleep(0.1)
    assert _status(reply) == 200
