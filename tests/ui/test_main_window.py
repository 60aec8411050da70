"""The main window on the demo workspace, and the profile form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from facilitator_app.services.demo import create_demo
from facilitator_app.services.profile import get_profile
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from tests.qt_typing import type_text


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "Grenada démo.cluster"
    create_demo(path).close()
    return path


@pytest.fixture
def window(qtbot, demo_path):
    configure_application()
    win = MainWindow(open_workspace(demo_path))
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.isVisible():
        win.close()


def test_window_shows_workspace_and_cluster_name(window):
    assert window.windowTitle().startswith("Grenada démo")
    home = window.pages["home"]
    assert home.title_label.text() == "Grenada Cocoa & Spice Cluster"
    assert home.name_edit.text() == "Grenada Cocoa & Spice Cluster"
    assert home.maturity_combo.currentData() == "emerging"


def test_profile_edits_persist_across_reopening(qtbot, window, demo_path):
    home = window.pages["home"]
    home.name_edit.setFocus()
    home.name_edit.selectAll()
    type_text(home.name_edit, "Grenada Cacao & Épices")
    qtbot.keyClick(home.name_edit, Qt.Key.Key_Return)
    assert home.title_label.text() == "Grenada Cacao & Épices"
    home.maturity_combo.setCurrentIndex(home.maturity_combo.findData("established"))
    home.description_edit.setFocus()
    qtbot.keyClick(home.description_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(home.description_edit, " Añadido.")
    window.close()  # flushes the pending description save and releases the file

    ws = open_workspace(demo_path)
    try:
        with ws.session() as s:
            data = get_profile(s)
        assert data.name == "Grenada Cacao & Épices"
        assert data.maturity == "established"
        assert data.description.endswith(" Añadido.")
    finally:
        ws.close()


def test_save_a_copy_and_open_recent(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "copy of démo.cluster"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.save_copy()
    assert target.exists()
    assert "Copy saved" in window.statusBar().currentMessage()
    assert window.switch_to(target)
    assert window.windowTitle().startswith("copy of démo")
    assert window.recent_files()[0] == str(target)
    assert window.recent_menu.actions(), "recent files are listed in the menu"


def test_opening_a_bad_file_keeps_the_current_workspace(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "notes.cluster"
    bad.write_text("not a workspace")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.switch_to(bad)
    assert shown and "not a cluster workspace" in shown[0]
    assert window.windowTitle().startswith("Grenada démo")


# ----- back where the facilitator was ----------------------------------------------
def _click_sidebar(qtbot, window, key: str) -> None:
    row = window._nav_keys.index(key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _reopen(qtbot, path, *, cold: bool = False) -> MainWindow:
    """A new start of the app on ``path`` (the cold way: the window first,
    the database layer once it has painted)."""
    if not cold:
        win = MainWindow(open_workspace(path))
        qtbot.addWidget(win)
        win.show()
        return win
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.workspace_ready, timeout=20_000):
        win.attach(open_workspace(path), defer_database=True)
    return win


def test_the_app_reopens_on_the_workshop_tab_it_was_closed_on(qtbot, window, demo_path):
    from facilitator_app.services.workshops import list_workshops

    with window.workspace.session() as s:
        first = list_workshops(s)[-1]
    _click_sidebar(qtbot, window, "workshops")
    page = window.pages["workshops"]
    page.select(first.id)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    view = page.view
    tows = view.tabs.indexOf(view.tab("tows"))
    qtbot.mouseClick(view.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=view.tabs.tabBar().tabRect(tows).center())
    assert view.current_tab_key() == "tows"
    window.close()

    for cold in (False, True):
        again = _reopen(qtbot, demo_path, cold=cold)
        assert again.current_page_key() == "workshops"
        view = again.pages["workshops"].view
        assert view.workshop_id == first.id and view.isVisible()
        assert view.current_tab_key() == "tows"
        again.close()


def test_a_workshop_deleted_since_falls_back_to_the_list(qtbot, window, demo_path):
    from facilitator_app.services.workshops import create_workshop, delete_workshop

    with window.workspace.session() as s:
        doomed = create_workshop(s, "Atelier à supprimer").id
    window.navigate("workshops")
    window.pages["workshops"].open_workshop(doomed, "swot")
    window.close()
    ws = open_workspace(demo_path)
    with ws.session() as s:
        delete_workshop(s, doomed)
    ws.close()
    again = _reopen(qtbot, demo_path)
    page = again.pages["workshops"]
    assert again.current_page_key() == "workshops"
    assert page.view.workshop_id is None
    assert page.stack.currentIndex() == 0 and page.table.isVisible()
    again.close()


def test_the_faq_page_is_remembered_and_another_workspace_opens_on_home(
        qtbot, window, demo_path, tmp_path):
    _click_sidebar(qtbot, window, "faq")
    window.close()
    again = _reopen(qtbot, demo_path)
    assert again.current_page_key() == "faq"
    again.close()
    other = tmp_path / "autre.cluster"
    create_demo(other).close()
    elsewhere = _reopen(qtbot, other)
    assert elsewhere.current_page_key() == "home"
    elsewhere.close()
