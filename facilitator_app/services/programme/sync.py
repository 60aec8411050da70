"""Send a workspace to the programme database (PostgreSQL), in one transaction.

The rows travel through the same models (``storage.models``) into the same
tables, beside the rows of every other workspace sent there; a row is known
by its global ``uid``, and its foreign keys are written again as the server's
keys of the rows with the same uids. ``programme_records`` remembers, for
each row sent, the workspace it came from, its ``updated_at`` there and the
hash of its content in the programme database after the send. So a send:

- inserts the rows the programme database does not have yet, and puts back
  a row deleted there that the workspace still has;
- updates a row changed in the workspace since the last send (its
  ``updated_at`` is later than the one sent) and leaves everything else as
  it is: sending again unchanged changes nothing, and a change made in the
  programme database to a row the workspace did not touch stands;
- when both sides changed the same row (the workspace's ``updated_at`` is
  later than what was sent, and the programme row's hash is not the one the
  last send left), keeps the newer change (the programme side is dated by
  the trigger of revision 0006) and lists the conflict in the report and in
  ``programme_conflicts`` with the losing side's values;
- deletes the rows the workspace sent before and no longer has (a deleted
  workshop's children with it) and marks their records ``deleted_at``: the
  tombstone.

What does not travel: the workspace's settings and custom SWOT templates,
and phone voting codes (their hashes are of no use elsewhere, and a code is
a credential). Secret rounds travel as their urn only (PRODUCT.md 4.5.1):
while a secret round is open nothing of its ballots, register or ballot
audit entries is sent (a copy taken between two casts would tell what the
last voter chose); once it is closed its ballots and their entries, the
register of who voted and who held a phone code, and its ballot audit
entries are written with fresh random keys, in a fresh random order, with
the round's lock time as their only time. Anonymous rounds travel the same
way ("never shown" outside the workspace: the register of who voted travels,
so a ballot's time, key or order would name its voter): held while open,
then their ballots without voter, author or entry time, their entries and
the register as an urn; their ballot audit entries (which name the ballot,
who typed it and when) stay home. An urn's rows the server holds as sent
before they travelled as an urn (an anonymous round sent by an older app)
are deleted with their records and written again as an urn.
A member's contact person, e-mail, phone and notes travel only when the
member consented to share their data (``consent_to_share``). The ballot
audit entries of a deleted round stay home (secret or anonymous can no
longer be told).

New rows are loaded with COPY under keys taken from the tables' sequences
beforehand (one query), so every foreign key is known before anything is
written; the rows already there are read, compared and updated by key.

The whole send is one transaction on the server: a cancel, an error or a
lost connection leaves the programme database as it was.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import random
import secrets
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    Table,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, Dialect
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.pool import NullPool

from facilitator_app import __version__
from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _, n_
from facilitator_app.services.programme.database import (
    CONNECT_TIMEOUT,
    ProgrammeLoginFailed,
    ProgrammeSchemaMismatch,
    ProgrammeUnreachable,
    check_schema,
    connection_error,
    programme_url,
    rights_error,
)
from facilitator_app.storage.models import Base
from facilitator_app.storage.programme_models import (
    programme_conflicts,
    programme_records,
    programme_sends,
    programme_workspaces,
)

__all__ = [
    "Conflict",
    "ProgrammeLoginFailed",
    "ProgrammeSchemaMismatch",
    "ProgrammeUnreachable",
    "SendCancelled",
    "SendReport",
    "send_workspace",
]

#: Workspace tables that stay in the workspace (see the module's docstring).
NOT_SENT = frozenset({"settings", "swot_templates", "voter_codes"})

#: A member's contact person and the facilitator's notes about them: they
#: travel only for members who said yes to sharing their data.
PRIVATE_MEMBER_FIELDS = ("contact_person", "contact_role", "email", "phone", "notes")

#: Columns that are not part of a row's content: its key here, and its time.
_NOT_CONTENT = frozenset({"id", "updated_at"})

#: A secret round's rows that travel as the urn: keyed on the round by ...
_URN_TABLES = {"ballots": "round_id", "voter_receipts": "round_id",
               "code_holders": "round_id", "audit_log": "round_id"}

_shuffle = random.SystemRandom().shuffle

#: The columns of a new row's first record, as written by COPY.
_RECORD_COLUMNS = ["table_name", "record_uid", "workspace_uid", "sent_updated_at", "sent_hash"]

#: Rows per COPY or per list of deleted ids (progress and cancel in between).
CHUNK = 5000


def _random_key() -> int:
    """A key that says nothing about when or in which order its row came
    (as ``services.voting.ballot_box`` gives a secret ballot in the workspace)."""
    return secrets.randbelow(2**62) + 1


class SendCancelled(UserError):
    """The send was stopped before it ended: nothing was changed."""


@dataclass(frozen=True)
class Conflict:
    """A record changed both in the workspace and in the programme database
    since the last send; ``winner`` is ``workspace`` or ``programme``."""

    table: str
    record_uid: str
    label: str
    winner: str
    workspace_changed_at: datetime | None
    programme_changed_at: datetime | None


@dataclass
class SendReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    #: What was held back, in words (an open secret round ...).
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary, in plain sentences."""
        out = [_("{inserted} new, {updated} updated, {unchanged} unchanged, {deleted} deleted.",
                 inserted=self.inserted, updated=self.updated, unchanged=self.unchanged,
                 deleted=self.deleted)]
        if self.conflicts:
            out.append(n_("{n} record changed both in this workspace and in the programme "
                          "database since the last send: the newer change was kept.",
                          "{n} records changed both in this workspace and in the programme "
                          "database since the last send: the newer change of each was kept.",
                          len(self.conflicts)))
        out += self.notes
        return out


