"""The Priorities tab: the candidate priorities the members will vote on.

They arrive typed, pasted as a list (one per line; duplicates are flagged
before anything is added), promoted from a TOWS strategy (on the TOWS tab)
or made from a SWOT item. The order here is the order on the ballot:
drag rows or use Ctrl+Up / Ctrl+Down. Title, category and description are
edited in place (F2 or double-click). Everything can be undone.
"""

from __future__ import annotations

import json
from typing import ClassVar

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.views import PriorityView
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.ui import workshop_commands as cmd
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.flow_layout import FlowLayout
from facilitator_app.ui.list_table_model import ListTableModel
from facilitator_app.ui.operation import Op
from facilitator_app.ui.preset_words import shown, shown_list, stored
from facilitator_app.ui.priority_dialogs import (
    CategoriesDialog,
    PasteDialog,
    PriorityDialog,
    SwotItemDialog,
    chosen_category,
)
from facilitator_app.ui.reload_when_shown import ReloadWhenShown
from facilitator_app.ui.swot_style import RecordRole

PRIORITY_MIME = "application/x-cft-priorities"
SOURCE_LABELS = {
    "typed": "Typed",
    "pasted": "Pasted list",
    "tows": "TOWS",
    "swot": "SWOT",
}


class PriorityModel(ListTableModel):
    """Priorities in ballot order. Edits and drops go to callbacks (undo commands)."""

    COLUMNS = ("#", "Title", "Category", "Source", "Description")
    EDITABLE: ClassVar[dict[int, str]] = {1: "title", 2: "category", 4: "description"}

    def __init__(self, on_edit=None, on_drop=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PriorityView] = []
        self.on_edit = on_edit
        self.on_drop = on_drop

    def records(self) -> list[PriorityView]:
        return list(self._rows)

    def record(self, row: int) -> PriorityView:
        return self._rows[row]

    def row_of(self, priority_id: int) -> int:
        return next((n for n, p in enumerate(self._rows) if p.id == priority_id), -1)

    def refresh(self, rows: list[PriorityView]) -> None:
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, rows)) if a != b]
            self._rows = list(rows)
            for n in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def source_text(self, p: PriorityView) -> str:
        label = self.tr(SOURCE_LABELS.get(p.source_kind, p.source_kind))
        return f"{label} {p.source_ref}" if p.source_ref else label

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == RecordRole:
            return p
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                p.number,
                p.title,
                shown(p.category),  # a preset in the window's language
                self.source_text(p),
                p.description,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 3 and p.source_text:
                return p.source_text
            if col in (1, 4):
                return p.title if col == 1 else p.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        p = self._rows[index.row()]
        field = self.EDITABLE[index.column()]
        text = str(value or "").strip()
        if field == "category":
            text = stored(text)  # a preset goes back to its English word
        if text == getattr(p, field) or (field == "title" and not text):
            return False
        if self.on_edit is not None:
            self.on_edit(p.id, field, text)
        return True

    # -- drag and drop (reorder) ---------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PRIORITY_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(
            PRIORITY_MIME, QByteArray(json.dumps([self._rows[r].id for r in rows]).encode())
        )
        return mime

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(PRIORITY_MIME):
            return False
        try:
            ids = [int(x) for x in json.loads(bytes(data.data(PRIORITY_MIME)).decode())]
        except (TypeError, ValueError):
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self._rows)
        if self.on_drop is not None and ids:
            self.on_drop(ids, row)
        return True


