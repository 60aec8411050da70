"""Exports off the GUI thread: a worker with its own database session.

A big workspace (thousands of members and ballots) takes seconds to export;
the window must stay responsive and the facilitator must be able to cancel.
:class:`ExportWorker` runs one :class:`ExportJob` in a ``QThread``: it opens
its own session (one session per thread), gathers the data, writes the file
through the same service functions as the ``report`` command, and reports
progress. Cancelling raises :class:`ExportCancelled` from the next progress
report, which the atomic write turns into "nothing written".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from facilitator_app.core.errors import UserError
from facilitator_app.export.report_model import ExportCancelled, Progress
from facilitator_app.storage.workspace import Workspace

KINDS = ("workbook", "report", "roster", "faq")


@dataclass(frozen=True)
class ExportJob:
    kind: str  # one of KINDS
    target: Path
    workshop_id: int | None = None  # workbook and report: None = the latest workshop
    # The file's language: None = the workshop's participants' language
    # (workbook, report), else the window's (output_language).
    lang: str | None = None


def run_job(workspace: Workspace, job: ExportJob, progress: Progress) -> Path:
    """Do one export in the calling thread (the worker's); returns the file written."""
    if job.kind in ("workbook", "report"):
        from facilitator_app.services.reports import export_workshop
        from facilitator_app.ui import languages

        with workspace.session() as s:
            return export_workshop(s, job.target, job.workshop_id, progress, lang=job.lang,
                                   app_language=languages.current())
    if job.kind == "roster":
        from facilitator_app.services.roster import export_roster

        progress(0.1, "Writing the roster")
        with workspace.session() as s:
            export_roster(s, job.target)
        return job.target
    if job.kind == "faq":
        from facilitator_app.export.faq_pdf import write_faq_handout
        from facilitator_app.ui import languages

        progress(0.1, "Writing the FAQ handout")
        return Path(write_faq_handout(job.target, lang=job.lang or languages.current()))
    raise ValueError(f"unknown export kind: {job.kind}")


class ExportWorker(QObject):
    """Runs a job when ``run`` is called (connect it to ``QThread.started``)."""

    progressed = Signal(int, str)  # percent done, what is being done
    succeeded = Signal(str)  # the path written
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, workspace: Workspace, job: ExportJob) -> None:
        super().__init__()
        self.workspace = workspace
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop at its next progress report (thread-safe)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float, text: str) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()
        self.progressed.emit(max(0, min(99, int(fraction * 100))), text)

    @Slot()
    def run(self) -> None:
        try:
            # A cancel that comes after the last progress report is too late: the
            # file is complete and in place, so it counts as written.
            written = run_job(self.workspace, self.job, self._progress)
            self.succeeded.emit(str(written))
        except ExportCancelled:
            self.cancelled.emit()
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - a bug: logged, said in words
            from facilitator_app.logs import log_exception

            log = log_exception(exc)
            self.failed.emit(
                f"The export failed because of an unexpected error ({type(exc).__name__}). "
                f"Nothing was written. The details are in {log}."
            )
        finally:
            self.finished.emit()
