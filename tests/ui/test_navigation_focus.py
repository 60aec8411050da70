"""After a click in the sidebar the keyboard belongs to the page shown.

A facilitator clicks Members and presses Ctrl+N for a late arrival, or
clicks FAQ, presses Ctrl+F and types a question: the page's shortcuts must
work and the typed text must land in the page, not in the sidebar list.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from tests.qt_typing import type_text


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "Grenada démo.cluster"
    create_demo(path).close()
    configure_application()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    yield win
    if win.isVisible():
        win.close()


def click_sidebar(qtbot, window, key: str) -> None:
    row = window._nav_keys.index(key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == key


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user types it: to whatever has the keyboard focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def test_ctrl_n_after_clicking_members_starts_a_new_member(qtbot, window):
    click_sidebar(qtbot, window, "roster")
    page = window.pages["roster"]
    assert page.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name_edit = page.form.widgets["name"]
    assert page.form.heading.text() == "New member"
    assert name_edit.hasFocus()
    type_text(QApplication.focusWidget(), "Late Arrival Ltd")
    assert name_edit.text() == "Late Arrival Ltd"


def test_ctrl_f_after_clicking_faq_then_typing_searches(qtbot, window):
    click_sidebar(qtbot, window, "roster")
    click_sidebar(qtbot, window, "faq")
    page = window.pages["faq"]
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()
    type_text(QApplication.focusWidget(), "financement")
    assert page.search_box.text() == "financement"
    assert window.nav.currentRow() == window._nav_keys.index("faq")


def test_arrow_keys_in_the_sidebar_keep_browsing_it(qtbot, window):
    click_sidebar(qtbot, window, "home")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == window._nav_keys[1]
    assert window.nav.hasFocus()  # still browsing: the next Down moves on
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)
    assert window.pages[window._nav_keys[1]].isAncestorOf(QApplication.focusWidget())
