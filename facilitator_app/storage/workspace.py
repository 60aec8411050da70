"""Opening, creating, backing up and closing a workspace file.

One workspace = one SQLite file = one cluster initiative. Opening follows a
fixed order so a bad file is never damaged:

1. take the instance lock (a second instance is told who has the file);
2. inspect the file read-only: is it SQLite, is it intact
   (``PRAGMA quick_check``), is it ours (an ``alembic_version`` table), is its
   schema one we know (a newer one is refused untouched);
3. make the rolling backup (``storage.backups``: kept per workspace, by its
   id; one that cannot be made is a warning, never a refusal), and a
   pre-migration copy if it must be migrated;
4. migrate to head if needed: on a copy beside the file, swapped in (a
   rename) only once it passed ``integrity_check`` and ``foreign_key_check``;
   the engine (WAL, ``synchronous=FULL``, foreign keys and a busy timeout) is
   made on first use.

Opening a workspace that is already at head needs neither SQLAlchemy nor
Alembic: the checks use ``sqlite3`` and the head revision is read from the
migration files (see ``storage.migrate``). SQLAlchemy is imported when the
first session or the engine is asked for, so the app can show a workspace
before the database layer has loaded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import N_, _, n_
from facilitator_app.storage import backups, migrate, schema_check
from facilitator_app.storage.lock import WorkspaceLock

if TYPE_CHECKING:  # imported when first used: see the module docstring
    from sqlalchemy.engine import Engine
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = backups.BUSY_TIMEOUT_MS


class WorkspaceError(UserError):
    """A workspace file that cannot be opened or written, said for people."""


def _set_pragmas(dbapi_conn: DBAPIConnection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Deleted content is overwritten with zeros, not left in free space: a
    # secret round's earlier ballot layouts must not survive in the file.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _private_pragmas(dbapi_conn: DBAPIConnection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=MEMORY")
    cur.execute("PRAGMA synchronous=OFF")
    cur.execute("PRAGMA foreign_keys=OFF")
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def _private_engine(path: Path) -> Engine:
    """An engine for a file nobody else sees until it is complete, flushed to
    the disk and renamed into place (a workspace being built, a copy being
    migrated), where the migrations run.

    Foreign keys are off: SQLite cannot ALTER most things, so a migration
    rebuilds a table (new table, copy the rows, drop the old one, rename),
    and SQLite's documentation prescribes foreign keys off for that; with
    them on, dropping the old table would delete or empty every row pointing
    at it. ``PRAGMA foreign_keys`` cannot change inside a transaction, so it
    is set when connecting; the migrated copy must then pass
    ``foreign_key_check``. A kill leaves only a hidden file that is thrown
    away, so there is no fsync per statement: the file is flushed once,
    before the rename.
    """
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _private_pragmas)
    return engine


#: SQLite's primary result codes that are the user's situation (the file, the
#: disk, another program), each with what to say. Every other code (a
#: constraint, a missing column, a syntax error ...) is a bug in the app.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_SQLITE_PERM, _SQLITE_NOLFS = 3, 22
_SITUATIONS = {
    _SQLITE_BUSY: N_("{name} is busy: another program is writing to it. Try again in a moment."),
    _SQLITE_LOCKED: N_("{name} is busy: another program is writing to it. Try again in a moment."),
    _SQLITE_READONLY: N_("{name} is read-only. Copy it to a folder you can write to and open "
                         "the copy."),
    _SQLITE_FULL: N_("The disk is full: {name} cannot be saved. Free some space, then try again."),
    _SQLITE_NOLFS: N_("{name} has grown too large for this drive's file system. Copy it to "
                      "another drive."),
    _SQLITE_CORRUPT: N_("{name} is damaged. Restore one of its backups: File > Restore from "
                        "Backup... (the app offers it when you open the file)."),
    _SQLITE_NOTADB: N_("{name} is damaged or not a cluster workspace. If it is a workspace, "
                       "restore one of its backups: File > Restore from Backup..."),
    _SQLITE_IOERR: N_("{name} cannot be read or written (disk error). Check the drive and try "
                      "again."),
    _SQLITE_CANTOPEN: N_("{name} cannot be opened: check that the drive is still there and "
                         "that you may write to its folder."),
    _SQLITE_PERM: N_("{name} cannot be opened: check that the drive is still there and that you "
                     "may write to its folder."),
}


def sqlite_error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (an ``sqlite3`` error or one
    SQLAlchemy wrapped), or None when SQLite did not give one."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def explain_db_error(exc: BaseException, path: Path | None = None) -> str | None:
    """A sentence a facilitator can act on when a database error is their
    situation (busy, locked, read-only, disk full, I/O error, damaged, cannot
    open, not a database), told by SQLite's result code; None when it is a bug
    (constraint, missing column, syntax ...), which must reach the log and the
    crash report with its traceback instead."""
    template = _SITUATIONS.get(sqlite_error_code(exc) or -1)
    if template is None:
        return None
    return _(template, name=path.name) if path else _(template, name=_("the workspace"))


def _inspect(path: Path) -> str | None:
    """Check a file read-only; return its schema revision or raise WorkspaceError."""
    name = path.name
    if not path.is_file():
        raise WorkspaceError(_("{path} is not a file.", path=path), exit_code=2)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(_("Cannot read {name}: {reason}.", name=name, reason=exc.strerror), exit_code=2) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise WorkspaceError(
            _("{name} is not a cluster workspace (it is not a database file).", name=name), exit_code=2
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(explain_db_error(exc, path)
                             or _("{name} cannot be opened ({error}).", name=name, error=exc),
                             exit_code=2) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        check = conn.execute("PRAGMA quick_check").fetchall()
        if [row[0] for row in check] != ["ok"]:
            raise WorkspaceError(
                _("{name} is damaged (the integrity check failed). Restore one of its backups: "
                  "File > Restore from Backup... (the app offers it when you open the file).",
                  name=name),
                exit_code=2,
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            raise WorkspaceError(
                _("{name} is a database, but not a cluster workspace.", name=name), exit_code=2
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        # Triggers, views, tables the app did not make: SQLite would run them
        # inside the app (a trigger rewrote typed ballots). Not opened at all.
        foreign = schema_check.unexpected(conn, row[0] if row else None)
        if foreign:
            raise WorkspaceError(
                _("{name} holds database objects the app did not create ({objects}). "
                  "Another program changed it, perhaps to alter what is typed into it, so it was "
                  "not opened and was left untouched. Ask for the workspace again, or open one "
                  "of your backups. (Opening such a file read-only is not available.)",
                  name=name, objects=", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")),
                exit_code=2,
            )
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            _("{name} is damaged or not a cluster workspace ({error}).", name=name, error=exc), exit_code=2
        ) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in migrate.known_revisions():
        raise WorkspaceError(
            _("{name} was made by a newer version of the app (schema {revision}). Update the app "
              "to open it; the file was left untouched.", name=name, revision=revision),
            exit_code=2,
        )
    return revision


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


#: ``Session.info`` key a service sets when the WAL must not keep what this
#: unit of work wrote (a secret ballot): after the commit the WAL is
#: checkpointed into the file and truncated to nothing.
CHECKPOINT_AFTER_COMMIT = "checkpoint_after_commit"

_OPEN_SECRET_BALLOTS = (
    "SELECT count(*) FROM ballots b JOIN vote_rounds r ON r.id = b.round_id "
    "WHERE r.anonymity = 'secret' AND r.status = 'open' AND b.source != 'hands'"
)


def open_secret_ballots(conn: sqlite3.Connection) -> int:
    """Ballots in secret rounds that are still open. A copy of the file taken
    now and another taken later would differ by the ballots cast in between:
    with the order members voted in, that pairs them. So no backup or copy is
    taken while there are any."""
    try:
        return int(conn.execute(_OPEN_SECRET_BALLOTS).fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # a schema without rounds: nothing secret in it
            return 0
        raise  # busy, cannot open ...: not a reason to go ahead with a copy


class Workspace:
    """An open workspace: its path, engine, session factory and lock.

    ``engine`` may be left out: it is then made (importing SQLAlchemy) when
    first used, by whichever thread asks first.
    """

    def __init__(self, path: Path, engine: Engine | None, lock: WorkspaceLock) -> None:
        self.path = path
        self._engine = engine
        self._sessionmaker: sessionmaker[Session] | None = None
        self._engine_lock = threading.Lock()
        self._lock = lock
        self.backup_path: Path | None = None
        self.backup_skipped = ""  # why no backup was made on opening, when none was
        self.backup_notice = ""  # something else to tell about its backups (a copy ...)
        self.backup_key: str | None = None  # its set in the backups folder (storage.backups)
        self.migration_backup_path: Path | None = None
        #: backups kept, when the opening made none because a secret round was open
        #: with ballots (0: not waiting): see :meth:`backup_if_allowed`
        self.backup_waits = 0

    def backup_if_allowed(self) -> bool:
        """The backup the opening could not make while a secret round was open
        with ballots, made now that none is. True when it was made (the reason
        in ``backup_skipped`` is then cleared); False while it must still wait
        (or when nothing waits). A backup that cannot be made says why in
        ``backup_skipped``, as at an opening."""
        if not self.backup_waits or _open_secret_ballots_in(self.path):
            return False
        made = backups.rolling_backup(self.path, self.backup_waits)
        self.backup_waits = 0
        self.backup_path, self.backup_skipped = made.path, made.skipped
        self.backup_key = made.key or self.backup_key
        return made.path is not None

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = make_engine(self.path)
        return self._engine

    @property
    def engine_made(self) -> bool:
        """Whether the engine exists yet (i.e. the database layer is in use)."""
        return self._engine is not None

    def _sessions(self) -> Session:
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            with self._engine_lock:
                if self._sessionmaker is None:
                    from sqlalchemy import event

                    self._sessionmaker = sessionmaker(engine, expire_on_commit=False)
                    event.listen(self._sessionmaker, "after_commit", self._after_commit)
        return self._sessionmaker()

    def _after_commit(self, session: Session) -> None:
        if session.info.pop(CHECKPOINT_AFTER_COMMIT, False):
            self.checkpoint()

    def checkpoint(self) -> bool:
        """Write the WAL into the file and truncate it to nothing, tried three
        times while a reader still holds an older snapshot. Returns
        whether it was done. It runs after a commit: a failure here must not
        make a ballot that was recorded look refused, so it is logged (the
        next checkpoint, or the next opening, folds the WAL in)."""
        import logging

        try:
            for attempt in range(3):  # each waits at most the busy timeout for readers
                with self.engine.connect() as conn:
                    busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
                if not busy:
                    return True
                time.sleep(0.05 * (attempt + 1))
            logging.getLogger(__name__).warning(
                "%s: the WAL could not be checkpointed (a reader held it); it is folded "
                "in at the next checkpoint or opening", self.path.name)
        except Exception:
            logging.getLogger(__name__).exception("%s: checkpoint failed", self.path.name)
        return False

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error.

        Database errors that are the user's situation (busy, read-only, disk
        full, I/O error, damaged ...) come out as :class:`WorkspaceError`;
        any other (a constraint, a missing column: a bug) is raised as it is.
        """
        from sqlalchemy.exc import DBAPIError

        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            message = explain_db_error(exc, self.path)
            if message is None:  # a bug: it keeps its type and traceback
                raise
            raise WorkspaceError(message) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def new_session(self) -> Session:
        """A long-lived session (the GUI's); the caller commits and closes."""
        return self._sessions()

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy of the workspace to ``target``."""
        from facilitator_app.export.safe_write import write_atomically

        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkspaceError(_("Choose another file name: that is the open workspace itself."))

        pending = _open_secret_ballots_in(self.path)
        if pending:
            raise WorkspaceError(
                n_("A secret round is open with {n} ballot in it. A copy made now, next to the "
                   "final file, would show which ballots came later, and so whose they are. "
                   "Close the round first, then save a copy.",
                   "A secret round is open with {n} ballots in it. A copy made now, next to the "
                   "final file, would show which ballots came later, and so whose they are. "
                   "Close the round first, then save a copy.", pending))

        def _write(tmp: Path) -> None:
            tmp.unlink()  # sqlite wants to create it
            backups.copy_database(self.path, tmp)

        return write_atomically(target, _write)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_workspace(
    path: str | Path,
    create: bool = False,
    backups_kept: int | None = None,
    initialise: Callable[[Session], object] | None = None,
) -> Workspace:
    """Open (or with ``create`` make) a workspace; see the module docstring.

    ``backups_kept`` defaults to the "backups kept" option (10 unless set).
    A new workspace is built whole in a temporary file beside ``path`` (schema
    at head, then ``initialise`` given a session on it, e.g. to write the
    profile) and renamed into place, so an interrupted creation leaves no
    half-made workspace behind.
    """
    if backups_kept is None:
        from facilitator_app import options

        backups_kept = int(options.get("backups_kept"))
    path = Path(path).expanduser().absolute()
    exists = path.exists()
    if not exists and not create:
        raise WorkspaceError(_("{path} does not exist.", path=path), exit_code=2)
    if not exists and not path.parent.is_dir():
        raise WorkspaceError(_("The folder {parent} does not exist.", parent=path.parent), exit_code=2)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        if not exists:
            _create_atomically(path, initialise)
        return _open_locked(path, lock, exists, backups_kept)
    except BaseException:
        lock.release(refused=True)
        raise


def build_schema(target: Path) -> None:
    """Write an empty workspace at the head revision to ``target``.

    The test suite replaces this with a copy of one master file built by it.
    """
    engine = _private_engine(target)
    try:
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
    finally:
        engine.dispose()


def _creation_leftovers(path: Path) -> list[Path]:
    return list(path.parent.glob(f".{_glob_escape(path.name)}.new-*"))


def _create_atomically(path: Path, initialise: Callable[[Session], object] | None) -> None:
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session

    for leftover in _creation_leftovers(path):  # an earlier creation was interrupted
        with contextlib.suppress(OSError):
            leftover.unlink()
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        build_schema(tmp)
        if initialise is not None:
            engine = make_engine(tmp)
            try:
                with Session(engine) as session:
                    initialise(session)
                    session.commit()
            finally:
                engine.dispose()
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path.parent)
    except DBAPIError as exc:
        message = explain_db_error(exc, path)
        if message is None:
            raise
        raise WorkspaceError(message) from exc
    except OSError as exc:
        raise WorkspaceError(_("Cannot create {name}: {reason}.",
                               name=path.name, reason=exc.strerror)) from exc
    finally:
        for name in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            with contextlib.suppress(OSError):
                name.unlink()


def _fsync(path: Path) -> None:
    """Flush a file (or, where the system allows it, a folder) to the disk."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        if path.is_dir():
            return  # Windows cannot open folders; renames there are durable anyway
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not path.is_dir():
            raise
    finally:
        os.close(fd)


