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
from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
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
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.export.code_slips import write_codes
from facilitator_app.services import voting
from facilitator_app.services.room import codes, setup
from facilitator_app.services.room.server import (
    DEFAULT_PORT,
    RoomServer,
    check_bind_address,
    local_addresses,
)
from facilitator_app.ui import file_dialogs
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
        self.qr.setMinimumSize(160, 160)
        # the picture follows the window, never the other way round
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        steps = QLabel(self.tr(
            "1. Join the laptop's Wi-Fi.  2. Scan the code or open the address.  "
            "3. Type the code on your slip."))
        steps.setWordWrap(True)
        steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        middle = QFont(self.font())  # read from the back of the room, like the address
        middle.setPointSizeF(middle.pointSizeF() * 1.5)
        steps.setFont(middle)
        self.turnout = QLabel()
        self.turnout.setObjectName("turnout")
        self.turnout.setFont(big)
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
        self.stop_button = QPushButton(self.tr("&Stop voting by phone"))
        self.stop_button.clicked.connect(lambda: self.stop())
        buttons = QHBoxLayout()
        buttons.addWidget(self.codes_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.url_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.qr, 1)
        layout.addWidget(steps)
        layout.addWidget(self.turnout, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.state)
        layout.addLayout(buttons)

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
        self.turnout.setText(self.tr("{0} of {1} have voted").format(progress.voted,
                                                                    progress.voters))
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

    def resizeEvent(self, event) -> None:
        """The QR code fills the space it has (readable from the back of the
        room on a projector), its modules kept sharp."""
        super().resizeEvent(event)
        side = max(160, min(self.qr.width(), self.qr.height()))
        scale = max(4, side // self._modules)  # whole pixels a module: every module alike
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
