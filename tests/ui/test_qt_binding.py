"""Guard against a Qt binding that loses references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every
void Qt call, so the app aborted (``none_dealloc``) after a few hundred
repaints. pyproject.toml excludes it; this test catches any binding with
the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("Coopérative")
    assert sys.getrefcount(None) >= before - 100
