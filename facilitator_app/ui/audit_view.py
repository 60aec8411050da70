"""The audit log of one vote round: what happened, when, by whom and how.

Every ballot created, changed or deleted and every round opened, changed,
closed or reopened is in the log (``services.audit``); this view reads it
back for one round in local time, in words. Secret ballots appear as
"ballot recorded" with their source only: the log never held more.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services import audit
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import datetime_text
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import (
    anonymity_label,
    keep_rows_fitted,
    method_label,
    number,
    source_label,
)

ACTIONS = {
    "round.opened": "Round opened",
    "round.changed": "Round settings changed",
    "round.closed": "Round closed",
    "round.reopened": "Round reopened",
    "round.deleted": "Round deleted",
    "ballot.created": "Ballot recorded",
    "ballot.changed": "Ballot corrected",
    "ballot.deleted": "Ballot deleted",
    "hands.recorded": "Show-of-hands totals recorded",
}


def local_time(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return datetime_text(at, seconds=True)


def _values(values: dict[str, Any] | None) -> str:
    return ", ".join(f"{k}: {number(v)}" for k, v in (values or {}).items())


def _options(count: Any) -> str:
    if not isinstance(count, int):
        return "? options"
    return QCoreApplication.translate("AuditView", "%n option(s)", "", count)


def describe(action: str, details: dict[str, Any]) -> str:
    """The details of one entry in words."""
    if action == "round.opened":
        return (f"{method_label(details.get('method', ''))}, "
                f"{anonymity_label(details.get('anonymity', ''))}, "
                f"{_options(details.get('options'))}")
    if action == "round.reopened":
        reason = details.get("reason") or ""
        return f"reason: {reason}" if reason else "no reason given"
    if action == "ballot.created":
        if "voter" not in details:
            return "secret ballot: no voter and no values are logged"
        text = f"for {details.get('voter') or '?'}: {_values(details.get('values'))}"
        if details.get("feasibility"):
            text += f"; feasibility {_values(details['feasibility'])}"
        return text
    if action == "ballot.changed":
        return f"{_values(details.get('before'))} → {_values(details.get('after'))}"
    if action == "hands.recorded":
        return f"{details.get('marks', 0)} hands: " + ", ".join(
            f"{k}: {v}" for k, v in (details.get("totals") or {}).items())
    if action == "round.deleted":
        return str(details.get("title", ""))
    sentence = details.get("text")
    if isinstance(sentence, str) and sentence.strip():
        return " ".join(sentence.split())  # written to be read as it is (decisions, actions)
    return ", ".join(f"{k}: {v}" for k, v in details.items())


class AuditModel(QAbstractTableModel):
    COLUMNS = ("Time", "What", "Who / how", "Details")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str]] = []

    def load(self, entries) -> None:
        self.beginResetModel()
        self.rows = []
        for e in entries:
            try:
                details = json.loads(e.details or "{}")
            except ValueError:
                details = {}
            how = e.actor or ""
            if details.get("source"):
                how = f"{how} · {source_label(details['source'])}" if how else \
                    source_label(details["source"])
            self.rows.append((local_time(e.at), self.tr(ACTIONS.get(e.action, e.action)), how,
                              describe(e.action, details)))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


class AuditDialog(QDialog):
    def __init__(self, ctx: AppContext, round_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log: {0}").format(title))
        self.model = AuditModel(self)
        Op(self, ctx).run(lambda s: audit.entries(s, round_id=round_id),
                          success=self.model.load)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        keep_rows_fitted(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n (entry|entries), oldest first, in local time.", "",
                                        self.model.rowCount())))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().height() * 30)
