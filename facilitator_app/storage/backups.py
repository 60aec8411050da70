"""Rolling backups, kept per workspace: the folder, the copies, pruning, listing, restoring.

A workspace's backups are keyed by its global id (``cluster_profile.uid``,
read with ``sqlite3`` read-only), not by its file name: they live in
``<backups folder>/<uid>/``, so two workspaces called "Workshop" in two
folders keep two sets, and renaming or moving a workspace keeps its set.

Each set remembers the workspace it belongs to (``workspace.txt``: the real
path). A file that carries the same id as a workspace that still exists
elsewhere is a copy of it (copied by hand, or a file put aside by a
restore): it is given an id of its own on opening, so it gets a set of its
own and never rotates the original's. A file inside the backups folder
opened directly gets no rolling backups at all and changes nothing in the
folder; and pruning never deletes a backup that has been opened directly
(it has a ``.lock`` beside it), so work done in one is not lost.

A backup that cannot be made (the folder is read-only, the disk is full)
never stops a workspace from opening: :func:`rolling_backup` returns why,
and the app shows it.

Backups are written with SQLite's backup API and switched to the rollback
journal, so each one is a single self-contained file that can be read
without leaving ``-wal`` / ``-shm`` files beside it.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import secrets
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _

DEFAULT_BACKUPS_KEPT = 10
BACKUP_SUFFIX = ".cluster"
OWNER_FILE = "workspace.txt"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_STAMP = re.compile(r"^\d{8}-\d{6}-\d{6}$")
_SAFE_KEY = re.compile(r"^[A-Za-z0-9-]{1,64}$")
_SIDECARS = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_MS = 5000


def backups_dir(create: bool = True) -> Path:
    """The backups folder: the one set in the options, else ``backups`` in the
    user data folder. Raises ``OSError`` when it cannot be made."""
    from facilitator_app import options
    from facilitator_app.paths import user_data_dir

    custom = str(options.get("backups_folder") or "").strip()
    path = Path(custom).expanduser() if custom else user_data_dir() / "backups"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


# ----- reading a workspace file without changing it ---------------------
@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves no ``-wal``/``-shm`` behind: a file
    with no write-ahead log beside it is read as immutable."""
    live = any(path.with_name(path.name + s).exists() for s in _SIDECARS)
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if live else "&immutable=1")
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        yield conn
    finally:
        conn.close()


def workspace_uid(path: Path) -> str | None:
    """The workspace's global id, or None (no profile row, or not readable)."""
    try:
        with _read_only(path) as conn:
            row = conn.execute(
                "SELECT uid FROM cluster_profile ORDER BY id LIMIT 1").fetchone()
    except (sqlite3.Error, OSError):
        return None
    return str(row[0]) if row and row[0] else None


def _write_uid(path: Path, uid: str) -> bool:
    """Give the workspace the id ``uid`` (adding its profile row if it has
    none). False when the file has no profile table (an unmigrated file)."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        try:
            row = conn.execute("SELECT id FROM cluster_profile ORDER BY id LIMIT 1").fetchone()
        except sqlite3.OperationalError:
            return False
        with conn:
            if row is None:
                conn.execute(
                    "INSERT INTO cluster_profile (name, country, sector, cluster_type, "
                    "maturity, facilitator, description, uid, created_at, updated_at) "
                    "VALUES ('', '', '', '', '', '', '', ?, ?, ?)", (uid, now, now))
            else:
                conn.execute("UPDATE cluster_profile SET uid = ?, updated_at = ? WHERE id = ?",
                             (uid, now, row[0]))
        return True
    finally:
        conn.close()


def _key(uid: str) -> str:
    """The set's folder name: the id itself when it is a plain id."""
    return uid if _SAFE_KEY.match(uid) else hashlib.sha256(uid.encode()).hexdigest()[:32]


def _path_key(path: Path) -> str:
    """The key of a file that cannot carry an id (no profile table yet)."""
    return "path-" + hashlib.sha256(str(_real(path)).encode()).hexdigest()[:24]


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def in_backups_folder(path: Path) -> bool:
    """Whether ``path`` lives inside the backups folder (a backup opened directly)."""
    try:
        folder = _real(backups_dir(create=False))
    except OSError:
        return False
    return _real(path).is_relative_to(folder)


