"""Secret entry, one ballot paper after another, typed with the keyboard:
once a ballot is recorded the next one starts in the first option, with the
keyboard still in the grid, and nothing typed in the last cell is lost or
carried over to the next paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.services import voting
from facilitator_app.services.priorities import list_priorities
from facilitator_app.ui.round_dialog import RoundDialog
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import (  # noqa: F401
    accept,
    key,
    no_modal_dialogs,
    small_workshop,
    type_keys,
    voting_workshop,
)


@pytest.fixture
def tab(qtbot, setup):
    widget = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitActive(widget):
        widget.activateWindow()
    with setup.ctx.session() as s:
        priorities = list_priorities(s, setup.workshop_id)
    dialog = RoundDialog(priorities, parent=widget)
    dialog.set_method("borda")
    dialog.anonymity.set_value("secret")
    dialog.title_edit.setText("Secret ranking")
    assert widget.new_round(accept(dialog)) is not None
    return widget


def recorded(setup, tab) -> list[list[int]]:
    """Each secret ballot as the ranks given to options 1..4 (sorted: the urn has no order)."""
    info = tab.entry.info
    with setup.ctx.session() as s:
        stored = voting.ballots(s, info.id)
    return sorted([int(b.values[o.id]) if o.id in b.values else 0 for o in info.options]
                  for b in stored)


def handed_in_by(qtbot, entry, name: str) -> None:
    """Choose who handed the paper in with the keyboard (type-ahead in the drop-down)."""
    entry.voter_combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 20)  # a new type-ahead, not appended
    qtbot.keyClicks(entry.voter_combo, name)
    assert entry.voter_combo.currentText().startswith(name)


def type_ballot(qtbot, view, ranks: str) -> None:
    """Ranks typed from the first option on, Tab between cells; the last stays in its editor."""
    for n, rank in enumerate(ranks):
        if n:
            key(qtbot, view, Qt.Key.Key_Tab)
        type_keys(qtbot, view, rank)


def press_record(qtbot) -> None:
    """Alt+R, the Record button's key, from wherever the keyboard is."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)


def test_next_paper_starts_in_the_first_option_after_alt_r(qtbot, setup, tab):
    entry, view = tab.entry, tab.entry.view
    handed_in_by(qtbot, entry, "Smith")
    view.setFocus()
    assert view.currentIndex().column() == entry.model.first_field()
    type_ballot(qtbot, view, "1234")  # "4" is still in the last cell's editor
    press_record(qtbot)
    qtbot.waitUntil(lambda: entry.secret_count == 1)
    assert recorded(setup, tab) == [[1, 2, 3, 4]]  # the last cell was part of the ballot
    assert entry.model.rows[0].draft is None  # ... and not carried over to the next paper
    assert view.currentIndex().column() == entry.model.first_field()
    assert view.hasFocus() or view.isAncestorOf(QApplication.focusWidget())

    # the second paper, typed straight away, lands in options 1..4
    type_keys(qtbot, view, "4")
    handed_in_by(qtbot, entry, "Gren")
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_Tab)
    type_ballot(qtbot, view, "321")
    key(qtbot, view, Qt.Key.Key_Return)  # Enter on the last option records it
    qtbot.waitUntil(lambda: entry.secret_count == 2)
    assert recorded(setup, tab) == [[1, 2, 3, 4], [4, 3, 2, 1]]
    assert view.currentIndex().column() == entry.model.first_field()


def test_after_clicking_record_typing_goes_on_in_the_first_option(qtbot, setup, tab):
    entry, view = tab.entry, tab.entry.view
    view.setFocus()
    type_ballot(qtbot, view, "2143")
    key(qtbot, view, Qt.Key.Key_Return)  # nobody chosen yet: the row waits, with the reason
    qtbot.wait(20)
    assert entry.secret_count == 0
    assert "Say who handed in this ballot" in entry.problem_label.text()
    assert view.currentIndex().column() == entry.model.last_field()
    handed_in_by(qtbot, entry, "Coop")
    qtbot.mouseClick(entry.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: entry.secret_count == 1)
    assert recorded(setup, tab) == [[2, 1, 4, 3]]
    assert view.currentIndex().column() == entry.model.first_field()
    type_keys(qtbot, view, "3")  # typed at once: the grid has the keyboard
    key(qtbot, view, Qt.Key.Key_Tab)
    first = entry.model.fields[0]
    assert entry.model.rows[0].draft == {first: "3"}
