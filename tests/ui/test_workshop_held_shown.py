"""After the first ballot is typed in, the workshop's Details tab and the
workshops list say Held, without reopening anything."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator_app import options as app_options
from facilitator_app.services import voting
from facilitator_app.services.priorities import list_priorities
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.round_dialog import RoundDialog
from facilitator_app.ui.workshops_page import WorkshopsPage
from tests.ui.voting_setup import accept, key, no_modal_dialogs, small_workshop, type_keys  # noqa: F401


def test_details_and_list_show_held_once_the_vote_begins(qtbot, tmp_path):
    configure_application()
    app_options.set_value("facilitator_name", "Marie")
    setup = small_workshop(tmp_path)
    page = WorkshopsPage(setup.ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitActive(page):
        page.activateWindow()
    view = page.open_workshop(setup.workshop_id, "voting")
    details = view.tab("details")
    assert details.status_combo.currentText() == "Planned"
    voting_tab = view.tab("voting")
    with setup.ctx.session() as s:
        priorities = list_priorities(s, setup.workshop_id)
    dialog = RoundDialog(priorities, parent=voting_tab)
    dialog.set_method("borda")
    dialog.anonymity.set_value("named")
    dialog.title_edit.setText("Ranking")
    info = voting_tab.new_round(accept(dialog))
    assert details.status_combo.currentText() == "Planned"  # a round is not a vote yet

    grid = voting_tab.entry.view
    grid.setFocus()
    for rank in "1234":
        type_keys(qtbot, grid, rank)
        key(qtbot, grid, Qt.Key.Key_Tab if rank != "4" else Qt.Key.Key_Return)

    def ballots() -> int:
        with setup.ctx.session() as s:
            return len(voting.ballots(s, info.id))

    qtbot.waitUntil(lambda: ballots() == 1)
    qtbot.waitUntil(lambda: details.status_combo.currentText() == "Held")
    assert [w.status for w in page.model.records()] == ["held"]
    model = page.model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Held" in shown  # the list says so too
    setup.ws.close()
