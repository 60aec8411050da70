"""File > Send to Programme Database…: the open workspace into the programme
office's PostgreSQL database (PRODUCT.md 4.11).

The database's address comes from Settings (the "programme_url" option: an
address *without* a password; the settings file is plain text). The
password, when the server asks for one, is asked in a dialog and then kept
only in memory until the app closes, or, when the ``keyring`` package is
installed and finds a real keyring of the computer (not a plain-text file),
in that keyring if the facilitator ticks the box. The first attempt goes
without a password (or with the one kept); a refused login asks for it and
tries again.

The sending itself (:func:`facilitator_app.services.programme.sync.send_workspace`)
runs in a worker thread through :meth:`Op.in_background`, behind a progress
dialog whose Cancel stops it before anything is committed; its report (how
many records were added, updated, unchanged, deleted, and the conflicts)
is shown in :class:`SendReportDialog`. A server that cannot be reached,
refused credentials and a schema older or newer than the app are the
sync's :class:`~facilitator_app.core.errors.UserError` messages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME, options
from facilitator_app.ui.operation import BackgroundOp, Cancelled, Job, Op, Outcome

if TYPE_CHECKING:
    from facilitator_app.services.programme.sync import SendReport
    from facilitator_app.ui.main_window import MainWindow

KEYRING_SERVICE = "Cluster Facilitator Toolkit: programme database"

# The workspace's tables as the report names them (translated where shown);
# a table not listed here is shown by its own name.
TABLE_NAMES = {
    "cluster_profile": QT_TRANSLATE_NOOP("SendReportDialog", "Cluster profile"),
    "members": QT_TRANSLATE_NOOP("SendReportDialog", "Member"),
    "workshops": QT_TRANSLATE_NOOP("SendReportDialog", "Workshop"),
    "attendance": QT_TRANSLATE_NOOP("SendReportDialog", "Attendance"),
    "swot_items": QT_TRANSLATE_NOOP("SendReportDialog", "SWOT item"),
    "tows_strategies": QT_TRANSLATE_NOOP("SendReportDialog", "TOWS strategy"),
    "priorities": QT_TRANSLATE_NOOP("SendReportDialog", "Priority"),
    "vote_rounds": QT_TRANSLATE_NOOP("SendReportDialog", "Vote round"),
    "decisions": QT_TRANSLATE_NOOP("SendReportDialog", "Decision"),
    "actions": QT_TRANSLATE_NOOP("SendReportDialog", "Action"),
    "action_partners": QT_TRANSLATE_NOOP("SendReportDialog", "Action partner"),
    "indicators": QT_TRANSLATE_NOOP("SendReportDialog", "Indicator"),
}


# ----- where a password is kept ------------------------------------------------------

def system_keyring() -> Any | None:
    """The ``keyring`` module when it is installed *and* has a real keyring of
    the computer behind it (Secret Service, KWallet, macOS Keychain, Windows
    Credential Locker), else None. Its fail and null backends, and the
    ``keyrings.alt`` ones (plain or weakly protected files), do not count."""
    try:
        import keyring
        from keyring.backend import KeyringBackend

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any failure of an optional extra means "no keyring"
        return None
    if not isinstance(backend, KeyringBackend):
        return None
    chain = getattr(backend, "backends", None)  # the chainer: the backends it tries
    backends = list(chain) if chain is not None else [backend]
    if not any(_real_backend(b) for b in backends):
        return None
    return keyring


def _real_backend(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    if module.startswith("keyring.backends.chainer"):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # noqa: BLE001 - a backend that cannot say is not trusted
        return False


class PasswordStore:
    """The programme database passwords of this session, by address; and the
    system keyring's, when there is one (see :func:`system_keyring`)."""

    def __init__(self, keyring_module: Callable[[], Any | None] = system_keyring) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self._keyring_module = keyring_module

    def keyring(self) -> Any | None:
        return self._keyring_module()

    def get(self, url: str) -> str | None:
        """The password kept for ``url``: this session's, else the keyring's."""
        with self._lock:
            if url in self._memory:
                return self._memory[url]
        ring = self.keyring()
        if ring is None:
            return None
        try:
            found = ring.get_password(KEYRING_SERVICE, url)
        except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
            _log("The keyring could not be read: %s", "get_password")
            return None
        return found if isinstance(found, str) else None

    def remember(self, url: str, password: str, keep_in_keyring: bool | None) -> None:
        """Keep ``password`` for this session; in the keyring too when
        ``keep_in_keyring`` (False takes an earlier one out; None leaves it)."""
        with self._lock:
            self._memory[url] = password
        ring = self.keyring() if keep_in_keyring is not None else None
        if ring is None:
            return
        try:
            if keep_in_keyring:
                ring.set_password(KEYRING_SERVICE, url, password)
            elif ring.get_password(KEYRING_SERVICE, url) is not None:
                ring.delete_password(KEYRING_SERVICE, url)
        except Exception:  # noqa: BLE001 - kept in memory all the same
            _log("The keyring could not be written: %s", "set_password")

    def forget(self, url: str) -> None:
        """Forget this session's password for ``url`` (it was refused)."""
        with self._lock:
            self._memory.pop(url, None)

    def in_memory(self, url: str) -> str | None:
        with self._lock:
            return self._memory.get(url)


