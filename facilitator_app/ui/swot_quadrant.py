"""One quadrant of the SWOT board: title strip, prompts, item cards, input line.

The guiding prompts take no room of their own: the first one sits in the
title strip, shortened to fit, with all of them in its tooltip; the arrow
beside it (or a click on the line) unfolds the whole list under the strip.

The quadrant owns no data logic: every action calls back into the board
(:class:`facilitator_app.ui.swot_board.SwotBoard`), which pushes the undo
commands. Keys while the list has focus: F2 edit, Delete, + / − dots,
Ctrl+M merge, Ctrl+Up / Ctrl+Down reorder, Ctrl+1..4 move to a quadrant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import SWOT_QUADRANTS
from facilitator_app.services import swot as swot_service
from facilitator_app.ui.swot_models import QuadrantModel
from facilitator_app.ui.swot_style import (
    CardDelegate,
    apply_colours,
    mix,
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


class PromptLine(QLabel):
    """One line of text shortened with "…" to the room it gets (a suffix such
    as "(+4 more)" is kept whole); a click emits ``clicked`` (the quadrant
    unfolds its prompts)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._suffix = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_full_text(self, text: str, suffix: str = "") -> None:
        self._full, self._suffix = text, suffix
        self._elide()

    def full_text(self) -> str:
        return f"{self._full}  {self._suffix}" if self._suffix else self._full

    def _elide(self) -> None:
        fm = self.fontMetrics()
        width = max(0, self.contentsRect().width())
        suffix = f"  {self._suffix}" if self._suffix else ""
        room = width - fm.horizontalAdvance(suffix)
        if room < fm.averageCharWidth() * 6:  # too narrow for both: the prompt only
            suffix, room = "", width
        self.setText(fm.elidedText(self._full, Qt.TextElideMode.ElideRight, room) + suffix)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class PromptList(QLabel):
    """The unfolded prompts, wrapped. Its height is set from its width here,
    not through height-for-width (which would make the board's grid give the
    quadrant showing its prompts a taller row than the others)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def hasHeightForWidth(self) -> bool:
        return False

    def _fit(self) -> None:
        wanted = self.heightForWidth(max(1, self.width()))
        if wanted > 0 and wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()


class QuadrantPanel(QFrame):
    """One quadrant: title strip, prompts, the item cards and the input line."""

    def __init__(self, board: SwotBoard, quadrant: str) -> None:
        super().__init__(board)
        self.board = board
        self.quadrant = quadrant
        self.setObjectName(f"quadrant_{quadrant}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # the four quadrants share the board equally, whatever one of them shows
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

        # The title strip: the name and count, the first prompt, the unfold arrow.
        self.header_strip = QFrame()
        self.header_strip.setAutoFillBackground(True)
        self.header_strip.setObjectName(f"quadrant_header_{quadrant}")
        self.header = QLabel()
        self.prompt_line = PromptLine()
        self.prompt_line.clicked.connect(self.toggle_prompts)
        self.prompts_button = QToolButton()
        self.prompts_button.setAutoRaise(True)
        self.prompts_button.setCheckable(True)
        self.prompts_button.setArrowType(Qt.ArrowType.DownArrow)
        self.prompts_button.setToolTip(board.tr("Show all the prompts"))
        self.prompts_button.setAccessibleName(board.tr("Prompts"))
        self.prompts_button.toggled.connect(self._show_prompt_list)
        strip = QHBoxLayout(self.header_strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.setSpacing(0)
        strip.addWidget(self.header)
        strip.addWidget(self.prompt_line, 1)
        strip.addWidget(self.prompts_button)
        # Every prompt, shown only when unfolded: the items matter most.
        self.prompts_label = PromptList()
        self.prompts_label.setVisible(False)
        self._prompts: list[str] = []
        self._prompts_on = True

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
        layout.addWidget(self.header_strip)
        inner = QVBoxLayout()
        inner.setContentsMargins(6, 4, 6, 6)
        inner.addWidget(self.prompts_label)
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
            action.setWhatsThis(b.tr("Move to {0}").format(b.tr(label)))  # F1 list
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
        """The guiding prompts; ``visible`` is the board's Prompts switch."""
        self._prompts = list(prompts)
        self._prompts_on = visible
        listed = "\n".join(f"• {p}" for p in prompts)
        self.prompts_label.setText(listed)
        more = self.board.tr("(+{0} more)").format(len(prompts) - 1) if len(prompts) > 1 else ""
        self.prompt_line.set_full_text(f"• {prompts[0]}" if prompts else "", more)
        self.prompt_line.setToolTip(listed)
        shown = visible and bool(prompts)
        self.prompt_line.setVisible(shown)
        self.prompts_button.setVisible(shown)
        self._show_prompt_list(self.prompts_button.isChecked())

    def prompts_unfolded(self) -> bool:
        return self.prompts_label.isVisibleTo(self)

    def toggle_prompts(self) -> None:
        """Unfold (or fold) the whole list of prompts under the title strip."""
        self.prompts_button.toggle()

    def _show_prompt_list(self, unfolded: bool) -> None:
        shown = unfolded and self._prompts_on and bool(self._prompts)
        self.prompts_label.setVisible(shown)
        # the first prompt stays in the strip only while the list is folded
        self.prompt_line.setVisible(self._prompts_on and bool(self._prompts) and not shown)
        self.prompts_button.setArrowType(
            Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow
        )
        self.prompts_button.setToolTip(
            self.board.tr("Fold the prompts away") if shown
            else self.board.tr("Show all the prompts")
        )

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
        self.prompt_line.setFont(scaled_font(base, point_size, 0.7, italic=True))
        self.add_edit.setFont(scaled_font(base, point_size, 0.85))
        margin = max(2, round(point_size / 4))
        self.header.setContentsMargins(margin, margin, margin, margin)
        self.prompt_line.setContentsMargins(margin, 0, margin, 0)
        self.view.scheduleDelayedItemsLayout()

    def recolour(self, palette: QPalette) -> None:
        colours = quadrant_colours(palette, self.quadrant)
        apply_colours(self, colours, palette)
        header = QPalette(palette)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            header.setColor(group, QPalette.ColorRole.Window, colours.header)
            header.setColor(group, QPalette.ColorRole.WindowText, colours.header_text)
        self.header_strip.setPalette(header)
        self.header.setPalette(header)
        line = QPalette(header)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            line.setColor(group, QPalette.ColorRole.WindowText,
                          mix(colours.header_text, colours.header, 0.2))
        self.prompt_line.setPalette(line)
        self.prompts_button.setPalette(header)
        prompts = QPalette(self.palette())
        prompts.setColor(QPalette.ColorRole.WindowText, muted_text(palette))
        self.prompts_label.setPalette(prompts)
