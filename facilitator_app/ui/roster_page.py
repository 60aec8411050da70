"""The Members page: the roster table, its filters, the edit form, import/export.

Every change is written at once and pushed on the window's undo stack as a
command (add, edit, delete, import). A command's first ``redo`` does nothing
because the change was already made (so an error can be shown before
anything lands on the stack); later undo/redo write to the workspace again.
Commands find members by ``uid``, which survives a delete and undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import MEMBER_STATUSES, MEMBER_TYPES
from facilitator_app.core.errors import UserError
from facilitator_app.core.roster_fields import FIELDS
from facilitator_app.services import roster as roster_service
from facilitator_app.services.roster import ImportResult, MemberSnapshot
from facilitator_app.ui import file_dialogs
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.member_form import NOT_SET, MemberForm
from facilitator_app.ui.menu_button import MenuToolButton
from facilitator_app.ui.operation import Op, Outcome
from facilitator_app.ui.roster_model import MemberIdRole, RosterFilterProxy, RosterTableModel

DEFAULT_VISIBLE = {
    "name", "member_type", "size", "country", "locality", "contact_person", "email",
    "phone", "status", "join_date",
}
# Column widths in average characters (from the font, never pixels).
WIDTH_CHARS = {"name": 40, "member_type": 22, "email": 26, "contact_person": 22, "notes": 30,
               "country": 16, "locality": 16, "phone": 16, "join_date": 11, "exit_date": 11}
SEARCH_DEBOUNCE_MS = 120
DEBOUNCE_FROM_ROWS = 2000
SETTINGS_HIDDEN = "roster/hiddenColumns"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


# ----- undo commands -------------------------------------------------------
class _RosterCommand(QUndoCommand):
    def __init__(self, page: RosterPage, text: str) -> None:
        super().__init__(text)
        self.page = page
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done when the command was pushed
            self._first = False
            return
        self.page.run_command_step(self._redo)

    def undo(self) -> None:
        self.page.run_command_step(self._undo)

    def _redo(self, session) -> Iterable[int]:
        raise NotImplementedError

    def _undo(self, session) -> Iterable[int]:
        raise NotImplementedError


class AddMemberCommand(_RosterCommand):
    def __init__(self, page: RosterPage, uid: str, name: str) -> None:
        super().__init__(page, _tr("Add member {0}").format(name))
        self.uid = uid
        self.snapshot: MemberSnapshot | None = None

    def _undo(self, s) -> list[int]:
        member_id = roster_service.member_id_for_uid(s, self.uid)
        if member_id is None:
            return []
        self.snapshot = roster_service.delete_member(s, member_id)
        return [member_id]

    def _redo(self, s) -> list[int]:
        assert self.snapshot is not None
        return [roster_service.restore_member(s, self.snapshot)]


class EditMemberCommand(_RosterCommand):
    def __init__(self, page: RosterPage, uid: str, name: str, before: dict[str, Any],
                 after: dict[str, Any]) -> None:
        super().__init__(page, _tr("Edit member {0}").format(name))
        self.uid, self.before, self.after = uid, before, after

    def _apply(self, s, values: dict[str, Any]) -> list[int]:
        member_id = roster_service.member_id_for_uid(s, self.uid)
        if member_id is None:
            return []
        roster_service.update_member(s, member_id, values)
        return [member_id]

    def _undo(self, s) -> list[int]:
        return self._apply(s, self.before)

    def _redo(self, s) -> list[int]:
        return self._apply(s, self.after)


class DeleteMembersCommand(_RosterCommand):
    def __init__(self, page: RosterPage, snapshots: list[MemberSnapshot]) -> None:
        text = (_tr("Delete member {0}").format(snapshots[0].name) if len(snapshots) == 1
                else _tr("Delete {0} members").format(len(snapshots)))
        super().__init__(page, text)
        self.snapshots = snapshots

    def _undo(self, s) -> list[int]:
        return [roster_service.restore_member(s, snap) for snap in reversed(self.snapshots)]

    def _redo(self, s) -> list[int]:
        ids = []
        for i, snap in enumerate(self.snapshots):
            member_id = roster_service.member_id_for_uid(s, snap.uid)
            if member_id is not None:
                self.snapshots[i] = roster_service.delete_member(s, member_id)
                ids.append(member_id)
        return ids


class ImportCommand(_RosterCommand):
    def __init__(self, page: RosterPage, result: ImportResult, name: str) -> None:
        super().__init__(page, _tr("Import {0}").format(name))
        self.result = result
        self.snapshots: list[MemberSnapshot] = []

    def _undo(self, s) -> None:
        self.snapshots = roster_service.revert_import(s, self.result)

    def _redo(self, s) -> None:
        roster_service.reapply_import(s, self.result, self.snapshots)


# ----- the page ------------------------------------------------------------
class _FormScroll(QScrollArea):
    """The member form's scroll area: never narrower than the form (with the
    scroll bar beside it), so the splitter cannot push the form's fields past
    the window's edge; it scrolls up and down only."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        width = (form.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())


