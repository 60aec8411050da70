"""Look of the SWOT board and TOWS grid: quadrant tints, item cards, font size.

Colours are never fixed: each quadrant has a hue (green strengths, amber
weaknesses, blue opportunities, red threats) that is mixed into the current
palette's base colour, more strongly on a dark palette, so the board reads
well on a projector and in dark mode alike; text keeps the palette's text
colour. The projector font size is one setting shared by the board and the
TOWS grid (stored in QSettings, so it survives restarts). Dots grow with the
text, so they can be counted from the back of the room.
:class:`SelectionCoordinator` keeps one selection across several lists (the
four quadrants, the four TOWS cells): selecting in one clears the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QObject,
    QRect,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

# Roles shared by the board and TOWS models (Qt.UserRole + n).
RecordRole = Qt.ItemDataRole.UserRole + 1  # the dataclass shown in the row
LabelRole = Qt.ItemDataRole.UserRole + 2  # short reference, "S1"
BadgeRole = Qt.ItemDataRole.UserRole + 3  # dots (int) or None
SubTextRole = Qt.ItemDataRole.UserRole + 4  # a smaller second line

QUADRANT_HUES: dict[str, QColor] = {
    "S": QColor(40, 150, 70),
    "W": QColor(225, 135, 20),
    "O": QColor(40, 110, 215),
    "T": QColor(205, 45, 60),
}

FONT_KEY = "board/fontPointSize"
MIN_POINT_SIZE = 8.0
MAX_POINT_SIZE = 48.0


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    r, g, b = (c / 255 for c in (background.red(), background.green(), background.blue()))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor(Qt.GlobalColor.black) if luminance > 0.45 else QColor(Qt.GlobalColor.white)


@dataclass(frozen=True)
class QuadrantColours:
    panel: QColor  # behind the quadrant
    header: QColor  # the title strip
    header_text: QColor
    card: QColor  # behind each item


def quadrant_colours(palette: QPalette, key: str) -> QuadrantColours:
    """Colours for a quadrant ("S", "W", "O", "T")."""
    base = palette.color(QPalette.ColorRole.Base)
    hue = QUADRANT_HUES[key]
    dark = is_dark(palette)
    header = mix(base, hue, 0.6 if dark else 0.85)
    return QuadrantColours(
        panel=mix(base, hue, 0.22 if dark else 0.16),
        header=header,
        header_text=readable_on(header),
        card=mix(base, hue, 0.1 if dark else 0.03),
    )


def neutral_colours(palette: QPalette) -> QuadrantColours:
    """Colours for a TOWS cell: the row and column headers carry the hues."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return QuadrantColours(
        panel=mix(base, text, 0.05),
        header=mix(base, text, 0.14),
        header_text=text,
        card=base,
    )


def muted_text(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.35)


def apply_colours(widget: QWidget, colours: QuadrantColours, palette: QPalette) -> None:
    """Give a panel (and its lists) the quadrant's tint, keeping text readable."""
    pal = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, colours.panel)
        pal.setColor(group, QPalette.ColorRole.Base, colours.panel)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, colours.card)
    widget.setAutoFillBackground(True)
    widget.setPalette(pal)


def stored_point_size(default: float) -> float:
    value = QSettings().value(FONT_KEY, default)
    try:
        size = float(value)
    except (TypeError, ValueError):
        size = default
    return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))


def default_board_point_size() -> float:
    """Large enough for the back of a hall: 1.5 times the desktop font,
    times the projector font scale of the settings."""
    from facilitator_app.ui.voting_common import font_scale

    base = QApplication.font().pointSizeF()
    return round((base if base > 0 else 10.0) * 1.5 * font_scale())


class FontSizeControl(QWidget):
    """A− / A+ buttons and the size in points; shared by the board and TOWS."""

    changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = stored_point_size(default_board_point_size())
        self.smaller = QToolButton()
        self.smaller.setText(self.tr("A−"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.larger = QToolButton()
        self.larger.setText(self.tr("A+"))
        self.larger.setToolTip(self.tr("Larger text (Ctrl++)"))
        self.value_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.smaller)
        layout.addWidget(self.value_label)
        layout.addWidget(self.larger)
        self.smaller.clicked.connect(lambda: self.step(-2))
        self.larger.clicked.connect(lambda: self.step(+2))
        self._show()

    def point_size(self) -> float:
        return self._size

    def step(self, delta: float) -> None:
        self.set_point_size(self._size + delta)

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, float(size)))
        if size == self._size:
            return
        self._size = size
        QSettings().setValue(FONT_KEY, size)
        self._show()
        self.changed.emit(size)

    def sync(self) -> None:
        """Pick up a size changed by the other view (board vs TOWS)."""
        size = stored_point_size(self._size)
        if size != self._size:
            self._size = size
            self._show()
            self.changed.emit(size)

    def _show(self) -> None:
        self.value_label.setText(self.tr("{0} pt").format(round(self._size)))
        self.smaller.setEnabled(self._size > MIN_POINT_SIZE)
        self.larger.setEnabled(self._size < MAX_POINT_SIZE)


