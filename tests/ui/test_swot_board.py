"""The SWOT board driven like a facilitator would: keyboard, menus, undo."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from facilitator_app.services import swot as swot_service
from facilitator_app.services import template_library
from facilitator_app.services import tows as tows_service
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import Member
from facilitator_app.ui import swot_board as board_module
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.swot_board import SwotBoard, make_drag_data
from facilitator_app.ui.swot_style import BadgeRole, SubTextRole
from facilitator_app.ui.workshops_page import WorkshopsPage
from tests.qt_typing import type_text


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "board.cluster")
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    context.messages = messages
    yield context
    ws.close()


@pytest.fixture
def workshop_id(ctx):
    with ctx.session() as s:
        return create_workshop(s, "Atelier FODA — Grand'Anse").id


@pytest.fixture
def board(qtbot, ctx, workshop_id):
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    view = page.open_workshop(workshop_id, "swot")
    widget = view.tab("swot")
    assert isinstance(widget, SwotBoard)
    qtbot.waitExposed(page)
    page.activateWindow()
    yield widget
    if widget.is_full_screen():
        widget.toggle_full_screen()


def type_item(qtbot, panel, text: str) -> None:
    panel.add_edit.setFocus()
    type_text(panel.add_edit, text)
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)


def select_rows(panel, rows: list[int]) -> None:
    sel = panel.view.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(panel.model.index(r), sel.SelectionFlag.Select)
    sel.setCurrentIndex(panel.model.index(rows[0]), sel.SelectionFlag.NoUpdate)
    panel.view.setFocus()


def stored_texts(ctx, workshop_id, quadrant):
    with ctx.session() as s:
        return [i.text for i in swot_service.items(s, workshop_id, quadrant)]


def test_type_three_items_merge_two_undo_the_merge(qtbot, ctx, workshop_id, board):
    weaknesses = board.panels["W"]
    for text in ("Pérdidas post-cosecha altas", "Small, irregular volumes", "Secado deficiente"):
        type_item(qtbot, weaknesses, text)
    assert weaknesses.add_edit.text() == ""  # ready for the next one
    assert board.panel_texts()["W"] == [
        "Pérdidas post-cosecha altas",
        "Small, irregular volumes",
        "Secado deficiente",
    ]
    assert stored_texts(ctx, workshop_id, "W") == board.panel_texts()["W"]
    assert weaknesses.header.text().strip() == "Weaknesses  (3)"

    # merge the first and the third with the keyboard
    select_rows(weaknesses, [0, 2])
    qtbot.keyClick(weaknesses.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert board.panel_texts()["W"] == [
        "Pérdidas post-cosecha altas / Secado deficiente",
        "Small, irregular volumes",
    ]
    assert stored_texts(ctx, workshop_id, "W") == board.panel_texts()["W"]

    ctx.undo_stack.undo()
    assert board.panel_texts()["W"] == [
        "Pérdidas post-cosecha altas",
        "Small, irregular volumes",
        "Secado deficiente",
    ]
    assert stored_texts(ctx, workshop_id, "W") == board.panel_texts()["W"]
    ctx.undo_stack.redo()
    assert len(board.panel_texts()["W"]) == 2


def test_empty_text_is_not_added(qtbot, board):
    panel = board.panels["S"]
    type_item(qtbot, panel, "   ")
    assert panel.texts() == []


def test_dots_with_plus_and_minus_keys(qtbot, ctx, workshop_id, board):
    panel = board.panels["O"]
    type_item(qtbot, panel, "Premium niche markets")
    select_rows(panel, [0])
    qtbot.keyClicks(panel.view, "+++-")
    assert panel.model.index(0).data(BadgeRole) == 2
    with ctx.session() as s:
        assert swot_service.items(s, workshop_id, "O")[0].dots == 2
    ctx.undo_stack.undo()  # the last "-"
    assert panel.model.index(0).data(BadgeRole) == 3


def test_edit_in_place_and_undo(qtbot, ctx, workshop_id, board):
    panel = board.panels["S"]
    type_item(qtbot, panel, "Nutmeg")
    select_rows(panel, [0])
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not panel.view
    editor.selectAll()
    type_text(editor, "Nutmeg and mace: Isle of Spice")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.texts() == ["Nutmeg and mace: Isle of Spice"])
    assert stored_texts(ctx, workshop_id, "S") == ["Nutmeg and mace: Isle of Spice"]
    ctx.undo_stack.undo()
    assert panel.texts() == ["Nutmeg"]


def test_reorder_and_move_with_keys_then_undo(qtbot, ctx, workshop_id, board):
    panel = board.panels["T"]
    for text in ("Hurricanes", "Black pod disease", "Cheap imports"):
        type_item(qtbot, panel, text)
    select_rows(panel, [2])
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert panel.texts() == ["Hurricanes", "Cheap imports", "Black pod disease"]
    assert panel.selected_ids() == [panel.model.record(1).id]
    # Ctrl+2 sends the selected item to Weaknesses
    qtbot.keyClick(panel.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert panel.texts() == ["Hurricanes", "Black pod disease"]
    assert board.panels["W"].texts() == ["Cheap imports"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert panel.texts() == ["Hurricanes", "Black pod disease", "Cheap imports"]
    assert board.panels["W"].texts() == []


def test_drag_between_quadrants(qtbot, ctx, workshop_id, board):
    with ctx.session() as s:
        moved = swot_service.add_item(s, workshop_id, "S", "Cheap labour").id
        swot_service.add_item(s, workshop_id, "O", "Regional trade deal")
    board.reload()
    target = board.panels["O"].model
    assert target.dropMimeData(
        make_drag_data([moved]), Qt.DropAction.MoveAction, 0, 0, target.index(-1)
    )
    qtbot.waitUntil(lambda: board.panels["O"].texts() == ["Cheap labour", "Regional trade deal"])
    assert board.panels["S"].texts() == []
    ctx.undo_stack.undo()
    assert board.panels["S"].texts() == ["Cheap labour"]


def test_delete_and_undo_keeps_links_and_attribution(qtbot, ctx, workshop_id, board):
    with ctx.session() as s:
        member = Member(name="Coopérative de Grand'Anse", member_type="firm")
        s.add(member)
        s.flush()
        item = swot_service.add_item(s, workshop_id, "S", "Origin cocoa", member_ids=[member.id])
        opp = swot_service.add_item(s, workshop_id, "O", "Premium markets")
        strategy = tows_service.add_strategy(s, workshop_id, "SO", "Brand", [item.id, opp.id])
    board.reload()
    panel = board.panels["S"]
    assert panel.model.index(0).data(SubTextRole) == "— Coopérative de Grand'Anse"
    select_rows(panel, [0])
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert panel.texts() == []
    ctx.undo_stack.undo()
    assert panel.texts() == ["Origin cocoa"]
    assert panel.model.index(0).data(SubTextRole) == "— Coopérative de Grand'Anse"
    with ctx.session() as s:
        assert tows_service.get_strategy(s, strategy.id).item_ids == (item.id, opp.id)


def test_choosing_a_template_shows_prompts_and_undoes(qtbot, ctx, workshop_id, board):
    assert board.hint.isVisible()
    combo = board.template_combo
    index = combo.findData("agri-business")
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    prompts = board.panels["W"].prompts_label
    assert board.panels["W"].prompt_line.isVisible()
    assert "• Where do we lose produce between harvest and market?" in prompts.text()
    assert not board.hint.isVisible()
    with ctx.session() as s:
        assert swot_service.board_prompts(s, workshop_id).template_id == "agri-business"
    ctx.undo_stack.undo()
    assert board.panels["W"].prompts_label.text() == ""
    assert board.template_combo.currentData() is None


def test_importing_a_broken_template_file_shows_the_parser_message(
    qtbot, ctx, board, tmp_path, monkeypatch
):
    broken = tmp_path / "mine.json"
    broken.write_text(
        '{"format": "cft-swot-template", "version": 1, "name": "Mine",\n'
        ' "prompts": {"S": ["a"], "W": [], "O": []}}',
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    board.import_template()
    assert shown == [
        'Cannot use the SWOT template mine.json: the prompts for Threats ("T") are missing.'
    ]
    with ctx.session() as s:
        assert template_library.custom_templates(s) == []


def test_import_a_template_then_save_the_board_prompts_as_mine(
    qtbot, ctx, workshop_id, board, tmp_path, monkeypatch
):
    good = tmp_path / "cacao.json"
    good.write_text(
        json.dumps(
            {
                "format": "cft-swot-template",
                "version": 1,
                "name": "Cacao fino",
                "prompts": {"S": ["¿Qué nos distingue?"], "W": [], "O": [], "T": ["¿Huracanes?"]},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    board.import_template()
    index = board.template_combo.findData("cacao-fino")
    assert board.template_combo.itemText(index) == "Cacao fino (mine)"
    board.template_combo.activated.emit(index)
    assert "¿Qué nos distingue?" in board.panels["S"].prompts_label.text()

    class FakeSaveDialog:
        DialogCode = board_module.SaveTemplateDialog.DialogCode

        def __init__(self, *args, **kwargs):
            pass

        def exec(self):
            return self.DialogCode.Accepted

        def values(self):
            return "Grand'Anse 2026", "Our own prompts"

    monkeypatch.setattr(board_module, "SaveTemplateDialog", FakeSaveDialog)
    board.save_as_template()
    with ctx.session() as s:
        names = [t.template.name for t in template_library.custom_templates(s)]
    assert names == ["Cacao fino", "Grand'Anse 2026"]
    assert board.template_combo.findText("Grand'Anse 2026 (mine)") > 0


def test_full_screen_and_back(qtbot, ctx, board):
    main_window = board.window()
    panel = board.panels["S"]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F11)
    assert board.is_full_screen()
    host = board.board_area.window()
    assert host is not main_window
    assert host.isFullScreen()
    # the room keeps working in full screen, undo included
    with qtbot.waitActive(host):
        host.activateWindow()
    type_item(qtbot, panel, "Isle of Spice")
    assert panel.texts() == ["Isle of Spice"]
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.texts() == []
    # Esc while editing an item cancels the edit and stays full screen
    type_item(qtbot, panel, "Nutmeg")
    select_rows(panel, [0])
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert board.is_full_screen()
    assert panel.view.state() != panel.view.State.EditingState
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert not board.is_full_screen()
    board.toggle_full_screen()
    board.toggle_full_screen()
    assert not board.is_full_screen()
    assert board.board_area.window() is main_window
    assert board.board_area.isVisible()


def test_font_size_buttons_change_the_board_and_persist(qtbot, board):
    panel = board.panels["S"]
    before = panel.view.font().pointSizeF()
    qtbot.mouseClick(board.font_control.larger, Qt.MouseButton.LeftButton)
    assert panel.view.font().pointSizeF() == before + 2
    assert board.font_control.value_label.text() == f"{round(before + 2)} pt"
    from PySide6.QtCore import QSettings

    assert float(QSettings().value("board/fontPointSize")) == before + 2


def test_quadrants_follow_a_dark_palette(qtbot, board):
    app = QApplication.instance()
    original = app.palette()
    light_panel = board.panels["S"].palette().color(QPalette.ColorRole.Base)
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, QColor(40, 40, 40)),
        (QPalette.ColorRole.Base, QColor(25, 25, 25)),
        (QPalette.ColorRole.Text, QColor(235, 235, 235)),
        (QPalette.ColorRole.WindowText, QColor(235, 235, 235)),
    ):
        dark.setColor(role, colour)
    try:
        app.setPalette(dark)
        QApplication.processEvents()
        panel_base = board.panels["S"].palette().color(QPalette.ColorRole.Base)
        assert panel_base.lightness() < 100
        assert panel_base != light_panel
        # still tinted green: more green than red
        assert panel_base.green() > panel_base.red()
    finally:
        app.setPalette(original)


def test_dots_on_several_items_undo_in_one_step(qtbot, ctx, workshop_id, board):
    panel = board.panels["S"]
    for text in ("a", "b"):
        type_item(qtbot, panel, text)
    select_rows(panel, [0, 1])
    qtbot.keyClicks(panel.view, "+")
    assert [panel.model.index(r).data(BadgeRole) for r in (0, 1)] == [1, 1]
    ctx.undo_stack.undo()
    assert [panel.model.index(r).data(BadgeRole) for r in (0, 1)] == [0, 0]
    assert panel.texts() == ["a", "b"]


def test_undo_after_the_workshop_was_deleted_is_harmless(qtbot, ctx, workshop_id, board):
    from facilitator_app.services.workshops import delete_workshop

    type_item(qtbot, board.panels["S"], "Origin cocoa")
    with ctx.session() as s:
        delete_workshop(s, workshop_id)
    ctx.undo_stack.undo()
    assert ctx.messages[-1].startswith("Could not undo or redo")
    assert not ctx.undo_stack.canUndo()  # the stale command was dropped


def test_long_linked_items_are_shortened_on_the_tows_card(ctx, workshop_id):
    from facilitator_app.ui.swot_models import StrategyModel, elide

    long_text = (
        "Coopérative des Planteurs de Cacao de Grand'Anse: savoir-faire reconnu en "
        "fermentation et séchage"
    )
    assert elide(long_text) == "Coopérative des Planteurs de Cacao de Grand'Anse…"  # at a word
    with ctx.session() as s:
        item = swot_service.add_item(s, workshop_id, "S", long_text)
        strategy = tows_service.add_strategy(s, workshop_id, "SO", "Brand", [item.id])
    model = StrategyModel("SO")
    model.refresh([strategy])
    assert model.index(0).data(SubTextRole) == "S1 " + elide(long_text)
    assert long_text in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


# ----- the board in front of a room ------------------------------------------------
ROOM_ITEMS = {
    "S": ["Nuez moscada de renombre", "Skilled cocoa farmers", "Fairtrade certified",
          "Diaspora in Toronto", "Tourists visit farms", "Coopérative de Grand'Anse",
          "Spice heritage", "Good roads in the south"],
    "W": ["Small volumes", "High freight costs", "Ageing farmers", "Little processing",
          "Weak branding", "Hurricane damage", "Slow payments", "No cold store"],
    "O": ["Bean-to-bar chocolate", "Agro-tourism", "Online sales", "EU market access",
          "Spice festival", "Carbon credits", "Hotels buy local", "Cruise visitors"],
    "T": ["Hurricanes", "Cheaper spices from Asia", "Young people leave", "Pests",
          "Rising freight", "Climate change", "Theft of crops", "Import rules"],
}


def _fill_the_board(ctx, workshop_id) -> None:
    with ctx.session() as s:
        for quadrant, texts in ROOM_ITEMS.items():
            for n, text in enumerate(texts):
                swot_service.add_item(s, workshop_id, quadrant, text, dots=3 if n == 0 else 0)
        generic = template_library.builtin_templates()[0]
        swot_service.set_board_prompts(s, workshop_id, dict(generic.prompts), generic.id)


def _rows_in_view(panel) -> int:
    """How many item cards are wholly visible in the quadrant's list."""
    view = panel.view
    height = view.viewport().height()
    shown = 0
    for row in range(panel.model.rowCount()):
        rect = view.visualRect(panel.model.index(row))
        if rect.top() >= 0 and rect.bottom() <= height:
            shown += 1
    return shown


