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

_REPO = Path(__file__).resolve().parents[2]
FIXTURES = next(
    (d for d in (_REPO / "tests" / "fixtures", _REPO.parent / "shared" / "fixtures")
     if (d / "roster_messy.xlsx").exists()),
    _REPO.parent / "shared" / "fixtures",
)


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
    assert "column titles found on row 3, 13 rows with data" in dialog.columns_intro.text()
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
        r = next(i for i in range(model.rowCount()) if model.index(i, 0).data(RowNumberRole) == 10)
        model.setData(model.index(r, 3), "Jamaica Spice Hub", Qt.ItemDataRole.EditRole)
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
    assert before[10][0] == unchecked and before[10][1] == "Error: left out"
    assert before[10][3].startswith("\u2716 The organisation name is a formula")
    assert before[12][1] == "Skipped: same as row 6"
    assert before[9][3].startswith("\u26a0 Email \u201cpeter@smithsons\u201d")
    assert before[4][1] == "Skipped: already in the roster"
    assert before[17][1] == "New member"
    after = seen["after"]
    assert after[10][0] == Qt.CheckState.Checked and after[10][1] == "New member"
    assert after[4][1] == "Updates \u201cCoop\u00e9rative des Planteurs de Cacao de Grand'Anse\u201d"
    assert after[12][1] == "Merged into row 6"
    assert seen["summary"].startswith("6 new, 7 to update, 0 skipped as duplicates, 0 in error")
    assert seen["button"] == "&Import 13 member(s)"

    assert count(ws) == 36
    assert any(page.model.value(r, "name") == "Jamaica Spice Hub"
               for r in range(page.model.rowCount()))
    assert page.ctx.undo_stack.undoText() == "Import roster_messy.csv"
    page.ctx.undo_stack.undo()
    assert count(ws) == 30 and page.model.rowCount() == 30
    page.ctx.undo_stack.redo()
    assert count(ws) == 36 and page.model.rowCount() == 36


def test_excluding_rows_and_cancel_writes_nothing(qtbot, page, ws):
    table = read_table(FIXTURES / "roster_messy.xlsx")
    calls = []
    dialog = ImportDialog(page.ctx, table, lambda *a: calls.append(a), page)
    qtbot.addWidget(dialog)
    dialog.go_to(1)
    model = dialog.preview_model
    r17 = next(i for i in range(model.rowCount()) if model.index(i, 0).data(RowNumberRole) == 17)
    model.setData(model.index(r17, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.plan.excluded == 1 and dialog.plan.added == 4
    dialog.only_problems.setChecked(True)
    assert dialog.preview_proxy.rowCount() < model.rowCount()
    dialog.reject()
    assert calls == [] and count(ws) == 30
