"""The Voting tab: rounds, and a full round entered through the grid with the keyboard."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator_app.services import audit, voting
from facilitator_app.services.priorities import list_priorities
from facilitator_app.ui.results_tab import ResultsTab
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
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def new_round(tab, method="borda", anonymity="anonymous", **params):
    with tab.ctx.session() as s:
        priorities = list_priorities(s, tab.workshop_id)
    dialog = RoundDialog(priorities, parent=tab)
    dialog.set_method(method)
    dialog.anonymity.set_value(anonymity)
    dialog.title_edit.setText(f"{method} round")
    for name, value in params.items():
        getattr(dialog.params_editor, name).setValue(value)
    return tab.new_round(accept(dialog))


def cell(tab, row, col):
    return tab.entry.model.index(row, col).data()


def stored_ballots(setup, round_id):
    with setup.ctx.session() as s:
        return voting.ballots(s, round_id)


def test_a_full_round_through_the_grid_with_the_keyboard(qtbot, setup, tab):
    info = new_round(tab)
    assert info is not None and tab.current_round().id == info.id
    view = tab.entry.view
    names = [r.name for r in tab.entry.model.rows]
    assert names == sorted(n for n in setup.voters)  # voters only, never the observer
    assert "Ministry of Agriculture" not in names
    assert tab.waiting_label.text() == "Not voted yet: 4 of 4"
    view.setFocus()
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 1

    # Row 1: 1 2 3 4, Tab between cells, Enter on the last option records it.
    for rank in "123":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "4")
    key(qtbot, view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(stored_ballots(setup, info.id)) == 1)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 1

    # Row 2: a repeated rank is refused live with the engine's words, then fixed.
    for rank in "1123":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab if rank != "3" else Qt.Key.Key_Return)
    row = tab.entry.model.rows[1]
    assert not row.recorded
    assert any("Rank 1 is given to more than one option" in p for p in row.problems)
    assert "Rank 1 is given to more than one option" in cell(tab, 1, 7)  # status column
    assert "Rank 1 is given to more than one option" in tab.entry.problem_label.text()
    assert len(stored_ballots(setup, info.id)) == 1
    assert view.currentIndex().row() == 1  # Enter keeps the cursor on a row with problems
    view.setCurrentIndex(tab.entry.model.index(1, 2))
    type_keys(qtbot, view, "4")
    key(qtbot, view, Qt.Key.Key_Return)  # on to the next option ...
    key(qtbot, view, Qt.Key.Key_Return)
    key(qtbot, view, Qt.Key.Key_Return)  # ... and past the last one: recorded
    qtbot.waitUntil(lambda: len(stored_ballots(setup, info.id)) == 2)
    assert cell(tab, 1, 5) == "—"  # anonymous round: privacy hides rows not being typed
    tab.entry.privacy_check.setChecked(False)
    assert cell(tab, 1, 5) == "4 / 4"  # the running total
    tab.entry.privacy_check.setChecked(True)

    # Row 3 is a paper ballot Marie types in (Ctrl+P ticks Paper); only two ranks given.
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)
    key(qtbot, view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, view, "2")
    key(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "1")
    key(qtbot, view, Qt.Key.Key_Down)  # leaving the row records it
    qtbot.waitUntil(lambda: len(stored_ballots(setup, info.id)) == 3)

    # Row 4, then the not-voted list is empty.
    view.setCurrentIndex(tab.entry.model.index(3, 1))
    for rank in "4321":
        type_keys(qtbot, view, rank)
        key(qtbot, view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(stored_ballots(setup, info.id)) == 4)
    assert tab.waiting_label.text() == "Not voted yet: 0 of 4"
    assert tab.rounds_model.index(0, 5).data() == "4 of 4"

    ballots = {b.voter_name: b for b in stored_ballots(setup, info.id)}
    paper = ballots[tab.entry.model.rows[2].name]
    assert paper.source == "paper" and paper.entered_by == "Marie"
    assert {b.source for n, b in ballots.items() if b is not paper} == {"grid"}
    assert all(b.entered_by == "Marie" and b.entered_at is not None for b in ballots.values())
    first = ballots[tab.entry.model.rows[0].name]
    assert [first.values[o.id] for o in info.options] == [1, 2, 3, 4]

    # Close the round and read the ranking back from the results view.
    assert tab.close_round()
    results = ResultsTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(results)
    results.show()
    with setup.ctx.session() as s:
        expected = voting.tally_round(s, info.id).result
    assert [r[1] for r in results.ranking()] == [r.option for r in expected.ranking]
    assert results.ranking()[0] == ("1", expected.ranking[0].option,
                                    str(expected.ranking[0].score))


def test_correcting_a_recorded_ballot_is_logged(qtbot, setup, tab):
    info = new_round(tab, method="dots", anonymity="named", budget=3)
    view = tab.entry.view
    view.setFocus()
    type_keys(qtbot, view, "3")
    key(qtbot, view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(stored_ballots(setup, info.id)) == 1)
    # over budget: the engine's message, nothing saved
    view.setCurrentIndex(tab.entry.model.index(0, 2))
    type_keys(qtbot, view, "1")
    key(qtbot, view, Qt.Key.Key_Down)
    assert "4 dots in total: the budget is 3" in tab.entry.model.rows[0].problems
    assert cell(tab, 0, 5) == "4 / 3"
    assert "4 dots in total" in tab.entry.problem_label.text()
    # fix it: 2 + 1
    view.setCurrentIndex(tab.entry.model.index(0, 1))
    type_keys(qtbot, view, "2")
    key(qtbot, view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.entry.model.rows[0].draft is None)
    [ballot] = stored_ballots(setup, info.id)
    assert ballot.values == {info.options[0].id: 2.0, info.options[1].id: 1.0}
    with setup.ctx.session() as s:
        changed = [e for e in audit.entries(s, round_id=info.id) if e.action == "ballot.changed"]
    assert len(changed) == 1 and changed[0].actor == "Marie"
    assert json.loads(changed[0].details)["after"] == {info.options[0].label: 2.0,
                                                      info.options[1].label: 1.0}


def test_options_and_anonymity_lock_after_the_first_ballot(qtbot, setup, tab):
    info = new_round(tab)
    with setup.ctx.session() as s:
        priorities = list_priorities(s, setup.workshop_id)
    before = RoundDialog(priorities, tab.current_round(), tab)
    assert before.priority_view.isEnabled() and before.anonymity.isEnabled()
    assert not before.lock_note.isVisibleTo(before)
    with setup.ctx.session() as s:
        voter = voting.voters(s, info.id)[0]
        voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=voter.member_id)
    tab.reload()
    after = RoundDialog(priorities, tab.current_round(), tab)
    assert not after.priority_view.isEnabled()
    assert not after.method_combo.isEnabled()
    assert not after.anonymity.isEnabled()
    assert after.lock_note.isVisibleTo(after)
    # even a forced change is refused by the service
    with setup.ctx.session() as s, pytest.raises(Exception, match="can no longer change"):
        voting.update_round(s, info.id, priority_ids=setup.priorities[:2])
    # the title may still change
    after.title_edit.setText("Ranking, first pass")
    tab.edit_round(accept(after))
    assert tab.current_round().title == "Ranking, first pass"
    assert len(tab.current_round().options) == 4


def test_secret_round_is_entered_one_ballot_at_a_time(qtbot, setup, tab):
    info = new_round(tab, method="gradients", anonymity="secret")
    entry = tab.entry
    assert [r.name for r in entry.model.rows] == ["Next ballot"]
    assert entry.secret_bar.isVisible()
    voter_name = "Coopérative du Nord"
    # typed before saying who handed it in: held, visibly, and nothing recorded
    entry.view.setFocus()
    for value in "2173":
        type_keys(qtbot, entry.view, value)
        key(qtbot, entry.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "Say who handed in this ballot" in entry.problem_label.text())
    assert entry.secret_count == 0 and entry.model.rows[0].draft is not None
    with setup.ctx.session() as s:
        assert voting.ballots(s, info.id) == []
    entry.voter_combo.setCurrentIndex(entry.voter_combo.findText(voter_name))
    qtbot.mouseClick(entry.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: entry.secret_count == 1)
    assert entry.model.rows[0].draft is None  # the row is cleared for the next paper
    assert entry.view.currentIndex().column() == entry.model.first_field()
    assert voter_name not in tab.waiting_model.stringList()
    assert entry.voter_combo.findText(voter_name) == -1
    with setup.ctx.session() as s:
        [ballot] = voting.ballots(s, info.id)
        progress = voting.round_progress(s, info.id)
    assert ballot.voter_id is None and ballot.voter_name is None
    # nothing describes the ballot: not the channel, not who typed it, not when
    assert ballot.entered_by == "" and ballot.source == "urn" and ballot.entered_at is None
    assert (progress.ballots, progress.voted) == (1, 1)  # the counts agree
    # nothing on the tab lists secret ballots one by one
    assert entry.model.rowCount() == 1
    assert not tab.delete_ballot_button.isVisible()


def test_close_reopen_with_reason_next_round_and_delete(qtbot, setup, tab, monkeypatch):
    info = new_round(tab, method="approval", anonymity="named")
    with setup.ctx.session() as s:
        for n, voter in enumerate(voting.voters(s, info.id)):
            voting.record_ballot(s, info.id, {info.options[0].id: 1,
                                              info.options[1 + n % 3].id: 1},
                                 voter_id=voter.member_id)
    tab.reload()
    assert tab.close_round()
    assert tab.current_round().status == "closed"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert not tab.reopen_round(reason="  ")  # a reason is needed
    assert "Say why" in warned[0]
    assert tab.reopen_round(reason="late paper ballot")
    with setup.ctx.session() as s:
        reopened = [e for e in audit.entries(s, round_id=info.id) if e.action == "round.reopened"]
    assert json.loads(reopened[0].details) == {"reason": "late paper ballot"}
    assert tab.close_round()

    from facilitator_app.ui.next_round_dialog import NextRoundDialog

    def preview(rule, k):
        with setup.ctx.session() as s:
            return voting.preview_next_round(s, info.id, rule=rule, k=k)

    with setup.ctx.session() as s:
        next_setup = voting.next_round_setup(s, info.id)
    dialog = NextRoundDialog(tab.current_round(), next_setup, preview, tab)
    assert dialog.top_radio.isChecked()  # not a gradients round: the top k
    assert not dialog.no_consensus_radio.isVisibleTo(dialog)
    dialog.k_spin.setValue(2)
    assert "top 2 kept" in dialog.preview_label.text()
    assert dialog.multi_radio.isEnabled()  # approval: the multi-voting rule is offered
    new = tab.next_round(accept(dialog))
    assert new is not None and len(new.options) == 2 and new.previous_round_id == info.id
    assert tab.current_round().id == new.id
    assert tab.delete_round(confirm=False) is False
    assert tab.delete_round(confirm=True)
    assert [r.id for r in tab.rounds_model.rounds] == [info.id]


def test_show_of_hands_and_the_audit_view(qtbot, setup, tab):
    from facilitator_app.ui.audit_view import AuditDialog
    from facilitator_app.ui.hands_dialog import HandsDialog

    info = new_round(tab, method="gradients", anonymity="anonymous")
    dialog = HandsDialog(tab.current_round(), tab)
    model = dialog.model
    assert model.columnCount() == 8  # the option, then gradients 1-7
    model.setData(model.index(0, 1), "3")
    model.setData(model.index(0, 2), "1")
    model.setData(model.index(1, 7), "1")
    assert not model.setData(model.index(1, 6), "two")
    assert dialog.summary.text() == "5 in all."
    assert tab.show_hands(accept(dialog)) == 5
    with setup.ctx.session() as s:
        result = voting.tally_round(s, info.id).result
    assert result.winners == [info.options[0].label]
    assert tab.rounds_model.index(0, 5).data() == "0 of 4 + 5 hands"

    audit_dialog = AuditDialog(setup.ctx, info.id, info.title, tab)
    rows = audit_dialog.model.rows
    assert [r[1] for r in rows] == ["Round opened", "Show-of-hands totals recorded"]
    assert rows[0][2] == "Marie"
    assert rows[0][3] == "Gradients of agreement, Anonymous, 4 options"
    assert rows[1][3].startswith("5 hands")

    # a decision taken from the round reads as its sentence, not "text: ..."
    from facilitator_app.services.decisions import adopt

    with setup.ctx.session() as s:
        voting.close_round(s, info.id)
        adopt(s, info.id, [info.options[0].priority_id], "We start with this one.")
    audit_dialog = AuditDialog(setup.ctx, info.id, info.title, tab)
    adopted = [r[3] for r in audit_dialog.model.rows if "dopt" in r[1]]
    assert adopted and adopted[0].startswith("Adopted")
    assert not any(r[3].startswith("text:") for r in audit_dialog.model.rows)


def test_the_workshop_view_has_voting_and_results_and_closing_shows_the_results(qtbot, setup):
    from facilitator_app.ui.workshop_view import WorkshopView

    view = WorkshopView(setup.ctx)
    qtbot.addWidget(view)
    view.open(setup.workshop_id, tab="voting")
    view.show()
    tab = view.tab("voting")
    assert isinstance(tab, VotingTab) and isinstance(view.tab("results"), ResultsTab)
    info = new_round(tab, method="approval", anonymity="named")
    with setup.ctx.session() as s:
        for voter in voting.voters(s, info.id):
            voting.record_ballot(s, info.id, {info.options[2].id: 1}, voter_id=voter.member_id)
    tab.reload()
    assert tab.close_round()
    assert view.current_tab_key() == "results"
    results = view.tab("results")
    assert results.round_id() == info.id
    assert results.ranking()[0] == ("1", "Youth apprenticeships", "4")


def test_closing_with_members_not_voted_asks_first_and_no_keeps_it_open(qtbot, setup, tab,
                                                                         monkeypatch):
    info = new_round(tab, method="approval", anonymity="secret")
    with setup.ctx.session() as s:
        voting.record_ballot(s, info.id, {info.options[0].id: 1},
                             voter_id=setup.voters["Coopérative du Nord"])
    tab.reload()
    asked = []

    def answer(reply):
        def question(parent, title, text, buttons, default):
            asked.append((text, default))
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    [(text, default)] = asked
    assert text.startswith("3 of 4 voting members have not voted yet (")
    assert "Smith & Sons <Ltd>" in text and "Coopérative du Nord" not in text
    assert default == QMessageBox.StandardButton.No  # Enter keeps the round open
    assert tab.current_round().is_open
    with setup.ctx.session() as s:
        assert voting.get_round(s, info.id).is_open

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert tab.close_round()
    assert len(asked) == 2
    assert tab.current_round().status == "closed"


def test_closing_when_everyone_voted_does_not_ask(qtbot, setup, tab):
    info = new_round(tab, method="approval", anonymity="named")
    with setup.ctx.session() as s:
        for voter in voting.voters(s, info.id):
            voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=voter.member_id)
    tab.reload()
    assert tab.close_round()  # the guard fails the test on any question


def test_the_round_dialog_never_asks_for_weights_in_a_secret_round(qtbot, setup, tab):
    from facilitator_app.services.voting.rounds import SECRET_WEIGHTS_REFUSED

    with setup.ctx.session() as s:
        priorities = list_priorities(s, setup.workshop_id)
    dialog = RoundDialog(priorities, parent=tab)
    dialog.anonymity.set_value("named")
    dialog.weights_check.setChecked(True)
    assert dialog.weights_check.isEnabled() and dialog.values()["use_weights"] is True
    assert not dialog.weights_note.isVisibleTo(dialog)

    dialog.anonymity.set_value("secret")
    assert not dialog.weights_check.isEnabled() and not dialog.weights_check.isChecked()
    assert dialog.weights_note.isVisibleTo(dialog)
    assert dialog.weights_note.text() == SECRET_WEIGHTS_REFUSED
    assert dialog.values()["use_weights"] is False
    dialog.weights_check.setChecked(True)  # even ticked behind its back, it is not sent
    assert dialog.values()["use_weights"] is False

    dialog.anonymity.set_value("anonymous")  # the facilitator's choice comes back
    assert dialog.weights_check.isEnabled() and dialog.weights_check.isChecked()
    dialog.anonymity.set_value("secret")
    info = tab.new_round(accept(dialog))  # no warning: the service accepts it
    assert info is not None and info.anonymity == "secret" and not info.use_weights

    edit = RoundDialog(priorities, tab.current_round(), tab)
    assert not edit.weights_check.isEnabled() and edit.weights_note.isVisibleTo(edit)
    edit.title_edit.setText("Secret pass")
    tab.edit_round(accept(edit))
    assert tab.current_round().title == "Secret pass" and not tab.current_round().use_weights


def _row_texts(tab, r):
    model = tab.entry.model
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)
    return [str(model.index(r, c).data(role) or "") for c in range(model.columnCount())
            for role in roles]


def test_privacy_mode_shows_numbers_only_in_the_row_being_typed(qtbot, setup, tab):
    info = new_round(tab, method="dots", anonymity="anonymous", budget=3)
    o = [opt.id for opt in info.options]
    names = sorted(setup.voters)
    with setup.ctx.session() as s:
        for name, values in ((names[0], {o[0]: 2, o[1]: 1}), (names[1], {o[2]: 3}),
                             (names[2], {o[3]: 1, o[0]: 1, o[1]: 1})):
            voting.record_ballot(s, info.id, values, voter_id=setup.voters[name])
    tab.reload()
    entry, view, model = tab.entry, tab.entry.view, tab.entry.model
    assert entry.privacy_check.isVisible() and entry.privacy_check.isChecked()
    # a paper ballot typed for the last voter, over the budget: a draft with problems
    view.setFocus()
    view.setCurrentIndex(model.index(3, 1))
    type_keys(qtbot, view, "4")
    key(qtbot, view, Qt.Key.Key_Tab)
    view.setCurrentIndex(model.index(1, 1))  # leaving it: not recorded, problems kept
    assert model.rows[3].problems and not model.rows[3].recorded
    assert model.active_row == 1

    # the row being typed shows its numbers ...
    assert [cell(tab, 1, c) for c in range(1, 6)] == ["", "", "3", "", "3 / 3"]
    # ... no other row shows a number anywhere, nor the reasons that quote them
    for r in (0, 2, 3):
        texts = _row_texts(tab, r)
        assert not any(ch.isdigit() for text in texts for ch in text), (r, texts)
        assert [cell(tab, r, c) for c in range(1, 6)] == ["—"] * 5
    assert cell(tab, 0, 7).startswith("✓") and cell(tab, 3, 7) == "⚠ not recorded"
    assert "4 dots" not in entry.problem_label.text()
    assert entry.problem_label.text().startswith(f"{names[3]}: not recorded")

    # moving on: the new row shows its numbers, the one left hides them
    view.setCurrentIndex(model.index(0, 1))
    assert [cell(tab, 0, c) for c in range(1, 5)] == ["2", "1", "", ""]
    assert [cell(tab, 1, c) for c in range(1, 5)] == ["—"] * 4

    # Ctrl+H in the grid turns it off (everything shows) and on again
    key(qtbot, view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not entry.privacy_check.isChecked()
    assert [cell(tab, 2, c) for c in range(1, 5)] == ["1", "1", "", "1"]
    assert "4 dots in total: the budget is 3" in cell(tab, 3, 7)
    key(qtbot, view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert entry.privacy_check.isChecked() and cell(tab, 2, 1) == "—"

    # a named round starts with privacy off; back in the anonymous one it is on again
    named = new_round(tab, method="approval", anonymity="named")
    assert tab.current_round().id == named.id and not entry.privacy_check.isChecked()
    tab.select_round(info.id)
    assert tab.current_round().id == info.id and entry.privacy_check.isChecked()


def test_privacy_is_on_in_secret_rounds(qtbot, setup, tab):
    new_round(tab, method="approval", anonymity="secret")
    assert tab.entry.privacy_check.isChecked()
    assert tab.entry.model.shows_values(0)  # the one row is the one being typed


def test_the_new_round_title_example_has_the_next_rounds_number(qtbot, setup, tab,
                                                                 monkeypatch):
    for _ in range(3):
        new_round(tab)
    seen = []

    def look(dialog):
        seen.append(dialog.title_edit.placeholderText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RoundDialog, "exec", look)
    assert tab.new_round() is None
    assert seen == ["e.g. Round 4: rank the candidates"]
