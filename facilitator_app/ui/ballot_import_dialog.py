"""Import typed-in paper ballots (.xlsx/.csv matrix) into a round: preview, then all or nothing.

The dialog reads the file, checks every row as the grid would
(``services.ballot_import.plan_import``) and lists each bad row with its
row number and reasons. Import is only possible when no row is bad; a
fixed file can then be imported in one go. "Save a blank matrix…" writes
the file to type into: the voters and the option names exactly as the
import expects them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.ballot_matrix import BallotMatrix, read_matrix
from facilitator_app.core.errors import UserError
from facilitator_app.export.paper_ballots import write_blank_matrix
from facilitator_app.services import ballot_import, voting
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.voting_common import safe_file_name

FILE_FILTER = "Ballot matrix (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"



class BallotImportDialog(QDialog):
    def __init__(self, ctx: AppContext, info: voting.RoundInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.matrix: BallotMatrix | None = None
        self.plan: ballot_import.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import ballots: {0}").format(info.title))
        intro = QLabel(self.tr(
            "A spreadsheet (.xlsx or .csv): the first column names the voter, then one column "
            "per option headed by its name as printed on the ballot; each cell holds the "
            "number written on the sheet, blank when none. Nothing is imported unless every "
            "row is right."
        ))
        intro.setWordWrap(True)
        blank_button = QPushButton(self.tr("Save a &blank matrix…"))
        blank_button.clicked.connect(lambda: self.save_blank())
        choose_button = QPushButton(self.tr("&Choose file…"))
        choose_button.clicked.connect(lambda: self.choose())
        self.path_label = QLabel(self.tr("No file chosen."))
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.paper_radio = QRadioButton(self.tr("Paper ballots typed in"))
        self.file_radio = QRadioButton(self.tr("Ballots from another file"))
        self.paper_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.paper_radio)
        group.addButton(self.file_radio)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("import_summary")
        self.problem_model = QStringListModel(self)
        self.problem_view = QListView()
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setWordWrap(True)
        self.problem_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        files = QHBoxLayout()
        files.addWidget(choose_button)
        files.addWidget(self.path_label, 1)
        files.addWidget(blank_button)
        sources = QHBoxLayout()
        sources.addWidget(QLabel(self.tr("Record them as:")))
        sources.addWidget(self.paper_radio)
        sources.addWidget(self.file_radio)
        sources.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(files)
        layout.addLayout(sources)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 26)
        self._update()

    def source(self) -> str:
        return "paper" if self.paper_radio.isChecked() else "import"

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ballot matrix"), "", FILE_FILTER)
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read and check ``path``; the dialog shows what would be imported or why not."""
        self.path_label.setText(str(path))
        self.matrix, self.plan = None, None
        try:
            self.matrix = read_matrix(path)
            with self.ctx.session() as s:
                self.plan = ballot_import.plan_import(s, self.info.id, self.matrix)
        except UserError as exc:
            self.problem_model.setStringList([exc.message])
            self.summary.setText(self.tr("The file cannot be read."))
            self._update()
            return
        plan = self.plan
        lines = plan.problems()
        if plan.ok:
            text = self.tr("{0} ballots ready to import.").format(len(plan.ballots))
        else:
            text = self.tr("Nothing can be imported: {0} problem(s) below. Fix the file and "
                           "choose it again.").format(len(lines))
        if plan.skipped:
            text += " " + self.tr("{0} rows without any number are skipped.").format(
                len(plan.skipped))
        if plan.missing_options:
            text += " " + self.tr("No column for: {0} (left blank on every ballot).").format(
                ", ".join(plan.missing_options))
        self.summary.setText(text)
        self.problem_model.setStringList(lines)
        self._update()

    def problems(self) -> list[str]:
        return self.problem_model.stringList()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ready = self.plan is not None and self.plan.ok
        ok.setEnabled(ready)
        ok.setText(self.tr("Import {0} ballots").format(len(self.plan.ballots)) if ready
                   else self.tr("Import"))

    def save_blank(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a blank matrix"), f"{safe_file_name(self.info.title)}.xlsx",
                FILE_FILTER)
            if not path:
                return None
        try:
            with self.ctx.session() as s:
                rows = ballot_import.blank_matrix(s, self.info.id)
            written = write_blank_matrix(path, rows)
        except UserError as exc:
            QMessageBox.warning(self, APP_NAME, exc.message)
            return None
        self.ctx.show_status(self.tr("Blank matrix saved to {0}.").format(written))
        return written
