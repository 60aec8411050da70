"""Import typed-in paper ballots (.xlsx/.csv matrix) into a round: preview, then all or nothing.

The dialog reads the file, checks every row as the grid would
(``services.ballot_import.plan_import``) and lists each bad row with its
row number and reasons. Import is only possible when no row is bad; a
fixed file can then be imported in one go. "Save a blank matrix…" writes
the file to type into: the voters and the option names exactly as the
import expects them.

In a secret round the sheets carry no name, yet every ballot needs a member
on the register (one member, one ballot). When the file has rows without a
name, the dialog asks "Who handed in the N sheets without a name?" with a
checklist of the voting members not yet on the register (and not named in
the file), and keeps Import disabled, saying why, until exactly N are
ticked. They are passed as ``handed_in_by``: they go on the register, and
nothing keeps who handed in which sheet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.ballot_matrix import BallotMatrix, read_matrix
from facilitator_app.core.errors import UserError
from facilitator_app.export.paper_ballots import write_blank_matrix
from facilitator_app.services import ballot_import, voting
from facilitator_app.ui import file_dialogs
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.file_reader import read_file
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import safe_file_name

FILE_FILTER = "Ballot matrix (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"

MemberRole = Qt.ItemDataRole.UserRole


def _unnamed(text: str | None) -> bool:
    """A voter cell that names nobody (the import reads a leading apostrophe as text)."""
    return not (text or "").lstrip("'").strip()


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
        if info.anonymity == "secret":
            intro.setText(intro.text() + " " + self.tr(
                "Secret round: leave the voter cell blank (the sheets carry no name); you "
                "will be asked who handed them in."))
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
        # secret rounds: who handed in the sheets without a name
        self.base_plan: ballot_import.ImportPlan | None = None
        self.unnamed = 0  # sheets without a name in the file
        self.handed_question = QLabel()
        self.handed_question.setWordWrap(True)
        self.handed_question.setTextFormat(Qt.TextFormat.PlainText)
        self.handed_list = QListWidget()
        self.handed_list.setObjectName("handed_in_by")
        self.handed_list.setMinimumHeight(self.fontMetrics().height() * 7)
        self.handed_list.itemChanged.connect(lambda _item: self._plan_with_ticks())
        self.handed_status = QLabel()
        self.handed_status.setWordWrap(True)
        self.handed_status.setTextFormat(Qt.TextFormat.PlainText)
        self.handed_status.setObjectName("handed_status")
        self.handed_box = QWidget()
        handed = QVBoxLayout(self.handed_box)
        handed.setContentsMargins(0, 0, 0, 0)
        handed.addWidget(self.handed_question)
        handed.addWidget(self.handed_list, 1)
        handed.addWidget(self.handed_status)
        self.handed_box.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        files = QHBoxLayout()
        files.addWidget(choose_button)
        files.addWidget(self.path_label, 1)
        files.addWidget(blank_button)
        self.sources_box = QWidget()  # a secret ballot keeps no channel: not asked there
        sources = QHBoxLayout(self.sources_box)
        sources.setContentsMargins(0, 0, 0, 0)
        sources.addWidget(QLabel(self.tr("Record them as:")))
        sources.addWidget(self.paper_radio)
        sources.addWidget(self.file_radio)
        sources.addStretch(1)
        self.sources_box.setVisible(info.anonymity != "secret")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(files)
        layout.addWidget(self.sources_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(self.handed_box, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 26)
        self._update()

    def source(self) -> str:
        return "paper" if self.paper_radio.isChecked() else "import"

    def choose(self) -> None:
        path = file_dialogs.ask_open_path(self, self.tr("Ballot matrix"), FILE_FILTER)
        if path:
            self.load(path)

    @property
    def secret(self) -> bool:
        return self.info.anonymity == "secret"

    def load(self, path: str | Path) -> None:
        """Read and check ``path``; the dialog shows what would be imported or why not."""
        self.path_label.setText(str(path))
        self.matrix, self.plan, self.base_plan, self.unnamed = None, None, None, 0
        try:
            # Off the GUI thread, with progress and Cancel (ui/file_reader.py).
            self.matrix = read_file(self, read_matrix, path, self.tr("Import paper ballots"))
            if self.matrix is None:  # cancelled while reading
                self.handed_box.setVisible(False)
                self.problem_model.setStringList([])
                self.summary.setText(self.tr("Reading the file was cancelled; choose it again."))
                self._update()
                return
            matrix = self.matrix
            # a refusal is shown in the dialog's problem list, below
            self.base_plan, waiting = Op(self, self.ctx).fetch(lambda s: (
                ballot_import.plan_import(s, self.info.id, matrix),
                voting.not_voted(s, self.info.id) if self.secret else []))
        except UserError as exc:
            self.matrix = None
            self.handed_box.setVisible(False)
            self.problem_view.setVisible(True)
            self.problem_model.setStringList([exc.message])
            self.summary.setText(self.tr("The file cannot be read."))
            self._update()
            return
        if self.secret:
            skipped = set(self.base_plan.skipped)
            self.unnamed = sum(1 for r in self.matrix.rows
                               if _unnamed(r.voter) and r.row not in skipped)
        self._fill_handed_list(waiting)
        self._plan_with_ticks()

    def _fill_handed_list(self, waiting: list[voting.VoterInfo]) -> None:
        """Members who may have handed in a sheet: not on the register, not named in the file."""
        ticked = set(self.handed_in_by())
        named = {b.voter_id for b in self.base_plan.ballots} if self.base_plan else set()
        self.handed_list.blockSignals(True)
        self.handed_list.clear()
        for person in waiting:
            if person.member_id in named:
                continue
            item = QListWidgetItem(person.name)
            item.setData(MemberRole, person.member_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.member_id in ticked
                               else Qt.CheckState.Unchecked)
            self.handed_list.addItem(item)
        self.handed_list.blockSignals(False)
        n = self.unnamed
        self.handed_question.setText(self.tr(
            "Who handed in the {0} sheets without a name? Tick one member per sheet: they go "
            "on the register as having voted, so that nobody votes twice. Who handed in which "
            "sheet is not kept.").format(n) if n != 1 else self.tr(
            "Who handed in the sheet without a name? Tick that member: they go on the "
            "register as having voted, so that nobody votes twice. The ballot keeps no name."))
        self.handed_box.setVisible(n > 0)

    def handed_in_by(self) -> list[int]:
        """The members ticked as having handed in the sheets without a name."""
        return [self.handed_list.item(n).data(MemberRole)
                for n in range(self.handed_list.count())
                if self.handed_list.item(n).checkState() == Qt.CheckState.Checked]

    def tick(self, member_id: int, on: bool = True) -> None:
        """Tick (or untick) a member in the list, as a click on their box does."""
        for n in range(self.handed_list.count()):
            item = self.handed_list.item(n)
            if item.data(MemberRole) == member_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(member_id)

    def _plan_with_ticks(self) -> None:
        """The plan to import: with the ticked members once exactly enough are ticked."""
        base = self.base_plan
        if base is None or self.matrix is None:
            return
        # The count of unnamed sheets against the ticks is said by the list below.
        lines = [line for line in base.problems() if line != base.handed_in_problem]
        ticked = self.handed_in_by()
        waiting_for_ticks = False
        self.plan = base
        if self.unnamed:
            if not lines and len(ticked) == self.unnamed:
                refused: list[str] = []
                matrix = self.matrix
                done = Op(self, self.ctx).run(
                    lambda s: ballot_import.plan_import(s, self.info.id, matrix, ticked),
                    on_refusal=refused.append)
                if done:
                    self.plan = done.value
                lines = self.plan.problems() if done else refused
            elif not lines:
                waiting_for_ticks = True
            self._write_handed_status(len(ticked))
        plan = self.plan
        if plan.ok:
            text = self.tr("%n ballot(s) ready to import.", "", len(plan.ballots))
        elif waiting_for_ticks:
            text = self.tr("%n ballot(s) ready to import once you say who handed in the "
                           "sheets without a name (below).", "", len(base.ballots))
        else:
            text = self.tr("Nothing can be imported: %n problem(s) below. Fix the file and "
                           "choose it again.", "", len(lines))
        if plan.skipped:
            text += " " + self.tr("%n row(s) without any number (is|are) skipped.", "",
                                  len(plan.skipped))
        if plan.missing_options:
            text += " " + self.tr("No column for: {0} (left blank on every ballot).").format(
                ", ".join(plan.missing_options))
        self.summary.setText(text)
        self.problem_model.setStringList(lines)
        self.problem_view.setVisible(bool(lines) or not self.handed_box.isVisibleTo(self))
        self._update()

    def _write_handed_status(self, ticked: int) -> None:
        n = self.unnamed
        left = self.handed_list.count()
        if ticked == n:
            text = self.tr("{0} of {1} ticked.").format(ticked, n)
        elif left < n:
            text = self.tr("{0} of {1} ticked. Only %n voting member(s) (has|have) not voted "
                           "yet, fewer than the sheets without a name: check the file (a sheet "
                           "counted twice?) before importing.", "", left).format(ticked, n)
        else:
            text = self.tr("{0} of {1} ticked. Import stays off until exactly {1} are ticked: "
                           "each ballot needs the member who handed it in, so that nobody "
                           "votes twice.").format(ticked, n)
        self.handed_status.setText(text)

    def problems(self) -> list[str]:
        return self.problem_model.stringList()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ready = self.plan is not None and self.plan.ok
        ok.setEnabled(ready)
        ok.setText(self.tr("Import %n ballot(s)", "", len(self.plan.ballots)) if ready
                   else self.tr("Import"))

    def save_blank(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            path, _ = file_dialogs.ask_save_path(
                self, self.tr("Save a blank matrix"), f"{safe_file_name(self.info.title)}.xlsx",
                FILE_FILTER)
            if not path:
                return None
        target = path
        done = Op(self, self.ctx).run(
            lambda s: write_blank_matrix(target, ballot_import.blank_matrix(s, self.info.id)),
            status=lambda written: self.tr("Blank matrix saved to {0}.").format(written))
        return done.value if done else None
