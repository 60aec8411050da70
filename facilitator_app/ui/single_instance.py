"""One window per user: a second start hands its request to the running one.

The first GUI of a user listens on a local server (``QLocalServer``: a
socket on Unix, a named pipe on Windows) whose name is made from the user
and the user data folder, and which only that user may connect to. A later
``facilitator-app [--workspace PATH]`` connects first: when someone answers,
it sends ``{"open": PATH}`` (or ``{"open": null}``: "show yourself"), waits
for "ok" and exits 0 without opening anything. The running app brings its
window forward and, asked for a file, opens it there (asking first when it
has another one open).

The client side needs no signal connections (it runs before the window
exists); the server starts listening after the window's first paint. The
log is imported only when something is written to it (start-up time).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from facilitator_app.paths import user_data_dir

CONNECT_MS = 1000
REPLY_MS = 5000
MAX_REQUEST = 64 * 1024

#: What :func:`hand_over` found.
NOBODY, ANSWERED, SILENT = "nobody", "answered", "silent"


def server_name() -> str:
    """Per user (and per user data folder, so portable installs and tests
    each have their own), short enough for a Unix socket path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(getattr(os, "getuid", lambda: "")())
    folder = str(user_data_dir().resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"facilitator-app-{digest}"


def request_for(workspace: str | None) -> bytes:
    path = str(Path(workspace).expanduser().absolute()) if workspace else None
    return json.dumps({"open": path}).encode("utf-8") + b"\n"


def hand_over(workspace: str | None, name: str | None = None) -> str:
    """Give the request to the app already running for this user, if any:
    ANSWERED (it took it), SILENT (it is there but did not answer) or
    NOBODY (this is the first start)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return NOBODY
    socket.write(request_for(workspace))
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ANSWERED if reply.startswith(b"ok") else SILENT


class InstanceServer(QObject):
    """The running app's side: emits :attr:`requested` with the path asked
    for (or None: just come forward), after answering the caller."""

    requested = Signal(object)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)

    def serve(self, handler: Callable[[str | None], None]) -> bool:
        """Call ``handler`` with each request, and start listening."""
        self.requested.connect(handler)
        return self.listen()

    def listen(self) -> bool:
        listening = self.server.listen(self.name)
        if not listening and (self.server.serverError()
                              == QAbstractSocket.SocketError.AddressInUseError):
            # Left by an app that was killed: nobody answered the client
            # (that is why we are listening), so the name is free to take.
            QLocalServer.removeServer(self.name)
            listening = self.server.listen(self.name)
        if listening:
            _log("info", "Listening for later starts as %s", self.name)
        else:
            _log("warning", "Cannot listen for later starts as %s: %s", self.name,
                 self.server.errorString())
        return listening

    def close(self) -> None:
        self.server.close()

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                if buffer[:1] == b"\0":  # answered already
                    return
                buffer.extend(bytes(socket.readAll().data()))
                if len(buffer) > MAX_REQUEST:
                    socket.abort()
                    return
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                try:
                    message = json.loads(line.decode("utf-8"))
                    path = message.get("open") if isinstance(message, dict) else None
                    path = path if isinstance(path, str) and path else None
                except (ValueError, UnicodeDecodeError):
                    socket.abort()
                    return
                buffer[:] = b"\0"
                socket.write(b"ok\n")
                socket.flush()
                socket.disconnectFromServer()
                _log("info", "Another start handed over: %s", path or "show the window")
                # Carried out from the event loop: it may ask a question.
                QTimer.singleShot(0, self, lambda: self.requested.emit(path))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()  # what came with the connection


def _log(level: str, message: str, *args: object) -> None:
    from facilitator_app.logs import get_logger  # after the first paint: start-up time

    getattr(get_logger(), level)(message, *args)
