"""The kiosk: voters one after another, each seeing only their own ballot; PIN to leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton
from sqlalchemy import select

from facilitator_app.services import voting
from facilitator_app.storage.models import Ballot, VoterReceipt
from facilitator_app.ui.kiosk import KioskStartDialog, KioskWindow
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import (  # noqa: F401
    accept,
    key,
    no_modal_dialogs,
    type_keys,
    voting_workshop,
)


def button(widget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot, widget, name: str) -> None:
    target = button(widget, name)
    assert target.isVisible() and target.isEnabled(), name
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def name_buttons(kiosk) -> list[str]:
    return sorted(b.text().replace("&&", "&").replace("\n", " ")
                  for b in kiosk.names_page.widget().findChildren(QPushButton))


def start(qtbot, setup, method, anonymity, n_options=4):
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities[:n_options], method,
                                   anonymity=anonymity)
    tab.reload(select=info.id)
    dialog = KioskStartDialog(info, tab)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.pin_edit.setText("12")
    assert not ok.isEnabled() and "at least 4 digits" in dialog.message.text()
    dialog.pin_edit.setText("2468")
    dialog.repeat_edit.setText("2469")
    assert not ok.isEnabled() and dialog.message.text() == "The two PINs differ."
    dialog.repeat_edit.setText("2468")
    assert ok.isEnabled()
    kiosk = tab.start_kiosk(accept(dialog), show=False)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(kiosk)
    kiosk.thanks_ms = 0
    kiosk.ask_pin = lambda: "2468"  # so that closing it at the end of the test works
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return tab, kiosk, info


def test_three_voters_through_the_kiosk(qtbot, setup):
    tab, kiosk, info = start(qtbot, setup, "borda", "anonymous")
    o = [opt.id for opt in info.options]
    everyone = sorted(setup.voters)
    assert name_buttons(kiosk) == everyone  # the observer is never offered a ballot
    ballots = {
        "Coopérative du Nord": [(o[1], 1), (o[0], 2), (o[3], 3)],
        "Smith & Sons <Ltd>": [(o[0], 1), (o[2], 2)],
        "Grenada Bureau of Standards": [(o[3], 1), (o[2], 2), (o[1], 3), (o[0], 4)],
    }
    for n, (name, ranks) in enumerate(ballots.items(), start=1):
        click(qtbot, kiosk, f"voter_{setup.voters[name]}")
        assert kiosk.heading.text() == f"Ballot of {name}"
        # a fresh ballot: nothing chosen, nothing of the previous voter
        assert not any(b.isChecked() for b in kiosk.form.buttons.values())
        assert "empty" in kiosk.message.text()
        assert not kiosk.review_button.isEnabled()
        for option_id, rank in ranks:
            click(qtbot, kiosk.form, f"rank_{option_id}_{rank}")
        assert kiosk.review_button.isEnabled(), kiosk.message.text()
        click(qtbot, kiosk, "kiosk_review_button")
        review = kiosk.review_label.text()
        assert review.splitlines()[2].startswith("1st: ")
        click(qtbot, kiosk, "kiosk_cast")
        assert kiosk.pages.currentWidget() is kiosk.thanks_page
        assert kiosk.form is None and kiosk.review_label.text() == ""
        click(qtbot, kiosk, "kiosk_next")
        assert name not in name_buttons(kiosk)
        assert len(name_buttons(kiosk)) == len(everyone) - n
    assert name_buttons(kiosk) == ["Asociación de Productores Ñame Verde"]

    # no running result anywhere on the kiosk: no table, no chart, no score
    assert not kiosk.findChildren(QAbstractItemView)
    texts = " ".join(label.text() for label in kiosk.findChildren(QLabel))
    assert "points" not in texts and "agreement" not in texts.lower()

    with setup.ctx.session() as s:
        stored = {b.voter_name: b for b in voting.ballots(s, info.id)}
    assert set(stored) == set(ballots)
    assert all(b.source == "kiosk" and b.entered_by == "voter (kiosk)" for b in stored.values())
    assert stored["Smith & Sons <Ltd>"].values == {o[0]: 1.0, o[2]: 2.0}

    # the tab (hidden behind the kiosk) catches up when shown
    assert tab._dirty
    tab.show()
    assert tab.waiting_model.stringList() == ["Asociación de Productores Ñame Verde"]

    # leaving: Esc asks for the PIN; a wrong one keeps the kiosk open
    kiosk.ask_pin = lambda: "1111"
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and "Wrong PIN" in kiosk.message.text()
    kiosk.ask_pin = lambda: None
    kiosk.close()  # closing the window asks too
    qtbot.wait(10)
    assert kiosk.isVisible()
    kiosk.ask_pin = lambda: "2468"
    with qtbot.waitSignal(kiosk.closed):
        qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert not kiosk.isVisible()


def test_ranking_buttons_move_a_rank_and_back_changes_nothing(qtbot, setup):
    _tab, kiosk, info = start(qtbot, setup, "borda", "named")
    a, b = info.options[0].id, info.options[1].id
    click(qtbot, kiosk, f"voter_{setup.voters['Coopérative du Nord']}")
    click(qtbot, kiosk.form, f"rank_{a}_1")
    click(qtbot, kiosk.form, f"rank_{b}_1")  # rank 1 moves to b
    assert kiosk.form.values() == {b: 1}
    click(qtbot, kiosk.form, f"rank_{b}_1")  # a second tap clears it
    assert kiosk.form.values() == {}
    click(qtbot, kiosk.form, f"rank_{a}_2")
    assert "rank 1 missing" in kiosk.message.text()
    click(qtbot, kiosk, "kiosk_back")
    assert kiosk.pages.currentWidget() is kiosk.names_page and kiosk.form is None
    with kiosk.ctx.session() as s:
        assert voting.ballots(s, info.id) == []


def test_secret_kiosk_records_who_voted_but_not_their_ballot(qtbot, setup):
    _tab, kiosk, info = start(qtbot, setup, "gradients", "secret", n_options=2)
    assert "only marks you as having voted" in kiosk.subheading.text()
    x, y = (opt.id for opt in info.options)
    for name, (gx, gy) in (("Coopérative du Nord", (1, 7)), ("Smith & Sons <Ltd>", (2, 3))):
        click(qtbot, kiosk, f"voter_{setup.voters[name]}")
        assert kiosk.heading.text() == "Your secret ballot"
        click(qtbot, kiosk.form, f"gradient_{x}_{gx}")
        click(qtbot, kiosk.form, f"gradient_{y}_{gy}")
        click(qtbot, kiosk, "kiosk_review_button")
        assert "Whole-hearted endorsement" in kiosk.review_label.text() or gx != 1
        click(qtbot, kiosk, "kiosk_cast")
        click(qtbot, kiosk, "kiosk_next")
    with setup.ctx.session() as s:
        ballots = list(s.scalars(select(Ballot).where(Ballot.round_id == info.id)))
        receipts = set(s.scalars(select(VoterReceipt.member_id)
                                 .where(VoterReceipt.round_id == info.id)))
    assert receipts == {setup.voters["Coopérative du Nord"], setup.voters["Smith & Sons <Ltd>"]}
    assert len(ballots) == 2 and all(b.voter_id is None and b.entered_at is None
                                     for b in ballots)


def test_dots_and_approval_controls(qtbot, setup):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "dots",
                                   params={"budget": 2}, anonymity="named")
    kiosk = KioskWindow(setup.ctx, info.id, "0000")
    qtbot.addWidget(kiosk)
    kiosk.show()
    a = info.options[0].id
    click(qtbot, kiosk, f"voter_{setup.voters['Coopérative du Nord']}")
    assert kiosk.form.dots_left.text() == "Dots left: 2 of 2"
    click(qtbot, kiosk.form, f"dots_plus_{a}")
    click(qtbot, kiosk.form, f"dots_plus_{a}")
    assert kiosk.form.dots_left.text() == "Dots left: 0 of 2"
    assert not button(kiosk.form, f"dots_plus_{info.options[1].id}").isEnabled()
    click(qtbot, kiosk.form, f"dots_minus_{a}")
    assert kiosk.form.values() == {a: 1}
    click(qtbot, kiosk, "kiosk_review_button")
    assert f"{info.options[0].label}: 1 dot" in kiosk.review_label.text().splitlines()
    kiosk.ask_pin = lambda: "0000"
    assert kiosk.request_exit()


def test_approval_toggles_and_two_criteria_ratings(qtbot, setup):
    with setup.ctx.session() as s:
        approval = voting.create_round(s, setup.workshop_id, setup.priorities[:2], "approval",
                                       anonymity="named")
        score = voting.create_round(s, setup.workshop_id, setup.priorities[:2], "score",
                                    params={"scale_min": 1, "scale_max": 5,
                                            "two_criteria": True})
    voter = setup.voters["Coopérative du Nord"]
    kiosk = KioskWindow(setup.ctx, approval.id, "0000")
    qtbot.addWidget(kiosk)
    kiosk.ask_pin = lambda: "0000"
    kiosk.thanks_ms = 0
    kiosk.show()
    a = approval.options[0].id
    click(qtbot, kiosk, f"voter_{voter}")
    click(qtbot, kiosk.form, f"approve_{a}")
    assert button(kiosk.form, f"approve_{a}").text() == "✓ Approved"
    click(qtbot, kiosk, "kiosk_review_button")
    click(qtbot, kiosk, "kiosk_cast")
    assert kiosk.request_exit()

    kiosk = KioskWindow(setup.ctx, score.id, "0000")
    qtbot.addWidget(kiosk)
    kiosk.ask_pin = lambda: "0000"
    kiosk.show()
    x = score.options[0].id
    click(qtbot, kiosk, f"voter_{voter}")
    click(qtbot, kiosk.form, f"score_{x}_1_5")
    assert "needs a feasibility rating too" in kiosk.message.text()
    assert not kiosk.review_button.isEnabled()
    click(qtbot, kiosk.form, f"score_{x}_2_2")
    click(qtbot, kiosk, "kiosk_review_button")
    assert "impact 5, feasibility 2" in kiosk.review_label.text()
    click(qtbot, kiosk, "kiosk_cast")
    with setup.ctx.session() as s:
        [ballot] = voting.ballots(s, score.id)
    assert ballot.values == {x: 5.0} and ballot.values2 == {x: 2.0}
    assert kiosk.request_exit()


# ----- one member, one ballot, whatever the channel -------------------------------------------
FIFTH = "Spice Growers Union"


def open_tab(qtbot, setup, anonymity, method="approval"):
    """A shown Voting tab on a new round, and a kiosk started from it (not shown yet)."""
    from facilitator_app.services.attendance import add_attendees
    from facilitator_app.services.roster import add_member

    with setup.ctx.session() as s:
        fifth = add_member(s, {"name": FIFTH, "member_type": "firm"})
        add_attendees(s, setup.workshop_id, [fifth], role="voter")
        info = voting.create_round(s, setup.workshop_id, setup.priorities, method,
                                   anonymity=anonymity)
    setup.voters[FIFTH] = fifth
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload(select=info.id)
    dialog = KioskStartDialog(info, tab)
    dialog.pin_edit.setText("2468")
    dialog.repeat_edit.setText("2468")
    kiosk = tab.start_kiosk(accept(dialog), show=False)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(kiosk)
    kiosk.thanks_ms = 0
    kiosk.ask_pin = lambda: "2468"
    return tab, kiosk, info


def type_in_grid(qtbot, tab, name, paper=False):
    """Approve the first option for ``name`` in the entry grid, with the keyboard."""
    entry = tab.entry
    tab.activateWindow()  # the kiosk may have had the keyboard
    qtbot.waitUntil(tab.isActiveWindow)
    entry.view.setFocus()
    if entry.secret:
        entry.voter_combo.setCurrentIndex(entry.voter_combo.findText(name))
        row = 0
    else:
        row = next(n for n, r in enumerate(entry.model.rows) if r.name == name)
    entry.view.setCurrentIndex(entry.model.index(row, 1))
    if paper:
        key(qtbot, entry.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, entry.view, "1")
    key(qtbot, entry.view, Qt.Key.Key_Tab)
    if entry.secret:
        qtbot.mouseClick(entry.record_button, Qt.MouseButton.LeftButton)
    else:
        entry.view.setCurrentIndex(entry.model.index((row + 1) % entry.model.rowCount(), 1))


def import_sheet(qtbot, setup, tab, info, name, tmp_path):
    """One filled sheet imported as a file: named, or blank and handed in by ``name``."""
    from facilitator_app.core.ballot_matrix import matrix_csv_text
    from facilitator_app.ui.ballot_import_dialog import BallotImportDialog

    secret = info.anonymity == "secret"
    rows = [["Voter", *(o.label for o in info.options)],
            ["" if secret else name, "", 1, "", ""]]
    path = tmp_path / f"sheet-{setup.voters[name]}.csv"
    path.write_text("\ufeff" + matrix_csv_text(rows), encoding="utf-8", newline="")
    dialog = BallotImportDialog(setup.ctx, tab.current_round(), tab)
    qtbot.addWidget(dialog)
    dialog.load(path)
    if secret:
        dialog.tick(setup.voters[name])
    assert dialog.problems() == [], dialog.problems()
    return tab.import_ballots(dialog=accept(dialog))


def vote_in_kiosk(qtbot, kiosk, info, member_id):
    kiosk.show()
    qtbot.waitExposed(kiosk)
    click(qtbot, kiosk, f"voter_{member_id}")
    click(qtbot, kiosk.form, f"approve_{info.options[3].id}")
    click(qtbot, kiosk, "kiosk_review_button")
    click(qtbot, kiosk, "kiosk_cast")
    click(qtbot, kiosk, "kiosk_next")


@pytest.mark.parametrize("anonymity", ["named", "anonymous", "secret"])
def test_every_channel_mixed_one_ballot_each_and_the_counts_agree(qtbot, setup, tmp_path,
                                                                  anonymity):
    tab, kiosk, info = open_tab(qtbot, setup, anonymity)
    grid, paper, by_kiosk, imported = (
        "Asociación de Productores Ñame Verde", "Coopérative du Nord",
        "Grenada Bureau of Standards", "Smith & Sons <Ltd>")
    assert len(name_buttons(kiosk)) == 5

    type_in_grid(qtbot, tab, grid)
    qtbot.waitUntil(lambda: grid not in name_buttons(kiosk))  # the kiosk re-read the register
    type_in_grid(qtbot, tab, paper, paper=True)
    qtbot.waitUntil(lambda: paper not in name_buttons(kiosk))
    assert import_sheet(qtbot, setup, tab, info, imported, tmp_path) == 1
    assert name_buttons(kiosk) == sorted([by_kiosk, FIFTH])
    vote_in_kiosk(qtbot, kiosk, info, setup.voters[by_kiosk])
    assert name_buttons(kiosk) == [FIFTH]

    with setup.ctx.session() as s:
        progress = voting.round_progress(s, info.id)
        register = voting.voted_member_ids(s, info.id)
        stored = voting.ballots(s, info.id)
    assert register == {setup.voters[n] for n in (grid, paper, by_kiosk, imported)}
    assert (progress.ballots, progress.voted, progress.voters) == (4, 4, 5)
    if anonymity == "secret":
        assert {b.source for b in stored} == {"urn"}
    else:
        assert {b.voter_name: b.source for b in stored} == {
            grid: "grid", paper: "paper", by_kiosk: "kiosk", imported: "paper"}

    # every count on the Voting tab says the same
    assert tab.rounds_model.index(0, 5).data() == "4 of 5"  # no "(n ballots)" beside it
    assert tab.waiting_label.text() == "Not voted yet: 1 of 5"
    assert tab.waiting_model.stringList() == [FIFTH]
    if anonymity == "secret":
        combo = tab.entry.voter_combo
        assert [combo.itemText(n) for n in range(1, combo.count())] == [FIFTH]
    else:
        recorded = [r.name for r in tab.entry.model.rows if r.recorded]
        assert sorted(recorded) == sorted([grid, paper, by_kiosk, imported])

    # no second ballot for anyone on the register, by any channel
    with setup.ctx.session() as s:
        for name in (grid, paper, by_kiosk, imported):
            with pytest.raises(voting.BallotRejected, match="already voted"):
                voting.record_ballot(s, info.id, {info.options[0].id: 1},
                                     voter_id=setup.voters[name], source="paper")
    kiosk.choose(setup.voters[paper])  # a stale name button
    assert kiosk.message.text() == "That name has already voted." and kiosk.form is None
    assert kiosk.request_exit()


def test_a_voter_who_votes_another_way_while_at_the_kiosk_is_refused_there(qtbot, setup):
    tab, kiosk, info = open_tab(qtbot, setup, "secret")
    name = "Smith & Sons <Ltd>"
    kiosk.show()
    click(qtbot, kiosk, f"voter_{setup.voters[name]}")
    click(qtbot, kiosk.form, f"approve_{info.options[0].id}")
    click(qtbot, kiosk, "kiosk_review_button")
    # meanwhile the facilitator types their paper ballot in the grid
    type_in_grid(qtbot, tab, name, paper=True)
    qtbot.waitUntil(lambda: tab.entry.secret_count == 1)
    kiosk.activateWindow()
    click(qtbot, kiosk, "kiosk_cast")
    assert kiosk.pages.currentWidget() is kiosk.names_page and kiosk.form is None
    assert "Smith & Sons <Ltd> has already voted" in kiosk.message.text()
    assert name not in name_buttons(kiosk)
    with setup.ctx.session() as s:
        progress = voting.round_progress(s, info.id)
    assert (progress.ballots, progress.voted) == (1, 1)
    assert kiosk.request_exit()
