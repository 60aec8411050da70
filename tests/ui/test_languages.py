"""The window's language: chosen in Settings and applied at once (menus,
sidebar, pages, the dialog itself), the computer's language at start, and
English when a catalogue is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from facilitator_app import i18n, options
from facilitator_app.paths import log_file
from facilitator_app.ui import languages
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.settings_dialog import SettingsDialog
from tests.ui.demo_window import (  # noqa: F401 - fixtures
    demo_window_with_menus,
    english_after_each_test,
)

REPO = Path(__file__).resolve().parents[2]
APPLY = QDialogButtonBox.StandardButton.Apply
OK = QDialogButtonBox.StandardButton.Ok




def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def sidebar(win: MainWindow) -> list[str]:
    return [win.nav.item(row).text() for row in range(win.nav.count())]


def texts_under(widget) -> set[str]:
    found = {label.text() for label in widget.findChildren(QLabel)}
    return found | {button.text() for button in widget.findChildren(QPushButton)}


def choose_language(qtbot, dialog: SettingsDialog, code: str, button) -> None:
    combo = dialog.pages["General"].editors["language"]
    combo.setCurrentIndex(combo.findData(code))
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def test_spanish_chosen_in_settings_changes_the_window_at_once(qtbot, window):
    assert menu_titles(window) == ["&File", "E&xport", "&Edit", "&View", "&Help"]
    assert sidebar(window) == ["Home", "Members", "Workshops", "Action plan", "FAQ"]
    window.navigate("roster")
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages["General"].editors["language"].currentData() == i18n.SYSTEM

    choose_language(qtbot, dialog, "es", APPLY)

    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Archivo")
    assert menu_titles(window) == ["&Archivo", "E&xportar", "&Editar", "&Ver", "A&yuda"]
    assert sidebar(window) == ["Inicio", "Miembros", "Talleres", "Plan de acción",
                               "Preguntas frecuentes"]
    # menus other modules filled: the exports, the presenter view
    export = [a.text() for a in window.export_menu.actions() if a.text()]
    assert export == ["&Libro del taller (Excel)…", "&Informe del taller (PDF)…",
                      "Lista de &miembros…", "Folleto de preguntas &frecuentes (PDF)…"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Configuración…" in [a.text() for a in file_menu.actions()]
    assert "&Enviar a la base de datos del programa…" in [a.text() for a in file_menu.actions()]
    assert [a.text() for a in window.edit_menu.actions()] == ["&Deshacer", "&Rehacer"]
    # the page shown is built again in Spanish, still the page shown
    assert window.current_page_key() == "roster"
    roster = window.stack.currentWidget()
    assert roster is window.pages["roster"]
    assert "&Nuevo miembro" in texts_under(roster)
    # the dialog itself, still open after Apply, and its choice kept
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Configuración")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "General", "Votación", "Copias de seguridad", "Pantalla", "Programa"]
    assert dialog.pages["General"].editors["language"].currentData() == "es"
    assert options.get("language") == "es"
    assert QLocale().language() == QLocale.Language.Spanish

    choose_language(qtbot, dialog, "en", OK)
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert sidebar(window) == ["Home", "Members", "Workshops", "Action plan", "FAQ"]
    assert "&New member" in texts_under(window.pages["roster"])
    if QLocale.system().language() in (QLocale.Language.C, QLocale.Language.English):
        assert QLocale().name() == QLocale.system().name()  # dates and numbers as before


def test_the_open_workshop_and_its_tab_stay_open_in_the_new_language(qtbot, window):
    from facilitator_app.services.workshops import list_workshops

    with window.ctx.session() as s:
        workshop_id = list_workshops(s)[0].id
    window.navigate("workshops")
    window.pages["workshops"].open_workshop(workshop_id, "voting")
    assert window.current_place() == {"page": "workshops", "workshop": workshop_id,
                                      "tab": "voting"}

    assert languages.switch("fr") == "fr"
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Fichier")

    assert window.current_place() == {"page": "workshops", "workshop": workshop_id,
                                      "tab": "voting"}
    view = window.pages["workshops"].view
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[:3] == ["Détails", "Présences", "SWOT"] and "Vote" in titles
    assert "&Nouveau tour…" in texts_under(view.tabs.currentWidget())


def test_a_missing_catalogue_leaves_english_and_is_logged_once(qtbot, window, monkeypatch,
                                                               tmp_path):
    monkeypatch.setattr(i18n, "qm_path", lambda code: tmp_path / f"none_{code}.qm")
    assert languages.switch("nl") == "en"
    assert languages.switch("nl") == "en"
    qtbot.wait(50)
    assert menu_titles(window) == ["&File", "E&xport", "&Edit", "&View", "&Help"]
    assert sidebar(window)[1] == "Members"
    logged = log_file().read_text(encoding="utf-8")
    assert logged.count("No catalogue for nl") == 1
    assert str(tmp_path / "none_nl.qm") in logged


def test_the_setting_says_which_language_the_computer_gives(qtbot, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(languages, "system_languages", lambda: ["nl-SR", "en-US"])
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    combo = dialog.pages["General"].editors["language"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Same as the computer (Nederlands)", "English", "Español", "Français", "Nederlands"]


@pytest.mark.slow
def test_the_app_starts_in_french_on_a_french_computer(tmp_path):
    """A new user (no settings) on a computer set to French: the real start,
    in a process of its own with LANG=fr_FR."""
    script = (
        "from facilitator_app.ui.app import configure_application\n"
        "from facilitator_app.ui.main_window import MainWindow\n"
        "app = configure_application()\n"
        "win = MainWindow()\n"
        "print('|'.join(a.text() for a in win.menuBar().actions()))\n"
        "print(win._opening_text.text())\n"
    )
    env = {k: v for k, v in os.environ.items()
           if k not in (i18n.LANGUAGE_ENV, "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen",
               FACILITATOR_APP_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    menus, opening = result.stdout.splitlines()[-2:]
    assert menus.split("|")[:3] == ["&Fichier", "E&xporter", "&Édition"]
    assert opening == "Ouverture de votre espace de travail…"
