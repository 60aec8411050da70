"""The Attendance tab: tick who came, as voting member or observer.

Left, the roster (search ignores case, accents and punctuation; several can
be picked with Ctrl/Shift); right, the attendance list, where role and the
representative's name are edited in place, observers set apart (muted,
italic, "Observer" in their role column). The counts by member type under
it are what the health panel and the report summarise.

Check-in at the door is typing: a name and Enter. One match is checked in
and the box is emptied for the next name; no match, and the line under the
box says so (and why: already checked in, or only inactive members match)
with the text selected so the next keys replace it; several, and it says
how many and moves to the list, where the arrow keys and Enter pick one.
Members who are not active are hidden, and the line above the list says how
many, with a button to show them.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from facilitator_app.core.text import fold
from facilitator_app.services import attendance as attendance_service
from facilitator_app.ui import workshop_commands as cmd
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.flow_layout import FlowLayout
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.operation import Op
from facilitator_app.ui.reload_when_shown import ReloadWhenShown
from facilitator_app.ui.swot_style import RecordRole

FoldRole = Qt.ItemDataRole.UserRole + 20


def search_words(text: str | None) -> list[str]:
    """The words of ``text`` with case, accents and punctuation ignored:
    "marie therese" finds "Marie-Thérèse Joseph", "grand anse" "Grand'Anse"."""
    return re.sub(r"[\W_]+", " ", fold(text)).split()


def search_key(*texts: str | None) -> str:
    """The words of the texts, each after a space (what :func:`matches` looks in)."""
    return "".join(" " + w for t in texts for w in search_words(t))


def matches(words: list[str], key: str) -> bool:
    """Every typed word starts a word of the key, in any order ("belmont e"
    finds "Belmont Estate", not "Belmont Spice Co.")."""
    return all(" " + w in key for w in words)


def muted_colour():
    """The palette's colour for secondary text (follows light and dark themes)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


