"""One running instance per workspace file.

A sidecar ``<file>.lock`` is locked with the operating system's advisory
lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows). The OS releases it
when the process exits or is killed, so a crash never leaves a stale lock.
The file holds the owner's process id, to tell the second instance who has
the workspace open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from facilitator_app.core.errors import UserError


class WorkspaceLockedError(UserError):
    pass


class WorkspaceLock:
    def __init__(self, workspace_path: Path) -> None:
        self.path = workspace_path.with_name(workspace_path.name + ".lock")
        self._fd: int | None = None
        self._created = False

    def acquire(self) -> None:
        try:
            created = not self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise UserError(
                f"Cannot open {self.path.parent / self.path.stem}: the folder "
                f"{self.path.parent} cannot be written to ({exc.strerror}). "
                "Copy the workspace to a folder you can write to."
            ) from exc
        if not _try_lock(fd):
            owner = _read_owner(fd)
            os.close(fd)
            who = f" (process {owner})" if owner else ""
            raise WorkspaceLockedError(
                f"{self.path.stem} is already open in another window of the app{who}. "
                "Close it there first, or open a copy."
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        os.fsync(fd)
        self._fd = fd
        self._created = created

    def release(self, refused: bool = False) -> None:
        """Let go of the workspace.

        The empty lock file normally stays: removing it would race with
        another instance that opened it just before we unlocked. When the
        workspace was ``refused`` (not a workspace, damaged, newer) and this
        instance made the lock file, it is removed, still locked, so no
        stray ``.lock`` is left beside a file the app never used.
        """
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        if refused and self._created:
            try:
                self.path.unlink()
            except OSError:
                pass
        _unlock(fd)
        os.close(fd)


def _read_owner(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 32).decode(errors="replace").strip()
    except OSError:
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
