"""The GUI operation helper: one unit of work, known errors shown, bugs to the crash dialog,
slow work off the GUI thread with progress and Cancel."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from facilitator_app.core.errors import UserError
from facilitator_app.logs import log_file
from facilitator_app.services.roster import add_member, export_rows
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui import app as app_module
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.crash_dialog import CrashDialog
from facilitator_app.ui.operation import Op, running_operations


@pytest.fixture
def ctx(qtbot, tmp_path):
    ws = create_workspace(tmp_path / "op.cluster")
    statuses: list[str] = []
    context = AppContext(ws, lambda _key: None, statuses.append)
    context.statuses = statuses
    yield context
    ws.close()


@pytest.fixture
def page(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, _title, text, *a: shown.append((parent, text)))
    return shown


def names(ctx) -> list[str]:
    with ctx.session() as s:
        return [row["name"] for row in export_rows(s)]


def test_success_commits_then_notifies_and_sets_the_status_line(qtbot, ctx, page, warnings):
    topics: list[str] = []
    ctx.changed.connect(topics.append)
    seen: list[object] = []
    done = Op(page, ctx).run(lambda s: add_member(s, {"name": "Coopérative du Nord"}),
                             success=lambda m: seen.append(names(ctx)),
                             changed=("members", "health"),
                             status=lambda m: f"Member {m} added.")
    assert done and done.ok and isinstance(done.value, int)
    assert seen == [["Coopérative du Nord"]]  # committed before success runs
    assert topics == ["members", "health"]
    assert ctx.statuses == [f"Member {done.value} added."]
    assert warnings == []


def test_a_user_error_is_shown_by_the_page_and_nothing_is_half_written(
        qtbot, ctx, page, warnings):
    topics: list[str] = []
    ctx.changed.connect(topics.append)

    def half_then_refuse(s):
        add_member(s, {"name": "Smith & Sons <Ltd>"})
        s.flush()
        raise UserError("That member cannot be added twice.")

    done = Op(page, ctx).run(half_then_refuse, changed="members", status="never shown",
                             success=lambda _v: pytest.fail("success after a refusal"))
    assert not done and isinstance(done.error, UserError)
    assert warnings == [(page, "That member cannot be added twice.")]
    assert names(ctx) == []  # rolled back
    assert topics == [] and ctx.statuses == []


def test_error_text_words_a_refusal(qtbot, ctx, page, warnings):
    def refuse(_s):
        raise UserError("two problems")

    Op(page, ctx).run(refuse, error_text=lambda exc: f"Nothing was saved: {exc.message}")
    assert warnings == [(page, "Nothing was saved: two problems")]


@pytest.mark.qt_no_exception_capture
def test_a_bug_reaches_the_crash_dialog_and_is_rolled_back(qtbot, ctx, page, warnings,
                                                           monkeypatch):
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_excepthook()

    def buggy(s):
        add_member(s, {"name": "Grenada Bureau of Standards"})
        s.flush()
        return {}["missing key"]

    button = QPushButton("Add", page)
    button.clicked.connect(lambda: Op(page, ctx).run(buggy, changed="members"))
    button.click()
    assert len(shown) == 1 and "KeyError" in shown[0].details
    assert "missing key" in log_file().read_text(encoding="utf-8")
    assert warnings == []  # a bug is not worded as the user's problem
    assert names(ctx) == []


def test_background_work_keeps_the_gui_responsive_and_lands_on_the_gui_thread(
        qtbot, ctx, page, warnings):
    gui_thread = QApplication.instance().thread()
    worker_threads: list[object] = []
    landed: list[tuple[object, object]] = []
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    release = threading.Event()

    def slow(job):
        worker_threads.append(QThread.currentThread())
        for i in range(5):
            job.progress(i, 5, f"Step {i + 1}")
            release.wait(2)
        return 42

    op = Op(page, ctx).in_background(
        slow, progress_label="Working…",
        success=lambda v: landed.append((v, QThread.currentThread())),
        changed="voting", status=lambda v: f"Done: {v}")
    assert op.running
    # the event loop keeps turning while the work waits (held for up to 10 s);
    # the timer's ticks are awaited, not counted in a fixed time: a loaded
    # machine may be slow, a blocked loop gives none until the work ends
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)
    assert op.running
    release.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert op.outcome.ok and op.outcome.value == 42
    assert landed == [(42, gui_thread)] and worker_threads[0] is not gui_thread
    assert ctx.statuses == ["Done: 42"]
    assert running_operations() == 0


def test_background_progress_reaches_the_dialog(qtbot, ctx, page, warnings):
    page.show()
    seen: list[tuple[int, int, str]] = []
    go_on = threading.Event()

    def counted(job):
        job.progress(1, 4, "Ballot 1 of 4")
        go_on.wait(5)
        for i in (2, 3):
            time.sleep(job.REPORT_EVERY_S * 1.5)
            job.progress(i, 4, f"Ballot {i} of 4")
        return "written"

    op = Op(page, ctx).in_background(counted, progress_label="Writing the ballots…")
    op._worker.progressed.connect(lambda d, t, text: seen.append((d, t, text)))
    dialog = op.dialog
    qtbot.waitUntil(lambda: dialog.maximum() == 4 and dialog.value() == 1, timeout=3000)
    assert dialog.labelText() == "Ballot 1 of 4"
    go_on.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert op.outcome.value == "written"
    # (the first report may come before this test listens)
    assert seen[-2:] == [(2, 4, "Ballot 2 of 4"), (3, 4, "Ballot 3 of 4")]
    assert seen[:-2] in ([], [(1, 4, "Ballot 1 of 4")])


def test_a_burst_of_reports_is_thinned_but_the_last_one_arrives(qtbot, ctx, page, warnings):
    seen: list[int] = []

    def burst(job):
        job._report = lambda done, total, text: seen.append(done)
        for i in range(1, 2001):
            job.progress(i, 2000)
        return len(seen)

    op = Op(page, ctx).in_background(burst, progress_label="Counting…")
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert seen[0] == 1 and seen[-1] == 2000
    assert len(seen) < 100  # not 2000 redraws queued for the GUI thread


def test_cancel_stops_the_work_at_its_next_report(qtbot, ctx, page, warnings):
    reached: list[int] = []
    started = threading.Event()

    def long(job):
        for i in range(1000):
            started.set()
            job.progress(i, 1000)
            reached.append(i)
            time.sleep(0.005)
        return "finished"

    outcomes = []
    op = Op(page, ctx).in_background(long, progress_label="Working…",
                                     success=lambda v: pytest.fail("success after cancel"),
                                     cancelled_status="Cancelled; nothing was written.",
                                     done=outcomes.append)
    assert started.wait(5)
    cancel = op.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert op.outcome.cancelled and not op.outcome.ok
    assert len(reached) < 1000
    assert outcomes == [op.outcome]
    assert ctx.statuses == ["Cancelled; nothing was written."]
    assert warnings == []


def test_a_refusal_in_the_background_is_shown_on_the_gui_thread(qtbot, ctx, page, warnings):
    threads: list[object] = []

    def refuse(job):
        raise UserError("The folder is read-only.")

    original = QMessageBox.warning

    def record(parent, title, text, *a):
        threads.append(QThread.currentThread())
        return original(parent, title, text, *a)

    QMessageBox.warning = record
    try:
        op = Op(page, ctx).in_background(refuse, progress_label="Saving…")
        qtbot.waitUntil(lambda: not op.running, timeout=5000)
    finally:
        QMessageBox.warning = original
    assert warnings == [(page, "The folder is read-only.")]
    assert threads == [QApplication.instance().thread()]
    assert op.outcome.error.message == "The folder is read-only."


def test_background_work_reads_through_its_own_session(qtbot, ctx, page, warnings):
    with ctx.session() as s:
        add_member(s, {"name": "Asociación de Productores Ñame Verde"})

    def count(job):
        with job.session() as s:
            return [row["name"] for row in export_rows(s)]

    op = Op(page, ctx).in_background(count, progress_label="Counting…")
    assert op.wait() is not None
    assert op.outcome.value == ["Asociación de Productores Ñame Verde"]


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_the_background_reaches_the_crash_dialog(qtbot, ctx, page, warnings,
                                                          monkeypatch):
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_excepthook()

    def buggy(job):
        job.progress(1, 2)
        raise ZeroDivisionError("deliberate bug in the worker")

    op = Op(page, ctx).in_background(buggy, progress_label="Working…",
                                     success=lambda v: pytest.fail("success after a bug"))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "deliberate bug in the worker" in shown[0].details
    assert "buggy" in shown[0].details  # the worker's own traceback is kept
    assert not op.running and not op.outcome.ok
    assert warnings == []


def test_fetch_returns_the_value_and_leaves_a_refusal_to_the_caller(qtbot, ctx, page, warnings):
    with ctx.session() as s:
        add_member(s, {"name": "Coopérative du Nord"})
    assert Op(page, ctx).fetch(lambda s: [r["name"] for r in export_rows(s)]) == [
        "Coopérative du Nord"]

    def refuse(_s):
        raise UserError("Not that one.")

    with pytest.raises(UserError, match=r"Not that one\."):
        Op(page, ctx).fetch(refuse)
    assert warnings == []  # the caller shows it where it belongs


def test_a_refusal_can_be_shown_in_place_instead_of_a_message_box(qtbot, ctx, page, warnings):
    said: list[str] = []

    def refuse(_s):
        raise UserError("“31/02” is not a date.")

    assert not Op(page, ctx).run(refuse, on_refusal=said.append)
    assert said == ["“31/02” is not a date."] and warnings == []


def test_the_message_box_can_carry_the_page_title(qtbot, ctx, page, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a: shown.append((title, text)))

    def refuse(_s):
        raise UserError("No.")

    Op(page, ctx, "Action plan").run(refuse)
    Op(page, ctx).run(refuse)
    assert shown == [("Action plan", "No."), ("Cluster Facilitator Toolkit", "No.")]


def test_busy_background_work_leaves_the_event_loop_turning(qtbot, ctx, page, warnings):
    page.show()  # the progress dialog is window-modal over it
    qtbot.waitExposed(page)
    ticks: list[int] = []
    timer = QTimer(page)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    def busy(job):  # pure Python, reporting at every step, as laying out ballots does
        deadline = time.monotonic() + 0.6
        n = 0
        while time.monotonic() < deadline:
            n += 1
            job.progress(n % 1000, 1000)
        return n

    op = Op(page, ctx).in_background(busy, progress_label="Laying out…")
    qtbot.waitUntil(lambda: not op.running, timeout=10_000)
    assert op.outcome.ok
    assert len(ticks) >= 10  # of about 30: the window repaints and takes clicks meanwhile


def test_quitting_cancels_and_waits_for_background_work(qtbot, ctx, page, warnings):
    from facilitator_app.ui.operation import stop_all

    steps: list[int] = []

    def long(job):
        for i in range(10_000):
            job.progress(i, 10_000)
            steps.append(i)
            time.sleep(0.002)
        return "finished"

    op = Op(page, ctx).in_background(long, progress_label="Working…")
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    assert stop_all()  # what the application does when it is about to quit
    assert op._thread.isFinished() and len(steps) < 10_000
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert op.outcome.cancelled