# ----- which set a workspace uses ----------------------------------------
@dataclass(frozen=True)
class Claim:
    """The set a workspace's backups go to, and what to tell the user."""

    key: str
    notice: str = ""  # e.g. "this is a copy of ...: it now has backups of its own"


def set_folder(key: str) -> Path:
    return backups_dir() / key


def _owner(folder: Path) -> Path | None:
    try:
        text = (folder / OWNER_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def _set_owner(folder: Path, path: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / OWNER_FILE).write_text(str(_real(path)) + "\n", encoding="utf-8")


def key_of(path: Path) -> str | None:
    """The key of the set ``path``'s backups go to, read without changing
    anything: by the file's id, else (a damaged file whose id cannot be
    read) the set that belongs to this path. None for a backup opened
    directly, or a file with neither."""
    if in_backups_folder(path):
        return None
    uid = workspace_uid(path)
    if uid:
        return _key(uid)
    try:
        folders = [f for f in backups_dir(create=False).iterdir() if f.is_dir()]
    except OSError:
        return None
    real = _real(path)
    return next((f.name for f in folders if _owner(f) == real), None)


def claim(path: Path) -> Claim:
    """Find (or make) the set of the workspace at ``path``, which the caller
    holds the lock of. A workspace with no id yet is given one; a copy of a
    workspace that still exists elsewhere is given a new one (see the module
    docstring). Raises ``OSError`` / ``sqlite3.Error`` when the file or the
    backups folder cannot be written."""
    uid = workspace_uid(path)
    if uid is None:
        uid = str(uuid.uuid4())
        if not _write_uid(path, uid):
            key = _path_key(path)
            _set_owner(set_folder(key), path)
            return Claim(key)
    key = _key(uid)
    folder = set_folder(key)
    owner = _owner(folder)
    if owner is None or owner == _real(path):
        _set_owner(folder, path)
        return Claim(key)
    owner_uid = workspace_uid(owner) if owner.is_file() else None
    if not owner.exists() or (owner_uid is not None and owner_uid != uid):
        # The workspace moved (or its old file now holds another workspace):
        # the set follows it. An owner that cannot be read (damaged) keeps it.
        _set_owner(folder, path)
        return Claim(key, f"The backups of {owner.name} now follow it to {path}.")
    new_uid = str(uuid.uuid4())
    _write_uid(path, new_uid)
    key = _key(new_uid)
    _set_owner(set_folder(key), path)
    return Claim(key, f"{path.name} is a copy of {owner} (same workspace id): it was given "
                      "an id of its own, so its backups are kept apart from that file's.")


# ----- making and pruning ------------------------------------------------
def _stamp() -> str:
    return datetime.now().strftime(STAMP_FORMAT)


def copy_database(source: Path, target: Path) -> None:
    """A consistent single-file copy of a (possibly live) database."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _remove(path: Path) -> None:
    for name in (path, *(path.with_name(path.name + s) for s in _SIDECARS)):
        with contextlib.suppress(OSError):
            name.unlink()


def copy_into_place(source: Path, target: Path) -> None:
    """Copy ``source`` to a hidden file beside ``target``, then rename it to
    ``target``: a kill or a failure in the middle leaves nothing under a
    backup's name, only a hidden ``.<name>.part-…`` that the next backup of
    that workspace and reason into that folder removes."""
    parts = _parts(target)
    if parts is not None:
        pattern = f".{glob.escape(parts[0])}.{glob.escape(parts[1])}.*{BACKUP_SUFFIX}.part-*"
        for leftover in target.parent.glob(pattern):
            _remove(leftover)
    tmp = target.with_name(f".{target.name}.part-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        copy_database(source, tmp)
        os.replace(tmp, target)
    finally:
        _remove(tmp)


def make_backup(path: Path, reason: str = "open", keep: int = DEFAULT_BACKUPS_KEPT,
                key: str | None = None) -> Path:
    """Copy ``path`` into its set (``key``, else found with :func:`claim`) and,
    for a rolling ("open") backup, prune the set to its ``keep`` newest.
    Raises ``OSError`` / ``sqlite3.Error`` when the copy cannot be written
    (nothing half-written is left)."""
    if key is None:
        key = claim(path).key
    folder = set_folder(key)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}.{reason}.{_stamp()}{BACKUP_SUFFIX}"
    copy_into_place(path, target)
    if reason == "open":
        prune(key, keep)
    return target


def _parts(file: Path) -> tuple[str, str, datetime] | None:
    """(name, reason, time made) of a backup file's name, or None."""
    if file.suffix != BACKUP_SUFFIX:
        return None
    pieces = file.name[: -len(BACKUP_SUFFIX)].rsplit(".", 2)
    if len(pieces) != 3 or not _STAMP.match(pieces[2]):
        return None
    return pieces[0], pieces[1], datetime.strptime(pieces[2], STAMP_FORMAT)


def _opened_directly(file: Path) -> bool:
    return file.with_name(file.name + ".lock").exists()


def prune(key: str, keep: int) -> list[Path]:
    """Delete the set's oldest rolling backups beyond ``keep``; returns them.
    Only rolling ("open") backups are pruned, and never one opened directly."""
    folder = set_folder(key)
    rolling = []
    for file in folder.glob(f"*{BACKUP_SUFFIX}"):
        parts = _parts(file)
        if parts and parts[1] == "open" and not _opened_directly(file):
            rolling.append((parts[2], file))
    rolling.sort()
    doomed = [file for _made, file in (rolling[:-keep] if keep > 0 else rolling)]
    for file in doomed:
        _remove(file)
    return doomed


@dataclass(frozen=True)
class BackupResult:
    path: Path | None = None
    key: str | None = None
    skipped: str = ""  # why none was made (a warning to show)
    notice: str = ""  # something to tell (a copy was given its own id ...)


def rolling_backup(path: Path, keep: int = DEFAULT_BACKUPS_KEPT) -> BackupResult:
    """The backup made when a workspace opens. Never raises for the file
    system: a backup that cannot be made is returned as ``skipped`` (the
    workspace opens all the same). The caller holds the workspace's lock and
    has checked that a backup may be made now (no open secret ballots)."""
    if in_backups_folder(path):
        return BackupResult(skipped=(
            f"{path.name} is a backup (it is in the backups folder): no backup is made of "
            "it, and its workspace's backups are left as they are. To carry on from it, "
            "use File > Restore from backup in the workspace itself, or Save a Copy."))
    try:
        found = claim(path)
        made = make_backup(path, "open", keep, key=found.key)
    except (OSError, sqlite3.Error) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        return BackupResult(skipped=(
            f"No backup of {path.name} could be made on opening ({why}). The workspace "
            "is open and everything you do is saved in it, but check the backups folder "
            f"({_folder_text()}) in Settings: it must be a folder you can write to, on a "
            "disk with free space."))
    return BackupResult(made, found.key, notice=found.notice)


def _folder_text() -> str:
    try:
        return str(backups_dir(create=False))
    except OSError:  # pragma: no cover - reading the option does not fail
        return "see Settings"


def migration_backup(path: Path, revision: str | None) -> Path:
    """The copy made before a migration: in the workspace's set, else (a
    backups folder that cannot be written) beside the workspace. Raises
    :class:`UserError` when neither can be written: migrating without a
    copy is not allowed."""
    reason = f"before-migration-{revision}"
    try:
        return make_backup(path, reason, key=key_of(path) or _path_key(path))
    except (OSError, sqlite3.Error):
        pass
    target = path.with_name(f"{path.stem}.{reason}.{_stamp()}{BACKUP_SUFFIX}")
    try:
        copy_into_place(path, target)
    except (OSError, sqlite3.Error) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        raise UserError(
            _("{name} must be updated to this version of the app, and a copy must be made first, "
              "but no copy could be written ({why}). Free some space or check the backups folder "
              "in Settings, then open it again; the file was left untouched.",
              name=path.name, why=why), exit_code=2) from exc
    return target


# ----- listing -----------------------------------------------------------
@dataclass(frozen=True)
class BackupSummary:
    members: int
    workshops: int
    rounds: int
    ballots: int
    cluster_name: str = ""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    reason: str  # "open", "before-migration-0001", ...
    size: int
    summary: BackupSummary | None  # None: the file could not be read

    @property
    def kind(self) -> str:
        if self.reason == "open":
            return "on opening"
        if self.reason.startswith("before-migration"):
            return "before an update"
        return self.reason


def summarise(path: Path) -> BackupSummary | None:
    """What a backup holds, read read-only; None when it cannot be read."""
    try:
        with _read_only(path) as conn:
            def count(table: str) -> int:
                try:
                    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                except sqlite3.OperationalError:  # an older schema without that table
                    return 0

            try:
                row = conn.execute(
                    "SELECT name FROM cluster_profile ORDER BY id LIMIT 1").fetchone()
            except sqlite3.OperationalError:
                row = None
            return BackupSummary(count("members"), count("workshops"), count("vote_rounds"),
                                 count("ballots"), str(row[0] or "") if row else "")
    except (sqlite3.Error, OSError):
        return None


def list_backups(key: str) -> list[BackupInfo]:
    """The set's backups, newest first, each with its size and summary."""
    try:
        folder = set_folder(key)
    except OSError:
        return []
    found = []
    for file in folder.glob(f"*{BACKUP_SUFFIX}"):
        parts = _parts(file)
        if parts is None:
            continue
        try:
            size = file.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(file, parts[2], parts[1], size, summarise(file)))
    found.sort(key=lambda b: b.made, reverse=True)
    return found


