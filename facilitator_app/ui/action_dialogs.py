"""Dialogs of the action plan: one action (add / edit) and an action's indicators.

The action dialog saves through a function the page gives it; a refusal of
the service (a due date before the start, a budget below zero ...) is shown
in the dialog, which stays open with what was typed, so nothing is lost.
The indicators dialog edits its table in place: each cell is saved when it
is left, and undone with Ctrl+Z like every other change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.action_plan import ACTION_STATUSES, DecisionView, IndicatorView
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.services import decisions
from facilitator_app.ui.action_commands import IndicatorCommand, status_text
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text
from facilitator_app.ui.health_panel import status_colour
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.operation import Op
from facilitator_app.ui.swot_style import RecordRole
from facilitator_app.ui.voting_common import facilitator_name
from facilitator_app.ui.workshop_details_tab import date_edit, from_qdate, to_qdate

Save = Callable[[dict[str, Any]], None]


def decision_text(d: DecisionView) -> str:
    return f"{d.priority_title} — {d.workshop_title}"


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


class ProblemLabel(QLabel):
    """A refusal in words, in the palette's "not met" colour, under a form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("problem")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, status_colour(palette, False))
        self.setPalette(palette)
        self.setVisible(False)

    def say(self, message: str) -> None:
        self.setText(f"⚠ {message}" if message else "")
        self.setVisible(bool(message))

    def message(self) -> str:
        return self.text().removeprefix("⚠ ")


def _error_label() -> ProblemLabel:
    return ProblemLabel()


class ActionDialog(QDialog):
    """Add or edit one action. ``values`` (the service's :data:`FIELDS`) fills it
    for editing; ``save(values)`` is called on OK and may refuse with a UserError."""

    def __init__(self, decision_list: list[DecisionView], members: list[tuple[int, str]],
                 save: Save, values: dict[str, Any] | None = None,
                 decision_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        editing = values is not None
        self.setWindowTitle(self.tr("Edit action") if editing else self.tr("New action"))
        self.decision_combo = QComboBox()
        for d in decision_list:
            self.decision_combo.addItem(decision_text(d), d.id)
        if decision_id is not None:
            self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(decision_id)))
        self.decision_combo.setEnabled(not editing)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What will be done, e.g. Train 40 growers"))
        self.lead_combo = QComboBox()
        self.lead_combo.addItem(self.tr("(no lead yet)"), None)
        for member_id, name in members:
            self.lead_combo.addItem(name, member_id)
        self.partner_filter = QLineEdit()
        self.partner_filter.setPlaceholderText(self.tr("Find a member"))
        self.partner_filter.setClearButtonEnabled(True)
        self.partner_list = QListWidget()
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partner_list.addItem(item)
        self.partner_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.partner_summary = QLabel()
        self.partner_summary.setWordWrap(True)
        self.partner_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.partner_list.itemChanged.connect(lambda _item: self._summarise_partners())
        self.start_edit = date_edit(self.tr("No start date"))
        self.due_edit = date_edit(self.tr("No due date"))
        # an empty due date's calendar opens on the start date (else today)
        self.due_edit.fallback = lambda: (self.start_edit.date() if self.start_edit.value()
                                          else None)
        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("e.g. 12,500"))
        self.currency_edit = QLineEdit()
        self.currency_edit.setPlaceholderText(self.tr("e.g. XCD"))
        self.currency_edit.setMaxLength(10)
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_edit, 3)
        budget_row.addWidget(self.currency_edit, 1)
        self.status_combo = QComboBox()
        for key, label in ACTION_STATUSES:
            self.status_combo.addItem(status_text(label), key)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Priority"), self.decision_combo)
        form.addRow(self.tr("&Action"), self.title_edit)
        form.addRow(self.tr("&Lead"), self.lead_combo)
        partners = QVBoxLayout()
        partners.addWidget(self.partner_filter)
        partners.addWidget(self.partner_list)
        partners.addWidget(self.partner_summary)
        form.addRow(self._label(self.tr("Pa&rtners"), self.partner_filter), partners)
        form.addRow(self.tr("&Start"), self.start_edit)
        form.addRow(self.tr("&Due"), self.due_edit)
        form.addRow(self._label(self.tr("&Budget estimate"), self.budget_edit), budget_row)
        form.addRow(self.tr("S&tatus"), self.status_combo)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.partner_filter.textChanged.connect(self._filter_partners)
        self.title_edit.textChanged.connect(self._check)
        if values is not None:
            self.load(values)
        self._summarise_partners()
        self._check()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def load(self, values: dict[str, Any]) -> None:
        self.title_edit.setText(values.get("title") or "")
        self.lead_combo.setCurrentIndex(max(0, self.lead_combo.findData(values.get("lead_id"))))
        chosen = set(values.get("partner_ids") or ())
        for row in range(self.partner_list.count()):
            item = self.partner_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)
        self.start_edit.setDate(to_qdate(values.get("start_date")))
        self.due_edit.setDate(to_qdate(values.get("due_date")))
        budget = values.get("budget")
        self.budget_edit.setText("" if budget is None else f"{Decimal(budget):,.2f}")
        self.currency_edit.setText(values.get("currency") or "")
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(values.get("status") or "not_started")))
        self.notes_edit.setPlainText(values.get("notes") or "")

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _summarise_partners(self) -> None:
        names = [self.partner_list.item(r).text() for r in range(self.partner_list.count())
                 if self.partner_list.item(r).checkState() == Qt.CheckState.Checked]
        self.partner_summary.setText(
            self.tr("Partners: {0}").format("; ".join(names)) if names
            else self.tr("No partner chosen."))

    def _filter_partners(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.partner_list.count()):
            item = self.partner_list.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()) and self.decision_combo.count() > 0)

    def decision_id(self) -> int | None:
        return self.decision_combo.currentData()

    def partner_ids(self) -> list[int]:
        return [self.partner_list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.partner_list.count())
                if self.partner_list.item(r).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "lead_id": self.lead_combo.currentData(),
            "partner_ids": self.partner_ids(),
            "start_date": from_qdate(self.start_edit.date()),
            "due_date": from_qdate(self.due_edit.date()),
            "budget": self.budget_edit.text(),
            "currency": self.currency_edit.text(),
            "status": self.status_combo.currentData(),
            "notes": self.notes_edit.toPlainText(),
        }

    def accept(self) -> None:
        for field in (self.start_edit, self.due_edit):
            if field.problem():  # said under the box: never saved as "no date"
                field.setFocus()
                field.line.selectAll()
                return
        try:
            self._save(self.values())
        except UserError as exc:
            self.problem.say(exc.message)
            return
        super().accept()


