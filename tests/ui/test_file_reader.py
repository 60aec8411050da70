"""Files are read off the GUI thread: the window lives on, progress shows, Cancel works."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from facilitator_app.core.errors import BadInputError
from facilitator_app.core.spreadsheet import report
from facilitator_app.ui import file_reader
from facilitator_app.ui.file_reader import read_file


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press_cancel(parent: QWidget) -> None:
    """Click the Cancel button of the progress dialog shown over ``parent``."""
    shown = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
    assert len(shown) == 1, "no progress dialog on screen"
    shown[0].findChild(QPushButton).click()


def _ticking(interval_ms: int = 20) -> tuple[QTimer, list[float]]:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(interval_ms)
    return timer, ticks


def test_a_slow_read_does_not_block_the_event_loop(window, monkeypatch):
    monkeypatch.setattr(file_reader, "PROGRESS_DELAY_MS", 100)
    gui = threading.get_ident()
    seen: dict[str, object] = {}
    labels: list[str] = []

    def slow_read(path):
        seen["thread"] = threading.get_ident()
        for i in range(8):
            report(f"Reading row {i * 1000:,} of {path}")
            time.sleep(0.1)
        return f"table of {path}"

    def look_at_the_dialog():
        for dialog in window.findChildren(QProgressDialog):
            labels.append(dialog.labelText())
            seen["visible"] = seen.get("visible") or dialog.isVisible()

    timer, ticks = _ticking()
    timer.timeout.connect(look_at_the_dialog)
    start = time.monotonic()
    result = read_file(window, slow_read, "members.xlsx")
    timer.stop()
    assert result == "table of members.xlsx"
    assert seen["thread"] != gui
    # The GUI thread ran its timers all along: no gap near the length of the read.
    assert len(ticks) >= 10
    gaps = [b - a for a, b in zip([start, *ticks], ticks)]
    assert max(gaps) < 0.4, gaps
    assert seen.get("visible"), "the progress dialog never showed"
    assert any("Reading row" in label for label in labels), labels


def test_cancel_stops_the_read_at_its_next_report(window, qtbot):
    stopped = threading.Event()

    def endless_read(path):
        try:
            for _ in range(400):  # 20 s at most, if Cancel were ignored
                report("Reading")
                time.sleep(0.05)
        except BaseException:
            stopped.set()
            raise
        return "finished"

    QTimer.singleShot(700, lambda: press_cancel(window))
    start = time.monotonic()
    assert read_file(window, endless_read, "ballots.xlsx") is None
    assert time.monotonic() - start < 2
    qtbot.waitUntil(stopped.is_set, timeout=2000)


def test_a_read_that_does_not_report_is_abandoned_on_cancel(window, qtbot):
    release = threading.Event()

    def silent_read(path):
        release.wait(5)
        return "late"

    QTimer.singleShot(700, lambda: press_cancel(window))
    start = time.monotonic()
    assert read_file(window, silent_read, "big.csv") is None
    assert time.monotonic() - start < 2
    release.set()
    qtbot.waitUntil(lambda: all(t.isFinished() for t, _ in file_reader._abandoned),
                    timeout=3000)


def test_the_reader_error_is_raised_on_the_gui_thread(window):
    def refuse(path):
        raise BadInputError(f"{path} is too large to read safely.")

    with pytest.raises(BadInputError, match="too large to read safely"):
        read_file(window, refuse, "bomb.xlsx")

    def bug(path):
        raise ZeroDivisionError("a bug")

    with pytest.raises(ZeroDivisionError):
        read_file(window, bug, "x.csv")


def test_the_ballot_import_dialog_reads_off_the_gui_thread_and_shows_a_refusal(
        qtbot, tmp_path, monkeypatch):
    """The real dialog and reader: a zip bomb is read in the worker and refused with
    its reason; a good file still loads; Cancel leaves the dialog usable."""
    from facilitator_app.services import voting
    from facilitator_app.ui import ballot_import_dialog
    from facilitator_app.ui.app import configure_application
    from facilitator_app.ui.ballot_import_dialog import BallotImportDialog
    from facilitator_app.ui.voting_tab import VotingTab
    from tests.core.test_hostile_spreadsheets import zip_bomb
    from tests.ui.voting_setup import small_workshop

    configure_application()
    data = small_workshop(tmp_path)
    try:
        with data.ctx.session() as s:
            info = voting.create_round(s, data.workshop_id, data.priorities, "dots",
                                       params={"budget": 3}, anonymity="named")
        tab = VotingTab(data.ctx, data.workshop_id)
        qtbot.addWidget(tab)
        threads: list[int] = []
        real = ballot_import_dialog.read_matrix

        def watched(path):
            threads.append(threading.get_ident())
            return real(path)

        monkeypatch.setattr(ballot_import_dialog, "read_matrix", watched)
        dialog = BallotImportDialog(data.ctx, info, tab)
        qtbot.addWidget(dialog)
        dialog.load(zip_bomb(tmp_path / "bomb.xlsx", megabytes=20))
        assert threads and threads[0] != threading.get_ident()
        assert dialog.matrix is None
        assert any("zip bomb" in p for p in dialog.problem_model.stringList())
        assert dialog.summary.text() == "The file cannot be read."

        def slow(path):
            for _ in range(100):
                report("Reading")
                time.sleep(0.05)
            return real(path)  # never reached: cancelled

        monkeypatch.setattr(ballot_import_dialog, "read_matrix", slow)
        QTimer.singleShot(700, lambda: press_cancel(dialog))
        dialog.load(tmp_path / "slow.xlsx")
        assert dialog.matrix is None
        assert "cancelled" in dialog.summary.text()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    finally:
        data.ws.close()
