"""``facilitator-app report FILE --workspace PATH [--workshop ID] [--lang LANG]``.

Writes the workshop report (FILE ending in .pdf) or the workshop workbook
(.xlsx), through the same code as the app's Export menu. Without
``--workshop`` it takes the latest workshop (by date, then by id). Exit
codes: 0 written; 1 no such workshop, or the workspace has none, or the
file could not be written; 2 a file name that is neither .pdf nor .xlsx.
The file is in ``--lang``'s language, else in the workshop's
(``Workshop.language``), else in English.
"""

from __future__ import annotations

import argparse

from facilitator_app.cli import workspace_option
from facilitator_app.i18n.messages import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write a workshop's report (.pdf) or workbook (.xlsx)",
        description=(
            "Write the workshop report (a PDF for members and funders) or the workshop "
            "workbook (an Excel file with every figure, ballot and audit entry), chosen by "
            "the file's ending."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the file to write (.pdf or .xlsx)")
    workspace_option(parser)
    parser.add_argument(
        "--workshop",
        metavar="ID",
        type=int,
        help="the workshop's number (default: the latest workshop)",
    )
    from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES

    parser.add_argument(
        "--lang",
        choices=[code for code, _name in PARTICIPANT_LANGUAGES],
        default=None,
        help="the language of the report or workbook (default: the workshop's language, "
             "else English; ht gives French)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from facilitator_app.services.reports import check_target, export_workshop, resolve_workshop
    from facilitator_app.services.workshops import workshop_summary
    from facilitator_app.storage.workspace import open_workspace

    target = check_target(args.file)  # a bad file name is refused before opening anything
    ws = open_workspace(args.workspace, backups_kept=0)  # read-only: no rolling backup
    try:
        with ws.session() as s:
            workshop_id = resolve_workshop(s, args.workshop)
            title = workshop_summary(s, workshop_id).title
            # --lang (here or before the command), else the workshop's language, else English.
            written = export_workshop(s, target, workshop_id, lang=getattr(args, "lang", None))
    finally:
        ws.close()
    if written.suffix.lower() == ".xlsx":
        print(_("Wrote the workbook of workshop {id} ({title}) to {path}",
                id=workshop_id, title=title, path=written))
    else:
        print(_("Wrote the report of workshop {id} ({title}) to {path}",
                id=workshop_id, title=title, path=written))
    return 0
