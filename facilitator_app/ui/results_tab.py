"""The Results tab: what the room decided, readable on the projector.

For the chosen round: the ranking (positions, scores, ties marked, winners
highlighted), a bar chart, the agreement in plain words with its figure
("moderate agreement (W = 0.44)", bands in
``services.voting.KENDALL_W_BANDS``), the figures per option (support,
blocks, median and spread for gradients; mean and agreement for ratings;
support for dots and approval), the impact / feasibility 2x2 of a
two-criteria score round, and how ranking and agreement moved since the
previous round. Results can be shown for all voters, firms only or one
member type, with or without vote weights.

Results of an open round stay hidden until the facilitator presses "Show
results": a room that sees a running count votes differently. The kiosk
never shows any result.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.domain import MEMBER_TYPES
from facilitator_app.core.voting import QUADRANTS, RatingDetails, TallyResult, method_spec
from facilitator_app.core.voting_words import cns_words, p_value_words
from facilitator_app.services import voting
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.flow_layout import FlowLayout
from facilitator_app.ui.operation import Op
from facilitator_app.ui.result_chart import ResultChart
from facilitator_app.ui.round_dialog import view_choices
from facilitator_app.ui.voting_common import (
    HUE_GOOD,
    keep_rows_fitted,
    method_label,
    number,
    percent,
    projector_font,
    score_heading,
    status_label,
    tint,
)


class TableModel(QAbstractTableModel):
    """Rows of text with headers; rows flagged ``strong`` are bold and tinted."""

    def __init__(self, parent=None, text_column: int = 1) -> None:
        super().__init__(parent)
        self.text_column = text_column  # left-aligned; the others are centred
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.strong: set[int] = set()
        self.tips: dict[int, str] = {}
        self._fonts()

    def _fonts(self) -> None:
        self.font_plain = projector_font(1.35)
        self.font_bold = projector_font(1.35, bold=True)
        self.font_header = projector_font(1.1, bold=True)

    def set_rows(self, headers: list[str], rows: list[list[str]],
                 strong: set[int] | None = None, tips: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.strong, self.tips = strong or set(), tips or {}
        self._fonts()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.FontRole:
            return self.font_header
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[r][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(r)
        if role == Qt.ItemDataRole.FontRole:
            return self.font_bold if r in self.strong else self.font_plain
        if role == Qt.ItemDataRole.BackgroundRole and r in self.strong:
            return tint(QPalette(), HUE_GOOD, 0.2)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == self.text_column:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def table(model: TableModel, stretch: int = 1) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setProperty("stretch_column", stretch)
    keep_rows_fitted(view, after=lambda: _fix_height(view))
    return view


def _fix_height(view: QTableView) -> None:
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(height)


def fit_height(view: QTableView) -> None:
    """Option column stretched, the others to their contents; no inner scroll bar."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    stretch = int(view.property("stretch_column") or 0)
    if stretch < view.model().columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.resizeRowsToContents()
    _fix_height(view)


def ranking_rows(result: TallyResult) -> tuple[list[list[str]], set[int]]:
    """(Position, Option, Score, Note) per option, and the rows of the winners."""
    tied = {o for group in result.ties for o in group}
    winners = set(result.winners)
    spec = method_spec(result.method)
    rows, strong = [], set()
    for n, r in enumerate(result.ranking):
        position = f"{r.position}=" if r.option in tied else str(r.position)
        score = percent(r.score) if spec.score_is_share else number(r.score)
        notes = []
        if spec.winners_reach_consensus:
            notes.append(_tr("consensus") if r.option in winners else _tr("no consensus"))
        elif r.option in winners:
            notes.append(_tr("winner") if len(winners) == 1 else _tr("tied winner"))
        if r.option in tied and r.option not in winners:
            notes.append(_tr("tie"))
        if r.option in winners:
            strong.add(n)
        rows.append([position, r.option, score, ", ".join(notes)])
    return rows, strong


def _words(text: str) -> str:
    """The agreement words of core.voting_words in the window's language."""
    return QCoreApplication.translate("voting_words", text)  # core.voting_words.CONTEXT


def _fixed(value: float, decimals: int) -> str:
    """A figure of the agreement words with the window's decimal sign ('0,44')."""
    return QLocale().toString(float(value), "f", decimals)


def agreement_cell(tw) -> str:
    """Tastle-Wierman with its words, as the report says it: "0.84 (close agreement)",
    with the window's decimal sign ("0,84 (accord étroit)")."""
    return "–" if tw is None else f"{number(tw)} ({cns_words(tw, _words)})"


