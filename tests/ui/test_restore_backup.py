"""File > Restore from backup…: a round trip through the window, and the
warning when no backup could be made on opening."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator_app import options
from facilitator_app.services.roster import add_member
from facilitator_app.services.workspaces import counts, create_workspace
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.restore_dialog import RestoreDialog


@pytest.fixture(autouse=True)
def _app():
    configure_application()


def _members_in(path: Path) -> int:
    ws = open_workspace(path, backups_kept=0)
    try:
        return counts(ws).members
    finally:
        ws.close()


def _roster_names(win: MainWindow) -> list[str]:
    model = win.pages["roster"].model
    return sorted(model.value(row, "name") for row in range(model.rowCount()))


def test_restore_round_trip_puts_the_backup_back_and_keeps_the_later_file(
        qtbot, tmp_path, monkeypatch):
    path = tmp_path / "Workshop.cluster"
    ws = create_workspace(path)
    with ws.session() as s:
        add_member(s, {"name": "Ana"})
        add_member(s, {"name": "Bo"})
    ws.close()
    win = MainWindow(open_workspace(path))  # opening backs it up: Ana and Bo
    qtbot.addWidget(win)
    win.show()
    assert win.restore_action.isEnabled()
    with win.ctx.session() as s:  # the change made after the backup
        add_member(s, {"name": "Later"})
    win.ctx.notify("members")
    assert _roster_names(win) == ["Ana", "Bo", "Later"]

    listed: list[list[str]] = []

    def choose_the_newest(dialog: RestoreDialog) -> int:
        listed.extend([dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
                      for r in range(dialog.table.rowCount()))
        dialog.select(0)
        return QDialog.DialogCode.Accepted

    asked: list[str] = []

    def confirm(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(RestoreDialog, "exec", choose_the_newest)
    monkeypatch.setattr(QMessageBox, "question", confirm)
    win.restore_from_backup()

    assert len(listed) == 1
    made, why, size, members, workshops, rounds, ballots = listed[0]
    assert (why, members, workshops, rounds, ballots) == ("on opening", "2", "0", "0", "0")
    assert size.endswith("KB") and str(date.today().year) in made
    assert asked and "Workshop.cluster" in asked[0] and "not deleted" in asked[0]
    # the window shows the backup's data, from the same file name
    assert win.workspace.path == path
    assert counts(win.workspace).members == 2
    assert _roster_names(win) == ["Ana", "Bo"]
    assert "Restored the backup" in win.statusBar().currentMessage()
    # the later file was put aside, whole, never deleted
    aside = list(tmp_path.glob("Workshop.before-restore-*.cluster"))
    assert len(aside) == 1 and aside[0].name in win.statusBar().currentMessage()
    win.close()
    assert _members_in(aside[0]) == 3
    assert _members_in(path) == 2


def test_restore_is_not_done_without_confirmation(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    before = win.workspace
    win.restore_from_backup()
    assert win.workspace is before and not list(tmp_path.glob("*before-restore*"))
    win.close()


def test_no_backups_yet_says_so(qtbot, tmp_path, monkeypatch):
    win = MainWindow(create_workspace(tmp_path / "New.cluster"))
    qtbot.addWidget(win)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    win.restore_from_backup()
    assert said and "no backups of New.cluster yet" in said[0]
    win.close()


def test_a_backups_folder_that_cannot_be_written_shows_a_warning_in_the_status_bar(
        qtbot, tmp_path, monkeypatch):
    path = tmp_path / "Workshop.cluster"
    create_workspace(path).close()
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    options.save_all({"backups_folder": str(blocker / "backups")})
    win = MainWindow(open_workspace(path))  # opens all the same
    qtbot.addWidget(win)
    assert win.workspace.path == path
    assert win.backup_warning.isVisibleTo(win)
    assert "No backup of Workshop.cluster could be made" in win.backup_warning.toolTip()
    # the reason is not repeated (and cut) beside the line: "Why?" gives it whole
    assert "could be made" not in win.statusBar().currentMessage()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    win.backup_warning.linkActivated.emit("why")
    assert said and "No backup of Workshop.cluster could be made" in said[0]
    options.save_all({"backups_folder": ""})
    assert win.switch_to(path.with_name("Other.cluster"), create=True)
    assert not win.backup_warning.isVisibleTo(win)  # the next workspace had no trouble
    win.close()


def test_a_damaged_workspace_offers_its_backups(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "Workshop.cluster"
    ws = create_workspace(path)
    with ws.session() as s:
        add_member(s, {"name": "Ana"})
    ws.close()
    open_workspace(path).close()  # a backup with Ana
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page: 3 * page] = b"\xff" * page  # a page of garbage: the file is damaged
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    win = MainWindow(create_workspace(tmp_path / "Other.cluster"))
    qtbot.addWidget(win)
    questions: list[str] = []

    def yes(parent, title, text, *args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert win.switch_to(path)
    assert "damaged" in questions[0] and "1 backup(s). Restore one now?" in questions[0]
    assert "Replace Workshop.cluster" in questions[1]
    assert win.workspace.path == path and counts(win.workspace).members == 1
    aside = list(tmp_path.glob("Workshop.before-restore-*.cluster"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept as it was
    win.close()
