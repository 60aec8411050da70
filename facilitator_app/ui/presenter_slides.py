"""The slides of the presenter view: what the projector shows, read-only and without names.

Each slide reads what it shows from the workspace (never from the tabs'
widgets) into the models and helpers the tabs use themselves: the SWOT
quadrant and TOWS strategy models with the board's card delegate, the
priorities model, the Results tab's figures, tables and chart, the phone
window's QR code. Nothing can be selected, edited or dragged there, and
no slide has a place for a name: SWOT items show no "who said it", the
turnout is a count in every mode, results are per option.

A slide's type is set from one size, ``unit`` (the body text in points,
chosen by the window from its height); ``overflows()`` tells the window
when the content does not fit at that size, so it tries a smaller one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCharts import QAbstractBarSeries, QChartView
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facilitator_app import APP_NAME
from facilitator_app.core.domain import SWOT_QUADRANTS
from facilitator_app.core.faq import render_html
from facilitator_app.i18n.messages import Texts
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import swot as swot_service
from facilitator_app.services import tows as tows_service
from facilitator_app.services import voting
from facilitator_app.services.profile import get_profile
from facilitator_app.services.room import projector
from facilitator_app.services.workshops import workshop_summary
from facilitator_app.ui import languages
from facilitator_app.ui import workshop_commands as cmd
from facilitator_app.ui.operation import Op
from facilitator_app.ui.phone_voting import PhoneVotingWindow, qr_modules, qr_pixmap
from facilitator_app.ui.presenter import Presentation
from facilitator_app.ui.priorities_tab import PriorityModel
from facilitator_app.ui.result_chart import ResultChart
from facilitator_app.ui.results_tab import (
    TableModel,
    agreement_text,
    comparison_table,
    fit_height,
    headline_text,
    left_text,
    ranking_rows,
    round_figures,
    table,
    view_text,
)
from facilitator_app.ui.swot_models import QuadrantModel, StrategyModel
from facilitator_app.ui.swot_style import (
    CardDelegate,
    QuadrantColours,
    SubTextRole,
    apply_colours,
    muted_text,
    neutral_colours,
    quadrant_colours,
)
from facilitator_app.ui.tows_tab import CELL_HINTS, CELLS
from facilitator_app.ui.voting_common import score_heading

QUADRANT_NAMES = dict(SWOT_QUADRANTS)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


def point_font(points: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(5.0, points))
    font.setBold(bold)
    return font


def text_label(name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(align)
    return label


def strip_colours(label: QLabel, palette: QPalette, colours: QuadrantColours) -> None:
    """A title strip in a quadrant's header colours."""
    strip = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        strip.setColor(group, QPalette.ColorRole.Window, colours.header)
        strip.setColor(group, QPalette.ColorRole.WindowText, colours.header_text)
    label.setAutoFillBackground(True)
    label.setPalette(strip)


def read_only_view(view: QAbstractItemView) -> QAbstractItemView:
    """A view the room only looks at: no selection, no focus, no editing, no scroll bars."""
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setDragEnabled(False)
    view.setAcceptDrops(False)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


def card_list(model) -> QListView:
    """Items as the board draws them (its card delegate), to be read only."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(CardDelegate(view))
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    read_only_view(view)
    return view


def _cards_height(view: QListView) -> int:
    """The height a list needs to show every card whole."""
    rows = view.model().rowCount()
    return sum(view.sizeHintForRow(r) for r in range(rows)) + 2 * view.spacing() * rows


def list_overflows(view: QListView) -> bool:
    return _cards_height(view) > view.viewport().height()


def phone_window(workshop_id: int, round_id: int | None = None) -> PhoneVotingWindow | None:
    """The window serving a round of ``workshop_id`` to phones, while it runs."""
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PhoneVotingWindow) and isValid(w) and w.server.running
             and w.info.workshop_id == workshop_id]
    return next((w for w in found if w.round_id == round_id), found[0] if found else None)


def turnout_round(s, presentation: Presentation) -> voting.RoundInfo | None:
    """The round whose turnout the room sees: the one chosen while it is open, else
    the workshop's open round, else the chosen or latest one (closed)."""
    if presentation.workshop_id is None:
        return None
    rounds = voting.list_rounds(s, presentation.workshop_id)
    chosen = next((r for r in rounds if r.id == presentation.round_id), None)
    if chosen is not None and chosen.is_open:
        return chosen
    open_rounds = [r for r in rounds if r.is_open]
    if open_rounds:
        return open_rounds[-1]
    return chosen or (rounds[-1] if rounds else None)


