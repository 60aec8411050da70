"""Ctrl+N on the Attendance tab adds a late arrival (SCENARIO: "Ctrl+N, name,
type, save"), and F1 lists it there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.services import attendance as attendance_service
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.shortcut_help import ShortcutsDialog


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "démo.cluster"
    create_demo(path).close()
    configure_application()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    yield win
    win.close()


def test_ctrl_n_on_the_attendance_tab_adds_a_late_arrival(qtbot, window, monkeypatch):
    window.navigate("workshops")
    view = window.pages["workshops"].open_workshop(1, "attendance")
    tab = view.tab("attendance")
    asked = []
    monkeypatch.setattr(tab, "ask_late_arrival", lambda: asked.append(True) or (
        "Nouvelle Coopérative Ñame", "firm", "voter"))
    tab.search.setFocus()
    assert QApplication.focusWidget() is tab.search
    qtbot.keyClick(tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    with window.ctx.session() as s:
        present = {a.name: a.role for a in attendance_service.attendees(s, 1)}
    assert present["Nouvelle Coopérative Ñame"] == "voter"


def test_f1_lists_ctrl_n_on_the_attendance_tab(qtbot, window, monkeypatch):
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    [dialog] = shown
    rows = dict(dialog.rows("Workshop: Attendance"))
    assert rows["New member arriving"] == "Ctrl+N, Alt+N"