def option_figures(result: TallyResult) -> tuple[list[str], list[list[str]]] | None:
    """Figures per option for the methods that have them."""
    order = [r.option for r in result.ranking]
    ratings, counts = result.rating_stats, result.vote_counts
    if ratings and method_spec(result.method).winners_reach_consensus:  # gradients
        headers = ["Option", "Support (1-3)", "Blocks", "Median", "IQR", "Agreement",
                   "Consensus"]
        rows = [[o, percent(ratings[o].support), str(ratings[o].blocks),
                 number(ratings[o].median), number(ratings[o].iqr),
                 agreement_cell(ratings[o].tastle_wierman),
                 "yes" if ratings[o].consensus else "no"] for o in order]
        return headers, rows
    if ratings:  # score
        headers = ["Option", "Mean", "Median", "IQR", "Ratings", "Agreement"]
        rows = [[o, number(ratings[o].mean), number(ratings[o].median), number(ratings[o].iqr),
                 str(ratings[o].ratings), agreement_cell(ratings[o].tastle_wierman)]
                for o in order]
        return headers, rows
    if counts:  # dots, approval
        what = method_spec(result.method).score_heading
        headers = ["Option", what, "Voters", "Support"]
        rows = [[o, number(counts[o].total), str(counts[o].voters), percent(counts[o].support)]
                for o in order]
        return headers, rows
    return None


def move_text(movement: int | None, before: int | None, after: int | None,
              left: str = "", previous=None) -> str:
    """The move of an option since the previous round; for one no longer in the vote,
    why it left (``left``: ``OptionMove.left_because``)."""
    if before is None:
        return _tr("new")
    if after is None:
        return left_text(left, previous)
    if movement:
        return f"▲ {movement}" if movement > 0 else f"▼ {-movement}"
    return "="


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ResultsTab", text, "", n)


def left_text(left: str, previous) -> str:
    """Why an option of the previous round is not in this one, in words."""
    if left == "consensus":
        return (_tr("reached consensus in round {0}").format(previous.number)
                if previous is not None else _tr("reached consensus"))
    return _tr("not carried on")


def type_words(mtype: str | None) -> str:
    """A member type as a view names it ("firms", "Sector association / chamber")."""
    if mtype == "firm":
        return _tr("firms")
    labels = dict(MEMBER_TYPES)
    return _tr(labels[mtype]) if mtype in labels else _tr("no type")


def view_words(view: str) -> str:
    """The name of a result view, as the "Results of" list offers it."""
    return next((_tr(label) for key, label in view_choices() if key == view), view)


def weights_text(ballots) -> str:
    """The weights that counted, per member type: "Weighted votes: firms 2, others 1"."""
    by_type: dict[str | None, set[float]] = {}
    for b in ballots:
        by_type.setdefault(b.group, set()).add(float(b.weight))
    weights = {w for v in by_type.values() for w in v}
    if not weights:
        return _tr("Weighted votes")
    if len(weights) == 1:
        return _tr("Weighted votes (every ballot {0})").format(number(next(iter(weights))))
    # "others": the weight most member types have (the lower one on a tie)
    types_at = {w: sum(1 for v in by_type.values() if v == {w}) for w in weights}
    usual = min(weights, key=lambda w: (-types_at[w], w))
    apart = {k: v for k, v in by_type.items() if v != {usual}}
    parts = [f"{type_words(k)} {'–'.join(number(w) for w in sorted(v))}"
             for k, v in sorted(apart.items(), key=lambda kv: (-max(kv[1]), str(kv[0])))]
    if len(apart) < len(by_type):
        parts.append(_tr("others {0}").format(number(usual)))
    return _tr("Weighted votes: {0}").format(", ".join(parts))


def view_text(rr: voting.RoundResult) -> str:
    """Which results these are: "Firms only · 9 ballots · Weighted votes: firms 2, others 1"."""
    parts = [view_words(rr.view),
             _tr("%n ballot(s)", rr.result.counted)]
    if rr.use_weights:
        parts.append(weights_text(rr.ballots))
    return " · ".join(parts)


@dataclass
class RoundFigures:
    """Everything the results of one round show, read in one unit of work
    (the Results tab and the presenter view draw from the same figures)."""

    result: voting.RoundResult
    matrix: object  # the impact / feasibility 2x2, or None
    comparison: object  # how the round moved since the previous one, or None
    previous: voting.RoundInfo | None