class SelectionCoordinator(QObject):
    """One selection among several views: selecting in one clears the others,
    so the room sees a single highlighted item (quadrants, TOWS cells)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: list[QAbstractItemView] = []

    def add(self, view: QAbstractItemView) -> None:
        """Coordinate ``view`` (its model must be set: the selection model is watched)."""
        self._views.append(view)
        view.selectionModel().selectionChanged.connect(
            lambda selected, _deselected, v=view: self._selected(v, selected)
        )

    def _selected(self, view: QAbstractItemView, selected: QItemSelection) -> None:
        if selected.isEmpty():
            return
        for other in self._views:
            if other is not view and other.selectionModel().hasSelection():
                other.selectionModel().clearSelection()

    def selected_views(self) -> list[QAbstractItemView]:
        return [v for v in self._views if v.selectionModel().hasSelection()]


def scaled_font(
    font: QFont, point_size: float, factor: float = 1.0, bold: bool = False, italic: bool = False
) -> QFont:
    result = QFont(font)
    result.setPointSizeF(max(MIN_POINT_SIZE * 0.8, point_size * factor))
    result.setBold(bold)
    result.setItalic(italic)
    return result


@dataclass(frozen=True)
class _Card:
    """The measured layout of one card (see :meth:`CardDelegate._layout`)."""

    pad: int
    label: str
    label_w: int
    dots: int
    badge_w: int
    text: str
    text_w: int
    text_h: int
    inline: bool  # dots beside the text's first (or last) line, else on the line below
    dots_top: int  # where the dots' line starts, below the top of the text
    sub: str
    sub_w: int
    height: int


class CardDelegate(QStyledItemDelegate):
    """Draws an item as a card: reference, wrapped text, dots badge, second line.

    Wrapping needs the view's width, so the delegate asks its view; with
    ``QListView.ResizeMode.Adjust`` rows re-measure when the view resizes.
    """

    SUB_FACTOR = 0.8

    def __init__(self, view, parent=None) -> None:
        super().__init__(parent or view)
        self.view = view

    # -- geometry -------------------------------------------------------
    def _metrics(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        fm = QFontMetrics(option.font)
        pad = max(4, fm.height() // 4)
        return pad, fm.height()

    def _sub_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, option.font.pointSizeF() * self.SUB_FACTOR))
        font.setItalic(True)
        return font

    MAX_DRAWN_DOTS = 8  # more than this are shown as "● ×12"
    DOT_SHARE = 0.8  # a dot's diameter, as a share of the text's line height

    def _label_width(self, fm: QFontMetrics, label: str) -> int:
        """Room for the reference, as wide as its two-digit form so cards line up."""
        if not label:
            return 0
        stem = label.rstrip("0123456789")
        return fm.horizontalAdvance(stem + "99")

    def _badge_size(self, fm: QFontMetrics, dots: int | None) -> tuple[int, int]:
        """(width, dot diameter) of the dots drawn at the right of a card."""
        if not dots:
            return 0, 0
        diameter = max(8, round(fm.height() * self.DOT_SHARE))
        gap = max(2, diameter // 4)
        if dots <= self.MAX_DRAWN_DOTS:
            return dots * diameter + (dots - 1) * gap, diameter
        return diameter + gap + fm.horizontalAdvance(f"\u00d7{dots}"), diameter

    def _dots_row_height(self, fm: QFontMetrics, dots: int) -> int:
        """Height of a row holding only dots (a count needs a text line)."""
        _, diameter = self._badge_size(fm, dots)
        return diameter + 2 if dots <= self.MAX_DRAWN_DOTS else fm.height()

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> _Card:
        """Where everything goes. Dots sit beside a one-line text; beside the
        second line (with who said it) when the text wraps, so long texts keep
        the full width: on a projector the words matter more than the dots."""
        pad, line = self._metrics(option)
        fm = QFontMetrics(option.font)
        label = index.data(LabelRole) or ""
        dots = index.data(BadgeRole) or 0
        label_w = self._label_width(fm, label)
        badge_w, _ = self._badge_size(fm, dots)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        full_w = max(40, width - pad * 3 - label_w - (pad // 2 if label else 0))
        inline_w = max(40, full_w - badge_w - pad) if dots else full_w

        def wrapped(font_metrics: QFontMetrics, w: int, value: str) -> int:
            flags = Qt.TextFlag.TextWordWrap
            return font_metrics.boundingRect(QRect(0, 0, w, 100000), flags, value).height()

        one_line = wrapped(fm, inline_w, "Xg")  # a bounding box is a pixel taller than height()
        inline = not dots or wrapped(fm, inline_w, text) <= one_line
        text_w = inline_w if inline else full_w
        text_h = max(wrapped(fm, text_w, text), line)
        sub = index.data(SubTextRole) or ""
        dots_top = 0
        if dots and not inline and not sub:
            # a wrapped text whose last line leaves room: the dots go there
            last = self._last_line_width(option.font, full_w, text)
            if last is not None and last + pad + badge_w <= full_w:
                inline, dots_top = True, max(0, text_h - fm.height())
        footer_dots = bool(dots) and not inline
        sub_w = full_w - (badge_w + pad if footer_dots else 0)
        sub_h = wrapped(QFontMetrics(self._sub_font(option)), sub_w, sub) if sub else 0
        footer_h = max(sub_h, self._dots_row_height(fm, dots) if footer_dots else 0)
        height = pad * 3 + text_h + (footer_h + pad // 2 if footer_h else 0)
        return _Card(
            pad, label, label_w, dots, badge_w, text, text_w, text_h, inline, dots_top, sub,
            sub_w, height,
        )

    @staticmethod
    def _last_line_width(font: QFont, width: int, text: str) -> float | None:
        """How wide the last line of ``text`` wrapped at ``width`` is."""
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        last = None
        while True:
            text_line = layout.createLine()
            if not text_line.isValid():
                break
            text_line.setLineWidth(width)
            last = text_line.naturalTextWidth()
        layout.endLayout()
        return last

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.viewport().width() if self.view is not None else opt.rect.width()
        return QSize(width, self._layout(opt, index, max(width, 120)).height)

    # -- painting -------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        pal = opt.palette
        c = self._layout(opt, index, opt.rect.width())
        pad = c.pad
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = opt.rect.adjusted(pad // 2, pad // 2, -pad // 2, -pad // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:
            fill = pal.color(QPalette.ColorRole.Highlight)
            fg = pal.color(QPalette.ColorRole.HighlightedText)
            muted = fg
        else:
            fill = pal.color(QPalette.ColorRole.AlternateBase)
            fg = pal.color(QPalette.ColorRole.Text)
            muted = muted_text(pal)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(card, pad, pad)
        if opt.state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card, pad, pad)

        x = card.left() + pad
        top = card.top() + pad
        painter.setFont(opt.font)
        if c.label:
            painter.setPen(muted)
            painter.drawText(
                QRect(x, top, c.label_w, c.text_h), Qt.AlignmentFlag.AlignLeft, c.label
            )
            x += c.label_w + pad // 2
        painter.setPen(fg)
        wrap = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRect(x, top, c.text_w, c.text_h), wrap, c.text)
        footer_top = top + c.text_h + pad // 2
        if c.dots:
            dot_colour = fg if selected else pal.color(QPalette.ColorRole.Highlight)
            self._paint_dots(
                painter,
                opt,
                c.dots,
                card.right() - pad - c.badge_w,
                top + c.dots_top if c.inline else footer_top,
                dot_colour,
                fg,
                c.inline,
            )
        if c.sub:
            painter.setFont(self._sub_font(opt))
            painter.setPen(muted)
            painter.drawText(QRect(x, footer_top, c.sub_w, card.bottom() - footer_top), wrap, c.sub)
        painter.restore()

    def _paint_dots(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        dots: int,
        x: int,
        top: int,
        colour: QColor,
        text_colour: QColor,
        inline: bool = True,
    ) -> None:
        """Dots as the room sticks them on a flip chart; a count when there are many."""
        fm = QFontMetrics(opt.font)
        _, diameter = self._badge_size(fm, dots)
        gap = max(2, diameter // 4)
        row_h = fm.height() if inline else self._dots_row_height(fm, dots)
        y = top + (row_h - diameter) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        shown = dots if dots <= self.MAX_DRAWN_DOTS else 1
        for n in range(shown):
            painter.drawEllipse(x + n * (diameter + gap), y, diameter, diameter)
        if dots > self.MAX_DRAWN_DOTS:
            painter.setPen(text_colour)
            painter.drawText(
                QRect(
                    x + diameter + gap, top, fm.horizontalAdvance(f"\u00d7{dots}") + 2, fm.height()
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"\u00d7{dots}",
            )
