"""Bar charts for the workshop report, drawn with reportlab's graphics.

A horizontal bar chart reads best with long priority titles: the labels sit
on the left, the best option on top. Every string in the drawing uses the
bundled DejaVu font (reportlab's default is Helvetica, which is not embedded
and has no "ñ"). Labels in a drawing are plain strings, not paragraph
markup, so they are never escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator_app.export.pdf_common import (
    COLOUR_MUTED,
    COLOUR_RULE,
    FONT_REGULAR,
    register_fonts,
)

MAX_BARS = 20
BAR_ROW = 16.0  # points per bar, gaps included
LABEL_SIZE = 8.0
LABEL_CHARS = 48
COLOUR_WINNER = colors.HexColor("#0f4c64")
COLOUR_BAR = colors.HexColor("#5fa3bf")


@dataclass(frozen=True)
class Bar:
    label: str  # plain text, as typed
    value: float
    highlight: bool = False  # winners / consensus reached


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, FONT_REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT_REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(
    bars: Sequence[Bar],
    width: float,
    *,
    value_label: str = "",
    percent: bool = False,
) -> Drawing:
    """A horizontal bar chart of ``bars`` (best first), ``width`` points wide.

    At most :data:`MAX_BARS` bars are drawn (the caller says so in the text
    when there are more). ``percent``: values are shares 0-1, shown 0-100 %.
    """
    register_fonts()
    bars = list(bars)[:MAX_BARS]
    n = max(len(bars), 1)
    label_width = min(width * 0.45, 230.0)
    plot_width = width - label_width - 40
    top_pad, bottom_pad = 8.0, 30.0
    height = n * BAR_ROW + top_pad + bottom_pad
    drawing = Drawing(width, height)
    # Else the renderer starts in Helvetica. (The ignores here and below: the
    # reportlab stubs lack Drawing's initialFont* and type lengths as int;
    # reportlab takes any number.)
    drawing.initialFontName = FONT_REGULAR  # type: ignore[attr-defined]
    drawing.initialFontSize = LABEL_SIZE  # type: ignore[attr-defined]

    chart = HorizontalBarChart()
    chart.x = label_width + 6  # type: ignore[assignment]
    chart.y = bottom_pad  # type: ignore[assignment]
    chart.width = plot_width  # type: ignore[assignment]
    chart.height = n * BAR_ROW  # type: ignore[assignment]
    scale = 100.0 if percent else 1.0
    values = [b.value * scale for b in bars] or [0.0]
    chart.data = [values]
    labels = [_fit(b.label, label_width - 6, LABEL_SIZE) for b in bars] or [""]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1  # the first (best) bar on top
    chart.categoryAxis.labels.fontName = FONT_REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = COLOUR_RULE
    chart.categoryAxis.tickLeft = 0
    low = min(0.0, *values)
    high = max(values) if max(values) > low else low + 1
    if percent:
        low, high = 0.0, 100.0
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high * 1.08 if high > 0 and not percent else high
    chart.valueAxis.labels.fontName = FONT_REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labels.fillColor = COLOUR_MUTED
    chart.valueAxis.strokeColor = COLOUR_RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7eb")
    chart.valueAxis.visibleGrid = 1
    if percent:
        chart.valueAxis.valueStep = 25
        chart.valueAxis.labelTextFormat = "%d %%"
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = COLOUR_BAR
    for i, bar in enumerate(bars):
        if bar.highlight:
            chart.bars[(0, i)].fillColor = COLOUR_WINNER
    chart.barWidth = BAR_ROW * 0.62  # type: ignore[assignment]
    chart.groupSpacing = BAR_ROW * 0.38  # type: ignore[assignment]
    chart.barLabelFormat = "%.0f %%" if percent else _value_format(values)
    chart.barLabels.fontName = FONT_REGULAR
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = COLOUR_MUTED
    drawing.add(chart)
    if value_label:
        drawing.add(
            String(
                chart.x + plot_width / 2,
                4,
                value_label,
                fontName=FONT_REGULAR,
                fontSize=LABEL_SIZE - 0.5,
                fillColor=COLOUR_MUTED,
                textAnchor="middle",
            )
        )
    drawing.hAlign = "LEFT"
    return drawing


def _value_format(values: Sequence[float]) -> str:
    return "%.0f" if all(float(v).is_integer() for v in values) else "%.2f"

