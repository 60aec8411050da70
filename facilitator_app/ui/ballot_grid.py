"""The facilitator's entry grid: rows = voters, columns = options, keyboard only.

Typing a number in a cell starts editing it; Tab or Enter moves to the next
option; Delete clears a cell. Each row is checked live with the engine's
own messages (``services.voting.check_values``): the row is tinted, its
status says what is wrong and the line under the grid reads the reasons
out in full.

When is a ballot recorded? When its row is finished: Enter or Tab on the
row's last option, or leaving the row (arrow keys, a click on another row,
switching rounds), provided it holds at least one number and the engine
finds nothing wrong. A row with problems stays a draft, tinted, with its
reasons; Enter or Tab on its last option then keeps the cursor on it, so
the facilitator fixes it before moving on. Nothing half-typed is counted. Cells of recorded ballots can
be corrected the same way in named and anonymous rounds (the change is
saved when the row is left, and logged). Every ballot records the
facilitator as ``entered_by`` and its source: "grid", or "paper" when the
row's Paper box is ticked (Space in that column, or Ctrl+P anywhere in the
row), for a paper ballot the facilitator types in for someone.

In secret rounds the same grid shows one row, "Next ballot", that is
cleared once recorded: the ballot keeps no link to anyone. The widgets that
save rows (and the secret variant) are in ``ballot_entry.py``.

Privacy mode (:attr:`BallotGridModel.private`, for a laptop on a projector):
only the row being typed (:attr:`BallotGridModel.active_row`) shows its
numbers. Every other row that holds a ballot or a draft shows "—" in each
option cell and in the running total, whatever was given where, and a row
left with problems says so without quoting them (the engine's reasons
repeat the numbers). Names, the Paper box and the recorded mark stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)
from shiboken6 import isValid

from facilitator_app.core.views import RoundInfo
from facilitator_app.core.voting.ballots import dot_budget
from facilitator_app.services.voting import BallotInfo, VoterInfo, two_criteria
from facilitator_app.ui.dates import moment_text
from facilitator_app.ui.voting_common import (
    HUE_DRAFT,
    HUE_PROBLEM,
    SOURCE_SHORT,
    is_ranked,
    number,
    source_label,
    tint,
)

RowRole = Qt.ItemDataRole.UserRole + 1
#: Ballots the member cast themselves: the grid shows them, never rewrites them.
VOTER_CAST = ("phone", "kiosk")
#: What privacy mode shows instead of the numbers of a row not being typed.
HIDDEN = "—"


@dataclass
class GridRow:
    """One voter's line: the recorded ballot (if any) and unsaved edits."""

    voter_id: int | None  # None: the single row of secret entry
    name: str
    ballot_id: int | None = None
    stored: dict[tuple[int, int], float] = field(default_factory=dict)  # (option, criterion)
    source: str = ""
    entered_by: str = ""
    draft: dict[tuple[int, int], str] | None = None  # cell text while not saved
    paper: bool = False
    problems: list[str] = field(default_factory=list)
    entered_at: datetime | None = None
    #: the member's ballot that came in through another channel (phone, kiosk,
    #: another laptop) while this row held a draft: the draft will not be recorded
    elsewhere: BallotInfo | None = None

    @property
    def recorded(self) -> bool:
        return self.ballot_id is not None

    @property
    def cast_by_voter(self) -> bool:
        """A ballot the member cast themselves (phone, kiosk): not edited in the grid."""
        return self.recorded and self.source in VOTER_CAST

    def take(self, ballot: BallotInfo) -> None:
        """Show ``ballot`` as this row's recorded ballot (any draft is dropped)."""
        self.ballot_id = ballot.id
        self.stored = {(k, 1): v for k, v in ballot.values.items()}
        self.stored |= {(k, 2): v for k, v in ballot.values2.items()}
        self.source, self.entered_by = ballot.source, ballot.entered_by
        self.entered_at = ballot.entered_at
        self.draft, self.paper, self.problems, self.elsewhere = None, False, [], None

    def text(self, key: tuple[int, int]) -> str:
        if self.draft is not None:
            return self.draft.get(key, "")
        value = self.stored.get(key)
        return "" if value is None else number(value)


