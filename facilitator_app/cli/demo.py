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
from facilitator_app.i18n.messages import _


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
        raise BadInputError(_("{path} already exists; the demo is only written to a new file.",
                              path=path))
    if not path.parent.is_dir():
        raise BadInputError(_("the folder {parent} does not exist.", parent=path.parent))
    ws = create_demo(path, lang=getattr(args, "lang", None))
    try:
        c = counts(ws)
    finally:
        ws.close()
    print(_("Demo workspace created: {path} ({members} members, {workshops} workshop, "
            "{priorities} priorities, {rounds} vote rounds, {ballots} ballots)",
            path=path, members=c.members, workshops=c.workshops, priorities=c.priorities,
            rounds=c.rounds, ballots=c.ballots))
    return 0
