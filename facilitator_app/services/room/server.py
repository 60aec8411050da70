"""The room server: the open round's phone pages over the room's own network.

Why the standard library's ``ThreadingHTTPServer`` in worker threads, not
QtHttpServer: the same server runs headless (``facilitator-app room``),
where Qt must not load (the command line stays below the GUI), and it is
one small, well-known piece of Python with no new dependency; the GUI
drives it through :class:`RoomServer` like the command line does. Threads
are cheap here (a room has a few dozen phones, 200 at the very most), and
the GUI thread stays free: it only polls the turnout.

SQLite has one writer. Reads (the round, a code) run in the request's own
thread with its own session; every write (a cast) goes to one writer
thread, which takes every cast waiting at that moment and records them in
one transaction (a savepoint each, so one refused ballot spoils nothing
else): one commit and, in a secret round, one rewrite of the urn and one
checkpoint for a whole burst of phones.

Security (README "Voting by phone", the threat model): only the open
round's pages are served, from a fixed table of paths (no files, no
listings, no other round, no results); the server binds to the one address
chosen and refuses requests whose Host is not that address (DNS
rebinding); every form carries a CSRF token tied to the phone's session
(an HttpOnly, SameSite=Strict cookie: no secret ever travels in a URL);
codes are looked up by their HMAC (keyed with a key kept outside the
workspace) and compared in constant time; wrong codes are limited per
device (its address), and once the room sees many a wrong code locks its
device at once, with a lockout message, while right codes still get in; requests are limited in size and time; every answer has
strict security headers; nothing is logged (no addresses, no codes).
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import json
import logging
import math
import queue
import secrets
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import (
    T_,
    Texts,
    _,
    message_language,
    messages_in,
    output_language,
)
from facilitator_app.services import voting
from facilitator_app.services.room import pages
from facilitator_app.services.room.phone import (
    MAX_FIELD,
    CodeRefused,
    FormBallot,
    PhoneRound,
    PhoneVoter,
    cast,
    phone_round,
    read_form,
    resume,
    sign_in,
)
from facilitator_app.services.voting.ballot_box import UrnBatch
from facilitator_app.services.voting.rounds import RoundGone
from facilitator_app.storage.workspace import Workspace

log = logging.getLogger(__name__)

DEFAULT_PORT = 8716
MAX_BODY = 16 * 1024  # bytes in a posted form
MAX_TARGET = 1024  # characters in the request target
MAX_CONNECTIONS = 256  # requests served at once; more get 503
SOCKET_TIMEOUT = 10.0  # seconds a phone may take to send its request
SESSION_IDLE = 4 * 3600.0  # seconds a phone's session lives unused
MAX_SESSIONS = 5000
COOKIE = "room"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass
class Limits:
    """How guessing codes is bounded, and the connections one device may hold.

    - ``device_tries`` wrong codes from one device (its address) within
      ``device_window`` seconds lock that device until the oldest of them
      is that old;
    - ``room_tries`` wrong codes in the whole room within ``room_window``
      seconds put the room *on alert* for as long as that holds: then one
      wrong code locks its device for ``device_window`` seconds. The room is
      never paused for everyone: a phone that types its right code gets in,
      whatever other devices typed, so no one can lock the honest phones out.

    A guesser who keeps changing their device's address gets, while the
    room is on alert, one guess per address every ``device_window`` seconds
    (on a hotspot's network, a few hundred addresses: a few hundred guesses
    in 10 minutes against the millions needed); ``device_connections``: a
    phone needs one or two at once, more is someone trying to take up every
    slot.
    """

    device_tries: int = 5
    device_window: float = 600.0
    room_tries: int = 30
    room_window: float = 60.0
    device_connections: int = 16


class RateLimiter:
    """Counts wrong codes per device and in all (see :class:`Limits`);
    thread-safe. A try in progress counts as a wrong one until it is
    settled (:meth:`attempt`), so sending many codes at once from one
    device gets no more tries than sending them one by one."""

    MAX_DEVICES = 10_000

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._lock = threading.Lock()
        self._device: dict[str, list[float]] = {}  # wrong codes' times, per device
        self._locked_until: dict[str, float] = {}  # a wrong code while on alert
        self._trying: dict[str, int] = {}  # tries in progress, per device
        self._room: list[float] = []

    def _recent(self, times: list[float], window: float, now: float) -> list[float]:
        return [t for t in times if now - t < window]

    def _why(self, device: str, now: float, pending: int = 0, t: Texts | None = None) -> str:
        lim = self.limits
        t = t if t is not None else Texts("participant", "en")
        until = self._locked_until.get(device)
        if until is not None:
            if now < until:
                return t("Many wrong codes were typed in this room just now, so one wrong code "
                         "locks a phone: wait {time}, or ask the facilitator for help.",
                         time=_duration(until - now, t))
            del self._locked_until[device]
        mine = self._recent(self._device.get(device, []), lim.device_window, now)
        if mine:
            self._device[device] = mine
        else:
            self._device.pop(device, None)
        if len(mine) >= lim.device_tries:
            wait = lim.device_window - (now - mine[0])
            return t("Too many wrong codes from this phone. Wait {time}, or ask the "
                     "facilitator for help.", time=_duration(wait, t))
        if pending and (len(mine) + pending >= lim.device_tries or self.on_alert(now)):
            return t("A code from this phone is being checked: wait for its answer.")
        return ""

    def on_alert(self, now: float | None = None) -> bool:
        """Whether the room has seen ``room_tries`` wrong codes within
        ``room_window``: one wrong code then locks its device."""
        now = self._clock() if now is None else now
        self._room = self._recent(self._room, self.limits.room_window, now)
        return len(self._room) >= self.limits.room_tries

    def locked(self, device: str, t: Texts | None = None) -> str:
        """Why ``device`` may not try a code now (in the language of ``t``),
        or '' when it may."""
        with self._lock:
            return self._why(device, self._clock(), self._trying.get(device, 0), t)

    @contextlib.contextmanager
    def attempt(self, device: str, t: Texts | None = None) -> Iterator[str]:
        """One try of a code: yields why ``device`` may not try now ('' when
        it may); inside the block, :meth:`failed` says the code was wrong."""
        with self._lock:
            why = self._why(device, self._clock(), self._trying.get(device, 0), t)
            if not why:
                self._trying[device] = self._trying.get(device, 0) + 1
        try:
            yield why
        finally:
            if not why:
                with self._lock:
                    left = self._trying.get(device, 1) - 1
                    if left > 0:
                        self._trying[device] = left
                    else:
                        self._trying.pop(device, None)

    def failed(self, device: str) -> None:
        """A wrong code from ``device``: counted; while the room is on alert
        it locks the device for the device window."""
        with self._lock:
            now = self._clock()
            if self.on_alert(now):
                self._locked_until[device] = now + self.limits.device_window
            self._device.setdefault(device, []).append(now)
            self._room.append(now)
            for table in (self._device, self._locked_until):
                if len(table) > self.MAX_DEVICES:  # forget the oldest devices
                    for key in list(table)[: self.MAX_DEVICES // 2]:
                        del table[key]


def _duration(seconds: float, t: Texts) -> str:
    whole = max(1, math.ceil(seconds))
    if whole < 90:
        return t.n("{n} second", "{n} seconds", whole)
    return t.n("{n} minute", "{n} minutes", math.ceil(whole / 60))


@dataclass
class PhoneSession:
    """One phone's visit (server side; the phone holds only a random key)."""

    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    seen: float = field(default_factory=time.monotonic)
    voter: PhoneVoter | None = None
    draft: dict[str, str] = field(default_factory=dict)
    checked: FormBallot | None = None
    done: bool = False
    replaced: bool = False
    language: str | None = None  # chosen on the page (?lang=); None: the workshop's