def parse_cell(text: str) -> Any:
    """Cell text as a number when it is one (3, 3.0, 2,5); else the text for the engine."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text
    return int(value) if value.is_integer() else value


def plain_words(problem: str, labels: list[str], typed: list[str]) -> str:
    """An engine reason as the grid shows it: option names and typed text in
    quotation marks, not the program's own quoting ('Joint export brand',
    'abc'), starting with a capital."""
    for text in sorted(set(typed), key=len, reverse=True):
        problem = problem.replace(repr(text), f"\u201c{text}\u201d")
    for label in sorted(set(labels), key=len, reverse=True):
        problem = problem.replace(f"'{label}'", f"\u201c{label}\u201d")
    return problem[:1].upper() + problem[1:]


def running_total(info: RoundInfo, values: dict[int, Any]) -> str:
    """What the row holds so far, in the method's words (dots used of the budget ...)."""
    numbers = [v for v in values.values() if isinstance(v, (int, float))]
    m = len(info.options)
    if info.method == "dots":
        budget = dot_budget(info.method_params, m)
        return f"{number(sum(numbers))} / {budget}"
    if info.method == "approval":
        return f"{sum(1 for v in numbers if v == 1)} ✓"
    return f"{len(numbers)} / {m}"


class BallotGridModel(QAbstractTableModel):
    """Voters x options. Holds drafts; the widget saves finished rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.info: RoundInfo | None = None
        self.rows: list[GridRow] = []
        self.fields: list[tuple[int, int]] = []  # (option id, criterion 1|2) per column
        self.editable = True
        self.check: Callable[[RoundInfo, dict, dict | None], list[str]] | None = None
        self.private = False  # privacy mode: numbers only in the active row
        self.active_row = -1  # the row being typed (the view's current row)
        #: the row whose cell editor is open: not flagged while the number is typed
        #: (a gap the cell will fill is no problem yet)
        self.editing_row = -1

    # ----- layout --------------------------------------------------------
    def first_field(self) -> int:
        return 1

    def last_field(self) -> int:
        return len(self.fields)

    def total_column(self) -> int:
        return len(self.fields) + 1

    def paper_column(self) -> int:
        return len(self.fields) + 2

    def status_column(self) -> int:
        return len(self.fields) + 3

    def is_field(self, column: int) -> bool:
        return 1 <= column <= len(self.fields)

    # ----- privacy mode ----------------------------------------------------------
    def shows_values(self, r: int) -> bool:
        """Whether row ``r``'s numbers (and the reasons quoting them) are on screen."""
        return not self.private or r == self.active_row

    def set_private(self, on: bool) -> None:
        if on != self.private:
            self.private = on
            if self.rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.rows) - 1, self.columnCount() - 1))

    def set_active_row(self, r: int) -> None:
        old, self.active_row = self.active_row, r
        if self.private and old != r:
            for row in (old, r):
                if 0 <= row < len(self.rows):
                    self.row_changed(row)

    def set_editing(self, r: int) -> None:
        old, self.editing_row = self.editing_row, r
        for row in {old, r}:
            if 0 <= row < len(self.rows):
                self.row_changed(row)

    def flagged(self, r: int) -> bool:
        """Whether row ``r`` is shown as having problems (not while its cell is typed)."""
        row = self.rows[r]
        return bool(row.problems) and (r != self.editing_row or row.elsewhere is not None)

    def set_rows(self, info: RoundInfo, rows: list[GridRow], editable: bool) -> None:
        self.beginResetModel()
        self.info = info
        self.rows = rows
        self.editable = editable
        self.active_row = -1  # the view sets it again with its current index
        self.editing_row = -1
        if two_criteria(info):
            self.fields = [(o.id, c) for o in info.options for c in (1, 2)]
        else:
            self.fields = [(o.id, 1) for o in info.options]
        for row in self.rows:
            if row.draft is not None:
                self._check(row)
        self.endResetModel()

    # ----- Qt model --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        if (parent is not None and parent.isValid()) or self.info is None:
            return 0
        return len(self.fields) + 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.info is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Voter")
        if self.is_field(section):
            option_id, criterion = self.fields[section - 1]
            n, option = next((n, o) for n, o in enumerate(self.info.options, start=1)
                             if o.id == option_id)
            if role == Qt.ItemDataRole.ToolTipRole:
                return option.title
            text = f"{n}. {option.label}"
            if two_criteria(self.info):
                text += "\n" + (self.tr("impact") if criterion == 1 else self.tr("feasibility"))
            return text
        if section == self.total_column():
            if is_ranked(self.info.method):
                return self.tr("Ranked")
            return {"dots": self.tr("Dots used"), "approval": self.tr("Approved"),
                    "score": self.tr("Rated")}.get(self.info.method, self.tr("Given"))
        if section == self.paper_column():
            return self.tr("Paper")
        if section == self.status_column():
            return self.tr("Status")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        can_edit = (self.editable and (not row.recorded or row.voter_id is not None)
                    and not row.cast_by_voter and row.elsewhere is None)
        if self.is_field(index.column()) and can_edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.paper_column() and can_edit and not row.recorded:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.info is None:
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == RowRole:
            return row
        shown = self.shows_values(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return row.name
            if self.is_field(col) or col == self.total_column():
                if not shown:
                    return HIDDEN if (row.recorded or row.draft is not None) else ""
                if self.is_field(col):
                    return row.text(self.fields[col - 1])
                return running_total(self.info, self.values_of(row)[0])
            if col == self.status_column():
                if row.problems and not self.flagged(index.row()):
                    return self.tr("typing…")
                return self.status_text(row, shown)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.paper_column():
            paper = row.paper if not row.recorded else row.source == "paper"
            return Qt.CheckState.Checked if paper else Qt.CheckState.Unchecked
        flagged = self.flagged(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if flagged:
                return "\n".join(row.problems) if shown else self.tr(
                    "Not recorded: it has problems (privacy mode hides them; go to the row "
                    "to see them).")
            if col == self.status_column() and row.cast_by_voter:
                return self.tr("{0}: the member's own ballot, not changed here (delete "
                               "it to let them vote again)").format(voted_how(row))
            if col == self.status_column() and row.recorded:
                return self.tr("{0}, entered by {1}").format(source_label(row.source),
                                                             row.entered_by or "–")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 0 and col != self.status_column():
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            palette = QPalette()
            if flagged:
                return tint(palette, HUE_PROBLEM)
            if row.draft is not None:
                return tint(palette, HUE_DRAFT, 0.16)
            return None
        return None

    def status_text(self, row: GridRow, shown: bool = True) -> str:
        if row.elsewhere is not None:
            return self.tr("⚠ {0}").format(voted_how(row.elsewhere, short=True))
        if row.problems and not shown:
            return self.tr("⚠ not recorded")
        if row.problems:
            n = len(row.problems)
            return self.tr("⚠ {0}").format(
                row.problems[0] if n == 1 else self.tr("%n problem(s)", "", n))
        if row.draft is not None:
            return self.tr("changed, not saved") if row.recorded else self.tr("typing…")
        if row.recorded:
            source = self.tr(SOURCE_SHORT.get(row.source, row.source))
            return "✓\u00a0" + source.replace(" ", "\u00a0")  # one line, never wrapped
        return ""

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEnabled):
            return False
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.paper_column():
            if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                return False
            row.paper = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index)
            return True
        if role != Qt.ItemDataRole.EditRole or not self.is_field(col):
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        text = "" if value is None else str(value).strip()
        key = self.fields[col - 1]
        if text == row.text(key):
            return False
        if row.draft is None:
            row.draft = {k: row.text(k) for k in self.fields if row.text(k)}
        if text:
            row.draft[key] = text
        else:
            row.draft.pop(key, None)
        if (row.recorded and self._same_as_stored(row)) or (not row.recorded and not row.draft):
            row.draft = None
            row.problems = []
        else:
            self._check(row)
        self.row_changed(index.row())
        return True

    def toggle_paper(self, r: int) -> None:
        index = self.index(r, self.paper_column())
        if self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            state = Qt.CheckState.Unchecked if self.rows[r].paper else Qt.CheckState.Checked
            self.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    # ----- values ------------------------------------------------------------
    def values_of(self, row: GridRow) -> tuple[dict[int, Any], dict[int, Any]]:
        """(values, second criterion) as numbers, by option id; blanks left out."""
        first: dict[int, Any] = {}
        second: dict[int, Any] = {}
        for key in self.fields:
            value = parse_cell(row.text(key))
            if value is not None:
                (first if key[1] == 1 else second)[key[0]] = value
        return first, second

    def _same_as_stored(self, row: GridRow) -> bool:
        first, second = self.values_of(row)
        stored = dict(row.stored)
        now = {(k, 1): float(v) if isinstance(v, (int, float)) else v for k, v in first.items()}
        now |= {(k, 2): float(v) if isinstance(v, (int, float)) else v
                for k, v in second.items()}
        return now == stored

    def _check(self, row: GridRow) -> None:
        if self.info is None or self.check is None:
            return
        first, second = self.values_of(row)
        row.problems = self.plain(self.check(self.info, first, second if second else None),
                                  row)

    def plain(self, problems: list[str], row: GridRow) -> list[str]:
        """The engine's reasons in plain words (see :func:`plain_words`)."""
        labels = [o.label for o in self.info.options] if self.info is not None else []
        typed = [row.text(key) for key in self.fields]
        typed = [t.strip() for t in typed if t.strip() and not isinstance(parse_cell(t), (int,
                                                                                       float))]
        return [plain_words(p, labels, typed) for p in problems]

    def row_changed(self, r: int) -> None:
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    def row_of_voter(self, voter_id: int | None) -> int:
        return next((n for n, r in enumerate(self.rows) if r.voter_id == voter_id), -1)


