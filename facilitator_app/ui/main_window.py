"""The main window: navigation sidebar, pages, File / Edit / Help menus.

Pages are listed once in :data:`PAGES`; a page appears in the navigation when
its feature has landed. A page is built (and its module imported) when it is
first shown or asked for in :attr:`MainWindow.pages`; switching workspace
drops the pages built on the old one (each page reads what it needs when
built).

Cold start: the window paints first ("Opening your workspace…"), then shows
the workspace with the Home page read through sqlite3, and loads the
database layer (SQLAlchemy) once that has painted; see :meth:`attach`.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from facilitator_app import APP_NAME, __version__
from facilitator_app.core.errors import UserError
from facilitator_app.paths import WORKSPACE_SUFFIX, get_asset
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.page_scroll import PageScrollArea
from facilitator_app.ui.wrap_height import keep_wrapped_heights

if TYPE_CHECKING:  # imported lazily: the window paints before the database layer loads
    from facilitator_app.storage.workspace import Workspace

MAX_RECENT = 8
STATE_SAVE_DELAY_MS = 800  # the window's size and page, saved this long after a change
FILE_FILTER = "Cluster workspaces (*.cluster);;All files (*)"


# (key, sidebar title, "module:Class") in sidebar order. A page whose module
# has not landed yet is simply not shown (never an empty placeholder).
PAGES: list[tuple[str, str, str]] = [
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "home_page:HomePage"),
    ("roster", QT_TRANSLATE_NOOP("MainWindow", "Members"), "roster_page:RosterPage"),
    ("workshops", QT_TRANSLATE_NOOP("MainWindow", "Workshops"), "workshops_page:WorkshopsPage"),
    ("action_plan", QT_TRANSLATE_NOOP("MainWindow", "Action plan"),
     "action_plan_page:ActionPlanPage"),
    ("faq", QT_TRANSLATE_NOOP("MainWindow", "FAQ"), "faq_page:FaqPage"),
]


def _current_language() -> str:
    from facilitator_app.ui.languages import current

    return current()


def _available_pages() -> list[tuple[str, str, str]]:
    """(key, title, "module:Class") for every page whose module exists, in
    sidebar order (found without importing the modules)."""
    return [(key, title, target) for key, title, target in PAGES
            if importlib.util.find_spec(f"facilitator_app.ui.{target.split(':')[0]}")]


def _make_page(key: str, target: str, ctx: AppContext) -> QWidget:
    """Import the page's module and build it. A page class takes the
    :class:`AppContext`; the FAQ page needs only the navigation function (it
    does not depend on the workspace)."""
    module_name, class_name = target.split(":")
    cls = getattr(importlib.import_module(f"facilitator_app.ui.{module_name}"), class_name)
    return cls(ctx.navigate) if key == "faq" else cls(ctx)


class _Pages(dict):
    """The pages built so far, by key; asking for one not built yet builds it
    (``get`` and iterating never build)."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