class Sessions:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: dict[str, PhoneSession] = {}

    def get(self, key: str | None) -> PhoneSession | None:
        if not key:
            return None
        with self._lock:
            found = self._by_key.get(key)
            if found is None:
                return None
            now = time.monotonic()
            if now - found.seen > SESSION_IDLE:
                del self._by_key[key]
                return None
            found.seen = now
            return found

    def new(self, old_key: str | None = None) -> tuple[str, PhoneSession]:
        key = secrets.token_urlsafe(32)
        session = PhoneSession()
        with self._lock:
            if old_key:
                old = self._by_key.pop(old_key, None)
                if old is not None:  # the phone keeps the language it chose
                    session.language = old.language
            if len(self._by_key) >= MAX_SESSIONS:
                oldest = sorted(self._by_key, key=lambda k: self._by_key[k].seen)
                for k in oldest[: MAX_SESSIONS // 10]:
                    del self._by_key[k]
            self._by_key[key] = session
        return key, session

    def __len__(self) -> int:
        return len(self._by_key)


BUSY = T_("The laptop is too busy to record your vote. Please try again.")
NOT_RECORDED = T_("Your vote could not be recorded (an error in the app). Tell the "
                  "facilitator.")


@dataclass
class _CastJob:
    code_id: int
    values: dict[int, int]
    values2: dict[int, int]
    language: str | None = None  # the phone page's: the ballot box's refusal in it
    done: threading.Event = field(default_factory=threading.Event)
    replaced: bool = False
    error: BaseException | None = None


class CastWriter:
    """The one thread that writes: casts that arrive together share a commit."""

    MAX_BATCH = 100

    def __init__(self, ws: Workspace, round_id: int,
                 on_cast: Callable[[], None] | None = None) -> None:
        self.ws, self.round_id, self.on_cast = ws, round_id, on_cast
        self._jobs: queue.Queue[_CastJob | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="room-writer", daemon=True)
        self.batches = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)

    def submit(self, code_id: int, values: dict[int, int], values2: dict[int, int],
               timeout: float = 60.0, language: str | None = None) -> bool:
        """Record a cast; returns whether it replaced an earlier ballot, or
        raises what the ballot box said (UserError, in ``language``: the
        phone page's; None: the app's), once it is committed."""
        job = _CastJob(code_id, values, values2, language)
        self._jobs.put(job)
        if not job.done.wait(timeout):
            raise UserError(BUSY)  # the phone's page says it in its language
        if job.error is not None:
            raise job.error
        return job.replaced

    def _run(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < self.MAX_BATCH:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            self._write(batch)
            if stop:
                return

    def _write(self, batch: list[_CastJob]) -> None:
        try:
            with self.ws.session() as s:
                urn = UrnBatch(s)  # a secret round's casts share one rewrite of the urn
                for job in batch:
                    try:
                        with urn.one(), messages_in(job.language):
                            job.replaced = cast(s, self.round_id, job.code_id, job.values,
                                                job.values2 or None).replaced
                    except UserError as exc:
                        job.error = exc
                urn.write()
        except UserError as exc:  # the commit failed (a full disk ...): nothing was kept
            for job in batch:
                job.error = job.error or exc
        except Exception as exc:
            log.exception("recording phone ballots failed")
            for job in batch:
                job.error = job.error or UserError(NOT_RECORDED)
            del exc
        self.batches += 1
        for job in batch:
            job.done.set()
        if self.on_cast is not None:
            self.on_cast()


def check_bind_address(host: str) -> str:
    """``host`` as an address the server may bind to: one address of this
    machine on a local network (a hotspot's, the venue's) or loopback, never
    "all addresses" and never one that the internet could reach."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise UserError(_("{host!r} is not an IP address of this computer.", host=host)) from None
    if address.is_unspecified:
        raise UserError(_("Choose one address of this computer (the hotspot's), not every "
                          "address at once."))
    if address.is_multicast:
        raise UserError(_("{host} is not an address of this computer.", host=host))
    if address.is_global:
        raise UserError(_("{host} can be reached from the internet: choose this computer's "
                          "address on the room's own network (the hotspot's).", host=host))
    return str(address)


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses, the local network's first, loopback last
    (what the facilitator chooses from; the hotspot's is usually 10.x or 192.168.x)."""
    found: set[str] = set()
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    with contextlib.suppress(OSError):  # the address of the default route (sends nothing)
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            probe.connect(("10.255.255.255", 1))
            found.add(probe.getsockname()[0])
        finally:
            probe.close()
    found.add("127.0.0.1")

    def rank(a: str) -> tuple[int, str]:
        ip = ipaddress.ip_address(a)
        return (1 if ip.is_loopback else 0, a)

    return sorted((a for a in found if not ipaddress.ip_address(a).is_unspecified
                   and not ipaddress.ip_address(a).is_global), key=rank)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Windows lets another program bind a port taken with SO_REUSEADDR: there
    # the port is taken exclusively instead (server_bind)
    allow_reuse_address = sys.platform != "win32"
    request_queue_size = 1024  # a room of phones connecting at once must not overflow it
    room: RoomServer

    def __init__(self, address: tuple[str, int], room: RoomServer) -> None:
        self.room = room
        self.address_family = (socket.AF_INET6 if ":" in address[0] else socket.AF_INET)
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._per_device: dict[str, int] = {}
        self._count_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        if exclusive is not None:
            self.socket.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        super().server_bind()

    def _busy(self, request: Any) -> None:
        with contextlib.suppress(OSError):
            request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Length: 0\r\n"
                            b"Connection: close\r\n\r\n")
        self.shutdown_request(request)

    def process_request(self, request: Any, client_address: Any) -> None:
        device = str(client_address[0])
        with self._count_lock:
            held = self._per_device.get(device, 0)
            if held >= self.room.limiter.limits.device_connections:
                crowded = True
            else:
                crowded = False
                self._per_device[device] = held + 1
        if crowded:
            self._busy(request)
            return
        if not self._slots.acquire(blocking=False):
            self._release_device(device)
            self._busy(request)
            return
        super().process_request(request, client_address)

    def _release_device(self, device: str) -> None:
        with self._count_lock:
            left = self._per_device.get(device, 1) - 1
            if left > 0:
                self._per_device[device] = left
            else:
                self._per_device.pop(device, None)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()
            self._release_device(str(client_address[0]))

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A phone that went away is not worth a word; anything else is a bug
        (logged with its traceback, never shown to the phone)."""
        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            log.debug("a phone's connection failed: %s", error)
        else:
            log.error("a phone's request failed\n%s", traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "room"
    sys_version = ""
    protocol_version = "HTTP/1.0"
    default_request_version = "HTTP/1.0"  # even a garbled request gets a status line
    timeout = SOCKET_TIMEOUT

    # ----- plumbing ---------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:
        """Nothing is logged: no addresses, no paths, no codes."""

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, text: str, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self._send(status, text.encode("utf-8"), "text/html; charset=utf-8", headers)

    def _json(self, data: object, status: int = 200) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                   "application/json; charset=utf-8")

    def _redirect(self, where: str, headers: dict[str, str] | None = None) -> None:
        self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", {"Location": where, **(headers or {})})

    def _texts(self, rnd: PhoneRound | None = None) -> Texts:
        """The pages' texts in this phone's language: the one it chose on the
        page (kept in its session), else the room's (:meth:`RoomServer.language`)."""
        found = self.server.room.sessions.get(self._cookie_key())
        chosen = found.language if found is not None else None
        return pages.texts(chosen or self.server.room.language(rnd))

    def _error(self, status: int, text: str) -> None:
        """A refusal: ``text`` is an English text of the participant domain,
        shown in the phone's language."""
        t = self._texts()
        self._html(pages.message_page(t("Voting by phone"), t(text), t=t), status)

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """The base class's errors (a bad request line, too long a header ...),
        without echoing what was sent."""
        self.close_connection = True
        try:
            status = HTTPStatus(code)
        except ValueError:
            status = HTTPStatus.BAD_REQUEST
        with contextlib.suppress(OSError):
            t = pages.texts(self.server.room.language())
            self._html(pages.message_page(status.phrase, status.description + ".", t=t),
                       status)

    def _cookie_key(self) -> str | None:
        for part in self.headers.get("Cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE and value:
                return value
        return None

    def _set_cookie(self, key: str) -> dict[str, str]:
        return {"Set-Cookie": f"{COOKIE}={key}; Path=/; HttpOnly; SameSite=Strict"}

    def _host_ok(self) -> bool:
        return self.headers.get("Host", "") in self.server.room.hosts

    @property
    def _device(self) -> str:
        return str(self.client_address[0])

    def _path(self) -> str | None:
        if len(self.path) > MAX_TARGET:
            self._error(HTTPStatus.REQUEST_URI_TOO_LONG, T_("That address is too long."))
            return None
        if not self._host_ok():
            self._error(HTTPStatus.BAD_REQUEST, T_("Open the address shown by the facilitator."))
            return None
        return urlsplit(self.path).path

    def _form(self) -> dict[str, str] | None:
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            self._error(HTTPStatus.LENGTH_REQUIRED, T_("The form came without its length."))
            return None
        length = int(length_text)
        if length > MAX_BODY:
            self.close_connection = True
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, T_("That form is far too large."))
            return None
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, T_("Send the page's own form."))
            return None
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            fields = parse_qs(raw, keep_blank_values=True, max_num_fields=200)
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, T_("That form has too many fields."))
            return None
        return {k: v[-1] for k, v in fields.items()}

    # ----- the round --------------------------------------------------------------
    def _round(self) -> PhoneRound | None:
        room = self.server.room
        rnd: PhoneRound | None
        try:
            rnd = room.phone_round()
        except UserError:
            rnd = None
        if rnd is None or not rnd.is_open:
            t = self._texts(rnd)
            self._html(pages.message_page(t(pages.CLOSED_TITLE), t(pages.CLOSED_TEXT), t=t),
                       410)
            room.round_closed_seen()
            return None
        return rnd

    def _session(self) -> tuple[str, PhoneSession, dict[str, str]]:
        """This phone's session, made when it has none (with its cookie)."""
        sessions = self.server.room.sessions
        key = self._cookie_key()
        found = sessions.get(key)
        if found is not None and key is not None:
            return key, found, {}
        key, found = sessions.new()
        return key, found, self._set_cookie(key)

    def _checked_session(self, form: dict[str, str]) -> tuple[str, PhoneSession] | None:
        """The session of a posted form, when its CSRF token is right."""
        key = self._cookie_key()
        found = self.server.room.sessions.get(key)
        token = form.get("csrf", "")
        if found is None or key is None or not hmac.compare_digest(
                token.encode(), found.csrf.encode()):
            self._error(HTTPStatus.FORBIDDEN, T_("This page has expired. Open the voting page "
                                                 "again from the start."))
            return None
        origin = self.headers.get("Origin")
        if origin and origin != "null" and urlsplit(origin).netloc not in self.server.room.hosts:
            self._error(HTTPStatus.FORBIDDEN, T_("That form came from another site."))
            return None
        return key, found

    # ----- GET ----------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        path = self._path()
        if path is None:
            return
        if path == "/app.css":
            self._send(200, pages.STYLESHEET.encode(), "text/css; charset=utf-8")
            return
        if path == "/app.js":
            self._send(200, pages.SCRIPT.encode(), "text/javascript; charset=utf-8")
            return
        if path == "/api/status":
            self._status()
            return
        if path not in ("/", "/ballot", "/review", "/done"):
            self._error(HTTPStatus.NOT_FOUND, T_("There is nothing here. Open the voting page "
                                                 "from the start."))
            return
        rnd = self._round()
        if rnd is None:
            return
        _key, session, cookie = self._session()
        asked = parse_qs(urlsplit(self.path).query).get("lang", [""])[-1]
        if asked:  # the language switch: kept for this phone, then the same page again
            if asked in pages.LANGUAGE_CODES:
                session.language = asked
            self._redirect(path, cookie)
            return
        t = pages.texts(session.language or self.server.room.language(rnd))
        if session.done:
            self._html(pages.done_page(rnd, session.csrf, replaced=session.replaced, t=t),
                       headers=cookie)
        elif session.voter is None:
            if path != "/":
                self._redirect("/", cookie)
            else:
                self._html(pages.join_page(rnd, session.csrf, t=t), headers=cookie)
        elif path == "/review" and session.checked is not None:
            self._html(pages.review_page(rnd, session.csrf, session.checked,
                                         changing=session.voter.changing, t=t), headers=cookie)
        elif path in ("/ballot", "/review"):
            self._html(pages.ballot_page(rnd, session.csrf, session.draft,
                                         voter_name=session.voter.name,
                                         changing=session.voter.changing, t=t), headers=cookie)
        else:
            self._redirect("/ballot", cookie)

    def _status(self) -> None:
        room = self.server.room
        try:
            rnd, progress = room.read(lambda s: (phone_round(s, room.round_id),
                                                 voting.round_progress(s, room.round_id)))
        except UserError:
            self._json({"open": False}, 410)
            return
        self._json({"open": rnd.is_open, "round": rnd.title, "method": rnd.method,
                    "voted": progress.voted, "voters": progress.voters})

    # ----- POST ---------------------------------------------------------------------
    def do_POST(self) -> None:
        path = self._path()
        if path is None:
            return
        if path not in ("/code", "/review", "/cast", "/change", "/leave", "/api/check",
                        "/language"):
            self._error(HTTPStatus.NOT_FOUND, T_("There is nothing here."))
            return
        form = self._form()
        if form is None:
            return
        checked = self._checked_session(form)
        if checked is None:
            return
        key, session = checked
        rnd = self._round()
        if rnd is None:
            return
        if path == "/language":
            self._language(rnd, session, form)
        elif path == "/code":
            self._code(rnd, key, session, form)
        elif path == "/leave":
            new_key, _ = self.server.room.sessions.new(old_key=key)
            self._redirect("/", self._set_cookie(new_key))
        elif session.voter is None:
            if path == "/api/check":
                self._json({"error": "no code given"}, 403)
            else:
                self._redirect("/")
        elif path == "/api/check":
            t = self._texts(rnd)
            with messages_in(t.lang):  # the engine's problems in the page's language
                ballot = read_form(rnd, form, t)
            self._json({"ok": ballot.ok,
                        "problems": {str(k): v for k, v in ballot.problems.items()}})
        elif path == "/review":
            self._review(rnd, session, form)
        elif path == "/cast":
            self._cast(rnd, session)
        elif path == "/change":
            self._change(rnd, session)

    def _code(self, rnd: PhoneRound, key: str, session: PhoneSession,
              form: dict[str, str]) -> None:
        room = self.server.room
        typed = form.get("code", "")[:40]
        # the try is settled before the phone hears the answer: a phone that
        # types its next code at once is never told one is still being checked
        refused: CodeRefused | None = None
        t = self._texts(rnd)
        with room.limiter.attempt(self._device, t) as why:
            if not why:
                try:
                    voter = room.read(lambda s: sign_in(s, room.round_id, typed))
                except CodeRefused as exc:
                    refused = exc
                    if exc.guess:
                        room.limiter.failed(self._device)
        if why:
            self._html(pages.join_page(rnd, session.csrf, why, t=t),
                       HTTPStatus.TOO_MANY_REQUESTS)
            return
        if refused is not None:
            self._html(pages.join_page(rnd, session.csrf, t(refused.message), typed, t=t),
                       HTTPStatus.FORBIDDEN if refused.guess else HTTPStatus.OK)
            return
        # a new session key once a code is in (a key seen before proves nothing)
        new_key, fresh = room.sessions.new(old_key=key)
        fresh.voter = voter
        fresh.draft = _draft_of(voter)
        self._redirect("/ballot", self._set_cookie(new_key))

    def _language(self, rnd: PhoneRound, session: PhoneSession, form: dict[str, str]) -> None:
        """The switch on the ballot page: the ballot as filled in so far is
        kept (unchecked, as a draft), then the same page in that language."""
        asked = form.get("lang", "")
        if asked in pages.LANGUAGE_CODES:
            session.language = asked
        if session.voter is None or session.done:
            self._redirect("/")
            return
        _keep_draft(rnd, session, form)
        self._redirect("/ballot")

    def _review(self, rnd: PhoneRound, session: PhoneSession, form: dict[str, str]) -> None:
        assert session.voter is not None
        _keep_draft(rnd, session, form)
        t = self._texts(rnd)
        with messages_in(t.lang):  # the engine's problems in the page's language
            ballot = read_form(rnd, form, t)
        if not ballot.ok:
            session.checked = None
            self._html(pages.ballot_page(rnd, session.csrf, session.draft, ballot,
                                         voter_name=session.voter.name,
                                         changing=session.voter.changing, t=t), 422)
            return
        session.checked = ballot
        self._redirect("/review")

    def _cast(self, rnd: PhoneRound, session: PhoneSession) -> None:
        voter, ballot = session.voter, session.checked
        assert voter is not None
        if ballot is None:
            self._redirect("/ballot")
            return
        t = self._texts(rnd)
        try:
            replaced = self.server.room.writer.submit(voter.code_id, ballot.values,
                                                      ballot.values2, language=t.lang)
        except CodeRefused as exc:
            session.voter, session.checked = None, None
            self._html(pages.join_page(rnd, session.csrf, t(exc.message), t=t),
                       HTTPStatus.CONFLICT)
            return
        except UserError as exc:  # the ballot box's refusal, or the laptop too busy
            self._html(pages.ballot_page(rnd, session.csrf, session.draft, None,
                                         voter_name=voter.name, changing=voter.changing,
                                         error=t(exc.message), t=t), HTTPStatus.CONFLICT)
            return
        session.done, session.replaced, session.checked = True, replaced, None
        session.draft = {}
        if rnd.secret:
            session.voter = None  # the phone forgets the code at once
        self._redirect("/done")

    def _change(self, rnd: PhoneRound, session: PhoneSession) -> None:
        voter = session.voter
        if rnd.secret or voter is None:
            self._redirect("/")
            return
        room = self.server.room
        try:
            fresh = room.read(lambda s: _resume(s, room.round_id, voter))
        except CodeRefused as exc:
            session.voter, session.done = None, False
            t = self._texts(rnd)
            self._html(pages.join_page(rnd, session.csrf, t(exc.message), t=t))
            return
        session.voter, session.done, session.draft = fresh, False, _draft_of(fresh)
        self._redirect("/ballot")


