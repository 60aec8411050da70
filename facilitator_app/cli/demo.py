"""``facilitator-app demo PATH``: create the demo workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.core.errors import BadInputError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="create a demo workspace at PATH")
    parser.add_argument("path", metavar="PATH", help="new workspace file to create")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator_app.services.demo import create_demo
    from facilitator_app.services.workspaces import counts

    path = Path(args.path)
    if path.exists():
        raise BadInputError(f"{path} already exists; the demo is only written to a new file.")
    if not path.parent.is_dir():
        raise BadInputError(f"the folder {path.parent} does not exist.")
    ws = create_demo(path)
    try:
        c = counts(ws)
    finally:
        ws.close()
    print(
        f"Demo workspace created: {path} ({c.members} members, {c.workshops} workshop, "
        f"{c.priorities} priorities, {c.rounds} vote rounds, {c.ballots} ballots)"
    )
    return 0
