"""The suite's guard against modal dialogs: one nobody answers fails its test
at once (it would otherwise wait forever offscreen), even when the dialog is
opened from a Qt slot that swallows the exception; a test that expects a
dialog patches it and passes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_unexpected_dialogs_fail_their_test_and_expected_ones_pass(pytester):
    pytester.makeconftest(f"""
import sys
sys.path.insert(0, {str(REPO)!r})
from tests.conftest import (  # noqa: F401
    _isolated_home,
    _no_unexpected_modal_dialog,
    pytest_runtest_makereport,
)
""")
    pytester.makepyfile(test_dialogs="""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


def test_direct_message_box(qtbot):
    QMessageBox.warning(None, "Import", "roster.csv does not exist")


def test_dialog_exec_in_a_slot(qtbot):
    dialog = QDialog()
    QTimer.singleShot(0, dialog.exec)
    qtbot.wait(50)


def test_file_dialog(qtbot):
    QFileDialog.getOpenFileName(None, "Open")


def test_expected_question_is_patched(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert QMessageBox.question(None, "Delete", "Sure?") == QMessageBox.StandardButton.Yes
""")
    result = pytester.runpytest_subprocess("-p", "no:xdist", "-p", "no:cacheprovider",
                                           "-o", "timeout=60", "-q")
    result.assert_outcomes(passed=1, failed=3)
    result.stdout.fnmatch_lines(["*unexpected modal dialog QMessageBox.warning*roster.csv*"])
