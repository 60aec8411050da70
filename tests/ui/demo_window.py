"""The demo workspace in a main window, as the GUI tests of the window, its
Settings and its languages open it (1280 x 720, shown and exposed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui import languages
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.settings_dialog import SettingsDialog


def open_demo_window(qtbot: Any, folder: Path, name: str = "Démo.cluster") -> MainWindow:
    """A fresh demo workspace at ``folder / name`` in a shown main window
    (closed by the caller; qtbot deletes it after the test)."""
    path = folder / name
    create_demo(path).close()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


@contextmanager
def english_afterwards() -> Iterator[None]:
    """The language and the default locale are process-wide: English again after."""
    configure_application()
    locale = QLocale()
    try:
        yield
    finally:
        languages.install("en")
        QLocale.setDefault(locale)


def settings_answered_with(monkeypatch: Any, qtbot: Any, answer: Any) -> None:
    """File > Settings… opens the dialog; ``answer(dialog)`` is the user (a
    dialog the answer leaves open is cancelled, as Escape would)."""

    def exec_(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        answer(dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """:func:`english_afterwards` around every test of a module that imports this."""
    with english_afterwards():
        yield


@pytest.fixture(name="window")
def demo_window_with_menus(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """``window``: the demo's main window once its menus are built (import
    this function into a test module to have the fixture)."""
    win = open_demo_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: win.export_actions is not None)
    yield win
    win.close()
