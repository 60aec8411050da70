"""Writes that never leave half a file.

Every export writes to a temporary file in the target folder, flushes it to
disk, then renames it into place (atomic on one file system). A failure
removes the temporary file and raises a :class:`UserError` that says what
went wrong in words a facilitator understands.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from facilitator_app.core.errors import UserError


def _explain(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Cannot write {target.name}: the folder {target.parent} is read-only "
            "or the file is open in another program. Close it or choose another folder."
        )
    if exc.errno == errno.ENOSPC:
        return f"Cannot write {target.name}: the disk is full."
    if exc.errno == errno.ENOENT:
        return f"Cannot write {target.name}: the folder {target.parent} does not exist."
    return f"Cannot write {target.name}: {exc.strerror or exc}."


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; move it into place on success."""
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=target.suffix + ".part", dir=target.parent
        )
    except OSError as exc:
        raise UserError(_explain(exc, target)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(_explain(exc, target)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomically(target: str | os.PathLike[str], writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` and move the result to ``target``."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)
