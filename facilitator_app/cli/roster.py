"""``facilitator-app roster import|export``: the roster from and to files.

``import`` prints one line per problem (``row N: error|warning: reason``);
with ``--on-duplicate update``, one line per field of a member already in the
roster that the file would change, saying whether the file's value is taken
or the roster's kept (the rule of ``core.roster_update``, the same as the
import window's suggestions); then what it did (or, with ``--dry-run``,
would do) in counts: "8 new, 1 updated (3 fields), 2 unchanged, 1 duplicate
row in the file skipped". Exit code 0 when no row
is in error; 1 when some are (then nothing is imported unless
``--skip-invalid`` is given, in which case the other rows are); 2 when the
file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.cli import workspace_option
from facilitator_app.core.errors import BadInputError
from facilitator_app.i18n.messages import _, n_


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("roster", help="import or export the member roster")
    actions = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True,
                                    parser_class=type(parser))

    imp = actions.add_parser("import", help="import members from a .xlsx or .csv file")
    imp.add_argument("file", metavar="FILE", help="the member list (.xlsx or .csv)")
    workspace_option(imp)
    imp.add_argument("--dry-run", action="store_true",
                     help="check the file and report, change nothing")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the valid rows even when some rows are in error")
    imp.add_argument("--on-duplicate", choices=("skip", "update"), default="skip",
                     help="members already in the roster: skip them (default) or update "
                          "them field by field (accented spellings and non-empty values "
                          "are kept; rows repeated in the file are always skipped)")
    imp.set_defaults(handler=run_import)

    exp = actions.add_parser("export", help="export the roster to a .xlsx or .csv file")
    exp.add_argument("file", metavar="FILE", help="the file to write (.xlsx or .csv)")
    workspace_option(exp)
    exp.add_argument("--lang", choices=("en", "es", "fr", "nl", "ht"), default=None,
                     metavar="LANG",
                     help="the language of the column titles: en|es|fr|nl (ht: French); "
                          "the import reads each of them back")
    exp.set_defaults(handler=run_export)


def _open(path: str, changes_it: bool):
    """Open the workspace; a rolling backup only when the command may change it
    (a read-only command must not push real backups out of the rolling set)."""
    from facilitator_app.storage.workspace import open_workspace

    return open_workspace(path) if changes_it else open_workspace(path, backups_kept=0)


def run_import(args: argparse.Namespace) -> int:
    from facilitator_app.core.roster_import import read_table
    from facilitator_app.core.roster_update import describe
    from facilitator_app.services.roster import import_file

    table = read_table(Path(args.file))  # an unreadable file: refused before opening
    ws = _open(args.workspace, changes_it=not args.dry_run)
    try:
        with ws.session() as s:
            result = import_file(
                s, table, on_duplicate=args.on_duplicate,
                skip_invalid=args.skip_invalid, dry_run=args.dry_run,
            )
    finally:
        ws.close()
    plan = result.plan
    table = result.source
    if table is not None:
        read = len(plan.rows)
        print(n_("{name}: {n} row of members (header on row {header})",
                 "{name}: {n} rows of members (header on row {header})", read,
                 name=table.name, header=table.header_row_number))
    changes = {r.row: r for r in plan.rows if r.changes}
    problems: dict[int, list[str]] = {}
    for problem in plan.problems:
        problems.setdefault(problem.row, []).append(str(problem))
    for row in sorted(set(problems) | set(changes)):
        for line in problems.get(row, []):
            print(line)
        planned = changes.get(row)
        for change in planned.changes if planned else []:
            print(_("row {row}:   {change}", row=row, change=describe(change)))
    if result.written:
        print(_("Imported: {summary}", summary=plan.summary()))
    else:
        print(_("Would import: {summary}", summary=plan.summary()))
        if args.dry_run:
            print(_("Dry run: nothing was changed."))
        else:
            print(n_("Nothing was imported: {n} row is in error. Fix the file, or use "
                     "--skip-invalid to import the other rows.",
                     "Nothing was imported: {n} rows are in error. Fix the file, or use "
                     "--skip-invalid to import the other rows.", plan.rejected))
    return 1 if plan.rejected else 0


def run_export(args: argparse.Namespace) -> int:
    from facilitator_app.services.roster import EXPORT_SUFFIXES, export_roster

    target = Path(args.file)
    if target.suffix.lower() not in EXPORT_SUFFIXES:
        raise BadInputError(_("{name}: the roster can be exported as .xlsx or .csv only.",
                              name=target.name))
    if not target.parent.is_dir():
        raise BadInputError(_("the folder {parent} does not exist.", parent=target.parent))
    ws = _open(args.workspace, changes_it=False)
    try:
        with ws.session() as s:
            count = export_roster(s, target, lang=getattr(args, "lang", None) or "en")
    finally:
        ws.close()
    print(n_("{n} member written to {path}", "{n} members written to {path}", count,
             path=target))
    return 0
