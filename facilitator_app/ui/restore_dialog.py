"""File > Restore from backup…: this workspace's backups, and the one to put back.

Each backup is listed with when it was made, why, its size and what it holds
(members, workshops, rounds, ballots, read read-only from the file). The
window asks for confirmation and does the restoring (see
``MainWindow.restore_from_backup``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.dates import datetime_text

if TYPE_CHECKING:
    from facilitator_app.storage.backups import BackupInfo


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def when_text(info: BackupInfo) -> str:
    return datetime_text(info.made, seconds=True)


class RestoreDialog(QDialog):
    COLUMNS = ("Made", "Why", "Size", "Members", "Workshops", "Rounds", "Ballots")

    def __init__(self, backups: list[BackupInfo], workspace_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(self.tr(
            "Backups of {0}, newest first. Restoring puts the current file aside (it is "
            "kept, renamed, beside it) and a copy of the chosen backup in its place."
        ).format(workspace_name))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, info in enumerate(backups):
            summary = info.summary
            counts = ([str(summary.members), str(summary.workshops), str(summary.rounds),
                       str(summary.ballots)] if summary else [self.tr("cannot be read")] + [""] * 3)
            cells = [when_text(info), self.tr(info.kind), size_text(info.size), *counts]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(720, 360)
        if backups:
            self.select(0)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
