"""Review of open actions: the first thing a new workshop does with the room.

Every action still open from earlier workshops, overdue ones first, in one
table: the facilitator sets each status as its lead reports it (a drop-down
on every row) and adds a note, then saves them all in one go (one
transaction, one undo step). Nothing is written until "Save all".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.action_plan import ACTION_STATUSES, ActionView, status_label
from facilitator_app.services import decisions
from facilitator_app.ui.action_commands import TOPIC, StatusesCommand, status_text
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import HUE_PROBLEM, facilitator_name, tint

STATUS_COLUMN, NOTES_COLUMN = 5, 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDialog", text)


@dataclass
class ReviewRow:
    action: ActionView
    status: str
    notes: str

    @property
    def changed(self) -> bool:
        return (self.status, self.notes) != (self.action.status, self.action.notes)


class ReviewModel(ListTableModel):
    COLUMNS = ("Action", "Priority", "Workshop", "Lead", "Due", "Status", "Note")

    def set_actions(self, actions: list[ActionView]) -> None:
        self.beginResetModel()
        self._rows = [ReviewRow(a, a.status, a.notes) for a in actions]
        self.endResetModel()

    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (STATUS_COLUMN, NOTES_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: ReviewRow = self._rows[index.row()]
        a = row.action
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            due = date_text(a.due_date)
            if a.overdue:
                due = self.tr("{0} (overdue)").format(due)
            return (a.title, a.decision_title, a.workshop_title, a.lead_name, due,
                    status_text(status_label(row.status)), row.notes)[col]
        if role == Qt.ItemDataRole.EditRole:
            return row.status if col == STATUS_COLUMN else row.notes if col == NOTES_COLUMN \
                else None
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return a.title
        if role == Qt.ItemDataRole.BackgroundRole and a.overdue and col == 4:
            return tint(QPalette(), HUE_PROBLEM)
        if role == Qt.ItemDataRole.FontRole and row.changed and col == STATUS_COLUMN:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row: ReviewRow = self._rows[index.row()]
        if index.column() == STATUS_COLUMN:
            row.status = str(value)
        elif index.column() == NOTES_COLUMN:
            row.notes = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the statuses, open on every row."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("review_status")
        for key, label in ACTION_STATUSES:
            combo.addItem(status_text(label), key)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        key = index.data(Qt.ItemDataRole.EditRole)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(key)))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ReviewDialog(QDialog):
    """Open actions of other workshops (or all, without ``workshop_id``), updated at once."""

    def __init__(self, ctx: AppContext, workshop_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Review open actions"))
        # a refusal here goes to whoever opens the dialog (its slot shows it)
        actions = Op(self, ctx).fetch(
            lambda s: decisions.open_actions_for_review(s, workshop_id))
        overdue = sum(a.overdue for a in actions)
        self.intro = QLabel(self.tr(
            "{0} open action(s), {1} overdue. Ask each lead how it stands, set its status and "
            "a note, then Save all: everything is saved together (Ctrl+Z undoes it)."
        ).format(len(actions), overdue))
        self.intro.setWordWrap(True)
        self.model = ReviewModel(self)
        self.model.set_actions(actions)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setObjectName("review_table")
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.delegate = StatusDelegate(self.view)
        self.view.setItemDelegateForColumn(STATUS_COLUMN, self.delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTES_COLUMN, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for col, chars in ((1, 24), (2, 20), (3, 22)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, chars * char)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, STATUS_COLUMN))
        self.view.resizeRowsToContents()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save all"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(char * 150, self.fontMetrics().lineSpacing() * 30)

    def status_combo(self, row: int) -> QComboBox:
        widget = self.view.indexWidget(self.model.index(row, STATUS_COLUMN))
        assert isinstance(widget, QComboBox)
        return widget

    def save(self) -> None:
        changed = [r for r in self.model.rows() if r.changed]
        if not changed:
            self.accept()
            return
        before = {r.action.uid: (r.action.status, r.action.notes) for r in changed}
        after = {r.action.uid: (r.status, r.notes) for r in changed}
        done = Op(self, self.ctx).run(
            lambda s: decisions.set_statuses(s, {r.action.id: r.status for r in changed},
                                             actor=facilitator_name(),
                                             notes={r.action.id: r.notes for r in changed}),
            success=lambda _: self.ctx.undo_stack.push(
                StatusesCommand(self.ctx, before, after)),
            changed=TOPIC,
            status=self.tr("{0} action(s) updated.").format(len(changed)))
        if done:
            self.accept()


def offer_review(ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> bool:
    """At the start of a new workshop: when actions of earlier workshops are
    still open, offer to review them first. True when the review was saved."""
    read = Op(parent, ctx).run(lambda s: decisions.open_actions_for_review(s, workshop_id))
    actions = read.value if read else None
    if not actions:
        return False
    overdue = sum(a.overdue for a in actions)
    answer = QMessageBox.question(
        parent, _tr("Review open actions"),
        _tr("{0} action(s) from earlier workshops are still open ({1} overdue).\n\n"
            "Start this workshop by reviewing them with the room?").format(len(actions),
                                                                            overdue))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = ReviewDialog(ctx, workshop_id, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
