"""Entering ballots for a round: the grid that saves finished rows, and secret entry.

:class:`BallotEntry` wraps the grid of ``ballot_grid.py`` and turns a
finished row into ``record_ballot`` (or ``update_ballot`` for a correction),
with the facilitator as ``entered_by``. In a ``secret`` round it shows a
single "Next ballot" row instead: the facilitator types one ballot paper,
may pick who handed it in (only to mark them as having voted, as the kiosk
does), records it, and the row clears. The ballot keeps no link to anyone,
and nothing on screen lists the secret ballots afterwards.

Privacy mode (the "Privacy" box above the grid, Alt+V, or Ctrl+H in the
grid): only the row being typed shows its numbers, the others show "—".
It is on when an anonymous or secret round is shown, off for a named one;
the facilitator's choice holds until another round is shown.

"Show entered ballots" (Alt+B): when it is off, the rows of ballots already
recorded leave the grid altogether, names and all, so a screen others can
see shows only who is still to vote and the row being typed. It is off
when an anonymous round is shown, on for a named one. The room's screen is
the presenter view (F5), which never shows the grid; this is for a laptop
screen that is mirrored or seen over a shoulder.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services import voting
from facilitator_app.ui.ballot_grid import (
    BallotGridModel,
    BallotTableView,
    GridRow,
    grid_rows,
    mark_voted_elsewhere,
)
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import HUE_PROBLEM, facilitator_name, tint


class BallotEntry(QWidget):
    """The entry grid of one round (or the one-ballot-at-a-time form of a secret round)."""

    saved = Signal()  # a ballot was recorded or corrected

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: voting.RoundInfo | None = None
        self.secret_count = 0
        self.model = BallotGridModel(self)
        self.model.check = voting.check_values
        self.view = BallotTableView()
        self.view.setModel(self.model)
        self.view.finish_row = self.commit_row
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.dataChanged.connect(lambda *_: self._show_problems())

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setObjectName("ballot_problems")
        self.problem_label.setMargin(4)
        self.discard_button = QPushButton(self.tr("Discard this draft"))
        self.discard_button.setObjectName("discard_draft")
        self.discard_button.setToolTip(self.tr(
            "The member has already voted another way: drop what was typed for them here."))
        self.discard_button.clicked.connect(self._discard_draft)
        self.discard_button.hide()

        self.privacy_check = QCheckBox(self.tr("Pri&vacy: numbers only in the row being typed"))
        self.privacy_check.setObjectName("privacy")
        self.privacy_check.setToolTip(self.tr(
            "For a screen others can see: every other row shows — instead of its numbers "
            "(Ctrl+H in the grid). On by default in anonymous and secret rounds."))
        self.privacy_check.toggled.connect(self._privacy_toggled)
        privacy = QAction(self.tr("Privacy mode"), self)
        privacy.setShortcut(QKeySequence("Ctrl+H"))
        privacy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        privacy.triggered.connect(self.privacy_check.toggle)
        self.addAction(privacy)
        self.show_recorded_check = QCheckBox(self.tr("Show entered &ballots"))
        self.show_recorded_check.setObjectName("show_recorded")
        self.show_recorded_check.setToolTip(self.tr(
            "Off: ballots already recorded leave the grid, names and all, so a screen others "
            "can see shows only who is still to vote. Off by default in anonymous rounds. "
            "For the room, use the presenter view (F5): it never shows the grid."))
        self.show_recorded_check.toggled.connect(lambda _on: self._show_rows())
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("hidden_ballots")
        self.hidden_note.setWordWrap(True)

        # secret entry only
        self.voter_combo = QComboBox()
        self.voter_combo.setMinimumContentsLength(24)
        self.voter_combo.setSizeAdjustPolicy(  # a long name does not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.record_button = QPushButton(self.tr("&Record this ballot"))
        self.record_button.clicked.connect(self._record_secret)
        self.secret_bar = QWidget()
        bar = QHBoxLayout(self.secret_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        handed_in = QLabel(self.tr("Handed in by (puts them on the register; the ballot "
                                   "keeps no name):"))
        handed_in.setWordWrap(True)  # on a narrow screen it wraps, not widen the window
        bar.addWidget(handed_in, 1)
        bar.addWidget(self.voter_combo, 1)
        bar.addWidget(self.record_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        checks = QVBoxLayout()
        checks.addWidget(self.privacy_check)
        checks.addWidget(self.show_recorded_check)
        checks.addStretch(1)
        top.addLayout(checks)
        layout.addLayout(top)
        layout.addWidget(self.secret_bar)
        # room for the options' header and a few ballots, even on a small screen
        # (150 %), where the page scrolls rather than squeeze the grid to its header
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 11)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hidden_note)
        problems = QHBoxLayout()
        problems.addWidget(self.problem_label, 1)
        problems.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(problems)

    # ----- showing a round ------------------------------------------------
    @property
    def secret(self) -> bool:
        return self.info is not None and self.info.anonymity == "secret"

    def show_round(self, info: voting.RoundInfo, people: list[voting.VoterInfo],
                   stored: list[voting.BallotInfo]) -> None:
        """(Re)build the rows; unsaved drafts of the same round are kept."""
        same = self.info is not None and self.info.id == info.id
        current = self.view.currentIndex()
        drafts = {r.voter_id: r for r in self.model.rows} if same else {}
        if not same:
            self.secret_count = 0
            # on by default where ballots are not to be seen by name
            self.privacy_check.setChecked(info.anonymity != "named")
            self.show_recorded_check.blockSignals(True)
            self.show_recorded_check.setChecked(info.anonymity == "named")
            self.show_recorded_check.blockSignals(False)
        self.info = info
        if info.anonymity == "secret":
            old = drafts.get(None)
            row = GridRow(None, self.tr("Next ballot"))
            if old is not None:
                row.draft, row.paper = old.draft, old.paper
            rows = [row]
            self._fill_voter_combo(people, stored_voted=None)
        else:
            rows = grid_rows(info, people, stored, drafts)
        self.model.set_rows(info, rows, editable=info.is_open)
        self.secret_bar.setVisible(info.anonymity == "secret" and info.is_open)
        self.view.setVisible(info.anonymity != "secret" or info.is_open)
        self.show_recorded_check.setVisible(info.anonymity != "secret")
        self._size_columns()
        self._write_intro()
        if same and current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(self._first_row(), self.model.first_field()))
        self.model.set_active_row(self.view.currentIndex().row())
        self._show_rows()
        self._show_problems()

    def take_stored(self, stored: list[voting.BallotInfo]) -> None:
        """Ballots of the shown round that came in through other channels (phone,
        kiosk, another laptop): a member's untouched row shows their ballot (and
        leaves the grid when entered ballots are hidden); a row with typed
        numbers keeps them, marked as not to be recorded, until discarded."""
        if self.info is None or self.secret:
            return
        by_voter = {b.voter_id: b for b in stored if b.voter_id is not None}
        current = self.view.currentIndex()
        moved = False
        for n, row in enumerate(self.model.rows):
            ballot = by_voter.get(row.voter_id)
            if ballot is None or row.ballot_id == ballot.id or row.elsewhere is not None:
                continue
            if row.draft is None:
                row.take(ballot)
                moved = moved or n == current.row()
            elif not row.recorded:
                mark_voted_elsewhere(row, ballot)
            self.model.row_changed(n)
        if moved and self.hides_recorded():
            following = next((n for n, r in enumerate(self.model.rows)
                              if not r.recorded and r.elsewhere is None), None)
            if following is not None:
                self.view.setCurrentIndex(self.model.index(following, self.model.first_field()))
        self._show_rows()
        self._show_problems()

    def _discard_draft(self) -> None:
        """Drop the draft of a member who voted another way; their ballot shows instead."""
        r = self._elsewhere_row()
        if r < 0:
            return
        row = self.model.rows[r]
        name = row.name
        assert row.elsewhere is not None
        row.take(row.elsewhere)
        self.model.row_changed(r)
        if self.hides_recorded() and self.view.currentIndex().row() == r:
            following = next((n for n, other in enumerate(self.model.rows)
                              if not other.recorded and other.elsewhere is None), None)
            if following is not None:  # typing goes on with someone still to vote
                self.view.setCurrentIndex(self.model.index(following, self.model.first_field()))
        self._show_rows()
        self._show_problems()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ctx.show_status(self.tr("Draft for {0} discarded.").format(name))

    def _elsewhere_row(self) -> int:
        """The row the line under the grid is about when it is a draft not to be recorded."""
        index = self.view.currentIndex()
        rows = self.model.rows
        current = index.row() if index.isValid() and index.row() < len(rows) else -1
        if current >= 0 and rows[current].problems:
            return current if rows[current].elsewhere is not None else -1
        bad = [n for n in range(len(rows)) if self.model.flagged(n)]
        return bad[0] if bad and rows[bad[0]].elsewhere is not None else -1

    # ----- entered ballots shown or not ------------------------------------------------
    def hides_recorded(self) -> bool:
        return not self.secret and not self.show_recorded_check.isChecked()

    def _first_row(self) -> int:
        """Where typing starts: the first row without a ballot when recorded ones are hidden."""
        if self.hides_recorded():
            return next((n for n, r in enumerate(self.model.rows) if not r.recorded), 0)
        return 0

    def _show_rows(self) -> None:
        """Leave out the rows of recorded ballots (unless shown, being typed or changed)."""
        hide = self.hides_recorded()
        current = self.view.currentIndex().row()
        hidden = 0
        for n, row in enumerate(self.model.rows):
            gone = hide and row.recorded and row.draft is None and n != current
            self.view.setRowHidden(n, gone)
            hidden += gone
        self.hidden_note.setText(self.tr(
            "%n entered ballot(s) (is|are) not shown here: tick Show entered ballots to see "
            "or correct (it|them).", "", hidden) if hidden else "")
        self.hidden_note.setVisible(bool(hidden))

    # ----- privacy mode ------------------------------------------------------------
    @property
    def private(self) -> bool:
        return self.model.private

    def _privacy_toggled(self, on: bool) -> None:
        self.model.set_private(on)
        self._show_problems()

    def set_not_voted(self, people: list[voting.VoterInfo]) -> None:
        """Secret entry: the names that can still be marked as voted."""
        if self.secret:
            self._fill_voter_combo(people, stored_voted=None)

    def _fill_voter_combo(self, people, stored_voted) -> None:
        chosen = self.voter_combo.currentData()
        self.voter_combo.clear()
        self.voter_combo.addItem(self.tr("(choose who handed it in)"), None)
        for person in people:
            self.voter_combo.addItem(person.name, person.member_id)
        index = self.voter_combo.findData(chosen)
        self.voter_combo.setCurrentIndex(max(0, index))

    def _write_intro(self) -> None:
        info = self.info
        if info is None:
            return
        if not info.is_open and self.secret:
            text = self.tr("This secret round is closed. Secret ballots are never listed one "
                           "by one: see the Results tab.")
        elif not info.is_open:
            text = self.tr("This round is closed: reopen it to enter or correct ballots.")
        elif self.secret:
            text = self.tr(
                "Secret round: type one ballot paper at a time, and choose who handed it in "
                "(they go on the register, so nobody votes twice; the ballot keeps no name). "
                "%n ballot(s) recorded here since this round was opened on screen.",
                "", self.secret_count)
        else:
            text = self.tr(
                "Type a number and press Tab or Enter to move on. A row is recorded when you "
                "finish it (Enter on its last option, or move to another row) and it has no "
                "problem. Tick Paper (Space, or Ctrl+P) for a paper ballot you type in."
            )
        self.intro.setText(text)

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # columns move per round
        metrics = QFontMetrics(self.view.font())
        char = metrics.averageCharWidth()
        bold = QFont(header.font())
        bold.setBold(True)  # the current column's header is drawn bold
        header_metrics = QFontMetrics(bold)
        longest = max((len(r.name) for r in self.model.rows), default=10)
        self.view.setColumnWidth(0, char * min(max(longest, 12), 24) + char * 2)
        for col in range(self.model.first_field(), self.model.last_field() + 1):
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            longest_word = max((header_metrics.horizontalAdvance(w) for w in text.split()),
                               default=0)
            self.view.setColumnWidth(col, min(max(char * 9, longest_word + char * 2),
                                              char * 22))
        for col, least in ((self.model.total_column(), char * 9),
                           (self.model.paper_column(), char * 7)):  # a translation may be longer
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            longest_word = max((header_metrics.horizontalAdvance(w) for w in text.split()),
                               default=0)
            self.view.setColumnWidth(col, max(least, longest_word + char * 2))
        self.view.setColumnWidth(self.model.status_column(), char * 14)
        header.setSectionResizeMode(self.model.status_column(), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(char * 6)
        self._fit_header_height()
        self.view.resizeRowsToContents()

    def _fit_header_height(self) -> None:
        """Tall enough for the longest wrapped option name (up to five lines)."""
        header = self.view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        lines = 1
        for col in range(self.model.columnCount()):
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = max(10, self.view.columnWidth(col) - 8)
            rect = metrics.boundingRect(0, 0, width, 10_000,
                                        int(Qt.TextFlag.TextWordWrap), text)
            lines = max(lines, round(rect.height() / metrics.lineSpacing()))
        header.setFixedHeight(metrics.lineSpacing() * min(lines, 5) + metrics.height())

    # ----- saving ------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and current.row() != previous.row():
            self.commit_row(previous.row())
        self.model.set_active_row(current.row())
        if current.row() != previous.row():
            self._show_rows()
        self._show_problems()

    def _record_secret(self) -> None:
        """The Record button (or Alt+R, pressed while the last cell is still
        being typed): the open cell belongs to this ballot, not the next."""
        self.view.commit_editor()
        self.commit_row(0)

    def commit_row(self, r: int) -> bool:
        """Save row ``r`` if it is finished and valid; True when nothing is left unsaved."""
        info = self.info
        if info is None or not 0 <= r < self.model.rowCount():
            return True
        row = self.model.rows[r]
        if row.draft is None:
            return True
        if row.elsewhere is not None:
            return False  # the member voted another way: never recorded from here
        first, second = self.model.values_of(row)
        if not first and not second and not row.recorded:
            row.draft, row.problems = None, []
            self.model.row_changed(r)
            return True
        self.model._check(row)
        if row.problems:
            self.model.row_changed(r)
            return False
        voter_id = row.voter_id
        if self.secret:
            voter_id = self.voter_combo.currentData()
        def save(s):
            if row.recorded:
                voting.update_ballot(s, row.ballot_id, first, entered_by=facilitator_name(),
                                     values2=second or None)
            else:
                voting.record_ballot(
                    s, info.id, first, voter_id=voter_id,
                    source="paper" if row.paper else "grid",
                    entered_by=facilitator_name(), values2=second or None)
            return None if self.secret else next(
                (b for b in voting.ballots(s, info.id) if b.voter_id == row.voter_id), None)

        # a refusal is shown on the row, in the grid's own words (never a message box)
        done = Op(self, self.ctx).run(save, on_refusal=lambda _message: None)
        if not done and not self.secret and self._voted_meanwhile(r):
            return False
        if not done:
            exc = done.error
            row.problems = (self.model.plain(list(exc.problems), row)
                            if isinstance(exc, voting.BallotRejected) else [exc.message])
            self.model.row_changed(r)
            return False
        stored = done.value
        who = row.name
        if self.secret:
            self.secret_count += 1
            row.draft, row.paper, row.problems = None, False, []
            self.voter_combo.setCurrentIndex(0)
            self._write_intro()
            # the next sheet starts in the first option, not where this one ended,
            # with the keyboard in the grid (Record may have been clicked)
            self.view.commit_editor()
            self.view.setCurrentIndex(self.model.index(r, self.model.first_field()))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ctx.show_status(self.tr("Secret ballot recorded."))
        else:
            if stored is not None:
                row.ballot_id = stored.id
                row.stored = {(k, 1): v for k, v in stored.values.items()}
                row.stored |= {(k, 2): v for k, v in stored.values2.items()}
                row.source, row.entered_by = stored.source, stored.entered_by
            row.draft, row.problems = None, []
            self.ctx.show_status(self.tr("Ballot of {0} saved.").format(who))
        self.model.row_changed(r)
        self.saved.emit()
        return True

    def _voted_meanwhile(self, r: int) -> bool:
        """After a refusal: if the member's ballot came in another way, say which."""
        row = self.model.rows[r]
        info = self.info
        assert info is not None
        found = Op(self, self.ctx).run(
            lambda s: next((b for b in voting.ballots(s, info.id)
                            if b.voter_id == row.voter_id), None),
            on_refusal=lambda _message: None)
        if not found or found.value is None:
            return False
        mark_voted_elsewhere(row, found.value)
        self.model.row_changed(r)
        return True

    def flush(self) -> bool:
        """Save the row being typed (e.g. before closing the round); True if all saved."""
        self.view.commit_editor()
        ok = True
        for r in range(self.model.rowCount()):
            row = self.model.rows[r]
            if row.draft is not None and row.elsewhere is None:
                ok = self.commit_row(r) and ok
        return ok

    def drafts_left(self) -> list[GridRow]:
        """Rows typed and not recorded (not those of members who voted another way:
        their drafts are marked as never to be recorded)."""
        return [r for r in self.model.rows if r.draft is not None and r.elsewhere is None]

    def _show_problems(self) -> None:
        """The current row's problems in full; else the first other row left with
        problems. In words, one reason a line, on a tinted strip under the grid."""
        index = self.view.currentIndex()
        current = self.model.rows[index.row()] if (
            index.isValid() and index.row() < self.model.rowCount()) else None
        bad = [r for n, r in enumerate(self.model.rows) if self.model.flagged(n)]
        if current is not None and current.problems and not self.model.flagged(index.row()):
            text = self.tr("{0}: being typed; finish the row to record it.").format(
                current.name)
        elif current is not None and current.problems:
            text = self.tr("{0}: not recorded").format(current.name) + "".join(
                f"\n\u2022 {p}" for p in current.problems)
        elif bad:
            text = self.tr("{0}: not recorded").format(bad[0].name)
            if self.private:
                text += "\n\u2022 " + self.tr("It has problems: go to the row to see them.")
            else:
                text += "".join(f"\n\u2022 {p}" for p in bad[0].problems)
            if len(bad) > 1:
                text += "\n" + self.tr("… and %n more row(s) not recorded", "", len(bad) - 1)
        elif current is not None and current.draft is not None:
            text = self.tr("{0}: no problem so far; finish the row to record it.").format(
                current.name)
        else:
            text = ""
        self.problem_label.setText(text)
        self.discard_button.setVisible(self._elsewhere_row() >= 0)
        warn = bool(bad)
        if warn != self.problem_label.autoFillBackground():
            palette = QPalette(self.palette())
            if warn:
                palette.setColor(QPalette.ColorRole.Window, tint(palette, HUE_PROBLEM))
            self.problem_label.setPalette(palette)
            self.problem_label.setAutoFillBackground(warn)
