"""The ranking as a horizontal bar chart, readable from the back of a room.

Best option on top; winners in the palette's highlight colour, the others
in a muted mix of text and background, so it reads in light and dark
mode. Gradients rounds chart the support share in per cent.

QtCharts draws the bars and the value axis; the option names and the
figures at the bar ends are laid out and drawn here. QtCharts hides a
category label that does not fit its band and clips a long one at the
edge, and the names are the chart's point: every name is shown whole,
wrapped at word boundaries into a column sized from the font's metrics.
The chart asks for the height its wrapped names need; given less, it
widens the name column, then makes the names' type smaller, never cuts
them. :meth:`ResultChart.label_rects` and :attr:`ResultChart.painted`
say where each name went and what was drawn.

The fonts are those of the chart's axes and bars (the projector font,
or whatever a caller sets on them later): changing them lays the chart
out again.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from facilitator_app.core.voting import TallyResult, method_spec
from facilitator_app.ui.voting_common import mix, number, projector_font, score_heading

#: The name column takes at most this share of the width, and this much when
#: the height is short (fewer lines per name).
NAME_SHARE = 0.42
NAME_SHARE_SHORT = 0.6
#: How far the names' type may shrink when even the wide column does not fit.
SMALLEST_SHRINK = 0.5
#: QtCharts gives the value axis (figures and title) at most about 40 % of the
#: chart's height and elides the title to "…" beyond; a chart of one or two
#: options is kept tall enough that the axis needs less than this share.
AXIS_SHARE = 0.35
WRAP = int(Qt.TextFlag.TextWordWrap)


def chart_value(method: str, score) -> float:
    if score is None:
        return 0.0
    value = float(score) if isinstance(score, (int, float, Fraction)) else 0.0
    return float(round(value * 100)) if method_spec(method).score_is_share else round(value, 2)


@dataclass
class _Plan:
    """How the names and figures are laid out; QtCharts places the plot in between."""

    column: float  # width of the names' column
    right: float  # room right of the plot for the figures
    pad: float
    name_font: QFont
    figure_font: QFont
    flags: int  # how the names wrap
    heights: list[float]  # each name's wrapped height, best option first
    band: float  # the height a bar's band needs for its name and figure
    fits: bool


def _scaled(font: QFont, factor: float) -> QFont:
    smaller = QFont(font)
    smaller.setPointSizeF(max(4.0, font.pointSizeF() * factor))
    return smaller


class ResultChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.values: list[tuple[str, float]] = []  # best first, as charted
        self.share = False
        self.whole = True
        self.text_colour = QColor()
        self._axis_y: QBarCategoryAxis | None = None
        self._axis_x: QValueAxis | None = None
        self._bars: QBarSet | None = None
        self._plan: _Plan | None = None
        self._natural = 0  # the height the names need (see minimumSizeHint)
        #: (text, rect in this widget's coordinates) of every name and figure
        #: drawn by the last paint
        self.painted: list[tuple[str, QRect]] = []
        self.setChart(QChart())

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    # ----- building ------------------------------------------------------
    def show_result(self, result: TallyResult | None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.text_colour = text
        chart.setBackgroundBrush(QBrush(base))
        chart.setBackgroundRoundness(0)
        self.values = []
        self._axis_y = self._axis_x = self._bars = None
        self._plan = None
        if result is None or result.counted == 0:
            chart.setTitle(self.tr("No ballots yet"))
            chart.setTitleBrush(QBrush(text))
            chart.setTitleFont(projector_font(1.4))
            self._replace(chart)
            self._natural = 0
            self.updateGeometry()
            return
        spec = method_spec(result.method)
        self.share = spec.score_is_share
        self.whole = spec.whole_scores
        self.values = [(r.option, chart_value(result.method, r.score)) for r in result.ranking]
        winners = set(result.winners)
        bar = QBarSet(score_heading(result.method))
        bar.setColor(mix(base, text, 0.45))
        bar.setBorderColor(mix(base, text, 0.45))
        bar.setSelectedColor(palette.color(QPalette.ColorRole.Highlight))
        bar.setLabelColor(text)
        bar.setLabelFont(projector_font(1.3, bold=True))
        categories = []
        for index, (option, value) in enumerate(reversed(self.values)):  # best ends on top
            bar.append(value)
            categories.append(option)
            if option in winners:
                bar.selectBar(index)
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(False)  # the figures are drawn here (see drawForeground)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_y.setLabelsFont(projector_font(1.25))
        axis_y.setLabelsVisible(False)  # the names are drawn here, whole
        axis_y.setGridLineVisible(False)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        top = max((v for _, v in self.values), default=0.0)
        if self.share:
            axis_x.setRange(0, 100)
            axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
            axis_x.setTickAnchor(0)
            axis_x.setTickInterval(25)
            axis_x.setLabelFormat("%d %%")
        else:
            low = min(0.0, min(v for _, v in self.values))
            axis_x.setRange(low, max(1.0, top))
            axis_x.applyNiceNumbers()
            if self.whole and axis_x.max() - axis_x.min() < 4:
                # whole figures on a short scale (one option, 0 points): a tick per
                # unit, not "0 0 0 0 0 1" from ticks at 0.2
                axis_x.setRange(low, max(1.0, float(int(top) + (top > int(top)))))
                axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
                axis_x.setTickAnchor(0)
                axis_x.setTickInterval(1)
            axis_x.setLabelFormat("%d" if self.whole else "%.1f")
        axis_x.setLabelsFont(projector_font(1.0))
        axis_x.setTruncateLabels(False)  # room is kept right of the plot (see _candidate)
        axis_x.setLabelsBrush(QBrush(text))
        axis_x.setGridLineColor(mix(base, text, 0.15))
        axis_x.setTitleText(score_heading(result.method))
        axis_x.setTitleBrush(QBrush(text))
        axis_x.setTitleFont(projector_font(1.0))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        self._axis_y, self._axis_x, self._bars = axis_y, axis_x, bar
        # a caller may set other fonts afterwards (the presenter view does)
        for signal in (axis_y.labelsFontChanged, axis_x.labelsFontChanged,
                       axis_x.titleFontChanged, bar.labelFontChanged):
            signal.connect(lambda *_: self.relayout())
        chart.plotAreaChanged.connect(lambda *_: self.viewport().update())
        self._replace(chart)
        self.relayout()

    # ----- layout ----------------------------------------------------------
    MARGIN = 8.0

    def figure_text(self, value: float) -> str:
        return f"{number(value)} %" if self.share else number(value)

    def name_font(self) -> QFont:
        """The names' type as laid out (smaller than the axis font only when squeezed)."""
        if self._plan is not None:
            return self._plan.name_font
        return self._axis_y.labelsFont() if self._axis_y is not None else self.font()

    def name_flags(self) -> int:
        """How the names wrap: at word boundaries, or anywhere for a word wider
        than the column."""
        return self._plan.flags if self._plan is not None else WRAP

    def _below_plot(self) -> float:
        """The height under the plot: the value axis's figures and title."""
        assert self._axis_x is not None
        ticks = QFontMetricsF(self._axis_x.labelsFont())
        title = QFontMetricsF(self._axis_x.titleFont())
        estimate = ticks.height() + title.height() + 3 * max(4.0, ticks.averageCharWidth())
        chart = self.chart()
        laid_out = chart.size().height() - chart.plotArea().bottom()
        return max(estimate, laid_out if chart.plotArea().height() > 10 else 0.0)

    def _candidate(self, width: float, plot_height: float | None, shrink: float,
                   share: float) -> _Plan:
        """The names' type times ``shrink`` in at most ``share`` of the width;
        ``fits`` when every band of a plot ``plot_height`` high holds its name."""
        assert self._axis_y is not None and self._axis_x is not None and self._bars is not None
        names = [option for option, _ in self.values]
        ticks = QFontMetricsF(self._axis_x.labelsFont())
        pad = max(4.0, ticks.averageCharWidth())
        widest_tick = ticks.horizontalAdvance(self.figure_text(self._axis_x.max()))
        name_font = _scaled(self._axis_y.labelsFont(), shrink)
        figure_font = _scaled(self._bars.labelFont(), shrink)
        names_fm = QFontMetricsF(name_font)
        figures_fm = QFontMetricsF(figure_font)
        figure_w = max(figures_fm.horizontalAdvance(self.figure_text(v)) for _, v in self.values)
        right = max(figure_w + 2 * pad, widest_tick / 2 + pad) + self.MARGIN
        widest = max(names_fm.horizontalAdvance(n) for n in names)
        longest_word = max(names_fm.horizontalAdvance(w) for n in names for w in n.split())
        room = max(40.0, width * share)
        column = min(widest, max(room, min(longest_word, width * NAME_SHARE_SHORT)))
        flags = WRAP if longest_word <= column + 0.5 else int(Qt.TextFlag.TextWrapAnywhere)
        heights = [names_fm.boundingRect(QRectF(0, 0, column, 1e6), flags, n).height()
                   for n in names]
        band = max(max(heights) + pad, figures_fm.height() * 1.4)
        fits = plot_height is not None and band * len(names) <= plot_height + 0.5
        return _Plan(column, right, pad, name_font, figure_font, flags, heights, band, fits)

    def _choose(self, width: float, plot_height: float) -> _Plan:
        """The roomiest plan for the plot's height: full-size names in the normal
        column, else in a wider one, else in smaller type."""
        plan = None
        for shrink in (1.0, 0.9, 0.8, 0.7, 0.6, SMALLEST_SHRINK):
            for share in (NAME_SHARE, NAME_SHARE_SHORT):
                plan = self._candidate(width, plot_height, shrink, share)
                if plan.fits:
                    return plan
        assert plan is not None
        return plan

    def natural_height(self, width: int | None = None) -> int:
        """The height at which every name fits at full size in the normal column."""
        if self._axis_y is None:
            return 0
        w = float(width if width is not None else max(self.viewport().width(), 200))
        plan = self._candidate(w, None, 1.0, NAME_SHARE)
        below = self._below_plot()
        content = max(plan.band * len(self.values) + below, below / AXIS_SHARE)
        return int(self.MARGIN * 2 + content + 1)

    def relayout(self) -> None:
        chart = self.chart()
        if chart is None or self._axis_y is None:
            return
        natural = self.natural_height()
        if natural != self._natural:
            self._natural = natural
            self.updateGeometry()  # the layout is asked for it; squeezed, the names shrink
        size = self.viewport().size()
        plot_height = size.height() - self.MARGIN * 2 - self._below_plot()
        self._plan = self._choose(float(size.width()), plot_height)
        left = self.MARGIN + self._plan.column + self._plan.pad
        chart.setMargins(QMargins(round(left), round(self.MARGIN), round(self._plan.right),
                                  round(self.MARGIN)))
        if self.share and self._axis_x is not None:  # every 25 %, or 50 % when narrow
            ticks = QFontMetricsF(self._axis_x.labelsFont())
            plot_width = size.width() - left - self._plan.right
            crowded = plot_width < 5 * (ticks.horizontalAdvance("100 %") + self._plan.pad)
            self._axis_x.setTickInterval(50 if crowded else 25)
        self.viewport().update()

    def sizeHint(self) -> QSize:
        """As high as the names need (a graphics view would ask for its whole scene)."""
        return QSize(super().sizeHint().width(), max(self._natural, 120))

    def minimumSizeHint(self) -> QSize:
        """The height the names need at full size: a layout gives it unless told
        otherwise (``setMinimumHeight``), and given less the names shrink."""
        return QSize(super().minimumSizeHint().width(), max(self._natural, 120))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def _placed(self) -> tuple[list[QRectF], list[QRectF]]:
        """Each name's and figure's rectangle around the plot QtCharts laid out."""
        plan = self._plan
        if plan is None or self._axis_x is None or not self.values:
            return [], []
        plot = self.chart().plotArea()
        band = plot.height() / len(self.values)
        low, high = self._axis_x.min(), self._axis_x.max()
        span = (high - low) or 1.0
        figures_fm = QFontMetricsF(plan.figure_font)
        names, figures = [], []
        for i, ((_option, value), h) in enumerate(zip(self.values, plan.heights, strict=True)):
            centre = plot.top() + band * (i + 0.5)
            names.append(QRectF(plot.left() - plan.pad - plan.column, centre - h / 2,
                                plan.column, h))
            end = plot.left() + (max(value, 0.0) - low) / span * plot.width()
            width = figures_fm.horizontalAdvance(self.figure_text(value)) + 2
            figures.append(QRectF(end + plan.pad / 2, centre - figures_fm.height() / 2, width,
                                  figures_fm.height()))
        return names, figures

    def label_rects(self) -> dict[str, QRect]:
        """Where each option's name is laid out, in this widget's coordinates."""
        offset = self.viewport().pos()
        names, _ = self._placed()
        return {option: self.mapFromScene(rect).boundingRect().translated(offset)
                for (option, _), rect in zip(self.values, names, strict=True)}

    def figure_rects(self) -> dict[str, QRect]:
        """Where each option's figure is laid out, in this widget's coordinates."""
        offset = self.viewport().pos()
        _, figures = self._placed()
        return {option: self.mapFromScene(rect).boundingRect().translated(offset)
                for (option, _), rect in zip(self.values, figures, strict=True)}

    # ----- drawing ---------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The names and figures, over the chart (in scene coordinates)."""
        super().drawForeground(painter, rect)
        self.painted = []
        plan = self._plan
        if plan is None:
            return
        names, figures = self._placed()
        offset = self.viewport().pos()
        painter.save()
        painter.setPen(self.text_colour)
        painter.setFont(plan.name_font)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for (option, _), box in zip(self.values, names, strict=True):
            painter.drawText(box, right | plan.flags, option)
            self.painted.append((option, self.mapFromScene(box).boundingRect()
                                 .translated(offset)))
        painter.setFont(plan.figure_font)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for (_, value), box in zip(self.values, figures, strict=True):
            text = self.figure_text(value)
            painter.drawText(box, left, text)
            self.painted.append((text, self.mapFromScene(box).boundingRect().translated(offset)))
        painter.restore()
