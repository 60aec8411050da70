"""Migrations run on a copy beside the workspace, swapped in only when checked.

The copy is migrated with foreign keys off (table rebuilds as SQLite's
documentation prescribes), must pass ``integrity_check`` and
``foreign_key_check``, and only then replaces the original by a rename. A
failure leaves the original byte for byte as it was, and openable.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.storage import migrate
from facilitator_app.storage.workspace import WorkspaceError, open_workspace

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schemas" / "workspace_rev0001.cluster"
_real_upgrade = migrate.upgrade_to_head


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def kept(rows: dict[str, int], path: Path) -> bool:
    """Every table of ``rows`` has its number of rows in ``path`` (a later
    revision may add tables)."""
    after = counts(path)
    return {table: after.get(table) for table in rows} == rows


def revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def old(tmp_path) -> Path:
    path = tmp_path / "Old cluster.cluster"
    shutil.copy(FIXTURE, path)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".migrating-" in p.name)


def test_migration_swaps_in_a_checked_copy_and_keeps_the_backup(old):
    before = sha(old)
    rows = counts(old)
    ws = open_workspace(old)
    try:
        backup = ws.migration_backup_path
    finally:
        ws.close()
    assert revision(old) == migrate.head_revision()
    assert kept(rows, old)
    assert _leftovers(old.parent) == []
    assert backup is not None and sha(backup) != before  # a copy, at the old revision
    assert revision(backup) == "0001" and counts(backup) == rows
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_a_table_rebuild_keeps_every_row_pointing_at_it(old, monkeypatch):
    """The review's synthetic revision: rebuilding ``workshops`` with foreign
    keys on emptied attendance, SWOT, TOWS, priorities, rounds and ballots."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    def upgrade_then_rebuild(conn):
        _real_upgrade(conn)
        ops = Operations(MigrationContext.configure(conn))
        with ops.batch_alter_table("workshops", recreate="always"):
            pass  # new table, copy, drop the old one, rename

    monkeypatch.setattr(migrate, "upgrade_to_head", upgrade_then_rebuild)
    rows = counts(old)
    assert rows["attendance"] and rows["ballots"] and rows["priorities"]
    open_workspace(old).close()
    assert revision(old) == migrate.head_revision()
    assert kept(rows, old)


def test_the_migrations_refuse_a_connection_with_foreign_keys_on(tmp_path):
    from facilitator_app.storage.workspace import make_engine

    path = tmp_path / "x.cluster"
    shutil.copy(FIXTURE, path)
    engine = make_engine(path)  # the everyday engine: foreign keys on
    try:
        with pytest.raises(RuntimeError, match="foreign keys off"), engine.begin() as conn:
            migrate.upgrade_to_head(conn)
    finally:
        engine.dispose()


def test_a_failing_migration_leaves_the_original_untouched_and_openable(old, monkeypatch):
    before = sha(old)

    def half_then_bug(conn):
        conn.exec_driver_sql("DROP TABLE attendance")  # done on the copy ...
        raise KeyError("a bug in the migration")  # ... then the migration fails

    monkeypatch.setattr(migrate, "upgrade_to_head", half_then_bug)
    with pytest.raises(KeyError):  # a bug: not dressed up as the user's problem
        open_workspace(old)
    assert sha(old) == before
    assert _leftovers(old.parent) == []
    monkeypatch.setattr(migrate, "upgrade_to_head", _real_upgrade)
    open_workspace(old).close()  # the lock was released; the next opening migrates
    assert revision(old) == migrate.head_revision()


def test_a_migrated_copy_that_fails_foreign_key_check_is_not_swapped_in(old, monkeypatch):
    before = sha(old)

    def upgrade_and_orphan(conn):
        _real_upgrade(conn)
        conn.exec_driver_sql("DELETE FROM workshops")  # attendance now points nowhere

    monkeypatch.setattr(migrate, "upgrade_to_head", upgrade_and_orphan)
    with pytest.raises(WorkspaceError, match="failed SQLite's checks") as info:
        open_workspace(old)
    assert "8 rows of priorities point at missing rows of workshops" in info.value.message
    assert "left as it was" in info.value.message
    assert sha(old) == before
    assert _leftovers(old.parent) == []


def test_a_full_disk_while_migrating_is_a_message_and_changes_nothing(old, monkeypatch):
    before = sha(old)

    def full(conn):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode, error.sqlite_errorname = 13, "SQLITE_FULL"
        raise error

    monkeypatch.setattr(migrate, "upgrade_to_head", full)
    with pytest.raises(WorkspaceError, match=r"disk is full.*left as it was"):
        open_workspace(old)
    assert sha(old) == before
    assert _leftovers(old.parent) == []


def test_a_leftover_copy_of_an_interrupted_migration_is_removed(old):
    leftover = old.with_name(f".{old.name}.migrating-4242-deadbeef")
    shutil.copy(old, leftover)
    journal = leftover.with_name(leftover.name + "-journal")
    journal.write_bytes(b"hot journal of a killed migration")
    other = old.with_name(".Another.cluster.migrating-4242-deadbeef")  # not this workspace's
    other.write_bytes(b"x")
    open_workspace(old).close()
    assert not leftover.exists() and not journal.exists()
    assert other.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="os._exit keeps the -wal on POSIX")
def test_a_write_ahead_log_left_by_a_crash_is_migrated_with_the_file(old):
    # A process wrote to the old workspace in WAL mode and died: the change is
    # only in the -wal. The migrated copy must hold it, and no stale -wal may
    # be left to be replayed over the new file.
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"UPDATE members SET name = 'Written in the WAL' WHERE id = 2\")\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(old)], check=True, timeout=60)
    wal = old.with_name(old.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    open_workspace(old).close()
    assert not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("SELECT name FROM members WHERE id = 2").fetchone()[0] == (
            "Written in the WAL")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert revision(old) == migrate.head_revision()
