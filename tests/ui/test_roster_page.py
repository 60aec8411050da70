"""The Members page driven like a facilitator: keyboard, form, search, undo."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from facilitator_app.services import roster as roster_service
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Attendance, Member
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.roster_model import MemberIdRole
from facilitator_app.ui.roster_page import RosterPage
from tests.qt_typing import type_text

NEW_NAME = "Coopérative Agrícola Ñandú de Léogâne"


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "démo.cluster")
    yield workspace
    workspace.close()


@pytest.fixture
def ctx(qtbot, ws):
    configure_application()
    context = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    context.messages = []
    context.show_status = context.messages.append
    return context


@pytest.fixture
def page(qtbot, ctx):
    widget = RosterPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def db_names(ws) -> list[str]:
    with ws.session() as s:
        return sorted(s.scalars(select(Member.name)))


def visible_names(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_page_lists_the_demo_with_counts(page):
    assert page.proxy.rowCount() == 30
    assert visible_names(page)[:2] == [
        "Asociación de Productores de Cacao Ñame Verde", "Belmont Estate Cocoa Farmers",
    ]
    text = page.counts_label.text()
    assert text.startswith("30 members — Firm 19 · Academic 2 · Research 1")
    assert page.proxy.index(0, 0).data(MemberIdRole) == page.model.member_id(
        page.model.row_of(page.proxy.index(0, 0).data(MemberIdRole)))


def test_add_with_ctrl_n_find_without_accents_then_undo_and_redo(qtbot, page, ctx, ws):
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name_edit = page.form.widgets["name"]
    assert name_edit.hasFocus()
    assert page.form.heading.text() == "New member"
    type_text(name_edit, NEW_NAME)
    assert page.form.heading.text() == f"New member: {NEW_NAME}"
    type_combo = page.form.widgets["member_type"]
    type_combo.setCurrentIndex(type_combo.findData("firm"))
    name_edit.setFocus()
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)

    assert NEW_NAME in db_names(ws)
    assert page.model.rowCount() == 31
    assert page.counts_label.text().startswith("31 members — Firm 20")
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == f"Add member {NEW_NAME}"
    with ws.session() as s:
        added = s.scalar(select(Member).where(Member.name == NEW_NAME))
        assert (added.member_type, added.status, added.vote_weight) == ("firm", "active", 1.0)
        uid = added.uid

    page.search_edit.setFocus()
    type_text(page.search_edit, "agricola nandu")
    assert visible_names(page) == [NEW_NAME]
    assert page.counts_label.text() == "Showing 1 of 31 members — Firm 1"

    ctx.undo_stack.undo()
    assert NEW_NAME not in db_names(ws)
    assert visible_names(page) == []
    assert page.model.rowCount() == 30
    assert page.form.member_id is None

    ctx.undo_stack.redo()
    assert visible_names(page) == [NEW_NAME]
    with ws.session() as s:
        assert s.scalar(select(Member.uid).where(Member.name == NEW_NAME)) == uid


def test_search_matches_contact_and_locality_ignoring_case_and_accents(page):
    page.search_edit.setText("JEREMIE")  # Jérémie, a locality
    assert visible_names(page) == ["Coopérative des Planteurs de Cacao de Grand'Anse"]
    page.search_edit.setText("noel")  # Andrea Noël, a contact
    assert visible_names(page) == ["Grenada Cocoa Association"]
    page.search_edit.setText("")
    assert page.proxy.rowCount() == 30


def test_type_and_status_filters(page):
    page.type_combo.setCurrentIndex(page.type_combo.findData("firm"))
    assert page.proxy.rowCount() == 19
    page.status_combo.setCurrentIndex(page.status_combo.findData("active"))
    assert page.proxy.rowCount() == 17
    assert page.counts_label.text() == "Showing 17 of 30 members — Firm 17"
    page.type_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData("inactive"))
    assert visible_names(page) == ["Grenada Agro-Inputs Supply"]


def test_delete_asks_first_then_undo_brings_it_back(qtbot, page, ctx, ws, monkeypatch):
    target = "Belmont Estate Cocoa Farmers"
    with ws.session() as s:
        member_id = s.scalar(select(Member.id).where(Member.name == target))
        attended = s.scalar(select(func.count()).select_from(Attendance)
                            .where(Attendance.member_id == member_id))
    assert attended == 1
    page.select_member(member_id)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert asked[0].startswith(f"Delete {target} from the roster?")
    assert "1 attendance record(s) go with them." in asked[0]
    assert target in db_names(ws) and target in visible_names(page)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert target not in db_names(ws) and target not in visible_names(page)
    assert page.model.rowCount() == 29

    ctx.undo_stack.undo()
    assert target in db_names(ws) and target in visible_names(page)
    with ws.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)
                        .where(Attendance.member_id == member_id)) == 1


def test_edit_in_the_form_saves_and_undoes(qtbot, page, ctx, ws):
    with ws.session() as s:
        member_id = s.scalar(select(Member.id).where(Member.name == "Jouvay Chocolate Ltd"))
    page.select_member(member_id)
    assert page.form.member_id == member_id
    locality = page.form.widgets["locality"]
    locality.setFocus()
    locality.selectAll()
    type_text(locality, "Hermitage, Saint-Patrick")
    assert page.form.is_dirty() and page.form.save_button.isEnabled()
    qtbot.keyClick(locality, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with ws.session() as s:
        assert roster_service.member_values(s, member_id)["locality"] == "Hermitage, Saint-Patrick"
    assert ctx.undo_stack.undoText() == "Edit member Jouvay Chocolate Ltd"
    ctx.undo_stack.undo()
    with ws.session() as s:
        assert roster_service.member_values(s, member_id)["locality"] == "Diamond"
    assert locality.text() == "Diamond"
    row = page.model.row_of(member_id)
    assert page.model.value(row, "locality") == "Diamond"


def test_validation_as_you_type_blocks_save(qtbot, page, ws):
    page.new_member()
    form = page.form
    assert not form.save_button.isEnabled() and "name" in form.problems  # no name yet
    # an untouched new form is not marked red; it says what to do
    assert not form.error_labels["name"].isVisible()
    assert form.summary.text() == "Type the organisation's name to start."
    type_text(form.widgets["locality"], "Gouyave")  # something typed, still no name
    assert form.error_labels["name"].text() == "\u26a0 The organisation name is required."
    assert form.error_labels["name"].isVisible()
    type_text(form.widgets["name"], "Smith & Sons <Ltd>")
    assert "name" not in form.problems
    email = form.widgets["email"]
    type_text(email, "peter@smithsons")
    assert form.problems["email"].startswith("This does not look like an e-mail address")
    assert email.property("invalid") is True
    assert form.error_labels["email"].isVisible()
    assert not form.save_button.isEnabled()
    assert form.summary.text() == "1 problem to fix before saving."
    qtbot.keyClick(email, Qt.Key.Key_Return)  # refused
    assert "Smith & Sons <Ltd>" in db_names(ws)  # the demo's one only
    assert db_names(ws).count("Smith & Sons <Ltd>") == 1
    type_text(email, ".gd")
    assert "email" not in form.problems and email.property("invalid") is False
    assert not form.error_labels["email"].isVisible()
    form.widgets["join_date"].set_value(date.today() + timedelta(days=1))
    assert form.problems["join_date"] == "The join date cannot be in the future."
    assert not form.save_button.isEnabled()
    form.widgets["join_date"].set_value(None)
    assert form.save_button.isEnabled()


def test_invalid_edits_are_not_lost_silently_when_moving_away(qtbot, page, ws, monkeypatch):
    with ws.session() as s:
        first = s.scalar(select(Member.id).where(Member.name == "Jouvay Chocolate Ltd"))
        second = s.scalar(select(Member.id).where(Member.name == "Nutmeg Pod Tours"))
    page.select_member(first)
    page.form.widgets["email"].setText("not an address")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    page.select_member(second)
    assert asked and "cannot be saved" in asked[0]
    assert page.form.member_id == first  # stayed on the member being edited
    assert page.form.widgets["email"].text() == "not an address"
    # A valid edit is saved when moving on.
    page.form.widgets["email"].setText("orders@jouvay.gd")
    page.form.widgets["phone"].setText("+1 473 437 9999")
    page.select_member(second)
    assert page.form.member_id == second
    with ws.session() as s:
        assert roster_service.member_values(s, first)["phone"] == "+1 473 437 9999"


def test_sort_by_country_keeps_the_selection(qtbot, page, ws):
    with ws.session() as s:
        member_id = s.scalar(select(Member.id).where(Member.name == "Tobago Cocoa Estate"))
    page.select_member(member_id)
    country_col = page.model.fields.index("country")
    page.view.sortByColumn(country_col, Qt.SortOrder.AscendingOrder)
    countries = [page.proxy.index(r, country_col).data() for r in range(page.proxy.rowCount())]
    assert countries == sorted(countries)
    assert countries[0] == "Barbados"
    current = page.view.selectionModel().currentIndex()
    assert current.data(MemberIdRole) == member_id
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(page)[0] == "University of the West Indies – Cocoa Research Centre"


def test_column_chooser_hides_and_remembers(page, ctx):
    col = page.model.fields.index("email")
    assert not page.view.isColumnHidden(col)
    page.column_actions["email"].setChecked(False)
    assert page.view.isColumnHidden(col)
    assert "email" in QSettings().value("roster/hiddenColumns")
    again = RosterPage(ctx)
    assert again.view.isColumnHidden(col)
    again.deleteLater()
    assert not page.column_actions["name"].isEnabled()  # the name always shows


def test_external_change_reloads(page, ctx, ws):
    with ws.session() as s:
        roster_service.add_member(s, {"name": "Late Arrival Spices"})
    ctx.notify("members")
    assert "Late Arrival Spices" in visible_names(page)


def test_export_button_writes_the_file(page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "members export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV, UTF-8 (*.csv)"))
    page.export_dialog()
    written = tmp_path / "members export.csv"
    assert written.exists()
    assert written.read_text(encoding="utf-8-sig").count("\n") == 31


def test_typing_does_not_lose_references_to_none(page):
    """Typing in the form and the search box must not drain None's reference
    count (the interpreter aborts with "deallocating None" when it reaches 0;
    PySide6 6.12.0 on Python 3.11 did, hence the pin below 6.12)."""
    page.new_member()
    before = sys.getrefcount(None)
    for i in range(300):
        page.form.widgets["name"].setText(f"Name {i}")  # validates: reads every field
        page.search_edit.setText(f"n{i % 7}")
        page.type_combo.setCurrentIndex(i % 3)
    assert sys.getrefcount(None) >= before - 50


def test_deleting_members_who_lead_or_partner_actions_says_so(qtbot, page, ctx, ws,
                                                               monkeypatch):
    """Two demo members who each lead one action and are partners in another:
    the question says their actions lose their lead; undo gives it back."""
    from facilitator_app.services import decisions

    names = ["Grenada Cocoa Association", "Grenada Development Bank"]
    with ws.session() as s:
        ids = [s.scalar(select(Member.id).where(Member.name == n)) for n in names]
        led = [a.id for a in decisions.list_actions(s) if a.lead_id in ids]
        partnered = [a.id for a in decisions.list_actions(s) if set(a.partner_ids) & set(ids)]
    assert len(led) == 2 and len(partnered) == 2
    page.select_member(ids[0])
    page.view.selectionModel().select(
        page.proxy.index(page.proxy.proxy_row_of(ids[1]), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(page.selected_ids()) == sorted(ids)
    asked = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert "They lead 2 actions; they will have no lead." in asked[0]
    assert "They are taken off 2 actions as a partner." in asked[0]
    with ws.session() as s:
        assert all(decisions.get_action(s, a).lead_id is None for a in led)
    ctx.undo_stack.undo()
    with ws.session() as s:
        assert sorted(decisions.get_action(s, a).lead_id for a in led) == sorted(ids)
        assert all(set(decisions.get_action(s, a).partner_ids) & set(ids) for a in partnered)

    # One member, one action: the phrase in the singular.
    page.select_member(ids[0])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "They lead 1 action; it will have no lead." in asked[1]
    assert "They are taken off 1 action as a partner." in asked[1]
