"""The preset priority categories and cluster types in a Spanish window.

They are stored in English (core.domain), shown in the window's language on
the Priorities tab and the Home page, and written back as the English
word when the facilitator picks a shown translation; a category or type the
facilitator typed is shown and stored as typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from facilitator_app.services import priorities as priority_service
from facilitator_app.services import profile as profile_service
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui import languages
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.home_page import HomePage
from facilitator_app.ui.priorities_tab import PrioritiesTab, PriorityDialog
from facilitator_app.ui.priority_dialogs import CategoriesDialog


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    assert languages.install("es") == "es"
    ws = create_workspace(tmp_path / "presets.cluster")
    yield AppContext(ws, lambda _key: None, lambda _message: None)
    languages.install("en")
    ws.close()


def accept(dialog):
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    return dialog


def _combo_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_priority_categories_are_spanish_and_stored_in_english(qtbot, ctx, tmp_path):
    with ctx.session() as s:
        wid = create_workshop(s, "Taller de prioridades").id
        priority_service.add_priority(s, wid, "Marca común de exportación",
                                      category="Commercial cooperation")
        priority_service.add_priority(s, wid, "Festival del chocolate",
                                      category="Turismo gastronómico")  # typed by hand
    tab = PrioritiesTab(ctx, wid)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.index(0, 2).data() == "Cooperación comercial"
    assert tab.model.index(1, 2).data() == "Turismo gastronómico"
    tab.grab().save(str(tmp_path / "prioridades.png"))

    # the Category column's editor offers the presets in Spanish
    tab.view.setCurrentIndex(tab.model.index(0, 2))
    tab.view.edit(tab.model.index(0, 2))
    editor = tab.view.indexWidget(tab.model.index(0, 2))
    assert editor is not None and "Educación y formación" in _combo_items(editor)
    assert "Education and training" not in _combo_items(editor)
    tab.view.closePersistentEditor(tab.model.index(0, 2))

    # an edit in place with a Spanish word stores the English key
    assert tab.model.setData(tab.model.index(0, 2), "Acción en políticas públicas")
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Acción en políticas públicas")
    with ctx.session() as s:
        stored = [p.category for p in priority_service.list_priorities(s, wid)]
    assert stored == ["Policy action", "Turismo gastronómico"]

    # the typing dialog: Spanish list, English stored; a typed one as typed
    dialog = PriorityDialog(tab._categories, parent=tab)
    assert "Investigación y redes" in _combo_items(dialog.category_combo)
    dialog.title_edit.setText("Centro de secado compartido")
    dialog.category_combo.setCurrentText("Innovación y tecnología")
    tab.add_typed(accept(dialog))
    typed = PriorityDialog(tab._categories, parent=tab)
    typed.title_edit.setText("Sello de origen")
    typed.category_combo.setCurrentText("Denominación de origen")
    tab.add_typed(accept(typed))
    with ctx.session() as s:
        stored = [p.category for p in priority_service.list_priorities(s, wid)]
    assert stored == ["Policy action", "Turismo gastronómico", "Innovation and technology",
                      "Denominación de origen"]
    assert tab.model.index(2, 2).data() == "Innovación y tecnología"

    # the category list: shown in Spanish, kept in English
    categories = CategoriesDialog(tab._categories, tab)
    assert "Expansión del clúster" in categories.edit.toPlainText().splitlines()
    categories.edit.setPlainText(categories.edit.toPlainText() + "\nTurismo gastronómico")
    tab.edit_categories(accept(categories))
    with ctx.session() as s:
        kept = priority_service.categories(s)
    assert "Cluster expansion" in kept and "Expansión del clúster" not in kept
    assert kept[-1] == "Turismo gastronómico"


def test_the_cluster_type_is_spanish_on_home_and_stored_in_english(qtbot, ctx, tmp_path):
    with ctx.session() as s:
        profile_service.update_profile(s, name="Clúster del Cacao", cluster_type="Marshallian")
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.resize(1280, 720)
    home.show()
    qtbot.waitExposed(home)
    assert home.type_combo.currentText() == "Marshalliano"
    assert _combo_items(home.type_combo) == ["Marshalliano", "Radial (hub-and-spoke)",
                                             "De supervivencia"]
    home.grab().save(str(tmp_path / "inicio.png"))

    home.type_combo.setCurrentIndex(1)
    home.type_combo.activated.emit(1)
    with ctx.session() as s:
        assert profile_service.get_profile(s).cluster_type == "Hub-and-spoke"

    home.type_combo.setCurrentText("Clúster de conocimiento")  # typed by hand
    home.type_combo.lineEdit().editingFinished.emit()
    with ctx.session() as s:
        assert profile_service.get_profile(s).cluster_type == "Clúster de conocimiento"
    home.load()
    assert home.type_combo.currentText() == "Clúster de conocimiento"