def grid_rows(info: RoundInfo, people: list[VoterInfo], stored: list[BallotInfo],
              drafts: dict[int | None, GridRow] | None = None) -> list[GridRow]:
    """One row per voting attendee with their recorded ballot; unsaved drafts kept."""
    by_voter = {b.voter_id: b for b in stored if b.voter_id is not None}
    rows = []
    for person in people:
        ballot = by_voter.get(person.member_id)
        row = GridRow(person.member_id, person.name)
        if ballot is not None:
            row.take(ballot)
        old = (drafts or {}).get(person.member_id)
        if old is not None and old.draft is not None:
            if old.ballot_id == row.ballot_id:
                row.draft, row.paper, row.elsewhere = old.draft, old.paper, old.elsewhere
            elif old.ballot_id is None and ballot is not None:
                # typed here while the member voted another way: kept, marked, not recorded
                mark_voted_elsewhere(old, ballot)
                row = old
        rows.append(row)
    return rows


def mark_voted_elsewhere(row: GridRow, ballot: BallotInfo) -> None:
    """The member of ``row`` (which holds a draft) has voted through another channel."""
    row.elsewhere = ballot
    row.problems = [tr_grid("Already {0}: this draft will not be recorded").format(
        voted_how(ballot))]


def tr_grid(text: str) -> str:
    return QCoreApplication.translate("BallotGridModel", text)


