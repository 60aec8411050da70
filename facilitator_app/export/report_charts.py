"""Charts for the workshop report, drawn with reportlab's graphics.

- :func:`bar_chart`: a horizontal bar chart reads best with long priority
  titles: the labels sit on the left, the best option on top.
- :func:`matrix_chart`: the impact x feasibility 2x2 of a two-criteria
  round: each priority a numbered dot, the four quadrants named.

Every string in a drawing is in the bundled DejaVu font, the technical face
kept for figures (reportlab's default is Helvetica, which is not embedded
and has no "ñ"). Labels are plain strings, not paragraph markup, so they
are never escaped here; they are shaped (:func:`pdf_common.plain`: Arabic
joined and in order, characters the font lacks shown as a marker).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator_app.export.pdf_common import (
    COLOUR_MUTED,
    COLOUR_RULE,
    FONT_BOLD,
    FONT_REGULAR,
    plain,
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
    text = plain(text)
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
    decimal_comma: bool = False,
) -> Drawing:
    """A horizontal bar chart of ``bars`` (best first), ``width`` points wide.

    At most :data:`MAX_BARS` bars are drawn (the caller says so in the text
    when there are more). ``percent``: values are shares 0-1, shown 0-100 %.
    ``decimal_comma``: figures with a decimal comma ("3,25"), for the
    languages that write them so.
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
    if decimal_comma and not percent:
        bar_format, axis_format = _value_format(values), "%g"
        chart.barLabelFormat = lambda v: (bar_format % v).replace(".", ",")
        chart.valueAxis.labelTextFormat = lambda v: (axis_format % v).replace(".", ",")
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
                plain(value_label),
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



# --------------------------------------------------------------------------- the 2x2

QUADRANT_TINTS = {
    "quick_win": colors.HexColor("#e3f1e6"),
    "major_project": colors.HexColor("#e2ecf7"),
    "fill_in": colors.HexColor("#fbf0dc"),
    "thankless_task": colors.HexColor("#eeeff1"),
}
DOT = colors.HexColor("#0f4c64")


def _rect(x: float, y: float, width: float, height: float, fill: colors.Color | None,
          stroke: colors.Color | None) -> Rect:
    rect = Rect(x, y, width, height)  # (colours set after: the stubs mistype Rect's keywords)
    rect.fillColor = fill
    rect.strokeColor = stroke
    return rect


@dataclass(frozen=True)
class Point:
    key: str  # printed in the dot ("3"), explained in the table beside the chart
    x: float  # feasibility
    y: float  # impact


def matrix_chart(
    points: Sequence[Point],
    width: float,
    *,
    low: float,
    high: float,
    names: dict[str, str],
    x_label: str = "Feasibility (mean rating)",
    y_label: str = "Impact (mean rating)",
) -> Drawing:
    """The impact x feasibility matrix, ``width`` points wide at most.

    ``low``..``high`` is the rating scale; the middle splits the quadrants
    (a mean exactly in the middle counts as low, as the engine counts it).
    ``names`` maps the quadrant keys of ``core.voting.QUADRANTS`` to the
    names printed in their corners. Dots at the same place fan out around
    it, so every key stays readable.
    """
    register_fonts()
    side = min(width - 70.0, 300.0)
    left, bottom = 48.0, 36.0
    drawing = Drawing(left + side + 16, bottom + side + 12)
    drawing.initialFontName = FONT_REGULAR  # type: ignore[attr-defined]
    drawing.initialFontSize = LABEL_SIZE  # type: ignore[attr-defined]
    middle = (low + high) / 2
    scale_low, scale_high = low, high
    # Room around the scale, so a dot at an end never hides a quadrant's name.
    pad = max((high - low) / 8, 0.25)
    low, high = low - pad, high + pad
    span = (high - low) or 1.0

    def at_x(v: float) -> float:
        return left + (v - low) / span * side

    def at_y(v: float) -> float:
        return bottom + (v - low) / span * side

    mid_x, mid_y = at_x(middle), at_y(middle)
    top, right = bottom + side, left + side
    for key, (x0, y0, x1, y1) in {
        "major_project": (left, mid_y, mid_x, top),
        "quick_win": (mid_x, mid_y, right, top),
        "thankless_task": (left, bottom, mid_x, mid_y),
        "fill_in": (mid_x, bottom, right, mid_y),
    }.items():
        drawing.add(_rect(x0, y0, x1 - x0, y1 - y0, QUADRANT_TINTS[key], None))
        corner_x = x0 + 5 if key in ("major_project", "thankless_task") else x1 - 5
        corner_y = y1 - 11 if key in ("major_project", "quick_win") else y0 + 5
        drawing.add(String(corner_x, corner_y, plain(names.get(key, key)), fontName=FONT_BOLD,
                           fontSize=LABEL_SIZE, fillColor=COLOUR_MUTED,
                           textAnchor="start" if corner_x < mid_x else "end"))
    drawing.add(_rect(left, bottom, side, side, None, COLOUR_RULE))
    for x0, y0, x1, y1 in ((mid_x, bottom, mid_x, top), (left, mid_y, right, mid_y)):
        drawing.add(Line(x0, y0, x1, y1, strokeColor=COLOUR_MUTED, strokeWidth=0.6,
                         strokeDashArray=[3, 2]))
    step = 1.0 if scale_high - scale_low <= 10 else (scale_high - scale_low) / 5
    tick = scale_low
    while tick <= scale_high + 1e-9:
        label = f"{tick:g}"
        drawing.add(String(at_x(tick), bottom - 11, label, fontName=FONT_REGULAR,
                           fontSize=LABEL_SIZE - 0.5, fillColor=COLOUR_MUTED,
                           textAnchor="middle"))
        drawing.add(String(left - 5, at_y(tick) - 3, label, fontName=FONT_REGULAR,
                           fontSize=LABEL_SIZE - 0.5, fillColor=COLOUR_MUTED, textAnchor="end"))
        tick += step
    drawing.add(String(left + side / 2, 4, plain(x_label), fontName=FONT_REGULAR,
                       fontSize=LABEL_SIZE - 0.5, fillColor=COLOUR_MUTED, textAnchor="middle"))
    y_title = String(0, 0, plain(y_label), fontName=FONT_REGULAR, fontSize=LABEL_SIZE - 0.5,
                     fillColor=COLOUR_MUTED, textAnchor="middle")
    turned = Group(y_title)
    turned.translate(12, bottom + side / 2)
    turned.rotate(90)
    drawing.add(turned)

    radius = 7.0
    placed: dict[tuple[float, float], list[Point]] = {}
    for point in points:
        spot = (round(at_x(point.x), 1), round(at_y(point.y), 1))
        placed.setdefault(spot, []).append(point)
    for (cx, cy), group in placed.items():
        for i, point in enumerate(group):
            x, y = cx, cy
            if len(group) > 1:  # fan out on a small ring around the true place
                angle = 2 * math.pi * i / len(group) + math.pi / 2
                ring = radius * (1.15 if len(group) <= 6 else 1.6)
                x, y = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
            drawing.add(Circle(x, y, radius, fillColor=DOT, strokeColor=colors.white,
                               strokeWidth=0.8))
            size = 6.5 if len(point.key) < 3 else 5.5
            drawing.add(String(x, y - size * 0.35, point.key, fontName=FONT_BOLD,
                               fontSize=size, fillColor=colors.white, textAnchor="middle"))
    drawing.hAlign = "LEFT"
    return drawing
