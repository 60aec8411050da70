"""The SWOT board's built-in templates in the window's language: the
template list and the prompts of a chosen template follow the language set
in Settings; the facilitator's own edited prompts stay as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui import languages
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.settings_dialog import SettingsDialog
from facilitator_app.ui.swot_board import SwotBoard
from facilitator_app.ui.workshops_page import WorkshopsPage


@pytest.fixture
def board(qtbot, tmp_path):
    configure_application()
    locale = QLocale()
    ws = create_workspace(tmp_path / "board.cluster")
    ctx = AppContext(ws, lambda _key: None, lambda _message: None)
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Taller FODA — Santiago").id
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    widget = page.open_workshop(workshop_id, "swot").tab("swot")
    assert isinstance(widget, SwotBoard)
    qtbot.waitExposed(page)
    yield widget
    languages.install("en")
    QLocale.setDefault(locale)
    ws.close()


def choose_language(qtbot, parent, code: str) -> None:
    """Settings > General > Language, then OK."""
    dialog = SettingsDialog(parent)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.pages["General"].editors["language"]
    combo.setCurrentIndex(combo.findData(code))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def combo_texts(board: SwotBoard) -> list[str]:
    combo = board.template_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_template_names_and_prompts_follow_the_language(qtbot, board):
    combo = board.template_combo
    index = combo.findData("agri-business")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    weaknesses = board.panels["W"].prompts_label
    assert "Where do we lose produce between harvest and market?" in weaknesses.text()

    choose_language(qtbot, board, "es")
    qtbot.waitUntil(lambda: "Agroindustria" in combo_texts(board))
    assert "Clúster genérico" in combo_texts(board)
    assert combo.currentData() == "agri-business"
    assert combo.currentText() == "Agroindustria"
    assert "¿Dónde perdemos producto entre la cosecha y el mercado?" in weaknesses.text()
    assert "Where do we lose" not in weaknesses.text()

    choose_language(qtbot, board, "fr")
    qtbot.waitUntil(lambda: "Agroalimentaire" in combo_texts(board))
    assert "Où perdons-nous des produits entre la récolte et le marché ?" in weaknesses.text()


def test_a_template_chosen_in_dutch_has_dutch_prompts(qtbot, board):
    choose_language(qtbot, board, "nl")
    qtbot.waitUntil(lambda: "Toerisme" in combo_texts(board))
    index = board.template_combo.findData("tourism")
    board.template_combo.setCurrentIndex(index)
    board.template_combo.activated.emit(index)
    strengths = board.panels["S"].prompts_label.text()
    assert "Waarom kiezen bezoekers voor onze bestemming en niet voor een andere?" in strengths
