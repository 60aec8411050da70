"""After a kill (no clean close) the app comes back as it was: the window's
size and the page, workshop and tab are saved as they change; and the status
bar's "no backup" line is short, says why on demand, and goes once the backup
is made (when the secret round that held it back has closed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.priorities import add_priority
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage import backups
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.voting_tab import VotingTab


@pytest.fixture
def workshop_file(tmp_path):
    """A workspace with one workshop of two voters and a secret round, open, with a ballot."""
    path = tmp_path / "Vote secret.cluster"
    ws = create_workspace(path, "Coopérative Éloïse")
    with ws.session() as s:
        workshop = create_workshop(s, "Atelier d'été")
        members = [add_member(s, {"name": name, "member_type": "firm"})
                   for name in ("Coopérative Ñame", "Smith & Sons")]
        add_attendees(s, workshop.id, members, role="voter")
        options = [add_priority(s, workshop.id, f"Priorité {k}").id for k in range(3)]
        info = voting.create_round(s, workshop.id, options, "borda", anonymity="secret")
        voting.record_ballot(s, info.id, {o.id: n for n, o in enumerate(info.options, 1)},
                             voter_id=members[0], source="grid", entered_by="Marie")
    ws.close()
    return path, workshop.id, info.id


def test_size_and_place_are_saved_without_a_clean_close(qtbot, workshop_file):
    path, workshop_id, _round = workshop_file
    configure_application()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(760, 540)  # (the test screen is 800x800; the walk's was 1366x850)
    win.navigate("workshops")
    view = win.pages["workshops"].open_workshop(workshop_id)
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.tab("voting")))  # a click on the tab
    qtbot.waitUntil(lambda: QSettings().value("lastPlace/tab") == "voting", timeout=5000)
    assert QSettings().value("lastPlace/page") == "workshops"

    # killed: nothing more runs in this window; the next start reads what was saved
    win.workspace.close()
    again = MainWindow(open_workspace(path))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (760, 540)
    assert again.current_page_key() == "workshops"
    assert again.pages["workshops"].view.current_tab_key() == "voting"
    again.close()


def test_the_no_backup_line_is_short_and_goes_once_the_backup_is_made(
        qtbot, workshop_file, monkeypatch):
    path, workshop_id, round_id = workshop_file
    configure_application()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.show()
    label: QLabel = win.backup_warning
    assert label.isVisibleTo(win)
    assert "No backup was made on opening" in label.text() and "Why?" in label.text()
    assert "secret round is open" in label.toolTip()
    assert "secret round" not in win.statusBar().currentMessage()  # said once, not twice
    before = len(backups.list_backups(win.workspace.backup_key or backups.key_of(path) or ""))

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    label.linkActivated.emit("why")  # the "Why?" link
    assert told and "secret round is open" in told[0]

    tab = VotingTab(win.ctx, workshop_id)
    qtbot.addWidget(tab)
    tab.select_round(round_id)
    assert tab.close_round(not_voted_ok=True)  # the round closes: the reason ends
    assert not label.isVisibleTo(win)
    key = win.workspace.backup_key or backups.key_of(path)
    assert key and len(backups.list_backups(key)) == before + 1
    win.close()
