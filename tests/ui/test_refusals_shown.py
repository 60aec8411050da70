"""Slots that had no error handling of their own now go through the operation helper:
when a service refuses, the user reads why, in place or in a message box, and
nothing half-done is left (no traceback, no crash dialog)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator_app.services import decisions
from facilitator_app.services.demo import create_demo
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.context import AppContext


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    ws = create_demo(tmp_path / "demo.cluster")
    messages: list[str] = []
    context = AppContext(ws, lambda _key: None, messages.append)
    context.messages = messages
    yield context
    ws.close()


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def _action_with_indicator(ctx):
    with ctx.session() as s:
        for action in decisions.list_actions(s):
            indicators = decisions.list_indicators(s, action.id)
            if indicators:
                return action.id, indicators[0]
    raise AssertionError("the demo has an action with an indicator")


def test_deleting_an_indicator_deleted_elsewhere_says_so_in_the_dialog(qtbot, ctx, warnings):
    from facilitator_app.ui.action_dialogs import IndicatorsDialog

    action_id, indicator = _action_with_indicator(ctx)
    dialog = IndicatorsDialog(ctx, action_id)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.model.rowCount()
    with ctx.session() as s:  # another window deleted it meanwhile
        decisions.delete_indicator(s, indicator.id)
    assert dialog.model.rowCount() == shown
    dialog.view.selectRow(0)
    undo_before = ctx.undo_stack.count()
    dialog.delete_button.click()  # an exception escaping the slot fails the test
    assert dialog.problem.message() == "This indicator no longer exists (it was deleted)."
    assert ctx.undo_stack.count() == undo_before  # nothing to undo
    with ctx.session() as s:
        left = len(decisions.list_indicators(s, action_id))
    assert dialog.model.rowCount() == left  # the table shows what is stored now
    assert warnings == []


@pytest.fixture
def busy(monkeypatch):
    """Another program holds the workspace's write lock (and we wait only briefly):
    ``busy(path)`` takes the lock and returns the function that lets it go."""
    import sqlite3

    from facilitator_app.storage import workspace as workspace_module

    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_MS", 50)
    held: list[sqlite3.Connection] = []

    def release() -> None:
        while held:
            conn = held.pop()
            conn.rollback()
            conn.close()

    def hold(path):
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.append(conn)
        return release

    yield hold
    release()


def test_the_home_page_says_when_the_workspace_is_busy_and_saves_nothing(
        qtbot, tmp_path, warnings, busy):
    from facilitator_app.services.profile import get_profile
    from facilitator_app.ui.home_page import HomePage

    configure_application()
    ws = create_demo(tmp_path / "busy.cluster")  # opened with the short busy timeout
    try:
        ctx = AppContext(ws, lambda _key: None, lambda _text: None)
        page = HomePage(ctx)
        qtbot.addWidget(page)
        page.show()
        topics: list[str] = []
        ctx.changed.connect(topics.append)
        with ctx.session() as s:
            before = get_profile(s).name
        release = busy(ws.path)
        page.name_edit.setText("Grenada Spice Cluster")
        page.name_edit.editingFinished.emit()  # an exception escaping the slot fails the test
        assert warnings == [("busy.cluster is busy: another program is writing to it. "
                             "Try again in a moment.")]
        assert topics == [] and page.saved_label.text() != "Saved."
        release()
        with ctx.session() as s:
            assert get_profile(s).name == before
        page.name_edit.editingFinished.emit()  # the lock is gone: saved now
        assert topics == ["profile"] and len(warnings) == 1
        with ctx.session() as s:
            assert get_profile(s).name == "Grenada Spice Cluster"
    finally:
        ws.close()


def test_who_said_it_on_a_swot_item_deleted_elsewhere_says_so(qtbot, ctx, warnings):
    from facilitator_app.services import swot
    from facilitator_app.services.workshops import create_workshop
    from facilitator_app.ui.workshops_page import WorkshopsPage

    with ctx.session() as s:
        workshop_id = create_workshop(s, "Atelier FODA — Grand'Anse").id
        item_id = swot.add_item(s, workshop_id, "S", "Cacao fino de aroma").id
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    board = page.open_workshop(workshop_id, "swot").tab("swot")
    panel = board.panels["S"]
    panel.select_ids([item_id])
    assert panel.selected_ids() == [item_id]
    with ctx.session() as s:  # deleted from another window meanwhile
        swot.delete_item(s, item_id)
    panel.attribute_action.trigger()  # a traceback would fail the test
    assert warnings == ["This SWOT item no longer exists."]


def test_importing_a_template_twice_asks_before_replacing_it(qtbot, ctx, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    from facilitator_app.services import template_library
    from facilitator_app.services.workshops import create_workshop
    from facilitator_app.ui.workshops_page import WorkshopsPage

    with ctx.session() as s:
        workshop_id = create_workshop(s, "Atelier FODA").id
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    board = page.open_workshop(workshop_id, "swot").tab("swot")
    file = tmp_path / "cacao.json"
    file.write_text(json.dumps({"format": "cft-swot-template", "version": 1,
                                "name": "Cacao fino", "prompts": {"S": ["¿Qué?"], "W": [],
                                                                  "O": [], "T": []}}),
                    encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or answer[0])

    def mine() -> list[str]:
        with ctx.session() as s:
            return [t.template.name for t in template_library.custom_templates(s)]

    board.import_template()
    assert mine() == ["Cacao fino"] and asked == []
    board.import_template()
    assert asked == ["You already have a template called “Cacao fino”. Replace it?"]
    assert mine() == ["Cacao fino"]
    answer[0] = QMessageBox.StandardButton.Yes
    board.import_template()
    assert mine() == ["Cacao fino"] and len(asked) == 2
    assert ctx.messages[-1].startswith("Template “Cacao fino” imported")


def test_deleting_a_workshop_deleted_elsewhere_says_so(qtbot, ctx, warnings):
    from facilitator_app.services import workshops
    from facilitator_app.ui.workshops_page import WorkshopsPage

    with ctx.session() as s:
        workshop_id = workshops.create_workshop(s, "Atelier de trop").id
    page = WorkshopsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select(workshop_id)
    with ctx.session() as s:  # another window of the app deleted it meanwhile
        workshops.delete_workshop(s, workshop_id)
    assert page.delete_selected() is False  # no question asked, no traceback
    assert warnings == ["This workshop no longer exists (it was deleted)."]


def test_priority_categories_on_a_busy_workspace_are_refused_in_words(
        qtbot, tmp_path, warnings, busy):
    from PySide6.QtWidgets import QDialog

    from facilitator_app.services import priorities
    from facilitator_app.services.workshops import create_workshop
    from facilitator_app.services.workspaces import create_workspace
    from facilitator_app.ui.priorities_tab import PrioritiesTab
    from facilitator_app.ui.priority_dialogs import CategoriesDialog

    configure_application()
    ws = create_workspace(tmp_path / "prio.cluster")  # opened with the short busy timeout
    try:
        ctx = AppContext(ws, lambda _key: None, lambda _text: None)
        with ctx.session() as s:
            workshop_id = create_workshop(s, "Journée des priorités").id
            before = priorities.categories(s)
        tab = PrioritiesTab(ctx, workshop_id)
        qtbot.addWidget(tab)
        tab.show()
        topics: list[str] = []
        ctx.changed.connect(topics.append)
        dialog = CategoriesDialog(before, tab)
        dialog.edit.setPlainText("Exportación\nFormación")
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        release = busy(ws.path)
        tab.edit_categories(dialog)  # an exception escaping would fail the test
        assert warnings == [("prio.cluster is busy: another program is writing to it. "
                             "Try again in a moment.")]
        assert topics == []
        release()
        with ctx.session() as s:
            assert priorities.categories(s) == before
    finally:
        ws.close()


def test_closing_a_round_while_the_workspace_is_busy_keeps_it_open(
        qtbot, tmp_path, warnings, busy):
    from facilitator_app.services import voting
    from facilitator_app.ui.voting_tab import VotingTab
    from tests.ui.voting_setup import small_workshop

    configure_application()
    setup = small_workshop(tmp_path)  # opened with the short busy timeout
    try:
        with setup.ctx.session() as s:
            info = voting.create_round(s, setup.workshop_id, setup.priorities, "approval",
                                       anonymity="named", title="Round 1")
            for voter in voting.voters(s, info.id):
                voting.record_ballot(s, info.id, {info.options[0].id: 1},
                                     voter_id=voter.member_id)
        tab = VotingTab(setup.ctx, setup.workshop_id)
        qtbot.addWidget(tab)
        tab.show()
        topics: list[str] = []
        setup.ctx.changed.connect(topics.append)
        release = busy(setup.ws.path)
        assert tab.close_button.isEnabled()
        tab.close_button.click()  # everyone voted: no question; a traceback fails the test
        assert warnings == [("vote.cluster is busy: another program is writing to it. "
                             "Try again in a moment.")]
        release()
        assert tab.current_round().status == "open" and tab.close_button.isEnabled()
        with setup.ctx.session() as s:
            assert voting.get_round(s, info.id).status == "open"
        assert topics == [] and setup.ctx.messages == []  # nothing announced
        tab.close_button.click()  # the other program is done: it closes now
        assert tab.current_round().status == "closed" and len(warnings) == 1
    finally:
        setup.ws.close()
