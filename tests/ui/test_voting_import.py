"""Importing typed-in paper ballots from the Voting tab, and printing the sheets."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from facilitator_app.core.ballot_matrix import matrix_csv_text
from facilitator_app.services import voting
from facilitator_app.ui.ballot_import_dialog import BallotImportDialog
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import no_modal_dialogs, voting_workshop  # noqa: F401


def write_csv(path, rows):
    path.write_text("\ufeff" + matrix_csv_text(rows), encoding="utf-8", newline="")
    return path


def test_a_file_with_one_bad_row_is_refused_with_the_reason(qtbot, setup, tmp_path):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "dots",
                                   params={"budget": 3}, anonymity="anonymous")
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    header = ["Voter", *(o.label for o in info.options)]
    bad = write_csv(tmp_path / "typed.csv", [
        header,
        ["asociacion de productores ñame verde", 1, 1, 1, ""],
        ["Coopérative du Nord", 2, 2, "", ""],  # 4 dots: over the budget of 3
        ["Smith & Sons <Ltd>", "", "", 3, ""],
    ])
    dialog = BallotImportDialog(setup.ctx, info, tab)
    dialog.load(bad)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.problems() == ["row 3 (Coopérative du Nord): 4 dots in total: the budget is 3"]
    assert dialog.summary.text().startswith("Nothing can be imported")
    dialog.exec = lambda: QDialog.DialogCode.Rejected  # the facilitator can only cancel
    assert tab.import_ballots(dialog=dialog) == 0
    with setup.ctx.session() as s:
        assert voting.ballots(s, info.id) == []
    assert tab.waiting_label.text() == "Not voted yet: 4 of 4"

    # fixed file: all three come in as paper ballots
    good = write_csv(tmp_path / "fixed.csv", [
        header,
        ["asociacion de productores ñame verde", 1, 1, 1, ""],
        ["Coopérative du Nord", 2, 1, "", ""],
        ["Smith & Sons <Ltd>", "", "", 3, ""],
        ["Grenada Bureau of Standards", "", "", "", ""],  # no sheet: skipped
    ])
    dialog = BallotImportDialog(setup.ctx, info, tab)
    dialog.load(good)
    assert dialog.problems() == []
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "Import 3 ballots"
    assert "1 row without any number is skipped" in dialog.summary.text()
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    assert tab.import_ballots(dialog=dialog) == 3
    with setup.ctx.session() as s:
        stored = voting.ballots(s, info.id)
    assert {b.source for b in stored} == {"paper"} and len(stored) == 3
    assert tab.waiting_model.stringList() == ["Grenada Bureau of Standards"]


def test_blank_matrix_and_paper_ballots_from_the_tab(qtbot, setup, tmp_path):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "borda",
                                   anonymity="named", title="Round 1: rank them")
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    writing = tab.paper_ballots(tmp_path / "sheets.pdf")
    qtbot.waitUntil(lambda: not writing.running, timeout=20_000)
    pdf = writing.outcome.value
    assert setup.ctx.messages[-1].startswith(f"Paper ballots saved to {pdf}")
    reader = PdfReader(str(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Ballot 4 of 4 " in text and "Ballot 5 of" not in text  # one per voter
    assert "Coopérative du Nord" in text
    assert voting.round_code(info) in reader.pages[0].extract_text()
    dialog = BallotImportDialog(setup.ctx, info, tab)
    blank = dialog.save_blank(tmp_path / "type-here.xlsx")
    dialog.load(blank)
    assert dialog.problems() == ["the file has no ballot to import (every row is blank)."]


def test_secret_sheets_without_a_name_need_who_handed_them_in(qtbot, setup, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt

    from facilitator_app.services.attendance import add_attendees
    from facilitator_app.services.roster import add_member

    with setup.ctx.session() as s:
        fifth = add_member(s, {"name": "Spice Growers Union", "member_type": "firm"})
        add_attendees(s, setup.workshop_id, [fifth], role="voter")
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                   anonymity="secret")
        o = [opt.id for opt in info.options]
        # Grenada voted on the kiosk already: on the register, never offered below
        voting.record_ballot(s, info.id, {o[0]: 1},
                             voter_id=setup.voters["Grenada Bureau of Standards"],
                             source="kiosk")
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    tab.reload(select=info.id)
    assert tab.waiting_label.text() == "Not voted yet: 4 of 5"

    # the blank matrix the dialog writes, filled in as the facilitator would
    dialog = BallotImportDialog(setup.ctx, info, tab)
    qtbot.addWidget(dialog)
    path = dialog.save_blank(tmp_path / "secret.xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[1]][1:] == [opt.label for opt in info.options]
    assert all(not row[0].value for row in sheet.iter_rows(min_row=2))  # no names
    assert sheet.max_row == 6  # one blank row per voting member
    for column, value in ((2, 1), (4, 1)):
        sheet.cell(row=2, column=column, value=value)  # a sheet without a name
    sheet.cell(row=3, column=3, value=1)  # another one
    sheet.cell(row=4, column=1, value="Coopérative du Nord")  # a named sheet: on the register
    sheet.cell(row=4, column=5, value=1)
    book.save(path)  # rows 5 and 6 stay blank: sheets nobody handed in

    dialog.show()
    dialog.load(path)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not dialog.sources_box.isVisible()  # a secret ballot keeps no channel
    assert dialog.handed_box.isVisible()
    assert dialog.handed_question.text().startswith(
        "Who handed in the 2 sheets without a name?")
    listed = [dialog.handed_list.item(n).text() for n in range(dialog.handed_list.count())]
    # not yet on the register, and not named in the file
    assert listed == ["Asociación de Productores Ñame Verde", "Smith & Sons <Ltd>",
                      "Spice Growers Union"]
    assert dialog.problems() == []  # the file itself is right
    assert "once you say who handed in the sheets" in dialog.summary.text()
    assert not ok.isEnabled()
    assert dialog.handed_status.text().startswith("0 of 2 ticked. Import stays off until "
                                                  "exactly 2 are ticked")

    def space_on(row):
        dialog.handed_list.setFocus()
        dialog.handed_list.setCurrentRow(row)
        qtbot.keyClick(dialog.handed_list, Qt.Key.Key_Space)

    space_on(0)
    assert dialog.handed_in_by() == [setup.voters["Asociación de Productores Ñame Verde"]]
    assert not ok.isEnabled() and dialog.handed_status.text().startswith("1 of 2 ticked.")
    space_on(1)
    space_on(2)
    assert not ok.isEnabled() and dialog.handed_status.text().startswith("3 of 2 ticked.")
    space_on(1)  # Smith handed in nothing: untick
    assert dialog.handed_status.text() == "2 of 2 ticked."
    assert dialog.problems() == []
    assert ok.isEnabled() and ok.text() == "Import 3 ballots"
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    assert tab.import_ballots(dialog=dialog) == 3

    with setup.ctx.session() as s:
        progress = voting.round_progress(s, info.id)
        on_register = voting.voted_member_ids(s, info.id)
        stored = voting.ballots(s, info.id)
    assert on_register == {setup.voters["Grenada Bureau of Standards"],
                           setup.voters["Coopérative du Nord"],
                           setup.voters["Asociación de Productores Ñame Verde"], fifth}
    assert (progress.ballots, progress.voted, progress.voters) == (4, 4, 5)
    assert all(b.voter_id is None and b.source == "urn" for b in stored)
    assert tab.waiting_model.stringList() == ["Smith & Sons <Ltd>"]
    assert tab.waiting_label.text() == "Not voted yet: 1 of 5"
    assert tab.rounds_model.index(0, 5).data() == "4 of 5"

    # the same sheets again: nobody left to tick for them, nothing imported
    again = BallotImportDialog(setup.ctx, tab.current_round(), tab)
    qtbot.addWidget(again)
    again.load(path)
    assert not again.buttons.button(again.buttons.StandardButton.Ok).isEnabled()
    assert any("Coopérative du Nord" in p and "already voted" in p for p in again.problems())


def test_a_named_round_shows_no_handed_in_list(qtbot, setup, tmp_path):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                   anonymity="anonymous")
    header = ["Voter", *(o.label for o in info.options)]
    path = write_csv(tmp_path / "nameless.csv", [header, ["", 1, "", "", ""]])
    dialog = BallotImportDialog(setup.ctx, info)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert not dialog.handed_box.isVisibleTo(dialog)
    assert dialog.problems() == ["row 2: no voter name: say whose ballot this is"]
    assert dialog.handed_in_by() == []


def test_no_two_buttons_of_the_voting_tab_share_an_alt_key(qtbot, setup):
    from PySide6.QtWidgets import QAbstractButton

    with setup.ctx.session() as s:
        voting.create_round(s, setup.workshop_id, setup.priorities, "borda",
                            anonymity="anonymous", title="Round 1")
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    keys: dict[str, list[str]] = {}
    for button in tab.findChildren(QAbstractButton):
        text = button.text().replace("&&", "")
        if "&" in text:
            keys.setdefault(text[text.index("&") + 1].lower(), []).append(text)
    assert "t" in keys and any("phones" in t for t in keys["t"])
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