# ----- rows as content --------------------------------------------------------------
def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _json_value(value: Any) -> Any:
    """A value JSON has no type for, as the same text on SQLite and PostgreSQL."""
    if isinstance(value, datetime):
        return _utc(value).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    raise TypeError(f"{type(value).__name__} in a row's content")


def _canonical(value: Any) -> Any:
    """A value as the same text on SQLite and PostgreSQL (the first sends'
    fingerprint, and the values a conflict kept): floats as ``repr``."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime | date | Decimal):
        return _json_value(value)
    return value


#: The content's values as one line of JSON (the C encoder; floats as ``repr``).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_value,
                           check_circular=False).encode


@functools.cache
def _content_columns(table_name: str) -> Callable[[dict[str, Any]], Any]:
    """The content's values in the table's column order (what is hashed)."""
    names = [c.name for c in Base.metadata.tables[table_name].columns
             if c.name not in _NOT_CONTENT]
    return operator.itemgetter(*names)


def _hash(table_name: str, content: dict[str, Any]) -> str:
    """The content's fingerprint: the same on both sides for the same values.
    Its values in the table's column order, as JSON (datetimes in UTC)."""
    text = _ENCODE(_content_columns(table_name)(content))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=32).hexdigest()


def _hash_v1(content: dict[str, Any]) -> str:
    """The fingerprint the first sends wrote (``repr`` of the sorted items): a
    record written by them is still known as unchanged by the programme."""
    text = repr(sorted((k, _canonical(v)) for k, v in content.items()))
    return hashlib.blake2b(text.encode(), digest_size=32).hexdigest()


@functools.cache
def _foreign_keys_of(table_name: str) -> dict[str, str]:
    return {c.name: next(iter(c.foreign_keys)).column.table.name
            for c in Base.metadata.tables[table_name].columns if c.foreign_keys}


def _foreign_keys(table: Table) -> dict[str, str]:
    """Column -> the table its foreign key points to."""
    return _foreign_keys_of(table.name)


def _label(content: dict[str, Any], uid: str) -> str:
    for name in ("name", "title", "priority_title", "text", "statement", "action"):
        value = content.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    return uid


@dataclass
class _Row:
    """One row as it travels: its content with foreign keys as uids."""

    table: str
    uid: str
    content: dict[str, Any]
    updated_at: datetime
    urn: bool = False  # a secret round's: a fresh random key, a fresh random order

    @functools.cached_property
    def hash(self) -> str:
        return _hash(self.table, self.content)


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_SENT]


# ----- reading the workspace -------------------------------------------------------
@dataclass
class _Outgoing:
    profile: dict[str, Any]
    revision: str
    rows: dict[str, list[_Row]]
    notes: list[str]


def _read_workspace(source: Engine) -> _Outgoing:
    """Everything that travels, read in one read transaction (one snapshot)."""
    raw: dict[str, list[dict[str, Any]]] = {}
    with source.connect() as conn:
        if conn.dialect.name == "sqlite":  # pysqlite does not begin before a SELECT
            conn.exec_driver_sql("BEGIN")
        try:
            revision = str(conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() or "")
            for table in _tables():
                raw[table.name] = _all_rows(conn, table)
        finally:
            conn.rollback()
    profiles = raw.get("cluster_profile", [])
    if not profiles:
        raise UserError(_("This workspace has no cluster profile, so the programme database "
                          "cannot tell it from others: fill in the profile on the Home page."))
    rows, notes = _outgoing_rows(raw)
    return _Outgoing(profiles[0], revision, rows, notes)


