"""The first-start welcome: what the app is for, and three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.ui import file_dialogs


class WelcomeDialog(QDialog):
    """Returns the user's choice in :attr:`choice`: ``demo``, ``new`` or ``open``.

    For ``new``, :attr:`cluster_name` holds the name typed; for ``open``,
    :attr:`path` the file chosen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {0}").format(APP_NAME))
        self.choice = ""
        self.cluster_name = ""
        self.path = ""
        heading = QLabel(self.tr("<h2>Welcome</h2>"))
        intro = QLabel(
            self.tr(
                "This app helps you run cluster workshops with no internet: explain what a "
                "cluster is, keep the member roster, run a SWOT with the room, agree on "
                "priorities through votes until there is consensus, and leave with an Excel "
                "workbook and a PDF report.\n\nEverything you type is saved at once."
            )
        )
        intro.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the &demo workspace"))
        self.demo_button.setToolTip(self.tr("A Caribbean cocoa and spice cluster after a workshop"))
        self.new_button = QPushButton(self.tr("Start a &new cluster workspace…"))
        self.open_button = QPushButton(self.tr("&Open an existing file…"))
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        self.demo_button.clicked.connect(self._demo)
        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(intro.fontMetrics().height())
        for button in (self.demo_button, self.new_button, self.open_button):
            layout.addWidget(button)
        self.setMinimumWidth(intro.fontMetrics().averageCharWidth() * 70)
        intro.setAlignment(Qt.AlignmentFlag.AlignLeft)

    # Dialog calls are methods so tests can answer them.
    def ask_cluster_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self, self.tr("New cluster"), self.tr("Name of the cluster initiative:")
        )
        return name.strip() if ok else None

    def ask_open_path(self) -> str:
        return file_dialogs.ask_open_path(
            self, self.tr("Open cluster workspace"),
            self.tr("Cluster workspaces (*.cluster);;All files (*)"),
        )

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _new(self) -> None:
        name = self.ask_cluster_name()
        if name is None:
            return
        self.choice, self.cluster_name = "new", name
        self.accept()

    def _open(self) -> None:
        path = self.ask_open_path()
        if path:
            self.choice, self.path = "open", path
            self.accept()
