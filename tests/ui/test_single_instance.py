"""A second start hands its request to the running app and exits 0, having
opened nothing: the window comes forward and opens the asked file there."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QMessageBox

from facilitator_app.paths import default_workspace_path, log_file
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.backups import backups_dir
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.single_instance import InstanceServer, server_name

ROOT = Path(__file__).parents[2]


@pytest.fixture
def home(_isolated_home):
    configure_application()
    yield _isolated_home
    QLocalServer.removeServer(server_name())  # whatever a killed app left


def _start(*args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "facilitator_app", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _nothing_opened(*untouched: Path) -> None:
    assert not default_workspace_path().exists()  # no empty default workspace made
    for path in untouched:  # not opened: no backup of it
        assert not backups_dir().exists() or not list(backups_dir().rglob(f"{path.stem}.*"))


@pytest.mark.qt_log_ignore("does not support raise", extend=True)  # the offscreen platform has no stacking
def test_the_running_window_takes_a_second_starts_request(qtbot, home, tmp_path, monkeypatch):
    first = tmp_path / "First.cluster"
    asked = tmp_path / "Asked for.cluster"
    create_workspace(first).close()
    create_workspace(asked).close()
    win = MainWindow(open_workspace(first, backups_kept=0))
    qtbot.addWidget(win)
    win.show()
    server = InstanceServer()
    seen: list[str | None] = []
    questions: list[str] = []

    def handler(path: str | None) -> None:
        seen.append(path)
        win.open_requested(path)

    def answer_yes(parent, title, text, buttons, default):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    assert server.serve(handler)
    try:
        # "show yourself": nothing is asked, the window keeps its workspace
        second = _start()
        qtbot.waitUntil(lambda: second.poll() is not None and bool(seen), timeout=60000)
        assert second.returncode == 0, second.stderr.read()
        assert seen == [None] and questions == []
        assert win.workspace.path == first
        # a file: asked first (another one is open), then opened here
        second = _start("--workspace", str(asked))
        qtbot.waitUntil(lambda: second.poll() is not None and len(seen) == 2, timeout=60000)
        assert second.returncode == 0, second.stderr.read()
        assert seen[1] == str(asked)
        assert questions and "Asked for.cluster" in questions[0] and "First.cluster" in questions[0]
        qtbot.waitUntil(lambda: win.workspace.path == asked)
        # the same file again: only brought forward
        win.open_requested(str(asked))
        assert len(questions) == 1
    finally:
        server.close()
        win.close()
    _nothing_opened()


def test_two_real_processes(home, tmp_path):
    first_file = tmp_path / "Mine.cluster"
    other = tmp_path / "Other.cluster"
    create_workspace(first_file).close()
    create_workspace(other).close()
    first = _start("--workspace", str(first_file))
    try:
        deadline = time.monotonic() + 90
        while "Listening for later starts" not in _log():
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline, "the first start never listened"
            time.sleep(0.1)
        lock = first_file.with_name(first_file.name + ".lock")
        assert lock.read_text() == str(first.pid)
        before = sorted(p.name for p in tmp_path.iterdir())
        for args, said in (((), "show the window"),
                           (("--workspace", str(other)), str(other))):
            second = _start(*args)
            out, err = second.communicate(timeout=60)
            assert second.returncode == 0, err
            assert out == "" and err == ""
            deadline = time.monotonic() + 30
            while f"Another start handed over: {said}" not in _log():
                assert time.monotonic() < deadline, _log()
                time.sleep(0.1)
        assert first.poll() is None  # still running, with its own workspace
        assert lock.read_text() == str(first.pid)
        assert sorted(p.name for p in tmp_path.iterdir()) == before  # the second made nothing
        _nothing_opened(other)
    finally:
        first.kill()  # it sits on a question nobody answers (offscreen)
        first.wait(timeout=30)
    # killed, it left its socket behind: the next first start takes the name over
    server = InstanceServer()
    try:
        assert server.listen()
    finally:
        server.close()


def _log() -> str:
    try:
        return log_file().read_text(encoding="utf-8")
    except OSError:
        return ""


def test_a_start_that_cannot_open_its_workspace_never_makes_a_default_one(
        home, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from facilitator_app.ui import app as app_module
    from facilitator_app.ui.welcome import WelcomeDialog

    path = tmp_path / "Busy.cluster"
    holder = create_workspace(path)  # open elsewhere (here: held by this test)
    QSettings().setValue("lastWorkspace", str(path))
    warned: list[str] = []
    welcomed: list[bool] = []
    monkeypatch.setattr(app_module, "_warn", lambda parent, text, critical=False:
                        warned.append(text))
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: welcomed.append(True) or 0)
    try:
        assert app_module.choose_start_workspace(str(path)) is None
        assert app_module.choose_start_workspace(None) is None
    finally:
        holder.close()
        QSettings().remove("lastWorkspace")
    assert len(warned) == 3 and all("already open" in w for w in warned)
    assert welcomed == [True, True]  # the user chooses; closing it ends the start
    assert not default_workspace_path().exists()
