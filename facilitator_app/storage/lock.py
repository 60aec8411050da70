"""One running instance per workspace file.

A sidecar ``<file>.lock`` is locked with the operating system's advisory
lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows). The OS releases it
when the process exits or is killed, so a crash never leaves a stale lock.
The file holds the owner's process id, to tell the second instance who has
the workspace open.

The lock cannot be bypassed by another name for the same file: it sits
beside the real file (symbolic links resolved), and a workspace with more
than one hard link is refused (two names, two locks: it could be opened
twice and damaged). Every failure after the lock file was opened (a full
disk while writing the process id ...) lets go of the lock before the error
is raised.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import _


class WorkspaceLockedError(UserError):
    pass


class WorkspaceLinkedError(UserError):
    """A workspace file with more than one hard link (more than one name)."""

    exit_code = 2


class WorkspaceLock:
    def __init__(self, workspace_path: Path) -> None:
        self.name = workspace_path.name  # as the user asked for it, for messages
        self.real_path = Path(os.path.realpath(workspace_path))
        self.path = self.real_path.with_name(self.real_path.name + ".lock")
        self._fd: int | None = None
        self._created = False

    def acquire(self) -> None:
        try:
            created = not self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise UserError(
                _("Cannot open {name}: the folder {parent} cannot be written to ({reason}). Copy "
                  "the workspace to a folder you can write to.",
                  name=self.name, parent=self.path.parent, reason=exc.strerror)
            ) from exc
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            self._give_up(fd, created, locked=False)
            raise UserError(
                _("Cannot open {name}: its folder does not allow locking the file ({reason}). "
                  "Copy the workspace to a folder on this computer's own disk and open the copy.",
                  name=self.name, reason=exc.strerror)
            ) from exc
        if not locked:
            owner = _read_owner(fd)
            os.close(fd)
            raise WorkspaceLockedError(
                _("{name} is already open in another window of the app (process {owner}). "
                  "Close it there first, or open a copy.", name=self.name, owner=owner)
                if owner else
                _("{name} is already open in another window of the app. Close it there "
                  "first, or open a copy.", name=self.name)
            )
        try:
            links = _links(self.real_path)
        except OSError:
            links = 1  # not there yet (being created), or unreadable: the next step says so
        if links > 1:
            self._give_up(fd, created)
            raise WorkspaceLinkedError(
                _("{name} has {links} names on this disk (hard links to one file). The app could "
                  "open it twice under two names and damage it, so it refuses. Copy the file (in "
                  "your file manager) and open the copy.", name=self.name, links=links)
            )
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            os.fsync(fd)
        except OSError as exc:
            self._give_up(fd, created)
            full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
            raise UserError(
                _("Cannot open {name}: its lock file could not be written ({reason}). The disk "
                  "is full: free some space, then try again.", name=self.name, reason=exc.strerror)
                if full else
                _("Cannot open {name}: its lock file could not be written ({reason}). Check the "
                  "drive, then try again.", name=self.name, reason=exc.strerror)
            ) from exc
        self._fd = fd
        self._created = created

    def _give_up(self, fd: int, created: bool, locked: bool = True) -> None:
        """Undo a half-done :meth:`acquire`: no lock held, no stray lock file."""
        if created:
            try:
                self.path.unlink()
            except OSError:
                pass
        if locked:
            _unlock(fd)
        os.close(fd)

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


def _links(path: Path) -> int:
    """How many names (hard links) the file has; 1 for anything but a file."""
    info = os.stat(path)
    return info.st_nlink if stat.S_ISREG(info.st_mode) else 1


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
        """True when locked, False when another holds it; other errors raise."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
