"""The Settings dialog driven as a facilitator would: changes take effect at
once (projector font scale both ways, light / dark / as the computer), a
Browse button for the backups folder, and "Restore this tab's defaults"."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from facilitator_app import options
from facilitator_app.services.demo import create_demo
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.settings_dialog import SettingsDialog
from tests.ui.demo_window import open_demo_window, settings_answered_with

OK = QDialogButtonBox.StandardButton.Ok
APPLY = QDialogButtonBox.StandardButton.Apply


@pytest.fixture(autouse=True)
def _as_the_computer_afterwards():
    """The application's look is process-wide: put it back after each test."""
    configure_application()
    app = QApplication.instance()
    palette, style = QPalette(app.palette()), app.style().name()
    yield
    from facilitator_app.ui import app as app_module

    app_module.apply_appearance("system")
    app.setStyle(style)
    app.setPalette(palette)
    QSettings().clear()


def _shown(qtbot, dialog: SettingsDialog) -> SettingsDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_into_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)
    assert spin.value() == value


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_demo_window(qtbot, tmp_path)
    yield win
    win.close()


def _sizes(window) -> dict[str, float]:
    faq = window.pages["faq"]
    view = window.pages["workshops"].view
    return {
        "faq": faq.answer_view.font().pointSizeF(),
        "swot": view.tab("swot").panels["S"].view.font().pointSizeF(),
        "tows": view.tab("tows").cells["SO"].view.font().pointSizeF(),
        "results": view.tab("results").headline.font().pointSizeF(),
    }


def test_the_projector_font_scale_applies_at_once_both_ways(qtbot, window, monkeypatch):
    window.navigate("faq")
    window.navigate("workshops")
    window.pages["workshops"].open_workshop(1, "results")
    before = _sizes(window)

    def scale_to(value: int):
        def answer(dialog: SettingsDialog) -> None:
            dialog.tabs.setCurrentWidget(dialog.pages["Display"])
            _type_into_spin(qtbot, dialog.pages["Display"].editors["font_scale"], value)
            qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)

        settings_answered_with(monkeypatch, qtbot, answer)
        window.settings_action.trigger()
        QApplication.processEvents()

    scale_to(150)
    larger = _sizes(window)
    for key, size in before.items():
        assert larger[key] == pytest.approx(size * 1.5, rel=0.08), key
    assert window.pages["workshops"].view.current_tab_key() == "results"
    assert window.statusBar().currentMessage() == "Settings saved."

    scale_to(80)  # lowering works too, without a restart
    smaller = _sizes(window)
    for key, size in before.items():
        assert smaller[key] == pytest.approx(size * 0.8, rel=0.08), key
        assert smaller[key] < size, key


def test_a_size_chosen_with_a_plus_is_kept_in_proportion(qtbot, window, monkeypatch):
    window.navigate("workshops")
    board = window.pages["workshops"].open_workshop(1, "swot").tab("swot")
    for _ in range(2):
        qtbot.mouseClick(board.font_control.larger, Qt.MouseButton.LeftButton)
    chosen = board.font_control.point_size()
    dialog = _shown(qtbot, SettingsDialog(window))
    _type_into_spin(qtbot, dialog.pages["Display"].editors["font_scale"], 200)
    qtbot.mouseClick(dialog.buttons.button(APPLY), Qt.MouseButton.LeftButton)
    assert board.font_control.point_size() == pytest.approx(chosen * 2, abs=0.6)
    assert board.panels["W"].view.font().pointSizeF() == pytest.approx(chosen * 2, abs=0.6)
    assert dialog.isVisible()  # Apply keeps the dialog open
    _type_into_spin(qtbot, dialog.pages["Display"].editors["font_scale"], 100)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert board.font_control.point_size() == pytest.approx(chosen, abs=0.6)


