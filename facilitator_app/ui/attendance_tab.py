"""The Attendance tab: tick who came, as voting member or observer.

Left, the roster (search ignores case and accents; several can be picked
with Ctrl/Shift); right, the attendance list, where role and the
representative's name are edited in place. The counts by member type
under it are what the health panel and the report summarise.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import ATTENDANCE_ROLES, MEMBER_STATUSES, MEMBER_TYPES, label_of
from facilitator_app.core.errors import UserError
from facilitator_app.core.text import fold
from facilitator_app.services import attendance as attendance_service
from facilitator_app.ui import workshop_commands as cmd
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.reload_when_shown import ReloadWhenShown
from facilitator_app.ui.swot_style import RecordRole

FoldRole = Qt.ItemDataRole.UserRole + 20


class RosterModel(ListTableModel):
    """Roster members not yet on the attendance list."""

    COLUMNS = ("Organisation", "Type", "Contact", "Status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[attendance_service.RosterEntry] = []

    def set_rows(self, rows: list[attendance_service.RosterEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> attendance_service.RosterEntry:
        return self._rows[row]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                label_of(MEMBER_TYPES, r.member_type) if r.member_type else "",
                r.contact_person,
                label_of(MEMBER_STATUSES, r.status),
            )[index.column()]
        if role == RecordRole:
            return r
        if role == FoldRole:
            return fold(f"{r.name} {r.contact_person}")
        return None


class AttendanceModel(ListTableModel):
    """The attendance list; role and representative are editable."""

    COLUMNS = ("Organisation", "Type", "Role", "Representative")
    ROLE_COLUMN, REPRESENTATIVE_COLUMN = 2, 3

    def __init__(self, on_role=None, on_representative=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[attendance_service.Attendee] = []
        self.on_role = on_role
        self.on_representative = on_representative

    def refresh(self, rows: list[attendance_service.Attendee]) -> None:
        if [r.member_id for r in rows] == [r.member_id for r in self._rows]:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, rows)) if a != b]
            self._rows = list(rows)
            for n in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[attendance_service.Attendee]:
        return list(self._rows)

    def record(self, row: int) -> attendance_service.Attendee:
        return self._rows[row]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                r.type_label,
                self.tr(label_of(ATTENDANCE_ROLES, r.role)),
                r.representative,
            )[col]
        if role == Qt.ItemDataRole.EditRole:
            return (r.name, r.type_label, r.role, r.representative)[col]
        if role == RecordRole:
            return r
        if role == FoldRole:
            return fold(f"{r.name} {r.representative}")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.ROLE_COLUMN, self.REPRESENTATIVE_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self._rows[index.row()]
        text = " ".join(str(value or "").split())
        if index.column() == self.ROLE_COLUMN and text != r.role and self.on_role:
            self.on_role(r.member_id, text)
            return True
        if index.column() == self.REPRESENTATIVE_COLUMN and text != r.representative:
            if self.on_representative:
                self.on_representative(r.member_id, text)
            return True
        return False


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key, label in ATTENDANCE_ROLES:
            combo.addItem(QObject.tr(combo, label), key)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FoldProxy(QSortFilterProxyModel):
    """Filter on folded text (accents and case ignored); sortable columns."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.needle = fold(text)
            self.endFilterChange()
        else:
            self.needle = fold(text)
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.needle in (index.data(FoldRole) or "")


