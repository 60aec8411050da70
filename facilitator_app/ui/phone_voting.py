"""Open voting to phones: the room server for the open round, in a large
window the facilitator can put on the projector.

The window shows the address to open and its QR code (segno), and the
turnout ("14 of 19 have voted": never names, in any mode). Stop ends it
with one click; it also stops when the round closes (here or elsewhere),
when the workshop's tab goes away and when the app quits. The server runs
in worker threads (``services.room.server``); this window only polls the
turnout, so the GUI never waits for a phone.

Voter codes are issued from here: slips to print for everyone who has not
voted yet, a new code for a member who lost theirs (named and anonymous
rounds), or, in a secret round, every unused code replaced at once. Codes
work only on the computer that issued them (their key stays there) and die
when the round closes: the window says when this round's codes were issued
elsewhere, so that new ones are issued here.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import segno
from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.export.code_slips import write_codes
from facilitator_app.i18n.messages import Texts
from facilitator_app.services import voting
from facilitator_app.services.room import codes, projector, setup
from facilitator_app.services.room.server import (
    DEFAULT_PORT,
    RoomServer,
    check_bind_address,
    local_addresses,
)
from facilitator_app.ui import file_dialogs, languages
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.operation import Op
from facilitator_app.ui.voting_common import facilitator_name, safe_file_name


def machine_addresses() -> list[str]:
    """This computer's IPv4 addresses (the hotspot's among them), the local
    network's first and loopback last."""
    found = set(local_addresses())
    for address in QNetworkInterface.allAddresses():
        if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            with contextlib.suppress(UserError):  # one the internet reaches is not offered
                found.add(check_bind_address(address.toString()))
    ranked = local_addresses()
    return sorted(found, key=lambda a: (a.startswith("127."), a not in ranked, a))


QR_BORDER = 2
QR_MIN = 160  # the smallest the code is drawn in the window, in pixels


def qr_modules(text: str) -> int:
    """The QR code's width in modules, its quiet zone included."""
    return int(segno.make(text, error="m").symbol_size(scale=1, border=QR_BORDER)[0])


