"""Typing any text into a widget, accents included.

``QTest.keyClicks`` only knows ASCII (it aborts on 'é'), so characters are
sent as key events carrying their text, the way an input method does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        if ch.isascii() and ch.isprintable():
            key = Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_unknown
        else:
            key = Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
