"""Files read off the GUI thread, behind a progress dialog with a Cancel button.

A member list or ballot matrix is read by ``core`` code that knows nothing of
Qt. :func:`read_file` runs that code in a ``QThread`` and keeps the window
alive meanwhile (a local event loop: repaints, timers, the Cancel button),
so to its caller it is one call that returns the result. The readers report
what they are doing through ``core.spreadsheet.reporting`` (per MB checked,
every few thousand rows); the dialog shows it, and Cancel raises
``ReadCancelled`` from the next report. A read that has not reported yet is
abandoned: :func:`read_file` returns at once and the thread's result is
thrown away when it ends (the readers' limits keep that short).

The dialog appears only when a read takes longer than
:data:`PROGRESS_DELAY_MS`; a small file shows nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from facilitator_app.core.spreadsheet import ReadCancelled, reporting

T = TypeVar("T")
PROGRESS_DELAY_MS = 400

# Threads whose read was abandoned (Cancel before its next report) are kept
# here, so that Python does not destroy a running QThread; the next read lets
# go of those that have ended.
_abandoned: set[tuple[QThread, QObject]] = set()


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileReader", text)


class ReadWorker(QObject):
    """Calls ``read(path)`` when ``run`` is called (connect it to ``QThread.started``)."""

    progressed = Signal(str)
    finished = Signal()

    def __init__(self, read: Callable[[Any], Any], path: str | Path) -> None:
        super().__init__()
        self.read, self.path = read, path
        self.result: Any = None
        # What the read raised (a UserError, or a bug for the crash report):
        # raised again on the GUI thread.
        self.failure: Exception | None = None
        self.cancelled = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next progress report (thread-safe)."""
        self._cancel.set()

    def _progress(self, text: str) -> None:
        if self._cancel.is_set():
            raise ReadCancelled()
        self.progressed.emit(text)

    @Slot()
    def run(self) -> None:
        try:
            with reporting(self._progress):
                self.result = self.read(self.path)
            self.cancelled = self._cancel.is_set()
        except ReadCancelled:
            self.cancelled = True
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which raises it again
            self.failure = exc
        finally:
            self.finished.emit()


def read_file(parent: QWidget | None, read: Callable[[Any], T], path: str | Path,
              title: str = "") -> T | None:
    """``read(path)`` in a worker thread; its result, or None when cancelled.

    What the reader raises (a ``UserError`` with its message, or a bug for
    the crash report) is raised again here, on the GUI thread.
    """
    for pair in [p for p in _abandoned if p[0].isFinished()]:
        _abandoned.discard(pair)
    worker = ReadWorker(read, path)
    thread = QThread()
    worker.moveToThread(thread)
    name = Path(path).name
    dialog = QProgressDialog(_tr("Reading {0}…").format(name), _tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title or _tr("Reading a file"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    loop = QEventLoop()
    cancelled = []

    def on_cancel() -> None:  # the Cancel button, on the GUI thread
        cancelled.append(True)
        worker.cancel()
        loop.quit()

    # Queued to the GUI thread: the dialog and the loop live there.
    worker.progressed.connect(dialog.setLabelText)
    worker.finished.connect(loop.quit)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.started.connect(worker.run)
    dialog.canceled.connect(on_cancel)
    thread.start()
    loop.exec()
    dialog.canceled.disconnect(on_cancel)
    worker.progressed.disconnect(dialog.setLabelText)
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if cancelled and not thread.wait(50):
        _abandoned.add((thread, worker))
        return None
    thread.wait()
    if cancelled or worker.cancelled:
        return None
    if worker.failure is not None:
        raise worker.failure
    result: T = worker.result
    return result
