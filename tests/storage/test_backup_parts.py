"""A backup is written under a hidden name and renamed: never half a backup under its name."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator_app.storage import backups
from facilitator_app.storage.workspace import open_workspace


def test_a_copy_that_fails_half_way_leaves_nothing_under_a_backups_name(tmp_path, monkeypatch):
    path = tmp_path / "Workshop.cluster"
    open_workspace(path, create=True).close()
    written = []

    def half_a_copy(source, target):
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # the first pages only
        written.append(target)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backups, "copy_database", half_a_copy)
    with pytest.raises(sqlite3.OperationalError):
        backups.make_backup(path, "open", key="k")
    assert written and written[0].name.startswith(".Workshop.open.")
    assert list(backups.set_folder("k").iterdir()) == []


def test_a_part_left_by_a_killed_backup_goes_with_the_next_backup(tmp_path):
    path = tmp_path / "Workshop.cluster"
    open_workspace(path, create=True).close()
    folder = backups.set_folder("k")
    folder.mkdir(parents=True)
    part = folder / ".Workshop.open.20260101-101010-000000.cluster.part-42-deadbeef"
    part.write_bytes(b"half a backup")
    wal = part.with_name(part.name + "-wal")
    wal.write_bytes(b"its log")
    other = folder / ".Other.open.20260101-101010-000000.cluster.part-42-deadbeef"
    other.write_bytes(b"another workspace's, still being written")
    made = backups.make_backup(path, "open", key="k")
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, other.name])
    assert [b.path for b in backups.list_backups("k")] == [made]
