"""The TOWS grid: strategies linked to SWOT items, promoted to priorities."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services import tows as tows_service
from facilitator_app.services.demo import create_demo
from facilitator_app.services.workshops import create_workshop, list_workshops
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.swot_style import SubTextRole
from facilitator_app.ui.tows_tab import TowsTab
from facilitator_app.ui.workshops_page import WorkshopsPage
from tests.qt_typing import type_text


def make_ctx(ws):
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    context.messages = messages
    return context


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "tows.cluster")
    yield make_ctx(ws)
    ws.close()


@pytest.fixture
def page(qtbot, ctx):
    widget = WorkshopsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def accept(dialog) -> QDialog:
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    return dialog


def test_swot_to_tows_to_priority_end_to_end(qtbot, ctx, page):
    """Type items, merge two, undo the merge, write a strategy, promote it."""
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Cocoa day").id
    view = page.open_workshop(workshop_id, "swot")
    board = view.tab("swot")
    strengths = board.panels["S"]
    for text in ("Fine-flavour cocoa", "Isle of Spice brand", "fine-flavour  COCOA"):
        strengths.add_edit.setFocus()
        type_text(strengths.add_edit, text)
        qtbot.keyClick(strengths.add_edit, Qt.Key.Key_Return)
    opportunities = board.panels["O"]
    opportunities.add_edit.setFocus()
    type_text(opportunities.add_edit, "Premium single-origin markets")
    qtbot.keyClick(opportunities.add_edit, Qt.Key.Key_Return)

    # merge the duplicate pair: the same text is not repeated
    sel = strengths.view.selectionModel()
    sel.select(strengths.model.index(0), sel.SelectionFlag.Select)
    sel.select(strengths.model.index(2), sel.SelectionFlag.Select)
    strengths.view.setFocus()
    qtbot.keyClick(strengths.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert board.panel_texts()["S"] == ["Fine-flavour cocoa", "Isle of Spice brand"]
    ctx.undo_stack.undo()
    assert board.panel_texts()["S"] == [
        "Fine-flavour cocoa",
        "Isle of Spice brand",
        "fine-flavour COCOA",
    ]

    # a strategy on the TOWS tab, linked to S1 and O1
    view.show_tab("tows")
    tows_tab = view.tab("tows")
    dialog = tows_tab._dialog("SO")
    assert list(dialog.lists) == ["S", "O"]
    assert dialog.lists["S"].count() == 3
    dialog.text_edit.setPlainText("Joint fine-cocoa export brand")
    s1 = strengths.model.record(0).id
    o1 = opportunities.model.record(0).id
    dialog.set_checked(s1)
    dialog.set_checked(o1)
    strategy_id = tows_tab.add_strategy("SO", accept(dialog))
    assert tows_tab.cell_texts()["SO"] == ["Joint fine-cocoa export brand"]
    cell = tows_tab.cells["SO"]
    assert cell.model.index(0).data(SubTextRole) == (
        "S1 Fine-flavour cocoa  ·  O1 Premium single-origin markets"
    )

    # promote it; the Priorities tab shows it, remembering its source
    cell.select(strategy_id)
    priority_id = tows_tab.promote(cell)
    view.show_tab("priorities")
    priorities = view.tab("priorities")
    assert priorities.titles() == ["Joint fine-cocoa export brand"]
    record = priorities.model.record(0)
    assert (record.id, record.source_kind, record.source_tows_id) == (
        priority_id,
        "tows",
        strategy_id,
    )
    assert priorities.model.index(0, 3).data() == "TOWS SO1"
    ctx.undo_stack.undo()
    assert priorities.titles() == []
    ctx.undo_stack.redo()
    assert priorities.titles() == ["Joint fine-cocoa export brand"]

    # and the board still shows what was typed
    view.show_tab("swot")
    assert board.panel_texts() == {
        "S": ["Fine-flavour cocoa", "Isle of Spice brand", "fine-flavour COCOA"],
        "W": [],
        "O": ["Premium single-origin markets"],
        "T": [],
    }


def test_strategy_links_follow_item_edits(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Day").id
        w1 = swot_service.add_item(s, workshop_id, "W", "Post-harvest loss")
        t1 = swot_service.add_item(s, workshop_id, "T", "Hurricanes")
        tows_service.add_strategy(s, workshop_id, "WT", "Crop insurance", [w1.id, t1.id])
    view = page.open_workshop(workshop_id, "tows")
    tab = view.tab("tows")
    cell = tab.cells["WT"]
    assert "W1 Post-harvest loss" in cell.model.index(0).data(SubTextRole)
    from facilitator_app.ui import workshop_commands as cmd

    cmd.push(ctx, cmd.EditItem(ctx, w1.id, "High post-harvest losses"))
    assert cell.model.index(0).data(SubTextRole) == (
        "W1 High post-harvest losses  ·  T1 Hurricanes"
    )


def test_edit_and_delete_strategy_with_undo(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Day").id
        s1 = swot_service.add_item(s, workshop_id, "S", "Associations")
        t1 = swot_service.add_item(s, workshop_id, "T", "Disease")
        st = tows_service.add_strategy(s, workshop_id, "ST", "Resilience programme", [s1.id])
    view = page.open_workshop(workshop_id, "tows")
    tab = view.tab("tows")
    cell = tab.cells["ST"]
    cell.select(st.id)
    dialog = tab._dialog("ST", "Resilience programme", (s1.id,))
    dialog.text_edit.setPlainText("Disease and hurricane resilience programme")
    dialog.set_checked(t1.id)
    tab.edit_strategy(cell, accept(dialog))
    with ctx.session() as s:
        now = tows_service.get_strategy(s, st.id)
    assert (now.text, now.item_ids) == (
        "Disease and hurricane resilience programme",
        (s1.id, t1.id),
    )
    cell.select(st.id)
    cell.view.setFocus()
    qtbot.keyClick(cell.view, Qt.Key.Key_Delete)
    assert tab.cell_texts()["ST"] == []
    ctx.undo_stack.undo()
    assert tab.cell_texts()["ST"] == ["Disease and hurricane resilience programme"]
    ctx.undo_stack.undo()
    assert tab.cell_texts()["ST"] == ["Resilience programme"]


def test_demo_grid_puts_each_kind_in_its_cell(qtbot, tmp_path):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    try:
        ctx = make_ctx(ws)
        with ws.session() as s:
            [w] = list_workshops(s)
        tab = TowsTab(ctx, w.id)
        qtbot.addWidget(tab)
        texts = tab.cell_texts()
        assert texts["SO"] == [
            "Launch a joint 'Grenada Fine Cocoa' export brand for premium markets"
        ]
        assert texts["WT"] == ["Set up a credit and crop-insurance scheme for small growers"]
        assert (
            tab.cells["WO"]
            .model.index(0)
            .data(Qt.ItemDataRole.DisplayRole)
            .startswith("Build a shared fermentation")
        )
        # the layout: columns Strengths / Weaknesses, rows Opportunities / Threats
        grid = tab.grid_layout
        assert grid.itemAtPosition(0, 1).widget().text() == "Strengths"
        assert grid.itemAtPosition(2, 0).widget().text() == "Threats"
        assert grid.itemAtPosition(1, 2).widget() is tab.cells["WO"]
        assert grid.itemAtPosition(2, 1).widget() is tab.cells["ST"]
    finally:
        ws.close()


def test_promoting_twice_asks_first(qtbot, ctx, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    with ctx.session() as s:
        workshop_id = create_workshop(s, "Day").id
        so = tows_service.add_strategy(s, workshop_id, "SO", "Chocolate festival")
    view = page.open_workshop(workshop_id, "tows")
    tab = view.tab("tows")
    cell = tab.cells["SO"]
    cell.select(so.id)
    assert tab.promote(cell) is not None
    asked: list[str] = []

    def answer_no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    assert tab.promote(cell) is None
    assert asked == ["“Chocolate festival” is already a candidate priority. Add it again?"]
    # Enter answers with the default button, which is No: no twin is added by accident
    defaults = []

    def press_enter(parent, title, text, buttons=None, default=None):
        defaults.append(default)
        return default if default is not None else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", press_enter)
    assert tab.promote(cell) is None
    assert defaults == [QMessageBox.StandardButton.No]
    with ctx.session() as s:
        assert [p.title for p in priority_service.list_priorities(s, workshop_id)] == [
            "Chocolate festival"
        ]


def test_one_selected_strategy_across_the_grid(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Journée TOWS").id
        for kind, text in (("SO", "Sell nutmeg to hotels"), ("SO", "Chocolate tours"),
                           ("WT", "Shared cold store"), ("WO", "Brand with the diaspora")):
            tows_service.add_strategy(s, workshop_id, kind, text, [])
    tab = page.open_workshop(workshop_id, "tows").tab("tows")
    assert isinstance(tab, TowsTab)
    qtbot.wait(20)
    so, wt = tab.cells["SO"], tab.cells["WT"]

    def click(cell, row):
        rect = cell.view.visualRect(cell.model.index(row))
        qtbot.mouseClick(cell.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(so, 1)
    assert so.current().text == "Chocolate tours"
    click(wt, 0)
    assert wt.current().text == "Shared cold store"
    assert not so.view.selectionModel().hasSelection()  # no second highlight
    assert so.current() is None
    assert [k for k, c in tab.cells.items() if c.view.selectionModel().hasSelection()] == ["WT"]
    # the promote button of a cell with nothing selected does not promote another's
    qtbot.mouseClick(so.promote_button, Qt.MouseButton.LeftButton)
    assert ctx.messages[-1] == "Select a strategy first."
