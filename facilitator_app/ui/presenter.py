"""The presenter view: a second window for the projector, showing only what the room may see.

The laptop keeps the controls and everything private (the entry grid, who
voted what, the audit log). The presenter window shows one thing the
facilitator chose under View > Presenter view: a title, the answer open on
the FAQ page, the SWOT board, the TOWS strategies, the candidate
priorities, the turnout of the open round ("14 of 19 have voted", never a
name, in any mode), the address and QR code the phones join with, or the
results of a round, and those only once "Show on projector" is pressed on
the Results tab. The slides (``presenter_slides.py``) read the data
themselves into read-only models shared with the tabs; they never show a
tab's own widgets, so nothing the facilitator has on the laptop leaks
there.

With a second screen the window goes there, full screen and without a
frame; with one screen it is an ordinary window to drag, resize or hide.
F5 shows and hides it (from the laptop too), B blanks it (black) and
brings it back, Esc hides it; with one screen (mirrored on the projector)
F11 makes it fill the screen and back. Type is sized from the window's height (a
line of body text is about 1/24 of it, times the projector font scale of
the settings); a slide holding more than fits shrinks its type, down to a
floor, rather than cut anything off. Slides follow the data live
(``AppContext.changed``), and the turnout once a second: phones and the
kiosk vote without telling the laptop's pages.

What is on the projector is a :class:`Presentation`, one per open
workspace (:func:`presentation_of`), which the Results tab also talks to.
The window and the View menu are installed on the main window by
:func:`install_presenter`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QLayout,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from facilitator_app.core.faq import FaqEntry
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.presenter_slides import Slide

_CTX = "Presenter"

# (kind, menu text) in menu order
KINDS: list[tuple[str, str]] = [
    ("title", QT_TRANSLATE_NOOP("Presenter", "Title of the workshop")),
    ("faq", QT_TRANSLATE_NOOP("Presenter", "FAQ answer (the one open on the FAQ page)")),
    ("swot", QT_TRANSLATE_NOOP("Presenter", "SWOT board")),
    ("tows", QT_TRANSLATE_NOOP("Presenter", "TOWS strategies")),
    ("priorities", QT_TRANSLATE_NOOP("Presenter", "Candidate priorities")),
    ("turnout", QT_TRANSLATE_NOOP("Presenter", "Turnout of the open round")),
    ("join", QT_TRANSLATE_NOOP("Presenter", "Join by phone (address and QR code)")),
    ("results", QT_TRANSLATE_NOOP("Presenter", "Results (those put up from the Results tab)")),
]
WORKSHOP_KINDS = {"swot", "tows", "priorities", "turnout", "join", "results"}
# what a workshop tab puts on the projector when F5 first shows it
TAB_KINDS = {"swot": "swot", "tows": "tows", "priorities": "priorities", "voting": "turnout",
             "results": "results"}

LINES_PER_SCREEN = 24  # a line of body text is this share of the window's height
# keys a presentation clicker sends, to page through a long slide
PAGE_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_Space: 1, Qt.Key.Key_Down: 1,
             Qt.Key.Key_PageUp: -1, Qt.Key.Key_Up: -1}


@dataclass(frozen=True)
class ShownResults:
    """Results the facilitator put on the projector: a round, as the Results tab showed it."""

    workshop_id: int
    round_id: int
    view: str
    use_weights: bool


class Presentation(QObject):
    """What the projector shows. Chosen on the laptop; drawn by :class:`PresenterWindow`."""

    changed = Signal()
    bring_up = Signal()  # the facilitator asked for something to be on the projector now
    scrolled = Signal(float)  # the FAQ answer on the laptop was scrolled (share of its length)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("presentation")
        self.ctx = ctx
        self.kind = "title"
        self.chosen = False  # until something is chosen, F5 puts up what the laptop shows
        self.workshop_id: int | None = None
        self.round_id: int | None = None  # the round whose turnout is wanted (None: the open one)
        self.faq_entry: FaqEntry | None = None
        self.faq_scroll = 0.0
        self.results: ShownResults | None = None

    def show(self, kind: str, workshop_id: int | None = None,
             round_id: int | None = None) -> None:
        self.kind = kind
        self.chosen = True
        if workshop_id is not None:
            self.workshop_id = workshop_id
        self.round_id = round_id
        self.changed.emit()
        self.bring_up.emit()

    def set_faq_entry(self, entry: FaqEntry | None) -> None:
        if entry != self.faq_entry:
            self.faq_entry, self.faq_scroll = entry, 0.0
            if self.kind == "faq":
                self.changed.emit()

    def scroll_faq(self, share: float) -> None:
        self.faq_scroll = max(0.0, min(1.0, share))
        self.scrolled.emit(self.faq_scroll)

    def show_results(self, workshop_id: int, round_id: int, view: str, use_weights: bool,
                     bring_up: bool = True) -> None:
        """Reveal a round's results on the projector (``bring_up``: switch to them now)."""
        shown = ShownResults(workshop_id, round_id, view, use_weights)
        if shown == self.results and not bring_up:
            return
        self.results = shown
        if bring_up:
            self.kind, self.chosen, self.workshop_id = "results", True, workshop_id
        self.changed.emit()
        if bring_up:
            self.bring_up.emit()

    def take_results_off(self) -> None:
        if self.results is not None:
            self.results = None
            self.changed.emit()

    def results_round(self) -> int | None:
        return self.results.round_id if self.results is not None else None


