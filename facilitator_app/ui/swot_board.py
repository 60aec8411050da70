"""The SWOT board: four colour-coded quadrants the room fills together.

Made for the projector: large text (A− / A+, Ctrl+− / Ctrl++), a full-screen
mode (F11, Esc to leave) and the template's guiding prompts in each
quadrant's title strip (one line; the arrow unfolds them all). One item
selection across the four quadrants: selecting in one clears the others. In a quadrant: type and press Enter to add; F2 or double-click to
edit; Delete; + and − for dots; Ctrl+M merges the selected items;
Ctrl+Up / Ctrl+Down reorder; Ctrl+1..4 move to Strengths, Weaknesses,
Opportunities, Threats; drag and drop works within and between quadrants.
Every change is an undo command (Ctrl+Z / Ctrl+Shift+Z) saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.domain import SWOT_QUADRANTS
from facilitator_app.core.errors import UserError
from facilitator_app.core.swot_templates import slugify
from facilitator_app.services import attendance as attendance_service
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services import template_library
from facilitator_app.services.workshops import get_workshop
from facilitator_app.ui import file_dialogs
from facilitator_app.ui import workshop_commands as cmd
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.menu_button import MenuToolButton
from facilitator_app.ui.operation import Op
from facilitator_app.ui.swot_dialogs import AttributionDialog, PromptsDialog, SaveTemplateDialog
from facilitator_app.ui.swot_quadrant import QUADRANT_NAMES, QuadrantPanel
from facilitator_app.ui.swot_style import FontSizeControl, SelectionCoordinator

TEMPLATE_FILTER = "SWOT templates (*.json);;All files (*)"


class FullScreenHost(QWidget):
    """The top-level window the board moves into in full-screen mode."""

    def __init__(self, board: SwotBoard) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.board = board
        self.setWindowTitle(board.tr("SWOT board"))
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        QShortcut(QKeySequence("F11"), self, activated=board.toggle_full_screen)
        undo = board.ctx.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = board.ctx.undo_stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(undo)
        self.addAction(redo)

    def keyPressEvent(self, event) -> None:
        # Esc as a key, not a shortcut: an item being edited gets it first
        # (and cancels the edit); only an Esc nobody used leaves full screen.
        if event.key() == Qt.Key.Key_Escape:
            self.board.toggle_full_screen()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.board.is_full_screen():
            self.board.toggle_full_screen()
        super().closeEvent(event)


class SwotBoard(QWidget):
    """The SWOT tab of a workshop."""

    TOPICS = (cmd.SWOT, "members", "templates")

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._dirty = False
        self._host: FullScreenHost | None = None
        self._prompts = swot_service.BoardPrompts(None, {q: [] for q in swot_service.QUADRANTS})
        self._templates: list = []

        # toolbar
        self.template_combo = QComboBox()
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.template_combo.activated.connect(self._template_chosen)
        self.template_button = MenuToolButton(self.tr("Template"))
        self.template_menu = QMenu(self)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        self.prompts_toggle = QToolButton()
        self.prompts_toggle.setText(self.tr("Prompts"))
        self.prompts_toggle.setCheckable(True)
        self.prompts_toggle.setChecked(True)
        self.prompts_toggle.setToolTip(self.tr("Show or hide the guiding prompts"))
        self.prompts_toggle.toggled.connect(lambda _on: self._show_prompts())
        self.font_control = FontSizeControl()
        self.font_control.changed.connect(self.apply_font)
        from facilitator_app.ui.settings_dialog import display_changes

        display_changes().fontScaleChanged.connect(self.font_control.sync)
        self.full_button = QToolButton()
        self.full_button.setText(self.tr("Full screen"))
        self.full_button.setToolTip(
            self.tr("Show the board alone, full screen (F11; Esc to leave)")
        )
        self.full_button.clicked.connect(self.toggle_full_screen)

        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Template:")))
        toolbar.addWidget(self.template_combo)
        toolbar.addWidget(self.template_button)
        toolbar.addWidget(self.prompts_toggle)
        toolbar.addStretch(1)
        toolbar.addWidget(self.font_control)
        toolbar.addWidget(self.full_button)

        self.hint = QLabel(
            self.tr(
                "Starting the SWOT? Choose a template above: its guiding prompts appear in "
                "each quadrant. Or simply type in a quadrant and press Enter."
            )
        )
        self.hint.setWordWrap(True)

        # the board itself (what goes full screen)
        self.board_area = QWidget()
        self.board_area.setObjectName("swot_board_area")
        grid = QGridLayout(self.board_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.panels: dict[str, QuadrantPanel] = {}
        self.selection = SelectionCoordinator(self)  # one selection across the quadrants
        for n, (key, _label) in enumerate(SWOT_QUADRANTS):
            panel = QuadrantPanel(self, key)
            self.panels[key] = panel
            self.selection.add(panel.view)
            grid.addWidget(panel, n // 2, n % 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.grid = grid
        # the two rows share the height in proportion to what they hold (see
        # rebalance_rows), asked again whenever that or the room changes
        self._balance_timer = QTimer(self)
        self._balance_timer.setSingleShot(True)
        self._balance_timer.setInterval(0)
        self._balance_timer.timeout.connect(self.rebalance_rows)
        self.board_area.installEventFilter(self)
        for panel in self.panels.values():
            model = panel.model
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.dataChanged, model.layoutChanged):
                signal.connect(lambda *_: self._balance_timer.start())

        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(toolbar)
        self.main_layout.addWidget(self.hint)
        self.main_layout.addWidget(self.board_area, 1)

        for keys, slot, text in (
            ("Ctrl++", lambda: self.font_control.step(+2), self.tr("Larger text")),
            ("Ctrl+=", lambda: self.font_control.step(+2), self.tr("Larger text")),
            ("Ctrl+-", lambda: self.font_control.step(-2), self.tr("Smaller text")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.board_area, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(text)  # the F1 list
        full = QShortcut(QKeySequence("F11"), self, activated=self.toggle_full_screen)
        full.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        full.setWhatsThis(self.tr("Full screen on or off"))
        #: keys handled by hand, for the F1 list (FullScreenHost.keyPressEvent)
        self.key_help = [(self.tr("Leave full screen"), "Esc")]

        self.recolour()
        self.apply_font(self.font_control.point_size())
        ctx.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ data
    def _on_changed(self, topic: str) -> None:
        if topic in self.TOPICS:
            if self.isVisible() or self.is_full_screen():
                self.reload()
            else:
                self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.font_control.sync()
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        self._dirty = False
        from facilitator_app.ui import languages

        lang = languages.current()  # the built-in templates in the window's language
        read = Op(self, self.ctx).run(
            lambda s: (swot_service.items_by_quadrant(s, self.workshop_id),
                       swot_service.board_prompts(s, self.workshop_id, lang),
                       template_library.available_templates(s, lang)),
            on_refusal=lambda _message: None)  # the workshop was deleted; the page closes this view
        if not read:
            return
        board, self._prompts, self._templates = read.value
        for key, panel in self.panels.items():
            panel.set_items(board[key])
        self._fill_template_combo()
        self._show_prompts()

    def panel_texts(self) -> dict[str, list[str]]:
        """What each quadrant shows (used by tests and for reading back)."""
        return {k: p.texts() for k, p in self.panels.items()}

    # ------------------------------------------------------------------ look
    def apply_font(self, point_size: float) -> None:
        for panel in self.panels.values():
            panel.apply_font(point_size)
        self._balance_timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._balance_timer.start()  # the board's room (its width wraps the cards)
        return super().eventFilter(watched, event)

    def rebalance_rows(self) -> None:
        """Each row's share of the height follows what its fuller quadrant needs (its
        cards, wrapped, and its strip and input line), between :data:`ROW_SHARE` limits:
        a top row of long items takes the room a short bottom row leaves, and neither
        row is ever squeezed shut."""
        needs = []
        for row in (0, 1):
            panels = [self.panels[key] for n, (key, _l) in enumerate(SWOT_QUADRANTS)
                      if n // 2 == row]
            needs.append(max(quadrant_need(p) for p in panels))
        low, high = ROW_SHARE
        share = min(high, max(low, needs[0] / max(1, sum(needs))))
        top = round(share * 100)
        if (self.grid.rowStretch(0), self.grid.rowStretch(1)) != (top, 100 - top):
            self.grid.setRowStretch(0, top)
            self.grid.setRowStretch(1, 100 - top)

    def recolour(self) -> None:
        palette = self.palette()
        for panel in self.panels.values():
            panel.recolour(palette)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.recolour()
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "panels"):
            # the template names and prompts follow the language
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True
        super().changeEvent(event)

    def is_full_screen(self) -> bool:
        return self._host is not None

    def toggle_full_screen(self) -> None:
        if self._host is None:
            host = FullScreenHost(self)
            self._host = host
            self.board_area.setParent(None)
            host.layout().addWidget(self.board_area)
            host.showFullScreen()
            host.activateWindow()
            self.full_button.setText(self.tr("Leave full screen"))
            panel = next(iter(self.panels.values()))
            panel.add_edit.setFocus()
        else:
            host = self._host
            self._host = None
            self.board_area.setParent(None)
            self.main_layout.addWidget(self.board_area, 1)
            self.board_area.show()
            host.hide()
            host.deleteLater()
            self.full_button.setText(self.tr("Full screen"))
            self.window().activateWindow()

    # ------------------------------------------------------------------ templates
    def _fill_template_combo(self) -> None:
        combo = self.template_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no prompts)"), None)
        own_started = False
        for t in self._templates:
            if not t.builtin and not own_started:
                combo.insertSeparator(combo.count())
                own_started = True
            combo.addItem(t.name if t.builtin else self.tr("{0} (mine)").format(t.name), t.id)
        index = combo.findData(self._prompts.template_id) if self._prompts.template_id else 0
        if index < 0:  # a template that is gone: keep its prompts, say so
            combo.addItem(self.tr("(template no longer available)"), self._prompts.template_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _show_prompts(self) -> None:
        visible = self.prompts_toggle.isChecked()
        for key, panel in self.panels.items():
            panel.set_prompts(self._prompts.prompts.get(key, []), visible)
        has_items = any(p.model.rowCount() for p in self.panels.values())
        self.hint.setVisible(self._prompts.is_empty and not has_items)

    def _template_chosen(self, index: int) -> None:
        template_id = self.template_combo.itemData(index)
        if template_id == self._prompts.template_id:
            return
        if template_id is None:
            self.choose_template(None)
            return
        template = next((t for t in self._templates if t.id == template_id), None)
        if template is not None:
            self.choose_template(template)

    def choose_template(self, template) -> None:
        """Show ``template``'s prompts on the board (None: no prompts). Undoable."""
        if template is None:
            command = cmd.SetPrompts(
                self.ctx, self.workshop_id, None, None, self.tr("Remove the prompts")
            )
        else:
            command = cmd.SetPrompts(
                self.ctx,
                self.workshop_id,
                dict(template.prompts),
                template.id,
                self.tr("Use the template {0}").format(template.name),
            )
        cmd.push(self.ctx, command, self)

    def _fill_template_menu(self) -> None:
        menu = self.template_menu
        menu.clear()
        menu.addAction(self.tr("Edit the prompts…"), self.edit_prompts)
        menu.addAction(self.tr("Save the prompts as my template…"), self.save_as_template)
        menu.addSeparator()
        menu.addAction(self.tr("Import a template file…"), self.import_template)
        menu.addAction(self.tr("Export the prompts to a file…"), self.export_template)
        own = [t for t in self._templates if not t.builtin]
        delete = menu.addMenu(self.tr("Delete one of my templates"))
        delete.setEnabled(bool(own))
        for t in own:
            delete.addAction(t.name, lambda t=t: self.delete_template(t))

    def edit_prompts(self) -> None:
        dialog = PromptsDialog(self._prompts.prompts, self)
        if dialog.exec() != PromptsDialog.DialogCode.Accepted:
            return
        prompts = dialog.prompts()
        if prompts == self._prompts.prompts:
            return
        cmd.push(
            self.ctx,
            cmd.SetPrompts(
                self.ctx,
                self.workshop_id,
                prompts,
                self._prompts.template_id,
                self.tr("Edit the prompts"),
            ),
            self,
        )

    def _current_template_name(self) -> str:
        template = next((t for t in self._templates if t.id == self._prompts.template_id), None)
        return template.name if template else ""

    def save_as_template(self) -> None:
        if self._prompts.is_empty:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr(
                    "The board shows no prompts yet: choose a template or edit the prompts first."
                ),
            )
            return
        name = self._current_template_name()
        dialog = SaveTemplateDialog(self.tr("{0} (my version)").format(name) if name else "", self)
        if dialog.exec() != SaveTemplateDialog.DialogCode.Accepted:
            return
        name, description = dialog.values()
        prompts = self._prompts.prompts
        self._store_template(
            lambda: template_library.template_from_prompts(name, prompts, description),
            lambda stored: self.tr("Template “{0}” saved.").format(stored.template.name))

    def _store_template(self, make, status) -> None:
        """Save the template ``make()`` returns, asking first (outside the unit of
        work) before replacing one of the same name."""
        def look(s):
            template = make()
            return template, template_library.find_custom_by_name(s, template.name) is not None

        read = Op(self, self.ctx).run(look)
        if not read:
            return
        template, exists = read.value
        replace = exists and self._ask(
            self.tr("You already have a template called “{0}”. Replace it?").format(
                template.name))
        if exists and not replace:
            return
        Op(self, self.ctx).run(
            lambda s: template_library.save_custom_template(s, template, replace),
            changed="templates", status=status)

    def import_template(self) -> None:
        path = file_dialogs.ask_open_path(
            self, self.tr("Import a SWOT template"), self.tr(TEMPLATE_FILTER)
        )
        if not path:
            return
        self._store_template(
            lambda: template_library.peek_template_file(path),
            lambda stored: self.tr(
                "Template “{0}” imported: choose it in the Template list.").format(
                    stored.template.name))

    def export_template(self) -> None:
        if self._prompts.is_empty:
            QMessageBox.information(
                self, APP_NAME, self.tr("The board shows no prompts to export.")
            )
            return
        name = self._current_template_name()
        if not name:
            read = Op(self, self.ctx).run(lambda s: get_workshop(s, self.workshop_id).title)
            if not read:
                return
            name = self.tr("Prompts of {0}").format(read.value)
        path, _ = file_dialogs.ask_save_path(
            self,
            self.tr("Export the prompts as a template file"),
            slugify(name) + ".json",
            self.tr(TEMPLATE_FILTER),
        )
        if not path:
            return
        try:
            template = template_library.template_from_prompts(name[:80], self._prompts.prompts)
            template_library.export_template_file(template, path)
        except UserError as exc:
            QMessageBox.warning(self, APP_NAME, exc.message)
            return
        except OSError as exc:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("Could not write {0}: {1}").format(path, exc.strerror or exc),
            )
            return
        self.ctx.show_status(self.tr("Template exported to {0}").format(path))

    def delete_template(self, template) -> None:
        if not self._ask(self.tr("Delete your template “{0}”?").format(template.name)):
            return
        def delete(s) -> None:
            for stored in template_library.custom_templates(s):
                if stored.template.id == template.id:
                    template_library.delete_custom_template(s, stored.row_id)

        Op(self, self.ctx).run(delete, changed="templates")

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, APP_NAME, question)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ item actions
    def add_item(self, quadrant: str, text: str) -> bool:
        outcome = cmd.push(self.ctx, cmd.AddItem(self.ctx, self.workshop_id, quadrant, text), self)
        if outcome.error:
            return False
        panel = self.panels[quadrant]
        row = panel.model.row_of(outcome.result)
        if row >= 0:
            panel.view.scrollTo(panel.model.index(row))
        return True

    def edit_item(self, item_id: int, text: str) -> None:
        # Deferred: the edit arrives from inside the view's editor.
        QTimer.singleShot(
            0, lambda: cmd.push(self.ctx, cmd.EditItem(self.ctx, item_id, text), self)
        )

    def drop_items(self, item_ids: list[int], quadrant: str, row: int | None) -> None:
        # Deferred: the drop arrives from inside the views' drag handling.
        QTimer.singleShot(0, lambda: self.move_items(item_ids, quadrant, row))

    def move_items(self, item_ids: list[int], quadrant: str, row: int | None) -> None:
        cmd.push(self.ctx, cmd.MoveItems(self.ctx, item_ids, quadrant, row), self)
        panel = self.panels[quadrant]
        panel.select_ids(item_ids, item_ids[0] if item_ids else None)
        panel.view.setFocus()

    def delete_selected(self, panel: QuadrantPanel) -> None:
        ids = panel.selected_ids()
        if not ids:
            return
        cmd.push(self.ctx, cmd.DeleteItems(self.ctx, ids), self)
        self.ctx.show_status(self.tr("Deleted {0} item(s). Undo with Ctrl+Z.").format(len(ids)))

    def merge_selected(self, panel: QuadrantPanel) -> None:
        ids = panel.selected_ids()
        if len(ids) < 2:
            self.ctx.show_status(self.tr("Select two or more items to merge (Ctrl+click)."))
            return
        outcome = cmd.push(self.ctx, cmd.MergeItems(self.ctx, ids[0], ids[1:]), self)
        if not outcome.error:
            panel.select_ids([ids[0]], ids[0])
            self.ctx.show_status(self.tr("Merged {0} items. Undo with Ctrl+Z.").format(len(ids)))

    def move_by(self, panel: QuadrantPanel, step: int) -> None:
        ids = panel.selected_ids()
        if len(ids) != 1:
            return
        row = panel.model.row_of(ids[0])
        target = row + step
        if not 0 <= target < panel.model.rowCount():
            return
        # move_items counts rows before the move: going down means "before row+2"
        self.move_items(ids, panel.quadrant, target if step < 0 else target + 1)

    def move_to_quadrant(self, panel: QuadrantPanel, quadrant: str) -> None:
        ids = panel.selected_ids()
        if ids and quadrant != panel.quadrant:
            self.move_items(ids, quadrant, None)
            self.ctx.show_status(self.tr("Moved to {0}.").format(self.tr(QUADRANT_NAMES[quadrant])))

    def change_dots(self, panel: QuadrantPanel, delta: int) -> None:
        ids = panel.selected_ids()
        if len(ids) > 1:
            self.ctx.undo_stack.beginMacro(
                self.tr("Add dots") if delta > 0 else self.tr("Remove dots")
            )
        try:
            for item_id in ids:
                cmd.push(self.ctx, cmd.ChangeDots(self.ctx, item_id, delta), self)
        finally:
            if len(ids) > 1:
                self.ctx.undo_stack.endMacro()
        if ids:
            panel.select_ids(ids, ids[0])

    def attribute_selected(self, panel: QuadrantPanel) -> None:
        ids = panel.selected_ids()
        if len(ids) != 1:
            return
        def people(s):
            present = attendance_service.attendees(s, self.workshop_id)
            here = {a.member_id for a in present}
            others = [m for m in attendance_service.roster(s) if m.member_id not in here]
            return swot_service.get_item(s, ids[0]), present, others

        read = Op(self, self.ctx).run(people)
        if not read:
            return
        item, present, others = read.value
        dialog = AttributionDialog(item.text, present, others, item.member_ids, self)
        if dialog.exec() == AttributionDialog.DialogCode.Accepted:
            chosen = dialog.member_ids()
            if set(chosen) != set(item.member_ids):
                cmd.push(self.ctx, cmd.SetAttribution(self.ctx, item.id, chosen), self)

    def promote_selected(self, panel: QuadrantPanel) -> None:
        ids = panel.selected_ids()
        if len(ids) != 1:
            return
        item_id = ids[0]
        outcome = cmd.push(
            self.ctx,
            cmd.AddPriorities(
                self.ctx,
                self.tr("Make a candidate priority"),
                lambda s: [priority_service.promote_item(s, item_id)],
            ),
            self,
        )
        if not outcome.error:
            self.ctx.show_status(self.tr("Added to the candidate priorities."))

    # ------------------------------------------------------------------ misc
    def flush(self) -> None:
        """Nothing is pending: every change is saved when made."""

    def closeEvent(self, event) -> None:
        if self._host is not None:
            self.toggle_full_screen()
        super().closeEvent(event)


#: the smallest and largest share of the board's height a row of quadrants gets
ROW_SHARE = (0.3, 0.7)


def quadrant_need(panel: QuadrantPanel) -> int:
    """The height a quadrant needs to show every card whole: its cards (as the delegate
    sizes them at the list's width) plus its strip and input line. Prompts unfolded for
    a moment are left out: unfolding them never takes room from the other row."""
    view = panel.view
    rows = panel.model.rowCount()
    cards = sum(max(0, view.sizeHintForRow(r)) for r in range(rows))
    cards += 2 * view.spacing() * rows + 2 * view.frameWidth()
    around = panel.height() - view.height()
    if panel.prompts_label.isVisible():
        around -= panel.prompts_label.height()
    return max(0, around) + max(cards, view.fontMetrics().height() * 2)


def make_drag_data(item_ids: list[int]) -> QMimeData:
    """The MIME data a drag of these items carries (tests drop it on a quadrant)."""
    import json

    from PySide6.QtCore import QByteArray

    from facilitator_app.ui.swot_models import ITEM_MIME

    mime = QMimeData()
    mime.setData(ITEM_MIME, QByteArray(json.dumps(item_ids).encode()))
    return mime
