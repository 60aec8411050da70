"""The programme database's address in Settings: typed in the dialog,
checked as it is left, and refused (nothing saved) while it holds a
password or cannot be an address of a PostgreSQL database."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from facilitator_app import options
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.settings_dialog import SettingsDialog
from tests.ui.demo_window import open_demo_window, settings_answered_with

OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def window(qtbot, tmp_path):
    configure_application()
    win = open_demo_window(qtbot, tmp_path, "Démo Caraïbes.cluster")
    yield win
    win.close()


def _type_url(qtbot, dialog: SettingsDialog, url: str) -> QLineEdit:
    page = dialog.pages["Programme"]
    dialog.tabs.setCurrentWidget(page)
    editor = page.editors["programme_url"]
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, url)
    return editor


def set_url_in_settings(monkeypatch, qtbot, window, url: str) -> None:
    def answer(dialog: SettingsDialog) -> None:
        _type_url(qtbot, dialog, url)
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)

    settings_answered_with(monkeypatch, qtbot, answer)
    window.settings_action.trigger()
    assert options.get("programme_url") == url


def test_an_address_with_a_password_is_refused_in_settings(qtbot, window, monkeypatch):
    seen: dict[str, object] = {}

    def answer(dialog: SettingsDialog) -> None:
        editor = _type_url(qtbot, dialog, "postgresql://maria:s3cret@db.example.org/programme")
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
        problem = dialog.pages["Programme"].problem_labels["programme_url"]
        seen["open after OK"] = dialog.isVisible()
        seen["problem"] = problem.text() if problem.isVisible() else ""
        seen["focus"] = dialog.focusWidget() is editor
        # the password taken out: accepted
        editor.selectAll()
        qtbot.keyClicks(editor, "postgresql://maria@db.example.org/programme")
        seen["problem while typing"] = problem.isVisible()
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
        seen["open after the second OK"] = dialog.isVisible()

    settings_answered_with(monkeypatch, qtbot, answer)
    window.settings_action.trigger()
    assert seen["open after OK"] is True
    assert "Take the password out" in str(seen["problem"])
    assert "plain text" in str(seen["problem"])
    assert seen["focus"] is True
    assert seen["problem while typing"] is False
    assert seen["open after the second OK"] is False
    assert options.get("programme_url") == "postgresql://maria@db.example.org/programme"
    assert "s3cret" not in options.settings_path().read_text(encoding="utf-8")


def test_a_refused_address_saves_nothing_at_all(qtbot, window, monkeypatch):
    """Apply with a password in the address saves none of the other tabs either."""
    def answer(dialog: SettingsDialog) -> None:
        name = dialog.pages["General"].editors["facilitator_name"]
        assert isinstance(name, QLineEdit)
        name.setText("Ana Lucía Pérez")
        _type_url(qtbot, dialog, "postgresql://ana@db.example.org/prog?password=hunter2")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply),
                         Qt.MouseButton.LeftButton)
        assert dialog.tabs.currentWidget() is dialog.pages["Programme"]

    settings_answered_with(monkeypatch, qtbot, answer)
    window.settings_action.trigger()
    assert options.get("facilitator_name") == ""
    assert options.get("programme_url") == ""
    assert not options.settings_path().exists() or "hunter2" not in \
        options.settings_path().read_text(encoding="utf-8")


@pytest.mark.parametrize(("url", "words"), [
    ("postgresql://maria:pw@db.example.org/programme", "Take the password out"),
    ("postgresql+psycopg://maria:pw@db.example.org:5433/programme", "Take the password out"),
    ("postgresql://maria@db.example.org/programme?password=pw", "Take the password out"),
    ("mysql://maria@db.example.org/programme", "looks like"),
    ("postgresql+asyncpg://maria@db.example.org/programme", "looks like"),
    ("db.example.org", "looks like"),
    ("postgresql://maria@db.example.org", "looks like"),  # no database
    ("postgresql://maria@db.example.org:port/programme", "cannot be read"),
])
def test_what_the_address_check_refuses(url, words):
    problem = options.programme_url_problem(url)
    assert problem is not None and words in problem


@pytest.mark.parametrize("url", [
    "", "postgresql://maria@db.example.org/programme",
    "postgresql+psycopg://maria@127.0.0.1:5433/programme",
    "postgres://db.example.org/programme?sslmode=require",
])
def test_what_the_address_check_accepts(url):
    assert options.programme_url_problem(url) is None


def test_a_password_put_in_the_settings_file_by_hand_is_not_used():
    options.settings_path().parent.mkdir(parents=True, exist_ok=True)
    options.settings_path().write_text(json.dumps(
        {"programme_url": "postgresql://maria:pw@db.example.org/programme"}), encoding="utf-8")
    assert options.get("programme_url") == ""
