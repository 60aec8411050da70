"""A workshop's participants' language: chosen on the Details tab, stored,
audited, and taken by the next workshop (issue 19)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES
from facilitator_app.services import audit
from facilitator_app.services.workshops import (
    create_workshop,
    set_workshop_language,
    workshop_language,
)
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.models import Workshop
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.workshops_page import WorkshopsPage


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "language.cluster")
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    yield context
    ws.close()


@pytest.fixture
def page(qtbot, ctx):
    widget = WorkshopsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored_language(ctx, workshop_id):
    """Read straight from the workshops table, in a new unit of work."""
    with ctx.session() as s:
        return s.get(Workshop, workshop_id).language


def test_the_combo_sets_the_language_and_it_is_stored(qtbot, ctx, page, tmp_path):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Taller de priorización", date(2026, 11, 29)).id
    details = page.open_workshop(workshop_id, "details").tab("details")
    combo = details.language_combo
    assert combo.currentData() is None and combo.count() == 1 + len(PARTICIPANT_LANGUAGES)
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        name for _code, name in PARTICIPANT_LANGUAGES]

    combo.setFocus()
    qtbot.keyClicks(combo, "Esp")  # a closed combo jumps to the item typed
    assert combo.currentText() == "Español"
    assert stored_language(ctx, workshop_id) == "es"

    for _ in range(3):  # Français, Nederlands, Kreyòl ayisyen
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Kreyòl ayisyen"
    assert stored_language(ctx, workshop_id) == "ht"
    details.grab().save(str(tmp_path / "details.png"))

    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "Same as the app"
    assert combo.currentIndex() == 0
    assert stored_language(ctx, workshop_id) is None

    with ctx.session() as s:
        changes = [json.loads(e.details) for e in audit.entries(s, workshop_id=workshop_id)
                   if e.action == "workshop.updated"]
    assert [c["language"] for c in changes] == ["en", "es", "fr", "nl", "ht", "app"]  # "E" first finds English


def test_the_tab_shows_the_stored_language(qtbot, ctx, page):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "Atelier", language="fr").id
    details = page.open_workshop(workshop_id, "details").tab("details")
    assert details.language_combo.currentText() == "Français"


def test_a_new_workshop_takes_the_previous_ones_language(ctx):
    with ctx.session() as s:
        first = create_workshop(s, "First").id
        assert workshop_language(s, first) is None  # nothing before it: the app's
        set_workshop_language(s, first, "nl")
        second = create_workshop(s, "Second").id
        english = create_workshop(s, "Third", language=None).id
        after_english = create_workshop(s, "Fourth").id
    assert stored_language(ctx, second) == "nl"
    assert stored_language(ctx, english) is None
    assert stored_language(ctx, after_english) is None


def test_an_unknown_language_is_refused(ctx):
    with ctx.session() as s:
        workshop_id = create_workshop(s, "W").id
        with pytest.raises(ValueError):
            set_workshop_language(s, workshop_id, "de")
        assert set_workshop_language(s, workshop_id, "es") is None  # the previous one
        assert set_workshop_language(s, workshop_id, "es") == "es"
        entries = [e for e in audit.entries(s, workshop_id=workshop_id)
                   if e.action == "workshop.updated"]
    assert len(entries) == 1  # setting the same language again records nothing