def presentation_of(ctx: AppContext) -> Presentation:
    """The workspace's presentation (made when first asked for)."""
    found = ctx.findChild(Presentation, "presentation")
    return found if found is not None else Presentation(ctx)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_CTX, text)


class PresenterWindow(QWidget):
    """The projector's window: the chosen slide, or black while blanked."""

    visibility_changed = Signal(bool)

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Presenter view — {0}").format(APP_NAME))
        # shown without taking the keyboard from the laptop's window
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAutoFillBackground(True)
        self.presentation: Presentation | None = None
        self.slides: dict[str, Slide] = {}
        self.blanked = False
        self._sized = False

        self.blank_page = QWidget()
        self.blank_page.setObjectName("presenter_blank")
        self.blank_page.setAutoFillBackground(True)
        black = QPalette(self.blank_page.palette())
        black.setColor(QPalette.ColorRole.Window, QColor(Qt.GlobalColor.black))
        self.blank_page.setPalette(black)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.blank_page)
        # the window's size decides the type size, never the other way round
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._poll)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        self.present(presentation)

    # ----- what is shown ---------------------------------------------------------
    def present(self, presentation: Presentation) -> None:
        """Show ``presentation`` (another workspace's: the slides are made afresh)."""
        if self.presentation is presentation:
            return
        if self.presentation is not None:
            try:
                self.presentation.changed.disconnect(self.show_current)
                self.presentation.ctx.changed.disconnect(self._data_changed)
            except (RuntimeError, TypeError):  # the old workspace's context is gone
                pass
        for slide in self.slides.values():
            self.stack.removeWidget(slide)
            slide.deleteLater()
        self.slides.clear()
        self.presentation = presentation
        presentation.changed.connect(self.show_current)
        presentation.ctx.changed.connect(self._data_changed)
        self.show_current()

    def slide(self, kind: str) -> Slide:
        """The slide for ``kind`` (made when first needed)."""
        if kind not in self.slides:
            from facilitator_app.ui.presenter_slides import make_slide

            assert self.presentation is not None
            slide = make_slide(kind, self.presentation)
            slide.setObjectName(f"slide_{kind}")
            self.slides[kind] = slide
            self.stack.addWidget(slide)
        return self.slides[kind]

    def current_slide(self) -> Slide | None:
        if self.presentation is None:
            return None
        return self.slides.get(self.presentation.kind)

    def show_current(self) -> None:
        if self.presentation is None:
            return
        slide = self.slide(self.presentation.kind)
        if self.isVisible():
            slide.refresh()
        else:
            slide.dirty = True
        self.stack.setCurrentWidget(self.blank_page if self.blanked else slide)
        self._update_timer()
        self.fit()

    def _data_changed(self, topic: str) -> None:
        if topic == "settings":  # the projector font scale
            self._fit_timer.start()
        for kind, slide in self.slides.items():
            if topic in slide.TOPICS:
                current = self.presentation is not None and kind == self.presentation.kind
                if current and self.isVisible():
                    slide.refresh()
                    self._fit_timer.start()
                else:
                    slide.dirty = True

    def _poll(self) -> None:
        slide = self.current_slide()
        if slide is not None and slide.poll():
            self._fit_timer.start()

    def _update_timer(self) -> None:
        slide = self.current_slide()
        if self.isVisible() and slide is not None and slide.POLL and not self.blanked:
            self.timer.start()
        else:
            self.timer.stop()

    # ----- blank -----------------------------------------------------------------
    def set_blank(self, on: bool) -> None:
        self.blanked = on
        self.show_current()

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    # ----- where it goes ------------------------------------------------------------
    def projector_screen(self) -> QScreen | None:
        """The screen that is not the laptop's (None with a single screen)."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        owner = self.parentWidget()
        laptop = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not laptop]
        return others[0] if others else None

    def place(self) -> None:
        """Show the window: full screen on the projector, else as a window of its own."""
        screen = self.projector_screen()
        if screen is not None:
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if self.isFullScreen() or self.windowFlags() & Qt.WindowType.FramelessWindowHint:
                self.setWindowFlags(Qt.WindowType.Window)
                self._sized = False
            if not self._sized:
                self._sized = True
                self._size_for(self.parentWidget().screen() if self.parentWidget() is not None
                               else QGuiApplication.primaryScreen())
            self.showNormal()

    def _size_for(self, screen: QScreen | None) -> None:
        """A 16:9 window taking about half of the screen, to drag where it is wanted."""
        if screen is None:
            self.resize(960, 540)
            return
        area = screen.availableGeometry()
        width = min(area.width() * 3 // 5, area.height() * 3 // 5 * 16 // 9)
        self.resize(width, width * 9 // 16)
        self.move(area.center().x() - width // 2, area.center().y() - width * 9 // 32)

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.place()

    def screens_changed(self, *_args: object) -> None:
        """A projector plugged in or out while showing: go where it now belongs."""
        if self.isVisible():
            QTimer.singleShot(0, self.place)

    # ----- type size ---------------------------------------------------------------
    def unit(self) -> float:
        """Body text, in points: 1/24 of the window's height, times the font scale."""
        from facilitator_app.ui.voting_common import font_scale

        dpi = self.logicalDpiY() or 96
        return max(6.0, self.height() / LINES_PER_SCREEN * 72 / dpi * font_scale())

    def fit(self) -> None:
        """Size the current slide's type to the window; smaller when it holds too much."""
        slide = self.current_slide()
        if slide is None or self.blanked:
            return
        base = self.unit()
        margin = round(base * (self.logicalDpiY() or 96) / 72 * 0.6)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        for factor in (1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.48):
            if factor < slide.MIN_FACTOR:
                break
            slide.set_unit(base * factor)
            if not self.isVisible():
                return
            _settle(self)
            if not slide.overflows():
                return

    # ----- events --------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.hide()
            return
        if key == Qt.Key.Key_F11 and self.projector_screen() is None:
            # one screen, mirrored on the projector: the room sees the whole screen
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_B, Qt.Key.Key_Period) and plain:
            self.toggle_blank()
            return
        slide = self.current_slide()
        if slide is not None and key in PAGE_KEYS:
            slide.scroll_by(PAGE_KEYS[key])
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        slide = self.current_slide()
        if slide is not None and slide.dirty:
            slide.refresh()
        self._update_timer()
        self.fit()
        self.visibility_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self.visibility_changed.emit(False)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for slide in self.slides.values():
                slide.dirty = True
            # once every slide has its new palette (they hear of it after the window)
            QTimer.singleShot(0, self, self._recolour)

    def _recolour(self) -> None:
        slide = self.current_slide()
        if slide is not None and slide.dirty and self.isVisible():
            slide.refresh()
            self.fit()