def _all_rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    """Every row of a workspace table, typed as the models say (the driver's
    own cursor and the types' converters: no statement to compile); times
    in UTC."""
    names, convert = _reading_plan(conn.dialect, table)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(
            "SELECT " + ", ".join(f'"{n}"' for n in names) + f' FROM "{table.name}"')
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
    finally:
        cursor.close()
    for name, typed in convert:
        for row in rows:
            if row[name] is not None:
                row[name] = typed(row[name])
    return rows


_Converters = list[tuple[str, Callable[[Any], Any]]]
_PLANS: dict[tuple[type, str], tuple[list[str], _Converters]] = {}


def _reading_plan(dialect: Dialect, table: Table) -> tuple[list[str], _Converters]:
    """A table's columns, and the converters of those that need one."""
    key = (type(dialect), table.name)
    plan = _PLANS.get(key)
    if plan is None:
        convert: _Converters = []
        for column in table.columns:
            processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if isinstance(column.type, DateTime):
                convert.append((column.name, _in_utc(processor)))
            elif processor is not None:
                convert.append((column.name, processor))
        plan = _PLANS[key] = ([c.name for c in table.columns], convert)
    return plan


def _in_utc(convert: Callable[[Any], Any] | None) -> Callable[[Any], datetime]:
    """A time column's converter whose times are in UTC (the workspace's are)."""
    if convert is None:
        return _utc

    def in_utc(value: Any) -> datetime:
        if type(value) is str and len(value) == 26 and value[10] == " ":
            # SQLAlchemy's own format (2024-05-01 09:30:00.000000), stored in UTC
            return datetime.fromisoformat(value + "+00:00")
        return _utc(convert(value))
    return in_utc


def _outgoing_rows(raw: dict[str, list[dict[str, Any]]]
                   ) -> tuple[dict[str, list[_Row]], list[str]]:
    rounds = {r["id"]: r for r in raw.get("vote_rounds", [])}
    anonymous = {i for i, r in rounds.items() if r["anonymity"] == "anonymous"}
    # secret and anonymous rounds travel as an urn: nothing that pairs a ballot
    # with its voter in the register (time, key, order, audit entry)
    secret = {i for i, r in rounds.items() if r["anonymity"] == "secret"} | anonymous
    held = {i for i in secret if rounds[i]["status"] != "closed"}
    notes = [_("Secret round '{title}' is still open: its ballots are sent once it is closed.",
               title=rounds[i]["title"] or rounds[i]["number"])
             if rounds[i]["anonymity"] == "secret" else
             _("Anonymous round '{title}' is still open: its ballots are sent once it is "
               "closed.", title=rounds[i]["title"] or rounds[i]["number"])
             for i in sorted(held)]
    ballot_round = {b["id"]: b["round_id"] for b in raw.get("ballots", [])}
    uids: dict[str, dict[int, str]] = {}  # table -> workspace key -> uid, of rows that travel
    out: dict[str, list[_Row]] = {}
    for table in _tables():
        fks = _foreign_keys(table)
        nullable = {c.name for c in table.columns if c.nullable}
        kept: list[_Row] = []
        for row in raw[table.name]:
            round_id = (ballot_round.get(row["ballot_id"]) if table.name == "ballot_entries"
                        else row.get(_URN_TABLES[table.name])
                        if table.name in _URN_TABLES else None)
            ballot_audit = table.name == "audit_log" and str(row["action"]).startswith("ballot.")
            urn = round_id in secret and (table.name != "audit_log" or ballot_audit)
            if urn and round_id in held:
                continue
            if ballot_audit and round_id in anonymous:
                # names the ballot (entity_uid), who typed it or the kiosk, and when:
                # stays home (the programme report does not read the audit log)
                continue
            if ballot_audit and round_id is None:
                # its round was deleted: whether it was secret or anonymous can no
                # longer be told, so neither its time nor a voter's name travels
                continue
            content = dict(row)  # less its key and its time (_NOT_CONTENT)
            del content["id"], content["updated_at"]
            updated_at = row["updated_at"]
            if urn:
                stamp = rounds[round_id]["locked_at"] or rounds[round_id]["created_at"]
                content["created_at"] = updated_at = stamp
                if table.name == "audit_log":
                    content["at"] = stamp
                if table.name == "ballots" and round_id in anonymous:
                    content.update(voter_id=None, entered_by="", entered_at=None)
            elif table.name == "members" and content["consent_to_share"] is not True:
                content.update(dict.fromkeys(PRIVATE_MEMBER_FIELDS))
            missing = False
            for column, target in fks.items():
                if content[column] is None:
                    continue
                content[column] = uids.get(target, {}).get(content[column])
                if content[column] is None and column not in nullable:
                    missing = True  # its parent does not travel: neither does it
            if missing:
                continue
            uids.setdefault(table.name, {})[row["id"]] = row["uid"]
            kept.append(_Row(table.name, row["uid"], content, _utc(updated_at), urn))
        out[table.name] = kept
    return out, notes