def _open_locked(path: Path, lock: WorkspaceLock, exists: bool, backups_kept: int) -> Workspace:
    migration_backup = backup = None
    head = migrate.head_revision()
    revision = _inspect(path)
    if not _writable(path):
        raise WorkspaceError(
            _("{name} is read-only. Copy it to a folder you can write to and open the copy.",
              name=path.name),
            exit_code=2,
        )
    skipped = notice = ""
    key = None
    secret_open = bool(exists and _open_secret_ballots_in(path))
    if exists and backups_kept > 0:  # a workspace made just now has nothing to lose
        if secret_open:
            skipped = ("No backup was made on opening: a secret round is open with "
                       "ballots in it, and a copy now would let someone tell the later "
                       "ballots from the earlier ones. The next opening after the round "
                       "closes makes one.")
        else:  # a backup that cannot be made is a warning, never a refusal
            made = backups.rolling_backup(path, backups_kept)
            backup, key, skipped, notice = made.path, made.key, made.skipped, made.notice
    if revision != head:
        if secret_open:  # no copy of a secret round half-way, not even this one
            skipped = ("No copy was kept from before the update: a secret round is open "
                       "with ballots in it. The update itself was checked before it "
                       "replaced the file.")
        else:
            migration_backup = backups.migration_backup(path, revision)  # it stays
        _migrate(path, head)
    workspace = Workspace(path, None, lock)  # the engine is made on first use
    workspace.backup_path = backup
    workspace.backup_skipped = skipped
    workspace.backup_notice = notice
    workspace.backup_key = key
    workspace.migration_backup_path = migration_backup
    if secret_open and exists and backups_kept > 0:
        workspace.backup_waits = backups_kept
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # left by a crash: fold it into the file
        workspace.checkpoint()
    return workspace


