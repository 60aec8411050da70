"""The TOWS tab: strategies in the classic 2x2 grid, linked to SWOT items.

Columns are the internal factors (Strengths, Weaknesses), rows the external
ones (Opportunities, Threats), so each cell is where a row meets a column:
SO top left, WO top right, ST bottom left, WT bottom right. Each strategy
shows the SWOT items it draws on ("S1 ... · O2 ..."), and can be promoted
to a candidate priority. Same font size as the board, for the projector.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.domain import SWOT_QUADRANTS, TOWS_KINDS, label_of
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services import tows as tows_service
from facilitator_app.ui import workshop_commands as cmd
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op
from facilitator_app.ui.reload_when_shown import ReloadWhenShown
from facilitator_app.ui.swot_models import StrategyModel
from facilitator_app.ui.swot_style import (
    CardDelegate,
    FontSizeControl,
    SelectionCoordinator,
    apply_colours,
    neutral_colours,
    quadrant_colours,
    scaled_font,
)
from facilitator_app.ui.wrap_height import keep_wrapped_heights

QUADRANT_NAMES = dict(SWOT_QUADRANTS)
# (kind, grid row, grid column) with row 0 / column 0 holding the headers.
CELLS = (("SO", 1, 1), ("WO", 1, 2), ("ST", 2, 1), ("WT", 2, 2))
CELL_HINTS = {
    "SO": "Use strengths to seize opportunities",
    "WO": "Fix weaknesses through opportunities",
    "ST": "Use strengths against threats",
    "WT": "Defensive moves: limit weaknesses and threats",
}


class StrategyDialog(QDialog):
    """Write a strategy and tick the SWOT items it draws on (its two quadrants)."""

    def __init__(
        self,
        kind: str,
        candidates: dict[str, list[swot_service.ItemView]],
        text: str = "",
        checked: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("{0} strategy").format(kind))
        hint = QLabel(self.tr(label_of(TOWS_KINDS, kind)))
        hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What will the cluster do?"))
        self.text_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.lists: dict[str, QListWidget] = {}
        lists = QHBoxLayout()
        for quadrant, items in candidates.items():
            box = QGroupBox(self.tr("{0} it draws on").format(self.tr(QUADRANT_NAMES[quadrant])))
            widget = QListWidget()
            for item in items:
                row = QListWidgetItem(f"{item.label}  {item.text}")
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(
                    Qt.CheckState.Checked if item.id in checked else Qt.CheckState.Unchecked
                )
                row.setToolTip(item.text)
                widget.addItem(row)
            if not items:
                empty = QListWidgetItem(self.tr("(no items in this quadrant yet)"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(empty)
            widget.setWordWrap(True)
            QVBoxLayout(box).addWidget(widget)
            lists.addWidget(box)
            self.lists[quadrant] = widget
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text_edit)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 26)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text_edit.toPlainText().strip())
        )

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def item_ids(self) -> list[int]:
        ids = []
        for widget in self.lists.values():
            for n in range(widget.count()):
                row = widget.item(n)
                if row.checkState() == Qt.CheckState.Checked:
                    ids.append(row.data(Qt.ItemDataRole.UserRole))
        return ids

    def set_checked(self, item_id: int, on: bool = True) -> None:
        for widget in self.lists.values():
            for n in range(widget.count()):
                row = widget.item(n)
                if row.data(Qt.ItemDataRole.UserRole) == item_id:
                    row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class TowsCell(QFrame):
    """One kind of strategy: its list and its buttons."""

    def __init__(self, tab: TowsTab, kind: str) -> None:
        super().__init__(tab)
        self.tab = tab
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAutoFillBackground(True)
        self.model = StrategyModel(kind, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _i: tab.edit_strategy(self))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)

        self.add_button = QToolButton()
        self.add_button.setText(tab.tr("Add…"))
        self.add_button.clicked.connect(lambda: tab.add_strategy(self.kind))
        self.promote_button = QToolButton()
        self.promote_button.setText(tab.tr("Make a priority"))
        self.promote_button.setToolTip(
            tab.tr("Promote the selected strategy to a candidate priority")
        )
        self.promote_button.clicked.connect(lambda: tab.promote(self))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.promote_button)

        self.actions_: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("edit", tab.tr("Edit…"), ["F2", "Return"], lambda: tab.edit_strategy(self)),
            ("promote", tab.tr("Make a candidate priority"), ["Ctrl+P"], lambda: tab.promote(self)),
            ("up", tab.tr("Move up"), ["Ctrl+Up"], lambda: tab.move_by(self, -1)),
            ("down", tab.tr("Move down"), ["Ctrl+Down"], lambda: tab.move_by(self, +1)),
            ("delete", tab.tr("Delete"), ["Delete"], lambda: tab.delete_strategy(self)),
        ):
            action = QAction(text, self.view)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, f=slot: f())
            self.view.addAction(action)
            self.actions_[name] = action

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        inner = QVBoxLayout()
        inner.setContentsMargins(6, 4, 6, 6)
        inner.addWidget(self.view, 1)
        inner.addLayout(buttons)
        layout.addLayout(inner, 1)
        self._count = 0
        self._show_title()
        keep_wrapped_heights(self)  # the title's lines are in the cell's minimum height

    def hasHeightForWidth(self) -> bool:
        """No: the grid of cells would then squeeze every row alike, a cell whose
        title wraps onto more lines below its minimum (at 150 % scaling)."""
        return False

    def _menu(self, pos) -> None:
        has = self.current() is not None
        menu = QMenu(self)
        for name, action in self.actions_.items():
            action.setEnabled(has)
            menu.addAction(action)
            if name == "promote":
                menu.addSeparator()
        menu.addSeparator()
        menu.addAction(self.tab.tr("Add…"), lambda: self.tab.add_strategy(self.kind))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def current(self) -> tows_service.StrategyView | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.record(index.row())

    def select(self, strategy_id: int) -> None:
        row = self.model.row_of(strategy_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def set_strategies(self, rows: list[tows_service.StrategyView]) -> None:
        current = self.current()
        before = [r.id for r in self.model.records()]
        self.model.refresh(rows)
        if current is not None and [r.id for r in rows] != before:
            self.select(current.id)
        self._count = len(rows)
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(f"{self.kind} — {self.tab.tr(CELL_HINTS[self.kind])}")

    def texts(self) -> list[str]:
        return [r.text for r in self.model.records()]

    def apply_font(self, point_size: float) -> None:
        base = self.tab.font()
        self.title.setFont(scaled_font(base, point_size, 0.9, bold=True))
        self.view.setFont(scaled_font(base, point_size, 0.9))
        margin = max(2, round(point_size / 4))
        self.title.setContentsMargins(margin, margin, margin, margin)
        self.view.scheduleDelayedItemsLayout()

    def recolour(self, palette: QPalette) -> None:
        colours = neutral_colours(palette)
        apply_colours(self, colours, palette)
        title = QPalette(palette)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            title.setColor(group, QPalette.ColorRole.Window, colours.header)
            title.setColor(group, QPalette.ColorRole.WindowText, colours.header_text)
        self.title.setPalette(title)


class TowsTab(ReloadWhenShown, QWidget):
    """The TOWS tab of a workshop."""

    TOPICS = (cmd.TOWS, cmd.SWOT)

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._dirty = False

        intro = QLabel(
            self.tr(
                "Turn the SWOT into strategies: where a row meets a column, write what the "
                "cluster will do, and tick the SWOT items it draws on."
            )
        )
        intro.setWordWrap(True)
        self.font_control = FontSizeControl()
        self.font_control.changed.connect(self.apply_font)
        from facilitator_app.ui.settings_dialog import display_changes

        display_changes().fontScaleChanged.connect(self.font_control.sync)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.font_control)

        self.grid_area = QWidget()
        grid = self.grid_layout = QGridLayout(self.grid_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.headers: dict[str, QLabel] = {}
        for key, row, col in (("S", 0, 1), ("W", 0, 2), ("O", 1, 0), ("T", 2, 0)):
            label = QLabel(self.tr(QUADRANT_NAMES[key]))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAutoFillBackground(True)
            label.setWordWrap(True)
            self.headers[key] = label
            grid.addWidget(label, row, col)
        self.cells: dict[str, TowsCell] = {}
        self.selection = SelectionCoordinator(self)  # one selected strategy in the grid
        for kind, row, col in CELLS:
            cell = TowsCell(self, kind)
            self.cells[kind] = cell
            self.selection.add(cell.view)
            grid.addWidget(cell, row, col)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid_area, 1)

        self.recolour()
        self.apply_font(self.font_control.point_size())
        ctx.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ data
    def showEvent(self, event) -> None:
        self.font_control.sync()
        super().showEvent(event)  # reloads if a change came while hidden

    def reload(self) -> None:
        self._dirty = False
        read = Op(self, self.ctx).run(lambda s: tows_service.grid(s, self.workshop_id),
                                      on_refusal=lambda _message: None)  # workshop deleted
        if not read:
            return
        grid = read.value
        for kind, cell in self.cells.items():
            cell.set_strategies(grid.get(kind, []))

    def cell_texts(self) -> dict[str, list[str]]:
        return {k: c.texts() for k, c in self.cells.items()}

    # ------------------------------------------------------------------ look
    def apply_font(self, point_size: float) -> None:
        for label in self.headers.values():
            label.setFont(scaled_font(self.font(), point_size, 1.05, bold=True))
            margin = max(2, round(point_size / 3))
            label.setContentsMargins(margin, margin, margin, margin)
        # both row headers as wide as the wider one
        width = max(self.headers[k].sizeHint().width() for k in ("O", "T"))
        self.grid_layout.setColumnMinimumWidth(0, width)
        for cell in self.cells.values():
            cell.apply_font(point_size)

    def recolour(self) -> None:
        palette = self.palette()
        for key, label in self.headers.items():
            colours = quadrant_colours(palette, key)
            pal = QPalette(palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                pal.setColor(group, QPalette.ColorRole.Window, colours.header)
                pal.setColor(group, QPalette.ColorRole.WindowText, colours.header_text)
            label.setPalette(pal)
        for cell in self.cells.values():
            cell.recolour(palette)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.recolour()
        super().changeEvent(event)

    # ------------------------------------------------------------------ actions
    def _dialog(self, kind: str, text: str = "",
                checked: tuple[int, ...] = ()) -> StrategyDialog | None:
        read = Op(self, self.ctx).run(
            lambda s: tows_service.candidate_items(s, self.workshop_id, kind))
        return StrategyDialog(kind, read.value, text, checked, self) if read else None

    def add_strategy(self, kind: str, dialog: StrategyDialog | None = None) -> int | None:
        dialog = dialog or self._dialog(kind)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        outcome = cmd.push(
            self.ctx,
            cmd.AddStrategy(self.ctx, self.workshop_id, kind, dialog.text(), dialog.item_ids()),
            self,
        )
        if outcome.error:
            return None
        self.cells[kind].select(outcome.result)
        return outcome.result

    def edit_strategy(self, cell: TowsCell, dialog: StrategyDialog | None = None) -> None:
        current = cell.current()
        if current is None:
            return
        dialog = dialog or self._dialog(cell.kind, current.text, current.item_ids)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, ids = dialog.text(), dialog.item_ids()
        if text == current.text and set(ids) == set(current.item_ids):
            return
        cmd.push(self.ctx, cmd.UpdateStrategy(self.ctx, current.id, text, ids), self)

    def delete_strategy(self, cell: TowsCell) -> None:
        current = cell.current()
        if current is None:
            return
        cmd.push(self.ctx, cmd.DeleteStrategy(self.ctx, current.id), self)
        self.ctx.show_status(self.tr("Strategy deleted. Undo with Ctrl+Z."))

    def move_by(self, cell: TowsCell, step: int) -> None:
        current = cell.current()
        if current is None:
            return
        target = cell.model.row_of(current.id) + step
        if 0 <= target < cell.model.rowCount():
            cmd.push(self.ctx, cmd.MoveStrategy(self.ctx, current.id, target), self)
            cell.select(current.id)

    def promote(self, cell: TowsCell) -> int | None:
        """Make the selected strategy a candidate priority; returns its id."""
        current = cell.current()
        if current is None:
            self.ctx.show_status(self.tr("Select a strategy first."))
            return None
        read = Op(self, self.ctx).run(
            lambda s: priority_service.find_duplicate(s, self.workshop_id, current.text))
        if not read:
            return None
        twin = read.value
        if twin is not None:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(  # No by default: Enter adds no twin
                self,
                APP_NAME,
                self.tr("“{0}” is already a candidate priority. Add it again?").format(twin.title),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        strategy_id = current.id
        outcome = cmd.push(
            self.ctx,
            cmd.AddPriorities(
                self.ctx,
                self.tr("Promote strategy to priority"),
                lambda s: [priority_service.promote_strategy(s, strategy_id)],
            ),
            self,
        )
        if outcome.error:
            return None
        self.ctx.show_status(self.tr("“{0}” is now a candidate priority.").format(current.text))
        return outcome.result[0].id

    def flush(self) -> None:
        """Nothing is pending: every change is saved when made."""
