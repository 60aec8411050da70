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