class Slide(QWidget):
    """One kind of content. ``TOPICS``: the ``AppContext.changed`` topics it follows;
    ``POLL``: whether the window asks it once a second (:meth:`poll`)."""

    TOPICS: tuple[str, ...] = ()
    POLL = False
    MIN_FACTOR = 0.48  # the smallest share of the window's body size tried to fit it all

    def __init__(self, presentation: Presentation) -> None:
        super().__init__()
        self.presentation = presentation
        self.ctx = presentation.ctx
        self.dirty = True
        self.unit = 12.0

    def refresh(self) -> None:
        self.dirty = False
        self.load()
        self.apply_unit()

    def load(self) -> None:
        """Read what the slide shows."""

    def quiet_read(self, work: Callable[[Session], T]) -> T | None:
        """``work`` in one unit of work; None when refused (a deleted workshop or round):
        the projector never shows a message box, the slide shows what it has."""
        done = Op(self, self.ctx).run(work, on_refusal=lambda _message: None)
        return done.value if done else None

    def set_unit(self, points: float) -> None:
        self.unit = points
        self.apply_unit()

    def apply_unit(self) -> None:
        """Set the type from :attr:`unit`."""

    def typeface(self, factor: float, bold: bool = False) -> QFont:
        return point_font(self.unit * factor, bold)

    def pixels(self, factor: float) -> int:
        return round(self.unit * factor * (self.logicalDpiY() or 96) / 72)

    def overflows(self) -> bool:
        return False

    def poll(self) -> bool:
        """Look again (phones and the kiosk vote unannounced); True if anything changed."""
        return False

    def scroll_by(self, pages: int) -> None:
        """Page forward (or back) through a slide longer than the screen."""


class TitleSlide(Slide):
    """The workshop's title, the cluster, date and venue: before things start."""

    TOPICS = ("workshops", "profile")

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.title = text_label("presenter_title")
        self.subtitle = text_label("presenter_subtitle")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)

    def load(self) -> None:
        workshop_id = self.presentation.workshop_id
        profile = self.quiet_read(get_profile)
        summary = (self.quiet_read(lambda s: workshop_summary(s, workshop_id))
                   if workshop_id is not None else None)
        if summary is None:
            self.title.setText(profile.name if profile is not None and profile.name
                               else APP_NAME)
            self.subtitle.setText("")
            return
        when = ""
        if summary.date is not None:
            when = QLocale().toString(QDate(summary.date.year, summary.date.month,
                                            summary.date.day), QLocale.FormatType.LongFormat)
        self.title.setText(summary.title)
        self.subtitle.setText("\n".join(p for p in (profile.name, " · ".join(
            p for p in (when, summary.venue) if p)) if p))

    def apply_unit(self) -> None:
        self.title.setFont(self.typeface(2.0, bold=True))
        self.subtitle.setFont(self.typeface(1.1))
        self.layout().setSpacing(self.pixels(0.6))


