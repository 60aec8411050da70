"""Reaching the programme database: its URL, the connection, its schema.

``programme init`` creates or upgrades the schema with the app's own
Alembic revisions (the workspace tables, the programme tables and the
analysts' views all come with them); ``programme report`` first checks the
schema is the one this app writes. A server that cannot be reached, a login
refused, a database missing or a schema of another version are said in one
line, never as a driver's traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError

from facilitator_app.core.errors import BadInputError, UserError
from facilitator_app.i18n.messages import _

#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 10

_DRIVERS = {"postgresql", "postgres", "postgresql+psycopg"}


class ProgrammeUnreachable(UserError):
    """The server cannot be reached (down, wrong host or port, no network)."""


class ProgrammeLoginFailed(UserError):
    """The server refused the user name or password."""


class ProgrammeSchemaMismatch(UserError):
    """The programme database's schema is not the one this app writes."""


def programme_url(text: str) -> URL:
    """The SQLAlchemy URL of ``postgresql://user@host:port/database`` (psycopg driver)."""
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise BadInputError(
            _("{text} is not a database address; write it as "
              "postgresql://user@host:port/database.", text=_shown(text))) from None
    if url.drivername not in _DRIVERS:
        raise BadInputError(
            _("{text}: the programme database is a PostgreSQL database; write its address as "
              "postgresql://user@host:port/database.", text=_shown(text)))
    if not url.database:
        raise BadInputError(
            _("{text}: the address names no database; add it after the server, as in "
              "postgresql://user@host:5432/programme.", text=_shown(text)))
    return url.set(drivername="postgresql+psycopg")


def _shown(text: str) -> str:
    """The address as it may be printed (a password in it is masked)."""
    try:
        return make_url(text.strip()).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        # unreadable as a whole: still no password (user:password@) in what is printed
        return repr(re.sub(r"([^:/@]*:)[^/@]*@", r"\1***@", text.strip(), count=1)[:80])


@dataclass(frozen=True)
class Connected:
    engine: Engine
    where: str  # the address without its password, to print


def connect(text: str, password: str | None = None) -> Connected:
    """An engine on the programme database, checked by connecting once.

    ``password`` overrides the address's (and ``PGPASSWORD``).
    """
    url = programme_url(text)
    if password is not None:
        url = url.set(password=password)
    try:
        import psycopg  # noqa: F401 - the driver, checked here to say so in words
    except ImportError:
        raise UserError(_("The PostgreSQL driver (psycopg) is not installed; install it with pip "
                          "install 'psycopg[binary]'.")) from None
    where = make_url(text.strip()).render_as_string(hide_password=True)  # as typed
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT},
                           pool_pre_ping=True)
    try:
        with engine.connect():
            pass
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise connection_error(exc, url) from None
    return Connected(engine, where)


def server_text(url: URL) -> str:
    """``host:port`` as a user writes it (an IPv6 address in brackets)."""
    host = url.host or "localhost"
    return f"[{host}]:{url.port or 5432}" if ":" in host else f"{host}:{url.port or 5432}"


def connection_error(exc: BaseException, url: URL) -> UserError:
    """A driver's connection failure as the one line a user reads."""
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    server = server_text(url)
    if ("password authentication failed" in lowered or "no password supplied" in lowered
            or ("role" in lowered and "does not exist" in lowered)
            or "authentication failed" in lowered or "pg_hba.conf" in lowered):
        return ProgrammeLoginFailed(
            _("The programme database at {server} refused the login of user '{user}': check the "
              "user name and the password (give the password in the PGPASSWORD environment "
              "variable, not on the command line).", server=server, user=url.username or ""))
    if "database" in lowered and "does not exist" in lowered:
        return UserError(
            _("The server at {server} has no database '{database}': ask its administrator to "
              "create it (CREATE DATABASE), then run 'programme init'.",
              server=server, database=url.database))
    return ProgrammeUnreachable(
        _("Cannot reach the programme database at {server}: check the address and the network, "
          "and that the PostgreSQL server is running.", server=server))


def rights_error(exc: DBAPIError, url: URL) -> UserError | None:
    """A statement the server refused because the user lacks the rights
    (SQLSTATE 42501), as the one line a user reads; None for another error."""
    if getattr(exc.orig, "sqlstate", None) != "42501":
        return None
    diag = getattr(exc.orig, "diag", None)
    reason = str(getattr(diag, "message_primary", None) or exc.orig).splitlines()[0]
    return UserError(
        _("The programme database at {server} does not give user '{user}' the rights this "
          "needs ({reason}): ask its administrator to grant them. Nothing was changed.",
          server=server_text(url), user=url.username or "", reason=reason))


def schema_revision(engine: Engine) -> str | None:
    """The revision the programme database's schema is at (None: no schema yet)."""
    from facilitator_app.storage.migrate import current_revision

    with engine.connect() as conn:
        return current_revision(conn)


def init_schema(engine: Engine) -> tuple[str | None, str]:
    """Create or upgrade the schema to this app's head, in one transaction.

    Returns (the revision before, the revision now). A schema written by a
    newer app is refused untouched.
    """
    from facilitator_app.storage.migrate import head_revision, known_revisions, upgrade_engine

    before = schema_revision(engine)
    if before is not None and before not in known_revisions():
        raise _newer(before)
    try:
        upgrade_engine(engine)
    except ProgrammingError as exc:  # e.g. tables of another application in the way
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise ProgrammeSchemaMismatch(
            _("Cannot set up the programme schema in this database ({reason}): give 'programme "
              "init' an empty database, or the programme database itself.", reason=reason)) from None
    return before, head_revision()


def check_schema(engine: Engine) -> str:
    """The head revision, or a clear error when the schema is missing, older or newer."""
    from facilitator_app.storage.migrate import head_revision, known_revisions

    current, head = schema_revision(engine), head_revision()
    if current == head:
        return head
    if current is None:
        raise ProgrammeSchemaMismatch(
            _("This database has no programme schema yet: run 'facilitator-app programme init "
              "--db ...' first."))
    if current in known_revisions():
        raise ProgrammeSchemaMismatch(
            _("The programme database's schema is older (revision {current}, this app writes "
              "{head}): run 'facilitator-app programme init --db ...' to upgrade it.",
              current=current, head=head))
    raise _newer(current)


def _newer(revision: str) -> ProgrammeSchemaMismatch:
    return ProgrammeSchemaMismatch(
        _("The programme database's schema (revision {revision}) was written by a newer version "
          "of the app: update the app to read or change it.", revision=revision))
