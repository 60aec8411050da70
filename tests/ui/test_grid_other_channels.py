"""The entry grid and ballots that come in another way (a phone, the kiosk):
a member who voted leaves the grid, a row typed for them says it will not be
recorded and how they voted, and a row is not flagged while a cell is typed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from facilitator_app.services import voting
from facilitator_app.services.priorities import list_priorities
from facilitator_app.ui.round_dialog import RoundDialog
from facilitator_app.ui.voting_common import HUE_PROBLEM, tint
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import (  # noqa: F401
    accept,
    key,
    no_modal_dialogs,
    small_workshop,
    type_keys,
    voting_workshop,
)

TIME = r"\d{1,2}[:.]\d{2}"  # the locale's time of day


@pytest.fixture
def tab(qtbot, setup):
    widget = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    with setup.ctx.session() as s:
        priorities = list_priorities(s, setup.workshop_id)
    dialog = RoundDialog(priorities, parent=widget)
    dialog.set_method("borda")
    dialog.anonymity.set_value("anonymous")
    dialog.title_edit.setText("Ranking")
    widget.new_round(accept(dialog))
    return widget


def by_phone(setup, tab, row: int) -> None:
    """The member of grid row ``row`` votes on their phone; the phone window
    then tells the tab (its ``voted`` signal calls this slot)."""
    info = tab.current_round()
    member = tab.entry.model.rows[row].voter_id
    with setup.ctx.session() as s:
        voting.record_ballot(s, info.id, {o.id: n for n, o in enumerate(info.options, 1)},
                             voter_id=member, source="phone")
    tab._refresh_progress(info.id)


def test_an_untouched_row_leaves_the_grid_when_its_member_votes_by_phone(qtbot, setup, tab):
    entry, view = tab.entry, tab.entry.view
    view.setFocus()
    assert view.currentIndex().row() == 0
    first = entry.model.rows[0]

    by_phone(setup, tab, 0)

    assert first.recorded and first.source == "phone" and first.draft is None
    assert view.isRowHidden(0)  # entered ballots are hidden in an anonymous round
    assert view.currentIndex().row() == 1  # typing goes on with someone still to vote
    assert not first.problems and "not recorded" not in entry.problem_label.text()
    assert entry.flush() and not entry.drafts_left()
    # shown again, it is the member's own ballot: read-only, saying how it came in
    entry.show_recorded_check.setChecked(True)
    status = entry.model.index(0, entry.model.status_column())
    assert not entry.model.flags(entry.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert "phone" in status.data()
    assert re.search(rf"[Vv]oted by phone at {TIME}", status.data(Qt.ItemDataRole.ToolTipRole))


def test_a_typed_row_is_kept_marked_and_discarded_in_one_click(qtbot, setup, tab, monkeypatch):
    entry, view = tab.entry, tab.entry.view
    view.setFocus()
    for rank in "12":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab)
    row = entry.model.rows[0]
    typed = dict(row.draft or {})
    assert len(typed) == 2

    by_phone(setup, tab, 0)

    assert row.draft == typed  # the typing is still there
    assert entry.model.index(0, 1).data() == "1"
    status = entry.model.index(0, entry.model.status_column()).data()
    assert status == "⚠ voted by phone"
    text = entry.problem_label.text()
    assert re.search(rf"Already voted by phone at {TIME}: this draft will not be recorded",
                     text), text
    assert entry.discard_button.isVisible()
    assert not entry.model.flags(entry.model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    with setup.ctx.session() as s:
        assert len(voting.ballots(s, tab.current_round().id)) == 1  # only the phone's

    # closing the round does not call it "a row with problems"
    asked = []
    monkeypatch.setattr(tab, "_ask", lambda text: asked.append(text) or False)
    assert entry.flush() and not entry.drafts_left()

    qtbot.mouseClick(entry.discard_button, Qt.MouseButton.LeftButton)
    assert row.draft is None and row.recorded and row.source == "phone"
    assert view.isRowHidden(0) and view.currentIndex().row() == 1  # on to the next voter
    assert not entry.discard_button.isVisible()
    assert "not recorded" not in entry.problem_label.text()
    assert not asked


def test_a_refused_row_says_how_the_member_voted(qtbot, setup, tab):
    """The phone's ballot came in but the tab was not told yet: finishing the
    row names the channel instead of a bare "has already voted"."""
    entry, view = tab.entry, tab.entry.view
    info = tab.current_round()
    with setup.ctx.session() as s:
        voting.record_ballot(s, info.id, {o.id: n for n, o in enumerate(info.options, 1)},
                             voter_id=entry.model.rows[0].voter_id, source="kiosk")
    view.setFocus()
    for rank in "4321":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab)
    text = entry.problem_label.text()
    assert re.search(rf"Already voted on the kiosk at {TIME}: this draft will not be "
                     "recorded", text), text
    assert "Has already voted in this round" not in text
    assert entry.discard_button.isVisible()


def test_a_row_is_not_flagged_while_its_last_cell_is_being_typed(qtbot, setup, tab):
    entry, view = tab.entry, tab.entry.view
    view.setFocus()
    for rank in "124":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "3")  # the editor of the last option is open, not committed
    row = entry.model.rows[0]
    assert row.problems  # rank 3 is missing so far ...
    status = entry.model.index(0, entry.model.status_column())
    assert status.data() == "typing…"  # ... but nobody is told while it is typed
    assert entry.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) != tint(
        QPalette(), HUE_PROBLEM)
    assert not entry.problem_label.autoFillBackground()
    assert "not recorded" not in entry.problem_label.text()
    assert "Rank 3 missing" not in entry.problem_label.text()

    key(qtbot, view, Qt.Key.Key_Tab)  # finished: recorded, nothing was ever wrong
    qtbot.waitUntil(lambda: row.recorded)


def test_a_row_left_with_a_gap_is_flagged_once_the_editor_closes(qtbot, setup, tab):
    entry, view = tab.entry, tab.entry.view
    view.setFocus()
    for rank in "12":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "4")
    assert not entry.problem_label.autoFillBackground()
    key(qtbot, view, Qt.Key.Key_Tab)  # committed with rank 3 missing
    status = entry.model.index(0, entry.model.status_column())
    assert status.data().startswith("⚠")
    assert entry.problem_label.autoFillBackground()
    assert entry.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == tint(
        QPalette(), HUE_PROBLEM)