class FaqSlide(Slide):
    """The answer open on the FAQ page, in large type. A long one keeps a size the
    back of the room can read and scrolls with the answer on the laptop (or with
    Page Down / Page Up on the presenter window, as a presentation clicker sends)."""

    MIN_FACTOR = 0.75

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.browser = QTextBrowser()
        self.browser.setObjectName("presenter_faq")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for policy in (self.browser.setHorizontalScrollBarPolicy,
                       self.browser.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.viewport().setAutoFillBackground(False)
        presentation.scrolled.connect(self.scroll_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def load(self) -> None:
        entry = self.presentation.faq_entry
        muted = muted_text(self.palette()).name()
        self.browser.document().setDefaultStyleSheet(f"p.source {{ color: {muted}; }}")
        self.browser.setHtml(render_html(entry) if entry is not None else "")

    def apply_unit(self) -> None:
        font = self.typeface(1.0)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.scroll_to(self.presentation.faq_scroll)

    def scroll_to(self, share: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(share * bar.maximum()))

    def scroll_by(self, pages: int) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def overflows(self) -> bool:
        document = self.browser.document()
        document.setTextWidth(self.browser.viewport().width())
        return document.size().height() > self.browser.viewport().height()


class ProjectedQuadrantModel(QuadrantModel):
    """A SWOT quadrant as the room sees it: texts and dots; no names, nothing to edit."""

    def __init__(self, quadrant: str, parent=None) -> None:
        super().__init__(quadrant, parent=parent)
        self.show_attributions = False

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.ToolTipRole, SubTextRole):
            return None  # both would name who said it
        return super().data(index, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class TitledList(QFrame):
    """A coloured title strip over a list of cards (a SWOT quadrant, a TOWS cell)."""

    def __init__(self, model, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = model
        self.header = text_label(f"{name}_header", Qt.AlignmentFlag.AlignLeft)
        self.view = card_list(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

    def set_type(self, header: QFont, items: QFont, margin: int) -> None:
        self.header.setFont(header)
        self.header.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.view.setFont(items)
        self.view.setContentsMargins(margin // 2, 0, margin // 2, 0)
        self.view.scheduleDelayedItemsLayout()

    def colour(self, palette: QPalette, body: QuadrantColours, strip: QuadrantColours) -> None:
        apply_colours(self, body, palette)
        strip_colours(self.header, palette, strip)

    def texts(self) -> list[str]:
        return [r.text for r in self.model.records()]


class SwotSlide(Slide):
    """The four quadrants, live, with their dots; nothing selected."""

    TOPICS = (cmd.SWOT, "members", "workshops")

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.quadrants: dict[str, TitledList] = {}
        for n, (key, _label) in enumerate(SWOT_QUADRANTS):
            panel = TitledList(ProjectedQuadrantModel(key, self), f"presenter_quadrant_{key}")
            self.quadrants[key] = panel
            grid.addWidget(panel, n // 2, n % 2)
        for i in (0, 1):
            grid.setRowStretch(i, 1)
            grid.setColumnStretch(i, 1)

    def load(self) -> None:
        board = {k: [] for k in self.quadrants}
        workshop_id = self.presentation.workshop_id
        if workshop_id is not None:  # a deleted workshop: an empty board
            board = self.quiet_read(
                lambda s: swot_service.items_by_quadrant(s, workshop_id)) or board
        palette = self.palette()
        for key, panel in self.quadrants.items():
            panel.model.refresh(board[key])
            count = len(board[key])
            name = self.tr(QUADRANT_NAMES[key])
            panel.header.setText(f"{name} ({count})" if count else name)
            colours = quadrant_colours(palette, key)
            panel.colour(palette, colours, colours)

    def apply_unit(self) -> None:
        self.layout().setSpacing(self.pixels(0.3))
        for panel in self.quadrants.values():
            panel.set_type(self.typeface(0.95, bold=True), self.typeface(0.8), self.pixels(0.4))

    def overflows(self) -> bool:
        self.balance_rows()
        return any(list_overflows(p.view) for p in self.quadrants.values())

    def balance_rows(self) -> None:
        """As on the board: each row's share of the height follows what its fuller
        quadrant holds (30-70 %), so long items on top need not shrink the type while
        the bottom row has room to spare."""
        needs = []
        for row in (0, 1):
            panels = [self.quadrants[key] for n, (key, _l) in enumerate(SWOT_QUADRANTS)
                      if n // 2 == row]
            needs.append(max(_cards_height(p.view) + p.height() - p.view.viewport().height()
                             for p in panels))
        share = min(0.7, max(0.3, needs[0] / max(1, sum(needs))))
        top = round(share * 100)
        grid = self.layout()
        if isinstance(grid, QGridLayout) and (grid.rowStretch(0), grid.rowStretch(1)) != (
                top, 100 - top):
            grid.setRowStretch(0, top)
            grid.setRowStretch(1, 100 - top)
            grid.activate()
            for panel in self.quadrants.values():
                panel.layout().activate()


class TowsSlide(Slide):
    """The strategies where the SWOT's rows and columns meet, with what they draw on."""

    TOPICS = (cmd.TOWS, cmd.SWOT, "workshops")

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        grid = self.grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.headers: dict[str, QLabel] = {}
        for key, row, col in (("S", 0, 1), ("W", 0, 2), ("O", 1, 0), ("T", 2, 0)):
            label = text_label(f"presenter_tows_{key}")
            label.setText(self.tr(QUADRANT_NAMES[key]))
            self.headers[key] = label
            grid.addWidget(label, row, col)
        self.cells: dict[str, TitledList] = {}
        for kind, row, col in CELLS:
            cell = TitledList(StrategyModel(kind, self), f"presenter_tows_{kind}")
            cell.header.setText(f"{kind} — {self.tr(CELL_HINTS[kind])}")
            self.cells[kind] = cell
            grid.addWidget(cell, row, col)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def load(self) -> None:
        cells: dict = {}
        workshop_id = self.presentation.workshop_id
        if workshop_id is not None:
            cells = self.quiet_read(lambda s: tows_service.grid(s, workshop_id)) or {}
        palette = self.palette()
        for key, label in self.headers.items():
            strip_colours(label, palette, quadrant_colours(palette, key))
        for kind, cell in self.cells.items():
            cell.model.refresh(cells.get(kind, []))
            neutral = neutral_colours(palette)
            cell.colour(palette, neutral, neutral)

    def apply_unit(self) -> None:
        self.grid.setSpacing(self.pixels(0.3))
        margin = self.pixels(0.35)
        for label in self.headers.values():
            label.setFont(self.typeface(0.85, bold=True))
            label.setContentsMargins(margin, margin, margin, margin)
        self.grid.setColumnMinimumWidth(
            0, max(self.headers[k].sizeHint().width() for k in ("O", "T")))
        for cell in self.cells.values():
            cell.set_type(self.typeface(0.7, bold=True), self.typeface(0.7), margin)

    def overflows(self) -> bool:
        return any(list_overflows(c.view) for c in self.cells.values())


class ProjectedPriorityModel(PriorityModel):
    """The priorities as a numbered list the room reads ("1.", "2." ...), nothing to edit."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self.record(index.row()).number}."
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return super().data(index, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class PrioritiesSlide(Slide):
    """The candidate priorities in ballot order."""

    TOPICS = (cmd.PRIORITIES, "workshops")

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.heading = text_label("presenter_priorities_heading", Qt.AlignmentFlag.AlignLeft)
        self.heading.setText(self.tr("Candidate priorities"))
        self.model = ProjectedPriorityModel(parent=self)
        self.view = QTableView()
        self.view.setObjectName("presenter_priorities")
        self.view.setModel(self.model)
        read_only_view(self.view)
        self.view.setShowGrid(False)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setVisible(False)
        self.view.verticalHeader().setVisible(False)
        for column in range(2, self.model.columnCount()):
            self.view.setColumnHidden(column, True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.viewport().setAutoFillBackground(False)
        self.empty = text_label("presenter_priorities_empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def load(self) -> None:
        rows = []
        workshop_id = self.presentation.workshop_id
        if workshop_id is not None:
            rows = self.quiet_read(
                lambda s: priority_service.list_priorities(s, workshop_id)) or []
        self.model.refresh(rows)
        self.empty.setText("" if rows else self.tr("No candidate priorities yet."))
        self.empty.setVisible(not rows)

    def apply_unit(self) -> None:
        self.heading.setFont(self.typeface(1.3, bold=True))
        self.view.setFont(self.typeface(1.0))
        self.empty.setFont(self.typeface(1.0))
        self.layout().setSpacing(self.pixels(0.5))
        numbers = QFontMetrics(self.view.font()).horizontalAdvance("99.")
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(0, numbers + self.pixels(0.8))
        self.fit_rows()

    def fit_rows(self) -> None:
        """Rows as tall as their wrapped titles, with air between them."""
        self.view.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            self.view.setRowHeight(row, self.view.rowHeight(row) + self.pixels(0.3))

    def overflows(self) -> bool:
        self.fit_rows()
        rows = self.model.rowCount()
        return sum(self.view.rowHeight(r) for r in range(rows)) > self.view.viewport().height()


class TurnoutSlide(Slide):
    """How many have voted in the open round: a count and a bar, never a name."""

    TOPICS = ("voting", "attendance", "members", "workshops")
    POLL = True

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.round_label = text_label("presenter_round")
        self.count_label = text_label("presenter_turnout")
        self.bar = QProgressBar()
        self.bar.setObjectName("presenter_turnout_bar")
        self.bar.setTextVisible(False)
        self.state_label = text_label("presenter_round_state")
        self._shown: tuple = ()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.round_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.state_label)
        layout.addStretch(1)

    def read(self) -> tuple:
        """(participants' language, title, is open, voted, voters); the language
        alone without a round to show."""
        def count(s):
            lang = projector.participant_language(s, self.presentation.workshop_id,
                                                  languages.current())
            info = turnout_round(s, self.presentation)
            if info is None:
                return (lang,)
            progress = voting.round_progress(s, info.id)
            return (lang, info.title, info.is_open, progress.voted, progress.voters)

        return self.quiet_read(count) or (languages.current(),)

    def load(self) -> None:
        self.show_turnout(self.read())

    def show_turnout(self, shown: tuple) -> None:
        """The room's words (the participants' language: ``shown[0]``)."""
        self._shown = shown
        t = self.t = Texts("participant", shown[0] if shown else languages.current())
        if len(shown) < 5:
            self.round_label.setText(projector.round_state(t, None))
            self.count_label.setText("")
            self.state_label.setText("")
            self.bar.setVisible(False)
            return
        _lang, title, is_open, voted, voters = shown
        self.round_label.setText(title)
        self.count_label.setText(projector.turnout(t, voted, voters))
        self.bar.setVisible(True)
        self.bar.setRange(0, max(voters, 1))
        self.bar.setValue(min(voted, max(voters, 1)))
        self.state_label.setText(projector.round_state(t, is_open))

    def poll(self) -> bool:
        shown = self.read()
        if shown == self._shown:
            return False
        self.show_turnout(shown)
        return True

    def apply_unit(self) -> None:
        self.round_label.setFont(self.typeface(1.4, bold=True))
        self.count_label.setFont(self.typeface(3.2, bold=True))
        self.state_label.setFont(self.typeface(1.0))
        self.bar.setFixedHeight(self.pixels(0.9))
        self.layout().setSpacing(self.pixels(0.6))


class JoinSlide(TurnoutSlide):
    """How phones join: the address and its QR code, the steps, and the turnout."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.url_label = text_label("presenter_join_url")
        self.qr = QLabel()
        self.qr.setObjectName("presenter_join_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.steps = text_label("presenter_join_steps")
        self.url = ""
        self._scale = 0
        layout = self.layout()
        while layout.count():  # the same parts as the turnout, in another order
            layout.takeAt(0)
        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.round_label)
        left.addWidget(self.url_label)
        left.addWidget(self.steps)
        left.addWidget(self.count_label)
        left.addWidget(self.bar)
        left.addWidget(self.state_label)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.qr, 1)
        layout.addLayout(row)

    def phone(self) -> PhoneVotingWindow | None:
        workshop = self.presentation.workshop_id
        return phone_window(workshop, self.presentation.round_id) if workshop else None

    def read(self) -> tuple:
        window = self.phone()
        return (*super().read(), window.url if window is not None else "")

    def show_turnout(self, shown: tuple) -> None:
        super().show_turnout(shown[:-1] if len(shown) > 1 else shown)
        self._shown = shown
        url = shown[-1] if len(shown) > 1 else ""
        self.url_label.setText(url)
        self.url_label.setVisible(bool(url))
        self.qr.setVisible(bool(url))
        self.steps.setText(projector.join_sentence(self.t, bool(url)))
        if url != self.url:
            self.url, self._scale = url, 0
            self.fit_qr()

    def fit_qr(self) -> None:
        """The QR code as large as its place allows, at whole pixels a module."""
        if not self.url:
            self.qr.clear()
            return
        side = min(self.qr.width(), self.qr.height())
        scale = max(2, side // qr_modules(self.url))
        if scale != self._scale:
            self._scale = scale
            self.qr.setPixmap(qr_pixmap(self.url, scale))

    def apply_unit(self) -> None:
        super().apply_unit()
        self.round_label.setFont(self.typeface(1.1, bold=True))
        self.url_label.setFont(self.typeface(1.3, bold=True))
        self.steps.setFont(self.typeface(0.9))
        self.count_label.setFont(self.typeface(1.6, bold=True))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_qr()


class SlideTable(TableModel):
    """The Results tab's table model, in the slide's type size."""

    unit = 12.0

    def _fonts(self) -> None:
        self.font_plain = point_font(self.unit * 0.8)
        self.font_bold = point_font(self.unit * 0.8, bold=True)
        self.font_header = point_font(self.unit * 0.65, bold=True)


def set_chart_type(view: QChartView, names: QFont, figures: QFont, scale: QFont) -> None:
    """The chart's type in the slide's sizes (it lays itself out again when told)."""
    chart = view.chart()
    chart.setTitleFont(names)
    for axis in chart.axes(Qt.Orientation.Vertical):
        axis.setLabelsFont(names)
    for axis in chart.axes(Qt.Orientation.Horizontal):
        axis.setLabelsFont(scale)
        axis.setTitleFont(scale)
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                bar_set.setLabelFont(figures)


class ResultsSlide(Slide):
    """A round's results once put up from the Results tab: headline, agreement,
    ranking and chart, and how each option moved since the previous round."""

    TOPICS = ("voting", "priorities", "attendance", "members")
    POLL = True  # an open round's phone and kiosk ballots

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.waiting = text_label("presenter_results_waiting")
        self.round_label = text_label("presenter_results_round", Qt.AlignmentFlag.AlignLeft)
        # which results: the view and weights chosen on the Results tab, and the ballots
        self.view_label = text_label("presenter_results_view", Qt.AlignmentFlag.AlignLeft)
        self.headline = text_label("presenter_results_headline", Qt.AlignmentFlag.AlignLeft)
        self.agreement = text_label("presenter_results_agreement", Qt.AlignmentFlag.AlignLeft)
        self.ranking_model = SlideTable(self)
        self.ranking_view = table(self.ranking_model)
        self.ranking_view.setObjectName("presenter_ranking")
        self.chart = ResultChart()
        self.chart.setObjectName("presenter_chart")
        self.compare_label = text_label("presenter_results_compare", Qt.AlignmentFlag.AlignLeft)
        self.figures = None
        self._ballots = -1
        top = QHBoxLayout()
        top.addWidget(self.ranking_view, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.chart, 1)
        self.panel = QWidget()
        body = QVBoxLayout(self.panel)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.round_label)
        body.addWidget(self.view_label)
        body.addWidget(self.headline)
        body.addWidget(self.agreement)
        body.addLayout(top, 1)
        body.addWidget(self.compare_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def load(self) -> None:
        shown = self.presentation.results
        self.figures = None
        secret_open = False
        if shown is not None:

            def read(s):
                info = voting.get_round(s, shown.round_id)
                ballots = voting.round_progress(s, shown.round_id).ballots
                if info.is_open and info.anonymity == "secret":
                    # figures that change with each ballot, before the room's eyes,
                    # would show what the voter who just voted chose
                    return None, ballots, True
                return (round_figures(s, shown.round_id, shown.view, shown.use_weights),
                        ballots, False)

            got = self.quiet_read(read)
            if got is not None:
                self.figures, self._ballots, secret_open = got
        if self.figures is None:
            self.waiting.setText(
                self.tr("The results of a secret round are shown here once it is closed.")
                if secret_open else self.tr("The results will be shown here."))
            self.stack.setCurrentWidget(self.waiting)
            return
        rr = self.figures.result
        result = rr.result
        title = rr.round.title
        if rr.round.is_open:
            title = self.tr("{0} (still open: not the final result)").format(title)
        self.round_label.setText(title)
        self.view_label.setText(view_text(rr))
        self.headline.setText(headline_text(result))
        self.agreement.setText(agreement_text(result))
        rows, strong = ranking_rows(result)
        headers = [self.tr("Place"), self.tr("Option"), score_heading(result.method),
                   self.tr("Note")]
        comparison = self.figures.comparison
        self.compare_label.setVisible(comparison is not None)
        if comparison is not None:
            # the round comparison, compact: a move per option, the ones left out in a line
            sentence, _headers, moves = comparison_table(comparison, self.figures.previous)
            move_of = {m[0]: m[3] for m in moves}
            headers.append(self.tr("Move"))
            rows = [[*r, move_of.get(r[1], "")] for r in rows]
            # those no longer in the vote, grouped by why they left
            left: dict[str, list[str]] = {}
            for mv in comparison.moves:
                if mv.position_after is None:
                    left.setdefault(mv.left_because, []).append(mv.option)
            for why in sorted(left, key=lambda w: w != "consensus"):
                reason = left_text(why, self.figures.previous)
                sentence += " " + self.tr("{0}: {1}.").format(
                    reason[:1].upper() + reason[1:], "; ".join(left[why]))
            self.compare_label.setText(sentence)
        self.ranking_model.set_rows(headers, rows, strong)
        self.chart.show_result(result)
        self.stack.setCurrentWidget(self.panel)

    def apply_unit(self) -> None:
        self.waiting.setFont(self.typeface(1.4))
        self.round_label.setFont(self.typeface(0.8))
        self.view_label.setFont(self.typeface(0.8, bold=True))
        self.headline.setFont(self.typeface(1.3, bold=True))
        self.agreement.setFont(self.typeface(0.95))
        self.compare_label.setFont(self.typeface(0.75))
        self.panel.layout().setSpacing(self.pixels(0.3))
        if self.figures is None:
            return
        self.ranking_model.unit = self.unit
        model = self.ranking_model
        model.set_rows(model.headers, model.rows, model.strong, model.tips)
        fit_height(self.ranking_view)
        names = self.typeface(0.8)
        set_chart_type(self.chart, names, self.typeface(0.85, bold=True), self.typeface(0.6))
        # room for each name on two lines; given less, the chart shrinks them itself
        lines = QFontMetrics(names).lineSpacing()
        self.chart.setMinimumHeight(lines * (2 * len(model.rows) + 3))

    def overflows(self) -> bool:
        if self.figures is None:
            return False
        width = self.panel.width()
        spacing = self.panel.layout().spacing()
        labels = [self.round_label, self.view_label, self.headline, self.agreement]
        if self.compare_label.isVisibleTo(self):
            labels.append(self.compare_label)
        needed = sum(label.heightForWidth(width) + spacing for label in labels)
        needed += max(self.ranking_view.height(), self.chart.minimumHeight())
        return needed > self.height()

    def poll(self) -> bool:
        shown = self.presentation.results
        if shown is None:
            return False
        ballots = self.quiet_read(lambda s: voting.round_progress(s, shown.round_id).ballots)
        if ballots is None or ballots == self._ballots:
            return False
        self.refresh()
        return True


SLIDES: dict[str, type[Slide]] = {
    "title": TitleSlide, "faq": FaqSlide, "swot": SwotSlide, "tows": TowsSlide,
    "priorities": PrioritiesSlide, "turnout": TurnoutSlide, "join": JoinSlide,
    "results": ResultsSlide,
}


def make_slide(kind: str, presentation: Presentation) -> Slide:
    return SLIDES[kind](presentation)