def qr_pixmap(text: str, scale: int = 12) -> QPixmap:
    """The QR code of ``text``, ``scale`` pixels a module (segno writes the
    PNG; no Pillow needed)."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=QR_BORDER)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(out.getvalue()), "PNG")
    return pixmap


class StartDialog(QDialog):
    """Which address of this computer the phones reach (the hotspot's)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open voting to phones"))
        self.address = QComboBox()
        self.address.addItems(machine_addresses())
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSpecialValueText(self.tr("any free port"))
        note = QLabel(self.tr(
            "Phones vote in {0} over this computer's own network: turn on the laptop's "
            "hotspot (no internet needed), let the phones join it, and choose the hotspot's "
            "address here. Nothing listens on any other address.").format(title))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Port"), self.port)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)


class _Relay(QObject):
    """Carries the server's news from its threads to the GUI thread."""

    stopped = Signal(str)
    cast = Signal()


class PhoneVotingWindow(QWidget):
    """The join address, its QR code and the turnout, large enough for a projector."""

    stopped = Signal(str)
    voted = Signal()  # ballots came in by phone (the Voting tab's counts follow)

    def __init__(self, ctx: AppContext, round_id: int, host: str, port: int = DEFAULT_PORT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.round_id = ctx, round_id
        # a refusal here goes to the Voting tab opening the window (its slot shows it)
        self.info = Op(self, ctx).fetch(lambda s: voting.get_round(s, round_id))
        workshop_id = self.info.workshop_id
        #: the room's words (steps, turnout) in the participants' language
        self.t = Texts("participant", Op(self, ctx).fetch(
            lambda s: projector.participant_language(s, workshop_id, languages.current())))
        self.setWindowTitle(self.tr("Vote on your phone: {0}").format(self.info.title))
        self._relay = _Relay(self)
        self._relay.stopped.connect(self._stopped_by_server, Qt.ConnectionType.QueuedConnection)
        self._relay.cast.connect(self._phones_voted, Qt.ConnectionType.QueuedConnection)
        relay = self._relay
        self.server = RoomServer(ctx.workspace, round_id, host, port,
                                 on_stop=lambda reason: _emit(relay.stopped, reason),
                                 on_cast=lambda: _emit(relay.cast))
        self.url = self.server.start()

        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        title = QLabel(self.info.title)
        title.setFont(big)
        title.setWordWrap(True)
        self.url_label = QLabel(self.url)
        self.url_label.setObjectName("join_url")
        url_font = QFont(big)
        url_font.setBold(True)
        self.url_label.setFont(url_font)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setObjectName("join_qr")
        self._modules = qr_modules(self.url)
        self._qr_scale = 12
        self.qr.setPixmap(qr_pixmap(self.url, self._qr_scale))
        self.qr.setMinimumSize(QR_MIN, QR_MIN)
        # the picture follows the window, never the other way round
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.steps = steps = QLabel(projector.join_steps(self.t))
        steps.setObjectName("join_steps")
        steps.setWordWrap(True)
        steps.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        middle = QFont(self.font())  # read from the back of the room, like the address
        middle.setPointSizeF(middle.pointSizeF() * 1.5)
        steps.setFont(middle)
        self.turnout = QLabel()
        self.turnout.setObjectName("turnout")
        self.turnout.setFont(big)
        self.turnout.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.codes_button = QPushButton(self.tr("Voter &codes"))
        menu = QMenu(self.codes_button)
        menu.addAction(self.tr("Print codes for everyone who has not voted (PDF)…"),
                       lambda: self.save_codes())
        menu.addAction(self.tr("Save those codes as CSV…"),
                       lambda: self.save_codes(kind="csv"))
        if self.info.anonymity == "secret":
            menu.addAction(self.tr("Replace the unused codes (a slip was lost)…"),
                           lambda: self.replace_unused())
        else:
            menu.addAction(self.tr("New code for one member (a slip was lost)…"),
                           lambda: self.reissue())
        self.codes_button.setMenu(menu)
        self.project_button = QPushButton(self.tr("Show on &projector"))
        self.project_button.setObjectName("join_on_projector")
        self.project_button.setToolTip(self.tr(
            "Put the address, its QR code and the turnout on the presenter view, the "
            "window for the projector (F5 shows or hides it)"))
        self.project_button.clicked.connect(lambda: self.show_on_projector())
        self.stop_button = QPushButton(self.tr("&Stop voting by phone"))
        self.stop_button.clicked.connect(lambda: self.stop())
        buttons = QHBoxLayout()
        buttons.addWidget(self.codes_button)
        buttons.addWidget(self.project_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        # the words on the left, the code on the right: they share the width and never
        # each other's space (the code is drawn as large as its own half allows)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.url_label)
        words.addWidget(steps)
        words.addWidget(self.turnout)
        words.addWidget(self.state)
        words.addStretch(1)
        middle_row = QHBoxLayout()
        middle_row.addLayout(words, 1)
        middle_row.addWidget(self.qr, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(middle_row, 1)
        layout.addLayout(buttons)
        self._placed = False
        # room for the words at their size beside the smallest code: never overlapping
        em = QFontMetrics(big).height()
        self.setMinimumSize(max(self.minimumSizeHint().width(), 16 * em + QR_MIN),
                            max(self.minimumSizeHint().height(), 10 * em))

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.refresh()

    # ----- turnout ------------------------------------------------------------------
    def _phones_voted(self) -> None:
        self.refresh()
        self.voted.emit()

    def refresh(self) -> None:
        if not self.server.running:
            return
        read = Op(self, self.ctx).run(
            lambda s: (voting.round_progress(s, self.round_id),
                       codes.code_counts(s, self.round_id)),
            on_refusal=lambda _message: None)  # a timer's refresh: the next one tries again
        if not read:
            return
        progress, counts = read.value
        self.turnout.setText(projector.turnout(self.t, progress.voted, progress.voters))
        if counts.elsewhere:
            self.state.setText(self.tr(
                "The voter codes of this round were issued on another computer: they do not "
                "work here. Use Voter codes to issue new codes here."))
        elif counts.issued + counts.used == 0:
            self.state.setText(self.tr("No voter codes yet: use Voter codes to print them."))
        elif counts.holders_gone:
            self.state.setText(self.tr(
                "{0} codes not used yet. %n of the members given a code no longer (votes|vote) "
                "here: the round takes no more phone votes than the others can cast (Replace "
                "the unused codes takes the slips out of play).", "",
                counts.holders_gone).format(counts.issued))
        else:
            self.state.setText(self.tr("%n code(s) not used yet.", "", counts.issued))

    # ----- codes --------------------------------------------------------------------
    def _ask_path(self, kind: str) -> str:
        name = safe_file_name(self.tr("Voter codes") + " - " + self.info.title)
        pattern = self.tr("PDF slips (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)")
        path, _ = file_dialogs.ask_save_path(self, self.tr("Voter codes"), f"{name}.{kind}",
                                             pattern)
        return path

    def save_codes(self, path: str | Path | None = None, kind: str = "pdf") -> Path | None:
        """Fresh codes for everyone who has not voted yet, saved as slips or CSV
        (named rounds: the codes they had die; secret rounds: shuffled, no names)."""
        path = path or self._ask_path(kind)
        if not path:
            return None
        target = path
        done = Op(self, self.ctx).run(
            lambda s: setup.issue_and_write(s, self.round_id, target, self.url,
                                            actor=facilitator_name()),
            success=lambda _: self.refresh(),
            status=lambda made: self.tr("%n voter code(s) saved to {0}.", "", made[1]).format(
                made[0]))
        return done.value[0] if done else None

    def replace_unused(self, path: str | Path | None = None) -> Path | None:
        path = path or self._ask_path("pdf")
        if not path:
            return None
        target = path

        def replace(s):
            fresh = codes.replace_unused_codes(s, self.round_id, actor=facilitator_name())
            return write_codes(target, setup.slip_sheet(s, self.round_id, self.url, fresh)), fresh

        done = Op(self, self.ctx).run(
            replace, success=lambda _: self.refresh(),
            status=lambda made: self.tr(
                "%n new code(s) saved to {0}: swap (it|them) for the slips of everyone who has "
                "not voted yet. The old unused codes no longer work.", "", len(made[1])).format(
                    made[0]))
        return done.value[0] if done else None

    def reissue(self, member_id: int | None = None) -> str | None:
        """A new code for one member; shown here once (the old one dies)."""
        if member_id is None:
            read = Op(self, self.ctx).run(lambda s: voting.not_voted(s, self.round_id))
            if not read:
                return None
            waiting = read.value
            if not waiting:
                return None
            names = [v.name for v in waiting]
            name, ok = QInputDialog.getItem(self, self.tr("New code"),
                                            self.tr("Who lost their code?"), names, 0, False)
            if not ok:
                return None
            member_id = waiting[names.index(name)].member_id
        who = member_id
        done = Op(self, self.ctx).run(
            lambda s: codes.reissue_code(s, self.round_id, who, actor=facilitator_name()))
        if not done:
            return None
        issued = done.value
        QMessageBox.information(self, self.tr("New code"), self.tr(
            "The new code of {0} is {1}. Their old code no longer works.").format(
                issued.name, issued.code))
        self.refresh()
        return issued.code

    # ----- stopping -----------------------------------------------------------------
    def stop(self, reason: str = "") -> None:
        """Stop listening (one click; idempotent)."""
        if self.server.running:
            self.server.stop()
            self._stopped(reason or self.tr("Voting by phone was stopped."))

    def _stopped_by_server(self, reason: str) -> None:
        self._stopped(reason)

    def _stopped(self, reason: str) -> None:
        self.timer.stop()
        self.stop_button.setEnabled(False)
        self.codes_button.setEnabled(False)
        self.state.setText(reason)
        self.stopped.emit(reason)
        with contextlib.suppress(RuntimeError):
            self.ctx.show_status(reason)
        self.close()

    # ----- where it goes ------------------------------------------------------------
    def presenter(self):
        """The presenter view of this workspace when it is showing, else None."""
        from facilitator_app.ui.presenter import PresenterWindow

        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, PresenterWindow) and w.isVisible()
                     and w.presentation is not None and w.presentation.ctx is self.ctx), None)

    def target_screen(self):
        """The laptop's screen while the presenter view shows the room the join slide;
        else the projector's (the screen that is not the laptop's), if there is one."""
        owner = self.parentWidget()
        laptop = (owner.window().screen() if owner is not None
                  else QGuiApplication.primaryScreen())
        if self.presenter() is None:
            others = [s for s in QGuiApplication.screens() if s is not laptop]
            if others:
                return others[0]
        return laptop

    def place(self) -> None:
        """A large window, centred on its screen (see :meth:`target_screen`)."""
        screen = self.target_screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        size = QSize(area.width() * 4 // 5, area.height() * 4 // 5).expandedTo(
            self.minimumSize()).boundedTo(area.size())
        self.setScreen(screen)
        self.setGeometry(QStyle.alignedRect(Qt.LayoutDirection.LeftToRight,
                                            Qt.AlignmentFlag.AlignCenter, size, area))

    def show_on_projector(self) -> None:
        """The presenter view shows the join slide of this round (and is shown)."""
        from facilitator_app.ui.presenter import presentation_of

        presentation_of(self.ctx).show("join", self.info.workshop_id, self.round_id)

    def showEvent(self, event) -> None:
        if not self._placed:  # once: a window moved by hand stays where it was put
            self._placed = True
            if self.presenter() is not None:
                self.show_on_projector()  # the room sees how to join, the laptop the rest
            self.place()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        """The QR code fills the space it has (readable from the back of the
        room on a projector), its modules kept sharp."""
        super().resizeEvent(event)
        self.fit_qr()

    def fit_qr(self) -> None:
        """The code as large as its place, never larger (whole pixels a module)."""
        side = min(self.qr.width(), self.qr.height())
        scale = max(2, side // self._modules)
        if scale != self._qr_scale:
            self._qr_scale = scale
            self.qr.setPixmap(qr_pixmap(self.url, scale))

    def closeEvent(self, event) -> None:
        if self.server.running:
            self.server.stop()
            self._stopped(self.tr("Voting by phone was stopped."))
        super().closeEvent(event)


def _emit(signal: Signal, *args: object) -> None:
    with contextlib.suppress(RuntimeError):  # the window is gone: nothing to tell
        signal.emit(*args)
