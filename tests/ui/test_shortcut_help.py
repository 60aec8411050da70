"""F1 lists every shortcut, read from the shortcuts themselves: the window's,
each page's and each workshop tab's (SWOT and voting included), even with
no workshop open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

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


@pytest.fixture
def opened(monkeypatch):
    """The F1 dialogs shown (their exec() recorded, not run)."""
    shown: list[ShortcutsDialog] = []

    def record(dialog):
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", record)
    return shown


def press_f1(qtbot, window) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)


def test_f1_lists_the_swot_and_voting_keys_with_no_workshop_open(qtbot, window, opened):
    press_f1(qtbot, window)
    [dialog] = opened
    titles = [title for title, _rows in dialog.sections]
    assert titles[0] == "Everywhere"
    assert {"Members", "FAQ", "Workshop: SWOT", "Workshop: Voting", "Workshop: TOWS",
            "Workshop: Priorities"} <= set(titles)
    everywhere = dict(dialog.rows("Everywhere"))
    assert everywhere["Keyboard Shortcuts"] == "F1"
    assert everywhere["Save a Copy"] == "Ctrl+Shift+S"
    assert dict(dialog.rows("Members"))["New member"] == "Ctrl+N, Alt+N"  # key and button
    assert dict(dialog.rows("FAQ"))["Search the FAQ"].startswith("Ctrl+F")
    swot = dict(dialog.rows("Workshop: SWOT"))
    assert swot["Merge selected items"] == "Ctrl+M"
    assert swot["Move to Strengths"] == "Ctrl+1" and swot["Move to Threats"] == "Ctrl+4"
    assert swot["Add a dot"] == "+"
    assert swot["Larger text"] == "Ctrl++, Ctrl+="
    assert swot["Full screen on or off"] == "F11"
    assert swot["Leave full screen"] == "Esc"
    voting = dict(dialog.rows("Workshop: Voting"))
    assert voting["Paper ballot"] == "Ctrl+P"
    assert voting["Privacy mode"] == "Ctrl+H"
    assert voting["Next option (after the last: the row is recorded)"] == "Tab, Enter"
    assert voting["Record this ballot"] == "Alt+R"
    assert voting["New round"] == "Alt+N"
    priorities = dict(dialog.rows("Workshop: Priorities"))
    assert priorities["Move up"].startswith("Ctrl+Up")
    # every row says what it does and which keys, and the box finds one
    assert all(text and keys for _t, rows in dialog.sections for text, keys in rows)
    dialog.find_edit.setText("ctrl+m")
    visible = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
               if not dialog.tree.topLevelItem(i).isHidden()]
    assert [item.text(0) for item in visible] == ["Workshop: SWOT"]


def test_a_shortcut_added_in_the_code_is_listed_by_itself(qtbot, window, opened):
    roster = window.pages["roster"]
    action = QAction("Mark as arrived late", roster)
    action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    roster.addAction(action)
    press_f1(qtbot, window)
    assert dict(opened[0].rows("Members"))["Mark as arrived late"] == "Ctrl+Shift+L"


def test_with_a_workshop_open_its_own_tabs_are_read(qtbot, window, opened):
    window.navigate("workshops")
    view = window.pages["workshops"].open_workshop(1, "swot")
    extra = QAction("Shuffle the board", view.tab("swot"))
    extra.setShortcut(QKeySequence("Ctrl+Shift+U"))
    view.tab("swot").addAction(extra)
    press_f1(qtbot, window)
    swot = dict(opened[0].rows("Workshop: SWOT"))
    assert swot["Shuffle the board"] == "Ctrl+Shift+U"
    assert swot["Merge selected items"] == "Ctrl+M"
