"""The Voting tab's slots go through the operation helper: a refusal is a message
(never a traceback), and paper ballots are written off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from facilitator_app.services import audit, voting
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import no_modal_dialogs, small_workshop, voting_workshop  # noqa: F401


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def make_tab(qtbot, setup):
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_reopening_a_secret_round_with_ballots_is_refused_in_words(qtbot, setup, warnings,
                                                                   monkeypatch):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                   anonymity="secret", title="Secret round")
        voter = voting.voters(s, info.id)[0]
        voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=voter.member_id,
                             source="kiosk")
        voting.close_round(s, info.id)
    tab = make_tab(qtbot, setup)
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("a late paper ballot", True))
    assert tab.reopen_button.isEnabled()
    tab.reopen_button.click()  # an exception escaping the slot would fail this test
    assert len(warnings) == 1 and "cannot be reopened" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert tab.current_round().status == "closed"
    with setup.ctx.session() as s:
        assert voting.get_round(s, info.id).status == "closed"
        actions = [e.action for e in audit.entries(s, round_id=info.id)]
    assert "round.reopened" not in actions


def test_deleting_a_round_already_deleted_elsewhere_says_so(qtbot, setup, warnings):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "borda",
                                   anonymity="named", title="Round 1")
    tab = make_tab(qtbot, setup)
    with setup.ctx.session() as s:  # another window of the app deleted it meanwhile
        voting.delete_round(s, info.id)
    topics: list[str] = []
    setup.ctx.changed.connect(topics.append)
    assert tab.delete_round(confirm=True) is False
    assert warnings == [f"There is no vote round {info.id}."]
    assert topics == []  # nothing changed, nothing announced


def test_paper_ballots_are_written_in_the_background_with_progress_and_can_be_cancelled(
        qtbot, setup, warnings, tmp_path):
    with setup.ctx.session() as s:
        voting.create_round(s, setup.workshop_id, setup.priorities, "borda",
                            anonymity="secret", title="Round 1")
    tab = make_tab(qtbot, setup)
    reports: list[tuple[int, int, str]] = []
    target = tmp_path / "cancelled.pdf"
    writing = tab.paper_ballots(target, blank=400)
    writing._worker.progressed.connect(lambda d, t, text: reports.append((d, t, text)))
    assert writing.running  # the slot returned while the sheets are being laid out
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    cancel = writing.dialog.findChild(QPushButton)
    cancel.click()
    qtbot.waitUntil(lambda: not writing.running, timeout=20_000)
    assert writing.outcome.cancelled
    assert not target.exists() and not list(tmp_path.glob("*.pdf*"))
    assert reports[0][1] == 400 and reports[0][2].startswith("Ballot ")
    assert setup.ctx.messages[-1] == "Paper ballots cancelled; nothing was written."
    assert warnings == []

    done = tab.paper_ballots(tmp_path / "sheets.pdf", blank=3)
    qtbot.waitUntil(lambda: not done.running, timeout=20_000)
    assert done.outcome.ok and done.outcome.value.exists()
    assert setup.ctx.messages[-1].startswith("Paper ballots saved to ")


def test_the_kiosk_says_on_its_screen_when_its_round_has_gone(qtbot, setup, warnings):
    from PySide6.QtCore import Qt

    from facilitator_app.ui.kiosk import KioskWindow

    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                   anonymity="anonymous", title="Round 1")
    kiosk = KioskWindow(setup.ctx, info.id, "2468")
    qtbot.addWidget(kiosk)
    kiosk.ask_pin = lambda: "2468"
    kiosk.resize(1280, 720)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    with setup.ctx.session() as s:  # the facilitator deleted the round meanwhile
        voting.delete_round(s, info.id)
    name = kiosk.findChild(QPushButton, f"voter_{setup.voters['Coopérative du Nord']}")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)  # a traceback would fail the test
    assert kiosk.message.text() == f"There is no vote round {info.id}."
    assert kiosk.form is None and warnings == []  # said on the kiosk, no message box


def test_the_results_tab_says_why_when_its_round_has_gone(qtbot, setup, warnings):
    from facilitator_app.ui.results_tab import ResultsTab

    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "borda",
                                   anonymity="named", title="Round 1")
        voting.close_round(s, info.id)
    tab = ResultsTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    assert tab.round_id() == info.id
    with setup.ctx.session() as s:  # deleted on the Voting tab of another window
        voting.delete_round(s, info.id)
    tab.weights_check.toggle()  # redraws: an exception escaping would fail the test
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.hidden_label)
    assert tab.hidden_label.text() == f"There is no vote round {info.id}."
    assert warnings == []  # said in the tab, where the results would be
