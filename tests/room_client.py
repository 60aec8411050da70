"""A phone without a browser: plain HTTP to the room server, a cookie and the
forms' CSRF token, as a phone with JavaScript off sends them. Used by the
room server's tests and by bench/bench_room.py. Loopback only."""

from __future__ import annotations

import http.client
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    text: str

    @property
    def csrf(self) -> str:
        found = CSRF.search(self.text)
        assert found, f"no CSRF token in the page ({self.status})"
        return found.group(1)


@dataclass
class Phone:
    url: str
    cookie: str = ""
    last: Reply | None = None
    timeout: float = 30.0
    follow: bool = True
    history: list[str] = field(default_factory=list)

    def _host(self) -> tuple[str, int]:
        parts = urlsplit(self.url)
        assert parts.hostname in ("127.0.0.1", "::1", "localhost"), "loopback only"
        return parts.hostname, parts.port or 80

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        host, port = self._host()
        conn = http.client.HTTPConnection(host, port, timeout=self.timeout)
        try:
            sent = {"Host": f"{host}:{port}"} | (headers or {})
            if self.cookie:
                sent["Cookie"] = self.cookie
            if body is not None:
                sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
            conn.request(method, path, body=body, headers=sent)
            response = conn.getresponse()
            reply = Reply(response.status, {k.lower(): v for k, v in response.getheaders()},
                          response.read().decode("utf-8", "replace"))
        finally:
            conn.close()
        cookie = reply.headers.get("set-cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        self.history.append(f"{method} {path} -> {reply.status}")
        if self.follow and reply.status in (301, 302, 303) and "location" in reply.headers:
            return self.get(reply.headers["location"])
        self.last = reply
        return reply

    def get(self, path: str = "/") -> Reply:
        return self.request("GET", path)

    def post(self, path: str, fields: dict[str, str], csrf: str | None = None) -> Reply:
        token = csrf if csrf is not None else (self.last.csrf if self.last else "")
        body = urlencode({"csrf": token, **fields}).encode()
        return self.request("POST", path, body)

    def vote(self, code: str, fields: dict[str, str]) -> Reply:
        """Join, type the code, fill in the ballot, review, cast."""
        self.get("/")
        reply = self.post("/code", {"code": code})
        assert "Review my vote" in reply.text, reply.text[-600:]
        reply = self.post("/review", fields)
        assert "Cast my vote" in reply.text, reply.text[-800:]
        return self.post("/cast", {})
