"""The Export menu and the Outputs tab: workbook, report, roster, FAQ handout.

:func:`install_export_actions` adds the actions to the main window's Export
menu (and shows it); :class:`OutputsTab` is a workshop-view tab with the
same exports as buttons for that workshop. Each export asks where to save (with a
default name made of the cluster, the workshop and its date, in the last folder
exported to, else Documents: see :mod:`facilitator_app.ui.file_dialogs`), runs in an
:class:`~facilitator_app.ui.export_worker.ExportWorker` thread behind a
progress dialog with Cancel, then offers to open the file.

The dialogs are methods (:meth:`ExportActions.ask_save_path`,
:meth:`ExportActions.ask_open`, :meth:`ExportActions.open_file`,
:meth:`ExportActions.show_error`) so tests can answer them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.ui import file_dialogs
from facilitator_app.ui.operation import Op, Outcome

if TYPE_CHECKING:  # the worker (and the data layer behind it) loads with the first export
    from facilitator_app.ui.export_worker import ExportJob, ExportWorker

LAST_FOLDER_KEY = file_dialogs.SAVE_KEY
PROGRESS_DELAY_MS = 400  # quick exports finish before the dialog would flash up

# Translated where shown (context "ExportActions").
_FILTERS = {
    ".xlsx": QT_TRANSLATE_NOOP("ExportActions", "Excel workbook (*.xlsx)"),
    ".pdf": QT_TRANSLATE_NOOP("ExportActions", "PDF document (*.pdf)"),
    ".csv": QT_TRANSLATE_NOOP("ExportActions", "CSV, UTF-8 (*.csv)"),
}
_TITLES = {
    "workbook": QT_TRANSLATE_NOOP("ExportActions", "Export the workshop workbook"),
    "report": QT_TRANSLATE_NOOP("ExportActions", "Export the workshop report"),
    "roster": QT_TRANSLATE_NOOP("ExportActions", "Export the member roster"),
    "faq": QT_TRANSLATE_NOOP("ExportActions", "Export the FAQ handout"),
}


def _job(kind: str, target: Path, workshop_id: int | None = None,
         lang: str | None = None) -> ExportJob:
    from facilitator_app.ui.export_worker import ExportJob

    return ExportJob(kind, target, workshop_id, lang)


class ExportActions(QObject):
    """Owns the export actions of one main window and the export running now."""

    export_finished = Signal(object)  # the Path written, or None (cancelled or failed)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_written: Path | None = None
        self.last_error = ""
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._dialog: QProgressDialog | None = None
        self._outcome: tuple[str, str] = ("", "")
        self._updating = False

        self.workbook_action = self._action(self.tr("Workshop &workbook (Excel)…"),
                                            lambda: self.export_workshop("workbook"))
        self.report_action = self._action(self.tr("Workshop &report (PDF)…"),
                                          lambda: self.export_workshop("report"))
        self.roster_action = self._action(self.tr("Member r&oster…"), self.export_roster)
        self.faq_action = self._action(self.tr("&FAQ handout (PDF)…"), self.export_faq)
        self.workbook_action.setToolTip(self.tr(
            "Every figure of the open workshop (or the latest one) in an Excel workbook"))
        self.report_action.setToolTip(self.tr(
            "A PDF report of the open workshop (or the latest one) for members and funders"))
        menu = getattr(window, "export_menu", None)
        if menu is not None:
            menu.addAction(self.workbook_action)
            menu.addAction(self.report_action)
            menu.addSeparator()
            menu.addAction(self.roster_action)
            menu.addAction(self.faq_action)
            menu.menuAction().setVisible(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window during an export: stop it first (the workspace closes next)."""
        if watched is self.window and event.type() == QEvent.Type.Close and self.running:
            self.cancel()
            self.wait()
        return False

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ----- which workshop ------------------------------------------------------
    @property
    def workspace(self):
        return self.window.workspace

    def current_workshop_id(self) -> int | None:
        """The workshop open on the Workshops page, else the one selected there."""
        page = getattr(self.window, "pages", {}).get("workshops")
        if page is None:
            return None
        view = getattr(page, "view", None)
        if view is not None and getattr(view, "workshop_id", None) is not None:
            return view.workshop_id
        selected = getattr(page, "selected_id", None)
        return selected() if callable(selected) else None

    # ----- the exports ------------------------------------------------------------
    def export_workshop(self, kind: str, workshop_id: int | None = None) -> bool:
        """Workbook or report of ``workshop_id`` (default: open, selected or latest)."""
        from facilitator_app.services.reports import resolve_workshop, suggested_name

        suffix = ".xlsx" if kind == "workbook" else ".pdf"
        self._flush_pages()
        chosen = workshop_id or self.current_workshop_id()

        def resolve(s) -> tuple[int, str]:
            found = resolve_workshop(s, chosen)
            return found, suggested_name(s, found, suffix)

        read = self._run(resolve)
        if not read:
            return False
        workshop_id, name = read.value
        target = self._choose(kind, name, (suffix,))
        return target is not None and self.start(_job(kind, target, workshop_id))

    def export_roster(self) -> bool:
        from facilitator_app.services.profile import get_profile
        from facilitator_app.services.reports import safe_file_name

        self._flush_pages()
        read = self._run(lambda s: get_profile(s).name or self.workspace.name)
        if not read:
            return False
        cluster = read.value
        name = safe_file_name(f"{cluster} - members - {date.today().isoformat()}") + ".xlsx"
        target = self._choose("roster", name, (".xlsx", ".csv"))
        return target is not None and self.start(_job("roster", target))

    def export_faq(self) -> bool:
        """The FAQ handout, in the language of the workshop open or selected
        (its participants'), else in the window's."""
        target = self._choose("faq", self.tr("Cluster FAQ handout") + ".pdf", (".pdf",))
        return target is not None and self.start(
            _job("faq", target, lang=self._workshop_language()))

    def _workshop_language(self) -> str | None:
        """The participants' language of the workshop open or selected, else
        the window's (None: no workshop open or selected)."""
        chosen = self.current_workshop_id()
        if chosen is None or self.workspace is None:
            return None
        from facilitator_app.services.reports import workshop_output_language
        from facilitator_app.ui import languages

        app_language = languages.current()
        read = self._run(lambda s: workshop_output_language(s, chosen, None, app_language))
        return read.value if read else None

    def _choose(self, kind: str, name: str, suffixes: tuple[str, ...]) -> Path | None:
        suggested = file_dialogs.start_folder() / name
        filters = ";;".join(self.tr(_FILTERS[s]) for s in suffixes)
        chosen = self.ask_save_path(self.tr(_TITLES[kind]), suggested, filters)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in suffixes:
            target = target.with_name(target.name + suffixes[0])
        file_dialogs.remember_folder(target)
        return target

    def _run(self, work) -> Outcome:
        """Quick reads before an export; a refusal goes to :meth:`show_error`."""
        return Op(self.window, self.window.ctx).run(work, on_refusal=self.show_error)

    def _flush_pages(self) -> None:
        flush = getattr(self.window, "_flush_pages", None)
        if callable(flush):
            flush()

    # ----- running -----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, job: ExportJob) -> bool:
        """Run ``job`` in a worker thread behind a progress dialog."""
        if self.running:
            self.show_error(self.tr("An export is already running; wait for it to finish."))
            return False
        self.last_written, self.last_error = None, ""
        self._outcome = ("", "")
        from facilitator_app.ui.export_worker import ExportWorker

        worker = ExportWorker(self.workspace, job)
        thread = QThread(self)
        worker.moveToThread(thread)
        dialog = QProgressDialog(self.tr("Preparing the export…"), self.tr("Cancel"), 0, 100,
                                 self.window)
        dialog.setWindowTitle(self.tr(_TITLES[job.kind]))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)

        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(lambda path: self._remember("ok", path))
        worker.failed.connect(lambda message: self._remember("failed", message))
        worker.cancelled.connect(lambda: self._remember("cancelled", ""))
        # Direct: quit() is thread-safe, and a queued call would wait for the GUI
        # thread, which may itself be waiting for this thread (closing the window).
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.started.connect(worker.run)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker, self._dialog = thread, worker, dialog
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask the running export to stop (it stops at its next progress report)."""
        if self._worker is not None:
            self._worker.cancel()
        if self._dialog is not None and QThread.currentThread() is self.thread():
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, percent: int, text: str) -> None:
        dialog = self._dialog
        if dialog is None or (self._worker is not None and self._worker.cancel_requested):
            return
        dialog.setLabelText(text)
        # A modal progress dialog processes events inside setValue(): the end of the
        # export may be handled in there, so it is told to wait (see below).
        self._updating = True
        try:
            dialog.setValue(percent)
        finally:
            self._updating = False

    def _remember(self, status: str, detail: str) -> None:
        self._outcome = (status, detail)

    def _on_thread_finished(self) -> None:
        """Back on the GUI thread once the worker is done: tidy up, then report."""
        if self._updating:  # called from inside _on_progress: finish that first
            QTimer.singleShot(0, self._on_thread_finished)
            return
        thread, worker, dialog = self._thread, self._worker, self._dialog
        self._thread = self._worker = self._dialog = None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()
        status, detail = self._outcome
        if status == "ok":
            path = Path(detail)
            self.last_written = path
            self._status(self.tr("Saved {0}").format(path))
            self.export_finished.emit(path)
            if self.ask_open(path):
                self.open_file(path)
        elif status == "cancelled":
            self._status(self.tr("Export cancelled; nothing was written."))
            self.export_finished.emit(None)
        else:
            self.last_error = detail or self.tr("The export failed.")
            self.export_finished.emit(None)
            self.show_error(self.last_error)

    def _status(self, message: str) -> None:
        show = getattr(self.window, "show_status", None)
        if callable(show):
            show(message)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the running export's thread ends (for scripts and tests)."""
        thread = self._thread
        return True if thread is None else thread.wait(timeout_ms)

    # ----- dialogs (overridable) ----------------------------------------------------
    def ask_save_path(self, title: str, suggested: Path, filters: str) -> str | None:
        path, _ = file_dialogs.ask_save_path(self.window, title, suggested.name, filters)
        return path or None

    def ask_open(self, path: Path) -> bool:
        box = QMessageBox(self.window)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Saved {0}.").format(path.name))
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button

    def open_file(self, path: Path) -> None:
        file_dialogs.open_file(self.window, path)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)