def _table(model, proxy) -> QTableView:
    view = QTableView()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class AttendanceTab(ReloadWhenShown, QWidget):
    """The Attendance tab of a workshop."""

    TOPICS = (cmd.ATTENDANCE, "members")

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._dirty = False

        # roster side
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the roster…"))
        self.search.setClearButtonEnabled(True)
        self.active_only = QCheckBox(self.tr("Active members only"))
        self.active_only.setChecked(True)
        self.roster_model = RosterModel(self)
        self.roster_proxy = FoldProxy(self)
        self.roster_view = _table(self.roster_model, self.roster_proxy)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster_view.doubleClicked.connect(lambda _i: self.add_selected("voter"))
        self.add_voters_button = QPushButton(self.tr("Add as &voting members"))
        self.add_observers_button = QPushButton(self.tr("Add as &observers"))
        self.add_all_button = QPushButton(self.tr("Add all &active members"))
        self.late_button = QPushButton(self.tr("&New member arriving…"))
        self.late_button.setToolTip(
            self.tr("Someone not on the roster yet: add them to the roster and tick them as present")
        )
        self.late_button.clicked.connect(lambda: self.add_late_arrival())
        self.search.textChanged.connect(self.roster_proxy.set_needle)
        self.search.returnPressed.connect(self._add_single_match)
        self.active_only.toggled.connect(lambda _on: self.reload())
        self.add_voters_button.clicked.connect(lambda: self.add_selected("voter"))
        self.add_observers_button.clicked.connect(lambda: self.add_selected("observer"))
        self.add_all_button.clicked.connect(lambda: self.add_all_active())

        roster_box = QGroupBox(self.tr("Roster"))
        left = QVBoxLayout(roster_box)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.active_only)
        left.addLayout(top)
        left.addWidget(self.roster_view, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_voters_button)
        add_row.addWidget(self.add_observers_button)
        left.addLayout(add_row)
        all_row = QHBoxLayout()
        all_row.addWidget(self.add_all_button)
        all_row.addWidget(self.late_button)
        left.addLayout(all_row)

        # attendance side
        self.model = AttendanceModel(self.change_role, self.change_representative, self)
        self.proxy = FoldProxy(self)
        self.view = _table(self.model, self.proxy)
        self.view.setItemDelegateForColumn(AttendanceModel.ROLE_COLUMN, RoleDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.make_voter_button = QPushButton(self.tr("Make voting member"))
        self.make_observer_button = QPushButton(self.tr("Make observer"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.make_voter_button.clicked.connect(lambda: self.set_selected_role("voter"))
        self.make_observer_button.clicked.connect(lambda: self.set_selected_role("observer"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.totals_label = QLabel()
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)

        present_box = QGroupBox(self.tr("Present"))
        right = QVBoxLayout(present_box)
        right.addWidget(self.totals_label)
        right.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_voter_button)
        buttons.addWidget(self.make_observer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        right.addLayout(buttons)
        right.addWidget(self.counts_label)

        splitter = QSplitter()
        splitter.addWidget(roster_box)
        splitter.addWidget(present_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Pick members on the left (Ctrl+click for several) and add them; observers "
                "(a ministry officer, a journalist) are never offered a ballot. Double-click a "
                "role or representative to change it."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

        ctx.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self._dirty = False
        try:
            with self.ctx.session() as s:
                present = attendance_service.attendees(s, self.workshop_id)
                here = {a.member_id for a in present}
                roster = [
                    m
                    for m in attendance_service.roster(s, active_only=self.active_only.isChecked())
                    if m.member_id not in here
                ]
                counts = attendance_service.counts_by_type(s, self.workshop_id)
        except UserError:
            return
        self.roster_model.set_rows(roster)
        self.model.refresh(present)
        voters = sum(1 for a in present if a.role == "voter")
        observers = len(present) - voters
        self.totals_label.setText(
            self.tr("{0} voting members, {1} observers").format(voters, observers)
        )
        rows = "".join(
            f"<tr><td>{escape(self.tr(c.label))}</td><td align='right'>{c.voters}</td>"
            f"<td align='right'>{c.observers}</td></tr>"
            for c in counts
        )
        self.counts_label.setText(
            f"<table cellspacing='0' cellpadding='3'><tr><th align='left'>"
            f"{escape(self.tr('Member type'))}</th><th>{escape(self.tr('Voting'))}</th>"
            f"<th>{escape(self.tr('Observers'))}</th></tr>{rows}</table>"
            if counts
            else ""
        )

    def present_names(self) -> list[tuple[str, str]]:
        return [(a.name, a.role) for a in self.model.records()]

    def _selected(self, view: QTableView, proxy: FoldProxy, model) -> list:
        rows = {proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()}
        return [model.record(r) for r in sorted(rows)]

    # ------------------------------------------------------------------ actions
    def select_roster(self, member_ids: list[int]) -> None:
        sel = self.roster_view.selectionModel()
        sel.clearSelection()
        for n in range(self.roster_model.rowCount()):
            if self.roster_model.record(n).member_id in member_ids:
                index = self.roster_proxy.mapFromSource(self.roster_model.index(n, 0))
                if index.isValid():
                    sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    def select_present(self, member_ids: list[int]) -> None:
        sel = self.view.selectionModel()
        sel.clearSelection()
        for n, r in enumerate(self.model.records()):
            if r.member_id in member_ids:
                index = self.proxy.mapFromSource(self.model.index(n, 0))
                sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    def _add_single_match(self) -> None:
        """Enter in the search box adds the one member it matches (arrivals at the door)."""
        if self.roster_proxy.rowCount() == 1:
            record = self.roster_proxy.index(0, 0).data(RecordRole)
            self._add([record.member_id], "voter")
            self.search.clear()

    def add_selected(self, role: str) -> None:
        ids = [
            r.member_id
            for r in self._selected(self.roster_view, self.roster_proxy, self.roster_model)
        ]
        if ids:
            self._add(ids, role)

    def _add(self, ids: list[int], role: str) -> None:
        outcome = cmd.push(self.ctx, cmd.AddAttendees(self.ctx, self.workshop_id, ids, role), self)
        if not outcome.error:
            self.ctx.show_status(self.tr("{0} added.").format(len(outcome.result or [])))

    def ask_late_arrival(self) -> tuple[str, str | None, str] | None:
        """Name, member type and role of a newcomer; None if cancelled."""
        from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New member arriving"))
        name = QLineEdit()
        kind = QComboBox()
        kind.addItem(self.tr("(not set)"), None)
        for key, label in MEMBER_TYPES:
            kind.addItem(self.tr(label), key)
        role = QComboBox()
        role.addItem(self.tr("Voting member"), "voter")
        role.addItem(self.tr("Observer"), "observer")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Organisation"), name)
        form.addRow(self.tr("Type"), kind)
        form.addRow(self.tr("Role"), role)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or not name.text().strip():
            return None
        return name.text().strip(), kind.currentData(), role.currentData()

    def add_late_arrival(self) -> int | None:
        """Add a newcomer to the roster and tick them present (SCENARIO step 3)."""
        answer = self.ask_late_arrival()
        if answer is None:
            return None
        name, member_type, role = answer
        from facilitator_app.services import roster as roster_service

        try:
            with self.ctx.session() as s:
                member_id = roster_service.add_member(
                    s, {"name": name, "member_type": member_type, "status": "active"},
                    actor="attendance")
        except UserError as exc:
            from PySide6.QtWidgets import QMessageBox

            from facilitator_app import APP_NAME

            QMessageBox.warning(self, APP_NAME, exc.message)
            return None
        self.ctx.notify("members")
        self._add([member_id], role)
        return member_id

    def add_all_active(self) -> None:
        with self.ctx.session() as s:
            ids = attendance_service.active_member_ids(s)
        self._add(ids, "voter")

    def remove_selected(self) -> None:
        ids = [r.member_id for r in self._selected(self.view, self.proxy, self.model)]
        if ids:
            cmd.push(self.ctx, cmd.RemoveAttendees(self.ctx, self.workshop_id, ids), self)

    def set_selected_role(self, role: str) -> None:
        records = self._selected(self.view, self.proxy, self.model)
        ids = [r.member_id for r in records if r.role != role]
        if ids:
            cmd.push(self.ctx, cmd.SetRoles(self.ctx, self.workshop_id, ids, role), self)
            self.select_present([r.member_id for r in records])

    def change_role(self, member_id: int, role: str) -> None:
        QTimer.singleShot(
            0,
            lambda: cmd.push(
                self.ctx, cmd.SetRoles(self.ctx, self.workshop_id, [member_id], role), self
            ),
        )

    def change_representative(self, member_id: int, name: str) -> None:
        QTimer.singleShot(
            0,
            lambda: cmd.push(
                self.ctx, cmd.SetRepresentative(self.ctx, self.workshop_id, member_id, name), self
            ),
        )

    def flush(self) -> None:
        """Nothing is pending: every change is saved when made."""
