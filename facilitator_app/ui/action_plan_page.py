"""The Action plan page: every decision and every commitment, across workshops.

Top: the decisions (adopted priorities with their statement and how the
round placed them); a decision's statement can be changed and a decision
taken back (its actions go with it, after a confirmation). Below: every
action of every decision, overdue ones first, filterable by status, lead
and workshop; actions are added, edited and deleted here (Ctrl+N, Enter,
Delete), their indicators edited (Ctrl+I), and the open ones reviewed in
one table (Ctrl+R), as a new workshop starts. The Action plan sheet of a
workshop workbook that members filled in is taken back here too, after a
preview. Everything can be undone with Ctrl+Z.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.action_plan import ACTION_STATUSES, ActionView, DecisionView
from facilitator_app.core.text import fold
from facilitator_app.export.report_basis import basis_words
from facilitator_app.services import decisions
from facilitator_app.ui import languages
from facilitator_app.ui.action_commands import (
    TOPIC,
    AddActionCommand,
    DeleteActionCommand,
    EditActionCommand,
    StatementCommand,
    TakeBackCommand,
    status_text,
)
from facilitator_app.ui.action_dialogs import ActionDialog, IndicatorsDialog
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.dates import date_text, datetime_text
from facilitator_app.ui.flow_layout import FlowLayout
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.operation import Op
from facilitator_app.ui.reload_when_shown import ReloadWhenShown
from facilitator_app.ui.swot_style import RecordRole
from facilitator_app.ui.voting_common import HUE_PROBLEM, facilitator_name, tint

SortRole = Qt.ItemDataRole.UserRole + 40
ALL, OPEN, OVERDUE = "", "@open", "@overdue"


class DecisionTableModel(ListTableModel):
    COLUMNS = ("Priority", "Workshop", "Adopted", "Actions", "How the vote placed it",
               "Statement")

    def set_rows(self, rows: list[DecisionView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d: DecisionView = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (d.priority_title, d.workshop_title, adopted_text(d.adopted_at),
                    str(d.actions), basis_words(d, languages.current()),
                    d.statement)[index.column()]
        if role == RecordRole:
            return d
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActionTableModel(ListTableModel):
    COLUMNS = ("Action", "Priority", "Workshop", "Lead", "Partners", "Start", "Due", "Budget",
               "Status", "Indicators")

    def set_rows(self, rows: list[ActionView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[ActionView]:
        return list(self._rows)

    def _indicators(self, a: ActionView) -> str:
        if not a.indicators:
            return ""
        shown = []
        for i in a.indicators:
            progress = i.progress
            shown.append(f"{i.name} {progress:.0%}" if progress is not None else i.name)
        return "; ".join(shown)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a: ActionView = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = status_text(a.status_text)
            if a.overdue:
                status = self.tr("{0} — overdue").format(status)
            return (a.title, a.decision_title, a.workshop_title, a.lead_name,
                    ", ".join(a.partner_names),
                    date_text(a.start_date), date_text(a.due_date), a.budget_text, status,
                    self._indicators(a))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 4 and a.partner_names:
                return "\n".join(a.partner_names)
            if col == 9 and a.indicators:
                return "\n".join(self._indicator_line(i) for i in a.indicators)
            if col == 0:
                return a.title + (f"\n\n{a.notes}" if a.notes else "")
            return None
        if role == SortRole:
            return (fold(a.title), fold(a.decision_title), fold(a.workshop_title),
                    fold(a.lead_name), fold(", ".join(a.partner_names)),
                    a.start_date.toordinal() if a.start_date else 0,
                    a.due_date.toordinal() if a.due_date else 10**7,
                    float(a.budget) if a.budget is not None else -1.0,
                    (not a.overdue, [k for k, _ in ACTION_STATUSES].index(a.status)),
                    len(a.indicators))[col]
        if role == RecordRole:
            return a
        if role == Qt.ItemDataRole.BackgroundRole and a.overdue:
            return tint(QPalette(), HUE_PROBLEM, 0.16)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _indicator_line(self, i) -> str:
        def n(x: float | None) -> str:
            return "–" if x is None else f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"

        when = f", {date_text(i.measured_on)}" if i.measured_on else ""
        source = f" ({i.source}{when})" if i.source or when else ""
        return self.tr("{0}: {1} → {2}, now {3} {4}{5}").format(
            i.name, n(i.baseline), n(i.target), n(i.actual), i.unit, source)


class ActionFilterProxy(QSortFilterProxyModel):
    """Status (one, every open one, or the overdue ones), lead and workshop."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = ALL
        self.lead_id: int | None = None
        self.workshop_id: int | None = None
        self.setSortRole(SortRole)

    def set_filters(self, status: str = ALL, lead_id: int | None = None,
                    workshop_id: int | None = None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.status, self.lead_id, self.workshop_id = status, lead_id, workshop_id
            self.endFilterChange()
        else:
            self.status, self.lead_id, self.workshop_id = status, lead_id, workshop_id
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        a: ActionView = self.sourceModel().index(row, 0, parent).data(RecordRole)
        if self.status == OPEN and not a.is_open:
            return False
        if self.status == OVERDUE and not a.overdue:
            return False
        if self.status not in (ALL, OPEN, OVERDUE) and a.status != self.status:
            return False
        if self.lead_id is not None and a.lead_id != self.lead_id:
            return False
        return self.workshop_id is None or a.workshop_id == self.workshop_id

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        return left.data(SortRole) < right.data(SortRole)

    def records(self) -> list[ActionView]:
        return [self.index(r, 0).data(RecordRole) for r in range(self.rowCount())]


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit(view: QTableView, widths: tuple[int | str, ...]) -> None:
    """Column widths: a number of pixels, or a sample text the column must show
    whole; never narrower than the column's title."""
    metrics = view.fontMetrics()
    pad = metrics.averageCharWidth() * 3
    header = view.horizontalHeader()
    for col, width in enumerate(widths):
        pixels = width if isinstance(width, int) else metrics.horizontalAdvance(width) + pad
        header.resizeSection(col, max(pixels, header.sectionSizeHint(col)))


def adopted_text(at: datetime) -> str:
    """When a decision was taken, the locale's way (stored in UTC)."""
    return datetime_text(at if at.tzinfo is not None else at.replace(tzinfo=UTC))


class ActionPlanPage(ReloadWhenShown, QWidget):
    page_key = "action_plan"
    TOPICS = (TOPIC, "members", "workshops", "voting", "priorities")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._decisions: list[DecisionView] = []  # every decision; the table shows the filtered
        char = self.fontMetrics().averageCharWidth()

        title = QLabel(self.tr("Action plan"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "What the cluster decided and committed to, across workshops: adopt priorities on a "
            "closed round's Results tab, then plan their actions here and follow them up."))
        intro.setWordWrap(True)

        # decisions
        self.decision_model = DecisionTableModel(self)
        self.decision_view = _table(self.decision_model)
        self.decision_view.setObjectName("decisions_table")
        fit(self.decision_view, (34 * char, 24 * char, "2026-12-31 23:59", "Actions",
                                 48 * char))
        self.statement_button = QPushButton(self.tr("Edit &statement…"))
        self.take_back_button = QPushButton(self.tr("&Take back…"))
        decision_buttons = QHBoxLayout()
        self.decision_count = QLabel()
        decision_buttons.addWidget(self.decision_count, 1)
        decision_buttons.addWidget(self.statement_button)
        decision_buttons.addWidget(self.take_back_button)
        decision_box = QGroupBox(self.tr("Decisions"))
        box = QVBoxLayout(decision_box)
        box.addWidget(self.decision_view)
        box.addLayout(decision_buttons)

        # actions: filters, table, buttons
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        self.status_combo.addItem(self.tr("Open (not done or dropped)"), OPEN)
        self.status_combo.addItem(self.tr("Overdue"), OVERDUE)
        for key, label in ACTION_STATUSES:
            self.status_combo.addItem(status_text(label), key)
        self.lead_combo = QComboBox()
        self.lead_combo.setAccessibleName(self.tr("Lead"))
        self.workshop_combo = QComboBox()
        self.workshop_combo.setAccessibleName(self.tr("Workshop"))
        filters = QHBoxLayout()
        for label, combo in ((self.tr("S&tatus"), self.status_combo),
                             (self.tr("&Lead"), self.lead_combo),
                             (self.tr("&Workshop"), self.workshop_combo)):
            text = QLabel(label)
            text.setBuddy(combo)
            # the three share the line; a long workshop title does not widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            filters.addWidget(text)
            filters.addWidget(combo, 1)

        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = _table(self.proxy)
        self.view.setObjectName("actions_table")
        header = self.view.horizontalHeader()
        fit(self.view, (34 * char, 22 * char, 16 * char, 20 * char, 20 * char, "2026-12-31",
                        "2026-12-31", "250,000.00 XCD", "Not started — overdue"))
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # overdue first, by due date
        self.view.setSortingEnabled(True)

        self.add_button = QPushButton(self.tr("&New action…"))
        self.add_button.setToolTip(self.tr("Add an action to an adopted priority (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected action (Enter)"))
        self.indicators_button = QPushButton(self.tr("&Indicators…"))
        self.indicators_button.setToolTip(self.tr("The selected action's indicators (Ctrl+I)"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected action (Delete)"))
        self.review_button = QPushButton(self.tr("&Review open actions…"))
        self.review_button.setToolTip(self.tr(
            "Update the status of every open action in one table, as a workshop starts "
            "(Ctrl+R)"))
        buttons = FlowLayout()  # wraps on a narrow screen rather than widen the window
        buttons.add_widgets(self.add_button, self.edit_button, self.indicators_button,
                            self.delete_button)
        buttons.add_gap()
        self.import_button = QPushButton(self.tr("I&mport from workbook…"))
        self.import_button.setToolTip(self.tr(
            "Take back the Action plan and Indicators sheets of a workshop workbook (Export "
            "menu) that members filled in: every change is shown before anything is saved"))
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.review_button)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)

        actions_box = QWidget()
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addLayout(filters)
        actions_layout.addWidget(self.view, 1)
        actions_layout.addLayout(buttons)
        actions_layout.addWidget(self.counts_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(decision_box)
        self.splitter.addWidget(actions_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)

        # keys, like the other pages: Ctrl+N new, Enter edit, Delete delete
        for keys, slot, on_view, text in (
                ("Ctrl+N", self.new_action, False, self.tr("New action")),
                ("Ctrl+I", self.edit_indicators, False, self.tr("Indicators of the action")),
                ("Ctrl+R", self.review, False, self.tr("Review open actions")),
                ("Return", self.edit_selected, True, self.tr("Edit the action")),
                ("Delete", self.delete_selected, True, self.tr("Delete the action"))):
            action = QAction(text, self.view if on_view else self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on_view
                                      else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, f=slot: f())
            (self.view if on_view else self).addAction(action)

        self.add_button.clicked.connect(lambda: self.new_action())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.indicators_button.clicked.connect(lambda: self.edit_indicators())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.review_button.clicked.connect(lambda: self.review())
        self.import_button.clicked.connect(lambda: self.import_plan())
        self.statement_button.clicked.connect(lambda: self.edit_statement())
        self.take_back_button.clicked.connect(lambda: self.take_back())
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.decision_view.doubleClicked.connect(lambda _i: self.edit_statement())
        for combo in (self.status_combo, self.lead_combo, self.workshop_combo):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.decision_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        self.reload()

    def focus_widget(self) -> QWidget:
        return self.view

    # ----- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        chosen_action = self.selected_action()
        chosen_decision = self.selected_decision()
        read = Op(self, self.ctx).run(lambda s: (decisions.list_decisions(s),
                                                 decisions.list_actions(s, today=date.today())))
        if not read:
            return
        decision_rows, actions = read.value
        self._decisions = decision_rows
        self.model.set_rows(actions)
        self._fill_combo(self.lead_combo, self.tr("All leads"), sorted(
            {(a.lead_name, a.lead_id) for a in actions if a.lead_id is not None},
            key=lambda p: fold(p[0])))
        self._fill_combo(self.workshop_combo, self.tr("All workshops"), list(dict.fromkeys(
            (d.workshop_title, d.workshop_id) for d in decision_rows)))
        self._apply_filters()
        if chosen_decision is not None:
            self._select(self.decision_view, self.decision_model, chosen_decision.uid)
        if chosen_action is not None:
            self.select_action(chosen_action.uid)
        self._update_buttons()

    def _fill_combo(self, combo: QComboBox, everyone: str,
                    choices: list[tuple[str, int | None]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for text, key in choices:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _apply_filters(self) -> None:
        workshop = self.workshop_combo.currentData()
        chosen = self.selected_decision()
        self.decision_model.set_rows([d for d in self._decisions
                                      if workshop is None or d.workshop_id == workshop])
        if chosen is not None:
            self.select_decision(chosen.uid)
        self.proxy.set_filters(self.status_combo.currentData() or ALL,
                               self.lead_combo.currentData(), self.workshop_combo.currentData())
        self._update_counts()

    def _update_counts(self) -> None:
        records = self.model.records()
        shown = self.proxy.rowCount()
        late = sum(1 for a in records if a.overdue or (a.is_open and a.status == "late"))
        opened = sum(1 for a in records if a.is_open)
        text = self.tr("%n action(s): {0} open, {1} late or overdue, {2} done.", "",
                       len(records)).format(
            opened, late, sum(1 for a in records if a.status == "done"))
        if shown != len(records):
            text = self.tr("Showing {0} of {1}. ").format(shown, len(records)) + text
        self.counts_label.setText(text)
        n = self.decision_model.rowCount()
        self.decision_count.setText(self.tr("%n decision(s)", "", n) if n else self.tr(
            "No decision yet: adopt priorities on the Results tab of a closed vote round."))

    def _update_buttons(self) -> None:
        action = self.selected_action() is not None
        for button in (self.edit_button, self.indicators_button, self.delete_button):
            button.setEnabled(action)
        self.add_button.setEnabled(self.decision_model.rowCount() > 0)
        decision = self.selected_decision() is not None
        self.statement_button.setEnabled(decision)
        self.take_back_button.setEnabled(decision)

    # ----- selection ------------------------------------------------------------------------
    def selected_action(self) -> ActionView | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(RecordRole) if rows else None

    def selected_decision(self) -> DecisionView | None:
        model = self.decision_view.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(RecordRole) if rows else None

    def _select(self, view: QTableView, model, uid: str) -> bool:
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(RecordRole).uid == uid:
                view.selectRow(row)
                view.scrollTo(index)
                return True
        return False

    def select_action(self, uid: str) -> bool:
        return self._select(self.view, self.proxy, uid)

    def select_decision(self, uid: str) -> bool:
        return self._select(self.decision_view, self.decision_model, uid)

    def shown_actions(self) -> list[ActionView]:
        return self.proxy.records()

    # ----- actions --------------------------------------------------------------------------
    def _dialog(self, values: dict[str, Any] | None, save, decision_id: int | None
                ) -> ActionDialog | None:
        read = Op(self, self.ctx).run(decisions.member_choices)
        if not read:
            return None
        return ActionDialog(self.decision_model._rows, read.value, save, values, decision_id,
                            self)

    def _save_in_dialog(self, work) -> None:
        """An action dialog's OK: a refusal goes back to the dialog, which shows it
        on its problem line and stays open."""
        Op(self, self.ctx).fetch(work)

    def new_action(self) -> int | None:
        if self.decision_model.rowCount() == 0:
            self.ctx.show_status(self.tr(
                "Adopt a priority first (Results tab of a closed round), then plan its actions."))
            return None
        chosen = self.selected_decision() or self.decision_model._rows[0]
        selected_action = self.selected_action()
        decision_id = (selected_action.decision_id if selected_action and not
                       self.selected_decision() else chosen.id)
        made: list[tuple[int, str]] = []

        def add(s, values: dict[str, Any]) -> None:
            target = dialog.decision_id()
            action_id = decisions.add_action(s, target, actor=facilitator_name(), **values)
            made.append((action_id, decisions.action_uid(s, action_id)))

        dialog = self._dialog(None, lambda values: self._save_in_dialog(
            lambda s: add(s, values)), decision_id)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted or not made:
            return None
        action_id, uid = made[0]
        self.ctx.undo_stack.push(AddActionCommand(self.ctx, uid, dialog.values()["title"]))
        self.ctx.notify(TOPIC)
        self.select_action(uid)
        self.ctx.show_status(self.tr("Action added."))
        return action_id

    def edit_selected(self) -> bool:
        action = self.selected_action()
        if action is None:
            return False
        read = Op(self, self.ctx).run(lambda s: decisions.action_values(s, action.id))
        if not read:
            self.reload()
            return False
        values = read.value
        changed: dict[str, Any] = {}

        def update(s, new: dict[str, Any]) -> None:
            changed.update(decisions.update_action(s, action.id, actor=facilitator_name(), **new))
            changed["__after__"] = decisions.action_values(s, action.id)

        dialog = self._dialog(values, lambda new: self._save_in_dialog(
            lambda s: update(s, new)), action.decision_id)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        after = changed.pop("__after__", None)
        if changed and after is not None:
            self.ctx.undo_stack.push(EditActionCommand(
                self.ctx, action.uid, after["title"], changed,
                {k: after[k] for k in changed}))
            self.ctx.notify(TOPIC)
            self.ctx.show_status(self.tr("Action saved."))
        return True

    def confirm_delete(self, action: ActionView) -> bool:
        text = self.tr("Delete the action “{0}”?").format(action.title)
        if action.indicators:
            text += "\n\n" + self.tr("Its {0} indicator(s) go with it.").format(
                len(action.indicators))
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(
            self, self.tr("Delete action"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> bool:
        action = self.selected_action()
        if action is None or not self.confirm_delete(action):
            return False
        return bool(Op(self, self.ctx).run(
            lambda s: decisions.delete_action(s, action.id, actor=facilitator_name()),
            success=lambda snapshot: self.ctx.undo_stack.push(
                DeleteActionCommand(self.ctx, snapshot)),
            changed=TOPIC,
            status=self.tr("Deleted the action “{0}”.").format(action.title)))

    def edit_indicators(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        dialog = IndicatorsDialog(self.ctx, action.id, self)
        dialog.exec()
        self.reload()

    def review(self) -> bool:
        from facilitator_app.ui.action_review import ReviewDialog

        dialog = ReviewDialog(self.ctx, None, self)
        if dialog.model.rowCount() == 0:
            self.ctx.show_status(self.tr("No open action to review."))
            return False
        return dialog.exec() == QDialog.DialogCode.Accepted

    def import_plan(self) -> bool:
        """Preview a filled-in Action plan sheet, then apply it all (one undo step)."""
        from facilitator_app.ui.action_commands import IndicatorCommand
        from facilitator_app.ui.file_dialogs import ask_open_path
        from facilitator_app.ui.plan_import_dialog import PlanImportDialog

        path = ask_open_path(self, self.tr("Import the action plan"),
                             self.tr("Excel workbooks (*.xlsx)"),
                             near=self.ctx.workspace.path.parent)
        if not path:
            return False
        read = Op(self, self.ctx).run(
            lambda s: decisions.preview_plan_import(s, decisions.read_returned_plan(path)))
        if not read:
            return False
        plan = read.value

        def apply() -> None:  # a refusal goes back to the dialog's problem line
            applied = Op(self, self.ctx).fetch(
                lambda s: decisions.apply_plan_import(s, plan, actor=facilitator_name()))
            stack = self.ctx.undo_stack
            stack.beginMacro(self.tr("Import {0}").format(plan.source))
            for uid, title, before, after in applied.action_edits:
                stack.push(EditActionCommand(self.ctx, uid, title, before, after))
            for uid, title in applied.new_actions:
                stack.push(AddActionCommand(self.ctx, uid, title))
            for before_row, after_row in applied.indicator_edits:
                stack.push(IndicatorCommand(self.ctx, self.tr("Import an indicator"),
                                            before_row, after_row))
            stack.endMacro()

        dialog = PlanImportDialog(plan, apply, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.ctx.notify(TOPIC)
        self.ctx.show_status(plan.summary)
        return True

    # ----- decisions ------------------------------------------------------------------------
    def edit_statement(self) -> bool:
        decision = self.selected_decision()
        if decision is None:
            return False
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Decision statement"),
            self.tr("What the members decided about “{0}”:").format(decision.priority_title),
            decision.statement)
        if not ok or text.strip() == decision.statement:
            return False
        done = Op(self, self.ctx).run(lambda s: (
            decisions.update_statement(s, decision.id, text, actor=facilitator_name()),
            decisions.get_decision(s, decision.id).statement))
        if not done:
            return False
        before, after = done.value
        self.ctx.undo_stack.push(StatementCommand(self.ctx, decision.uid,
                                                  decision.priority_title, before, after))
        self.ctx.notify(TOPIC)
        return True

    def take_back(self) -> bool:
        decision = self.selected_decision()
        if decision is None:
            return False
        text = self.tr("Take back the decision to adopt “{0}”?").format(decision.priority_title)
        if decision.actions:
            text += "\n\n" + self.tr(
                "Its action plan goes with it: {0} action(s) and their indicators.").format(
                decision.actions)
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(
            self, self.tr("Take back a decision"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return bool(Op(self, self.ctx).run(
            lambda s: decisions.unadopt(s, decision.id, confirmed=True,
                                        actor=facilitator_name()),
            success=lambda snapshot: self.ctx.undo_stack.push(
                TakeBackCommand(self.ctx, snapshot)),
            changed=TOPIC,
            status=self.tr("Decision on “{0}” taken back.").format(decision.priority_title)))
