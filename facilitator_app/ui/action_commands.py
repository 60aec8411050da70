"""Undo commands of the decisions and the action plan (Ctrl+Z / Ctrl+Shift+Z).

As on the Members page, a change is written at once and then pushed as a
command whose first ``redo`` does nothing (so an error is shown before
anything lands on the stack); later undo and redo write to the workspace
again. Commands find records by ``uid``, which survives a delete and its
undo. Every step tells the pages with the ``"action_plan"`` topic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from facilitator_app.services import decisions
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import facilitator_name

TOPIC = "action_plan"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionCommands", text)


def status_text(label: str) -> str:
    """An action status's label (``core.action_plan.ACTION_STATUSES``) in the app's language."""
    return QCoreApplication.translate("action_plan", label)


class _Command(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done when the command was pushed
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[Any], None]) -> None:
        Op(QApplication.activeWindow(), self.ctx, _tr("Action plan")).run(step)
        self.ctx.notify(TOPIC)  # refused or not: the pages show what is stored

    def _redo(self, s: Any) -> None:
        raise NotImplementedError

    def _undo(self, s: Any) -> None:
        raise NotImplementedError


class AdoptCommand(_Command):
    """Priorities adopted (undo takes them back with any plan made since)."""

    def __init__(self, ctx: AppContext, uids: list[str], titles: list[str]) -> None:
        text = (_tr("Adopt {0}").format(titles[0]) if len(titles) == 1
                else _tr("Adopt {0} priorities").format(len(titles)))
        super().__init__(ctx, text)
        self.uids = uids
        self.snapshots: list[decisions.DecisionSnapshot] = []

    def _undo(self, s: Any) -> None:
        self.snapshots = []
        for uid in reversed(self.uids):
            decision_id = decisions.decision_id_for_uid(s, uid)
            if decision_id is not None:
                self.snapshots.append(decisions.unadopt(s, decision_id, confirmed=True,
                                                        actor=facilitator_name()))

    def _redo(self, s: Any) -> None:
        for snapshot in reversed(self.snapshots):
            decisions.restore_decision(s, snapshot, actor=facilitator_name())


class TakeBackCommand(_Command):
    def __init__(self, ctx: AppContext, snapshot: decisions.DecisionSnapshot) -> None:
        super().__init__(ctx, _tr("Take back the decision on {0}").format(snapshot.title))
        self.snapshot = snapshot

    def _undo(self, s: Any) -> None:
        decisions.restore_decision(s, self.snapshot, actor=facilitator_name())

    def _redo(self, s: Any) -> None:
        decision_id = decisions.decision_id_for_uid(s, self.snapshot.uid)
        if decision_id is not None:
            self.snapshot = decisions.unadopt(s, decision_id, confirmed=True,
                                              actor=facilitator_name())


class StatementCommand(_Command):
    def __init__(self, ctx: AppContext, uid: str, title: str, before: str, after: str) -> None:
        super().__init__(ctx, _tr("Change the statement of {0}").format(title))
        self.uid, self.before, self.after = uid, before, after

    def _apply(self, s: Any, text: str) -> None:
        decision_id = decisions.decision_id_for_uid(s, self.uid)
        if decision_id is not None:
            decisions.update_statement(s, decision_id, text, actor=facilitator_name())

    def _undo(self, s: Any) -> None:
        self._apply(s, self.before)

    def _redo(self, s: Any) -> None:
        self._apply(s, self.after)


class AddActionCommand(_Command):
    def __init__(self, ctx: AppContext, uid: str, title: str) -> None:
        super().__init__(ctx, _tr("Add action {0}").format(title))
        self.uid = uid
        self.snapshot: decisions.ActionSnapshot | None = None

    def _undo(self, s: Any) -> None:
        action_id = decisions.action_id_for_uid(s, self.uid)
        if action_id is not None:
            self.snapshot = decisions.delete_action(s, action_id, actor=facilitator_name())

    def _redo(self, s: Any) -> None:
        if self.snapshot is not None:
            decisions.restore_action(s, self.snapshot, actor=facilitator_name())


class EditActionCommand(_Command):
    def __init__(self, ctx: AppContext, uid: str, title: str, before: dict[str, Any],
                 after: dict[str, Any]) -> None:
        super().__init__(ctx, _tr("Edit action {0}").format(title))
        self.uid, self.before, self.after = uid, before, after

    def _apply(self, s: Any, values: dict[str, Any]) -> None:
        action_id = decisions.action_id_for_uid(s, self.uid)
        if action_id is not None:
            decisions.update_action(s, action_id, actor=facilitator_name(), **values)

    def _undo(self, s: Any) -> None:
        self._apply(s, self.before)

    def _redo(self, s: Any) -> None:
        self._apply(s, self.after)


class DeleteActionCommand(_Command):
    def __init__(self, ctx: AppContext, snapshot: decisions.ActionSnapshot) -> None:
        super().__init__(ctx, _tr("Delete action {0}").format(snapshot.title))
        self.snapshot = snapshot

    def _undo(self, s: Any) -> None:
        decisions.restore_action(s, self.snapshot, actor=facilitator_name())

    def _redo(self, s: Any) -> None:
        action_id = decisions.action_id_for_uid(s, self.snapshot.uid)
        if action_id is not None:
            self.snapshot = decisions.delete_action(s, action_id, actor=facilitator_name())


class StatusesCommand(_Command):
    """Statuses (and notes) of many actions set in one go (the review)."""

    def __init__(self, ctx: AppContext, before: dict[str, tuple[str, str]],
                 after: dict[str, tuple[str, str]]) -> None:
        super().__init__(ctx, _tr("Update {0} action(s)").format(len(after)))
        self.before, self.after = before, after  # uid -> (status, notes)

    def _apply(self, s: Any, values: dict[str, tuple[str, str]]) -> None:
        statuses, notes = {}, {}
        for uid, (status, note) in values.items():
            action_id = decisions.action_id_for_uid(s, uid)
            if action_id is not None:
                statuses[action_id], notes[action_id] = status, note
        decisions.set_statuses(s, statuses, actor=facilitator_name(), notes=notes)

    def _undo(self, s: Any) -> None:
        self._apply(s, self.before)

    def _redo(self, s: Any) -> None:
        self._apply(s, self.after)


class IndicatorCommand(_Command):
    """An indicator added, changed or deleted (``before``/``after``: its row,
    None when it did not exist)."""

    def __init__(self, ctx: AppContext, text: str, before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> None:
        super().__init__(ctx, text)
        self.before, self.after = before, after

    def _put(self, s: Any, row: dict[str, Any] | None, other: dict[str, Any] | None) -> None:
        uid = (row or other or {}).get("uid")
        indicator_id = decisions.indicator_id_for_uid(s, uid) if uid else None
        if row is None:
            if indicator_id is not None:
                decisions.delete_indicator(s, indicator_id, actor=facilitator_name())
        elif indicator_id is None:
            decisions.restore_indicator(s, row, actor=facilitator_name())
        else:
            values = {k: row[k] for k in decisions.INDICATOR_FIELDS}
            decisions.update_indicator(s, indicator_id, actor=facilitator_name(), **values)

    def _undo(self, s: Any) -> None:
        self._put(s, self.before, self.after)

    def _redo(self, s: Any) -> None:
        self._put(s, self.after, self.before)
