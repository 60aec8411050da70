"""One quadrant of the SWOT board: title strip, prompts, item cards, input line.

The quadrant owns no data logic: every action calls back into the board
(:class:`facilitator_app.ui.swot_board.SwotBoard`), which pushes the undo
commands. Keys while the list has focus: F2 edit, Delete, + / − dots,
Ctrl+M merge, Ctrl+Up / Ctrl+Down reorder, Ctrl+1..4 move to a quadrant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import SWOT_QUADRANTS
from facilitator_app.services import swot as swot_service
from facilitator_app.ui.swot_models import QuadrantModel
from facilitator_app.ui.swot_style import (
    CardDelegate,
    apply_colours,
    muted_text,
    quadrant_colours,
    scaled_font,
)

if TYPE_CHECKING:
    from facilitator_app.ui.swot_board import SwotBoard

QUADRANT_NAMES = dict(SWOT_QUADRANTS)

# Placeholder per quadrant, so the facilitator knows where the text goes.
ADD_HINTS = {
    "S": "Type a strength and press Enter",
    "W": "Type a weakness and press Enter",
    "O": "Type an opportunity and press Enter",
    "T": "Type a threat and press Enter",
}


class ItemList(QListView):
    """A quadrant's list: cards, multi-select, drag and drop, + / − for dots."""

    dots_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and not (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if event.text() in ("+", "="):
                self.dots_requested.emit(+1)
                return
            if event.text() in ("-", "\u2212"):
                self.dots_requested.emit(-1)
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # re-wrap the cards to the new width


class AddLine(QLineEdit):
    """The "type and press Enter" field.

    A line edit claims Ctrl+Z / Ctrl+Shift+Z for its own text even when it
    has nothing to undo; this one lets them through to the board's undo
    stack then, so undoing right after adding an item undoes the item.
    """

    REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or pressed in self.REDO_KEYS
            if (undo and not self.isUndoAvailable()) or (redo and not self.isRedoAvailable()):
                event.ignore()
                return True
        return super().event(event)


class QuadrantPanel(QFrame):
    """One quadrant: title strip, prompts, the item cards and the input line."""

    def __init__(self, board: SwotBoard, quadrant: str) -> None:
        super().__init__(board)
        self.board = board
        self.quadrant = quadrant
        self.setObjectName(f"quadrant_{quadrant}")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.header = QLabel()
        self.header.setAutoFillBackground(True)
        self.header.setObjectName(f"quadrant_header_{quadrant}")
        self.prompts_label = QLabel()
        self.prompts_label.setWordWrap(True)
        self.prompts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The prompts never take more than a share of the quadrant: the items
        # matter most. Longer guidance scrolls rather than squeezing the list.
        self.prompts_area = QScrollArea()
        self.prompts_area.setWidget(self.prompts_label)
        self.prompts_area.setWidgetResizable(True)
        self.prompts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.prompts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompts_area.viewport().setAutoFillBackground(False)
        self.prompts_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.model = QuadrantModel(
            quadrant, on_edit=board.edit_item, on_drop=board.drop_items, parent=self
        )
        self.view = ItemList(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.dots_requested.connect(lambda d: board.change_dots(self, d))
        self.view.setAccessibleName(board.tr(QUADRANT_NAMES[quadrant]))

        self.add_edit = AddLine()
        self.add_edit.setObjectName(f"add_{quadrant}")
        self.add_edit.setPlaceholderText(board.tr(ADD_HINTS[quadrant]))
        self.add_edit.setClearButtonEnabled(True)
        self.add_edit.returnPressed.connect(self._add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        inner = QVBoxLayout()
        inner.setContentsMargins(6, 4, 6, 6)
        inner.addWidget(self.prompts_area)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.add_edit)
        layout.addLayout(inner, 1)
        self._build_actions()
        self._count = 0
        self._show_header()

    # -- actions (shortcuts work while the list has focus) -------------
    def _action(self, text: str, slot, keys: list[str] | None = None) -> QAction:
        action = QAction(text, self.view)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        b = self.board
        self.edit_action = self._action(b.tr("Edit"), self.edit_current, ["F2"])
        self.delete_action = self._action(
            b.tr("Delete"), lambda: b.delete_selected(self), ["Delete", "Backspace"]
        )
        self.merge_action = self._action(
            b.tr("Merge selected items"), lambda: b.merge_selected(self), ["Ctrl+M"]
        )
        self.up_action = self._action(b.tr("Move up"), lambda: b.move_by(self, -1), ["Ctrl+Up"])
        self.down_action = self._action(
            b.tr("Move down"), lambda: b.move_by(self, +1), ["Ctrl+Down"]
        )
        self.dot_add_action = self._action(b.tr("Add a dot\t+"), lambda: b.change_dots(self, +1))
        self.dot_remove_action = self._action(
            b.tr("Remove a dot\t−"), lambda: b.change_dots(self, -1)
        )
        self.move_actions: dict[str, QAction] = {}
        for n, (key, label) in enumerate(SWOT_QUADRANTS, start=1):
            action = self._action(
                b.tr(label), lambda k=key: b.move_to_quadrant(self, k), [f"Ctrl+{n}"]
            )
            self.move_actions[key] = action
        self.attribute_action = self._action(
            b.tr("Who said it…"), lambda: b.attribute_selected(self)
        )
        self.promote_action = self._action(
            b.tr("Make a candidate priority"), lambda: b.promote_selected(self)
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, pos) -> None:
        self.menu().exec(self.view.viewport().mapToGlobal(pos))

    def menu(self) -> QMenu:
        selected = len(self.selected_ids())
        menu = QMenu(self)
        for action in (self.edit_action, self.attribute_action, self.promote_action):
            action.setEnabled(selected == 1)
            menu.addAction(action)
        menu.addSeparator()
        self.dot_add_action.setEnabled(selected > 0)
        self.dot_remove_action.setEnabled(selected > 0)
        menu.addAction(self.dot_add_action)
        menu.addAction(self.dot_remove_action)
        menu.addSeparator()
        self.merge_action.setEnabled(selected > 1)
        menu.addAction(self.merge_action)
        move = menu.addMenu(self.board.tr("Move to"))
        for key, action in self.move_actions.items():
            action.setEnabled(selected > 0 and key != self.quadrant)
            move.addAction(action)
        menu.addAction(self.up_action)
        menu.addAction(self.down_action)
        menu.addSeparator()
        self.delete_action.setEnabled(selected > 0)
        menu.addAction(self.delete_action)
        return menu

    # -- content --------------------------------------------------------
    def _add(self) -> None:
        text = self.add_edit.text().strip()
        if not text:
            return
        if self.board.add_item(self.quadrant, text):
            # setText, not clear(): it also empties the field's own undo history, so
            # Ctrl+Z goes on to undo the added item rather than bring the text back
            self.add_edit.setText("")

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.record(r).id for r in rows]

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        sel = self.view.selectionModel()
        sel.clearSelection()
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row >= 0:
                sel.select(self.model.index(row), sel.SelectionFlag.Select)
        if current is not None and self.model.row_of(current) >= 0:
            sel.setCurrentIndex(
                self.model.index(self.model.row_of(current)), sel.SelectionFlag.NoUpdate
            )

    def set_items(self, items: list[swot_service.ItemView]) -> None:
        keep = self.selected_ids()
        current = self.view.currentIndex()
        current_id = self.model.record(current.row()).id if current.isValid() else None
        before = [r.id for r in self.model.records()]
        self.model.refresh(items)
        if [r.id for r in items] != before:
            self.select_ids(keep, current_id)
        self._count = len(items)
        self._show_header()

    def set_prompts(self, prompts: list[str], visible: bool) -> None:
        self.prompts_label.setText("\n".join(f"• {p}" for p in prompts))
        self.prompts_area.setVisible(visible and bool(prompts))
        self._fit_prompts()

    PROMPTS_SHARE = 0.3  # of the quadrant's height, at most

    def _fit_prompts(self) -> None:
        wanted = self.prompts_label.heightForWidth(self.prompts_area.viewport().width())
        if wanted <= 0:
            wanted = self.prompts_label.sizeHint().height()
        limit = max(
            self.prompts_label.fontMetrics().lineSpacing() * 2,
            int(self.height() * self.PROMPTS_SHARE),
        )
        self.prompts_area.setMaximumHeight(min(wanted + 2, limit))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_prompts()

    def _show_header(self) -> None:
        name = self.board.tr(QUADRANT_NAMES[self.quadrant])
        self.header.setText(f"  {name}  ({self._count})" if self._count else f"  {name}")

    def texts(self) -> list[str]:
        """What the quadrant shows, top to bottom (for tests and screen readers)."""
        return [r.text for r in self.model.records()]

    # -- look -----------------------------------------------------------
    def apply_font(self, point_size: float) -> None:
        base = self.board.font()
        self.header.setFont(scaled_font(base, point_size, 1.15, bold=True))
        self.view.setFont(scaled_font(base, point_size))
        self.prompts_label.setFont(scaled_font(base, point_size, 0.7, italic=True))
        self._fit_prompts()
        self.add_edit.setFont(scaled_font(base, point_size, 0.85))
        margin = max(2, round(point_size / 4))
        self.header.setContentsMargins(margin, margin, margin, margin)
        self.view.scheduleDelayedItemsLayout()

    def recolour(self, palette: QPalette) -> None:
        colours = quadrant_colours(palette, self.quadrant)
        apply_colours(self, colours, palette)
        header = QPalette(palette)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            header.setColor(group, QPalette.ColorRole.Window, colours.header)
            header.setColor(group, QPalette.ColorRole.WindowText, colours.header_text)
        self.header.setPalette(header)
        prompts = QPalette(self.palette())
        prompts.setColor(QPalette.ColorRole.WindowText, muted_text(palette))
        self.prompts_label.setPalette(prompts)