# ----- indicators ---------------------------------------------------------------------------
INDICATOR_COLUMNS = ("name", "baseline", "target", "actual", "unit", "source", "measured_on")


class IndicatorTableModel(ListTableModel):
    COLUMNS = ("Indicator", "Baseline", "Target", "Actual", "Unit", "Source", "Date measured")

    def __init__(self, edit: Callable[[int, str, str], str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit = edit

    def set_rows(self, rows: list[IndicatorView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i: IndicatorView = self._rows[index.row()]
        name = INDICATOR_COLUMNS[index.column()]
        value = getattr(i, name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if name in ("baseline", "target", "actual"):
                return number_text(value)
            if name == "measured_on":  # typed back in ISO; shown in the locale's way
                if role == Qt.ItemDataRole.EditRole:
                    return value.isoformat() if value else ""
                return date_text(value)
            return value
        if role == RecordRole:
            return i
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("baseline", "target", "actual"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        i: IndicatorView = self._rows[index.row()]
        return self._edit(i.id, INDICATOR_COLUMNS[index.column()], str(value)) is None


def parse_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"“{text}” is not a date: write it as 2027-03-31 (year-month-day)."
                        ) from None


class IndicatorsDialog(QDialog):
    """The monitoring and evaluation indicators of one action, edited in place."""

    def __init__(self, ctx: AppContext, action_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        # a refusal here goes to whoever opens the dialog (its slot shows it)
        action = Op(self, ctx).fetch(lambda s: decisions.get_action(s, action_id))
        self.setWindowTitle(self.tr("Indicators — {0}").format(action.title))
        intro = QLabel(self.tr(
            "How the action's result is measured: where it started (baseline), where it "
            "should get (target), where it is (actual), in which unit, from which source "
            "and when. Type in a cell to change it; Ctrl+Z undoes."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("New indicator, e.g. Growers trained"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.model = IndicatorTableModel(self._edit, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problem = _error_label()
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.delete_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.name_edit.returnPressed.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self._undo)
        self.reload()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.sizeHint().height())

    def reload(self) -> None:
        Op(self, self.ctx).run(lambda s: decisions.list_indicators(s, self.action_id),
                               success=self.model.set_rows)

    def _show(self, message: str = "") -> None:
        self.problem.say(message)

    def _undo(self) -> None:
        self.ctx.undo_stack.undo()
        self.reload()

    def add(self) -> None:
        name = self.name_edit.text()

        def add(s):
            new = decisions.add_indicator(s, self.action_id, actor=facilitator_name(), name=name)
            return decisions.indicator_row(s, new)

        done = Op(self, self.ctx).run(add, on_refusal=self._show)
        if not done:
            return
        row = done.value
        self.ctx.undo_stack.push(IndicatorCommand(
            self.ctx, self.tr("Add indicator {0}").format(row["name"]), None, row))
        self.name_edit.clear()
        self._show()
        self.reload()
        self.ctx.notify("action_plan")
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 1))

    def _edit(self, indicator_id: int, field: str, text: str) -> str | None:
        """Save one cell; the problem in words when it is refused."""
        refused: list[str] = []

        def edit(s):
            value: Any = parse_date(text) if field == "measured_on" else text
            before = decisions.indicator_row(s, indicator_id)
            changed = decisions.update_indicator(s, indicator_id, actor=facilitator_name(),
                                                 **{field: value})
            return before, changed, decisions.indicator_row(s, indicator_id)

        done = Op(self, self.ctx).run(
            edit, on_refusal=lambda message: (refused.append(message), self._show(message)))
        if not done:
            return refused[0]
        before, changed, after = done.value
        self._show()
        if changed:
            self.ctx.undo_stack.push(IndicatorCommand(
                self.ctx, self.tr("Edit indicator {0}").format(after["name"]), before, after))
            self.ctx.notify("action_plan")
        self.reload()
        return None

    def delete_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        record: IndicatorView = rows[0].data(RecordRole)
        done = Op(self, self.ctx).run(
            lambda s: decisions.delete_indicator(s, record.id, actor=facilitator_name()),
            on_refusal=self._show)
        if not done:
            self.reload()
            return
        self.ctx.undo_stack.push(IndicatorCommand(
            self.ctx, self.tr("Delete indicator {0}").format(record.name), done.value, None))
        self.reload()
        self.ctx.notify("action_plan")