class RosterPage(QWidget):
    page_key = "roster"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._notifying = False
        self._selecting = False
        self._shown_id: int | None = None

        self.model = RosterTableModel(self)
        self.proxy = RosterFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # Filters
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, contact or locality"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search members"))
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All types"), NOT_SET)
        for key, label in MEMBER_TYPES:
            self.type_combo.addItem(QCoreApplication.translate("domain", label), key)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), NOT_SET)
        for key, label in MEMBER_STATUSES:
            self.status_combo.addItem(QCoreApplication.translate("domain", label), key)
        self.columns_button = MenuToolButton(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))

        self.add_button = QPushButton(self.tr("&New member"))
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected members (Delete)"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import members from an Excel or CSV file"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the roster to Excel or CSV"))

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.type_combo, 1)
        top.addWidget(self.status_combo, 1)
        top.addWidget(self.columns_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        # Table
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + self.fontMetrics().height() // 2)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.exec(header.mapToGlobal(pos))
        )
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        char = self.fontMetrics().averageCharWidth()
        for col, name in enumerate(self.model.fields):
            chars = WIDTH_CHARS.get(name, max(10, len(self.model.headerData(
                col, Qt.Orientation.Horizontal)) + 4))
            # never narrower than its title (a translation may be longer than the English)
            header.resizeSection(col, max(chars * char, header.sectionSizeHint(col)))
        self.columns_menu = QMenu(self)
        self.column_actions: dict[str, QAction] = {}
        hidden = self._hidden_columns()
        for col, name in enumerate(self.model.fields):
            action = self.columns_menu.addAction(
                QCoreApplication.translate("roster", FIELDS[name].label))
            action.setCheckable(True)
            action.setChecked(name not in hidden)
            action.setEnabled(name != "name")
            action.toggled.connect(lambda on, c=col: self._show_column(c, on))
            self.column_actions[name] = action
            self.view.setColumnHidden(col, name in hidden)
        self.columns_button.setMenu(self.columns_menu)

        # Form
        self.form = MemberForm()
        form_scroll = _FormScroll()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 120, char * 62])
        self.splitter = splitter

        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts_label)

        # Actions and signals
        self.add_action = QAction(self.tr("New member"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.new_member)
        self.addAction(self.add_action)
        self.delete_action = QAction(self.tr("Delete members"), self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)

        self.add_button.clicked.connect(self.new_member)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        self.form.save_requested.connect(self.save_form)
        self.form.revert_requested.connect(self._revert_form)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._search_changed)
        self.type_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ctx.changed.connect(self._on_ctx_changed)

        self.reload()

    # ----- data ------------------------------------------------------------
    def reload(self) -> None:
        """Read every member again (one SELECT of light tuples)."""
        read = self._run(roster_service.table_rows)
        if not read:
            return
        self.model.load(read.value)
        self._update_counts()
        self._update_buttons()
        if self._shown_id is not None and self.model.row_of(self._shown_id) is None:
            self._shown_id = None
            self.form.load(None, {})

    def _on_ctx_changed(self, topic: str) -> None:
        if topic == "members" and not self._notifying:
            self.reload()

    def _notify(self) -> None:
        self._notifying = True
        try:
            self.ctx.notify("members")
        finally:
            self._notifying = False

    def refresh_members(self, ids: Iterable[int], select: int | None = None) -> None:
        """Bring the table (and the form) up to date for these members."""
        def read_rows(s):
            rows = {i: roster_service.table_row(s, i) for i in ids}
            shown = None
            if self._shown_id in rows and rows[self._shown_id] is not None:
                shown = roster_service.member_values(s, self._shown_id)
            return rows, shown

        read = self._run(read_rows)
        if not read:
            return
        rows, shown = read.value
        for member_id, row in rows.items():
            if row is None:
                self.model.remove(member_id)
            else:
                self.model.upsert(row)
        if shown is not None:
            self.form.load(self._shown_id, shown)
        elif self._shown_id in rows and rows[self._shown_id] is None:
            self._shown_id = None
            self.form.load(None, {})
        if select is not None:
            self.select_member(select)
        self._update_counts()
        self._update_buttons()
        self._notify()

    def run_command_step(self, step: Callable[[Any], Iterable[int] | None]) -> None:
        """Run an undo/redo step in a unit of work and refresh what it touched."""
        done = self._run(step)
        if not done:
            return
        ids = done.value
        if ids is None:  # an import: many rows
            self.reload()
            self._notify()
        else:
            ids = list(ids)
            self.refresh_members(ids, select=ids[0] if len(ids) == 1 else None)

    # ----- selection and form ---------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(MemberIdRole) for index in rows]

    def select_member(self, member_id: int) -> bool:
        row = self.proxy.proxy_row_of(member_id)
        if row is None:
            return False
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current, previous) -> None:
        if self._selecting:
            return
        member_id = current.data(MemberIdRole) if current.isValid() else None
        if member_id == self._shown_id:
            return
        if not self._leave_form():
            self._selecting = True
            try:
                if self._shown_id is not None:
                    self.select_member(self._shown_id)
                else:
                    self.view.selectionModel().clearSelection()
            finally:
                self._selecting = False
            return
        self._show(member_id)

    def _show(self, member_id: int | None) -> None:
        values: dict[str, Any] = {}
        if member_id is not None:
            read = Op(self, self.ctx).run(
                lambda s: roster_service.member_values(s, member_id),
                on_refusal=lambda _message: None)  # deleted meanwhile: an empty form
            values = read.value if read else {}
            member_id = member_id if read else None
        self._shown_id = member_id
        self.form.load(member_id, values)

    def _leave_form(self) -> bool:
        """Before the form shows something else: save valid edits, ask about invalid ones."""
        if not self.form.is_dirty():
            return True
        if self.form.is_valid():
            return self.save_form()
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved member"),
            self.tr("The member being edited cannot be saved:\n{0}\n\nDiscard the changes?")
            .format("\n".join(self.form.problems.values())),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _revert_form(self) -> None:
        self._show(self._shown_id)

    def flush(self) -> None:
        """Save a valid member still being edited (the window is closing)."""
        if self.form.is_dirty() and self.form.is_valid():
            self.save_form()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

    # ----- add, save, delete ----------------------------------------------
    def new_member(self) -> None:
        if not self._leave_form():
            return
        self._selecting = True
        try:
            self.view.selectionModel().clearSelection()
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._selecting = False
        self._shown_id = None
        self.form.start_new()
        self.ctx.show_status(self.tr("New member: type the name, then save (Ctrl+S)."))

    def save_form(self) -> bool:
        if not self.form.validate():
            return False
        try:
            if self.form.member_id is None:
                values = self.form.clean_values()

                def add(s):
                    member_id = roster_service.add_member(s, values)
                    return member_id, roster_service.member_uid(s, member_id)

                done = self._run(add)
                if not done:
                    return False
                member_id, uid = done.value
                self.ctx.undo_stack.push(AddMemberCommand(self, uid, values["name"]))
                self._shown_id = member_id
                self.refresh_members([member_id], select=member_id)
                self.ctx.show_status(self.tr("Added {0}.").format(values["name"]))
            else:
                member_id = self.form.member_id
                changes = self.form.changes()
                if not changes:
                    return True
                done = self._run(lambda s: (
                    roster_service.update_member(s, member_id, changes),
                    roster_service.member_uid(s, member_id),
                    roster_service.member_values(s, member_id)["name"]))
                if not done:
                    return False
                before, uid, name = done.value
                if before:
                    after = {k: changes[k] for k in before}
                    self.ctx.undo_stack.push(EditMemberCommand(self, uid, name, before, after))
                self.refresh_members([member_id])
                self.ctx.show_status(self.tr("Saved {0}.").format(name))
        except UserError as exc:
            self.show_error(exc.message)
            return False
        return True

    def confirm_delete(self, names: Sequence[str], impact: dict[str, int]) -> bool:
        """Ask before deleting (a QMessageBox; tests replace QMessageBox.question)."""
        if len(names) == 1:
            text = self.tr("Delete {0} from the roster?").format(names[0])
        else:
            shown = "\n".join(f"• {n}" for n in names[:10])
            more = self.tr("\n… and {0} more").format(len(names) - 10) if len(names) > 10 else ""
            text = self.tr("Delete these {0} members?\n{1}{2}").format(len(names), shown, more)
        details = []
        if impact.get("attendance"):
            details.append(self.tr("{0} attendance record(s) go with them.")
                           .format(impact["attendance"]))
        if impact.get("ballots"):
            details.append(self.tr("{0} ballot(s) they cast stay, without their name.")
                           .format(impact["ballots"]))
        if impact.get("voter_receipts"):
            details.append(self.tr("The record that they voted ({0}) goes with them.")
                           .format(impact["voter_receipts"]))
        if impact.get("actions"):
            details.append(self.tr("They lead %n action(s); (it|they) will have no lead.", "",
                                   impact["actions"]))
        if impact.get("action_partners"):
            details.append(self.tr("They are taken off %n action(s) as a partner.", "",
                                   impact["action_partners"]))
        if details:
            text += "\n\n" + "\n".join(details)
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(
            self, self.tr("Delete members"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        with self.ctx.session() as s:
            names = [roster_service.member_values(s, i)["name"] for i in ids]
            impact = roster_service.delete_impact(s, ids)
        if not self.confirm_delete(names, impact):
            return
        next_row = min(self.proxy.proxy_row_of(i) or 0 for i in ids)
        try:
            with self.ctx.session() as s:
                snapshots = [roster_service.delete_member(s, i) for i in ids]
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.ctx.undo_stack.push(DeleteMembersCommand(self, snapshots))
        if self._shown_id in ids:
            self._shown_id = None
            self.form.load(None, {})
        self.refresh_members(ids)
        if self.proxy.rowCount():
            row = min(next_row, self.proxy.rowCount() - 1)
            self.select_member(self.proxy.member_id(row))
        self.ctx.show_status(
            self.tr("Deleted {0}.").format(names[0]) if len(names) == 1
            else self.tr("Deleted {0} members.").format(len(names))
        )

    # ----- filters and counts ---------------------------------------------
    def _search_changed(self, _text: str) -> None:
        if self.model.rowCount() >= DEBOUNCE_FROM_ROWS:
            self._search_timer.start()
        else:
            self.apply_search()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            search=self.search_edit.text(),
            member_type=self.type_combo.currentData(),
            status=self.status_combo.currentData(),
        )
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        counts = self.proxy.type_counts()
        shown = sum(counts.values())
        parts = []
        for key, label in MEMBER_TYPES:
            if counts.get(key):
                short = QCoreApplication.translate("domain", label).split(" / ")[0]
                parts.append(f"{short} {counts[key]}")
        if counts.get(None):
            parts.append(self.tr("type not set {0}").format(counts[None]))
        if self.proxy.active:
            head = self.tr("Showing {0} of %n member(s)", "", total).format(shown)
        else:
            head = self.tr("%n member(s)", "", total)
        self.counts_label.setText(head + (" — " + " · ".join(parts) if parts else ""))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    # ----- columns -----------------------------------------------------------
    def _hidden_columns(self) -> set[str]:
        stored = QSettings().value(SETTINGS_HIDDEN)
        if stored is None:
            return set(self.model.fields) - DEFAULT_VISIBLE
        if isinstance(stored, str):
            stored = [stored] if stored else []
        return {str(s) for s in stored} & set(self.model.fields) - {"name"}

    def _show_column(self, column: int, visible: bool) -> None:
        self.view.setColumnHidden(column, not visible)
        hidden = [f for c, f in enumerate(self.model.fields) if self.view.isColumnHidden(c)]
        QSettings().setValue(SETTINGS_HIDDEN, hidden)

    # ----- import and export ----------------------------------------------
    def import_dialog(self) -> None:
        from facilitator_app.core.roster_import import read_table
        from facilitator_app.ui.file_reader import read_file
        from facilitator_app.ui.import_dialog import ImportDialog

        path = file_dialogs.ask_open_path(
            self, self.tr("Import members"),
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"),
            near=self.ctx.workspace.path.parent,
        )
        if not path:
            return
        if not self._leave_form():
            return
        try:
            table = read_file(self, read_table, path, self.tr("Import members"))
        except UserError as exc:
            self.show_error(exc.message)
            return
        if table is None:  # cancelled while reading
            return
        dialog = ImportDialog(self.ctx, table, self.commit_import, self)
        dialog.exec()

    def commit_import(self, parsed, on_duplicate: str, excluded: Iterable[int],
                      source_name: str, choices=None) -> ImportResult:
        """Write an import (all or nothing) and put it on the undo stack."""
        from facilitator_app.ui.import_dialog import counts_text

        # a refusal goes back to the import dialog, which says it and stays open
        result = Op(self, self.ctx).fetch(lambda s: roster_service.apply_import(
            s, parsed, on_duplicate, excluded, skip_invalid=False, source_name=source_name,
            choices=choices,
        ))
        self.ctx.undo_stack.push(ImportCommand(self, result, source_name))
        self.reload()
        self._notify()
        self.ctx.show_status(
            self.tr("Imported {0}: {1}.").format(source_name, counts_text(result.plan)))
        return result

    def export_dialog(self) -> None:
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        csv_filter = self.tr("CSV, UTF-8 (*.csv)")
        path, chosen = file_dialogs.ask_save_path(
            self, self.tr("Export the roster"), f"{self.ctx.workspace.name} members.xlsx",
            f"{xlsx_filter};;{csv_filter}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == csv_filter else ".xlsx"))
        self.flush()
        self._run(lambda s: roster_service.export_roster(s, target),
                  status=lambda count: self.tr("%n member(s) exported to {0}.", "", count).format(
                      target.name))

    def _run(self, work, **options) -> Outcome:
        """``work`` through the operation helper; a refusal in this page's message box."""
        return Op(self, self.ctx).run(work, on_refusal=self.show_error, **options)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Members"), message)
