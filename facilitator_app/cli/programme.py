"""``facilitator-app programme init|report --db postgresql://...``.

``programme init`` creates the programme database's schema, or upgrades it
to this app's version (the same Alembic revisions as a workspace, with the
programme tables and the analysts' views). ``programme report FILE.xlsx``
writes the cross-cluster workbook of every workspace sent to it, in
``--lang``'s language (else English).

Exit codes: 0 done; 1 the server cannot be reached, the login is refused,
the schema is missing, older or newer, or the file could not be written;
2 an address that is not a PostgreSQL one, or a file name not ending in
.xlsx. The password: in the PGPASSWORD environment variable (or ~/.pgpass),
or typed when the server asks for one at a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from facilitator_app.i18n.messages import _, n_

if TYPE_CHECKING:
    from facilitator_app.services.programme.database import Connected

DB_HELP = ("the programme database, as postgresql://user@host:port/database (the "
           "password from PGPASSWORD, or typed when the server asks for one)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "programme",
        help="set up the programme database, or write its cross-cluster report",
        description=("The programme database (PostgreSQL) gathers the workspaces "
                     "facilitators send to it."),
    )
    actions = parser.add_subparsers(dest="programme_command", metavar="ACTION",
                                    parser_class=type(parser))
    actions.required = True

    init = actions.add_parser(
        "init", help="create or upgrade the programme database's schema",
        description=("Create the programme database's tables and views, or upgrade them "
                     "to this version of the app. Run it once before the first send, and "
                     "again after updating the app."))
    init.add_argument("--db", metavar="URL", required=True, help=DB_HELP)
    init.set_defaults(handler=run_init)

    report = actions.add_parser(
        "report", help="write the cross-cluster workbook (.xlsx)",
        description=("Write a workbook of every cluster sent to the programme database: "
                     "clusters, workshops per year, priorities by objective area with their "
                     "consensus figures, decisions, action plan status and health checks."))
    report.add_argument("file", metavar="FILE", help="the workbook to write (.xlsx)")
    report.add_argument("--db", metavar="URL", required=True, help=DB_HELP)
    from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES

    report.add_argument(
        "--lang", choices=[code for code, _name in PARTICIPANT_LANGUAGES], default=None,
        help="the language of the workbook's sheet names, headers and the app's own words "
             "(default: English; ht gives French); names, figures and dates are written as "
             "they are")
    report.set_defaults(handler=run_report)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _connect(address: str) -> Connected:
    """The programme database; its password typed when the server asks for one
    and none was given (in the address or PGPASSWORD) at a terminal."""
    from sqlalchemy.engine import make_url

    from facilitator_app.services.programme.database import (
        ProgrammeLoginFailed,
        connect,
        programme_url,
    )

    url = programme_url(address)
    try:
        return connect(address)
    except ProgrammeLoginFailed:
        if url.password is not None or os.environ.get("PGPASSWORD") or not _interactive():
            raise
        where = make_url(address.strip()).render_as_string(hide_password=True)
        password = getpass.getpass(
            _("Password for {user} at {where}: ", user=url.username, where=where)
            if url.username else _("Password at {where}: ", where=where))
        return connect(address, password=password)


def run_init(args: argparse.Namespace) -> int:
    from facilitator_app.services.programme.database import init_schema

    db = _connect(args.db)
    try:
        before, now = init_schema(db.engine)
    finally:
        db.engine.dispose()
    if before is None:
        print(_("Created the programme database schema (revision {now}) in {where}",
                now=now, where=db.where))
    elif before == now:
        print(_("The programme database schema in {where} is up to date (revision {now})",
                where=db.where, now=now))
    else:
        print(_("Upgraded the programme database schema in {where} from revision {before} "
                "to {now}", where=db.where, before=before, now=now))
    return 0


def run_report(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from facilitator_app.services.programme.database import (
        check_schema,
        connection_error,
        rights_error,
    )
    from facilitator_app.services.programme.report import check_report_target, export_programme

    target = check_report_target(args.file)  # a bad file name before any connection
    db = _connect(args.db)
    try:
        check_schema(db.engine)
        # --lang (here or before the command), else English: the programme's
        # analysts read one workbook of clusters that may each work in another language
        written, data = export_programme(db.engine, target, lang=args.lang or "en")
    except OperationalError as exc:  # the connection lost on the way
        raise connection_error(exc, db.engine.url) from None
    except ProgrammingError as exc:  # a user without the rights on the tables
        refused = rights_error(exc, db.engine.url)
        if refused is None:
            raise
        raise refused from None
    finally:
        db.engine.dispose()
    clusters = len(data.clusters)
    print(n_("Wrote the programme report of {n} cluster to {path}",
             "Wrote the programme report of {n} clusters to {path}", clusters, path=written))
    return 0
