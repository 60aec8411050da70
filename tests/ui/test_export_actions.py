"""The Export menu and the Outputs tab: save dialog answered, worker thread, the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QObject, QThread, Slot

from facilitator_app.export.report_model import ExportCancelled
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.export_actions import ExportActions, install_export_actions
from facilitator_app.ui.export_worker import ExportJob, ExportWorker, run_job
from facilitator_app.ui.main_window import MainWindow
from tests.export.report_fixtures import rich_workspace

WAIT_MS = 60_000


@pytest.fixture
def ws_path(tmp_path):
    path = tmp_path / "Grenada démo.cluster"
    rich_workspace(path).close()
    return path


class Answers:
    """Stands in for the user at the dialogs."""

    def __init__(self, actions: ExportActions, target: Path | None, open_it: bool = True):
        self.suggested: list[Path] = []
        self.asked_open: list[Path] = []
        self.opened: list[Path] = []
        self.errors: list[str] = []
        actions.ask_save_path = self.save  # type: ignore[method-assign]
        actions.ask_open = self.ask_open  # type: ignore[method-assign]
        actions.open_file = self.opened.append  # type: ignore[method-assign]
        actions.show_error = self.errors.append  # type: ignore[method-assign]
        self.target = target
        self.open_it = open_it

    def save(self, _title: str, suggested: Path, _filters: str) -> str | None:
        self.suggested.append(suggested)
        return None if self.target is None else str(self.target)

    def ask_open(self, path: Path) -> bool:
        self.asked_open.append(path)
        return self.open_it


@pytest.fixture
def window(qtbot, ws_path):
    configure_application()
    win = MainWindow(open_workspace(ws_path))
    qtbot.addWidget(win)
    win.show()
    actions = install_export_actions(win)
    yield win, actions
    actions.wait()
    if win.isVisible():
        win.close()


def test_menu_has_the_exports(window):
    win, actions = window
    assert win.export_menu.menuAction().isVisible()
    texts = [a.text().replace("&", "") for a in win.export_menu.actions() if a.text()]
    assert texts == ["Workshop workbook (Excel)…", "Workshop report (PDF)…", "Member roster…",
                     "FAQ handout (PDF)…"]
    assert install_export_actions(win) is actions  # installing twice adds nothing


def test_report_from_the_menu_runs_in_a_worker_and_offers_to_open(qtbot, window, tmp_path):
    win, actions = window
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    answers = Answers(actions, target)
    threads: list[QThread] = []
    original_start = actions.start

    def spy_start(job):
        started = original_start(job)
        threads.append(actions._thread)
        return started

    actions.start = spy_start  # type: ignore[method-assign]
    actions.report_action.trigger()
    assert actions.running  # the click returned while the export runs
    assert threads and threads[0] is not QThread.currentThread()
    qtbot.waitUntil(lambda: bool(answers.opened), timeout=WAIT_MS)
    assert answers.errors == []
    assert answers.opened == [target]
    assert answers.suggested[0].name == (
        "Grenada Cocoa & Spice Cluster - Follow-up workshop - 2026-06-10.pdf")
    text = PdfReader(target).pages[0].extract_text()
    assert "Follow-up workshop" in text
    assert not actions.running and actions.last_written == target
    assert "Saved" in win.statusBar().currentMessage()


def test_workbook_of_the_open_workshop(qtbot, window, tmp_path):
    win, actions = window
    page = win.pages["workshops"]
    page.open_workshop(1)  # the demo day, not the latest workshop
    target = tmp_path / "book"  # no suffix typed: .xlsx is added
    answers = Answers(actions, target, open_it=False)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as signal:
        actions.workbook_action.trigger()
    written = target.with_name("book.xlsx")
    assert signal.args == [written]
    assert answers.asked_open == [written] and answers.opened == []
    assert "Priority-setting workshop 2026 - 2026-03-18.xlsx" in answers.suggested[0].name
    summary = {r[0]: r[1] for r in load_workbook(written)["Summary"].iter_rows(values_only=True)
               if r[0]}
    assert summary["Workshop"] == "Priority-setting workshop 2026"


def test_outputs_tab_on_the_workshop_view(qtbot, window, tmp_path, monkeypatch):
    from facilitator_app.ui import workshop_view
    from facilitator_app.ui.export_actions import register_outputs_tab

    monkeypatch.setattr(workshop_view, "_EXTRA_TABS", [])  # undone after the test
    if "outputs" not in [k for k, _t, _f in workshop_view.tab_factories()]:
        register_outputs_tab()
    win, actions = window
    view = win.pages["workshops"].open_workshop(2)
    tab = view.tab("outputs")
    assert tab is not None
    target = tmp_path / "from the tab.pdf"
    Answers(actions, target, open_it=False)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS):
        tab.report_button.click()
    assert target.exists()


def test_cancelled_save_dialog_does_nothing(window, tmp_path):
    _win, actions = window
    answers = Answers(actions, None)
    assert actions.export_workshop("report") is False
    assert not actions.running and answers.errors == []


def test_a_failure_is_a_clear_message_and_no_file(qtbot, window, tmp_path):
    _win, actions = window
    target = tmp_path / "gone" / "report.xlsx"
    answers = Answers(actions, target)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as signal:
        actions.workbook_action.trigger()
    assert signal.args == [None]
    assert answers.errors and "does not exist" in answers.errors[0]
    assert answers.opened == [] and not target.parent.exists()


def test_roster_and_faq_exports(qtbot, window, tmp_path):
    _win, actions = window
    for action, name in ((actions.roster_action, "members.csv"),
                         (actions.faq_action, "faq.pdf")):
        target = tmp_path / name
        Answers(actions, target, open_it=False)
        with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS):
            action.trigger()
        assert target.exists() and target.stat().st_size > 100
    assert "Smith & Sons <Ltd>" in (tmp_path / "members.csv").read_text(encoding="utf-8-sig")


def test_cancel_stops_the_worker_and_writes_nothing(ws_path, tmp_path, qtbot):
    ws = open_workspace(ws_path)
    try:
        out = tmp_path / "out"
        out.mkdir()
        target = out / "cancelled.xlsx"
        worker = ExportWorker(ws, ExportJob("workbook", target, 1))
        worker.cancel()
        with qtbot.waitSignal(worker.cancelled, timeout=WAIT_MS):
            worker.run()
        assert list(out.iterdir()) == []
        with pytest.raises(ExportCancelled):
            run_job(ws, ExportJob("report", tmp_path / "x.pdf", 1),
                    lambda _f, _t: (_ for _ in ()).throw(ExportCancelled()))
    finally:
        ws.close()


def test_the_window_stays_responsive_and_cancel_works_mid_export(qtbot, window, tmp_path):
    """Cancel from the progress dialog while the worker is running."""
    _win, actions = window
    target = tmp_path / "big.xlsx"
    answers = Answers(actions, target)

    class PressCancel(QObject):
        """Lives in the GUI thread: presses the dialog's Cancel at the first progress."""

        def __init__(self) -> None:
            super().__init__()
            self.pressed = False

        @Slot(int, str)
        def on_progress(self, _percent: int, _text: str) -> None:
            if not self.pressed and actions._dialog is not None:
                self.pressed = True
                actions._dialog.cancel()  # what the Cancel button does

    presser = PressCancel()
    actions.start(ExportJob("workbook", target, 1))
    actions._worker.progressed.connect(presser.on_progress)
    with qtbot.waitSignal(actions.export_finished, timeout=WAIT_MS) as signal:
        pass
    assert presser.pressed
    if signal.args == [None]:  # cancelled in time: nothing written
        assert not target.exists()
        assert "cancelled" in _win.statusBar().currentMessage()
    else:  # the export finished before the cancel reached it: a whole file
        assert load_workbook(target).sheetnames[0] == "Summary"
    assert answers.errors == []
    assert not list(tmp_path.glob("*.part"))


