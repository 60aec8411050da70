"""Audit entries made from the window name the facilitator (Settings), also
for workshops and priorities, whose services take no actor of their own; a
secret ballot's entry still names nobody."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from facilitator_app import options as app_options
from facilitator_app.services import audit, voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.roster import add_member
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.priorities_tab import PrioritiesTab, PriorityDialog
from facilitator_app.ui.workshops_page import NewWorkshopDialog, WorkshopsPage


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_workspace(tmp_path / "audit.cluster")
    yield AppContext(ws, lambda _key: None, lambda _message: None)
    ws.close()


def actors(ctx, action: str) -> list[str]:
    with ctx.session() as s:
        return [e.actor for e in audit.entries(s) if e.action == action]


def test_workshop_and_priority_entries_name_the_facilitator(qtbot, ctx, monkeypatch):
    app_options.set_value("facilitator_name", "Marie-Thérèse Lalsingh")
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.show()

    def fill(dialog):
        dialog.title_edit.setText("Atelier d'été")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewWorkshopDialog, "exec", fill)
    workshop_id = page.new_workshop()
    assert workshop_id is not None
    assert actors(ctx, "workshop.created") == ["Marie-Thérèse Lalsingh"]

    tab = PrioritiesTab(ctx, workshop_id)
    qtbot.addWidget(tab)
    dialog = PriorityDialog(tab._categories, parent=tab)
    dialog.title_edit.setText("Séchoir solaire")
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    tab.add_typed(dialog)
    assert actors(ctx, "priority.added") == ["Marie-Thérèse Lalsingh"]


def test_without_a_name_nothing_is_made_up(qtbot, ctx):
    app_options.set_value("facilitator_name", "")
    from facilitator_app.services.workshops import create_workshop

    with ctx.session() as s:
        create_workshop(s, "Atelier")
    assert actors(ctx, "workshop.created") == [""]  # shown as "not recorded"


def test_a_secret_ballot_still_names_nobody(qtbot, ctx):
    app_options.set_value("facilitator_name", "Marie")
    from facilitator_app.services.priorities import add_priority
    from facilitator_app.services.workshops import create_workshop

    with ctx.session() as s:
        workshop = create_workshop(s, "Vote")
        voter = add_member(s, {"name": "Coopérative Éole", "member_type": "firm"})
        add_attendees(s, workshop.id, [voter], role="voter")
        ids = [add_priority(s, workshop.id, t).id for t in ("A", "B")]
        info = voting.create_round(s, workshop.id, ids, "borda", anonymity="secret")
        voting.record_ballot(s, info.id, {info.options[0].id: 1}, voter_id=voter)
    assert actors(ctx, "ballot.received") == [""]
