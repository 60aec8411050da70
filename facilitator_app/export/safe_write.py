"""Writes that never leave half a file.

Every export writes to a temporary file in the target folder, flushes it to
disk, then renames it into place (atomic on one file system). A failure
removes the temporary file and raises a :class:`UserError` that says what
went wrong in words a facilitator understands. A process killed while
writing cannot remove its temporary file: the next write of the same target
does (:func:`remove_stale_parts`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _


def _read_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: read it by setting it, at import, before any thread
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _final_mode(target: Path) -> int:
    """The permissions the file would have had if written directly: an existing
    file keeps its own, a new one gets what the user's umask gives (0644 with
    the usual 022), not the owner-only mode of a temporary file."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def _explain(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("Cannot write {name}: the folder {folder} is read-only or the file is open "
                 "in another program. Close it or choose another folder.",
                 name=target.name, folder=target.parent)
    if exc.errno == errno.ENOSPC:
        return _("Cannot write {name}: the disk is full.", name=target.name)
    if exc.errno == errno.ENOENT:
        return _("Cannot write {name}: the folder {folder} does not exist.",
                 name=target.name, folder=target.parent)
    return _("Cannot write {name}: {reason}.", name=target.name, reason=exc.strerror or exc)


STALE_PART_SECONDS = 3600
QUIET_PART_SECONDS = 60


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True


def remove_stale_parts(target: Path, now: float | None = None) -> list[Path]:
    """Remove what killed writes of ``target`` left beside it; returns what was removed.

    A temporary file is ``.<stem>-<pid>-<random><suffix>.part`` (older
    versions: without the pid). It is stale when older than an hour, or
    when the process that made it no longer runs and it has not changed for
    a minute (a writer on another computer sharing the folder is not ours to
    judge by its pid, but it keeps its file fresh).
    """
    now = time.time() if now is None else now
    prefix, ending = f".{target.stem}-", f"{target.suffix}.part"
    removed: list[Path] = []
    try:
        siblings = list(target.parent.iterdir())
    except OSError:
        return removed
    for path in siblings:
        name = path.name
        if not (name.startswith(prefix) and name.endswith(ending)):
            continue
        middle = name[len(prefix): len(name) - len(ending)]
        if not re.fullmatch(r"(\d+-)?[a-z0-9_]{6,}", middle):
            continue  # not a name mkstemp gave for this target
        try:
            age = now - path.lstat().st_mtime
        except OSError:
            continue
        pid = int(middle.split("-")[0]) if "-" in middle else None
        dead = pid is not None and pid != os.getpid() and not _running(pid)
        if age > STALE_PART_SECONDS or (dead and age > QUIET_PART_SECONDS):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; move it into place on success.

    Temporary files left by earlier writes of the same target that were
    killed are removed first (:func:`remove_stale_parts`). ``mode``: the
    file's permissions (e.g. 0o600 for a secret), whatever the file had
    before; by default those it would have had if written directly. The
    temporary file is the owner's only (mkstemp) from the start.
    """
    target = Path(target)
    remove_stale_parts(target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-{os.getpid()}-", suffix=target.suffix + ".part",
            dir=target.parent,
        )
    except OSError as exc:
        raise UserError(_explain(exc, target)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _final_mode(target) if mode is None else mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(_explain(exc, target)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomically(target: str | os.PathLike[str], writer: Callable[[Path], None],
                     mode: int | None = None) -> Path:
    """Call ``writer(tmp_path)`` and move the result to ``target`` (``mode``:
    see :func:`atomic_path`)."""
    with atomic_path(target, mode) as tmp:
        writer(tmp)
    return Path(target)