# ----- the programme database ------------------------------------------------------
#: (database address, schema revision) -> table -> the sequence of its keys.
_SEQUENCES: dict[tuple[str, str], dict[str, str]] = {}


#: The password of the send under way, only while it runs (see _engine).
_PASSWORD: ContextVar[str | None] = ContextVar("programme_password", default=None)


@functools.lru_cache(maxsize=8)
def _engine_for(url: URL) -> Engine:
    """One engine per programme database address (without its password): no
    connection pool (NullPool), so no logged-in connection outlives a send,
    and the password is handed to each connection from :data:`_PASSWORD`,
    set only while a send runs, so no password stays in the process between
    sends (a user who chose not to keep it is asked again). Keeping the engine
    keeps SQLAlchemy's compiled statements: a new engine per send paid about
    25 ms compiling them again (the bench's 100 sends: 2.5 s)."""
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT},
                           poolclass=NullPool)

    @event.listens_for(engine, "do_connect")
    def _with_password(dialect: Dialect, record: object, cargs: object,
                       cparams: dict[str, Any]) -> None:
        password = _PASSWORD.get()
        if password is not None:
            cparams["password"] = password

    return engine


def _connection_error(exc: DBAPIError, target_url: str) -> UserError:
    url = programme_url(target_url)
    text = str(exc.orig or exc).lower()
    if "not permitted to log in" in text:
        return ProgrammeLoginFailed(
            _("The programme database at {host}:{port} refused the login of user '{user}': "
              "that user may not log in. Ask the database's administrator for a user that may.",
              host=url.host or "localhost", port=url.port or 5432, user=url.username or ""))
    return connection_error(exc, url)


Progress = Callable[[int, int], None]


def send_workspace(source: Engine, target_url: str, *, password: str | None = None,
                   sent_by: str = "", progress: Progress | None = None,
                   should_stop: Callable[[], bool] | None = None) -> SendReport:
    """Send the workspace behind ``source`` to the programme database at
    ``target_url`` (``postgresql://user@host:port/database``), all or nothing.

    ``password`` overrides the URL's (and ``PGPASSWORD``); ``progress`` is
    told (done, total) records as the send goes; ``should_stop`` is asked
    between steps: when it says yes, :class:`SendCancelled` is raised and
    nothing was changed. Raises :class:`ProgrammeUnreachable`,
    :class:`ProgrammeLoginFailed`, :class:`ProgrammeSchemaMismatch` or
    another :class:`UserError`.
    """
    outgoing = _read_workspace(source)
    url = programme_url(target_url)
    given = password if password is not None else url.password
    engine = _engine_for(url.set(password=None) if url.password is not None else url)
    token = _PASSWORD.set(given)
    try:
        return _send_with(engine, outgoing, target_url, sent_by, progress, should_stop)
    finally:
        _PASSWORD.reset(token)


def _send_with(engine: Engine, outgoing: _Outgoing, target_url: str, sent_by: str,
               progress: Progress | None, should_stop: Callable[[], bool] | None
               ) -> SendReport:
    try:
        with engine.connect() as conn, conn.begin():
            _check_schema(conn, engine)
            return _Send(conn, outgoing, sent_by, progress, should_stop).run()
    except IntegrityError as exc:
        if getattr(exc.orig, "sqlstate", None) != "23505":  # not a unique key: a bug
            raise
        raise UserError(_clash(exc)) from None
    except DataError as exc:  # a value the workspace took and PostgreSQL does not
        raise UserError(_refused_value(exc)) from None
    except OperationalError as exc:
        raise _connection_error(exc, target_url) from None
    except ProgrammingError as exc:  # a user without the rights on the tables
        refused = rights_error(exc, programme_url(target_url))
        if refused is None:
            raise
        raise refused from None


