"""The Voting tab: vote rounds of a workshop and everything that brings ballots in.

Top: the rounds (number, title, method, anonymity, status, who has voted)
with New round…, Edit…, Close, Reopen… (asks why; logged), Next round…
(top k or the multi-voting rule, from a closed round) and Delete….
Below, for the chosen round: the entry grid (or one-ballot-at-a-time entry
in a secret round), who has not voted yet, and the other ways ballots come
in: the kiosk, a show of hands, paper ballots (printed, then imported or
typed into the grid with Paper ticked), plus the round's audit log.

Actions that would open a dialog take the dialog (or the answer) as an
argument, so tests can drive them without a modal loop.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.core.errors import UserError
from facilitator_app.export.paper_ballots import write_paper_ballots
from facilitator_app.services import ballot_import, voting
from facilitator_app.services.priorities import list_priorities
from facilitator_app.ui import file_dialogs
from facilitator_app.ui.audit_view import AuditDialog
from facilitator_app.ui.ballot_entry import BallotEntry
from facilitator_app.ui.ballot_import_dialog import BallotImportDialog
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.flow_layout import FlowLayout
from facilitator_app.ui.hands_dialog import HandsDialog
from facilitator_app.ui.kiosk import KioskStartDialog, KioskWindow
from facilitator_app.ui.next_round_dialog import NextRoundDialog
from facilitator_app.ui.operation import BackgroundOp, Op
from facilitator_app.ui.phone_voting import PhoneVotingWindow, StartDialog
from facilitator_app.ui.round_dialog import RoundDialog
from facilitator_app.ui.voting_common import (
    anonymity_explained,
    anonymity_label,
    facilitator_name,
    method_label,
    safe_file_name,
    status_label,
)

TOPIC = "voting"


def params_text(info: voting.RoundInfo) -> str:
    p = info.params
    if info.method == "dots":
        text = f"{p.get('budget', '?')} dots each"
        if p.get("max_per_option"):
            text += f", at most {p['max_per_option']} per option"
        return text
    if info.method == "score":
        text = f"scale {p.get('scale_min', 1)}-{p.get('scale_max', 5)}"
        return text + (", impact and feasibility" if p.get("two_criteria") else "")
    if info.method == "gradients":
        return f"consensus at {round(float(p.get('support_threshold') or 0.75) * 100)} % support"
    return ""


class RoundsModel(QAbstractTableModel):
    COLUMNS = ("#", "Title", "Method", "Anonymity", "Status", "Voted")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rounds: list[voting.RoundInfo] = []
        self.progress: dict[int, voting.RoundProgress] = {}

    def refresh(self, rounds: list[voting.RoundInfo],
                progress: dict[int, voting.RoundProgress]) -> None:
        self.beginResetModel()
        self.rounds, self.progress = rounds, progress
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rounds)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self.rounds[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return info
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return anonymity_explained(info.anonymity)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        progress = self.progress.get(info.id)
        voted = ""
        if progress is not None:
            voted = self.tr("{0} of {1}").format(progress.voted, progress.voters)
            if progress.ballots != progress.voted:  # e.g. secret papers nobody was marked for
                voted += self.tr(" (%n ballot(s))", "", progress.ballots)
            if progress.hands:
                voted += self.tr(" + %n hand(s)", "", progress.hands)
        return (str(info.number), info.title, method_label(info.method),
                anonymity_label(info.anonymity), status_label(info.status),
                voted)[index.column()]

    def row_of(self, round_id: int) -> int:
        return next((n for n, r in enumerate(self.rounds) if r.id == round_id), -1)


class VotingTab(QWidget):
    """The Voting tab of a workshop."""

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.kiosk: KioskWindow | None = None
        self.phones: PhoneVotingWindow | None = None
        self._dirty = False
        self._own_change = False

        self.rounds_model = RoundsModel(self)
        self.rounds_view = QTableView()
        self.rounds_view.setModel(self.rounds_model)
        self.rounds_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rounds_view.verticalHeader().setVisible(False)
        header = self.rounds_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rounds_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._round_changed())

        self.new_button = QPushButton(self.tr("&New round…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.close_button = QPushButton(self.tr("&Close round"))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.next_button = QPushButton(self.tr("Ne&xt round…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(lambda: self.new_round())
        self.edit_button.clicked.connect(lambda: self.edit_round())
        self.close_button.clicked.connect(lambda: self.close_round())
        self.reopen_button.clicked.connect(lambda: self.reopen_round())
        self.next_button.clicked.connect(lambda: self.next_round())
        self.delete_button.clicked.connect(lambda: self.delete_round())
        round_buttons = FlowLayout()  # wraps on a narrow screen rather than widen the window
        round_buttons.add_widgets(self.new_button, self.edit_button, self.close_button,
                                  self.reopen_button, self.next_button)
        round_buttons.add_gap()
        round_buttons.addWidget(self.delete_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("round_summary")
        self.kiosk_button = QPushButton(self.tr("Start &kiosk…"))
        self.phones_button = QPushButton(self.tr("Open vo&ting to phones…"))
        self.phones_button.setObjectName("phones_button")
        self.phones_button.clicked.connect(lambda: self.open_phones())
        self.hands_button = QPushButton(self.tr("Show of &hands…"))
        self.paper_button = QPushButton(self.tr("&Paper ballots (PDF)…"))
        self.import_button = QPushButton(self.tr("&Import ballots…"))
        self.delete_ballot_button = QPushButton(self.tr("Delete ballot…"))
        self.audit_button = QPushButton(self.tr("&Audit log…"))
        self.kiosk_button.clicked.connect(lambda: self.start_kiosk())
        self.hands_button.clicked.connect(lambda: self.show_hands())
        self.paper_button.clicked.connect(lambda: self.paper_ballots())
        self.import_button.clicked.connect(lambda: self.import_ballots())
        self.delete_ballot_button.clicked.connect(lambda: self.delete_ballot())
        self.audit_button.clicked.connect(lambda: self.show_audit())
        ways = FlowLayout()
        ways.add_widgets(self.kiosk_button, self.phones_button, self.hands_button,
                         self.paper_button, self.import_button)
        ways.add_gap()
        ways.add_widgets(self.delete_ballot_button, self.audit_button)

        self.entry = BallotEntry(ctx)
        self.entry.saved.connect(self._ballot_saved)
        self.entry.view.selectionModel().currentChanged.connect(
            lambda *_: self._update_buttons())
        self.waiting_model = QStringListModel(self)
        self.waiting_view = QListView()
        self.waiting_view.setModel(self.waiting_model)
        self.waiting_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waiting_label")
        self.waiting_label.setWordWrap(True)  # the side panel is narrow: a long translation wraps
        side = QWidget()
        side.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.waiting_label)
        side_layout.addWidget(self.waiting_view, 1)
        inner = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(self.entry)
        inner.addWidget(side)
        inner.setStretchFactor(0, 5)
        inner.setStretchFactor(1, 1)
        inner.setChildrenCollapsible(False)

        self.round_box = QGroupBox()
        box = QVBoxLayout(self.round_box)
        box.addWidget(self.summary)
        box.addLayout(ways)
        box.addWidget(inner, 1)
        self.empty_label = QLabel(self.tr(
            "No vote round yet. Add the candidate priorities on the Priorities tab, then "
            "press New round…"))
        self.empty_label.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(round_buttons)
        top_layout.addWidget(self.rounds_view)
        top_layout.addWidget(self.empty_label)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(self.round_box)
        outer.setStretchFactor(0, 1)
        outer.setStretchFactor(1, 4)
        outer.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # ----- data -------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if self._own_change or topic not in (TOPIC, "priorities", "attendance", "members"):
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _notify(self) -> None:
        self._own_change = True
        try:
            self.ctx.notify(TOPIC)
        finally:
            self._own_change = False

    def reload(self, select: int | None = None) -> None:
        """Refresh the rounds and the chosen round (``select`` one by id)."""
        self._dirty = False
        chosen = select if select is not None else self.round_id()

        def load(s):
            rounds = voting.list_rounds(s, self.workshop_id)
            return rounds, {r.id: voting.round_progress(s, r.id) for r in rounds}

        read = self._op().run(load)
        if not read:
            return
        rounds, progress = read.value
        self.rounds_view.selectionModel().blockSignals(True)
        self.rounds_model.refresh(rounds, progress)
        row = self.rounds_model.row_of(chosen) if chosen is not None else -1
        if row < 0 and rounds:
            row = len(rounds) - 1
        if row >= 0:
            self.rounds_view.selectRow(row)
        self.rounds_view.selectionModel().blockSignals(False)
        self.empty_label.setVisible(not rounds)
        self.rounds_view.setVisible(bool(rounds))
        self.rounds_view.resizeRowsToContents()
        shown = min(max(len(rounds), 2), 5)
        row_height = self.rounds_view.verticalHeader().defaultSectionSize()
        self.rounds_view.setMinimumHeight(
            self.rounds_view.horizontalHeader().sizeHint().height() + shown * row_height
            + 2 * self.rounds_view.frameWidth())
        self._round_changed()

    def round_id(self) -> int | None:
        info = self.current_round()
        return info.id if info is not None else None

    def current_round(self) -> voting.RoundInfo | None:
        index = self.rounds_view.selectionModel().currentIndex()
        if not index.isValid():
            rows = self.rounds_view.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.rounds_model.rounds[index.row()]

    def select_round(self, round_id: int) -> None:
        row = self.rounds_model.row_of(round_id)
        if row >= 0:
            self.rounds_view.selectRow(row)

    def _round_changed(self) -> None:
        info = self.current_round()
        self.round_box.setVisible(info is not None)
        if info is None:
            self._update_buttons()
            return
        if self.entry.info is not None and self.entry.info.id != info.id:
            self.entry.flush()  # a row typed in the previous round is saved, not lost
        read = self._op().run(lambda s: (
            voting.voters(s, info.id),
            voting.ballots(s, info.id) if info.anonymity != "secret" else [],
            voting.not_voted(s, info.id),
            voting.round_progress(s, info.id).codes_waiting))
        if not read:
            return
        people, stored, waiting, codes_out = read.value
        self.round_box.setTitle(info.title)
        extra = params_text(info)
        self.summary.setText(" · ".join(x for x in (
            method_label(info.method), extra,
            self.tr("%n option(s)", "", len(info.options)),
            status_label(info.status)) if x) + "\n" + anonymity_explained(info.anonymity))
        self.entry.show_round(info, people, stored)
        self._show_waiting(waiting, len(people), codes_out)
        self._update_buttons()

    def _show_waiting(self, waiting: list[voting.VoterInfo], total: int,
                      codes_out: int = 0) -> None:
        """Who may still vote here, and (a secret round) how many phone codes
        are out: their holders vote by phone only, and nobody knows who has."""
        self.waiting_model.setStringList([v.name for v in waiting])
        text = self.tr("Not voted yet: {0} of {1}").format(len(waiting), total)
        if codes_out:
            text += "\n" + self.tr("and %n phone code(s) not used yet", "", codes_out)
        self.waiting_label.setText(text)
        self.entry.set_not_voted(waiting)

    def _ballot_saved(self) -> None:
        info = self.entry.info  # the round the row was typed in (the selection may have moved)
        if info is None:
            return
        self._refresh_progress(info.id)
        self._notify()

    def _refresh_progress(self, round_id: int) -> None:
        """The round's row and who has not voted, after ballots came in. In the
        grid, a member who voted another way (phone, kiosk) leaves their untouched
        row; a row typed for them is marked as not to be recorded."""
        shown = self.entry.info is not None and self.entry.info.id == round_id
        read = self._op().run(lambda s: (
            voting.not_voted(s, round_id), len(voting.voters(s, round_id)),
            voting.round_progress(s, round_id), voting.get_round(s, round_id),
            voting.ballots(s, round_id) if shown and not self.entry.secret else []))
        if not read:
            return
        waiting, total, progress, locked, stored = read.value
        if stored:
            self.entry.take_stored(stored)
        self.rounds_model.progress[round_id] = progress
        row = self.rounds_model.row_of(round_id)
        if row >= 0:
            self.rounds_model.rounds[row] = locked
            self.rounds_model.dataChanged.emit(self.rounds_model.index(row, 0),
                                               self.rounds_model.index(row, 5))
        if self.round_id() == round_id:
            self._show_waiting(waiting, total, progress.codes_waiting)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.current_round()
        has = info is not None
        is_open = has and info.is_open
        for b in (self.edit_button, self.delete_button, self.audit_button, self.paper_button):
            b.setEnabled(has)
        self.close_button.setEnabled(is_open)
        self.reopen_button.setEnabled(has and not is_open)
        self.next_button.setEnabled(has and not is_open)
        for b in (self.kiosk_button, self.import_button, self.phones_button):
            b.setEnabled(is_open)
        self.hands_button.setEnabled(is_open and info.method in ("dots", "approval", "gradients"))
        row = self._current_grid_row()
        self.delete_ballot_button.setVisible(has and info.anonymity != "secret")
        self.delete_ballot_button.setEnabled(is_open and row is not None and row.recorded)

    def _current_grid_row(self):
        index = self.entry.view.currentIndex()
        if not index.isValid() or index.row() >= self.entry.model.rowCount():
            return None
        return self.entry.model.rows[index.row()]

    def flush(self) -> None:
        self.entry.flush()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)

    def _op(self) -> Op:
        return Op(self, self.ctx)

    def _changed(self, select: int | None = None) -> None:
        """After an edit of this tab: show it here, then tell the other pages."""
        self.reload(select=select)
        self._notify()

    # ----- rounds -------------------------------------------------------------------
    def new_round(self, dialog: RoundDialog | None = None) -> voting.RoundInfo | None:
        read = self._op().run(lambda s: list_priorities(s, self.workshop_id))
        if not read:
            return None
        priorities = read.value
        if not priorities:
            self._warn(self.tr("Add candidate priorities on the Priorities tab first."))
            return None
        number = max((r.number for r in self.rounds_model.rounds), default=0) + 1
        dialog = dialog or RoundDialog(priorities, parent=self, number=number)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        v = dialog.values()
        done = self._op().run(
            lambda s: voting.create_round(
                s, self.workshop_id, v["priority_ids"], v["method"], params=v["params"],
                anonymity=v["anonymity"], title=v["title"], view_filter=v["view_filter"],
                use_weights=v["use_weights"], actor=facilitator_name()),
            success=lambda info: self._changed(info.id),
            status=lambda info: self.tr("{0} opened.").format(info.title))
        return done.value if done else None

    def edit_round(self, dialog: RoundDialog | None = None) -> None:
        info = self.current_round()
        if info is None:
            return
        round_id = info.id
        read = self._op().run(lambda s: (list_priorities(s, self.workshop_id),
                                         voting.get_round(s, round_id)))
        if not read:
            return
        priorities, info = read.value
        dialog = dialog or RoundDialog(priorities, info, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        changes = {"title": v["title"], "view_filter": v["view_filter"],
                   "use_weights": v["use_weights"]}
        if not info.locked:
            changes |= {"method": v["method"], "params": v["params"],
                        "anonymity": v["anonymity"], "priority_ids": v["priority_ids"]}
        self._op().run(lambda s: voting.update_round(s, round_id, actor=facilitator_name(),
                                                     **changes))
        self._changed(round_id)  # refused or not: show what is stored

    def _ask(self, text: str) -> bool:
        """A yes/no question whose default answer is No."""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(self, APP_NAME, text, buttons.Yes | buttons.No,
                                    buttons.No) == buttons.Yes

    def close_round(self, force: bool | None = None,
                    not_voted_ok: bool | None = None) -> bool:
        """Close the chosen round; asks first when rows are unsaved (``force``) or
        voting members have not voted yet (``not_voted_ok``). Either answer may be
        given instead of asking."""
        info = self.current_round()
        if info is None or not info.is_open:
            return False
        if not self.entry.flush():
            rows = len(self.entry.drafts_left())
            if force is None:
                force = self._ask(
                    self.tr("%n row(s) (has|have) problems and (is|are) not recorded. Close "
                            "the round anyway? (It|They) will be lost.", "", rows))
            if not force:
                return False
        read = self._op().run(lambda s: (voting.not_voted(s, info.id),
                                         len(voting.voters(s, info.id)),
                                         voting.round_progress(s, info.id).hands))
        if not read:
            return False
        waiting, total, hands = read.value
        if waiting and not_voted_ok is None:
            names = ", ".join(v.name for v in waiting[:5])
            if len(waiting) > 5:
                names += self.tr(" and {0} more").format(len(waiting) - 5)
            text = self.tr(
                "%n of {0} voting members (has|have) not voted yet ({1}). Close {2} anyway? "
                "Nobody can vote in it once it is closed, unless you reopen it.", "",
                len(waiting)).format(total, names, info.title)
            if hands:
                text += " " + self.tr("(The show of hands is counted, but it does not say "
                                      "who raised a hand.)")
            not_voted_ok = self._ask(text)
        if waiting and not not_voted_ok:
            return False
        if not self._op().run(lambda s: voting.close_round(s, info.id, actor=facilitator_name())):
            self.reload(select=info.id)  # nothing changed: show what is stored
            return False
        if self.phones is not None and self.phones.round_id == info.id:
            self.phones.stop(self.tr("{0} was closed: voting by phone has stopped.").format(
                info.title))
        self.reload(select=info.id)
        self._notify()
        self.ctx.show_status(self.tr("{0} closed: its results are on the Results tab.").format(
            info.title))
        self._show_results(info.id)
        return True

    def _show_results(self, round_id: int) -> None:
        """Bring the closed round's results up on the Results tab (the room is waiting)."""
        holder = self.parent()
        while holder is not None and not (hasattr(holder, "show_tab") and hasattr(holder, "tab")):
            holder = holder.parent()
        if holder is None:
            return
        results = holder.tab("results")
        if results is not None and hasattr(results, "select_round"):
            results.reload()
            results.select_round(round_id)
            holder.show_tab("results")

    def reopen_round(self, reason: str | None = None) -> bool:
        info = self.current_round()
        if info is None or info.is_open:
            return False
        if reason is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Reopen {0}").format(info.title),
                self.tr("Why reopen it? (kept in the audit log, e.g. a late paper ballot)"))
            if not ok:
                return False
            reason = text
        if not reason.strip():
            self._warn(self.tr("Say why the round is reopened: it is kept in the audit log."))
            return False
        why = reason.strip()
        done = self._op().run(
            lambda s: voting.reopen_round(s, info.id, actor=facilitator_name(), reason=why),
            success=lambda _: self._changed(info.id),
            status=self.tr("{0} reopened.").format(info.title))
        return bool(done)

    def delete_round(self, confirm: bool | None = None) -> bool:
        info = self.current_round()
        if info is None:
            return False
        if confirm is None:
            read = self._op().run(lambda s: voting.round_progress(s, info.id))
            if not read:
                return False
            progress = read.value
            confirm = QMessageBox.question(
                self, APP_NAME,
                self.tr("Delete {0} with its %n ballot(s)? This cannot be undone.", "",
                        progress.ballots + progress.hands).format(info.title),
            ) == QMessageBox.StandardButton.Yes
        if not confirm:
            return False
        done = self._op().run(
            lambda s: voting.delete_round(s, info.id, actor=facilitator_name()),
            success=lambda _: self._changed(),
            status=self.tr("{0} deleted.").format(info.title))
        return bool(done)

    def next_round(self, dialog: NextRoundDialog | None = None) -> voting.RoundInfo | None:
        """A new round from the closed one shown: the dialog suggests which options
        go on (after gradients, those without consensus) and a title."""
        info = self.current_round()
        if info is None or info.is_open:
            return None

        def preview(rule: str, k: int):  # the dialog shows a refusal in its preview line
            return self._op().fetch(
                lambda s: voting.preview_next_round(s, info.id, rule=rule, k=k))

        if dialog is None:
            read = self._op().run(lambda s: voting.next_round_setup(s, info.id))
            if not read:
                return None
            dialog = NextRoundDialog(info, read.value, preview, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        v = dialog.values()
        done = self._op().run(
            lambda s: voting.start_next_round(
                s, info.id, rule=v["rule"], k=v["k"], options=v["options"],
                title=v["title"], method=v["method"], anonymity=v["anonymity"],
                actor=facilitator_name()),
            success=lambda made: self._changed(made[0].id),
            status=lambda made: self.tr("{0} opened: {1}").format(made[0].title, made[1]))
        return done.value[0] if done else None

    # ----- ways ballots come in ---------------------------------------------------------
    def start_kiosk(self, dialog: KioskStartDialog | None = None,
                    show: bool = True) -> KioskWindow | None:
        info = self.current_round()
        if info is None or not info.is_open:
            return None
        self.entry.flush()
        dialog = dialog or KioskStartDialog(info, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.kiosk = KioskWindow(self.ctx, info.id, dialog.pin())
        self.kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kiosk.closed.connect(self._kiosk_closed)
        if show:
            self.kiosk.showFullScreen()
        return self.kiosk

    def open_phones(self, dialog: StartDialog | None = None, host: str | None = None,
                    port: int | None = None, show: bool = True) -> PhoneVotingWindow | None:
        """Serve the chosen open round to phones (asks which address, unless
        ``host`` is given); one server at a time."""
        info = self.current_round()
        if info is None or not info.is_open:
            return None
        self.entry.flush()
        if self.phones is not None:
            if self.phones.round_id == info.id:
                self.phones.raise_()
                self.phones.activateWindow()
                return self.phones
            self.phones.stop()
        if host is None:
            dialog = dialog or StartDialog(info.title, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            host, port = dialog.address.currentText(), dialog.port.value()
        try:
            window = PhoneVotingWindow(self.ctx, info.id, host,
                                       port if port is not None else 8716, self)
        except UserError as exc:
            self._warn(exc.message)
            return None
        server = window.server
        self.destroyed.connect(lambda *_: server.stop())  # the workshop closed: stop too
        window.stopped.connect(self._phones_stopped)
        window.voted.connect(lambda: self._refresh_progress(info.id))
        self.phones = window
        if show:
            window.show()
        return window

    def _phones_stopped(self, _reason: str) -> None:
        self.phones = None
        with contextlib.suppress(RuntimeError):
            self.reload()

    def _kiosk_closed(self) -> None:
        self.kiosk = None
        self.reload()

    def show_hands(self, dialog: HandsDialog | None = None) -> int:
        info = self.current_round()
        if info is None or not info.is_open:
            return 0
        dialog = dialog or HandsDialog(info, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        totals = dialog.totals()
        done = self._op().run(
            lambda s: voting.record_hands(s, info.id, totals, entered_by=facilitator_name()),
            success=lambda _: self._changed(info.id),
            status=lambda marks: self.tr("Show of hands recorded: {0} in all.").format(marks))
        return done.value if done else 0

    def paper_ballots(self, path: str | Path | None = None,
                      blank: int | None = None) -> BackgroundOp[Path] | None:
        """Print the round's ballots to a PDF, written off the GUI thread with
        progress and Cancel; returns the running operation (None if not started)."""
        info = self.current_round()
        if info is None:
            return None
        if info.anonymity == "secret" and blank is None and path is None:
            read = self._op().run(lambda s: len(voting.voters(s, info.id)))
            if not read:
                return None
            default = read.value
            blank, ok = QInputDialog.getInt(
                self, self.tr("Paper ballots"),
                self.tr("Secret round: the sheets carry no name. How many blank ballots?"),
                max(1, default), 1, 999)
            if not ok:
                return None
        if path is None:
            path, _ = file_dialogs.ask_save_path(
                self, self.tr("Paper ballots"),
                f"{safe_file_name(self.tr('Ballots') + ' - ' + info.title)}.pdf",
                self.tr("PDF (*.pdf)"))
            if not path:
                return None
        read = self._op().run(lambda s: voting.paper_ballot_data(s, info.id, blank=blank))
        if not read:
            return None
        data, target = read.value, path

        def write(job) -> Path:
            return write_paper_ballots(
                target, data, lambda done, total: job.progress(
                    done, total, self.tr("Ballot {0} of {1}").format(done, total)))

        return self._op().in_background(
            write, progress_label=self.tr("Writing the paper ballots…"),
            status=lambda written: self.tr(
                "Paper ballots saved to {0} (round code {1}).").format(written, data.code),
            cancelled_status=self.tr("Paper ballots cancelled; nothing was written."))

    def import_ballots(self, path: str | Path | None = None,
                       dialog: BallotImportDialog | None = None) -> int:
        info = self.current_round()
        if info is None or not info.is_open:
            return 0
        self.entry.flush()
        dialog = dialog or BallotImportDialog(self.ctx, info, self)
        if path is not None:
            dialog.load(path)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.matrix is None:
            return 0
        matrix, source, handed_in_by = dialog.matrix, dialog.source(), dialog.handed_in_by()

        def refusal(exc: UserError) -> str:
            if isinstance(exc, ballot_import.BallotImportRejected):
                return "\n".join([self.tr("Nothing was imported:")] + exc.problems[:20])
            return exc.message

        done = self._op().run(
            lambda s: ballot_import.import_ballots(s, info.id, matrix,
                                                   entered_by=facilitator_name(),
                                                   source=source, handed_in_by=handed_in_by),
            success=lambda _: self._changed(info.id),
            status=lambda plan: self.tr("%n ballot(s) imported.", "", len(plan.ballots)),
            error_text=refusal)
        return len(done.value.ballots) if done else 0

    def delete_ballot(self, confirm: bool | None = None) -> bool:
        info = self.current_round()
        row = self._current_grid_row()
        if info is None or row is None or not row.recorded:
            return False
        if confirm is None:
            confirm = QMessageBox.question(
                self, APP_NAME, self.tr("Delete the ballot of {0}? They can then vote "
                                        "again.").format(row.name),
            ) == QMessageBox.StandardButton.Yes
        if not confirm:
            return False
        ballot_id = row.ballot_id
        done = self._op().run(
            lambda s: voting.delete_ballot(s, ballot_id, actor=facilitator_name()),
            success=lambda _: self._changed(info.id))
        return bool(done)

    def show_audit(self, dialog: AuditDialog | None = None) -> AuditDialog | None:
        info = self.current_round()
        if info is None:
            return None
        dialog = dialog or AuditDialog(self.ctx, info.id, info.title, self)
        dialog.exec()
        return dialog
