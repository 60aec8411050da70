"""The FAQ page: explain clusters on screen or on the projector.

A question list (model/view, filtered by the search box), the answer with
search matches highlighted, A-/A+ for the projector, links from answers into
the app, and "Export FAQ handout…". "Show on projector" puts the answer on
the presenter view (which then follows this page). "Full screen (F11)", Esc
to leave, is the page's own mode for a laptop mirrored on the projector: the
answer alone, full screen, in large type; the list folds away (drag the
divider to bring it back). The divider's place and the full-screen text size
are remembered. Content, search and rendering come from
:mod:`facilitator_app.core.faq`; this page only wires them to widgets.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.core.faq import (
    FAQ_SCHEME,
    HIT_ANCHOR,
    FaqEntry,
    load_faq,
    parse_link,
    render_html,
    search,
    search_terms,
)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Model role that returns the :class:`FaqEntry` of a row."""

SPLITTER_KEY = "faq/splitterState"
PRESENT_SIZE_KEY = "faq/presentationPointSize"


class FaqListModel(QAbstractListModel):
    """The questions, one row each; ``ENTRY_ROLE`` gives the entry."""

    def __init__(self, entries: Iterable[FaqEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.question
        if role == ENTRY_ROLE:
            return entry
        return None

    def row_of(self, entry_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), -1)


class _MatchFilter(QSortFilterProxyModel):
    """Shows the rows whose entry id is in a set (``None``: every row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visible: set[str] | None = None

    def set_visible_ids(self, ids: set[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._visible = ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._visible = ids
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._visible is None:
            return True
        entry = self.sourceModel().index(source_row, 0, source_parent).data(ENTRY_ROLE)
        return entry is not None and entry.id in self._visible


def _native(key: QKeySequence | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it (Ctrl+F, or ⌘F on a Mac)."""
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _mix(colour: QColor, other: QColor, share: float) -> str:
    """``colour`` moved ``share`` of the way towards ``other``, as ``#rrggbb``:
    a muted text colour that follows the palette (light or dark)."""
    mixed = QColor(
        round(colour.red() + (other.red() - colour.red()) * share),
        round(colour.green() + (other.green() - colour.green()) * share),
        round(colour.blue() + (other.blue() - colour.blue()) * share),
    )
    return mixed.name()


class FaqPage(QWidget):
    """Questions and answers about clusters, searchable, for screen and projector.

    ``navigate(page_key)`` is called when an answer's ``app:<page>`` link is
    clicked (e.g. ``"workshops"``, ``"home"``, ``"roster"``).
    """

    page_key = "faq"

    MIN_POINT_SIZE = 8.0
    MAX_POINT_SIZE = 48.0
    POINT_STEP = 2.0
    PRESENT_FACTOR = 1.8  # presentation text, times the normal size (at first)
    LIST_SHARE = 0.3  # of the width, for the question list at first

    fontSizeChanged = Signal(float)
    """Emitted with the new point size (the main window may remember it)."""

    answerChanged = Signal(object)
    """Emitted with the :class:`FaqEntry` now shown (or ``None``): the presenter
    view follows the answer on this page."""

    def __init__(
        self,
        navigate: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        entries: Iterable[FaqEntry] | None = None,
    ) -> None:
        super().__init__(parent)
        self._navigate = navigate
        self._load_error = ""
        self._own_entries = entries is None  # the bundled FAQ: follows the language
        self._entries_lang = ""
        self._entries = list(entries) if entries is not None else self._load_entries()
        self._query = ""
        self._last_export: Path | None = None
        self._presenting = False
        self._normal_size = 0.0
        self._window_was: Qt.WindowState | None = None

        self._model = FaqListModel(self._entries, self)
        self._proxy = _MatchFilter(self)
        self._proxy.setSourceModel(self._model)
        self._build_ui()
        self._build_actions()

        self._font_size = self._default_point_size()
        self.set_font_point_size(self._font_size)
        from facilitator_app.ui.settings_dialog import display_changes

        display_changes().fontScaleChanged.connect(self.scale_font)
        if self._proxy.rowCount():
            self.question_list.setCurrentIndex(self._proxy.index(0, 0))
        else:
            self._render_current()

    def _load_entries(self) -> list[FaqEntry]:
        """The bundled FAQ in the window's language (English where an answer
        has no translation)."""
        from facilitator_app.ui import languages

        self._entries_lang = languages.current()
        try:
            entries = load_faq(lang=self._entries_lang)
        except UserError as exc:
            self._load_error = exc.message
            return []
        self._load_error = ""
        return entries

    def _follow_language(self) -> None:
        """The window's language changed: the answers follow it, on the same question."""
        from facilitator_app.ui import languages

        if not self._own_entries or languages.current() == self._entries_lang:
            return
        current = self.current_entry()
        self._entries = self._load_entries()
        self._model.beginResetModel()
        self._model._entries = list(self._entries)
        self._model.endResetModel()
        self._on_search(self.search_box.text())
        if current is not None:
            self.show_question(current.id)

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Search questions and answers ({key})").format(
                key=_native(QKeySequence.StandardKey.Find)
            )
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the FAQ"))
        self.search_box.textChanged.connect(self._on_search)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_box)

        self.match_label = QLabel(self)
        self.match_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.smaller_button = QToolButton(self)
        self.smaller_button.setText(self.tr("A−"))
        self.smaller_button.setToolTip(
            self.tr("Smaller text ({key})").format(key=_native(QKeySequence("Ctrl+-")))
        )
        self.smaller_button.clicked.connect(self.decrease_font)
        self.larger_button = QToolButton(self)
        self.larger_button.setText(self.tr("A+"))
        self.larger_button.setToolTip(
            self.tr("Larger text, for the projector ({key})").format(
                key=_native(QKeySequence("Ctrl+="))
            )
        )
        self.larger_button.clicked.connect(self.increase_font)

        self.export_button = QPushButton(self.tr("Export FAQ handout…"), self)
        self.export_button.setToolTip(self.tr("Save the whole FAQ as a PDF to print for members"))
        self.export_button.clicked.connect(self.export_handout)

        # this page's own full screen (a laptop mirrored on the projector) ...
        self.present_button = QToolButton(self)
        self.present_button.setText(self.tr("Full screen (F11)"))
        self.present_button.setCheckable(True)
        self.present_button.setToolTip(
            self.tr("The answer alone, full screen on this screen, in large type (F11; Esc "
                    "to leave). With a projector as a second screen, use Show on projector.")
        )
        self.present_button.toggled.connect(self.set_presenting)
        # ... and the presenter view (the projector as a second screen)
        self.project_button = QPushButton(self.tr("Show on pro&jector"), self)
        self.project_button.setObjectName("faq_on_projector")
        self.project_button.setToolTip(self.tr(
            "Put this answer on the presenter view, the window for the projector (F5 shows "
            "or hides it): it follows the question chosen here and its scrolling"))
        self.project_button.clicked.connect(lambda: self.show_on_projector())

        self.search_label = search_label
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 2)
        top.addWidget(self.match_label, 1)
        top.addStretch(0)
        top.addWidget(self.smaller_button)
        top.addWidget(self.larger_button)
        top.addWidget(self.present_button)
        top.addWidget(self.project_button)
        top.addWidget(self.export_button)

        self.question_list = QListView(self)
        self.question_list.setModel(self._proxy)
        self.question_list.setWordWrap(True)
        self.question_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.question_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_list.setAccessibleName(self.tr("Questions"))
        self.question_list.selectionModel().currentChanged.connect(self._on_current_changed)

        self.answer_view = QTextBrowser(self)
        self.answer_view.setOpenLinks(False)
        self.answer_view.setOpenExternalLinks(False)
        self.answer_view.setAccessibleName(self.tr("Answer"))
        self.answer_view.anchorClicked.connect(self._on_anchor_clicked)
        self.answer_view.viewport().installEventFilter(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.question_list)
        self.splitter.addWidget(self.answer_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # the list may be folded away (presentation, or dragged shut); the answer not
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.splitterMoved.connect(self._remember_splitter)
        self._restore_splitter()

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.status_label.linkActivated.connect(self._open_last_export)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            unique: dict[str, QKeySequence] = {}
            for key in keys:
                unique.setdefault(key.toString(), key)
            act.setShortcuts(list(unique.values()))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        zoom_in = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        zoom_out = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        self.larger_action = action(
            self.tr("Larger text"),
            [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), *zoom_in],
            self.increase_font,
        )
        self.smaller_action = action(
            self.tr("Smaller text"), [QKeySequence("Ctrl+-"), *zoom_out], self.decrease_font
        )
        self.reset_font_action = action(
            self.tr("Normal text size"), [QKeySequence("Ctrl+0")], self.reset_font
        )
        self.find_action = action(
            self.tr("Search the FAQ"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Find),
            self._focus_search,
        )
        self.present_action = action(
            self.tr("Full screen: the answer alone"),
            [QKeySequence("F11"), *QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)],
            self.toggle_presenting,
        )

    # ------------------------------------------------------------- public
    def show_question(self, entry_id: str) -> bool:
        """Select the question with ``entry_id`` (clearing a search that hides it)."""
        row = self._model.row_of(entry_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            self.search_box.clear()
            index = self._proxy.mapFromSource(self._model.index(row, 0))
        self.question_list.setCurrentIndex(index)
        self.question_list.scrollTo(index)
        return True

    def current_entry(self) -> FaqEntry | None:
        entry = self.question_list.currentIndex().data(ENTRY_ROLE)
        return entry if isinstance(entry, FaqEntry) else None

    def font_point_size(self) -> float:
        return self._font_size

    def set_font_point_size(self, size: float) -> None:
        size = max(self.MIN_POINT_SIZE, min(self.MAX_POINT_SIZE, float(size)))
        changed = size != self._font_size
        if self._presenting and changed:
            QSettings().setValue(PRESENT_SIZE_KEY, size)
        self._font_size = size
        for widget in (self.question_list, self.answer_view):
            font = QFont(widget.font())
            font.setPointSizeF(size)
            widget.setFont(font)
        # air between the questions, in proportion to the text
        self.question_list.setSpacing(max(1, self.question_list.fontMetrics().height() // 6))
        self.smaller_button.setEnabled(size > self.MIN_POINT_SIZE)
        self.larger_button.setEnabled(size < self.MAX_POINT_SIZE)
        if changed:
            self.fontSizeChanged.emit(size)

    def increase_font(self) -> None:
        self.set_font_point_size(self._font_size + self.POINT_STEP)

    def decrease_font(self) -> None:
        self.set_font_point_size(self._font_size - self.POINT_STEP)

    def scale_font(self, ratio: float) -> None:
        """The projector font scale changed in the settings: every size follows."""
        if ratio <= 0:
            return
        stored = QSettings().value(PRESENT_SIZE_KEY)
        if stored is not None and not self._presenting:
            try:
                QSettings().setValue(PRESENT_SIZE_KEY, float(stored) * ratio)
            except (TypeError, ValueError):
                QSettings().remove(PRESENT_SIZE_KEY)
        if self._presenting:
            self._normal_size *= ratio
        self.set_font_point_size(self._font_size * ratio)

    def reset_font(self) -> None:
        normal = self._default_point_size()
        self.set_font_point_size(normal * self.PRESENT_FACTOR if self._presenting else normal)

    # ------------------------------------------------------- presentation
    def is_presenting(self) -> bool:
        return self._presenting

    def toggle_presenting(self) -> None:
        self.set_presenting(not self._presenting)

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the answer alone, full screen, in large type."""
        if on == self._presenting:
            return
        if on:
            self._normal_size = self._font_size
            self._remember_splitter()
            self._presenting = True
            self._show_chrome(False)
            window = self.window()
            if window.isWindow() and not window.isFullScreen():
                self._window_was = window.windowState()
                window.showFullScreen()
            self.splitter.setSizes([0, max(1, sum(self.splitter.sizes()))])
            self.set_font_point_size(self._presentation_size())
            self.answer_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._presenting = False
            self.set_font_point_size(self._normal_size or self._default_point_size())
            self._show_chrome(True)
            self._restore_splitter()
            window = self.window()
            if self._window_was is not None:
                window.setWindowState(self._window_was)
                self._window_was = None
        self.present_button.blockSignals(True)
        self.present_button.setChecked(on)
        self.present_button.blockSignals(False)
        self.present_button.setText(self.tr("Leave full screen") if on
                                    else self.tr("Full screen (F11)"))

    def show_on_projector(self) -> bool:
        """The answer open here on the presenter view (shown if hidden); the projector
        then follows the question chosen here. False without a presenter view (this page
        outside the main window)."""
        control = getattr(self.window(), "presenter_control", None)
        if control is None:
            return False
        if self._presenting:  # the room sees the projector: the laptop keeps its page
            self.set_presenting(False)
        control.choose("faq")
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        control = getattr(self.window(), "presenter_control", None)
        self.project_button.setVisible(control is not None)
        if control is not None:  # the projector's FAQ slide follows this page
            control.follow_faq_page(self)

    def _presentation_size(self) -> float:
        stored = QSettings().value(PRESENT_SIZE_KEY)
        try:
            size = float(stored) if stored is not None else 0.0
        except (TypeError, ValueError):
            size = 0.0
        return size if size > 0 else self._normal_size * self.PRESENT_FACTOR

    def _show_chrome(self, visible: bool) -> None:
        """The search row and the status line: away while presenting."""
        for widget in (self.search_label, self.search_box, self.match_label,
                       self.export_button, self.status_label):
            widget.setVisible(visible)

    def _remember_splitter(self, *_args: object) -> None:
        if not self._presenting and self.splitter.sizes()[1:2] != [0]:
            QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())

    def _restore_splitter(self) -> None:
        state = QSettings().value(SPLITTER_KEY)
        if state is None or not self.splitter.restoreState(state):
            total = max(self.splitter.width(), 1000)
            share = round(total * self.LIST_SHARE)
            self.splitter.setSizes([share, total - share])

    def hideEvent(self, event: QEvent) -> None:
        """Going to another page ends the presentation (not minimising the window)."""
        super().hideEvent(event)
        if self._presenting and not event.spontaneous():
            self.set_presenting(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc as a key, not a shortcut: the search box and links keep theirs
        if event.key() == Qt.Key.Key_Escape and self._presenting:
            self.set_presenting(False)
            return
        super().keyPressEvent(event)

    def _default_point_size(self) -> float:
        """The application's text size times the projector font scale of the
        settings, but never below 10 pt for reading."""
        from facilitator_app.ui.voting_common import font_scale

        base = QApplication.font().pointSizeF()
        return max((base if base > 0 else 10.0) * font_scale(), 10.0)

    def export_handout(self) -> Path | None:
        """Ask for a file name and write the FAQ handout there."""
        chosen = self._ask_save_path()
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        from facilitator_app.export.faq_pdf import write_faq_handout

        error = ""
        written: Path | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_faq_handout(
                target, self._entries or None, lang=self._entries_lang or "en"
            )
        except UserError as exc:
            error = exc.message
        except Exception as exc:  # noqa: BLE001 - a bug: log it, tell the user in words
            from facilitator_app.logs import log_exception

            error = self.tr(
                "The handout could not be written because of an unexpected error. "
                "The details are in {log}."
            ).format(log=log_exception(exc))
        finally:
            QApplication.restoreOverrideCursor()
        if error or written is None:
            self.status_label.clear()
            self._show_error(error)
            return None
        self._last_export = written
        self.status_label.setText(
            self.tr("Saved the FAQ handout to {path}.").format(path=html.escape(str(written)))
            + ' <a href="open">'
            + html.escape(self.tr("Open it"))
            + "</a>"
        )
        return written

    # ------------------------------------------------- overridable dialogs
    def _ask_save_path(self) -> str | None:
        """The file the handout goes to, or ``None`` if the user cancels."""
        from facilitator_app.ui.file_dialogs import ask_save_path

        path, _ = ask_save_path(
            self,
            self.tr("Export FAQ handout"),
            self.tr("Cluster FAQ handout.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return path or None

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export FAQ handout"), message)

    # ------------------------------------------------------------ events
    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search(self, text: str) -> None:
        self._query = text
        matches = search(self._entries, text)
        searching = bool(search_terms(text))
        self._proxy.set_visible_ids({m.entry.id for m in matches} if searching else None)
        if not searching:
            self.match_label.clear()
        elif not matches:
            self.match_label.setText(self.tr("No question matches"))
        elif len(matches) == 1:
            self.match_label.setText(self.tr("1 question matches"))
        else:
            self.match_label.setText(self.tr("{count} questions match").format(count=len(matches)))
        if not self.question_list.currentIndex().isValid() and self._proxy.rowCount():
            self.question_list.setCurrentIndex(self._proxy.index(0, 0))
        else:
            self._render_current()

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._render_current()

    def _render_current(self) -> None:
        self._render_answer()
        self.answerChanged.emit(self.current_entry())

    def _render_answer(self) -> None:
        entry = self.current_entry()
        if entry is None:
            if self._load_error:
                message = self._load_error
            elif self._entries:
                message = self.tr("No question or answer contains “{query}”.").format(
                    query=self._query.strip()
                )
            else:
                message = self.tr("The FAQ is empty.")
            self.answer_view.setHtml(f"<p>{html.escape(message)}</p>")
            return
        palette = self.answer_view.palette()
        muted = _mix(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.35
        )
        self.answer_view.document().setDefaultStyleSheet(f"p.source {{ color: {muted}; }}")
        highlight = (
            f"background-color: {palette.color(QPalette.ColorRole.Highlight).name()};"
            f" color: {palette.color(QPalette.ColorRole.HighlightedText).name()};"
        )
        self.answer_view.setHtml(render_html(entry, query=self._query, highlight_style=highlight))
        if search_terms(self._query):
            self.answer_view.scrollToAnchor(HIT_ANCHOR)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        parsed = parse_link(url.toString())
        if parsed is None:
            return  # the app works offline: other links are not followed
        scheme, key = parsed
        if scheme == FAQ_SCHEME:
            self.show_question(key)
        else:
            self._navigate(key)

    def _open_last_export(self, _link: str) -> None:
        if self._last_export is not None:
            from facilitator_app.ui.file_dialogs import open_file

            open_file(self, self._last_export)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl + mouse wheel over the answer changes the text size too."""
        if (
            watched is self.answer_view.viewport()
            and event.type() == QEvent.Type.Wheel
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
        ):
            delta = event.angleDelta().y()  # type: ignore[attr-defined]
            if delta > 0:
                self.increase_font()
            elif delta < 0:
                self.decrease_font()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "answer_view"):
            self._render_current()  # highlight and muted colours follow the palette
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "_model"):
            self._follow_language()