def _check_schema(conn: Connection, engine: Engine) -> None:
    """The schema is this app's (one query); else the reason, in words."""
    from facilitator_app.storage.migrate import head_revision

    found = conn.exec_driver_sql(
        "SELECT to_regclass('alembic_version') IS NOT NULL").scalar()
    revision = conn.exec_driver_sql(
        "SELECT max(version_num) FROM alembic_version").scalar() if found else None
    if revision != head_revision():
        check_schema(engine)  # says which (missing, older, newer) and what to do
        raise ProgrammeSchemaMismatch(  # pragma: no cover - it changed meanwhile
            _("The programme database's schema changed while sending: send again."))


def _refused_value(exc: DataError) -> str:
    diag = getattr(exc.orig, "diag", None)
    reason = str(getattr(diag, "message_primary", None) or exc.orig).splitlines()[0]
    return _("The programme database refused a value of this workspace ({reason}); shorten "
             "or correct it in the workspace and send again. Nothing was changed.",
             reason=reason)


def _clash(exc: IntegrityError) -> str:
    table = getattr(getattr(exc.orig, "diag", None), "table_name", None)
    if not table:
        return _("The programme database already holds a record with the same global id from "
                 "another workspace (was this workspace copied from another one?). Nothing was "
                 "changed.")
    return _("The programme database already holds a record of {table} with the same global "
             "id from another workspace (was this workspace copied from another one?). Nothing "
             "was changed.", table=table)