def _settle(qtbot) -> None:
    qtbot.wait(20)
    QApplication.processEvents()


def test_five_items_show_in_every_quadrant_at_1280x720_with_prompts_on(qtbot, ctx, workshop_id):
    from facilitator_app.ui.main_window import MainWindow

    _fill_the_board(ctx, workshop_id)
    window = MainWindow(ctx.workspace)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.navigate("workshops")
    board = window.pages["workshops"].open_workshop(workshop_id, "swot").tab("swot")
    _settle(qtbot)
    assert board.prompts_toggle.isChecked()
    for key, panel in board.panels.items():
        assert panel.prompts_label.text().count("• ") == 5, key  # the prompts are on ...
        assert _rows_in_view(panel) >= 5, (key, _rows_in_view(panel))  # ... and the items show
        assert panel.prompt_line.isVisible(), key
    # the first prompt is in the title strip; every prompt is in its tooltip
    line = board.panels["S"].prompt_line
    assert line.text().startswith("• What do our members do better")
    assert line.text().endswith("(+4 more)")
    assert line.toolTip().count("• ") == 5
    assert line.geometry().top() < board.panels["S"].view.geometry().top()
    assert line.parentWidget() is board.panels["S"].header_strip

    # full screen on a 1280x720 projector
    board.toggle_full_screen()
    host = board.board_area.window()
    host.showNormal()
    host.resize(1280, 720)
    _settle(qtbot)
    for key, panel in board.panels.items():
        assert _rows_in_view(panel) >= 5, (key, _rows_in_view(panel))
    board.toggle_full_screen()
    window.close()


