"""The safety net for bugs: apologise, say where the details are, keep running."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.errors import UserError
from facilitator_app.logs import get_logger, log_exception


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, log_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        text = QLabel(
            self.tr(
                "Sorry: the app hit a problem it did not expect ({0}).\n"
                "Everything you entered before this was saved. You can keep working.\n\n"
                "The details were written to:\n{1}"
            ).format(summary, log_path)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        show = QPushButton(self.tr("Show details"))
        show.setCheckable(True)
        show.toggled.connect(self.details_view.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def handle_uncaught(exc_type, exc, tb) -> None:
    """``sys.excepthook`` for the GUI: log, then show the dialog (once at a time).

    A :class:`UserError` that escaped a slot (a full disk while closing a
    round ...) is the user's situation, not a bug: its message is shown in a
    plain message box and logged at info level, without the crash dialog.
    """
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if issubclass(exc_type, UserError):
        show_user_error(exc)
        return
    exc.__traceback__ = tb
    log_path = log_exception(exc)
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if QApplication.instance() is None or getattr(handle_uncaught, "_showing", False):
        return
    handle_uncaught._showing = True  # type: ignore[attr-defined]
    try:
        dialog = CrashDialog(f"{exc_type.__name__}: {exc}", details, log_path,
                             QApplication.activeWindow())
        handle_uncaught.last_dialog = dialog  # type: ignore[attr-defined]
        dialog.exec()
    finally:
        handle_uncaught._showing = False  # type: ignore[attr-defined]


def show_user_error(exc: UserError) -> None:
    """Tell the user what went wrong in their words (no traceback, no apology)."""
    if getattr(exc, "problems", None) is not None:
        # A refused ballot: its text names the voter and the values; not in the log.
        get_logger().info("A refused ballot was shown to the user.")
    else:
        get_logger().info("Shown to the user: %s", exc.message)
    if QApplication.instance() is None or getattr(handle_uncaught, "_showing", False):
        return
    handle_uncaught._showing = True  # type: ignore[attr-defined]
    try:
        QMessageBox.warning(QApplication.activeWindow(), APP_NAME, exc.message)
    finally:
        handle_uncaught._showing = False  # type: ignore[attr-defined]
