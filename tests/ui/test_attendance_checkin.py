"""Check-in at the door: a name and Enter, with something said every time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.services import attendance as attendance_service
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import Member
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.attendance_tab import AttendanceTab
from facilitator_app.ui.context import AppContext
from tests.qt_typing import type_text

MEMBERS = [
    ("Marie-Thérèse Joseph", "firm", "active", ""),
    ("Belmont Estate", "firm", "active", "Shanice Noel"),
    ("Belmont Cocoa Traders", "firm", "active", ""),
    ("Belmont Spice Co.", "firm", "active", ""),
    ("Ministry of Agriculture", "ministry", "active", ""),
    ("Old Spice Traders", "firm", "inactive", ""),
    ("Nutmeg Pool of Grenville", "firm", "inactive", ""),
]


@pytest.fixture
def tab(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "door.cluster")
    with ws.session() as s:
        s.add_all([Member(name=n, member_type=t, status=st, contact_person=c or None)
                   for n, t, st, c in MEMBERS])
        workshop = create_workshop(s, "Priority day")
    messages: list[str] = []
    ctx = AppContext(ws, lambda _key: None, messages.append)
    widget = AttendanceTab(ctx, workshop.id)
    widget.workshop = workshop.id
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    ws.close()


def present(tab) -> list[tuple[str, str]]:
    with tab.ctx.session() as s:
        return [(a.name, a.role) for a in attendance_service.attendees(s, tab.workshop)]


def listed(tab) -> list[str]:
    proxy = tab.roster_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def enter_name(qtbot, tab, text: str) -> None:
    tab.search.setFocus()
    type_text(tab.search, text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)


def test_one_match_is_checked_in_and_the_box_is_ready_for_the_next_name(qtbot, tab):
    enter_name(qtbot, tab, "marie therese")  # no accents, no hyphen, lower case
    assert present(tab) == [("Marie-Thérèse Joseph", "voter")]
    assert tab.feedback.text() == "Marie-Thérèse Joseph checked in"
    assert tab.search.text() == "" and QApplication.focusWidget() is tab.search
    assert "Marie-Thérèse Joseph" not in listed(tab) and len(listed(tab)) == 4
    # the next name starts afresh (it used to be appended to the last one)
    enter_name(qtbot, tab, "MINISTRY")
    assert tab.feedback.text() == "Ministry of Agriculture checked in"
    assert [n for n, _ in present(tab)] == ["Marie-Thérèse Joseph", "Ministry of Agriculture"]
    # the contact person's name finds the member too
    enter_name(qtbot, tab, "shanice")
    assert tab.feedback.text() == "Belmont Estate checked in"


def test_no_match_says_so_and_the_next_keys_replace_the_text(qtbot, tab):
    enter_name(qtbot, tab, "xyz")
    assert tab.feedback.text() == "No member matches \u201cxyz\u201d"
    assert tab.search.selectedText() == "xyz" and QApplication.focusWidget() is tab.search
    assert present(tab) == []
    type_text(tab.search, "belmont e")  # replaces the selected text
    assert tab.search.text() == "belmont e" and tab.feedback.text() == ""
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert present(tab) == [("Belmont Estate", "voter")]
    # someone already in: said, not silently ignored
    enter_name(qtbot, tab, "belmont estate")
    assert tab.feedback.text() == "Belmont Estate is already checked in"
    assert tab.search.selectedText() == "belmont estate"


def test_several_matches_move_to_the_list_where_arrows_and_enter_choose(qtbot, tab):
    enter_name(qtbot, tab, "belmont")
    assert tab.feedback.text() == (
        "3 members match \u201cbelmont\u201d: choose one (arrow keys, then Enter)")
    view = tab.roster_view
    qtbot.waitUntil(view.hasFocus)
    assert listed(tab) == ["Belmont Cocoa Traders", "Belmont Estate", "Belmont Spice Co."]
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert present(tab) == [("Belmont Estate", "voter")]
    assert tab.feedback.text() == "Belmont Estate checked in"
    assert tab.search.text() == "" and QApplication.focusWidget() is tab.search
    assert len(listed(tab)) == 4  # the whole roster again, less who is in
    # Down in the search box goes to the list as well; Esc comes back, ready to retype
    type_text(tab.search, "belmont")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert view.hasFocus() and view.currentIndex().data() == "Belmont Cocoa Traders"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is tab.search and tab.search.selectedText() == "belmont"


def test_inactive_members_are_hidden_and_the_tab_says_so(qtbot, tab):
    assert tab.hidden_label.isVisible()
    assert tab.hidden_label.text() == "2 inactive members are hidden \u2014"
    assert tab.show_inactive_button.text() == "Show them"
    assert "Old Spice Traders" not in listed(tab)
    enter_name(qtbot, tab, "old spice")
    assert tab.feedback.text() == (
        "No active member matches \u201cold spice\u201d; Old Spice Traders is not active "
        "(Show them, above the list)")
    qtbot.mouseClick(tab.show_inactive_button, Qt.MouseButton.LeftButton)
    assert listed(tab) == ["Old Spice Traders"]  # the search still applies
    assert tab.hidden_label.text() == "2 members who are not active are shown"
    assert tab.show_inactive_button.text() == "Hide them"
    index = tab.roster_proxy.index(0, 3)
    assert index.data() == "Inactive"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # muted
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert present(tab) == [("Old Spice Traders", "voter")]
    assert tab.hidden_label.text() == "1 member who is not active is shown"
    qtbot.mouseClick(tab.show_inactive_button, Qt.MouseButton.LeftButton)
    assert tab.hidden_label.text() == "1 inactive member is hidden \u2014"


def test_observer_rows_are_set_apart_from_voter_rows(qtbot, tab):
    enter_name(qtbot, tab, "marie")
    tab.search.setFocus()
    type_text(tab.search, "ministry")
    tab.roster_view.selectRow(0)
    qtbot.mouseClick(tab.add_observers_button, Qt.MouseButton.LeftButton)
    assert present(tab) == [("Marie-Thérèse Joseph", "voter"),
                            ("Ministry of Agriculture", "observer")]
    assert tab.feedback.text() == "Ministry of Agriculture checked in as an observer"
    assert tab.search.text() == ""  # the next name is not typed after "ministry"
    assert tab.totals_label.text() == "1 voting member, 1 observer"
    proxy = tab.proxy
    rows = {proxy.index(r, 0).data(): r for r in range(proxy.rowCount())}
    voter, observer = rows["Marie-Thérèse Joseph"], rows["Ministry of Agriculture"]
    assert proxy.index(observer, 2).data() == "Observer"
    assert proxy.index(voter, 2).data() == "Voting member"
    for col in range(4):
        assert proxy.index(observer, col).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert proxy.index(observer, col).data(Qt.ItemDataRole.FontRole).italic()
        assert proxy.index(voter, col).data(Qt.ItemDataRole.ForegroundRole) is None
        assert proxy.index(voter, col).data(Qt.ItemDataRole.FontRole) is None
    assert "never offered a ballot" in proxy.index(observer, 0).data(
        Qt.ItemDataRole.ToolTipRole)
