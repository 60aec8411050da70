"""The import dialog: mapping step, preview with every problem, commit and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
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
    assert after[7][1] == "Updates \u201cBelmont Estate Cocoa Farmers\u201d"
    assert after[19][1] == "Updates \u201cChocolaterie B\u00e8l Kakao\u201d"  # the roster's spelling
    assert after[13][1] == "Merged into row 5"
    assert seen["summary"].startswith("11 new, 4 to update, 0 skipped as duplicates, 0 in error")
    assert seen["button"] == "&Import 15 member(s)"

    assert count(ws) == 41
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
