"""Counted phrases read right for one and for many ("1 voting members" was
on screen): tr() with %n, and English's two forms from EnglishPlurals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from facilitator_app.services import priorities as priority_service
from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.workshops_page import WorkshopsPage


def say(text: str, n: int) -> str:
    return QCoreApplication.translate("Plurals", text, None, n)


def test_one_and_many_in_english():
    configure_application()
    assert say("%n member(s)", 1) == "1 member"
    assert say("%n member(s)", 0) == "0 members"
    assert say("%n member(s)", 12) == "12 members"
    assert say("%n box(es)", 2) == "2 boxes"
    assert say("%n (entry|entries), oldest first", 1) == "1 entry, oldest first"
    assert say("%n row(s) (has|have) problems", 3) == "3 rows have problems"
    assert say("%n row(s) (has|have) problems", 1) == "1 row has problems"
    assert say("A sentence (with brackets) and no count", 2) == (
        "A sentence (with brackets) and no count")
    assert QCoreApplication.translate("Plurals", "Members (all)") == "Members (all)"


def test_a_workshop_with_one_of_each_says_so(qtbot, tmp_path, monkeypatch):
    configure_application()
    ws = create_workspace(tmp_path / "one.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Petit atelier")
        voter = add_member(s, {"name": "Coopérative Éole", "member_type": "firm"})
        observer = add_member(s, {"name": "Ministère", "member_type": "ministry"})
        add_attendees(s, workshop.id, [voter], role="voter")
        add_attendees(s, workshop.id, [observer], role="observer")
        ids = [priority_service.add_priority(s, workshop.id, t).id for t in ("Séchoir", "Marque")]
        info = voting.create_round(s, workshop.id, ids, "approval", title="Vote")
        voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=voter)
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    row = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert "1 + 1 observer" in row
    view = page.open_workshop(workshop.id, "results")
    assert view.subtitle_label.text().endswith("1 voting, 1 observer")
    results = view.tab("results")
    results.select_round(info.id)
    assert "Vote is open: 1 of 1 voters has voted." in results.hidden_label.text()
    with ws.session() as s:
        voting.close_round(s, info.id)
    results.reload()
    results.select_round(info.id)
    assert "1 ballot counted" in results.note.text()
    # delete it: the question counts one of each
    asked = []
    view.back_button.click()
    page.select(workshop.id)
    def no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    assert not page.delete_selected()
    assert "2 candidate priorities" in asked[0] and "1 vote round," in asked[0]
    assert "1 ballot." in asked[0] and "2 attendance records" in asked[0]
    ws.close()


def test_a_round_of_one_option_says_option(qtbot, tmp_path):
    from facilitator_app.ui.voting_tab import VotingTab

    configure_application()
    ws = create_workspace(tmp_path / "one option.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Petit atelier")
        only = priority_service.add_priority(s, workshop.id, "Séchoir solaire").id
        voting.create_round(s, workshop.id, [only], "approval", title="Une seule")
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    tab = VotingTab(ctx, workshop.id)
    qtbot.addWidget(tab)
    tab.show()
    assert "· 1 option ·" in tab.summary.text()
    ws.close()


def test_a_plan_of_one_action_says_action(qtbot, tmp_path):
    from facilitator_app.services import decisions
    from facilitator_app.ui.action_plan_page import ActionPlanPage

    configure_application()
    ws = create_workspace(tmp_path / "one action.cluster")
    with ws.session() as s:
        workshop = create_workshop(s, "Petit atelier")
        voter = add_member(s, {"name": "Coopérative Éole", "member_type": "firm"})
        add_attendees(s, workshop.id, [voter], role="voter")
        ids = [priority_service.add_priority(s, workshop.id, t).id for t in ("Séchoir", "Marque")]
        info = voting.create_round(s, workshop.id, ids, "borda", title="Vote")
        voting.record_ballot(s, info.id, {info.options[0].id: 1, info.options[1].id: 2},
                             voter_id=voter)
        voting.close_round(s, info.id)
        decisions.adopt_top(s, info.id, 1, "Séchoir first.")
        decision_id = decisions.list_decisions(s)[0].id
        decisions.add_action(s, decision_id, "Price the dryer")
    ctx = AppContext(ws, navigate=lambda key: None, show_status=lambda msg: None)
    page = ActionPlanPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.counts_label.text() == "1 action: 1 open, 0 late or overdue, 0 done."
    assert page.decision_count.text() == "1 decision"
    ws.close()
