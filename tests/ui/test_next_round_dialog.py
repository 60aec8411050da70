"""Next round after a gradients round: the options without consensus, pre-ticked.

SCENARIO step 8: round 2, the top four in gradients of agreement (secret),
two reach consensus, one is blocked, one lacks support; the third round is
on those without consensus, or on the blocked one, without ticking by hand.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from facilitator_app import options as app_options
from facilitator_app.services import voting
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.next_round_dialog import NextRoundDialog
from facilitator_app.ui.voting_tab import VotingTab
from tests.qt_typing import type_text
from tests.ui.voting_setup import small_workshop

# Four voters' gradients (1 = whole-hearted endorsement ... 7 = block).
GRADES = {
    "Joint export brand": [1, 1, 2, 2],  # consensus
    "Shared drying centre": [1, 2, 3, 5],  # 75 % support, no block: consensus
    "Youth apprenticeships": [1, 1, 1, 7],  # blocked
    "Chocolate festival": [2, 3, 5, 6],  # 50 % support
}


@pytest.fixture
def setup(qtbot, tmp_path):
    configure_application()
    app_options.set_value("facilitator_name", "Marie")
    data = small_workshop(tmp_path)
    with data.ctx.session() as s:
        first = voting.create_round(s, data.workshop_id, data.priorities, "borda",
                                    anonymity="anonymous", title="Round 1: rank the candidates")
        for n, voter in enumerate(data.voters.values()):
            order = first.options[n % 4:] + first.options[:n % 4]
            voting.record_ballot(s, first.id, {o.id: r for r, o in enumerate(order, 1)},
                                 voter_id=voter)
        voting.close_round(s, first.id)
        second, _ = voting.start_next_round(s, first.id, rule="all", method="gradients",
                                            anonymity="secret", title="Round 2: the top four")
        for n, voter in enumerate(data.voters.values()):
            voting.record_ballot(s, second.id, {o.id: GRADES[o.label][n] for o in second.options},
                                 voter_id=voter)
        voting.close_round(s, second.id)
    data.second = second.id
    yield data
    data.ws.close()


@pytest.fixture
def tab(qtbot, setup):
    widget = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_round(setup.second)
    return widget


def click(qtbot, radio) -> None:
    """A click on the radio button's circle (its middle may be past its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton,
                     pos=QPoint(radio.height() // 2, radio.height() // 2))


def ticked(dialog) -> list[str]:
    return dialog.options()


def rows(dialog) -> list[str]:
    model = dialog.option_model
    return [model.item(n).text() for n in range(model.rowCount())]


def test_third_round_starts_on_the_options_without_consensus(qtbot, setup, tab, monkeypatch):
    seen = {}

    def drive(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["rows"] = rows(dialog)
        seen["ticked"] = ticked(dialog)
        seen["title"] = dialog.title_edit.text()
        seen["params"] = dialog.params_label.text()
        assert dialog.no_consensus_radio.isChecked()
        assert dialog.no_consensus_radio.text() == "The options &without consensus (2 of 4)"
        assert not dialog.multi_radio.isEnabled()  # gradients: no vote counts to eliminate by
        # the blocked one: one click, the list and the title follow
        click(qtbot, dialog.blocked_radio)
        assert ticked(dialog) == ["Youth apprenticeships"]
        assert dialog.title_edit.text() == "Round 3: blocked options"
        click(qtbot, dialog.top_radio)
        assert dialog.k_spin.isEnabled() and dialog.title_edit.text() == "Round 3: top 3"
        assert ticked(dialog) == ["Joint export brand", "Shared drying centre",
                                  "Youth apprenticeships"]
        click(qtbot, dialog.all_radio)
        assert len(ticked(dialog)) == 4 and not dialog.k_spin.isEnabled()
        click(qtbot, dialog.no_consensus_radio)
        assert ticked(dialog) == seen["ticked"]
        # a title typed by the facilitator stays when the rule changes
        dialog.title_edit.selectAll()
        dialog.title_edit.setFocus()
        type_text(dialog.title_edit, "Round 3: après la discussion")
        click(qtbot, dialog.blocked_radio)
        click(qtbot, dialog.no_consensus_radio)
        assert dialog.title_edit.text() == "Round 3: après la discussion"
        # untick one by hand (Space on it), and tick it again
        view = dialog.option_view
        view.setFocus()
        view.setCurrentIndex(dialog.option_model.index(3, 0))
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert ticked(dialog) == ["Youth apprenticeships"]
        assert dialog.ticked_label.text() == "1 of 4 options ticked"
        assert dialog.preview_label.text() == "Chosen by hand: the options ticked go on."
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert dialog.ticked_label.text() == "2 of 4 options ticked"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Start round" and ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NextRoundDialog, "exec", drive)
    assert tab.next_button.isEnabled()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)

    # what the dialog showed first: exactly the two without consensus ticked, and why
    assert seen["ticked"] == ["Youth apprenticeships", "Chocolate festival"]
    assert seen["title"] == "Round 3: options without consensus"
    assert seen["params"] == (
        "Consensus in \u201cRound 2: the top four\u201d: no block (7), at least 75 % at 1-3.")
    assert seen["rows"] == [
        "1. Joint export brand \u2014 consensus (support 100 %)",
        "2. Shared drying centre \u2014 consensus (support 75 %)",
        "2. Youth apprenticeships \u2014 no consensus: 1 block",
        "4. Chocolate festival \u2014 no consensus: support 50 % (75 % needed)",
    ]
    new = tab.current_round()
    assert new.number == 3 and new.title == "Round 3: après la discussion"
    assert [o.label for o in new.options] == ["Youth apprenticeships", "Chocolate festival"]
    assert new.method == "gradients" and new.anonymity == "secret" and new.is_open
    assert new.previous_round_id == setup.second