# ----- restoring ---------------------------------------------------------
def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # Windows cannot open folders; renames there are durable anyway
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def aside_path(path: Path, stamp: str | None = None) -> Path:
    return path.with_name(f"{path.stem}.before-restore-{stamp or _stamp()}{path.suffix}")


def restore_backup(path: Path, backup: Path) -> Path:
    """Put the closed workspace at ``path`` aside and a copy of ``backup`` in
    its place; returns where the current file went
    (``<name>.before-restore-<stamp>.cluster`` beside it, never deleted).

    The workspace is locked meanwhile. The backup is copied and checked
    before anything is moved, so a failure leaves the workspace as it was.
    """
    from facilitator_app.storage.lock import WorkspaceLock

    path = Path(path).absolute()
    lock = WorkspaceLock(path)
    lock.acquire()
    tmp = path.with_name(f".{path.name}.restore-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        try:
            copy_database(backup, tmp)
            with _read_only(tmp) as conn:
                ok = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
        except (OSError, sqlite3.Error) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            raise UserError(_("The backup {name} could not be copied ({why}). Nothing was "
                              "changed.", name=backup.name, why=why)) from exc
        if not ok:
            raise UserError(_("The backup {name} is damaged. Choose another one; nothing was "
                              "changed.", name=backup.name))
        with contextlib.suppress(sqlite3.Error, OSError):  # fold the WAL in, if it can be
            conn = sqlite3.connect(path)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        aside = aside_path(path)
        moved: list[tuple[Path, Path]] = []
        try:
            for suffix in ("", "-wal", "-shm"):  # the log goes with its file, whatever is in it
                source = path.with_name(path.name + suffix)
                if source.exists():
                    target = aside.with_name(aside.name + suffix)
                    os.rename(source, target)
                    moved.append((target, source))
            os.replace(tmp, path)
        except OSError as exc:
            for target, source in reversed(moved):
                with contextlib.suppress(OSError):
                    os.rename(target, source)
            raise UserError(_("Could not put the backup in place of {name} ({reason}). The "
                              "workspace was left as it was.",
                              name=path.name, reason=exc.strerror)) from exc
        _fsync_folder(path.parent)
        return aside
    finally:
        _remove(tmp)
        lock.release()
