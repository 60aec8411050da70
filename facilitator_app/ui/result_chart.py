"""The ranking as a horizontal bar chart (QtCharts), readable from the back of a room.

Best option on top; winners in the palette's highlight colour, the others
in a muted mix of text and background, so it reads in light and dark
mode. Option names are wrapped onto a few lines instead of being cut, and
the fonts follow the projector font scale. Gradients rounds chart the
support share in per cent.
"""

from __future__ import annotations

import html
import textwrap
from fractions import Fraction

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_app.core.voting import TallyResult, method_spec
from facilitator_app.ui.voting_common import mix, projector_font, score_heading

WRAP_CHARS = 28


def wrap_label(text: str, width: int = WRAP_CHARS, lines: int = 3) -> str:
    """An axis label on up to ``lines`` lines (axis labels are rich text: <br> breaks)."""
    parts = textwrap.wrap(text, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: max(1, width - 1)].rstrip() + "…"
    return "<br>".join(html.escape(p, quote=False) for p in parts)


def chart_value(method: str, score) -> float:
    if score is None:
        return 0.0
    value = float(score) if isinstance(score, (int, float, Fraction)) else 0.0
    return float(round(value * 100)) if method_spec(method).score_is_share else round(value, 2)


class ResultChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.values: list[tuple[str, float]] = []  # best first, as charted
        self.setChart(QChart())

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def show_result(self, result: TallyResult | None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        chart.setBackgroundBrush(QBrush(base))
        chart.setBackgroundRoundness(0)
        self.values = []
        if result is None or result.counted == 0:
            chart.setTitle(self.tr("No ballots yet"))
            chart.setTitleBrush(QBrush(text))
            chart.setTitleFont(projector_font(1.4))
            self._replace(chart)
            return
        spec = method_spec(result.method)
        ranking = list(result.ranking)
        self.values = [(r.option, chart_value(result.method, r.score)) for r in ranking]
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
            categories.append(wrap_label(option))
            if option in winners:
                bar.selectBar(index)
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value %" if spec.score_is_share else "@value")
        series.setLabelsPrecision(6)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_y.setLabelsFont(projector_font(1.25))
        axis_y.setLabelsBrush(QBrush(text))
        axis_y.setTruncateLabels(False)
        axis_y.setGridLineVisible(False)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        top = max((v for _, v in self.values), default=0.0)
        if spec.score_is_share:
            axis_x.setRange(0, 112)
            axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
            axis_x.setTickAnchor(0)
            axis_x.setTickInterval(25)
            axis_x.setLabelFormat("%d %%")
        else:
            axis_x.setRange(min(0.0, min(v for _, v in self.values)), max(1.0, top) * 1.15)
            axis_x.applyNiceNumbers()
            axis_x.setLabelFormat("%d" if spec.whole_scores else "%.1f")
        axis_x.setLabelsFont(projector_font(1.0))
        axis_x.setLabelsBrush(QBrush(text))
        axis_x.setGridLineColor(mix(base, text, 0.15))
        axis_x.setTitleText(score_heading(result.method))
        axis_x.setTitleBrush(QBrush(text))
        axis_x.setTitleFont(projector_font(1.0))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        self._replace(chart)
        line = projector_font(1.25)
        self.setMinimumHeight(QFontMetrics(line).lineSpacing() * (3 * len(ranking) + 4))
