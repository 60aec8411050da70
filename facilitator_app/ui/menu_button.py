"""A tool button that opens its menu, with room for its arrow.

A ``QToolButton`` in ``InstantPopup`` mode draws the menu's arrow over the
right end of its text, but its size hint leaves no room for it: a longer
translation ("Plantilla", "Columnas") runs under the arrow. This one asks
for the arrow's width as well.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QToolButton, QWidget


class MenuToolButton(QToolButton):
    """A text button that shows its menu when clicked."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