def round_figures(s, round_id: int, view: str, use_weights: bool) -> RoundFigures:
    loaded = voting.load_round(s, round_id)  # read once, every figure from it
    result = loaded.tally(view=view, use_weights=use_weights)
    matrix = loaded.impact_feasibility(view=view, use_weights=use_weights)
    comparison = voting.compare_with_previous(s, round_id, view=view, use_weights=use_weights,
                                              loaded=loaded)
    previous = (voting.get_round(s, result.round.previous_round_id)
                if comparison is not None else None)
    return RoundFigures(result, matrix, comparison, previous)


def headline_text(result: TallyResult) -> str:
    """The result in one line: who came first, or which options reached consensus."""
    if result.counted == 0:
        return _tr("No ballots counted yet.")
    if method_spec(result.method).winners_reach_consensus:
        return (_tr("Consensus reached: {0}").format(", ".join(result.winners))
                if result.winners else _tr("No consensus yet"))
    if len(result.winners) == 1:
        return _tr("First: {0}").format(result.winners[0])
    if result.winners:
        return _tr("Tie for first: {0}").format(", ".join(result.winners))
    return ""


def agreement_text(result: TallyResult) -> str:
    sentence = voting.agreement_sentence(result, _words, _fixed)
    return sentence[:1].upper() + sentence[1:]


def comparison_table(comparison, previous) -> tuple[str, list[str], list[list[str]]]:
    """(the sentence, headers, rows) of how ranking and agreement moved since the
    previous round."""
    lines = [_tr("Compared with {0}.").format(previous.title if previous else "")]
    w = comparison.figures.kendall_w
    if w is not None and w.before is not None and w.after is not None:
        change = float(w.after) - float(w.before)
        word = _tr("rose") if change > 0 else _tr("fell") if change < 0 else _tr("stayed")
        lines.append(_tr("Agreement {0}: W = {1:.2f} → {2:.2f} ({3:+.2f}).").format(
            word, float(w.before), float(w.after), change))
    rows = []
    support = comparison.figures.support or {}
    for mv in comparison.moves:
        s = support.get(mv.option)
        rows.append([
            mv.option,
            "–" if mv.position_before is None else str(mv.position_before),
            "–" if mv.position_after is None else str(mv.position_after),
            move_text(mv.movement, mv.position_before, mv.position_after,
                      mv.left_because, previous),
            percent(s.before if s else None) if support else "",
            percent(s.after if s else None) if support else "",
        ])
    headers = [_tr("Option"), _tr("Place before"), _tr("Place now"), _tr("Move")]
    if support:
        headers += [_tr("Support before"), _tr("Support now")]
    else:
        rows = [r[:4] for r in rows]
    return " ".join(lines), headers, rows


