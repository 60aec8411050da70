"""The Workshops page: list, new (facilitator pre-filled), delete, tabs, attendance."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from facilitator_app.services import attendance as attendance_service
from facilitator_app.services.demo import create_demo
from facilitator_app.services.profile import update_profile
from facilitator_app.services.workshops import create_workshop, list_workshops
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import Member
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui import workshop_view
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.workshops_page import NewWorkshopDialog, WorkshopsPage
from tests.qt_typing import type_text


def make_ctx(ws):
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    context.messages = messages
    return context


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "page.cluster")
    with ws.session() as s:
        update_profile(s, facilitator="Marie Thérèse Lalsingh")
        s.add_all(
            [
                Member(name="Belmont Estate", member_type="firm", status="active"),
                Member(name="Coopérative de Grand'Anse", member_type="firm", status="active"),
                Member(name="Ministry of Agriculture", member_type="ministry", status="active"),
                Member(name="Old Spice Traders", member_type="firm", status="inactive"),
            ]
        )
    yield make_ctx(ws)
    ws.close()


@pytest.fixture
def page(qtbot, ctx):
    widget = WorkshopsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def accept(dialog):
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    return dialog


def test_new_workshop_prefills_facilitator_and_opens_its_tabs(qtbot, ctx, page):
    assert page.empty_label.isVisible()
    dialog = NewWorkshopDialog("Marie Thérèse Lalsingh", page)
    assert dialog.facilitator_edit.text() == "Marie Thérèse Lalsingh"
    dialog.title_edit.setFocus()
    type_text(dialog.title_edit, "Atelier de priorités — Jérémie")
    dialog.date_edit.setDate(QDate(2026, 3, 18))
    dialog.venue_edit.setText("Salle paroissiale")
    workshop_id = page.new_workshop(accept(dialog))
    assert workshop_id is not None
    view = page.view
    assert page.stack.currentWidget() is view
    titles = [view.tabs.tabText(n) for n in range(view.tabs.count())]
    assert titles[:5] == ["Details", "Attendance", "SWOT", "TOWS", "Priorities"]
    # Voting and Results (issue 7) follow once their modules exist
    assert titles[5:] == [t for _k, t, _f in workshop_view.tab_factories()][5:]
    assert set(titles[5:]) <= {"Voting", "Results", "Outputs"}
    assert view.current_tab_key() == "details"
    assert view.title_label.text() == "Atelier de priorités — Jérémie"
    view.back_button.click()
    assert page.stack.currentIndex() == 0
    assert page.titles() == ["Atelier de priorités — Jérémie"]
    row = [page.proxy.index(0, c).data() for c in range(6)]
    assert row == [
        "Atelier de priorités — Jérémie",
        date_text(date(2026, 3, 18)),  # the locale's way, not ISO
        "Salle paroissiale",
        "Marie Thérèse Lalsingh",
        "Planned",
        "0",
    ]


def test_new_workshop_dialog_reads_the_profile(qtbot, ctx, page, monkeypatch):
    seen = {}

    def fake_exec(self):
        seen["facilitator"] = self.facilitator_edit.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewWorkshopDialog, "exec", fake_exec)
    assert page.new_workshop() is None
    assert seen == {"facilitator": "Marie Thérèse Lalsingh"}


def test_details_tab_saves_as_you_go(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Draft", date(2026, 1, 5)).id
    view = page.open_workshop(workshop_id, "details")
    details = view.tab("details")
    details.title_edit.setFocus()
    details.title_edit.selectAll()
    type_text(details.title_edit, "Priority day")
    qtbot.keyClick(details.title_edit, Qt.Key.Key_Return)
    details.status_combo.setCurrentIndex(details.status_combo.findData("held"))
    with ctx.session() as s:
        [w] = list_workshops(s)
    assert (w.title, w.status) == ("Priority day", "held")
    assert view.title_label.text() == "Priority day"
    assert page.titles() == ["Priority day"]


def test_delete_asks_and_says_what_goes(qtbot, tmp_path, monkeypatch):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    try:
        ctx = make_ctx(ws)
        page = WorkshopsPage(ctx)
        qtbot.addWidget(page)
        asked: list[str] = []
        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

        def question(*args, **kwargs):
            asked.append(args[2])
            return answers.pop(0)

        monkeypatch.setattr(QMessageBox, "question", question)
        assert page.titles() == ["Priority-setting workshop 2026"]
        assert not page.delete_selected()
        assert page.titles() == ["Priority-setting workshop 2026"]
        assert "21 attendance records" in asked[0] and "38 ballots" in asked[0]
        assert asked[0].endswith("This cannot be undone.")
        assert page.delete_selected()
        assert page.titles() == []
        with ws.session() as s:
            assert list_workshops(s) == []
    finally:
        ws.close()


def test_take_attendance_search_roles_counts_and_undo(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Day").id
    view = page.open_workshop(workshop_id, "attendance")
    tab = view.tab("attendance")
    assert tab.roster_proxy.rowCount() == 3  # active only
    tab.search.setFocus()
    type_text(tab.search, "cooperative")  # no accent typed
    assert tab.roster_proxy.rowCount() == 1
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # the only match is added
    assert tab.present_names() == [("Coopérative de Grand'Anse", "voter")]
    assert tab.search.text() == ""

    with ctx.session() as s:
        ministry = s.query(Member).filter_by(name="Ministry of Agriculture").one().id
    tab.select_roster([ministry])
    tab.add_observers_button.click()
    tab.add_all_button.click()
    assert tab.present_names() == [
        ("Belmont Estate", "voter"),
        ("Coopérative de Grand'Anse", "voter"),
        ("Ministry of Agriculture", "observer"),
    ]
    assert tab.totals_label.text() == "2 voting members, 1 observer"
    assert "Government ministry" in tab.counts_label.text()
    assert view.subtitle_label.text().endswith("2 voting, 1 observer")

    # the representative, edited in place
    row = [r.member_id for r in tab.model.records()].index(ministry)
    index = tab.proxy.mapFromSource(tab.model.index(row, 3))
    assert tab.proxy.setData(index, "Dr. Sébastien Alexis")
    qtbot.waitUntil(lambda: tab.model.record(row).representative == "Dr. Sébastien Alexis")

    ctx.undo_stack.undo()  # representative
    ctx.undo_stack.undo()  # all active
    assert tab.present_names() == [
        ("Coopérative de Grand'Anse", "voter"),
        ("Ministry of Agriculture", "observer"),
    ]
    tab.select_present([ministry])
    tab.make_voter_button.click()
    with ctx.session() as s:
        assert [a.name for a in attendance_service.voters(s, workshop_id)] == [
            "Coopérative de Grand'Anse",
            "Ministry of Agriculture",
        ]


def test_registered_tabs_appear_in_order(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Day").id
    workshop_view.register_workshop_tab(
        "notes", "Extra", lambda c, w: QLabel(f"workshop {w}"), after="swot"
    )
    try:
        view = page.open_workshop(workshop_id)
        titles = [view.tabs.tabText(n) for n in range(view.tabs.count())]
        assert titles[:6] == ["Details", "Attendance", "SWOT", "Extra", "TOWS", "Priorities"]
        assert view.tab("notes").text() == f"workshop {workshop_id}"
    finally:
        workshop_view._EXTRA_TABS.clear()


def test_main_window_lists_the_page(qtbot, tmp_path):
    configure_application()
    path = tmp_path / "win.cluster"
    create_demo(path).close()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.show()
    try:
        win.navigate("workshops")
        assert win.current_page_key() == "workshops"
        page = win.pages["workshops"]
        page.open_selected("swot")
        board = page.view.tab("swot")
        assert board.panel_texts()["W"][0] == (
            "High post-harvest losses from poor fermentation and drying"
        )
        assert board.template_combo.currentData() == "agri-business"
        # Ctrl+Z right after typing an item (focus still in the field) undoes it
        with qtbot.waitActive(win):
            win.activateWindow()
        threats = board.panels["T"]
        threats.add_edit.setFocus()
        type_text(threats.add_edit, "Sargassum on the beaches")
        qtbot.keyClick(threats.add_edit, Qt.Key.Key_Return)
        assert board.panel_texts()["T"][-1] == "Sargassum on the beaches"
        qtbot.keyClick(threats.add_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert "Sargassum on the beaches" not in board.panel_texts()["T"]
        assert threats.add_edit.text() == ""
        # and Edit > Redo brings it back
        win.redo_action.trigger()
        assert board.panel_texts()["T"][-1] == "Sargassum on the beaches"
    finally:
        win.close()


def test_a_late_arrival_joins_the_roster_and_is_ticked_present(qtbot, ctx, monkeypatch):
    """SCENARIO step 3: a newcomer is added to the roster on the spot and ticked."""
    from facilitator_app.ui.attendance_tab import AttendanceTab

    with ctx.session() as s:
        workshop = create_workshop(s, "Atelier", date=date(2026, 3, 18))
    tab = AttendanceTab(ctx, workshop.id)
    qtbot.addWidget(tab)
    tab.show()
    monkeypatch.setattr(tab, "ask_late_arrival",
                        lambda: ("Nouvelle Coopérative Ñame", "firm", "voter"))
    tab.late_button.click()
    with ctx.session() as s:
        present = {a.name: a.role for a in attendance_service.attendees(s, workshop.id)}
        added = s.query(Member).filter_by(name="Nouvelle Coopérative Ñame").one()
        assert added.member_type == "firm" and added.status == "active"
    assert present == {"Nouvelle Coopérative Ñame": "voter"}
    # the Present list on screen shows the newcomer
    assert [tab.model.record(r).name for r in range(tab.model.rowCount())] == [
        "Nouvelle Coopérative Ñame"]
    ctx.undo_stack.undo()  # the tick can be undone; the member stays on the roster
    with ctx.session() as s:
        assert attendance_service.attendees(s, workshop.id) == []
    monkeypatch.setattr(tab, "ask_late_arrival", lambda: None)
    assert tab.add_late_arrival() is None
