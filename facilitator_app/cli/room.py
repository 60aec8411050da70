"""``facilitator-app room --workspace PATH [--round ID] [--bind ADDR] [--port N] [--codes FILE]``.

Serves the open round to the phones in the room (the only open round when
``--round`` is left out) on one address of this computer (the hotspot's;
``--bind``), prints the address to open, and with ``--codes FILE`` issues a
fresh code for everyone who has not voted yet and writes them (.pdf slips to
cut, or .csv; a secret round's slips carry no names; the file is its owner's
only). Codes issued on another computer cannot be checked here (their key
stays where they were issued): ``--codes`` issues new ones. It stops on
Ctrl+C or when the round is closed (which kills its codes). Exit codes: 0
stopped; 1 no open round, no codes issued (or only on another computer), or
the address cannot be used; 2 unusable arguments.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TYPE_CHECKING

from facilitator_app.cli import workspace_option
from facilitator_app.i18n.messages import _, n_

if TYPE_CHECKING:
    from facilitator_app.services.room.server import RoomServer


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "room",
        help="let the phones in the room vote in the open round",
        description=(
            "Serve the open round to participants' phones over the room's own network "
            "(the laptop's hotspot: no internet needed). Prints the address to open."
        ),
    )
    workspace_option(parser)
    parser.add_argument("--round", metavar="ID", type=int, dest="round_id",
                        help="the round (default: the only open round)")
    parser.add_argument("--bind", metavar="ADDR",
                        help="this computer's address to listen on (default: its address on "
                             "the local network)")
    parser.add_argument("--port", metavar="N", type=int, default=None,
                        help="the port (default 8716; 0 = any free port)")
    parser.add_argument("--codes", metavar="FILE",
                        help="issue a code for everyone who has not voted yet and write them "
                             "to FILE (.pdf slips or .csv)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator_app.cli.ballots import participant_lang
    from facilitator_app.core.errors import UserError
    from facilitator_app.services import voting
    from facilitator_app.services.room import setup
    from facilitator_app.services.room.codes import codes_elsewhere
    from facilitator_app.services.room.server import (
        DEFAULT_PORT,
        RoomServer,
        check_bind_address,
        local_addresses,
    )
    from facilitator_app.storage.workspace import open_workspace

    if args.codes:
        setup.check_codes_file(args.codes)
    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise UserError(_("--port {port}: choose a port from 1 to 65535 (or 0).", port=port), exit_code=2)
    host = check_bind_address(args.bind) if args.bind else local_addresses()[0]
    ws = open_workspace(args.workspace)
    try:
        with ws.session() as s:
            round_id = setup.open_round_id(s, args.round_id)
            info = voting.get_round(s, round_id)
        server = RoomServer(ws, round_id, host, port, language=participant_lang(args))
        url = server.start()
        try:
            if args.codes:
                try:
                    with ws.session() as s:
                        written, n = setup.issue_and_write(s, round_id, args.codes, url,
                                                           actor="room",
                                                           lang=participant_lang(args))
                except BaseException:
                    server.stop()
                    raise
                print(n_("Wrote {n} voter code to {path}", "Wrote {n} voter codes to {path}", n,
                         path=written))
            else:
                with ws.session() as s:
                    elsewhere = codes_elsewhere(s, round_id)
                    any_codes = setup.has_codes(s, round_id)
                if elsewhere:
                    server.stop()
                    raise UserError(_(
                        "The voter codes of this round were issued on another computer (or "
                        "their key was removed from this one): they cannot be checked here. "
                        "Give --codes FILE to issue new codes here and print them."))
                if not any_codes:
                    server.stop()
                    raise UserError(_("No voter codes have been issued for this round: give "
                                      "--codes FILE to issue and print them."))
            return _serve(server, info.title, url, host)
        finally:
            server.stop()
    finally:
        ws.close()


def _serve(server: RoomServer, title: str, url: str, host: str) -> int:
    from facilitator_app.services import voting

    print(_("Voting by phone in {title}: open {url}", title=title, url=url))
    if host.startswith("127."):
        print(_("Only this computer can reach that address: give --bind with the hotspot's "
                "address for phones."))
    print(_("Press Ctrl+C to stop."), flush=True)
    # Ctrl+C and SIGTERM only raise a flag: an interruption in the middle of
    # a unit of work (the turnout is read twice a second) would spoil it
    asked = threading.Event()
    handlers = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            handlers[signum] = signal.signal(signum, lambda *_: asked.set())
    shown = None
    try:
        while server.running and not asked.is_set():
            with server.ws.session() as s:
                progress = voting.round_progress(s, server.round_id)
            now = (progress.voted, progress.voters)
            if now != shown:
                print(n_("{voted} of {n} has voted", "{voted} of {n} have voted", progress.voters,
                         voted=progress.voted), flush=True)
                shown = now
            asked.wait(0.5)
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
    if asked.is_set():
        server.stop(_("Stopped."))
        print(_("Stopped: phones can no longer vote."), flush=True)
        return 0
    print(_("{reason} Voting by phone has stopped.", reason=server.stopped_because), flush=True)
    sys.stdout.flush()
    return 0