class QuadrantGrid(QWidget):
    """The impact / feasibility 2x2: impact up, feasibility to the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        places = {"major_project": (0, 0), "quick_win": (0, 1),
                  "thankless_task": (1, 0), "fill_in": (1, 1)}
        for key, (row, col) in places.items():
            label = QLabel()
            label.setWordWrap(True)
            label.setFont(projector_font(1.15))
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMargin(label.fontMetrics().height() // 2)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.cells[key] = label
            grid.addWidget(label, row, col)

    def show_matrix(self, matrix) -> None:
        names = dict(QUADRANTS.values())
        lines: dict[str, list[str]] = {k: [] for k in self.cells}
        for option, key in matrix.quadrants.items():
            if key is None:
                continue
            lines[key].append(
                f"• {option} (impact {number(matrix.impact.score_of(option))}, "
                f"feasibility {number(matrix.feasibility.score_of(option))})")
        axes = {"quick_win": "high impact, easy", "major_project": "high impact, hard",
                "fill_in": "low impact, easy", "thankless_task": "low impact, hard"}
        for key, label in self.cells.items():
            label.setText(f"{names[key]} ({axes[key]})\n" + ("\n".join(lines[key]) or "–"))


# below this width (in average characters of the window's font) the ranking
# table goes above the chart rather than beside it
SIDE_BY_SIDE_CHARS = 130


class ResultsTab(QWidget):
    """The Results tab of a workshop."""

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.revealed: set[int] = set()
        self.result: voting.RoundResult | None = None
        self._secret_open = False  # the round shown is secret and still open
        self._dirty = False
        self._wanted_view: str | None = None  # the view a round was set up with

        self.round_combo = QComboBox()
        # as wide as the line allows: a long round title does not widen the window
        self.round_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_combo.setMinimumContentsLength(24)
        self.view_combo = QComboBox()
        # refilled per round ("Firms only (15)"): as wide as its longest entry
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in view_choices():
            self.view_combo.addItem(self.tr(label), key)
        self.weights_check = QCheckBox(self.tr("Vote weights"))
        self.show_button = QPushButton(self.tr("Show results"))
        self.show_button.setObjectName("show_results")
        self.show_button.clicked.connect(self.toggle_reveal)
        self.project_button = QPushButton(self.tr("Show on pro&jector"))
        self.project_button.setObjectName("present_results")
        self.project_button.setToolTip(self.tr(
            "Put these results on the presenter view, the window for the projector (F5 shows "
            "or hides it). Nothing goes there until you press this."))
        self.project_button.clicked.connect(self.toggle_projector)
        self.round_combo.currentIndexChanged.connect(lambda _i: self._round_changed())
        self.view_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.weights_check.toggled.connect(lambda _on: self.refresh())
        round_row = QHBoxLayout()
        round_row.addWidget(QLabel(self.tr("Round")))
        round_row.addWidget(self.round_combo, 1)
        # the choices and buttons wrap onto more lines on a narrow screen
        view_choice = QWidget()
        view_layout = QHBoxLayout(view_choice)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(QLabel(self.tr("Results of")))
        view_layout.addWidget(self.view_combo)
        bar = FlowLayout()
        bar.add_widgets(view_choice, self.weights_check)
        bar.add_gap()
        bar.add_widgets(self.show_button, self.project_button)
        self.adopt_button = QPushButton(self.tr("&Adopt…"))
        self.adopt_button.setObjectName("adopt_priorities")
        self.adopt_button.setToolTip(self.tr(
            "Record what the members decided: adopt priorities of this closed round (one, the "
            "top ones, or all that reached consensus) with a statement. Their action plans "
            "are on the Action plan page."))
        self.adopt_button.clicked.connect(lambda: self.adopt())
        bar.addWidget(self.adopt_button)

        self.hidden_label = QLabel()
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setFont(projector_font(1.4))
        self.hidden_label.setObjectName("results_hidden")

        self.headline = QLabel()
        self.headline.setFont(projector_font(1.9, bold=True))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setObjectName("results_headline")
        self.agreement = QLabel()
        self.agreement.setFont(projector_font(1.5))
        self.agreement.setWordWrap(True)
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        self.agreement.setObjectName("results_agreement")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName("results_note")

        self.ranking_model = TableModel(self)
        self.ranking_view = table(self.ranking_model)
        self.chart = ResultChart()
        # the ranking beside the chart, or above it when the window is narrow (150 %
        # scaling), where side by side the option names would be cut
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(self.ranking_view, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.chart, 1)

        self.figures_model = TableModel(self, text_column=0)
        self.figures_view = table(self.figures_model, stretch=0)
        self.figures_box = QGroupBox(self.tr("Figures per option"))
        QVBoxLayout(self.figures_box).addWidget(self.figures_view)
        self.quadrants = QuadrantGrid()
        self.matrix_box = QGroupBox(self.tr("Impact and feasibility"))
        QVBoxLayout(self.matrix_box).addWidget(self.quadrants)
        self.compare_label = QLabel()
        self.compare_label.setWordWrap(True)
        self.compare_label.setFont(projector_font(1.2))
        self.compare_label.setTextFormat(Qt.TextFormat.PlainText)
        self.compare_model = TableModel(self, text_column=0)
        self.compare_view = table(self.compare_model, stretch=0)
        self.compare_box = QGroupBox(self.tr("Since the previous round"))
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.addWidget(self.compare_label)
        compare_layout.addWidget(self.compare_view)

        panel = QWidget()
        body = QVBoxLayout(panel)
        body.addWidget(self.headline)
        body.addWidget(self.agreement)
        body.addWidget(self.note)
        body.addLayout(top)
        body.addWidget(self.figures_box)
        body.addWidget(self.matrix_box)
        body.addWidget(self.compare_box)
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(panel)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hidden_label)
        self.stack.addWidget(self.scroll)

        layout = QVBoxLayout(self)
        layout.addLayout(round_row)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.changed.connect(self._on_changed)
        from facilitator_app.ui.presenter import presentation_of  # it draws with this module

        self.presentation = presentation_of(ctx)
        self.presentation.changed.connect(self._update_project_button)
        self.reload()

    # ----- data -----------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in ("voting", "priorities", "attendance", "members"):
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.top.direction() != direction:
            self.top.setDirection(direction)
            for index in range(2):  # half the width each, or each its own height
                self.top.setStretch(index, 1 if wide else 0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Refill the round list (keeping the chosen round) and redraw."""
        self._dirty = False
        chosen = self.round_id()
        read = Op(self, self.ctx).run(lambda s: voting.list_rounds(s, self.workshop_id),
                                      on_refusal=self._say)
        if not read:
            return
        rounds = read.value
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for info in rounds:
            self.round_combo.addItem(
                f"{info.number}. {info.title} ({status_label(info.status).lower()})", info.id)
        index = self.round_combo.findData(chosen) if chosen is not None else -1
        self.round_combo.setCurrentIndex(index if index >= 0 else self.round_combo.count() - 1)
        self.round_combo.blockSignals(False)
        self._round_changed(keep_view=chosen == self.round_id())

    def round_id(self) -> int | None:
        return self.round_combo.currentData()

    def select_round(self, round_id: int) -> None:
        self.round_combo.setCurrentIndex(self.round_combo.findData(round_id))

    def _round_changed(self, keep_view: bool = False) -> None:
        round_id = self.round_id()
        if round_id is not None and not keep_view:
            read = Op(self, self.ctx).run(lambda s: voting.get_round(s, round_id),
                                          on_refusal=self._say)
            if not read:
                return
            info = read.value
            for widget, value in ((self.view_combo, info.view_filter),
                                  (self.weights_check, info.use_weights)):
                widget.blockSignals(True)
                if widget is self.view_combo:
                    self._wanted_view = value  # offered once the round's types are known
                    self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(value)))
                else:
                    self.weights_check.setChecked(bool(value))
                widget.blockSignals(False)
        self.refresh()

    def toggle_reveal(self) -> None:
        round_id = self.round_id()
        if round_id is None:
            return
        if round_id in self.revealed:
            self.revealed.discard(round_id)
        else:
            self.revealed.add(round_id)
        self.refresh()

    def toggle_projector(self) -> None:
        """Put the results shown here on the presenter view, or take them off."""
        round_id = self.round_id()
        if round_id is None:
            return
        if self.presentation.results_round() == round_id:
            self.presentation.take_results_off()
        elif self.result is not None and not self._secret_open:
            self.presentation.show_results(self.workshop_id, round_id,
                                           self.view_combo.currentData(),
                                           self.weights_check.isChecked())

    def _update_project_button(self) -> None:
        on = self.round_id() is not None and self.presentation.results_round() == self.round_id()
        self.project_button.setText(self.tr("Take off the pro&jector") if on
                                    else self.tr("Show on pro&jector"))
        self.project_button.setEnabled(on or (self.result is not None
                                              and not self._secret_open))

    def _follow_on_projector(self) -> None:
        """The projector shows what this tab shows of the round: hidden here, off
        there; another view or weighting here, the same there."""
        round_id = self.round_id()
        if round_id is not None and self.presentation.results_round() == round_id:
            if self.result is None:
                self.presentation.take_results_off()
            else:
                self.presentation.show_results(self.workshop_id, round_id,
                                               self.view_combo.currentData(),
                                               self.weights_check.isChecked(), bring_up=False)
        self._update_project_button()

    # ----- drawing ----------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh()
        self._follow_on_projector()
        rr = self.result
        self.adopt_button.setEnabled(
            rr is not None and not rr.round.is_open and rr.result.counted > 0)

    def adopt(self) -> None:
        """Adopt priorities of the round shown (closed rounds only)."""
        round_id = self.round_id()
        if round_id is not None and self.adopt_button.isEnabled():
            from facilitator_app.ui.adopt_dialog import adopt_from_round

            adopt_from_round(self.ctx, round_id, self)

    def _refresh(self) -> None:
        round_id = self.round_id()
        self.result = None
        if round_id is None:
            self.hidden_label.setText(self.tr("No vote round yet: start one on the Voting tab."))
            self.stack.setCurrentWidget(self.hidden_label)
            self.show_button.setVisible(False)
            return
        counted = Op(self, self.ctx).run(
            lambda s: (voting.get_round(s, round_id), voting.ballots_by_type(s, round_id)),
            on_refusal=self._say)
        if not counted:
            return
        self._offer_views(*counted.value)
        view, weights = self.view_combo.currentData(), self.weights_check.isChecked()

        def read(s):
            info = voting.get_round(s, round_id)
            if info.is_open and round_id not in self.revealed:  # hidden: only the turnout
                return info, voting.round_progress(s, round_id), None
            return info, None, round_figures(s, round_id, view, weights)

        done = Op(self, self.ctx).run(read, on_refusal=self._say)
        if not done:
            return
        info, progress, figures = done.value
        # an open secret round's figures never go on the projector: changing
        # with each ballot before the room, they would show what each voter chose
        self._secret_open = info.is_open and info.anonymity == "secret"
        hidden = progress is not None
        self.show_button.setVisible(info.is_open)
        self.show_button.setText(self.tr("Hide results") if not hidden
                                 else self.tr("Show results"))
        if hidden:
            self._say(self.tr(
                "{0} is open: %n of {1} voters (has|have) voted. Results stay hidden "
                "while people vote; press Show results to see them on this screen.",
                "", progress.voted).format(info.title, progress.voters))
            return
        self.result = figures.result
        self._draw(figures.result, figures.matrix, figures.comparison, figures.previous)
        self.stack.setCurrentWidget(self.scroll)

    def _offer_views(self, info, counts: dict[str | None, int]) -> None:
        """"Results of": all voters, then only the member types that voted in the round,
        each with its ballots (a secret round keeps no types: all voters only)."""
        total = sum(counts.values())
        offered = [("all", self.tr("All voters ({0})").format(total))]
        if info.anonymity != "secret":
            for key, label in view_choices()[1:]:
                mtype = "firm" if key == "firms" else key.removeprefix("type:")
                if counts.get(mtype):
                    offered.append((key, f"{self.tr(label)} ({counts[mtype]})"))
        current = self._wanted_view or self.view_combo.currentData()
        self._wanted_view = None
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        for key, text in offered:
            self.view_combo.addItem(text, key)
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(current)))
        self.view_combo.blockSignals(False)
        self.view_combo.setToolTip(self.tr(
            "Secret round: member types are not stored with secret ballots, so only all "
            "voters can be shown.") if info.anonymity == "secret" else self.tr(
            "The member types that voted in this round, with their ballots"))

    def _say(self, text: str) -> None:
        """Words instead of the results (hidden while voting, or why they cannot be shown)."""
        self.hidden_label.setText(text)
        self.stack.setCurrentWidget(self.hidden_label)

    def _draw(self, rr: voting.RoundResult, matrix, comparison, previous) -> None:
        result = rr.result
        info = rr.round
        self.headline.setText(headline_text(result))
        self.agreement.setText(agreement_text(result))
        notes = [self.tr("{0} · %n ballot(s) counted", "", result.counted).format(
            method_label(info.method))]
        p = result.consensus.p_value
        if p is not None:
            notes.append(self.tr("Kendall's W with tie correction: {0}").format(
                p_value_words(p, _words, _fixed)))
        if isinstance(result.details, RatingDetails) and result.details.rule:
            notes.append(result.details.rule)
        if result.problems:
            notes.append(self.tr("%n ballot(s) left out: {0}", "", len(result.problems)).format(
                "; ".join(p.describe() for p in result.problems[:3])))
        if rr.note:
            notes.append(rr.note)
        if info.is_open:
            notes.append(self.tr("The round is still open: these are not final results."))
        self.note.setText("\n".join(notes))

        rows, strong = ranking_rows(result)
        titles = {o.label: o.title for o in info.options}
        self.ranking_model.set_rows(
            [self.tr("Place"), self.tr("Option"), score_heading(result.method), self.tr("Note")],
            rows, strong, {n: titles.get(r[1], r[1]) for n, r in enumerate(rows)})
        fit_height(self.ranking_view)
        self.chart.show_result(result)

        figures = option_figures(result)
        self.figures_box.setVisible(figures is not None and result.counted > 0)
        if figures is not None:
            self.figures_model.set_rows([self.tr(h) for h in figures[0]], figures[1])
            fit_height(self.figures_view)
        self.matrix_box.setVisible(matrix is not None)
        if matrix is not None:
            self.quadrants.show_matrix(matrix)
        self.compare_box.setVisible(comparison is not None)
        if comparison is not None:
            self._draw_comparison(comparison, previous)

    def _draw_comparison(self, comparison, previous) -> None:
        sentence, headers, rows = comparison_table(comparison, previous)
        self.compare_label.setText(sentence)
        self.compare_model.set_rows(headers, rows)
        fit_height(self.compare_view)

    # ----- for tests and exports ---------------------------------------------------
    def ranking(self) -> list[tuple[str, str, str]]:
        """(place, option, score) as the table shows them."""
        return [(r[0], r[1], r[2]) for r in self.ranking_model.rows]

