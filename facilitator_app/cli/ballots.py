"""``facilitator-app ballots FILE.pdf --workspace PATH [--round ID] [--blank N]``.

Prints the paper ballots of an open round (the only open round when
``--round`` is left out), through the same code as the Voting tab's "Paper
ballots" button: one ballot per voting attendee with their name in named
and anonymous rounds; in a secret round ``--blank N`` ballots without a
name (default: one per voting attendee). Exit codes: 0 written; 1 no open
round, or the file could not be written; 2 a file that is not .pdf,
several open rounds without ``--round``, or ``--blank`` on a round whose
ballots carry names.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.cli import workspace_option
from facilitator_app.i18n.messages import _, n_


def participant_lang(args: argparse.Namespace) -> str | None:
    """The global ``--lang`` for what participants read (``ht`` too; checked
    by the parser), or None: the workshop's language decides."""
    lang = getattr(args, "lang", None)
    return str(lang) if lang else None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ballots",
        help="print an open round's paper ballots (.pdf)",
        description=(
            "Write the paper ballots of an open round to a PDF: named and anonymous rounds "
            "print one ballot per voting attendee with their name; secret rounds print "
            "ballots without a name."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the PDF to write")
    workspace_option(parser)
    parser.add_argument("--round", metavar="ID", type=int, dest="round_id",
                        help="the round (default: the only open round)")
    parser.add_argument("--blank", metavar="N", type=int,
                        help="secret rounds: how many ballots to print (default: one per "
                             "voting attendee)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator_app.core.errors import UserError
    from facilitator_app.export.paper_ballots import write_paper_ballots
    from facilitator_app.services import voting
    from facilitator_app.storage.workspace import open_workspace

    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise UserError(_("{name}: paper ballots are written to a .pdf file.", name=target.name),
                        exit_code=2)
    if args.blank is not None and not 1 <= args.blank <= 999:
        raise UserError(_("--blank {blank}: print from 1 to 999 ballots.", blank=args.blank), exit_code=2)
    ws = open_workspace(args.workspace, backups_kept=0)  # reads only: no rolling backup
    try:
        with ws.session() as s:
            round_id = voting.open_round_for(s, args.round_id, _("print its ballots"))
            info = voting.get_round(s, round_id)
            if args.blank is not None and info.anonymity != "secret":
                raise UserError(_("{title} is not a secret round: its ballots carry the "
                                  "voters' names, one each, so --blank is for secret rounds "
                                  "only.", title=info.title), exit_code=2)
            data = voting.paper_ballot_data(s, round_id, blank=args.blank)
        written = write_paper_ballots(target, data, lang=participant_lang(args))
    finally:
        ws.close()
    n = len(data.names) or data.blank
    print(n_("Wrote {n} paper ballot of {title} (round code {code}) to {path}",
             "Wrote {n} paper ballots of {title} (round code {code}) to {path}", n,
             title=info.title, code=data.code, path=written))
    return 0