def test_prompts_unfold_under_the_strip_and_fold_back(qtbot, ctx, workshop_id, board):
    _fill_the_board(ctx, workshop_id)
    board.reload()
    weaknesses, threats = board.panels["W"], board.panels["T"]
    _settle(qtbot)
    assert not weaknesses.prompts_unfolded()
    before = _rows_in_view(threats)
    qtbot.mouseClick(weaknesses.prompts_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert weaknesses.prompts_unfolded()
    assert weaknesses.prompts_label.text().count("• ") == 5
    assert not weaknesses.prompt_line.isVisible()  # the list replaces the line
    # the other quadrants keep their room
    assert _rows_in_view(threats) == before
    assert abs(weaknesses.height() - threats.height()) <= 2
    # fold it back by the arrow; a click on the line unfolds it too
    qtbot.mouseClick(weaknesses.prompts_button, Qt.MouseButton.LeftButton)
    assert not weaknesses.prompts_unfolded()
    assert weaknesses.prompt_line.isVisible()
    qtbot.mouseClick(weaknesses.prompt_line, Qt.MouseButton.LeftButton)
    assert weaknesses.prompts_unfolded()
    # the toolbar's Prompts switch hides them all, unfolded or not
    qtbot.mouseClick(board.prompts_toggle, Qt.MouseButton.LeftButton)
    for panel in board.panels.values():
        assert not panel.prompt_line.isVisible() and not panel.prompts_label.isVisible()
        assert not panel.prompts_button.isVisible()
    qtbot.mouseClick(board.prompts_toggle, Qt.MouseButton.LeftButton)
    assert weaknesses.prompts_unfolded() and board.panels["S"].prompt_line.isVisible()


def _click_row(qtbot, panel_view, model, row: int, modifier=Qt.KeyboardModifier.NoModifier):
    rect = panel_view.visualRect(model.index(row))
    qtbot.mouseClick(panel_view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_one_selection_across_the_quadrants(qtbot, ctx, workshop_id, board):
    _fill_the_board(ctx, workshop_id)
    board.reload()
    _settle(qtbot)
    strengths, threats = board.panels["S"], board.panels["T"]
    _click_row(qtbot, strengths.view, strengths.model, 1)
    _click_row(qtbot, strengths.view, strengths.model, 2, Qt.KeyboardModifier.ControlModifier)
    assert strengths.selected_ids() and len(strengths.selected_ids()) == 2
    _click_row(qtbot, threats.view, threats.model, 0)
    assert threats.selected_ids() == [threats.model.record(0).id]
    assert strengths.selected_ids() == []  # no longer highlighted
    assert [p.quadrant for p in board.panels.values() if p.selected_ids()] == ["T"]
    # keys act on what is highlighted: "+" adds a dot to the threat only
    qtbot.keyClicks(threats.view, "+")
    assert threats.model.index(0).data(BadgeRole) == 4
    assert strengths.model.index(1).data(BadgeRole) in (0, None)
    # moving items to another quadrant leaves them selected there, alone
    threats.view.setFocus()
    qtbot.keyClick(threats.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert [p.quadrant for p in board.panels.values() if p.selected_ids()] == ["S"]


def _dot_height(panel) -> int:
    """Tallest run of pixels in the dots' own colour on the first card."""
    view = panel.view
    image = view.viewport().grab().toImage()
    colour = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    rect = view.visualRect(panel.model.index(0))
    tallest = 0
    for x in range(rect.right() - rect.width() // 3, rect.right()):
        run = best = 0
        for y in range(rect.top(), rect.bottom() + 1):
            run = run + 1 if image.pixel(x, y) == colour else 0
            best = max(best, run)
        tallest = max(tallest, best)
    return tallest


def test_dots_grow_with_the_text(qtbot, ctx, workshop_id, board):
    _fill_the_board(ctx, workshop_id)
    board.reload()
    _settle(qtbot)
    panel = board.panels["O"]
    line = panel.view.fontMetrics().height()
    small = _dot_height(panel)
    assert small >= 0.7 * line, (small, line)  # legible on a projector, not 10 px
    for _ in range(3):
        qtbot.mouseClick(board.font_control.larger, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    bigger_line = panel.view.fontMetrics().height()
    assert bigger_line > line
    assert _dot_height(panel) >= 0.7 * bigger_line
    assert _dot_height(panel) > small


SCENARIO_ITEMS = {
    "S": ["Fine-flavour cocoa with a name in Europe", "Nutmeg and mace known worldwide",
          ("Co-operatives that already ferment and dry together for small growers in the "
           "north of the island, with shared boxes"),  # two lines at 1280x720
          "Skilled chocolate makers", "Strong farmer associations", "A spice festival"],
    "W": ["Small volumes", "High freight costs", "Ageing farmers", "Little processing",
          "Weak branding", "Hurricane damage"],
    "O": ["Bean-to-bar chocolate", "Agro-tourism"],
    "T": ["Hurricanes", "Cheaper spices from Asia"],
}


def test_rows_follow_their_content_a_full_top_row_takes_the_room_left_below(
        qtbot, ctx, workshop_id):
    from facilitator_app.ui.main_window import MainWindow

    with ctx.session() as s:
        for quadrant, texts in SCENARIO_ITEMS.items():
            for n, text in enumerate(texts):  # dots on the top items, as in the room
                swot_service.add_item(s, workshop_id, quadrant, text, dots=(3, 2)[n] if n < 2
                                      else 0)
        generic = template_library.builtin_templates()[0]
        swot_service.set_board_prompts(s, workshop_id, dict(generic.prompts), generic.id)
    window = MainWindow(ctx.workspace)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.navigate("workshops")
    board = window.pages["workshops"].open_workshop(workshop_id, "swot").tab("swot")
    _settle(qtbot)
    strengths = board.panels["S"]
    long_row = strengths.view.visualRect(strengths.model.index(2))
    assert long_row.height() > strengths.view.visualRect(strengths.model.index(3)).height()
    # every item shows, without a scroll bar, top and bottom
    for key, panel in board.panels.items():
        assert _rows_in_view(panel) == len(SCENARIO_ITEMS[key]), (key, _rows_in_view(panel))
        assert not panel.view.verticalScrollBar().isVisible(), key
    # the top row has more room than the bottom one (it holds more)
    assert strengths.height() > board.panels["O"].height()
    window.close()
