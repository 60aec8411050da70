"""Word-wrapped labels that keep the height their lines need.

Qt's minimum size of a word-wrapped QLabel does not depend on the width the
label is given, so on a narrow window (150 % scaling) a sentence that wraps
onto three lines is laid out as if it needed one: the layouts above give
the page too little height, and the label, or the table under it, is cut.
``keep_wrapped_heights(root)`` makes every word-wrapped label under ``root``
ask for the height of its lines at its current width (its minimum height
follows each resize), so the page's minimum grows with the wrapping and the
page scrolls instead (see ``ui.page_scroll``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

_KEEPS = "_keeps_wrapped_height"


class _FollowWidth(QObject):
    """On each resize of a wrapped label, its minimum height is its height at
    that width; and when the label's parent lays out again (a new text), before
    it does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and isinstance(watched, QLabel):
            fit(watched)
        elif kind == QEvent.Type.LayoutRequest:
            for child in watched.children():
                if isinstance(child, QLabel) and child.property(_KEEPS):
                    fit(child)
        return False


_scratch: QLabel | None = None


def lines_height(label: QLabel, width: int) -> int:
    """The height ``label``'s text needs at ``width``, measured on a scratch label
    (a label's own answer is never below the minimum height it was given)."""
    global _scratch
    if _scratch is None:
        _scratch = QLabel()
        _scratch.setWordWrap(True)
    _scratch.setFont(label.font())
    _scratch.setTextFormat(label.textFormat())
    _scratch.setAlignment(label.alignment())
    _scratch.setMargin(label.margin())
    _scratch.setIndent(label.indent())
    _scratch.setContentsMargins(label.contentsMargins())
    _scratch.setText(label.text())
    return _scratch.heightForWidth(width)


def fit(label: QLabel) -> None:
    if not label.wordWrap() or label.width() <= 0:
        return
    height = lines_height(label, label.width())
    if height > 0 and label.minimumHeight() != height:
        label.setMinimumHeight(height)


_filter: _FollowWidth | None = None


def keep_wrapped_heights(root: QWidget) -> None:
    """Every word-wrapped label under ``root`` (found now) keeps its lines' height."""
    global _filter
    if _filter is None:
        _filter = _FollowWidth()
    for label in root.findChildren(QLabel):
        if label.wordWrap() and not label.property(_KEEPS):
            label.setProperty(_KEEPS, True)
            label.installEventFilter(_filter)
            parent = label.parentWidget()
            if parent is not None and not parent.property(_KEEPS):
                parent.setProperty(_KEEPS, True)  # watched for its layout requests
                parent.installEventFilter(_filter)
            fit(label)
