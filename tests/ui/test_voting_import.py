"""Importing typed-in paper ballots from the Voting tab, and printing the sheets."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from facilitator_app.core.ballot_matrix import matrix_csv_text
from facilitator_app.services import voting
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.ballot_import_dialog import BallotImportDialog
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import no_modal_dialogs, small_workshop  # noqa: F401


@pytest.fixture
def setup(qtbot, tmp_path):
    configure_application()
    data = small_workshop(tmp_path)
    yield data
    data.ws.close()


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
    assert "1 rows without any number are skipped" in dialog.summary.text()
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
    pdf = tab.paper_ballots(tmp_path / "sheets.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 4
    assert "Coopérative du Nord" in reader.pages[1].extract_text()
    assert voting.round_code(info) in reader.pages[0].extract_text()
    dialog = BallotImportDialog(setup.ctx, info, tab)
    blank = dialog.save_blank(tmp_path / "type-here.xlsx")
    dialog.load(blank)
    assert dialog.problems() == ["the file has no ballot to import (every row is blank)."]