class OutputsTab(QWidget):
    """The workshop view's Outputs tab: the exports of this workshop as buttons."""

    def __init__(self, ctx, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "What to take home from this workshop. The workbook holds every figure, ballot "
            "and audit entry; the report is a PDF to send to members and the funder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.workbook_button = QPushButton(self.tr("Export the workbook (Excel)…"))
        self.report_button = QPushButton(self.tr("Export the report (PDF)…"))
        self.roster_button = QPushButton(self.tr("Export the member roster…"))
        self.faq_button = QPushButton(self.tr("Export the FAQ handout (PDF)…"))
        self.workbook_button.clicked.connect(lambda: self._run("workbook"))
        self.report_button.clicked.connect(lambda: self._run("report"))
        self.roster_button.clicked.connect(lambda: self._run("roster"))
        self.faq_button.clicked.connect(lambda: self._run("faq"))
        for button in (self.workbook_button, self.report_button, self.roster_button,
                       self.faq_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def actions_owner(self) -> ExportActions | None:
        return getattr(self.window(), "export_actions", None)

    def _run(self, kind: str) -> bool:
        owner = self.actions_owner()
        if owner is None:
            QMessageBox.warning(self, APP_NAME, self.tr("Exports are not available here."))
            return False
        if kind in ("workbook", "report"):
            return owner.export_workshop(kind, self.workshop_id)
        return owner.export_roster() if kind == "roster" else owner.export_faq()


def register_outputs_tab() -> None:
    """Add the Outputs tab to every workshop view opened from now on (process-wide).

    Prefer listing it in ``workshop_view.WORKSHOP_TABS`` as
    ``("outputs", "Outputs", "export_actions:OutputsTab")``; this is for code
    that cannot edit that list.
    """
    from facilitator_app.ui.workshop_view import register_workshop_tab

    register_workshop_tab("outputs", QT_TRANSLATE_NOOP("WorkshopView", "Outputs"), OutputsTab)


def install_export_actions(window: QMainWindow) -> ExportActions:
    """Add the exports to ``window``'s Export menu; the Outputs tab finds them there."""
    existing = getattr(window, "export_actions", None)
    if isinstance(existing, ExportActions):
        return existing
    actions = ExportActions(window)
    window.export_actions = actions  # type: ignore[attr-defined]
    return actions