class CategoryDelegate(QStyledItemDelegate):
    """An editable combo box of the categories for the Category column."""

    def __init__(self, categories, parent=None) -> None:
        super().__init__(parent)
        self.categories = categories  # callable -> list[str]

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItem("")
        combo.addItems(shown_list(self.categories()))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class PrioritiesTab(ReloadWhenShown, QWidget):
    """The Priorities tab of a workshop."""

    TOPICS = (cmd.PRIORITIES, cmd.TOWS, cmd.SWOT)

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._dirty = False
        self._categories: list[str] = []

        self.model = PriorityModel(on_edit=self.edit_field, on_drop=self.drop, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropOverwriteMode(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(2, CategoryDelegate(lambda: self._categories, self.view))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.paste_button = QPushButton(self.tr("&Paste a list…"))
        self.from_swot_button = QPushButton(self.tr("From a &SWOT item…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.add_button.clicked.connect(lambda: self.add_typed())
        self.paste_button.clicked.connect(lambda: self.paste_list())
        self.from_swot_button.clicked.connect(lambda: self.from_swot())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(+1))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.categories_button.clicked.connect(lambda: self.edit_categories())
        for keys, slot, text in (
            ("Delete", self.delete_selected, self.tr("Delete")),
            ("Ctrl+Up", lambda: self.move_by(-1), self.tr("Move up")),
            ("Ctrl+Down", lambda: self.move_by(+1), self.tr("Move down")),
            ("Return", self.edit_selected, self.tr("Edit")),
        ):
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, f=slot: f())
            self.view.addAction(action)

        buttons = FlowLayout()  # eight buttons wrap on a narrow screen, not widen the window
        buttons.add_widgets(self.add_button, self.paste_button, self.from_swot_button)
        buttons.add_gap()
        buttons.add_widgets(self.edit_button, self.up_button, self.down_button,
                            self.delete_button, self.categories_button)
        intro = QLabel(
            self.tr(
                "The candidate priorities members will vote on, in ballot order. Promote TOWS "
                "strategies on the TOWS tab, or add them here."
            )
        )
        intro.setWordWrap(True)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        ctx.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self._dirty = False
        selected = self.selected_ids()
        read = Op(self, self.ctx).run(
            lambda s: (priority_service.list_priorities(s, self.workshop_id),
                       priority_service.categories(s)),
            on_refusal=lambda _message: None)  # the workshop was deleted: the view closes
        if not read:
            return
        rows, self._categories = read.value
        before = [r.id for r in self.model.records()]
        self.model.refresh(rows)
        if [r.id for r in rows] != before:
            self.select_ids(selected)
        self.view.resizeRowsToContents()
        self.count_label.setText(self.tr("%n candidate (priority|priorities)", "", len(rows)))
        self._update_buttons()

    def titles(self) -> list[str]:
        return [p.title for p in self.model.records()]

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.record(r).id for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: list[int]) -> None:
        sel = self.view.selectionModel()
        sel.clearSelection()
        for priority_id in ids:
            row = self.model.row_of(priority_id)
            if row >= 0:
                sel.select(
                    self.model.index(row, 0),
                    sel.SelectionFlag.Select | sel.SelectionFlag.Rows,
                )
                sel.setCurrentIndex(self.model.index(row, 1), sel.SelectionFlag.NoUpdate)

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.edit_button.setEnabled(n == 1)
        self.up_button.setEnabled(n == 1)
        self.down_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n > 0)

    # ------------------------------------------------------------------ actions
    def edit_field(self, priority_id: int, field: str, value: str) -> None:
        # Deferred: the edit arrives from inside the view's editor.
        QTimer.singleShot(
            0,
            lambda: cmd.push(
                self.ctx, cmd.UpdatePriority(self.ctx, priority_id, **{field: value}), self
            ),
        )

    def drop(self, ids: list[int], row: int) -> None:
        QTimer.singleShot(0, lambda: self.move_to(ids, row))

    def move_to(self, ids: list[int], row: int) -> None:
        """Move the priorities to before ``row`` (counted before the move)."""
        cmd.push(self.ctx, cmd.MovePriorities(self.ctx, self.workshop_id, ids, row), self)
        self.select_ids(ids)

    def move_by(self, step: int) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = self.model.row_of(ids[0])
        target = row + step
        if 0 <= target < self.model.rowCount():
            cmd.push(self.ctx, cmd.MovePriority(self.ctx, ids[0], target), self)
            self.select_ids(ids)

    def add_typed(self, dialog: PriorityDialog | None = None) -> None:
        dialog = dialog or PriorityDialog(self._categories, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        read = Op(self, self.ctx).run(
            lambda s: priority_service.find_duplicate(s, self.workshop_id, values["title"]))
        if not read:
            return
        twin = read.value
        if twin is not None and not self._ask(
            self.tr("“{0}” is already a candidate priority. Add it again?").format(twin.title)
        ):
            return
        wid = self.workshop_id
        outcome = cmd.push(
            self.ctx,
            cmd.AddPriorities(
                self.ctx,
                self.tr("Add priority"),
                lambda s: [priority_service.add_priority(s, wid, **values)],
            ),
            self,
        )
        if not outcome.error:
            self.select_ids([p.id for p in outcome.result])

    def paste_list(self, dialog: PasteDialog | None = None) -> None:
        dialog = dialog or PasteDialog(self._categories, self.titles(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = dialog.text()
        category = chosen_category(dialog.category_combo)
        include = dialog.include_duplicates.isChecked()
        wid = self.workshop_id
        result_holder: list[priority_service.PasteResult] = []

        def make(s):
            result = priority_service.add_pasted(s, wid, text, category, include)
            result_holder.append(result)
            return result.added

        outcome = cmd.push(
            self.ctx, cmd.AddPriorities(self.ctx, self.tr("Paste priorities"), make), self
        )
        if outcome.error or not result_holder:
            return
        result = result_holder[0]
        self.select_ids([p.id for p in result.added])
        message = self.tr("Added %n (priority|priorities).", "", len(result.added))
        if result.skipped:
            message += " " + self.tr("Skipped %n duplicate(s).", "", len(result.skipped))
        self.ctx.show_status(message)

    def from_swot(self, dialog: SwotItemDialog | None = None) -> None:
        if dialog is None:
            read = Op(self, self.ctx).run(
                lambda s: swot_service.items_by_quadrant(s, self.workshop_id))
            if not read:
                return
            dialog = SwotItemDialog(read.value, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.item_id() is None:
            return
        item_id = dialog.item_id()
        outcome = cmd.push(
            self.ctx,
            cmd.AddPriorities(
                self.ctx,
                self.tr("Priority from a SWOT item"),
                lambda s: [priority_service.promote_item(s, item_id)],
            ),
            self,
        )
        if not outcome.error:
            self.select_ids([p.id for p in outcome.result])

    def edit_selected(self, dialog: PriorityDialog | None = None) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        current = self.model.record(self.model.row_of(ids[0]))
        dialog = dialog or PriorityDialog(self._categories, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.values().items() if v != getattr(current, k)}
        if changes:
            cmd.push(self.ctx, cmd.UpdatePriority(self.ctx, current.id, **changes), self)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            title = self.model.record(self.model.row_of(ids[0])).title
            question = self.tr("Delete the priority “{0}”?").format(title)
        else:
            question = self.tr("Delete {0} priorities?").format(len(ids))
        if not self._ask(question + "\n\n" + self.tr("You can undo this with Ctrl+Z.")):
            return
        outcome = cmd.push(self.ctx, cmd.DeletePriorities(self.ctx, ids), self)
        if not outcome.error:
            self.ctx.show_status(self.tr("Deleted. Undo with Ctrl+Z."))

    def edit_categories(self, dialog: CategoriesDialog | None = None) -> None:
        dialog = dialog or CategoriesDialog(self._categories, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.categories()
        Op(self, self.ctx).run(lambda s: priority_service.set_categories(s, chosen),
                               changed=cmd.PRIORITIES)

    def _ask(self, question: str) -> bool:
        """Yes or No, No by default (Enter keeps things as they are)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, APP_NAME, question, buttons.Yes | buttons.No,
                                      buttons.No)
        return answer == buttons.Yes

    def flush(self) -> None:
        """Nothing is pending: every change is saved when made."""
