"""One way for a slot to do its work: :class:`Op`.

A slot says *what* to run; the helper does the rest the same way everywhere:

- it opens the unit of work (one session, committed when the work returns,
  rolled back when it raises: nothing is half-written);
- a known problem (:class:`~facilitator_app.core.errors.UserError`: a refused
  edit, a locked or full workspace) is shown as a message owned by the
  slot's widget, and the slot learns that the work did not happen;
- anything else is a bug: it is raised again, so it reaches the crash dialog
  (``sys.excepthook``, see :mod:`facilitator_app.ui.crash_dialog`) with its
  traceback logged;
- after success it calls ``success`` with the result, tells the pages that
  care (``ctx.notify(topic)``) and sets the status line.

Quick work (one service call) runs on the GUI thread::

    done = Op(self, self.ctx).run(
        lambda s: voting.delete_ballot(s, ballot_id, actor=me),
        changed="voting", status=self.tr("Ballot deleted."))
    if not done:
        return False

Slow work (writing a long PDF) runs in a worker thread behind a progress
dialog with Cancel; its result comes back on the GUI thread::

    Op(self, self.ctx).in_background(
        lambda job: write_paper_ballots(path, data, progress=job.progress),
        progress_label=self.tr("Writing the paper ballots…"),
        success=lambda written: ...)

Background work that needs the database opens its own session in the
worker thread with ``job.session()`` (one session per thread); the GUI
thread stays the one that writes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from facilitator_app import APP_NAME
from facilitator_app.core.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from facilitator_app.ui.context import AppContext

T = TypeVar("T")

PROGRESS_DELAY_MS = 400  # work that ends sooner never flashes a dialog up


_RUNNING: set[BackgroundOp[Any]] = set()


def running_operations() -> int:
    """How many background operations have not ended yet."""
    return len(_RUNNING)


def stop_all(timeout_ms: int = 10_000) -> bool:
    """Cancel every background operation and wait for its thread (the app is
    quitting: a thread still running then would take the process down)."""
    ops = list(_RUNNING)
    for op in ops:
        op.job.cancel()
    waited = [op._thread.wait(timeout_ms) for op in ops]  # every thread, not the first few
    return all(waited)


_quit_hooked = False


def _stop_all_when_quitting() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(stop_all)
        _quit_hooked = True


class Cancelled(Exception):
    """Raised inside background work by :meth:`Job.progress` once Cancel was pressed."""


@dataclass
class Outcome(Generic[T]):
    """What became of an operation: true when the work was done (and committed)."""

    value: T | None = None
    error: UserError | None = None  # the known problem that was shown
    cancelled: bool = False
    ok: bool = False

    def __bool__(self) -> bool:
        return self.ok


def show_error(parent: QWidget | None, message: str, title: str = "") -> None:
    """The message box for a known problem (tests patch ``QMessageBox.warning``)."""
    QMessageBox.warning(parent, title or APP_NAME, message)


def _topics(changed: str | Iterable[str] | None) -> tuple[str, ...]:
    if changed is None:
        return ()
    return (changed,) if isinstance(changed, str) else tuple(changed)


class Op:
    """One operation started by a slot of ``parent`` (the owner of any message, whose
    title is ``title``, else the app's name)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, title: str = "") -> None:
        self.parent = parent
        self.ctx = ctx
        self.title = title

    # ----- quick work, one unit of work on the GUI thread -----------------------------
    def run(
        self,
        work: Callable[[Session], T],
        *,
        success: Callable[[T], Any] | None = None,
        status: str | Callable[[T], str] | None = None,
        changed: str | Iterable[str] | None = None,
        error_text: Callable[[UserError], str] | None = None,
        on_refusal: Callable[[str], Any] | None = None,
    ) -> Outcome[T]:
        """Run ``work(session)`` in one committed unit of work.

        On a :class:`UserError` the session is rolled back, the message
        (``error_text(exc)`` if given, else the error's own) is shown and a
        false :class:`Outcome` is returned. Any other exception propagates.
        ``on_refusal(message)``, if given, shows the message instead of the
        message box (a dialog's problem line, next to what the user typed).
        """
        try:
            with self.ctx.session() as s:
                value = work(s)
        except UserError as exc:
            self._refused(exc, error_text, on_refusal)
            return Outcome(error=exc)
        self._succeeded(value, success, status, changed)
        return Outcome(value=value, ok=True)

    def fetch(self, work: Callable[[Session], T]) -> T:
        """Run ``work(session)`` in one unit of work and return its result, letting a
        :class:`UserError` through: for callers that show a refusal in place (a
        dialog's preview line) rather than in a message box."""
        with self.ctx.session() as s:
            return work(s)

    def _refused(self, exc: UserError, error_text: Callable[[UserError], str] | None,
                 on_refusal: Callable[[str], Any] | None = None) -> None:
        from facilitator_app.logs import get_logger

        get_logger().info("Refused: %s", type(exc).__name__)
        message = error_text(exc) if error_text is not None else exc.message
        if on_refusal is not None:
            on_refusal(message)
        else:
            show_error(self.parent, message, self.title)

    def _succeeded(self, value: T, success: Callable[[T], Any] | None,
                   status: str | Callable[[T], str] | None,
                   changed: str | Iterable[str] | None) -> None:
        if success is not None:
            success(value)
        for topic in _topics(changed):
            self.ctx.notify(topic)
        if status is not None:
            self.ctx.show_status(status(value) if callable(status) else status)

    # ----- slow work, in a worker thread ---------------------------------------------
    def in_background(
        self,
        work: Callable[[Job], T],
        *,
        progress_label: str,
        cancellable: bool = True,
        success: Callable[[T], Any] | None = None,
        status: str | Callable[[T], str] | None = None,
        changed: str | Iterable[str] | None = None,
        cancelled_status: str | None = None,
        error_text: Callable[[UserError], str] | None = None,
        done: Callable[[Outcome[T]], Any] | None = None,
    ) -> BackgroundOp[T]:
        """Run ``work(job)`` in a worker thread behind a progress dialog.

        ``job.progress(done, total)`` moves the bar (and raises
        :class:`Cancelled` once Cancel was pressed); ``job.session()`` opens
        the worker's own unit of work. ``success``, the notifications and the
        status line happen on the GUI thread when the work has finished; a
        known problem is shown there as a message, a bug is raised there
        (reaching the crash dialog). ``done`` is called last with the
        :class:`Outcome`, whatever it is.
        """
        op = BackgroundOp(self, work, progress_label, cancellable, success, status, changed,
                          cancelled_status, error_text, done)
        _RUNNING.add(op)  # held until it ends, whatever happens to the slot's widget
        _stop_all_when_quitting()
        op.start()
        return op


class Job:
    """What background work gets: progress reports, the cancel flag, a session."""

    REPORT_EVERY_S = 0.05  # a burst of reports would keep the GUI thread busy drawing them

    def __init__(self, ctx: AppContext, report: Callable[[int, int, str], None]) -> None:
        self._ctx = ctx
        self._report = report
        self._cancel = threading.Event()
        self._last_report = 0.0

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop here (raise :class:`Cancelled`) if Cancel was pressed."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (thread-safe); stops a cancelled job.
        Reports closer together than :attr:`REPORT_EVERY_S` are skipped, except the last."""
        self.check()
        now = time.monotonic()
        if now - self._last_report >= self.REPORT_EVERY_S or done >= total:
            self._last_report = now
            self._report(done, total, text)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """The worker thread's own unit of work (a session is never shared by threads)."""
        with self._ctx.workspace.session() as s:
            yield s


class _Worker(QObject):
    """Lives in the worker thread; ``finished`` carries ``(kind, payload)`` home."""

    progressed = Signal(int, int, str)
    finished = Signal(str, object)

    def __init__(self, work: Callable[[Job], Any], ctx: AppContext) -> None:
        super().__init__()
        self.work = work
        self.job = Job(ctx, self.progressed.emit)

    @Slot()
    def run(self) -> None:
        try:
            result: tuple[str, object] = ("ok", self.work(self.job))
        except Cancelled:
            result = ("cancelled", None)
        except UserError as exc:
            result = ("refused", exc)
        except Exception as exc:  # noqa: BLE001 - a bug: raised again on the GUI thread
            result = ("bug", exc)
        self.finished.emit(*result)


class BackgroundOp(QObject, Generic[T]):
    """One running background operation (``running``, ``cancel()``, ``wait()``)."""

    ended = Signal(object)  # the Outcome, on the GUI thread

    def __init__(self, op: Op, work: Callable[[Job], T], progress_label: str,
                 cancellable: bool, success: Callable[[T], Any] | None,
                 status: str | Callable[[T], str] | None,
                 changed: str | Iterable[str] | None, cancelled_status: str | None,
                 error_text: Callable[[UserError], str] | None,
                 done: Callable[[Outcome[T]], Any] | None) -> None:
        super().__init__()
        self.op = op
        self.outcome: Outcome[T] | None = None
        self._success, self._status, self._changed = success, status, changed
        self._cancelled_status, self._error_text, self._done = (
            cancelled_status, error_text, done)
        self._worker = _Worker(work, op.ctx)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._result: tuple[str, object] | None = None
        self._updating = False
        dialog = QProgressDialog(progress_label, self.tr("Cancel") if cancellable else "",
                                 0, 0, op.parent)
        dialog.setWindowTitle(APP_NAME)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        self.dialog: QProgressDialog | None = dialog
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._remember, Qt.ConnectionType.DirectConnection)
        # Direct: quit() is thread-safe, and a queued call would wait for the GUI thread.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self.outcome is None

    @property
    def job(self) -> Job:
        return self._worker.job

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._worker.job.cancel()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self, timeout_ms: int = 30_000) -> Outcome[T] | None:
        """Block, processing events, until the outcome is in (scripts and tests)."""
        deadline = threading.Event()
        timer = threading.Timer(timeout_ms / 1000, deadline.set)
        timer.start()
        try:
            while self.outcome is None and not deadline.is_set():
                QCoreApplication.processEvents()
                self._thread.wait(10)
        finally:
            timer.cancel()
        if self.outcome is None:
            QCoreApplication.processEvents()
        return self.outcome

    def _remember(self, kind: str, payload: object) -> None:  # in the worker thread
        self._result = (kind, payload)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog) or self._worker.job.cancel_requested:
            return
        if text:
            dialog.setLabelText(text)
        dialog.setMaximum(max(total, 1))
        # A modal progress dialog processes events inside setValue(): the end of
        # the work may arrive in there, so it is told to wait (see below).
        self._updating = True
        try:
            dialog.setValue(min(done, max(total, 1) - 1) if total else 0)
        finally:
            self._updating = False

    def _on_thread_finished(self) -> None:
        """Back on the GUI thread: close the dialog, then report the outcome."""
        if self._updating:
            QTimer.singleShot(0, self._on_thread_finished)
            return
        _RUNNING.discard(self)
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None
        self._worker.deleteLater()
        self._thread.deleteLater()
        kind, payload = self._result or ("bug", RuntimeError("the work ended without a result"))
        outcome: Outcome[T]
        if kind == "ok":
            outcome = Outcome(value=payload, ok=True)  # type: ignore[arg-type]
        elif kind == "cancelled":
            outcome = Outcome(cancelled=True)
        elif kind == "refused":
            assert isinstance(payload, UserError)
            outcome = Outcome(error=payload)
        else:
            assert isinstance(payload, BaseException)
            self.outcome = Outcome()
            self.ended.emit(self.outcome)
            raise payload  # a bug: the crash dialog, with the worker's traceback
        self.outcome = outcome
        parent = self.op.parent
        if parent is not None and not shiboken6.isValid(parent):
            self.ended.emit(outcome)  # the page has gone: nobody to tell or to show
            return
        if outcome.ok:
            self.op._succeeded(outcome.value, self._success, self._status,  # type: ignore[arg-type]
                               self._changed)
        elif outcome.cancelled:
            if self._cancelled_status:
                self.op.ctx.show_status(self._cancelled_status)
        elif outcome.error is not None:
            self.op._refused(outcome.error, self._error_text)
        self.ended.emit(outcome)
        if self._done is not None:
            self._done(outcome)
