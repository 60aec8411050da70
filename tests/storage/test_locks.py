"""Locks that cannot be bypassed: symbolic links, hard links, and a lock that
is let go of on every failure (a full disk while writing the process id)."""

from __future__ import annotations

import errno
import os

import pytest

from facilitator_app.core.errors import UserError
from facilitator_app.storage import lock as lock_module
from facilitator_app.storage.lock import WorkspaceLinkedError, WorkspaceLockedError
from facilitator_app.storage.workspace import open_workspace


def _workspace(path):
    open_workspace(path, create=True).close()
    return path


def test_a_symlink_cannot_open_the_same_workspace_twice(tmp_path):
    (tmp_path / "real folder").mkdir()
    real = _workspace(tmp_path / "real folder" / "Workshop.cluster")
    link = tmp_path / "link.cluster"
    link.symlink_to(real)
    folder_link = tmp_path / "folder link"
    folder_link.symlink_to(real.parent, target_is_directory=True)
    ws = open_workspace(real)
    try:
        for other in (link, folder_link / "Workshop.cluster"):
            with pytest.raises(WorkspaceLockedError, match="already open"):
                open_workspace(other)
    finally:
        ws.close()
    through_link = open_workspace(link)  # the other way round too
    try:
        with pytest.raises(WorkspaceLockedError, match=f"process {os.getpid()}"):
            open_workspace(real)
    finally:
        through_link.close()
    assert not (tmp_path / "link.cluster.lock").exists()  # one lock, beside the real file


def test_a_workspace_with_two_hard_links_is_refused_clearly(tmp_path):
    path = _workspace(tmp_path / "Workshop.cluster")
    other = tmp_path / "Other name.cluster"
    os.link(path, other)
    for name in (path, other):
        with pytest.raises(WorkspaceLinkedError, match="2 names on this disk") as info:
            open_workspace(name)
        assert info.value.exit_code == 2 and "Copy the file" in info.value.message
    assert not other.with_name(other.name + ".lock").exists()  # no stray lock left
    other.unlink()
    open_workspace(path).close()  # one name again: it opens


def test_a_full_disk_while_writing_the_pid_releases_the_lock(tmp_path, monkeypatch):
    path = _workspace(tmp_path / "Workshop.cluster")

    real_write = os.write

    def full(fd, data):
        if data == str(os.getpid()).encode():  # the lock's process id, nothing else
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    # (a context of its own: undo() would also drop conftest's isolated user data folder)
    with monkeypatch.context() as patched:
        patched.setattr(lock_module.os, "write", full)
        for _ in range(2):  # the second try gets the same clear message, not "already open"
            with pytest.raises(UserError) as info:
                open_workspace(path)
            assert not isinstance(info.value, WorkspaceLockedError)
            assert "disk is full" in info.value.message
            assert "Workshop.cluster" in info.value.message
    open_workspace(path).close()  # the lock was let go of


def test_a_lock_that_the_file_system_refuses_is_not_called_already_open(tmp_path, monkeypatch):
    path = _workspace(tmp_path / "Workshop.cluster")

    def no_locks(fd):
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(lock_module, "_try_lock", no_locks)
    with pytest.raises(UserError, match="does not allow locking") as info:
        open_workspace(path)
    assert not isinstance(info.value, WorkspaceLockedError)
