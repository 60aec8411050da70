"""Opening workspace files: pragmas, schema versions, bad files, locks, backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator_app.storage import migrate
from facilitator_app.storage.backups import backups_dir
from facilitator_app.storage.lock import WorkspaceLockedError
from facilitator_app.storage.workspace import WorkspaceError, open_workspace


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_has_pragmas_and_is_at_head(tmp_path):
    ws = open_workspace(tmp_path / "new.cluster", create=True)
    try:
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
            assert migrate.current_revision(conn) == migrate.head_revision()
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert {"members", "workshops", "ballots", "audit_log", "tows_links"} <= tables
    finally:
        ws.close()


def test_missing_file_is_refused_without_create(tmp_path):
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(tmp_path / "nope.cluster")
    assert not (tmp_path / "nope.cluster").exists()


def _closed_workspace(path: Path) -> Path:
    ws = open_workspace(path, create=True)
    ws.close()
    return path


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = _closed_workspace(tmp_path / "future.cluster")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = sha(path)
    with pytest.raises(WorkspaceError, match="newer version"):
        open_workspace(path)
    assert sha(path) == before


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "not a cluster workspace"),
        (b"Name,Type\nAcme,Firm\n", "not a cluster workspace"),
    ],
    ids=["empty", "text"],
)
def test_files_that_are_not_databases_are_refused(tmp_path, content, expected):
    path = tmp_path / "bad.cluster"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=expected):
        open_workspace(path)
    assert path.read_bytes() == content


def test_truncated_database_is_refused(tmp_path):
    path = tmp_path / "full.cluster"
    ws = open_workspace(path, create=True)
    with ws.session() as s:
        s.execute(text("INSERT INTO settings (key, value, uid, created_at, updated_at) "
                       "VALUES ('x', '1', 'u1', '2026-01-01', '2026-01-01')"))
    ws.close()
    data = path.read_bytes()
    assert len(data) > 8192
    broken = tmp_path / "broken.cluster"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkspaceError) as info:
        open_workspace(broken)
    assert "damaged" in info.value.message or "not a cluster workspace" in info.value.message


def test_database_of_another_app_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(WorkspaceError, match="not a cluster workspace"):
        open_workspace(path)
    assert sha(path) == before


def test_second_open_in_same_process_is_refused(tmp_path):
    path = tmp_path / "shared.cluster"
    ws = open_workspace(path, create=True)
    try:
        with pytest.raises(WorkspaceLockedError, match=f"process {os.getpid()}"):
            open_workspace(path)
    finally:
        ws.close()
    open_workspace(path).close()  # released on close


def test_second_instance_is_told_the_file_is_open(tmp_path):
    path = tmp_path / "shared.cluster"
    ws = open_workspace(path, create=True)
    try:
        probe = textwrap.dedent(
            f"""
            import sys
            from facilitator_app.storage.workspace import open_workspace
            from facilitator_app.core.errors import UserError
            try:
                open_workspace({str(path)!r})
            except UserError as exc:
                print(exc.message)
                sys.exit(3)
            """
        )
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
            cwd=Path(__file__).parents[2],
        )
        assert result.returncode == 3, result.stderr
        assert "already open" in result.stdout
        assert f"process {os.getpid()}" in result.stdout
    finally:
        ws.close()


def test_rolling_backups_on_open_keep_the_last_ten(tmp_path):
    path = _closed_workspace(tmp_path / "daily.cluster")
    for _ in range(12):
        open_workspace(path).close()
    backups = sorted(backups_dir().rglob("daily.open.*"))
    assert len(backups) == 10
    # a backup is a real workspace
    conn = sqlite3.connect(backups[-1])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()


def test_older_schema_is_migrated_after_a_backup_copy(tmp_path):
    # A workspace stamped before the first revision: alembic table, no schema.
    path = tmp_path / "old.cluster"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.commit()
    conn.close()
    ws = open_workspace(path)
    try:
        assert ws.migration_backup_path is not None and ws.migration_backup_path.exists()
        with ws.engine.connect() as c:
            assert migrate.current_revision(c) == migrate.head_revision()
        saved = sqlite3.connect(ws.migration_backup_path)
        tables = {r[0] for r in saved.execute("SELECT name FROM sqlite_master")}
        saved.close()
        assert "members" not in tables  # the copy is the file as it was
    finally:
        ws.close()


def test_save_a_copy_writes_a_consistent_workspace(tmp_path):
    ws = open_workspace(tmp_path / "a.cluster", create=True)
    try:
        from facilitator_app.services.profile import update_profile

        with ws.session() as s:
            update_profile(s, name="Coopérative Ñame")
        copy = ws.save_copy(tmp_path / "b.cluster")
    finally:
        ws.close()
    other = open_workspace(copy)
    try:
        from facilitator_app.services.profile import get_profile

        with other.session() as s:
            assert get_profile(s).name == "Coopérative Ñame"
    finally:
        other.close()
