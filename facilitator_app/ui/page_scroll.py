"""The pages of the main window scroll when the screen is too small for them.

On a 1280x720 projector a page fits as it is. At 150 % scaling the same
screen is 853x480 logical pixels, smaller than some pages need: rather than
the window growing past the screen, or the page being squeezed until its
buttons are cut, the page keeps its minimum size and scrolls.

A plain QScrollArea would scroll too soon: for a page whose layout has a
height for width (wrapping button rows, wrapped labels) it takes the page's
*preferred* height at that width as the least it may have, so a page that
fits would still scroll. Here the least height is the page's minimum (button
rows that wrap say how many lines they need in their minimum size, see
``ui.flow_layout``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


class _Holder(QWidget):
    """Holds the page; its minimum size is the page's, without a preferred height."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)

    def heightForWidth(self, _width: int) -> int:
        return -1  # the scroll area then keeps to the minimum size


class PageScrollArea(QScrollArea):
    """``page`` filling the area, scrolled only when the area is smaller than
    the page's minimum size."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(_Holder(page))
