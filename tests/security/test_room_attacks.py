"""Someone on the room's Wi-Fi attacks the room server (issue 16): guessing
codes, reusing a used code or one of another round, forging forms, walking
out of the pages, oversized requests, a wrong Host; and the server is gone
once the round closes. Loopback only."""

from __future__ import annotations

import contextlib
import socket
import time
from functools import partial

import pytest

from facilitator_app.services import voting
from facilitator_app.services.room.server import (
    MAX_BODY,
    SECURITY_HEADERS,
    Limits,
    RateLimiter,
    RoomServer,
)
from tests.room_client import Phone
from tests.room_setup import serving, voting_workshop


@pytest.fixture
def hall(tmp_path):
    ws, workshop_id, _members, priorities = voting_workshop(
        tmp_path / "w.cluster", "", "Atelier", [f"M{i}" for i in range(4)],
        [f"P{k}" for k in range(3)])
    with serving(ws, workshop_id, priorities) as serve:
        yield ws, partial(serve, "borda")  # a Borda round; serve(anonymity, limits=...)
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


def test_wrong_codes_lock_the_device_out(hall):
    _ws, serve = hall
    server, _info, issued = serve(limits=Limits(device_tries=3, room_tries=30))
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


def test_a_wrong_code_is_settled_before_the_phone_hears_the_answer(hall, monkeypatch):
    """A phone that types its next code the moment it is told the last was wrong
    must never be told "a code from this phone is being checked" (the try was
    still counted as in progress while the answer went out)."""
    from facilitator_app.services.room import pages

    _ws, serve = hall
    server, _info, _issued = serve(limits=Limits(device_tries=3, room_tries=30))
    pending_at_answer: list[dict[str, int]] = []
    join_page = pages.join_page

    def answer(*args, **kwargs):
        pending_at_answer.append(dict(server.limiter._trying))
        return join_page(*args, **kwargs)

    monkeypatch.setattr(pages, "join_page", answer)
    phone = Phone(server.url)
    phone.get("/")
    pending_at_answer.clear()
    reply = phone.post("/code", {"code": "AAA-AAA"})
    assert reply.status == 403
    assert pending_at_answer == [{}]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _guess(limiter: RateLimiter, device: str) -> bool:
    """One wrong code from ``device``; returns whether it was let try at all."""
    with limiter.attempt(device) as why:
        if why:
            return False
        limiter.failed(device)
        return True


def test_an_attack_on_the_room_never_locks_out_an_honest_phone(hall):
    """Someone changes their device's address for every guess: the room goes
    on alert, yet a phone that types its right code still gets in (before,
    30 wrong codes a minute paused code entry for every phone in the room)."""
    _ws, serve = hall
    server, _info, issued = serve()
    clock = Clock()
    server.limiter = RateLimiter(Limits(), clock=clock)
    typo = "10.0.0.66"  # an honest phone that mistyped its code once, before the attack
    assert _guess(server.limiter, typo)
    for i in range(40):  # 40 addresses, one guess each, in four seconds
        assert _guess(server.limiter, f"10.0.1.{i}")
        clock.now += 0.1
    assert server.limiter.on_alert()
    # a phone that never typed a wrong code gets in, through the real server
    honest = Phone(server.url)
    honest.get("/")
    reply = honest.post("/code", {"code": issued[0].code})
    assert reply.status == 200 and "Review my vote" in reply.text
    # so does the one that made a typo before the alert: it still has its try
    with server.limiter.attempt(typo) as why:
        assert why == ""
    # but while on alert one wrong code locks its phone, with why and how long
    clumsy = Phone(server.url)
    clumsy.get("/")
    assert clumsy.post("/code", {"code": "AAA-AAA"}).status == 403
    locked = clumsy.post("/code", {"code": issued[1].code})
    assert locked.status == 429
    assert "one wrong code locks a phone: wait 10 minutes" in locked.text


def test_guessing_stays_bounded_while_the_room_is_on_alert():
    clock = Clock()
    limits = Limits(device_tries=5, device_window=600.0, room_tries=30, room_window=60.0)
    limiter = RateLimiter(limits, clock=clock)
    addresses = [f"192.168.137.{i}" for i in range(2, 255)]  # a hotspot's whole network
    tried = 0
    for _minute in range(9):  # nine minutes of trying, every address six times a minute
        for _round in range(6):
            for address in addresses:
                tried += _guess(limiter, address)
            clock.now += 10.0
    # 30 wrong codes put the room on alert; after that one guess per address locks it
    # for the device window: at most 30 + one per address in those nine minutes
    assert tried <= limits.room_tries + len(addresses)
    one = addresses[0]
    assert "one wrong code locks a phone" in limiter.locked(one)
    # the lock is the device window from the wrong code, whatever the room does next
    clock.now += 600.0
    assert limiter.locked(one) == ""
    # sending many codes at once from one device gets no more tries than one by one
    quiet = RateLimiter(limits, clock=clock)
    clock.now += 10_000.0
    with contextlib.ExitStack() as stack:
        whys = [stack.enter_context(quiet.attempt("10.9.9.9")) for _ in range(8)]
    assert whys[:5] == [""] * 5 and all("being checked" in w for w in whys[5:])


def test_the_device_lockout_keeps_its_message_and_ends_with_its_window():
    clock = Clock()
    limiter = RateLimiter(Limits(device_tries=5, device_window=600.0), clock=clock)
    for _ in range(5):
        assert _guess(limiter, "10.0.0.9")
        clock.now += 1.0
    assert limiter.locked("10.0.0.9").startswith("Too many wrong codes from this phone. "
                                                 "Wait 10 minutes")
    assert limiter.locked("10.0.0.10") == ""  # the others are not concerned
    assert not limiter.on_alert()
    clock.now += 596.0  # the first wrong code is 600 s old: one more try
    assert limiter.locked("10.0.0.9") == ""


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
