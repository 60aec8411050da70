"""The messages that come from below the window (a service's refusal, a file
that cannot be read) follow the window's language: choosing Spanish in
Settings sets the language of the messages too (ui/languages.py calls
set_message_language), and back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from facilitator_app.i18n.messages import message_language
from facilitator_app.ui import languages
from facilitator_app.ui.settings_dialog import SettingsDialog
from tests.ui.demo_window import (  # noqa: F401 - fixtures
    demo_window_with_menus,
    english_after_each_test,
)

APPLY = QDialogButtonBox.StandardButton.Apply




def choose_in_settings(qtbot, window, code: str) -> None:
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.pages["General"].editors["language"]
    combo.setCurrentIndex(combo.findData(code))
    qtbot.mouseClick(dialog.buttons.button(APPLY), Qt.MouseButton.LeftButton)
    dialog.close()


def test_a_refused_file_is_said_in_the_windows_language(qtbot, window, monkeypatch, tmp_path):
    bad = tmp_path / "socios.ods"
    bad.write_bytes(b"not a spreadsheet this app reads")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: shown.append((title, text)))

    choose_in_settings(qtbot, window, "es")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Archivo")
    assert message_language() == "es"
    window.navigate("roster")
    roster = window.pages["roster"]
    qtbot.mouseClick(roster.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0] == ("Miembros", ("socios.ods: este tipo de hoja de cálculo no se puede leer. "
                                     "Guárdela como libro de Excel (.xlsx) o como CSV y luego "
                                     "importe ese archivo."))

    # back to English: the same refusal in English
    choose_in_settings(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    assert message_language() == "en"
    qtbot.mouseClick(window.pages["roster"].import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1] == ("Members", ("socios.ods: this kind of spreadsheet cannot be read. Save it "
                                   "as an Excel workbook (.xlsx) or as CSV, then import that "
                                   "file."))


def test_a_service_refusal_in_a_dialog_in_french(qtbot, window):
    """A dialog's action the services refuse (an indicator another window
    deleted meanwhile): the refusal shown in place, in French."""
    from facilitator_app.services import decisions
    from facilitator_app.ui.action_dialogs import IndicatorsDialog

    assert languages.switch("fr") == "fr"
    ctx = window.ctx
    with ctx.session() as s:
        action_id, indicator = next(
            (a.id, found[0]) for a in decisions.list_actions(s)
            if (found := decisions.list_indicators(s, a.id)))
    dialog = IndicatorsDialog(ctx, action_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with ctx.session() as s:
        decisions.delete_indicator(s, indicator.id)
    dialog.view.selectRow(0)
    dialog.delete_button.click()
    assert dialog.problem.message() == "Cet indicateur n'existe plus (il a été supprimé)."
