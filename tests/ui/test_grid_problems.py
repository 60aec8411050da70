"""A ballot row with problems says so on screen, under the grid, in plain
words: one reason a line, names in quotation marks, never the program's
own quoting ('x', 'Joint export brand'), and not only in a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator_app import options as app_options
from facilitator_app.services.priorities import list_priorities
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.round_dialog import RoundDialog
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import accept, key, no_modal_dialogs, small_workshop, type_keys  # noqa: F401


@pytest.fixture
def tab(qtbot, tmp_path):
    configure_application()
    app_options.set_value("facilitator_name", "Marie")
    setup = small_workshop(tmp_path)
    widget = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    with setup.ctx.session() as s:
        priorities = list_priorities(s, setup.workshop_id)
    dialog = RoundDialog(priorities, parent=widget)
    dialog.set_method("borda")
    dialog.anonymity.set_value("named")
    dialog.title_edit.setText("Ranking")
    widget.new_round(accept(dialog))
    yield widget
    setup.ws.close()


def test_problems_are_listed_in_plain_words_under_the_grid(qtbot, tab):
    entry, view = tab.entry, tab.entry.view
    view.setFocus()
    for value in ("x", "1", "1"):
        type_keys(qtbot, view, value)
        key(qtbot, view, Qt.Key.Key_Tab)
    label = entry.problem_label
    assert label.isVisible() and label.autoFillBackground()  # a tinted strip, on screen
    lines = label.text().splitlines()
    name = entry.model.rows[0].name
    assert lines[0] == f"{name}: not recorded"
    assert "\u2022 \u201cx\u201d for \u201cJoint export brand\u201d is not a number" in lines
    assert ("\u2022 Rank 1 is given to more than one option (\u201cShared drying centre\u201d, "
            "\u201cYouth apprenticeships\u201d)") in lines
    assert "'" not in label.text()
    status = entry.model.index(0, entry.model.status_column())
    assert status.data() == "⚠ 2 problems"
    assert "'" not in status.data(Qt.ItemDataRole.ToolTipRole)

    # fixed: the strip clears
    for column, value in ((1, "2"), (3, "3")):
        view.setCurrentIndex(entry.model.index(0, column))
        type_keys(qtbot, view, value)
        key(qtbot, view, Qt.Key.Key_Tab)
    assert not entry.model.rows[0].problems
    assert "not recorded" not in label.text() and not label.autoFillBackground()