def _window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def _choose_appearance(qtbot, dialog: SettingsDialog, key: str) -> None:
    combo = dialog.pages["Display"].editors["appearance"]
    dialog.tabs.setCurrentWidget(dialog.pages["Display"])
    combo.setFocus()
    while combo.currentData() != key:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < combo.findData(key)
                       else Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.buttons.button(APPLY), Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_light_dark_or_as_the_computer_applies_at_once(qtbot, window):
    from facilitator_app.ui.swot_style import is_dark

    original = QPalette(QApplication.palette())
    window.navigate("workshops")
    board = window.pages["workshops"].open_workshop(1, "swot").tab("swot")
    dialog = _shown(qtbot, SettingsDialog(window))
    combo = dialog.pages["Display"].editors["appearance"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Same as the computer", "Light", "Dark"]

    _choose_appearance(qtbot, dialog, "dark")
    assert _window_lightness() < 100
    assert is_dark(board.panels["S"].palette())  # the quadrants follow, still tinted
    assert options.get("appearance") == "dark"
    _choose_appearance(qtbot, dialog, "light")
    assert _window_lightness() > 180
    assert not is_dark(board.panels["S"].palette())
    _choose_appearance(qtbot, dialog, "system")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == \
        original.color(QPalette.ColorRole.Window)
    assert QApplication.palette().color(QPalette.ColorRole.Text) == \
        original.color(QPalette.ColorRole.Text)


def test_the_chosen_appearance_is_used_from_the_start(qtbot, tmp_path, monkeypatch):
    from facilitator_app.ui.app import start_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "w.cluster"
    create_demo(path).close()
    options.save_all({"appearance": "dark"})
    window = start_gui(str(path))
    qtbot.addWidget(window)
    assert _window_lightness() < 100
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    window.close()


def test_restore_this_tabs_defaults_asks_and_resets_only_this_tab(qtbot, monkeypatch):
    options.save_all({"facilitator_name": "Marie-Thérèse Ñúñez", "font_scale": 180,
                      "appearance": "light"})
    dialog = _shown(qtbot, SettingsDialog())
    display = dialog.pages["Display"]
    dialog.tabs.setCurrentWidget(display)
    assert display.restore_button.text() == "Restore this tab's defaults"
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or answers.pop(0))
    qtbot.mouseClick(display.restore_button, Qt.MouseButton.LeftButton)
    assert display.editors["font_scale"].value() == 180  # "No": nothing changes
    qtbot.mouseClick(display.restore_button, Qt.MouseButton.LeftButton)
    assert "Display" in asked[0] and "other tabs" in asked[0]
    assert display.editors["font_scale"].value() == 100
    assert display.editors["appearance"].currentData() == "system"
    # the other tabs keep theirs
    assert dialog.pages["General"].editors["facilitator_name"].text() == "Marie-Thérèse Ñúñez"
    assert options.get("font_scale") == 180  # saved only with OK
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert options.get("font_scale") == 100
    assert options.get("facilitator_name") == "Marie-Thérèse Ñúñez"


def test_no_developer_text_and_a_browse_button_for_the_backups_folder(
        qtbot, tmp_path, monkeypatch):
    from facilitator_app.storage.backups import backups_dir

    dialog = _shown(qtbot, SettingsDialog())
    said = []
    for widget in dialog.findChildren(QWidget):
        said.append(widget.toolTip())
        if isinstance(widget, QLabel):
            said.append(widget.text())
    for words in ("data work", "translator", "Qt"):
        assert not any(words in text for text in said), words

    page = dialog.pages["Backups"]
    dialog.tabs.setCurrentWidget(page)
    chosen = tmp_path / "Sauvegardes de l'atelier"
    chosen.mkdir()
    started: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _p, _t, folder, *a, **k: started.append(folder) or str(chosen))
    line = page.editors["backups_folder"]
    assert line.placeholderText().endswith("backups")  # where they go when empty
    qtbot.mouseClick(page.browse_buttons["backups_folder"], Qt.MouseButton.LeftButton)
    assert line.text() == str(chosen)
    assert started == [line.placeholderText()] or started[0]
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert options.get("backups_folder") == str(chosen)
    assert backups_dir() == chosen