class _AfterPaint(QObject):
    """Calls ``callback`` (once) from the event loop when ``window`` has next
    repainted, or after ``fallback_ms`` if no repaint comes.

    Qt paints every dirty widget of a window in one pass, when the window
    handles its (low-priority, posted) update request; a call queued from
    there runs once that pass is over.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None],
                 fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._window.removeEventFilter(self)
        self.deleteLater()
        callback()


class MainWindow(QMainWindow):
    """The app's window. Built without a workspace it paints at once with an
    "Opening…" note; :meth:`attach` then shows the workspace (the database
    layer is imported only then, so a cold start paints quickly)."""

    workspace_shown = Signal()  # the workspace is attached and its first page built
    workspace_painted = Signal()  # ... and painted on screen
    workspace_ready = Signal()  # ... and the database layer has loaded (see attach)
    first_painted = Signal()  # once, after the window's first paint

    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self._painted = False
        self._signals_connected = False
        self._first_paint_callbacks: list[Callable[[], None]] = []
        self._pending_connections: list[tuple[QAction, Callable[[], None], str | None]] = []
        self.ctx: AppContext | None = None
        self.pages: dict[str, QWidget] = _Pages(self._build_page)
        self._page_targets: dict[str, str] = {}
        self._nav_keys: list[str] = []  # the page key of each navigation row
        self._menus_finished = False
        self._closed = False
        self._language = _current_language()  # the language the texts were made in
        #: the window's size and place saved as they change (a crash or a kill keeps
        #: them), once the place of the last session has been restored
        self._state_timer: QTimer | None = None
        self._place_restored = False

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._schedule_state_save)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        # On a small screen (a 1280x720 projector at 150 %) the page scrolls, rather than
        # the window grow past the screen or squeeze the page until it is cut.
        self.page_scroll = PageScrollArea(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        # Centred with stretches, not Qt.AlignCenter: touching the Qt
        # namespace costs ~25 ms, paid after the first paint instead.
        self.opening_label = QWidget()
        row = QHBoxLayout(self.opening_label)
        row.addStretch(1)
        self._opening_text = QLabel(self.tr("Opening your workspace…"))
        row.addWidget(self._opening_text)
        row.addStretch(1)
        self.stack.addWidget(self.opening_label)
        self.setWindowTitle(APP_NAME)

        self._build_menus()
        self._restore_geometry()
        self.export_actions = None  # installed with the workspace (see _finish_menus)
        if workspace is not None:
            self.attach(workspace)
        else:
            self._set_workspace_actions_enabled(False)

    def _set_workspace_actions_enabled(self, enabled: bool) -> None:
        for action in (self.save_copy_action, self.restore_action,
                       self.export_menu.menuAction()):
            action.setEnabled(enabled)

    # ----- menus -------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New Workspace…"), self.new_workspace,
                                       "Ctrl+Shift+N")
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog,
                                        "std:Open")
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.save_copy_action = self._action(self.tr("Save a &Copy…"), self.save_copy,
                                             "Ctrl+Shift+S")
        self.restore_action = self._action(self.tr("&Restore from Backup…"),
                                           self.restore_from_backup)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "std:Quit")
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings,
                                            "Ctrl+,")
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        # Exports and other per-feature actions are added to this menu by pages.
        self.export_menu = self.menuBar().addMenu(self.tr("E&xport"))
        self.export_menu.menuAction().setVisible(False)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.demo_action = self._action(self.tr("Open &Demo Workspace"), self.open_demo)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                             "F1")
        self.about_action = self._action(self.tr("&About"), self.show_about)
        self.help_menu.addAction(self.demo_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        """A menu action; ``shortcut`` is key text ("Ctrl+,") or "std:<StandardKey>"."""
        action = QAction(text, self)
        self._pending_connections.append((action, slot, shortcut))
        return action

    def _connect_signals(self) -> None:
        """Wire the menus and navigation (once).

        Done right after the first paint rather than in ``__init__``, as
        connecting to Python callables costs time that would otherwise delay
        the window appearing. Nothing can be clicked in between.
        """
        if self._signals_connected:
            return
        self._signals_connected = True
        self.nav.currentRowChanged.connect(self._show_row)
        # A click (or Enter) in the sidebar hands the keyboard to the page
        # shown, so its shortcuts work and typing lands there; arrow keys
        # only browse the sidebar (currentRowChanged) and keep it focused.
        self.nav.clicked.connect(lambda _index: self.focus_current_page())
        self.nav.activated.connect(lambda _index: self.focus_current_page())
        for action, slot, _shortcut in self._pending_connections:
            action.triggered.connect(lambda _checked=False, f=slot: f())

    def _finish_menus(self) -> None:
        """Set the menus' shortcuts and add the Export menu (once).

        At a cold start this waits until the workspace is on screen: the
        first shortcut makes PySide build all of Qt's enums (~30 ms), and the
        exports' module takes another ~15 ms. Nothing can be pressed between
        the two paints.
        """
        self._connect_signals()
        if self._menus_finished:
            return
        self._menus_finished = True
        from PySide6.QtGui import QKeySequence

        from facilitator_app.ui.export_actions import install_export_actions
        from facilitator_app.ui.presenter import install_presenter
        from facilitator_app.ui.programme_send import install_programme_send

        install_export_actions(self)
        install_presenter(self)  # View > Presenter view: the projector's window (F5)
        install_programme_send(self)  # File > Send to Programme Database…
        for action, _slot, shortcut in self._pending_connections:
            if shortcut is not None:
                if shortcut.startswith("std:"):
                    action.setShortcut(getattr(QKeySequence.StandardKey, shortcut[4:]))
                else:
                    action.setShortcut(QKeySequence(shortcut))
        self._pending_connections.clear()
        self._set_edit_shortcuts()

    def _rebuild_edit_menu(self) -> None:
        self.edit_menu.clear()
        assert self.ctx is not None
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        if self._menus_finished:
            self._set_edit_shortcuts()

    def _set_edit_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        if getattr(self, "undo_action", None) is None:
            return
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    # ----- pages -------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        """Build page ``key`` on the current context and add it to the stack."""
        if self.ctx is None or key not in self._page_targets:
            raise KeyError(key)
        page = _make_page(key, self._page_targets[key], self.ctx)
        dict.__setitem__(self.pages, key, page)
        self.stack.addWidget(page)
        keep_wrapped_heights(page)  # on a narrow window, wrapped lines make the page scroll
        return page

    def _nav_icon(self, key: str):
        """A sidebar icon, drawn in the selection's text colour when its row is
        selected (the icons' blue vanished on a blue selection). Its white
        details (the FAQ's "?") are drawn in the selection's colour then, so
        they stay cut out of the shape instead of turning it into a plain disc."""
        import re

        from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
        from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
        from PySide6.QtSvg import QSvgRenderer

        path = get_asset("icons", f"{key}.svg")
        icon = QIcon(str(path))
        palette = self.nav.palette()
        ink = palette.color(QPalette.ColorRole.HighlightedText).name()
        hole = palette.color(QPalette.ColorRole.Highlight).name()

        def recolour(match: re.Match[str]) -> str:
            white = match.group(2).lower() in ("#fff", "#ffffff", "white")
            return f'{match.group(1)}="{hole if white else ink}"'

        drawing = re.sub(r'\b(fill|stroke)="(#[0-9a-fA-F]{3,6}|white)"', recolour,
                         Path(path).read_text(encoding="utf-8"))
        renderer = QSvgRenderer(QByteArray(drawing.encode("utf-8")))
        ratio = self.devicePixelRatioF()
        for size in (self.nav.iconSize(), self.nav.iconSize() * 2):
            pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            icon.addPixmap(pixmap, QIcon.Mode.Selected)
        return icon

    def _refresh_nav_icons(self) -> None:
        for row, key in enumerate(self._nav_keys):
            item = self.nav.item(row)
            if item is not None:
                item.setIcon(self._nav_icon(key))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._nav_keys:
            self._refresh_nav_icons()  # light <-> dark: the selected icons follow
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # Settings > Language

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._nav_keys):
            self.stack.setCurrentWidget(self.pages[self._nav_keys[row]])

    def focus_current_page(self) -> None:
        """Give the keyboard to the current page: its ``focus_widget()`` when it
        has one, else its first widget in tab order."""
        from PySide6.QtCore import Qt

        page = self.stack.currentWidget()
        if page is None:
            return
        chosen = getattr(page, "focus_widget", None)
        target = chosen() if callable(chosen) else None
        if target is None:
            widget = page.nextInFocusChain()
            for _ in range(500):  # the chain is a ring; stop at the page or a bound
                if widget is None or widget is page:
                    break
                if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                    target = widget
                    break
                widget = widget.nextInFocusChain()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- workspace ---------------------------------------------------
    def attach(self, workspace: Workspace, defer_database: bool | None = None) -> None:
        """Show ``workspace``: a fresh context, the navigation, the first page.

        With ``defer_database`` (by default: the window is on screen and
        SQLAlchemy has not been imported yet, i.e. a cold start) the first
        page is shown without the database layer, which loads once the
        window has painted (``workspace_painted``); ``workspace_ready`` tells
        when it has. Otherwise everything is loaded before this returns.
        """
        from PySide6.QtWidgets import QListWidgetItem

        if defer_database is None:
            defer_database = self.isVisible() and "sqlalchemy.orm" not in sys.modules
        self._connect_signals()
        self._remember_place()  # of the workspace being left
        self._place_restored = False  # until this workspace's last place is back
        self.workspace = workspace
        if self.opening_label is not None:
            self.stack.removeWidget(self.opening_label)
            self.opening_label.deleteLater()
            self.opening_label = None
        self._set_workspace_actions_enabled(True)
        self.export_menu.menuAction().setVisible(True)  # its actions come with _finish_menus
        old_ctx = self.ctx
        self.ctx = AppContext(workspace, self.navigate, self.show_status, self,
                              database_loaded=not defer_database)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._nav_keys = []
        self.nav.clear()
        self._page_targets = {}
        for key, title, target in _available_pages():
            self._page_targets[key] = target
            self._nav_keys.append(key)
            self.nav.addItem(QListWidgetItem(self._nav_icon(key), self.tr(title)))
        self._fit_navigation()
        self.nav.setCurrentRow(0)
        self._rebuild_edit_menu()
        if old_ctx is not None:
            old_ctx.deleteLater()
        self._update_title()
        self._remember_recent(workspace.path)
        ctx = self.ctx
        ctx.after_database_loads(lambda: self._restore_place(ctx))
        self._tell_about_backups(workspace)
        self.workspace_shown.emit()
        ctx = self.ctx
        _AfterPaint(self, lambda: self._workspace_painted(ctx))
        if not defer_database:
            self._finish_menus()
            self.workspace_ready.emit()

    def _fit_navigation(self) -> None:
        """The sidebar as wide as its longest title."""
        fm = self.nav.fontMetrics()
        widest = max((fm.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=80)
        self.nav.setFixedWidth(widest + self.nav.iconSize().width() + fm.averageCharWidth() * 6)

    # ----- language ------------------------------------------------------
    def retranslate(self) -> None:
        """The window in the language now installed (Settings > Language, see
        ``ui.languages``): the menus and every action (also those the exports,
        the presenter view and the pages added), the sidebar, and the pages,
        which are built again on the same workspace, back on the page,
        workshop and tab shown."""
        from facilitator_app.ui import languages

        if self._language == languages.current():
            return  # Qt sends one event per translator installed
        self._language = languages.current()
        languages.retranslate_actions(self)
        if self.opening_label is not None:
            self._opening_text.setText(self.tr("Opening your workspace…"))
        label = getattr(self, "backup_warning", None)
        if label is not None and label.text():
            label.setText(self._backup_warning_text())
        titles = {key: title for key, title, _target in PAGES}
        for row, key in enumerate(self._nav_keys):
            self.nav.item(row).setText(self.tr(titles[key]))
        if self._nav_keys:
            self._fit_navigation()
        if self.ctx is not None:
            self._rebuild_edit_menu()  # Undo / Redo say their command in the new language
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        """Build the pages again (their texts are made when they are built),
        keeping the workspace, its undo history and where the facilitator is."""
        if self.ctx is None or not self.pages:
            return
        place = self.current_place()
        self._flush_pages()
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._show_row(self.nav.currentRow())
        if place.get("workshop"):
            self.pages["workshops"].open_workshop(place["workshop"], place.get("tab") or None)

    def _tell_about_backups(self, workspace: Workspace) -> None:
        """A backup that could not be made on opening (or was not, and why)
        stays visible in the status bar; anything else worth knowing about
        the backups is said there once. The status bar is made only when
        there is something to say (a cold start does not pay for it)."""
        warning = workspace.backup_skipped
        self._show_backup_warning(warning)
        if workspace.backup_notice:
            self.statusBar().showMessage(workspace.backup_notice, 30000)
        if workspace.backup_waits and self.ctx is not None:
            # made as soon as no secret round is open with ballots any more
            self.ctx.changed.connect(self._backup_when_allowed)

    def _show_backup_warning(self, warning: str) -> None:
        """The one line that stays in the status bar while no backup was made
        (short, with "why?" for the whole reason: never the reason repeated and cut)."""
        label = getattr(self, "backup_warning", None)
        if warning and label is None:
            label = self.backup_warning = QLabel()
            label.setObjectName("backupWarning")
            label.linkActivated.connect(lambda _link: self._explain_backup())
            self.statusBar().addPermanentWidget(label)
        if label is not None:
            label.setText(self._backup_warning_text() if warning else "")
            label.setToolTip(warning)
            label.setVisible(bool(warning))

    def _backup_warning_text(self) -> str:
        from html import escape

        text = escape(self.tr("No backup was made on opening"))
        why = escape(self.tr("Why?"))
        return f'⚠ {text} <a href="why">{why}</a>'

    def _explain_backup(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.workspace is not None and self.workspace.backup_skipped:
            QMessageBox.information(self, APP_NAME, self.workspace.backup_skipped)

    def _backup_when_allowed(self, topic: str) -> None:
        """After a change of the votes: the backup the opening could not make
        (a secret round was open with ballots) is made once none is."""
        workspace = self.workspace
        if topic != "voting" or workspace is None or not workspace.backup_waits:
            return
        if workspace.backup_if_allowed():
            self.statusBar().showMessage(self.tr(
                "No secret round is open with ballots now: a backup was made."), 15000)
        self._show_backup_warning(workspace.backup_skipped)

    def _workspace_painted(self, ctx: AppContext) -> None:
        """The workspace is on screen: load what waited for the database layer."""
        if self._closed or ctx is not self.ctx:
            return
        self.workspace_painted.emit()
        self._finish_menus()
        if not ctx.database_loaded:
            ctx.database_has_loaded()
            self.workspace_ready.emit()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.workspace.name} — {APP_NAME}")
        self.setWindowFilePath(str(self.workspace.path))

    def navigate(self, key: str) -> None:
        if key in self._nav_keys:
            self.nav.setCurrentRow(self._nav_keys.index(key))
            self.focus_current_page()

    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return self._nav_keys[row] if 0 <= row < len(self._nav_keys) else ""

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def switch_to(self, path: str | Path, create: bool = False) -> bool:
        """Open another workspace in this window; keep the current one on failure."""
        from facilitator_app.storage.workspace import open_workspace

        path = Path(path)
        if self.workspace is not None and path.resolve() == self.workspace.path.resolve():
            return True
        try:
            if create:
                from facilitator_app.services.workspaces import create_workspace

                new = create_workspace(path)
            else:
                new = open_workspace(path)
        except UserError as exc:
            offered = None if create else self._offer_restore(path, exc.message)
            if offered is None:
                self.show_error(exc.message)
            return bool(offered)
        self._flush_pages()
        old = self.workspace
        self.attach(new)
        if old is not None:
            old.close()
        self.show_status(self.tr("Opened {0}").format(new.path))
        return True

    def new_workspace(self) -> None:
        from facilitator_app.ui.file_dialogs import ask_save_path

        path, _ = ask_save_path(self, self.tr("New cluster workspace"),
                                self.tr("New cluster") + WORKSPACE_SUFFIX, FILE_FILTER)
        if path:
            if not path.endswith(WORKSPACE_SUFFIX):
                path += WORKSPACE_SUFFIX
            self.switch_to(path, create=True)

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def open_requested(self, path: str | None) -> None:
        """Another start of the app handed its request over (see
        ``ui.single_instance``): come forward and, asked for a file, open it
        here, asking first when another workspace is open."""
        from PySide6.QtWidgets import QMessageBox

        self.bring_forward()
        if not path:
            return
        if self.workspace is None:  # still starting: what it opens would replace it
            self.show_status(self.tr("Still opening a workspace: open {0} with File > Open "
                                     "once it is shown.").format(path))
            return
        if Path(path).resolve() == self.workspace.path.resolve():
            return
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("The app was started again to open {0}.\n\nClose {1} and open it "
                    "here?").format(path, self.workspace.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.switch_to(path)

    def open_dialog(self) -> None:
        from facilitator_app.ui.file_dialogs import ask_open_path

        path = ask_open_path(self, self.tr("Open cluster workspace"), FILE_FILTER,
                             near=self._dialog_dir())
        if path:
            self.switch_to(path)

    def save_copy(self) -> None:
        from facilitator_app.ui.file_dialogs import ask_save_path

        path, _ = ask_save_path(self, self.tr("Save a copy of the workspace"),
                                f"{self.workspace.name} (copy){WORKSPACE_SUFFIX}", FILE_FILTER)
        if not path:
            return
        try:
            self._flush_pages()
            self.workspace.save_copy(path)
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.show_status(self.tr("Copy saved to {0}").format(path))

    def restore_from_backup(self, path: Path | None = None) -> bool:
        """File > Restore from backup…: choose one of the backups of the open
        workspace (or of ``path``, a file that could not be opened), confirm,
        then the file is put aside (renamed, kept) and a copy of the backup
        put in its place and opened here. True if a backup was restored."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from facilitator_app.storage import backups
        from facilitator_app.ui.restore_dialog import RestoreDialog, when_text

        ws = self.workspace
        if path is None:
            if ws is None:
                return False
            path = ws.path
        path = Path(path).absolute()
        is_open = ws is not None and path.resolve() == ws.path.resolve()
        if backups.in_backups_folder(path):
            self.show_error(self.tr(
                "{0} is itself a backup (it is in the backups folder). Open the workspace "
                "it was made from and restore from there.").format(path.name))
            return False
        key = (ws.backup_key if is_open and ws is not None else None) or backups.key_of(path)
        found = backups.list_backups(key) if key else []
        if not found:
            QMessageBox.information(self, APP_NAME, self.tr(
                "There are no backups of {0} yet. One is made each time it is opened."
            ).format(path.name))
            return False
        dialog = RestoreDialog(found, path.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
        assert chosen is not None
        aside = backups.aside_path(path, "<date>")
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace {0} with the backup made {1}?\n\nThe current file is not "
                    "deleted: it is kept beside it as {2}.").format(
                path.name, when_text(chosen), aside.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._flush_pages()
        if is_open and ws is not None:
            ws.close()
        try:
            put_aside = backups.restore_backup(path, chosen.path)
        except UserError as exc:
            self.show_error(exc.message)
            put_aside = None
        # Opened without a rolling backup: restoring rotates nothing, and the
        # backup restored stays listed. If the open workspace's file cannot
        # be opened again, the one put aside is.
        new = None
        candidates = (path, put_aside) if is_open else (path,) if put_aside else ()
        for candidate in candidates:
            if candidate is None:
                continue
            try:
                new = self._open_quietly(candidate)
                break
            except UserError as exc:
                self.show_error(exc.message)
        if new is None:
            if is_open:
                self.close()
            return False
        old = None if is_open else self.workspace
        self.attach(new)
        if old is not None:
            old.close()
        if put_aside is not None:
            self.show_status(self.tr(
                "Restored the backup made {0}. The earlier file is kept as {1}.").format(
                when_text(chosen), put_aside.name))
        return put_aside is not None

    def _offer_restore(self, path: Path, message: str) -> bool | None:
        """A damaged workspace that has backups: offer to restore one (None
        when there is nothing to offer; the caller shows the message)."""
        from PySide6.QtWidgets import QMessageBox

        from facilitator_app.storage import backups

        if "damaged" not in message or not path.is_file():
            return None
        key = backups.key_of(path)
        found = backups.list_backups(key) if key else []
        if not found:
            return None
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("{0}\n\n{1} has {2} backup(s). Restore one now? The damaged file is "
                    "kept beside it.").format(message, path.name, len(found)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes and self.restore_from_backup(path)

    @staticmethod
    def _open_quietly(path: Path) -> Workspace:
        from facilitator_app.storage.workspace import open_workspace

        return open_workspace(path, backups_kept=0)

    def _dialog_dir(self) -> Path | None:
        """The open workspace's folder (an open dialog may start there)."""
        return None if self.workspace is None else self.workspace.path.parent

    # ----- where the facilitator was -------------------------------------
    def current_place(self) -> dict[str, object]:
        """The page shown and, on Workshops, the open workshop and its tab."""
        place: dict[str, object] = {"page": self.current_page_key()}
        workshops = self.pages.get("workshops")
        view = getattr(workshops, "view", None)
        if (place["page"] == "workshops" and view is not None
                and getattr(view, "workshop_id", None) is not None
                and workshops.stack.currentWidget() is view):
            place["workshop"] = view.workshop_id
            place["tab"] = view.current_tab_key() or ""
        return place

    def _remember_place(self) -> None:
        """Remember where the facilitator is, for the next start (QSettings)."""
        if self.workspace is None or self.ctx is None:
            return
        place = self.current_place()
        settings = QSettings()
        settings.setValue("lastPlace/workspace", str(self.workspace.path))
        settings.setValue("lastPlace/page", place["page"])
        settings.setValue("lastPlace/workshop", place.get("workshop", 0))
        settings.setValue("lastPlace/tab", place.get("tab", ""))

    # ----- saved as it changes (debounced), not only at a clean close ---------------
    def _schedule_state_save(self, *_args: object) -> None:
        if self._closed:
            return
        if self._state_timer is None:
            self._state_timer = QTimer(self)
            self._state_timer.setSingleShot(True)
            self._state_timer.setInterval(STATE_SAVE_DELAY_MS)
            self._state_timer.timeout.connect(self._save_state)
        self._state_timer.start()

    def _save_state(self) -> None:
        """The window's geometry and (once restored) the page, workshop and tab."""
        if self._closed:
            return
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        if self._place_restored:
            self._remember_place()
        self._watch_places()

    def _watch_places(self) -> None:
        """A workshop opened or another of its tabs chosen is saved too."""
        workshops = self.pages.get("workshops")
        view = getattr(workshops, "view", None)
        for widget in (getattr(workshops, "stack", None), getattr(view, "tabs", None)):
            if widget is not None and not widget.property("placeWatched"):
                widget.setProperty("placeWatched", True)
                widget.currentChanged.connect(self._schedule_state_save)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_state_save()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._schedule_state_save()

    def _restore_place(self, ctx: AppContext) -> None:
        """Back where the facilitator was when this workspace was last closed
        here; a workshop deleted since leaves the list of workshops."""
        if self._closed or ctx is not self.ctx or self.workspace is None:
            return
        self._place_restored = True
        settings = QSettings()
        try:
            same = Path(str(settings.value("lastPlace/workspace", ""))).resolve() == \
                self.workspace.path.resolve()
            workshop_id = int(settings.value("lastPlace/workshop", 0) or 0)
        except (OSError, TypeError, ValueError):
            return
        page = str(settings.value("lastPlace/page", "") or "")
        if not same or page not in self._nav_keys or page == self.current_page_key():
            return
        self.navigate(page)
        if page != "workshops" or not workshop_id:
            return
        from facilitator_app.services.workshops import workshop_summary
        from facilitator_app.ui.operation import Op

        if not Op(self, ctx).run(lambda s: workshop_summary(s, workshop_id),
                                 on_refusal=lambda _message: None):
            return  # deleted since: the list of workshops it is
        tab = str(settings.value("lastPlace/tab", "") or "") or None
        self.pages["workshops"].open_workshop(workshop_id, tab)

    # ----- recent files, geometry -------------------------------------
    def recent_files(self) -> list[str]:
        value = QSettings().value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember_recent(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        QSettings().setValue("recentFiles", files[:MAX_RECENT])
        QSettings().setValue("lastWorkspace", str(path))
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i} {name}")
            action.triggered.connect(lambda _c=False, p=name: self.switch_to(p))
        self.recent_menu.setEnabled(bool(files))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    # ----- misc --------------------------------------------------------
    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, APP_NAME, message)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About {0}").format(APP_NAME),
            self.tr(
                "<h3>{0}</h3><p>Version {1}</p><p>Run cluster workshops offline: the FAQ, "
                "the member roster, SWOT and TOWS, consensus voting, and the workbook "
                "and report to take home.</p>"
            ).format(APP_NAME, __version__),
        )

    def open_demo(self) -> None:
        from facilitator_app.ui.app import demo_workspace_path, open_demo_workspace

        path = demo_workspace_path()
        if path.exists():
            self.switch_to(path)
            return
        self._flush_pages()
        try:
            new = open_demo_workspace()
        except UserError as exc:
            self.show_error(exc.message)
            return
        old = self.workspace
        self.attach(new)
        if old is not None:
            old.close()

    def show_settings(self) -> None:
        from facilitator_app.ui.settings_dialog import SettingsDialog, display_changes

        if not getattr(self, "_follows_display", False):
            self._follows_display = True
            display_changes().fontScaleChanged.connect(self._font_scale_changed)
        dialog = SettingsDialog(self)
        dialog.applied.connect(self._settings_applied)
        dialog.exec()

    def _settings_applied(self) -> None:
        self.show_status(self.tr("Settings saved."))
        if self.ctx is not None:
            self.ctx.notify("settings")

    def _font_scale_changed(self, _ratio: float) -> None:
        """The projector font scale changed: the Results tab of the open
        workshop is built again in the new size (the FAQ, SWOT and TOWS follow
        by themselves)."""
        from facilitator_app.ui.workshop_view import tab_factories

        view = getattr(self.pages.get("workshops"), "view", None)
        old = getattr(view, "tabs_by_key", {}).get("results") if view is not None else None
        if view is None or old is None or view.workshop_id is None or self.ctx is None:
            return
        factory = next((f for key, _title, f in tab_factories() if key == "results"), None)
        if factory is None:
            return
        index = view.tabs.indexOf(old)
        current = view.tabs.currentIndex()
        title = view.tabs.tabText(index)
        new = factory(self.ctx, view.workshop_id)
        new.setObjectName(old.objectName())
        view.tabs.removeTab(index)
        view.tabs.insertTab(index, new, title)
        view.tabs_by_key["results"] = new
        view.tabs.setCurrentIndex(current)
        old.deleteLater()

    def shortcut_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The shortcuts by where they work: everywhere (the menus), on each page,
        on each tab of a workshop; read from the shortcuts themselves (see
        ``ui.shortcut_help``)."""
        from facilitator_app.ui.shortcut_help import shortcuts_in, tab_rows
        from facilitator_app.ui.workshop_view import WorkshopView, tab_factories

        def inside(roots: list[QObject]) -> Callable[[QObject], bool]:
            def test(obj: QObject) -> bool:
                while obj is not None:
                    if any(obj is root for root in roots):
                        return True
                    obj = obj.parent()
                return False
            return test

        titles = {key: self.tr(title) for key, title, _target in PAGES}
        sections = [(self.tr("Everywhere"), shortcuts_in(self, skip=inside([self.stack])))]
        views: list[QObject] = []
        for key in self._nav_keys:  # pages add their own shortcuts when built
            page = self.pages[key]
            found = page.findChildren(WorkshopView)
            views += found
            sections.append((titles.get(key, key), shortcuts_in(page, skip=inside(found))))
        live = next((v for v in views if v.workshop_id is not None), None)
        ctx = self.ctx
        for key, title, factory in tab_factories():
            shown = live.tab(key) if live is not None else None
            rows = tab_rows(title, shown, lambda f=factory: f(ctx, 0))
            sections.append((self.tr("Workshop: {0}").format(self.tr(title)), rows))
        return [(title, rows) for title, rows in sections if rows]

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(action, keys) for every shortcut, once each (see :meth:`shortcut_sections`)."""
        from facilitator_app.ui.shortcut_help import flatten

        return flatten(self.shortcut_sections())

    def show_shortcuts(self) -> None:
        from facilitator_app.ui.shortcut_help import ShortcutsDialog

        ShortcutsDialog(self.shortcut_sections(), self).exec()

    def _flush_pages(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._connect_signals()
        callbacks, self._first_paint_callbacks = self._first_paint_callbacks, []
        for callback in callbacks:
            callback()
        self.first_painted.emit()

    def call_after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has painted (no signal connection
        needed before the paint: see :meth:`_connect_signals`)."""
        if self._painted and not self._first_paint_callbacks and self._signals_connected:
            callback()
        else:
            self._first_paint_callbacks.append(callback)

    def closeEvent(self, event) -> None:
        self._closed = True
        self._flush_pages()
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self._remember_place()
        if self.workspace is not None:
            self.workspace.close()
        super().closeEvent(event)
