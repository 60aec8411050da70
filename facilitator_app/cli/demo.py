"""``facilitator-app demo PATH [--lang es|fr|nl|ht]``: create the demo workspace.

With ``--lang`` (after PATH, or the global one before the command) the demo
workshop's participants' language is that language and its content (title,
SWOT, priorities, rounds, decision, action plan) is written in it; members'
names stay. Haitian Creole: what participants read is in Creole, the action
plan and decision in French (the report and workbook in Creole are French).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.core.errors import BadInputError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="create a demo workspace at PATH")
    parser.add_argument("path", metavar="PATH", help="new workspace file to create")
    parser.add_argument("--lang", choices=("en", "es", "fr", "nl", "ht"), default=None,
                        metavar="LANG",
                        help="the workshop's language and its content's: en|es|fr|nl|ht "
                             "(default: the English demo, following the app's language)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator_app.services.demo import create_demo
    from facilitator_app.services.workspaces import counts

    path = Path(args.path)
    if path.exists():
        raise BadInputError(f"{path} already exists; the demo is only written to a new file.")
    if not path.parent.is_dir():
        raise BadInputError(f"the folder {path.parent} does not exist.")
    ws = create_demo(path, lang=getattr(args, "lang", None))
    try:
        c = counts(ws)
    finally:
        ws.close()
    print(
        f"Demo workspace created: {path} ({c.members} members, {c.workshops} workshop, "
        f"{c.priorities} priorities, {c.rounds} vote rounds, {c.ballots} ballots)"
    )
    return 0