def voted_how(ballot: BallotInfo | GridRow, short: bool = False) -> str:
    """How and when a member's ballot came in: "voted by phone at 10:42"."""
    source = ballot.source
    at = ballot.entered_at
    when = "" if short or at is None else moment_text(at)
    texts = {
        "phone": (tr_grid("voted by phone"), tr_grid("voted by phone at {0}")),
        "kiosk": (tr_grid("voted on the kiosk"), tr_grid("voted on the kiosk at {0}")),
        "paper": (tr_grid("voted on paper"), tr_grid("voted on paper (typed in at {0})")),
        "import": (tr_grid("voted in an imported file"),
                   tr_grid("voted in a file imported at {0}")),
    }
    plain, timed = texts.get(source, (tr_grid("voted"), tr_grid("voted (entered at {0})")))
    return timed.format(when) if when else plain


class CellDelegate(QStyledItemDelegate):
    """A plain line edit; the view decides where Tab and Enter go."""

    editor: QLineEdit | None = None

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        self.editor = editor
        model = index.model()
        if isinstance(model, BallotGridModel):
            model.set_editing(index.row())
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        return editor

    def destroyEditor(self, editor, index) -> None:
        model = index.model()
        if isinstance(model, BallotGridModel):
            model.set_editing(-1)
        super().destroyEditor(editor, index)