def test_closing_the_window_during_an_export_waits_for_it(qtbot, window, tmp_path):
    win, actions = window
    target = tmp_path / "closing.xlsx"
    Answers(actions, target)
    actions.start(ExportJob("workbook", target, 1))
    win.close()  # cancels and waits for the worker before the workspace closes
    assert not actions._thread or actions._thread.isFinished()
    qtbot.waitUntil(lambda: not actions.running, timeout=WAIT_MS)
    assert not list(tmp_path.glob("*.part"))


def test_faq_handout_from_the_export_menu_is_in_the_window_language(ws_path, tmp_path):
    from PySide6.QtCore import QLocale

    from facilitator_app.ui import languages

    configure_application()
    locale = QLocale()
    ws = open_workspace(ws_path)
    try:
        languages.install("es")
        spanish = run_job(ws, ExportJob("faq", tmp_path / "es.pdf"), lambda _f, _t: None)
        french = run_job(ws, ExportJob("faq", tmp_path / "fr.pdf", lang="fr"),
                         lambda _f, _t: None)
    finally:
        languages.install("en")
        QLocale.setDefault(locale)
        ws.close()
    text = "\n".join(page.extract_text() for page in PdfReader(spanish).pages)
    assert "¿Qué es un clúster?" in text and "Preguntas frecuentes" in text
    text = "\n".join(page.extract_text() for page in PdfReader(french).pages)
    assert "Questions fréquentes" in text