def _open_secret_ballots_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return open_secret_ballots(conn)
    finally:
        conn.close()


def _migration_leftovers(path: Path) -> list[Path]:
    return list(path.parent.glob(f".{_glob_escape(path.name)}.migrating-*"))


def _migrate(path: Path, head: str) -> None:
    """Upgrade the file to ``head`` without ever writing into it.

    The workspace is copied (SQLite's backup API) to a hidden file beside it;
    the copy is migrated with foreign keys off (see :func:`_private_engine`),
    must pass ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` and
    be at ``head``, is flushed to the disk, and only then renamed over the
    original. A failure or a kill at any moment before the rename leaves the
    original as it was (it is migrated again at the next opening, which
    first removes the leftover copy); the rename itself is atomic.
    """
    from sqlalchemy.exc import DBAPIError

    for leftover in _migration_leftovers(path):  # an earlier migration was interrupted
        with contextlib.suppress(OSError):
            leftover.unlink()
    tmp = path.with_name(f".{path.name}.migrating-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        backups.copy_database(path, tmp)
        engine = _private_engine(tmp)
        try:
            with engine.begin() as conn:
                if migrate.current_revision(conn) != head:
                    migrate.upgrade_to_head(conn)
        finally:
            engine.dispose()
        # Rebuilt whole: free pages and left-over space of the old file (written
        # before secure_delete, perhaps holding earlier layouts of secret rounds)
        # do not come along.
        vacuum = sqlite3.connect(tmp)
        try:
            vacuum.execute("VACUUM")
        finally:
            vacuum.close()
        problems = _check_migrated(tmp, head)
        if problems:
            logging.getLogger(__name__).error(
                "migrating %s to %s failed its checks: %s", path, head, problems)
            raise WorkspaceError(
                _("{name} could not be updated to this version of the app: the updated copy "
                  "failed SQLite's checks ({problems}). The file was left as it was.",
                  name=path.name, problems='; '.join(problems[:3])), exit_code=2)
        _fsync(tmp)
        _fold_wal(path)
        os.replace(tmp, path)
        _fsync(path.parent)
    except (DBAPIError, sqlite3.Error) as exc:
        message = explain_db_error(exc, path)
        if message is None:  # a bug in a migration: to the log with its traceback
            raise
        raise WorkspaceError(_("{message} ({name} was not updated to this version of the app and "
                               "was left as it was.)", message=message, name=path.name)) from exc
    except OSError as exc:
        raise WorkspaceError(_("Cannot update {name} to this version of the app: {reason}. The "
                               "file was left as it was.", name=path.name, reason=exc.strerror)) from exc
    finally:
        for name in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                name.unlink()


def _check_migrated(path: Path, head: str) -> list[str]:
    """What is wrong with a migrated copy (nothing: an empty list)."""
    conn = sqlite3.connect(path)
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            problems = []
        orphans: dict[tuple[str, str], int] = {}
        for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            orphans[table, parent] = orphans.get((table, parent), 0) + 1
        problems += [f"{n} row{'s' if n != 1 else ''} of {table} point{'' if n != 1 else 's'} "
                     f"at missing rows of {parent}" for (table, parent), n in orphans.items()]
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head:
            problems.append(f"its schema is {row[0] if row else 'unknown'}, not {head}")
        return problems
    finally:
        conn.close()


def _fold_wal(path: Path) -> None:
    """Write a ``-wal`` left beside ``path`` (by a crash) into the file: SQLite
    would replay it over whatever file has that name, so none may be left
    when the migrated copy is renamed into place."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()  # the last connection removes the -wal
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise WorkspaceError(_("{name} is busy: another program is using it. Close that program, "
                               "then open the workspace again.", name=path.name))


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