class BallotTableView(QTableView):
    """Keyboard flow of the grid: Tab/Enter to the next option, row end = finished."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        #: called with the row when its last option is left with Tab or Enter;
        #: returns False to keep the cursor on the row (it has problems)
        self.finish_row: Callable[[int], bool] = lambda _row: True
        self._setup()

    def _setup(self) -> None:
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        #: keys handled in keyPressEvent, for the F1 list
        self.key_help = [
            (self.tr("Next option (after the last: the row is recorded)"),
             self.tr("Tab, Enter")),
            (self.tr("Previous option"), self.tr("Shift+Tab")),
            (self.tr("Clear the cell"), self.tr("Delete, Backspace")),
            (self.tr("Paper ballot (in the Paper column)"), self.tr("Space")),
        ]
        paper = QAction(self.tr("Paper ballot"), self)
        paper.setShortcut(QKeySequence("Ctrl+P"))
        paper.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paper.triggered.connect(self._toggle_paper)
        self.addAction(paper)

    def commit_editor(self) -> None:
        """Take what is typed in an open cell editor into the model and close it."""
        delegate = self.itemDelegate()
        editor = getattr(delegate, "editor", None)
        if (self.state() == QAbstractItemView.State.EditingState and editor is not None
                and isValid(editor)):
            self.commitData(editor)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def grid(self) -> BallotGridModel:
        return self.model()  # type: ignore[return-value]

    def _toggle_paper(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.grid().toggle_paper(index.row())

    def shown_row(self, row: int, step: int) -> int | None:
        """The next row on screen from ``row`` going ``step`` (hidden rows skipped)."""
        row += step
        while 0 <= row < self.grid().rowCount() and self.isRowHidden(row):
            row += step
        return row if 0 <= row < self.grid().rowCount() else None

    def next_index(self, index: QModelIndex) -> QModelIndex | None:
        """The next option cell, or the first of the next row; None after the last row."""
        grid = self.grid()
        row, col = index.row(), index.column()
        if not grid.is_field(col):
            return grid.index(row, grid.first_field())
        if col < grid.last_field():
            return grid.index(row, col + 1)
        following = self.shown_row(row, +1)
        if following is not None:
            return grid.index(following, grid.first_field())
        return None

    def previous_index(self, index: QModelIndex) -> QModelIndex:
        grid = self.grid()
        row, col = index.row(), index.column()
        if grid.is_field(col) and col > grid.first_field():
            return grid.index(row, col - 1)
        before = self.shown_row(row, -1)
        if before is not None:
            return grid.index(before, grid.last_field())
        return index

    def advance(self) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        grid = self.grid()
        at_end = grid.is_field(index.column()) and index.column() == grid.last_field()
        if at_end and not self.finish_row(index.row()):
            return  # stay on a row with problems: the reasons are on screen
        target = self.next_index(index)
        if target is not None and target.isValid():
            self.setCurrentIndex(target)

    def retreat(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.setCurrentIndex(self.previous_index(index))

    def closeEditor(self, editor, hint) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        if hint in (hints.EditNextItem, hints.SubmitModelCache):
            super().closeEditor(editor, hints.NoHint)
            QTimer.singleShot(0, self.advance)
            return
        if hint == hints.EditPreviousItem:
            super().closeEditor(editor, hints.NoHint)
            QTimer.singleShot(0, self.retreat)
            return
        super().closeEditor(editor, hint)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.state() == QAbstractItemView.State.EditingState:
            return super().focusNextPrevChild(next)
        if next:
            self.advance()
        else:
            self.retreat()
        return True

    def keyPressEvent(self, event) -> None:
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance()
            return
        if not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            index = self.currentIndex()
            if index.isValid() and self.grid().is_field(index.column()):
                self.grid().setData(index, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)
