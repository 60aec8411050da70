"""The import dialog: mapping step, preview with every problem, commit and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from facilitator_app.core.roster_import import read_table
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.models import Member
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.import_dialog import ImportDialog, RowNumberRole
from facilitator_app.ui.roster_page import RosterPage

# Made by tests/fixtures/make_fixtures.py, which says what each row is for.
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def ws(tmp_path):
    workspace = create_demo(tmp_path / "demo.cluster")
    yield workspace
    workspace.close()


@pytest.fixture
def page(qtbot, ws):
    configure_application()
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    widget = RosterPage(ctx)
    qtbot.addWidget(widget)
    return widget


def count(ws) -> int:
    with ws.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)))


def preview_rows(dialog) -> dict[int, list]:
    model = dialog.preview_model
    return {
        model.index(r, 0).data(RowNumberRole): [
            model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole),
            model.index(r, 2).data(), model.index(r, 3).data(), model.index(r, 5).data(),
        ]
        for r in range(model.rowCount())
    }


def test_mapping_step_shows_the_guess_and_needs_a_name_column(qtbot, page):
    table = read_table(FIXTURES / "roster_messy.xlsx")
    dialog = ImportDialog(page.ctx, table, lambda *a: None, page)
    qtbot.addWidget(dialog)
    assert [c.currentData() for c in dialog.mapping_combos] == [
        "name", "member_type", "contact_person", "email", "phone", "country", "size",
        "join_date", "status",
    ]
    assert "column titles found on row 4, 15 rows with data" in dialog.columns_intro.text()
    assert dialog.next_button.isEnabled()
    dialog.mapping_combos[0].setCurrentIndex(0)  # Do not import
    assert not dialog.next_button.isEnabled()
    assert "organisation name" in dialog.mapping_warning.text()
    # Choosing "Organisation" for another column moves it there.
    combo = dialog.mapping_combos[2]
    combo.setCurrentIndex(combo.findData("name"))
    assert dialog.next_button.isEnabled()
    combo.setCurrentIndex(combo.findData("contact_person"))
    dialog.mapping_combos[0].setCurrentIndex(dialog.mapping_combos[0].findData("name"))
    assert dialog.mapping[:3] == ["name", "member_type", "contact_person"]


def test_preview_fix_and_import_with_update_then_undo(qtbot, page, ws, monkeypatch):
    path = FIXTURES / "roster_messy.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = {}

    def drive(dialog):
        dialog.go_to(1)
        rows = preview_rows(dialog)
        seen["before"] = rows
        dialog.update_radio.setChecked(True)
        # Fix the formula row by typing a name.
        model = dialog.preview_model
        r = next(i for i in range(model.rowCount()) if model.index(i, 0).data(RowNumberRole) == 11)
        model.setData(model.index(r, 3), "Nutmeg Pool of Grenville", Qt.ItemDataRole.EditRole)
        seen["after"] = preview_rows(dialog)
        seen["summary"] = dialog.summary_label.text()
        seen["button"] = dialog.import_button.text()
        assert count(ws) == 30  # nothing written before Import
        dialog.do_import()
        return 1

    monkeypatch.setattr(ImportDialog, "exec", drive)
    page.import_dialog()

    before = seen["before"]
    unchecked = Qt.CheckState.Unchecked
    assert before[11][0] == unchecked and before[11][1] == "Error: left out"
    assert before[11][3].startswith("\u2716 The organisation name is a formula")
    assert before[13][1] == "Skipped: same as row 5"
    assert before[7][3].startswith("\u26a0 Email \u201cestate@belmont\u201d")
    assert before[7][1] == "Skipped: already in the roster"
    assert before[19][1] == "Skipped: already in the roster"
    assert before[18][1] == "New member"
    after = seen["after"]
    assert after[11][0] == Qt.CheckState.Checked and after[11][1] == "New member"
    assert after[7][1] == "Updates \u201cBelmont Estate Cocoa Farmers\u201d (4 fields)"
    # the roster's spelling
    assert after[19][1] == "Updates \u201cChocolaterie B\u00e8l Kakao\u201d (4 fields)"
    assert after[13][1] == "Skipped: same as row 5"  # never merged, never an "update"
    assert seen["summary"] == (
        "11 new, 3 updated (12 fields), 1 duplicate row in the file skipped (5 warnings)")
    assert seen["button"] == "&Import: add 11, update 3"

    assert count(ws) == 41  # 30 + 11 new
    assert any(page.model.value(r, "name") == "Nutmeg Pool of Grenville"
               for r in range(page.model.rowCount()))
    assert page.ctx.undo_stack.undoText() == "Import roster_messy.csv"
    page.ctx.undo_stack.undo()
    assert count(ws) == 30 and page.model.rowCount() == 30
    page.ctx.undo_stack.redo()
    assert count(ws) == 41 and page.model.rowCount() == 41


def test_excluding_rows_and_cancel_writes_nothing(qtbot, page, ws):
    table = read_table(FIXTURES / "roster_messy.xlsx")
    calls = []
    dialog = ImportDialog(page.ctx, table, lambda *a: calls.append(a), page)
    qtbot.addWidget(dialog)
    dialog.go_to(1)
    model = dialog.preview_model
    r18 = next(i for i in range(model.rowCount()) if model.index(i, 0).data(RowNumberRole) == 18)
    model.setData(model.index(r18, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.plan.excluded == 1 and dialog.plan.added == 9
    dialog.only_problems.setChecked(True)
    assert dialog.preview_proxy.rowCount() < model.rowCount()
    dialog.reject()
    assert calls == [] and count(ws) == 30


# ----- updating members already in the roster, field by field ---------------------
UPDATE_FILE = (
    "Organisation,Contact person,Phone,Email,Locality,Notes\n"
    "Spice Island Growers,Ann Mitchell,,,,\n"
    "Cooperative du Nord,Jose Perez,,nord@coop.gd,Sauteurs,Call before visiting\n"
    "Belmont Estate,Shanice Noel,473-442-9600,,,\n"
    "Nutmeg Pool of Grenville,,,,,\n"
    "Grenada Bureau of Standards,Devon Charles,,,,\n"
    "Carriacou Sloop Chocolate,,,,,\n"
    "Gouyave Fish & Spice,,,,,\n"
    "Dougaldston Estate,,,,,\n"
    "River Antoine Rum,,,,,\n"
    "Tri Island Chocolate,,,,,\n"
    "Westerhall Estate,,,,,\n"
    "SPICE ISLAND GROWERS,A. Mitchell,,,,\n"
)


@pytest.fixture
def small(qtbot, tmp_path):
    from facilitator_app.services import roster
    from facilitator_app.storage.workspace import open_workspace

    workspace = open_workspace(tmp_path / "small.cluster", create=True)
    with workspace.session() as s:
        roster.add_member(s, {"name": "Coopérative du Nord", "contact_person": "José Pérez",
                              "phone": "473-440-1111", "notes": "Pays by cheque"})
        roster.add_member(s, {"name": "Belmont Estate", "contact_person": "Shanice Noel",
                              "phone": "473-442-9600"})
        roster.add_member(s, {"name": "Grenada Bureau of Standards",
                              "contact_person": "Devon Charles"})
    configure_application()
    ctx = AppContext(workspace, navigate=lambda key: None, show_status=lambda msg: None)
    widget = RosterPage(ctx)
    qtbot.addWidget(widget)
    yield widget
    workspace.close()


def open_import(qtbot, page, monkeypatch, path, drive):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        drive(dialog)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", run)
    page.import_dialog()


def tree(dialog) -> dict[str, dict[str, tuple]]:
    """Member -> field -> (ticked, roster's value, file's value), as the tab shows them."""
    shown = {}
    for n in range(dialog.changes.topLevelItemCount()):
        member = dialog.changes.topLevelItem(n)
        shown[member.text(0)] = {
            member.child(c).text(0): (member.child(c).checkState(0) == Qt.CheckState.Checked,
                                      member.child(c).text(1), member.child(c).text(2))
            for c in range(member.childCount())
        }
    return shown


def press_space_on(qtbot, dialog, item):
    dialog.changes.setFocus()
    dialog.changes.setCurrentItem(item)
    qtbot.keyClick(dialog.changes, Qt.Key.Key_Space)


def test_update_shows_each_change_and_writes_only_the_chosen_fields(qtbot, small, monkeypatch,
                                                                    tmp_path):
    path = tmp_path / "secretary.csv"
    path.write_text(UPDATE_FILE, encoding="utf-8")
    seen = {}

    def drive(dialog):
        assert dialog.preview_tabs.isTabEnabled(1) is False  # "skip": nothing to compare
        assert dialog.summary_label.text().startswith("8 new, 3 already in the roster skipped")
        qtbot.mouseClick(dialog.update_radio, Qt.MouseButton.LeftButton)
        assert dialog.preview_tabs.currentIndex() == 1  # the changes are shown at once
        assert dialog.preview_tabs.tabText(1) == "&Changes to members (1)"
        member_label = "Coop\u00e9rative du Nord (row 3)"
        assert tree(dialog) == {member_label: {
            # the roster's accented spellings and its phone stay; the rest comes in
            "Organisation": (False, "Coop\u00e9rative du Nord", "Cooperative du Nord"),
            "Locality": (True, "(empty)", "Sauteurs"),
            "Contact person": (False, "Jos\u00e9 P\u00e9rez", "Jose Perez"),
            "Email": (True, "(empty)", "nord@coop.gd"),
            "Phone": (False, "473-440-1111", "(empty)"),
            "Notes": (True, "Pays by cheque", "+ Call before visiting"),
        }}
        member = dialog.changes.topLevelItem(0)
        assert member.text(1) == "3 of 6 values from the file"
        assert member.checkState(0) == Qt.CheckState.PartiallyChecked
        contact = member.child(2)
        assert contact.font(2).strikeOut() and not contact.font(1).strikeOut()
        assert dialog.summary_label.text() == (
            "8 new, 1 updated (3 fields), 2 unchanged, 1 duplicate row in the file skipped")
        assert dialog.import_button.text() == "&Import: add 8, update 1"
        rows = preview_rows(dialog)
        assert rows[13][1] == "Skipped: same as row 2"
        assert rows[4][1] == "In the roster: nothing changes"
        assert rows[4][3] == "\u26a0 Already in the roster as \u201cBelmont Estate\u201d: nothing to change."

        # one field: the e-mail is not taken after all
        press_space_on(qtbot, dialog, member.child(3))
        assert tree(dialog)[member_label]["Email"][0] is False
        assert member.child(3).text(3) == "your choice"
        assert dialog.summary_label.text().startswith("8 new, 1 updated (2 fields), 2 unchanged")
        # the whole member: nothing from the file, then everything
        press_space_on(qtbot, dialog, member)
        assert member.checkState(0) == Qt.CheckState.Checked
        assert all(v[0] for v in tree(dialog)[member_label].values())
        assert dialog.summary_label.text().startswith("8 new, 1 updated (6 fields), 2 unchanged")
        press_space_on(qtbot, dialog, member)
        assert not any(v[0] for v in tree(dialog)[member_label].values())
        assert dialog.summary_label.text().startswith("8 new, 3 unchanged")
        assert dialog.import_button.text() == "&Import: add 8 members"
        assert preview_rows(dialog)[3][1] == "In the roster: nothing changes"
        # back to the suggestions, then the e-mail left out again, and import
        qtbot.mouseClick(dialog.suggested_button, Qt.MouseButton.LeftButton)
        assert dialog.summary_label.text().startswith("8 new, 1 updated (3 fields)")
        press_space_on(qtbot, dialog, dialog.changes.topLevelItem(0).child(3))
        seen["button"] = dialog.import_button.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_import(qtbot, small, monkeypatch, path, drive)
    assert seen["button"] == "&Import: add 8, update 1"
    assert count(small.ctx.workspace) == 11
    with small.ctx.session() as s:
        nord = s.query(Member).filter(Member.name.like("Coop%")).one()
        assert (nord.name, nord.contact_person, nord.phone, nord.email, nord.locality) == (
            "Coop\u00e9rative du Nord", "Jos\u00e9 P\u00e9rez", "473-440-1111", None, "Sauteurs")
        assert nord.notes == "Pays by cheque\nCall before visiting"
        growers = s.query(Member).filter(Member.name == "Spice Island Growers").one()
        assert growers.contact_person == "Ann Mitchell"  # the repeated row did not overwrite
    # undo puts the member's fields back
    small.ctx.undo_stack.undo()
    with small.ctx.session() as s:
        nord = s.query(Member).filter(Member.name.like("Coop%")).one()
        assert (nord.locality, nord.notes) == (None, "Pays by cheque")
    assert count(small.ctx.workspace) == 3


def test_an_invalid_choice_imports_nothing_and_says_why(qtbot, small, monkeypatch, tmp_path):
    path = tmp_path / "exit.csv"
    path.write_text("Organisation,Exit date\n"
                    "Nutmeg Pool,\n"
                    "Belmont Estate,2020-01-31\n", encoding="utf-8")
    with small.ctx.session() as s:
        belmont = s.query(Member).filter(Member.name == "Belmont Estate").one()
        belmont.join_date = __import__("datetime").date(2021, 3, 1)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))

    def drive(dialog):
        qtbot.mouseClick(dialog.update_radio, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert warned and "Exit date: The exit date is before the join date" in warned[0]
        assert dialog.isVisible() and count(small.ctx.workspace) == 3  # nothing, not half
        member = dialog.changes.topLevelItem(0)
        assert member.child(0).text(0) == "Exit date"
        press_space_on(qtbot, dialog, member.child(0))
        assert dialog.import_button.text() == "&Import: add 1 member"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    open_import(qtbot, small, monkeypatch, path, drive)
    assert len(warned) == 1 and count(small.ctx.workspace) == 4
