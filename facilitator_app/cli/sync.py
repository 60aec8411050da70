"""``facilitator-app sync --workspace PATH --to postgresql://user@host:port/database``.

Sends the workspace to the programme database, all or nothing, through the
same code as the app's File > Send to Programme Database. The password is
``PGPASSWORD``'s or, when the server asks for one and none was given,
typed at the terminal (never echoed, never printed); one written in the URL
is still taken, but the help does not suggest it (it would stay in the
shell's history and in the list of processes). Prints the
summary and the records that were changed on both sides. Exit codes: 0
sent; 1 not sent (server not reached, login refused, schema of another
version, cancelled); 2 an unusable address or workspace file.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from facilitator_app.cli import workspace_option
from facilitator_app.i18n.messages import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="send a workspace to the programme database (PostgreSQL)",
        description=(
            "Send the workspace to a programme database on PostgreSQL: new records are "
            "added, changed ones updated, deleted ones removed; sending again never "
            "duplicates. Give the password in PGPASSWORD or type it when asked (one written "
            "in the address stays in the shell's history and the list of processes)."
        ),
    )
    workspace_option(parser)
    parser.add_argument("--to", metavar="URL", required=True,
                        help="the programme database, postgresql://user@host:port/database")
    parser.add_argument("--sent-by", metavar="NAME", default="",
                        help="who sends (kept with the send; default: the system user)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from facilitator_app.services.programme import sync
    from facilitator_app.services.programme.database import programme_url
    from facilitator_app.storage.workspace import open_workspace

    url = programme_url(args.to)  # an unusable address is refused before opening anything
    where = make_url(args.to.strip()).render_as_string(hide_password=True)  # as typed
    sent_by = args.sent_by or _system_user()
    ws = open_workspace(args.workspace, backups_kept=0)  # read only: no rolling backup
    try:
        try:
            report = sync.send_workspace(ws.engine, args.to, sent_by=sent_by)
        except sync.ProgrammeLoginFailed:
            if url.password is not None or os.environ.get("PGPASSWORD") or not _interactive():
                raise
            password = getpass.getpass(
                _("Password for {user} at {where}: ", user=url.username, where=where)
                if url.username else _("Password at {where}: ", where=where))
            report = sync.send_workspace(ws.engine, args.to, password=password, sent_by=sent_by)
        name = ws.name
    finally:
        ws.close()
    print(_("Sent {name} to {where}", name=name, where=where))
    for line in report.lines():
        print(line)
    for conflict in report.conflicts:
        when = {"table": conflict.table, "label": conflict.label, "uid": conflict.record_uid,
                "workspace": _moment(conflict.workspace_changed_at),
                "programme": _moment(conflict.programme_changed_at)}
        print("  " + (_("{table} {label} ({uid}): kept this workspace's change (workspace "
                        "{workspace}, programme database {programme})", **when)
                      if conflict.winner == "workspace" else
                      _("{table} {label} ({uid}): kept the programme database's change "
                        "(workspace {workspace}, programme database {programme})", **when)))
    return 0


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _moment(value: object) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S UTC")
    return _("unknown")
