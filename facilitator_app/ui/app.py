"""Starting the GUI: the QApplication, the first workspace, the safety net."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app import APP_NAME, __version__
from facilitator_app.core.errors import UserError
from facilitator_app.paths import default_workspace_path, user_data_dir
from facilitator_app.storage.workspace import Workspace, open_workspace

ORGANISATION = "ClusterFacilitatorToolkit"
DEMO_FILE_NAME = "Demo - Grenada Cocoa & Spice Cluster.cluster"


def configure_application() -> QApplication:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName("facilitator-app")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    return app  # type: ignore[return-value]


def demo_workspace_path() -> Path:
    return user_data_dir() / DEMO_FILE_NAME


def open_demo_workspace() -> Workspace:
    """The demo in the user data folder, created the first time it is asked for."""
    from facilitator_app.services.demo import create_demo

    path = demo_workspace_path()
    if path.exists():
        return open_workspace(path)
    return create_demo(path)


def choose_start_workspace(requested: str | None, parent=None) -> Workspace:
    """The workspace the window opens on: asked-for, last used, or the default."""
    if requested:
        try:
            return open_workspace(requested)
        except UserError as exc:
            QMessageBox.warning(parent, APP_NAME, exc.message)
    last = QSettings().value("lastWorkspace")
    if last and Path(str(last)).exists():
        try:
            return open_workspace(str(last))
        except UserError as exc:
            QMessageBox.warning(parent, APP_NAME, exc.message)
    default = default_workspace_path()
    first_start = not default.exists() and not last
    if first_start:
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "app",
                "Welcome! Your cluster workspace will be kept in\n{0}\n\n"
                "Would you like to look around the demo workspace first "
                "(a Caribbean cocoa and spice cluster)?",
            ).format(default.parent),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return open_demo_workspace()
    return open_workspace(default, create=True)


def install_excepthook() -> None:
    """Bugs in slots: log the traceback, tell the user, keep running."""
    from facilitator_app.logs import log_exception

    def hook(exc_type, exc, tb) -> None:
        exc.__traceback__ = tb
        path = log_exception(exc)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                APP_NAME,
                QCoreApplication.translate(
                    "app",
                    "Sorry, something went wrong ({0}). Your data is saved.\n"
                    "Details were written to {1}.",
                ).format(exc_type.__name__, path),
            )

    sys.excepthook = hook


def run_gui(workspace: str | None = None) -> int:
    app = configure_application()
    install_excepthook()
    from facilitator_app.ui.main_window import MainWindow

    ws = choose_start_workspace(workspace)
    window = MainWindow(ws)
    window.show()
    return app.exec()