def _log(message: str, *args: object) -> None:
    from facilitator_app.logs import get_logger

    get_logger().warning(message, *args)


_PASSWORDS = PasswordStore()


def passwords() -> PasswordStore:
    """The application's one :class:`PasswordStore` (kept until the app closes)."""
    return _PASSWORDS


# ----- the address, for people -------------------------------------------------------

@dataclass(frozen=True)
class Address:
    user: str
    host: str
    database: str

    @classmethod
    def of(cls, url: str) -> Address:
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            port = parts.port
        except ValueError:
            port = None
        if port is not None:
            host = f"{host}:{port}"
        return cls(unquote(parts.username or ""), host, unquote(parts.path.strip("/")))


# ----- the dialogs -------------------------------------------------------------------

class PasswordDialog(QDialog):
    """Asks the programme database's password (typed hidden); with a box to
    keep it in the computer's keyring when there is one."""

    def __init__(self, url: str, problem: str, keyring_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        address = Address.of(url)
        self.setWindowTitle(self.tr("Programme database password"))
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("Database {database} on {server}, as {name}.").format(
            database=address.database, server=address.host,
            name=address.user or self.tr("(no name given)")))
        where.setWordWrap(True)
        layout.addWidget(where)
        self.problem = QLabel(problem)
        self.problem.setObjectName("password_problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.password = QLineEdit()
        self.password.setObjectName("programme_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        layout.addWidget(self.password)
        self.keep: QCheckBox | None = None
        if keyring_available:
            self.keep = QCheckBox(self.tr("Keep it in this computer's keyring"))
            self.keep.setChecked(True)
            layout.addWidget(self.keep)
            note = self.tr("Otherwise the app forgets it when it is closed.")
        else:
            note = self.tr("The app keeps it until it is closed, never in a file.")
        hint = QLabel(note)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def keep_in_keyring(self) -> bool | None:
        """The box's answer, or None when there is no keyring to keep it in."""
        return self.keep.isChecked() if self.keep is not None else None


class SendReportDialog(QDialog):
    """What the sending did: the report's lines, then the records changed on
    both sides since the last send, with the side whose change was kept."""

    def __init__(self, workspace_name: str, url: str, report: SendReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        address = Address.of(url)
        self.setWindowTitle(self.tr("Sent to the programme database"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("“{workspace}” was sent to the database {database} on "
                                 "{server}.").format(workspace=workspace_name,
                                                     database=address.database,
                                                     server=address.host))
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        self.summary = QLabel("\n".join(report.lines()))
        self.summary.setObjectName("send_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        conflicts = list(report.conflicts)
        self.conflicts: QTableWidget | None = None
        if conflicts:
            note = QLabel(self.tr("Changed on both sides since the last send:"))
            note.setWordWrap(True)
            layout.addWidget(note)
            self.conflicts = self._conflict_table(conflicts)
            layout.addWidget(self.conflicts, 1)
        else:
            layout.addStretch(1)  # room a wrapped label did not need goes below the text
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        if self.conflicts is not None:  # room for the records' names, within the screen
            screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
            self.resize(min(self.fontMetrics().averageCharWidth() * 150, screen.width() - 80),
                        min(self.fontMetrics().height() * 26, screen.height() - 80))

    def _conflict_table(self, conflicts: list[Any]) -> QTableWidget:
        from facilitator_app.ui.dates import moment_text

        table = QTableWidget(len(conflicts), 5)
        table.setObjectName("send_conflicts")
        table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Record"), self.tr("Change kept"),
            self.tr("Changed here"), self.tr("Changed in the database")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        for row, conflict in enumerate(conflicts):
            table_name = str(conflict.table)
            kind = self.tr(TABLE_NAMES[table_name]) if table_name in TABLE_NAMES else table_name
            cells = [kind, str(conflict.label or conflict.record_uid),
                     self.winner_text(str(conflict.winner)),
                     moment_text(conflict.workspace_changed_at)
                     if conflict.workspace_changed_at is not None else "",
                     moment_text(conflict.programme_changed_at)
                     if conflict.programme_changed_at is not None else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 8)
        return table

    def winner_text(self, winner: str) -> str:
        """Whose change was kept, in words (the sync names the sides)."""
        key = winner.lower()
        if key.startswith("workspace") or key in ("local", "source", "here"):
            return self.tr("This workspace")
        if key.startswith("programme") or key in ("remote", "target", "server"):
            return self.tr("Programme database")
        return winner

    def text(self) -> str:
        """Everything the dialog says, as plain text (tests, copy)."""
        parts = [label.text() for label in self.findChildren(QLabel)]
        if self.conflicts is not None:
            for row in range(self.conflicts.rowCount()):
                parts.append(" | ".join(self.conflicts.item(row, c).text()
                                        for c in range(self.conflicts.columnCount())))
        return "\n".join(parts)


# ----- the menu entry and the sending ------------------------------------------------

@dataclass
class _LoginRefused:
    """The work's answer when the server wanted (another) password."""

    message: str
    with_password: bool


class ProgrammeSend(QObject):
    """File > Send to Programme Database… of one main window."""

    def __init__(self, main: MainWindow, store: PasswordStore | None = None) -> None:
        super().__init__(main)
        self.main = main
        self.store = store or passwords()
        self.running: BackgroundOp[Any] | None = None
        self.password_dialog: PasswordDialog | None = None
        self.report_dialog: SendReportDialog | None = None
        self._sending = ("", "")  # the address and the workspace of the send running
        self.action = QAction(self.tr("Sen&d to Programme Database…"), main)
        self.action.setObjectName("send_to_programme")
        self.action.setToolTip(self.tr(
            "Copy this workspace into the programme office's database (set its address "
            "in Settings)"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(lambda _checked=False: self.send())
        menu = _file_menu(main)
        before = main.settings_action
        menu.insertAction(before, self.action)
        menu.insertSeparator(before)

    # ----- starting --------------------------------------------------------------
    def send(self) -> BackgroundOp[Any] | None:
        """Send the open workspace, to the address in Settings (asked for first
        when none is set)."""
        if self.running is not None or self.main.ctx is None:
            return None
        url = str(options.get("programme_url") or "").strip()
        if not url:
            answer = QMessageBox.question(
                self.main, APP_NAME,
                self.tr("No programme database is set yet. Open Settings to type its "
                        "address (the programme office gives it)?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            self.main.show_settings()
            url = str(options.get("programme_url") or "").strip()
            if not url:
                return None
        return self._start(url, None, None)

    def _start(self, url: str, typed: str | None, keep: bool | None) -> BackgroundOp[Any]:
        """One attempt: with ``typed`` (the password just typed), else the one
        kept for ``url``, else none."""
        ctx = self.main.ctx
        assert ctx is not None
        flush = getattr(self.main, "_flush_pages", None)
        if flush is not None:
            flush()  # an edit still in a box is saved before it is sent
        engine = ctx.workspace.engine
        sent_by = str(options.get("facilitator_name") or "").strip()
        store = self.store

        def work(job: Job) -> Any:
            from facilitator_app.services.programme import sync

            password = typed if typed is not None else store.get(url)

            def progress(done: int, total: int) -> None:
                if not job.cancel_requested:  # the sync stops itself (should_stop)
                    job.progress(done, total)

            try:
                report = sync.send_workspace(
                    engine, url, password=password, sent_by=sent_by, progress=progress,
                    should_stop=lambda: job.cancel_requested)
            except sync.ProgrammeLoginFailed as exc:
                if typed is None and password is not None:
                    store.forget(url)
                return _LoginRefused(exc.message, with_password=password is not None)
            except sync.SendCancelled:
                raise Cancelled() from None
            if password is not None:
                store.remember(url, password, keep if typed is not None else None)
            return report

        address = Address.of(url)
        self.action.setEnabled(False)
        self._sending = (url, ctx.workspace.name)
        self.running = Op(self.main, ctx, self.tr("Send to the programme database")).in_background(
            work,
            progress_label=self.tr("Sending “{workspace}” to the database {database} on "
                                   "{server}…").format(workspace=ctx.workspace.name,
                                                       database=address.database,
                                                       server=address.host))
        # ended, not done=: it also comes after a bug (the crash dialog), so the
        # menu entry is never left disabled
        self.running.ended.connect(self._ended)
        return self.running

    # ----- what came of it ---------------------------------------------------------
    def _ended(self, outcome: Outcome[Any]) -> None:
        url, workspace_name = self._sending
        self.running = None
        self.action.setEnabled(True)
        if outcome.cancelled:
            self.main.show_status(self.tr("Sending cancelled: nothing was changed in the "
                                          "programme database."))
            QMessageBox.information(
                self.main, self.tr("Send to the programme database"),
                self.tr("Sending was cancelled. Nothing was changed in the programme "
                        "database; you can send again at any time."))
            return
        if not outcome.ok:
            self.main.show_status(self.tr("Nothing was sent to the programme database."))
            return  # the problem was shown (Op)
        value = outcome.value
        if isinstance(value, _LoginRefused):
            self.ask_password(url, value)
            return
        self.main.show_status(self.tr("Sent to the programme database."))
        self.show_report(workspace_name, url, value)

    def ask_password(self, url: str, refused: _LoginRefused) -> PasswordDialog:
        """Ask the password (not blocking): Send tries again with it."""
        if refused.with_password:
            problem = self.tr("The server refused the login. Type the password again (the "
                              "name is the one in Settings), or Cancel: nothing is sent.")
        else:
            problem = self.tr("The programme database asks for a password.")
        dialog = PasswordDialog(url, problem, self.store.keyring() is not None, self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog

        def answered(result: int) -> None:
            self.password_dialog = None
            password = dialog.password.text()
            if result != QDialog.DialogCode.Accepted or not password:
                self.main.show_status(self.tr("Nothing was sent to the programme database."))
                return
            self._start(url, password, dialog.keep_in_keyring())

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    def show_report(self, workspace_name: str, url: str, report: SendReport) -> SendReportDialog:
        dialog = SendReportDialog(workspace_name, url, report, self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "report_dialog", None))
        dialog.open()
        return dialog


def _file_menu(main: MainWindow) -> QMenu:
    """The menu holding File > Settings…"""
    for widget in main.settings_action.associatedObjects():
        if isinstance(widget, QMenu):
            return widget
    raise LookupError("the File menu has no Settings action")


def install_programme_send(main: MainWindow) -> ProgrammeSend:
    """Add File > Send to Programme Database… to the main window (once)."""
    found = main.findChild(ProgrammeSend)
    if found is not None:
        return found
    control = ProgrammeSend(main)
    main.programme_send = control
    return control
