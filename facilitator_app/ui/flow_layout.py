"""A row of buttons that wraps onto the next line when the window is narrow.

A plain QHBoxLayout of seven or eight buttons asks for the width of all of
them side by side, and that width becomes the minimum of the whole main
window: on a 1280x720 projector or at 150 % scaling the window no longer
fits the screen. A ``FlowLayout`` asks only for its widest button and puts
the others on as many lines as the width it is given needs (height for
width), so the page stays as narrow as the screen allows and nothing is cut.

``add_gap()`` leaves a wider space between groups (where a box layout had
``addStretch``); a gap that would start a line is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto new lines; height follows the width."""

    def __init__(self, parent: QWidget | None = None, gap: int = 16) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = gap
        self._width = 0  # the width last laid out, for minimumSize's height
        self.setContentsMargins(0, 0, 0, 0)

    # ----- QLayout ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addWidget(widget)

    def add_gap(self) -> None:
        self.addItem(QSpacerItem(self._gap, 0, QSizePolicy.Policy.Fixed,
                                 QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """Everything on one line, when there is room for it."""
        across, _down = self._spaces()
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (across if width else 0)
            height = max(height, hint.height())
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as the widest item; as tall as the lines at the width last given."""
        width = max((i.minimumSize().width() for i in self._visible()
                     if not isinstance(i, QSpacerItem)), default=0)
        margins = self.contentsMargins()
        width += margins.left() + margins.right()
        if self._width:
            return QSize(width, self.heightForWidth(max(self._width, width)))
        return QSize(width, self.sizeHint().height())  # one line until laid out

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        before = self.heightForWidth(self._width) if self._width else None
        self._width = rect.width()
        self._arrange(rect, place=True)
        if before is not None and self.heightForWidth(self._width) != before:
            # more or fewer lines now: let the layouts above ask for the new height
            # (a posted request, not a re-entrant layout)
            self.invalidate()

    # ----- the arrangement -----------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _spaces(self) -> tuple[int, int]:
        """The space between items on a line and between lines."""
        if self.spacing() >= 0:
            return self.spacing(), self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6, 6
        style = parent.style()
        across = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
        down = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, parent)
        return (across if across >= 0 else 6), (down if down >= 0 else 6)

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height they need."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        across, down = self._spaces()
        x, y, line_height, line_empty = area.x(), area.y(), 0, True
        for item in self._visible():
            hint = item.sizeHint()
            is_gap = isinstance(item, QSpacerItem)
            if is_gap and line_empty:
                continue  # a gap never starts a line
            start = x if line_empty else x + across
            if not line_empty and start + hint.width() > area.right() + 1:
                if is_gap:
                    continue
                x, y = area.x(), y + line_height + down
                start, line_height = x, 0
            if place and not is_gap:
                item.setGeometry(QRect(QPoint(start, y), hint))
            x = start + hint.width()
            line_height = max(line_height, hint.height())
            line_empty = False
        return y + line_height - rect.y() + margins.bottom()
