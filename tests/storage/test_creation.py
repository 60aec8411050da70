"""Creating a workspace: built whole beside the target, then renamed into place."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator_app.services.profile import get_profile
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage import migrate
from facilitator_app.storage import workspace as workspace_module
from facilitator_app.storage.workspace import WorkspaceError, open_workspace


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.real_schema_build
def test_real_creation_runs_the_migrations_and_leaves_only_the_workspace(tmp_path):
    ws = create_workspace(tmp_path / "Coopérative.cluster", "Coopérative du Nord")
    try:
        with ws.session() as s:
            assert get_profile(s).name == "Coopérative du Nord"
        with ws.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        ws.close()
    # no temporary file, no -wal or -shm of it: the workspace and its lock only
    assert _names(tmp_path) == ["Coopérative.cluster", "Coopérative.cluster.lock"]


def test_master_copy_has_the_same_schema_as_a_real_build(tmp_path, master_workspace_file):
    real = tmp_path / "real.cluster"
    from tests.master_workspace import _real_build_schema  # build_schema is the copy here

    _real_build_schema(real)

    def schema(path):
        conn = sqlite3.connect(path)
        try:
            return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
        finally:
            conn.close()

    assert schema(real) == schema(master_workspace_file)


def test_failure_while_building_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken_build(target):
        target.write_bytes(b"half a workspace")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workspace_module, "build_schema", broken_build)
    with pytest.raises(WorkspaceError, match=r"Cannot create new\.cluster"):
        open_workspace(tmp_path / "new.cluster", create=True)
    assert _names(tmp_path) == []  # no workspace, no temporary file, no lock


def test_failure_in_the_initial_content_leaves_nothing_behind(tmp_path):
    def refuse(_session):
        raise WorkspaceError("the profile could not be written")

    with pytest.raises(WorkspaceError, match="profile could not be written"):
        open_workspace(tmp_path / "new.cluster", create=True, initialise=refuse)
    assert _names(tmp_path) == []


def test_leftover_of_an_interrupted_creation_is_cleaned_up(tmp_path):
    leftover = tmp_path / ".new.cluster.new-4242-deadbeef"
    leftover.write_bytes(b"SQLite format 3\x00 interrupted")
    other = tmp_path / ".other.cluster.new-4242-deadbeef"  # another workspace's: untouched
    other.write_bytes(b"x")
    open_workspace(tmp_path / "new.cluster", create=True).close()
    assert not leftover.exists()
    assert other.exists()


def test_no_lock_file_left_beside_a_refused_file(tmp_path):
    bogus = tmp_path / "notes.cluster"
    bogus.write_text("these are my notes, not a workspace")
    with pytest.raises(WorkspaceError, match="not a cluster workspace"):
        open_workspace(bogus)
    assert _names(tmp_path) == ["notes.cluster"]
    assert bogus.read_text() == "these are my notes, not a workspace"
