"""Backups that belong to their workspace: keyed by its id, copies kept apart,
a backups folder that cannot be written, listing and restoring."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator_app import options
from facilitator_app.core.errors import UserError
from facilitator_app.services.roster import add_member
from facilitator_app.services.workspaces import counts, create_workspace
from facilitator_app.storage import backups
from facilitator_app.storage.backups import backups_dir, list_backups, restore_backup
from facilitator_app.storage.workspace import open_workspace


def _rolling(key: str | None) -> list[Path]:
    assert key is not None
    return sorted(p for p in (backups_dir() / key).glob("*.open.*.cluster"))


def _open_close(path: Path, keep: int = 10):
    ws = open_workspace(path, backups_kept=keep)
    ws.close()
    return ws


def _add_members(path: Path, *names: str) -> None:
    ws = open_workspace(path, backups_kept=0)
    try:
        with ws.session() as s:
            for name in names:
                add_member(s, {"name": name})
    finally:
        ws.close()


def _members(path: Path) -> int:
    ws = open_workspace(path, backups_kept=0)
    try:
        return counts(ws).members
    finally:
        ws.close()


def test_two_workspaces_with_the_same_name_keep_their_own_backups(tmp_path):
    first = tmp_path / "north" / "Workshop.cluster"
    second = tmp_path / "south" / "Workshop.cluster"
    for path in (first, second):
        path.parent.mkdir()
        create_workspace(path).close()
    _add_members(first, "Only in the north")
    keys = {}
    for _ in range(12):
        keys[first] = _open_close(first).backup_key
    north = _rolling(keys[first])
    assert len(north) == 10
    for _ in range(12):
        keys[second] = _open_close(second).backup_key
    assert keys[first] != keys[second]
    assert _rolling(keys[first]) == north  # the other's twelve openings deleted none of them
    assert len(_rolling(keys[second])) == 10
    assert backups.summarise(north[-1]).members == 1
    assert backups.summarise(_rolling(keys[second])[-1]).members == 0
    # a workspace made before this change, with no profile row, is given an id
    bare = tmp_path / "bare.cluster"
    open_workspace(bare, create=True).close()
    ws = _open_close(bare)
    assert ws.backup_key and backups.workspace_uid(bare) == ws.backup_key
    assert _open_close(bare).backup_key == ws.backup_key


def test_a_renamed_workspace_keeps_its_set(tmp_path):
    path = tmp_path / "before.cluster"
    create_workspace(path).close()
    key = _open_close(path).backup_key
    moved = tmp_path / "after.cluster"
    path.rename(moved)
    ws = _open_close(moved)
    assert ws.backup_key == key and "follow" in ws.backup_notice
    assert len(_rolling(key)) == 2


def test_a_copy_gets_a_set_of_its_own_and_never_rotates_the_original(tmp_path):
    original = tmp_path / "Workshop.cluster"
    create_workspace(original).close()
    key = _open_close(original, keep=3).backup_key
    made = _rolling(key)
    copy = tmp_path / "Workshop (copy).cluster"
    shutil.copyfile(original, copy)
    ws = _open_close(copy, keep=3)
    assert ws.backup_key != key and "copy of" in ws.backup_notice
    for _ in range(5):
        assert _open_close(copy, keep=3).backup_key == ws.backup_key
    assert _rolling(key) == made
    assert backups.workspace_uid(original) == key  # the original keeps its id


def test_a_backup_opened_directly_is_never_pruned_and_rotates_nothing(tmp_path):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    _add_members(path, "Ana")
    key = _open_close(path, keep=2).backup_key
    backup = _rolling(key)[-1]
    ws = open_workspace(backup, backups_kept=2)
    try:
        assert ws.backup_path is None and "is a backup" in ws.backup_skipped
        with ws.session() as s:
            add_member(s, {"name": "Typed in the backup"})
        for _ in range(4):  # the original opened meanwhile, like a `report` run
            _open_close(path, keep=2)
    finally:
        ws.close()
    assert backup.exists()
    assert _members(backup) == 2
    assert len(_rolling(key)) == 3  # two kept, plus the one worked in


@pytest.mark.parametrize("trouble", ["a file in the way", "disk full"])
def test_a_backups_folder_that_cannot_be_written_still_opens_with_a_warning(
        tmp_path, monkeypatch, trouble):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    if trouble == "a file in the way":
        blocker = tmp_path / "not a folder"
        blocker.write_text("x")
        options.save_all({"backups_folder": str(blocker / "backups")})
    else:
        def full(source, target):
            Path(target).write_bytes(b"half")
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(backups, "copy_database", full)
    ws = open_workspace(path)
    try:
        assert ws.backup_path is None
        assert "No backup of Workshop.cluster could be made" in ws.backup_skipped
        with ws.session() as s:
            add_member(s, {"name": "Work goes on"})
    finally:
        ws.close()
    if trouble == "disk full":
        assert not list(backups_dir().rglob("*.open.*"))  # no half copy left


def test_listing_says_when_size_and_what_each_backup_holds(tmp_path):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path, cluster_name="Cocoa").close()
    _open_close(path)
    _add_members(path, "Ana", "Bo")
    key = _open_close(path).backup_key
    found = list_backups(key)
    assert [b.summary.members for b in found] == [2, 0]  # newest first
    assert found[0].made > found[1].made and found[0].size > 0 and found[0].kind == "on opening"
    assert found[0].summary.cluster_name == "Cocoa"
    assert (found[0].summary.workshops, found[0].summary.rounds, found[0].summary.ballots) \
        == (0, 0, 0)
    leftovers = [p for p in (backups_dir() / key).iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []  # reading them left nothing beside them


def test_restore_puts_the_file_aside_and_the_backup_in_place(tmp_path):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    _add_members(path, "Ana")
    key = _open_close(path).backup_key
    _add_members(path, "Later")
    backup = list_backups(key)[0].path
    aside = restore_backup(path, backup)
    assert aside.name.startswith("Workshop.before-restore-") and aside.suffix == ".cluster"
    assert _members(aside) == 2
    ws = open_workspace(path)
    try:
        assert counts(ws).members == 1
        assert ws.backup_key == key  # still the same workspace, the same set
    finally:
        ws.close()
    # the file put aside is a copy now: opening it never rotates the set
    assert _open_close(aside).backup_key != key


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    before = path.read_bytes()
    bad = tmp_path / "bad.cluster"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(UserError, match=r"could not be copied|damaged"):
        restore_backup(path, bad)
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if "restore" in p.name]  # no aside, no temp


def test_the_backups_of_a_file_whose_id_cannot_be_read_are_found_by_its_path(tmp_path):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    key = _open_close(path).backup_key
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # nothing readable left
    assert backups.workspace_uid(path) is None
    assert backups.key_of(path) == key
    assert backups.key_of(tmp_path / "never opened.cluster") is None