class _Send:
    def __init__(self, conn: Connection, outgoing: _Outgoing, sent_by: str,
                 progress: Progress | None, should_stop: Callable[[], bool] | None) -> None:
        self.conn = conn
        self.out = outgoing
        self.workspace_uid = str(outgoing.profile["uid"])
        self.sent_by = sent_by
        self.progress = progress
        self.should_stop = should_stop
        self.report = SendReport(notes=list(outgoing.notes))
        self.ids: dict[str, dict[str, int]] = {}  # table -> uid -> key in the programme db
        self.uids: dict[str, dict[int, str]] = {}  # table -> key -> uid
        self.now = datetime.now(UTC)
        self.done = 0
        self.total = 0
        self.conflict_rows: list[dict[str, Any]] = []
        self.record_rows: list[dict[str, Any]] = []  # records written again (upsert)
        self.fresh_records: list[list[Any]] = []  # first records of new rows (COPY), as
        # their values in _RECORD_COLUMNS order

    def _tick(self, count: int = 0) -> None:
        if self.should_stop is not None and self.should_stop():
            raise SendCancelled(_("Sending was cancelled: nothing was changed in the programme "
                                  "database."))
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)

    def run(self) -> SendReport:
        conn = self.conn
        conn.exec_driver_sql("SELECT set_config('facilitator.sending', 'on', true), "
                             "set_config('TimeZone', 'UTC', true)")
        self._workspace_row()
        records = self._records()
        live = {(t, u) for (t, u), r in records.items() if r["deleted_at"] is None}
        gone = live - {(t, row.uid) for t, rows in self.out.rows.items() for row in rows}
        stale = self._stale(records, live)
        self.total = sum(len(rows) for rows in self.out.rows.values()) + len(gone) + len(stale)
        self._tick()
        tables = _tables()
        # what the server has is read and compared before the deletions: a row that
        # points at a deleted one is then changed by the server (ON DELETE SET NULL)
        # as the workspace changed it, which is not a change made in the programme
        sent_before = {t for t, _uid in live - gone}
        existing = {t.name: self._existing(t) if t.name in sent_before else {} for t in tables}
        for table_name, uid in stale:  # written again as an urn: new keys, new order
            existing[table_name].pop(uid, None)
        for table in tables:  # every key of the workspace's rows on the server, before writing
            ids = self.ids.setdefault(table.name, {})
            uids = self.uids.setdefault(table.name, {})
            for uid, present in existing[table.name].items():
                ids[uid], uids[present["id"]] = present["id"], uid
        new = {t.name: [r for r in self.out.rows[t.name] if r.uid not in existing[t.name]]
               for t in tables}
        self._new_keys(new)
        changed = {t.name: self._compared(t, self.out.rows[t.name], existing[t.name], records)
                   for t in tables}
        self._delete(gone)  # before any row is added: a new row may take a gone one's place
        self._rewrite(stale, records)
        for table in tables:
            self._update(table, changed[table.name])
            self._copy(table, new[table.name], records)
        self._write_records()
        send_id = conn.execute(insert(programme_sends).values(
            workspace_uid=self.workspace_uid, sent_at=self.now, sent_by=self.sent_by,
            app_version=__version__, inserted=self.report.inserted,
            updated=self.report.updated, unchanged=self.report.unchanged,
            deleted=self.report.deleted, conflicts=len(self.report.conflicts),
        ).returning(programme_sends.c.id)).scalar_one()
        if self.conflict_rows:
            conn.execute(insert(programme_conflicts),
                         [{**row, "send_id": send_id} for row in self.conflict_rows])
        self._tick()
        return self.report

    def _stale(self, records: dict[tuple[str, str], dict[str, Any]],
               live: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """An urn's rows the server holds as they were sent before they went as
        an urn (an anonymous round sent by an older app: its keys, order and
        times would pair ballots with the register): deleted and written again
        as an urn. A ballot's entries go with it (the server cascades)."""
        stale = {(t, row.uid) for t, rows in self.out.rows.items() for row in rows
                 if row.urn and (t, row.uid) in live
                 and _utc(records[(t, row.uid)]["sent_updated_at"]) != row.updated_at}
        ballots = {uid for t, uid in stale if t == "ballots"}
        stale |= {("ballot_entries", row.uid) for row in self.out.rows.get("ballot_entries", [])
                  if row.content["ballot_id"] in ballots and ("ballot_entries", row.uid) in live}
        return stale

    def _workspace_row(self) -> None:
        profile = self.out.profile
        values = {"cluster_name": profile["name"] or "", "country": profile["country"] or "",
                  "sector": profile["sector"] or "", "last_sent_at": self.now,
                  "last_sent_by": self.sent_by, "app_version": __version__,
                  "schema_revision": self.out.revision}
        self.conn.execute(
            pg_insert(programme_workspaces)
            .values(workspace_uid=self.workspace_uid, first_sent_at=self.now, **values)
            .on_conflict_do_update(index_elements=["workspace_uid"], set_=values))

    def _records(self) -> dict[tuple[str, str], dict[str, Any]]:
        rec = programme_records
        return {(r["table_name"], r["record_uid"]): dict(r) for r in self.conn.execute(
            select(rec.c.table_name, rec.c.record_uid, rec.c.sent_updated_at, rec.c.sent_hash,
                   rec.c.deleted_at).where(rec.c.workspace_uid == self.workspace_uid)
        ).mappings()}

    def _delete(self, gone: set[tuple[str, str]]) -> None:
        """The tombstones: rows sent before that the workspace no longer has."""
        by_table: dict[str, list[str]] = {}
        for table_name, uid in gone:
            by_table.setdefault(table_name, []).append(uid)
        for table in reversed(Base.metadata.sorted_tables):  # children first
            uids = by_table.pop(table.name, [])
            if not uids:
                continue
            for start in range(0, len(uids), CHUNK):
                part = uids[start:start + CHUNK]
                self.conn.execute(delete(table).where(table.c.uid.in_(part)))
                self._tombstones(table.name, part)
                self._tick(len(part))
        for table_name, uids in by_table.items():  # a table this app no longer has
            for start in range(0, len(uids), CHUNK):
                self._tombstones(table_name, uids[start:start + CHUNK])

    def _rewrite(self, stale: set[tuple[str, str]],
                 records: dict[tuple[str, str], dict[str, Any]]) -> None:
        """Delete the stale rows of an urn and their records (whose keys are in
        the order the rows were first sent): they are added again as new."""
        by_table: dict[str, list[str]] = {}
        for table_name, uid in stale:
            by_table.setdefault(table_name, []).append(uid)
            del records[(table_name, uid)]
        for table in reversed(Base.metadata.sorted_tables):  # children first
            uids = by_table.get(table.name, [])
            for start in range(0, len(uids), CHUNK):
                part = uids[start:start + CHUNK]
                self.conn.execute(delete(table).where(table.c.uid.in_(part)))
                self.conn.execute(delete(programme_records).where(
                    programme_records.c.table_name == table.name,
                    programme_records.c.record_uid.in_(part)))
                self.report.deleted += len(part)
                self._tick(len(part))

    def _tombstones(self, table_name: str, uids: list[str]) -> None:
        self.conn.execute(
            update(programme_records)
            .where(programme_records.c.table_name == table_name,
                   programme_records.c.record_uid.in_(uids))
            .values(deleted_at=self.now))
        self.report.deleted += len(uids)

    def _existing(self, table: Table) -> dict[str, dict[str, Any]]:
        """The table's rows this workspace sent before (live), by uid."""
        rec = programme_records
        rows = self.conn.execute(
            select(table).join(rec, and_(rec.c.table_name == table.name,
                                         rec.c.record_uid == table.c.uid))
            .where(rec.c.workspace_uid == self.workspace_uid, rec.c.deleted_at.is_(None))
        ).mappings()
        return {r["uid"]: dict(r) for r in rows}

    def _as_content(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        """A programme row's content with its foreign keys as uids (as sent)."""
        content = {k: v for k, v in row.items() if k not in _NOT_CONTENT}
        for column, target in _foreign_keys(table).items():
            if content[column] is not None:
                content[column] = self.uids.get(target, {}).get(
                    content[column], f"?{content[column]}")
        return content

    def _to_keys(self, table: Table, content: dict[str, Any]) -> dict[str, Any]:
        """Content with its foreign keys as this database's keys."""
        values = dict(content)
        for column, target in _foreign_keys(table).items():
            if values[column] is not None:
                values[column] = self.ids[target][values[column]]
        return values

    def _compared(self, table: Table, rows: list[_Row], existing: dict[str, dict[str, Any]],
                  records: dict[tuple[str, str], dict[str, Any]]
                  ) -> list[tuple[_Row, dict[str, Any]]]:
        """The rows the server has already, compared: those to write over."""
        changed: list[tuple[_Row, dict[str, Any]]] = []
        for row in rows:
            found = existing.get(row.uid)
            if found is None:
                continue
            theirs = self._as_content(table, found)
            if self._compare(table, row, theirs, found, records.get((table.name, row.uid))):
                changed.append((row, found))
        self._tick(len(rows) - sum(1 for row in rows if row.uid not in existing))
        return changed

    def _update(self, table: Table, changed: list[tuple[_Row, dict[str, Any]]]) -> None:
        if changed:
            self.conn.execute(
                update(table).where(table.c.id == bindparam("_key")),
                [{**self._to_keys(table, row.content), "updated_at": row.updated_at,
                  "_key": found["id"]} for row, found in changed])

    def _compare(self, table: Table, row: _Row, theirs: dict[str, Any],
                 found: dict[str, Any], record: dict[str, Any] | None) -> bool:
        """Whether ``row`` is written over the programme's; counts and records it."""
        mine, their_hash = row.hash, _hash(table.name, theirs)
        assert record is not None  # ``_existing`` found the row through its record
        if mine == their_hash:
            self.report.unchanged += 1
            if record["sent_hash"] != their_hash or record["sent_updated_at"] != row.updated_at:
                self._record(table, row, their_hash)
            return False
        they_changed = (their_hash != record["sent_hash"]
                        and _hash_v1(theirs) != record["sent_hash"])
        i_changed = row.updated_at > _utc(record["sent_updated_at"])
        if not i_changed:  # a change made in the programme database stands
            self.report.unchanged += 1
            return False
        if not they_changed:
            self.report.updated += 1
            self._record(table, row, mine)
            return True
        their_time = _utc(found["updated_at"])
        workspace_wins = row.updated_at >= their_time
        winner = "workspace" if workspace_wins else "programme"
        self.report.conflicts.append(Conflict(
            table.name, row.uid, _label(row.content, row.uid), winner, row.updated_at,
            their_time))
        self.conflict_rows.append({
            "table_name": table.name, "record_uid": row.uid,
            "workspace_changed_at": row.updated_at, "programme_changed_at": their_time,
            "winner": winner,
            "kept_values": json.dumps({k: _canonical(v) for k, v in
                                       (theirs if workspace_wins else row.content).items()},
                                      ensure_ascii=False, sort_keys=True)})
        if workspace_wins:
            self.report.updated += 1
            self._record(table, row, mine)
            return True
        self.report.unchanged += 1
        self._record(table, row, their_hash)
        return False

    def _record(self, table: Table, row: _Row, content_hash: str) -> None:
        self.record_rows.append({"table_name": table.name, "record_uid": row.uid,
                                 "workspace_uid": self.workspace_uid,
                                 "sent_updated_at": row.updated_at, "sent_hash": content_hash,
                                 "deleted_at": None})

    def _new_keys(self, new: dict[str, list[_Row]]) -> None:
        """Keys for every row to be added, so that every foreign key is known
        before anything is written: the table's sequence, in one query for
        all tables; a secret round's rows get fresh random keys instead."""
        wanted = {t: [r for r in rows if not r.urn] for t, rows in new.items()}
        wanted = {t: rows for t, rows in wanted.items() if rows}
        keys: dict[str, list[int]] = {t: [] for t in wanted}
        if wanted:  # one row per table: its keys as an array
            for table_name, taken in self.conn.execute(text(
                    "SELECT t.name, ARRAY(SELECT nextval(t.seq) FROM generate_series(1, t.n)) "
                    "FROM unnest(CAST(:names AS text[]), CAST(:seqs AS regclass[]), "
                    "CAST(:counts AS integer[])) AS t(name, seq, n)"),
                    {"names": list(wanted), "seqs": self._sequences(list(wanted)),
                     "counts": [len(r) for r in wanted.values()]}):
                keys[table_name] = [int(key) for key in taken]
        for table_name, rows in new.items():
            ids, uids = self.ids[table_name], self.uids[table_name]
            given = iter(keys.get(table_name, []))
            for row in rows:
                key = _random_key() if row.urn else next(given)
                ids[row.uid], uids[key] = key, row.uid

    def _sequences(self, table_names: list[str]) -> list[str]:
        """The sequences of the tables' keys, asked of the server once per
        database and schema revision (the lookup costs more than the keys)."""
        from facilitator_app.storage.migrate import head_revision

        where = (self.conn.engine.url.render_as_string(hide_password=True), head_revision())
        known = _SEQUENCES.setdefault(where, {})
        missing = [name for name in table_names if name not in known]
        if missing:
            known.update(self.conn.execute(text(
                "SELECT t.name, pg_get_serial_sequence(t.name, 'id') "
                "FROM unnest(CAST(:names AS text[])) AS t(name)"), {"names": missing}).all())
        return [known[name] for name in table_names]

    def _copy(self, table: Table, rows: list[_Row],
              records: dict[tuple[str, str], dict[str, Any]]) -> None:
        """Add the rows the server does not have, with COPY (PostgreSQL's bulk
        load). A secret round's rows go in a fresh random order: the order
        rows are written in is the order PostgreSQL keeps them on disk."""
        if not rows:
            return
        urn = [row for row in rows if row.urn]
        _shuffle(urn)
        rows = [*urn, *(row for row in rows if not row.urn)]
        columns = [c.name for c in table.columns]
        lines = self._lines(table, columns, rows)
        # in parts, so that progress moves and a cancel is heard on a big table; a
        # table whose rows point at each other (rounds) goes whole, parents with it
        own = any(target == table.name for target in _foreign_keys(table).values())
        size = len(lines) if own else CHUNK
        for start in range(0, len(lines), size):
            self._bulk(table.name, columns, lines[start:start + size])
            self._tick(len(lines[start:start + size]))
        self.report.inserted += len(rows)
        fresh = []
        for row in rows:
            if (table.name, row.uid) in records:  # put back: its record is written again
                self._record(table, row, row.hash)
            else:
                fresh.append([table.name, row.uid, self.workspace_uid, row.updated_at, row.hash])
        self.fresh_records += fresh

    def _lines(self, table: Table, columns: list[str], rows: list[_Row]) -> list[list[Any]]:
        """The rows' values in ``columns`` order, as ``_to_keys`` writes them,
        with their keys here and their ``updated_at``."""
        fks = _foreign_keys(table)
        own = self.ids[table.name]
        keys = {column: self.ids[target] for column, target in fks.items()}
        plan = [(c, keys.get(c)) for c in columns]
        lines = []
        for row in rows:
            content = row.content
            line: list[Any] = []
            for column, ids in plan:
                if column == "id":
                    line.append(own[row.uid])
                elif column == "updated_at":
                    line.append(row.updated_at)
                else:
                    value = content[column]
                    line.append(value if ids is None or value is None else ids[value])
            lines.append(line)
        return lines

    def _bulk(self, table_name: str, columns: list[str], lines: list[list[Any]]) -> None:
        """COPY ``lines`` into a table, in this transaction; the driver's errors
        as SQLAlchemy's (a unique key, a value refused ...), as for a statement."""
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table_name), sql.SQL(", ").join(map(sql.Identifier, columns)))
        cursor = self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor.copy(statement) as copy:
                for line in lines:
                    copy.write_row(line)
        except psycopg.Error as exc:
            raise DBAPIError.instance(f"COPY {table_name}", None, exc, psycopg.Error) from None
        finally:
            cursor.close()

    def _write_records(self) -> None:
        if self.fresh_records:
            self._bulk("programme_records", _RECORD_COLUMNS, self.fresh_records)
        if not self.record_rows:
            return
        rec = pg_insert(programme_records)
        self.conn.execute(rec.on_conflict_do_update(
            index_elements=["table_name", "record_uid"],
            set_={"workspace_uid": rec.excluded.workspace_uid,
                  "sent_updated_at": rec.excluded.sent_updated_at,
                  "sent_hash": rec.excluded.sent_hash, "deleted_at": None},
            where=programme_records.c.workspace_uid == rec.excluded.workspace_uid,
        ), self.record_rows)


