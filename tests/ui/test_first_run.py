"""First start, settings dialog, help menu and the crash safety net."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QPushButton

from facilitator_app import options
from facilitator_app.paths import default_workspace_path, log_file
from facilitator_app.services.profile import get_profile
from facilitator_app.services.workspaces import counts
from facilitator_app.ui import app as app_module
from facilitator_app.ui.app import configure_application, workspace_from_welcome
from facilitator_app.ui.crash_dialog import CrashDialog
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.settings_dialog import SettingsDialog
from facilitator_app.ui.welcome import WelcomeDialog


@pytest.fixture(autouse=True)
def _fresh_settings():
    configure_application()
    QSettings().clear()
    yield
    QSettings().clear()


def test_first_start_is_detected_and_welcome_demo_button_opens_the_demo(qtbot):
    assert app_module.is_first_start()
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.choice == "demo"
    ws = workspace_from_welcome(dialog)
    try:
        assert counts(ws).members == 30
        assert ws.path == app_module.demo_workspace_path()
    finally:
        ws.close()


def test_welcome_new_button_creates_the_default_workspace_with_the_name(qtbot, monkeypatch):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_cluster_name", lambda: "Belize Shrimp Cluster – Ñ")
    dialog.new_button.click()
    ws = workspace_from_welcome(dialog)
    try:
        assert ws.path == default_workspace_path()
        with ws.session() as s:
            assert get_profile(s).name == "Belize Shrimp Cluster – Ñ"
    finally:
        ws.close()


def test_welcome_open_button_opens_the_chosen_file(qtbot, monkeypatch, tmp_path):
    from facilitator_app.services.demo import create_demo

    path = tmp_path / "chosen.cluster"
    create_demo(path).close()
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_open_path", lambda: str(path))
    dialog.open_button.click()
    ws = workspace_from_welcome(dialog)
    try:
        assert ws.path == path
    finally:
        ws.close()
    # cancelling the file dialog keeps the welcome open with no choice
    other = WelcomeDialog()
    qtbot.addWidget(other)
    monkeypatch.setattr(other, "ask_open_path", lambda: "")
    other.open_button.click()
    assert other.choice == ""


def test_settings_dialog_shows_defaults_and_saves(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    general = dialog.pages["General"]
    assert general.editors["facilitator_name"].text() == ""
    general.editors["facilitator_name"].setText("Marie Thérèse")
    dialog.pages["Display"].editors["font_scale"].setValue(140)
    dialog.accept()
    assert options.get("facilitator_name") == "Marie Thérèse"
    assert options.get("font_scale") == 140
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.pages["General"].editors["facilitator_name"].text() == "Marie Thérèse"
    again.pages["Display"].restore_defaults()
    again.accept()
    assert options.get("font_scale") == 100


def test_help_menu_lists_shortcuts_and_opens_the_demo(qtbot, tmp_path):
    from facilitator_app.storage.workspace import open_workspace

    win = MainWindow(open_workspace(tmp_path / "w.cluster", create=True))
    qtbot.addWidget(win)
    shortcuts = dict(win.shortcut_list())
    assert shortcuts["Undo"] == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in shortcuts["Redo"]
    assert "Save a Copy" in shortcuts
    win.open_demo()
    assert win.workspace.path == app_module.demo_workspace_path()
    assert win.pages["home"].name_edit.text() == "Grenada Cocoa & Spice Cluster"
    win.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_logs(qtbot, monkeypatch):
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_excepthook()
    button = QPushButton("boom")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("deliberate failure for the test")

    button.clicked.connect(broken_slot)
    button.click()
    assert shown, "the crash dialog was shown"
    assert "deliberate failure" in shown[0].details
    shown[0].copy_details()
    from PySide6.QtWidgets import QApplication

    assert "RuntimeError" in QApplication.clipboard().text()
    assert "deliberate failure for the test" in log_file().read_text(encoding="utf-8")
    # the app keeps running: the button still works
    QTimer.singleShot(0, lambda: None)
    assert button.isEnabled()


def test_settings_drive_facilitator_name_and_projector_font(qtbot, monkeypatch, tmp_path):
    from facilitator_app.services.demo import create_demo
    from facilitator_app.storage.workspace import open_workspace
    from facilitator_app.ui.faq_page import FaqPage
    from facilitator_app.ui.swot_style import default_board_point_size
    from facilitator_app.ui.workshops_page import NewWorkshopDialog

    normal_board = default_board_point_size()
    from PySide6.QtWidgets import QApplication

    desktop = QApplication.font().pointSizeF()
    options.save_all({"facilitator_name": "Ana Núñez", "font_scale": 200})
    assert default_board_point_size() == pytest.approx(normal_board * 2, abs=1)
    assert FaqPage(lambda _k: None).font_point_size() == pytest.approx(max(desktop * 2, 10))

    path = tmp_path / "d.cluster"
    create_demo(path).close()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    page = win.pages["workshops"]
    seen = []
    monkeypatch.setattr(NewWorkshopDialog, "exec",
                        lambda self: seen.append(self.facilitator_edit.text()) or 0)
    page.new_workshop()
    assert seen == ["Ana Núñez"]
    win.close()


@pytest.mark.qt_no_exception_capture
def test_a_user_error_in_a_slot_is_a_plain_message_not_the_crash_dialog(
        qtbot, monkeypatch, caplog):
    import logging

    from PySide6.QtWidgets import QMessageBox

    from facilitator_app.core.errors import UserError

    crashes: list[CrashDialog] = []
    messages: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: crashes.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: messages.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_excepthook()
    caplog.set_level(logging.INFO, logger="facilitator_app")
    button = QPushButton("close the round")
    qtbot.addWidget(button)

    def full_disk() -> None:
        raise UserError("The disk is full: w.cluster cannot be saved. Free some space.")

    button.clicked.connect(full_disk)
    button.click()
    assert messages == ["The disk is full: w.cluster cannot be saved. Free some space."]
    assert crashes == []
    assert [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "facilitator_app"] \
        == [(logging.INFO, "Shown to the user: " + messages[0])]
    # anything else still gets the crash dialog
    button.clicked.disconnect(full_disk)
    button.clicked.connect(lambda: 1 / 0)
    button.click()
    assert len(crashes) == 1 and "ZeroDivisionError" in crashes[0].details
    assert len(messages) == 1