def _settle(widget: QWidget) -> None:
    """Lay ``widget`` and everything in it out now (to measure what fits)."""
    for w in [widget, *widget.findChildren(QWidget)]:
        layout = w.layout()
        if layout is not None and w.isVisible():
            layout.activate()


class PresenterControl(QObject):
    """The laptop's side: View > Presenter view, F5, Ctrl+B, and what each choice puts up."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.window: PresenterWindow | None = None
        self._faq_page: QWidget | None = None
        self._build_menu()
        main.workspace_shown.connect(self._workspace_shown)
        main.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)
        if main.ctx is not None:
            self._workspace_shown()

    # ----- the menu ------------------------------------------------------------------
    def _build_menu(self) -> None:
        main = self.main
        view_menu = main.menuBar().findChild(QMenu, "view_menu")
        if view_menu is None:
            view_menu = QMenu(self.tr("&View"), main.menuBar())
            view_menu.setObjectName("view_menu")
            main.menuBar().insertMenu(main.help_menu.menuAction(), view_menu)
        self.menu = view_menu.addMenu(self.tr("&Presenter view"))
        self.menu.setObjectName("presenter_menu")
        self.show_action = QAction(self.tr("&Show the presenter view"), main)
        self.show_action.setCheckable(True)
        self.show_action.setShortcut(QKeySequence("F5"))
        self.show_action.setToolTip(self.tr(
            "The window for the projector: on the second screen when there is one"))
        self.show_action.triggered.connect(lambda _checked=False: self.toggle())
        self.blank_action = QAction(self.tr("&Blank the projector"), main)
        self.blank_action.setCheckable(True)
        self.blank_action.setShortcut(QKeySequence("Ctrl+B"))
        self.blank_action.triggered.connect(lambda _checked=False: self.toggle_blank())
        self.page_action = QAction(self.tr("Put this &page on the projector"), main)
        self.page_action.triggered.connect(lambda _checked=False: self.choose(self.page_kind()))
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.blank_action)
        self.menu.addSeparator()
        self.menu.addAction(self.page_action)
        self.menu.addSeparator()
        group = QActionGroup(self)
        self.kind_actions: dict[str, QAction] = {}
        for kind, text in KINDS:
            action = QAction(tr(text), main)
            action.setCheckable(True)
            action.setObjectName(f"present_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.choose(k))
            group.addAction(action)
            self.menu.addAction(action)
            self.kind_actions[kind] = action
        # the keys the presenter window handles itself, for the F1 list
        self.menu.key_help = [
            (tr("Presenter view: blank the projector and back"), "B"),
            (tr("Presenter view: hide it"), "Esc"),
            (tr("Presenter view: fill the screen and back (one screen)"), "F11"),
            (tr("Presenter view: page through a long FAQ answer"), "Page Down, Page Up"),
        ]
        main.addAction(self.show_action)  # the keys work while the menu bar is closed
        main.addAction(self.blank_action)
        self.menu.aboutToShow.connect(self.update_menu)

    def update_menu(self) -> None:
        shown = self.window is not None and self.window.isVisible()
        self.show_action.setChecked(shown)
        self.blank_action.setChecked(self.window is not None and self.window.blanked)
        presentation = self.presentation()
        has_workshop = self.open_workshop_id() is not None or (
            presentation is not None and presentation.workshop_id is not None)
        for kind, action in self.kind_actions.items():
            action.setEnabled(presentation is not None and (
                kind not in WORKSHOP_KINDS or has_workshop))
            action.setChecked(presentation is not None and presentation.chosen
                              and presentation.kind == kind)
        self.kind_actions["join"].setEnabled(self.phone_window() is not None)
        self.page_action.setEnabled(presentation is not None)

    # ----- the workspace ---------------------------------------------------------------
    def presentation(self) -> Presentation | None:
        return presentation_of(self.main.ctx) if self.main.ctx is not None else None

    def _workspace_shown(self) -> None:
        presentation = self.presentation()
        if presentation is None:
            return
        presentation.bring_up.connect(self.show_presenter)
        self._faq_page = None
        if self.window is not None:
            self.window.present(presentation)

    def _screens_changed(self, *_args: object) -> None:
        if self.window is not None:
            self.window.screens_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.Close and self.window:
            self.window.hide()  # the projector never outlives the laptop's window
        return False

    # ----- what the laptop shows ---------------------------------------------------------
    def workshop_view(self):
        """The open workshop's view on the Workshops page, or None."""
        page = self.main.pages.get("workshops")  # never builds the page
        view = getattr(page, "view", None)
        return view if view is not None and view.workshop_id is not None else None

    def open_workshop_id(self) -> int | None:
        view = self.workshop_view()
        return view.workshop_id if view is not None else None

    def chosen_open_round(self) -> int | None:
        """The round chosen on the Voting tab, when it is open."""
        view = self.workshop_view()
        tab = view.tab("voting") if view is not None else None
        info = tab.current_round() if tab is not None else None
        return info.id if info is not None and info.is_open else None

    def phone_window(self):
        """The running phone voting window of the workshop on the projector, if any."""
        from facilitator_app.ui.presenter_slides import phone_window

        presentation = self.presentation()
        workshop = self.open_workshop_id() or (
            presentation.workshop_id if presentation is not None else None)
        return phone_window(workshop) if workshop is not None else None

    def page_kind(self) -> str:
        """What the page on the laptop puts on the projector."""
        key = self.main.current_page_key()
        if key == "faq":
            return "faq"
        view = self.workshop_view()
        if key == "workshops" and view is not None:
            kind = TAB_KINDS.get(view.current_tab_key() or "", "title")
            if kind == "turnout" and self.phone_window() is not None:
                return "join"
            presentation = self.presentation()
            if kind == "results" and (presentation is None or presentation.results is None):
                return "turnout"
            return kind
        return "title"

    # ----- choices -------------------------------------------------------------------------
    def choose(self, kind: str) -> None:
        """Put ``kind`` on the projector (and the projector on)."""
        presentation = self.presentation()
        if presentation is None:
            return
        workshop = self.open_workshop_id() or presentation.workshop_id
        if kind in WORKSHOP_KINDS and workshop is None:
            self.main.show_status(self.tr(
                "Open a workshop first: the projector shows the workshop open on the "
                "Workshops page."))
            return
        if kind == "faq":
            self._follow_faq(presentation)
        if kind == "results" and presentation.results is None:
            self.main.show_status(self.tr(
                "No results are up yet: choose the round on the Results tab and press "
                "Show on projector."))
        presentation.show(kind, workshop, self.chosen_open_round()
                          if kind in ("turnout", "join") else None)

    def _follow_faq(self, presentation: Presentation) -> None:
        try:
            page = self.main.pages["faq"]  # built if needed
        except KeyError:
            return
        self.follow_faq_page(page)

    def follow_faq_page(self, page) -> None:
        """The projector's FAQ slide follows ``page`` (the FAQ page calls this when shown:
        a page made again, in another language, is followed too)."""
        presentation = self.presentation()
        if presentation is None:
            return
        if page is not self._faq_page:
            self._faq_page = page
            page.answerChanged.connect(self._faq_answer_changed)
            bar = page.answer_view.verticalScrollBar()
            bar.valueChanged.connect(lambda value, b=bar: self._faq_scrolled(value, b.maximum()))
        presentation.set_faq_entry(page.current_entry())

    def _faq_answer_changed(self, entry) -> None:
        presentation = self.presentation()
        if presentation is not None:
            presentation.set_faq_entry(entry)

    def _faq_scrolled(self, value: int, maximum: int) -> None:
        """The projector's answer follows the laptop's as it is scrolled."""
        presentation = self.presentation()
        if presentation is not None and maximum > 0:
            presentation.scroll_faq(value / maximum)

    def presenter(self) -> PresenterWindow:
        if self.window is None:
            presentation = self.presentation()
            assert presentation is not None
            self.window = PresenterWindow(presentation, self.main)
            self.window.visibility_changed.connect(self.show_action.setChecked)
        return self.window

    def show_presenter(self) -> None:
        window = self.presenter()
        if not window.isVisible():
            window.place()

    def toggle(self) -> None:
        """F5: show the presenter view (what this page shows, if nothing was chosen) or hide it."""
        presentation = self.presentation()
        if presentation is None:
            return
        if self.window is not None and self.window.isVisible():
            self.window.hide()
            return
        if not presentation.chosen:
            self.choose(self.page_kind())
        self.show_presenter()

    def toggle_blank(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.toggle_blank()


def install_presenter(main: MainWindow) -> PresenterControl:
    """Add View > Presenter view (F5, Ctrl+B) to the main window (once)."""
    found = main.findChild(PresenterControl)
    if found is not None:
        return found
    control = PresenterControl(main)
    main.presenter_control = control
    return control
