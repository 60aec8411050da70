"""A workspace with a workshop ready to vote, and room servers opened on its
rounds: the set-up the room server's tests share."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.room import codes
from facilitator_app.services.room.server import RoomServer
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop, get_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.workspace import Workspace


def voting_workshop(path: Path, cluster: str, workshop: str, member_names: Sequence[str],
                    titles: Sequence[str], language: str | None = None,
                    ) -> tuple[Workspace, int, list[Any], list[int]]:
    """A new workspace at ``path`` with one workshop, its members attending as
    voters and its candidate priorities: (workspace, workshop id, members,
    priority ids). ``language``: the workshop's own language."""
    ws = create_workspace(path, cluster)
    with ws.session() as s:
        made = create_workshop(s, workshop)
        if language is not None:
            get_workshop(s, made.id).language = language
        members = [add_member(s, {"name": name}) for name in member_names]
        add_attendees(s, made.id, members, role="voter")
        priorities = [add_priority(s, made.id, title).id for title in titles]
        workshop_id = made.id
    return ws, workshop_id, members, priorities


@contextmanager
def serving(ws: Workspace, workshop_id: int, priorities: Sequence[int],
            default_method: str = "borda",
            ) -> Iterator[Callable[..., tuple[RoomServer, Any, Any]]]:
    """``serve(method, anonymity, language=None, limits=None, **params)`` opens
    a new round of ``priorities`` to phones and returns (server, round info,
    issued codes); every server it started is stopped at the end."""
    servers: list[RoomServer] = []

    def serve(method: str = default_method, anonymity: str = "named", language: str | None = None,
              limits: Any = None, **params: Any) -> tuple[RoomServer, Any, Any]:
        with ws.session() as s:
            info = voting.create_round(s, workshop_id, list(priorities), method,
                                       anonymity=anonymity, params=params or None)
            issued = codes.issue_codes(s, info.id)
        server = RoomServer(ws, info.id, "127.0.0.1", 0, language=language, limits=limits)
        server.start()
        servers.append(server)
        return server, info, issued

    try:
        yield serve
    finally:
        for server in servers:
            server.stop()


@contextmanager
def running(process: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    """The ``room`` command's ``process`` while the block runs: killed at the
    end if the block failed before the room stopped."""
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def ctrl_c(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Stop the room as a facilitator does (Ctrl+C); its output and errors."""
    process.send_signal(signal.SIGINT)
    return process.communicate(timeout=60)