def _keep_draft(rnd: PhoneRound, session: PhoneSession, form: dict[str, str]) -> None:
    """The ballot form's own fields, as typed (cut short), kept for the page."""
    fields = {f"{p}{o.id}" for o in rnd.options for p in ("o", "f")}
    session.draft = {k: v[:MAX_FIELD + 2] for k, v in form.items() if k in fields}


def _draft_of(voter: PhoneVoter) -> dict[str, str]:
    def text(v: float) -> str:
        return str(int(v)) if float(v).is_integer() else str(v)

    return ({f"o{k}": text(v) for k, v in voter.values.items()}
            | {f"f{k}": text(v) for k, v in voter.values2.items()})


def _resume(s: Any, round_id: int, voter: PhoneVoter) -> PhoneVoter:
    return resume(s, round_id, voter.code_id)


class RoomServer:
    """The open round's phone pages on one address, until stopped or the
    round closes. ``on_stop(reason)`` is called once, from a worker thread,
    when it stops by itself (the round closed); ``on_cast()`` after every
    batch of ballots is recorded."""

    WATCH_EVERY = 1.0  # seconds between looks at the round's status

    def __init__(self, ws: Workspace, round_id: int, host: str = "127.0.0.1",
                 port: int = DEFAULT_PORT, *, limits: Limits | None = None,
                 on_stop: Callable[[str], None] | None = None,
                 on_cast: Callable[[], None] | None = None,
                 language: str | None = None) -> None:
        self.ws, self.round_id = ws, round_id
        self.requested_language = language  # --lang; None: the workshop's
        self.host = check_bind_address(host)
        self.requested_port = port
        self.limiter = RateLimiter(limits or Limits())
        self.sessions = Sessions()
        self.writer = CastWriter(ws, round_id, on_cast)
        self.on_stop = on_stop
        self._httpd: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._stop_lock = threading.Lock()
        self.stopped_because = ""
        self.hosts: set[str] = set()
        self._round_lock = threading.Lock()
        self._round_cache: tuple[float, PhoneRound] | None = None

    #: Seconds the round as phones see it is kept between two reads (its
    #: options and method are locked once voting started; a round closed
    #: meanwhile is refused by the ballot box anyway, and the watch stops all).
    ROUND_KEPT = 0.5

    def phone_round(self) -> PhoneRound:
        """The round as the pages show it, read at most every ROUND_KEPT s."""
        with self._round_lock:
            kept = self._round_cache
            now = time.monotonic()
            if kept is not None and now - kept[0] < self.ROUND_KEPT:
                return kept[1]
        rnd: PhoneRound = self.read(lambda s: phone_round(s, self.round_id))
        with self._round_lock:
            self._round_cache = (time.monotonic(), rnd)
        return rnd

    def language(self, rnd: PhoneRound | None = None) -> str:
        """The pages' language before a phone chooses one: the one asked for
        (``--lang``), else the workshop's participants', else the app's."""
        workshop = rnd.language if rnd is not None else None
        if rnd is None and self.requested_language is None:
            with contextlib.suppress(UserError):
                workshop = self.phone_round().language
        return output_language(self.requested_language, workshop, message_language())

    def read(self, work: Callable[[Any], Any]) -> Any:
        """Run ``work(session)`` in a unit of work of this thread's own."""
        with self.ws.session() as s:
            return work(s)

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def running(self) -> bool:
        return self._httpd is not None and not self._stopping.is_set()

    def start(self) -> str:
        """Listen (only while the round is open); returns the join URL."""
        info = self.read(lambda s: voting.get_round(s, self.round_id))
        if not info.is_open:
            raise UserError(_("{title} is closed: phones can vote only in an open round.",
                              title=info.title))
        try:
            self._httpd = _Server((self.host, self.requested_port), self)
        except OSError as exc:
            raise UserError(_("Cannot listen on {host} port {port}: {reason}.", host=self.host,
                              port=self.requested_port, reason=exc.strerror or exc)) from exc
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.hosts = {f"{host}:{self.port}"} | ({host} if self.port == 80 else set())
        self.writer.start()
        serve = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                 name="room-server", daemon=True)
        watch = threading.Thread(target=self._watch, name="room-watch", daemon=True)
        self._threads = [serve, watch]
        serve.start()
        watch.start()
        return self.url

    def round_closed_seen(self) -> None:
        """A request found the round closed: stop without waiting for the watch."""
        threading.Thread(target=self.stop, args=("The round was closed.",), daemon=True).start()

    def _watch(self) -> None:
        while not self._stopping.wait(self.WATCH_EVERY):
            try:
                info = self.read(lambda s: voting.get_round(s, self.round_id))
                closed = not info.is_open
            except UserError:  # the round is gone, or the file cannot be read now
                closed = not self._round_exists()
            if closed:
                self.stop(_("The round was closed."))
                return

    def _round_exists(self) -> bool:
        try:
            self.read(lambda s: voting.get_round(s, self.round_id))
        except RoundGone:
            return False
        except UserError:  # the file cannot be read now: the round is still there
            return True
        return True

    def stop(self, reason: str = "") -> None:
        """Stop listening (idempotent); the casts already received are recorded."""
        with self._stop_lock:
            if self._stopping.is_set() or self._httpd is None:
                self._stopping.set()
                return
            self._stopping.set()
            self.stopped_because = reason
        self._httpd.shutdown()
        self._httpd.server_close()
        self.writer.stop()
        current = threading.current_thread()
        for thread in self._threads:
            if thread is not current:
                thread.join(timeout=5)
        if reason and self.on_stop is not None:
            self.on_stop(reason)