class RosterModel(ListTableModel):
    """Roster members not yet on the attendance list."""

    COLUMNS = ("Organisation", "Type", "Contact", "Status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[attendance_service.RosterEntry] = []
        self._keys: list[str] = []

    def set_rows(self, rows: list[attendance_service.RosterEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [search_key(r.name, r.contact_person) for r in self._rows]
        self.endResetModel()

    def record(self, row: int) -> attendance_service.RosterEntry:
        return self._rows[row]

    def records(self) -> list[attendance_service.RosterEntry]:
        return list(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                self.tr(label_of(MEMBER_TYPES, r.member_type)) if r.member_type else "",
                r.contact_person,
                self.tr(label_of(MEMBER_STATUSES, r.status)),
            )[index.column()]
        if role == RecordRole:
            return r
        if role == FoldRole:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and r.status != "active":
            return muted_colour()
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

    @staticmethod
    def type_text(r: attendance_service.Attendee) -> str:
        """The member type in the window's language, as the Members page shows it."""
        if not r.member_type:
            return ""
        return QCoreApplication.translate("domain", label_of(MEMBER_TYPES, r.member_type))

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
                self.type_text(r),
                self.tr(label_of(ATTENDANCE_ROLES, r.role)),
                r.representative,
            )[col]
        if role == Qt.ItemDataRole.EditRole:
            return (r.name, self.type_text(r), r.role, r.representative)[col]
        if role == RecordRole:
            return r
        if role == FoldRole:
            return search_key(r.name, r.representative)
        if r.role == "observer":  # set apart: an observer is never offered a ballot
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_colour()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{0}: observer, present but never offered a ballot").format(
                    r.name)
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
    """Filter on the typed words (case, accents and punctuation ignored) and,
    for the roster, on status (members not active hidden unless asked); sortable."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.hide_inactive = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def set_needle(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", search_words(text)))

    def set_hide_inactive(self, hide: bool) -> None:
        self._refilter(lambda: setattr(self, "hide_inactive", hide))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.hide_inactive and index.data(RecordRole).status != "active":
            return False
        return matches(self.words, index.data(FoldRole) or "")


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
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # each column at least as wide as its title (a long translation is not cut);
    # the names' column, which takes the rest, never narrower than its own title
    for col in range(1, model.columnCount()):
        header.resizeSection(col, max(header.sectionSize(col), header.sectionSizeHint(col)))
    header.setMinimumSectionSize(max(header.minimumSectionSize(), header.sectionSizeHint(0)))
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
        self.search.setPlaceholderText(self.tr("Type a name and press Enter to check in…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the roster"))
        self.feedback = QLabel()
        self.feedback.setObjectName("checkin_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("inactive_hidden")
        self.hidden_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hidden_label.setWordWrap(True)
        self.show_inactive_button = QPushButton(self.tr("Show them"))
        self.show_inactive_button.setCheckable(True)
        self.show_inactive_button.setObjectName("show_inactive")
        self.roster_model = RosterModel(self)
        self.roster_proxy = FoldProxy(self)
        self.roster_proxy.hide_inactive = True
        self.roster_view = _table(self.roster_model, self.roster_proxy)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Enter on a row (or a double-click) checks in the chosen member(s)
        self.roster_view.activated.connect(lambda _i: self._check_in_chosen())
        self.add_voters_button = QPushButton(self.tr("Add as &voting members"))
        self.add_observers_button = QPushButton(self.tr("Add as &observers"))
        self.add_all_button = QPushButton(self.tr("Add all &active members"))
        self.late_button = QPushButton(self.tr("&New member arriving…"))
        self.late_button.setToolTip(self.tr(
            "Someone not on the roster yet: add them to the roster and tick them as present "
            "(Ctrl+N)"))
        self.late_button.clicked.connect(lambda: self.add_late_arrival())
        # Ctrl+N, like "new" on the other pages: here a late arrival (in the F1 list)
        self.late_action = QAction(self.tr("New member arriving…"), self)
        self.late_action.setShortcut(QKeySequence("Ctrl+N"))
        self.late_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.late_action.triggered.connect(lambda _checked=False: self.add_late_arrival())
        self.addAction(self.late_action)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.check_in_typed)
        self.search.installEventFilter(self)
        self.roster_view.installEventFilter(self)
        self.show_inactive_button.toggled.connect(self._show_inactive)
        self.add_voters_button.clicked.connect(lambda: self.add_selected("voter"))
        self.add_observers_button.clicked.connect(lambda: self.add_selected("observer"))
        self.add_all_button.clicked.connect(lambda: self.add_all_active())

        roster_box = QGroupBox(self.tr("Roster"))
        left = QVBoxLayout(roster_box)
        left.addWidget(self.search)
        left.addWidget(self.feedback)
        hidden_row = QHBoxLayout()
        hidden_row.addWidget(self.hidden_label)
        hidden_row.addWidget(self.show_inactive_button)
        hidden_row.addStretch(1)
        left.addLayout(hidden_row)
        left.addWidget(self.roster_view, 1)
        add_rows = FlowLayout()  # as many lines as the width needs, not a wider window
        add_rows.add_widgets(self.add_voters_button, self.add_observers_button,
                             self.add_all_button, self.late_button)
        left.addLayout(add_rows)

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
        buttons = FlowLayout()
        buttons.add_widgets(self.make_voter_button, self.make_observer_button)
        buttons.add_gap()
        buttons.addWidget(self.remove_button)
        right.addLayout(buttons)
        right.addWidget(self.counts_label)

        splitter = QSplitter()
        splitter.addWidget(roster_box)
        splitter.addWidget(present_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 50, char * 70])  # the list of those present has 4 columns
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Type a name and press Enter to check a member in as a voting member, or pick "
                "members on the left (Ctrl+click for several) and add them; observers (a "
                "ministry officer, a journalist) are never offered a ballot. Double-click a "
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
        def load(s):
            present = attendance_service.attendees(s, self.workshop_id)
            here = {a.member_id for a in present}
            roster = [m for m in attendance_service.roster(s) if m.member_id not in here]
            return present, roster, attendance_service.counts_by_type(s, self.workshop_id)

        read = Op(self, self.ctx).run(
            load, on_refusal=lambda _message: None)  # the workshop was deleted: the view closes
        if not read:
            return
        present, roster, counts = read.value
        self.roster_model.set_rows(roster)
        self._update_hidden()
        self.model.refresh(present)
        voters = sum(1 for a in present if a.role == "voter")
        observers = len(present) - voters
        self.totals_label.setText(", ".join((
            self.tr("1 voting member") if voters == 1
            else self.tr("{0} voting members").format(voters),
            self.tr("1 observer") if observers == 1
            else self.tr("{0} observers").format(observers),
        )))
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

    # ------------------------------------------------------------------ check-in
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the list of matches; Esc in the list
        goes back to the search box, its text selected to be typed over."""
        if event.type() == QEvent.Type.KeyPress:
            if (watched is self.search and event.key() == Qt.Key.Key_Down
                    and self.roster_proxy.rowCount()):
                self._focus_list()
                return True
            if watched is self.roster_view and event.key() == Qt.Key.Key_Escape:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                self.search.selectAll()
                return True
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        self.roster_proxy.set_needle(text)
        self.feedback.clear()
        self._update_hidden()

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.ctx.show_status(text)

    def _focus_list(self) -> None:
        view = self.roster_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        first = self.roster_proxy.index(0, 0)
        view.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def check_in_typed(self) -> None:
        """Enter in the search box: check in the one member the text matches, or
        say why not (no match, several) and get ready for what comes next."""
        text = self.search.text().strip()
        words = search_words(text)
        if not words:
            return
        n = self.roster_proxy.rowCount()
        if n == 1:
            record = self.roster_proxy.index(0, 0).data(RecordRole)
            self._check_in([record])
            return
        if n > 1:
            self._say(self.tr("{0} members match \u201c{1}\u201d: choose one (arrow keys, then "
                              "Enter)").format(n, text))
            self._focus_list()
            return
        present = [a.name for a in self.model.records()
                   if matches(words, search_key(a.name, a.representative))]
        hidden = self._hidden_matches(words)
        if present:
            message = (self.tr("{0} is already checked in").format(present[0])
                       if len(present) == 1
                       else self.tr("Already checked in: {0}").format(", ".join(present)))
        elif hidden:
            message = (self.tr("No active member matches \u201c{0}\u201d; {1} is not active "
                               "(Show them, above the list)").format(text, hidden[0])
                       if len(hidden) == 1 else
                       self.tr("No active member matches \u201c{0}\u201d; {1} members who are "
                               "not active do (Show them, above the list)").format(
                                   text, len(hidden)))
        else:
            message = self.tr("No member matches \u201c{0}\u201d").format(text)
        self._say(message)
        self.search.selectAll()  # the next name typed replaces it

    def _hidden_matches(self, words: list[str]) -> list[str]:
        if not self.roster_proxy.hide_inactive:
            return []
        model = self.roster_model
        return [r.name for n, r in enumerate(model.records())
                if r.status != "active" and matches(words, model.index(n, 0).data(FoldRole))]

    def _check_in_chosen(self) -> None:
        """Enter on the list (or a double-click): the chosen member(s), as voters."""
        chosen = self._selected(self.roster_view, self.roster_proxy, self.roster_model)
        current = self.roster_view.currentIndex()
        if current.isValid() and not chosen:
            chosen = [current.data(RecordRole)]
        if chosen:
            self._check_in(chosen)

    def _check_in(self, records: list) -> None:
        self._add([r.member_id for r in records], "voter")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_inactive(self, show: bool) -> None:
        self.roster_proxy.set_hide_inactive(not show)
        self._update_hidden()

    def _update_hidden(self) -> None:
        """"2 inactive members are hidden — Show them" (or shown — Hide them)."""
        others = [r for r in self.roster_model.records() if r.status != "active"]
        n = len(others)
        only_inactive = all(r.status == "inactive" for r in others)
        shown = not self.roster_proxy.hide_inactive
        if shown:
            text = (self.tr("1 member who is not active is shown") if n == 1
                    else self.tr("{0} members who are not active are shown").format(n))
        elif only_inactive:
            text = (self.tr("1 inactive member is hidden \u2014") if n == 1
                    else self.tr("{0} inactive members are hidden \u2014").format(n))
        else:
            text = (self.tr("1 member who is not active is hidden \u2014") if n == 1
                    else self.tr("{0} members who are not active (inactive or prospective) "
                                 "are hidden \u2014").format(n))
        self.hidden_label.setText(text)
        self.show_inactive_button.setText(self.tr("Hide them") if shown else self.tr("Show them"))
        self.hidden_label.setVisible(n > 0)
        self.show_inactive_button.setVisible(n > 0)

    def add_selected(self, role: str) -> None:
        ids = [
            r.member_id
            for r in self._selected(self.roster_view, self.roster_proxy, self.roster_model)
        ]
        if ids:
            self._add(ids, role)

    def _add(self, ids: list[int], role: str) -> None:
        names = {r.member_id: r.name for r in self.roster_model.records()}
        outcome = cmd.push(self.ctx, cmd.AddAttendees(self.ctx, self.workshop_id, ids, role), self)
        if outcome.error:
            return
        added = list(outcome.result or [])
        if not added:
            text = self.tr("Everyone chosen is already checked in")
        elif len(added) == 1 and added[0] in names:
            text = (self.tr("{0} checked in as an observer") if role == "observer"
                    else self.tr("{0} checked in")).format(names[added[0]])
        else:
            text = (self.tr("{0} checked in as observers") if role == "observer"
                    else self.tr("{0} checked in")).format(
                        self.tr("1 member") if len(added) == 1
                        else self.tr("{0} members").format(len(added)))
        self._say(text)
        if self.search.text():  # what was typed to find them is done with
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.roster_proxy.set_needle("")
            self._update_hidden()

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

        done = Op(self, self.ctx).run(
            lambda s: roster_service.add_member(
                s, {"name": name, "member_type": member_type, "status": "active"},
                actor="attendance"),
            changed="members")
        if not done:
            return None
        self._add([done.value], role)
        return done.value

    def add_all_active(self) -> None:
        read = Op(self, self.ctx).run(attendance_service.active_member_ids)
        if read:
            self._add(read.value, "voter")

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
