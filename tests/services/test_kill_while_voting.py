"""A process killed (SIGKILL) while recording ballots loses no confirmed ballot.

Each writer is a process of its own that prints each ballot only after its
transaction committed; after each kill the workspace must hold every printed
ballot, pass SQLite's integrity check, and open again (the OS released the
instance lock). The writers are forked by one worker process that imported
the app once (see ``ballot_writer.py``), not started from scratch each time.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace

WORKER = Path(__file__).with_name("ballot_writer.py")


class Worker:
    """The worker process and the lines it (and its writers) printed."""

    def __init__(self, path: Path, errors: Path) -> None:
        self.errors = errors
        with open(errors, "w", encoding="utf-8") as err:
            self.proc = subprocess.Popen([sys.executable, str(WORKER), str(path)],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=err, text=True)
        self.lines: list[str] = []
        self.reader = threading.Thread(target=lambda: self.lines.extend(self.proc.stdout),
                                       daemon=True)
        self.reader.start()

    def wait_for(self, start: int, prefix: str) -> str:
        """The first whole line from ``start`` on that begins with ``prefix``."""
        deadline = time.monotonic() + 60
        while True:
            for line in self.lines[start:]:
                if line.startswith(prefix) and line.endswith("\n"):
                    return line
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"no {prefix!r} from the worker: "
                                     f"{self.errors.read_text(encoding='utf-8')}")
            time.sleep(0.01)

    def run_and_kill(self, rng: random.Random) -> list[tuple[int, int]]:
        start = len(self.lines)
        self.proc.stdin.write("write\n")
        self.proc.stdin.flush()
        pid = int(self.wait_for(start, "ready ").split()[1])
        time.sleep(rng.uniform(0.3, 1.5))
        os.kill(pid, signal.SIGKILL)
        assert self.wait_for(start, "gone ") == "gone killed\n"  # and reaped: its locks are free
        confirmed = []
        for line in self.lines[start:]:
            if line.startswith("confirmed ") and line.endswith("\n"):
                _, round_id, ballot_id = line.split()
                confirmed.append((int(round_id), int(ballot_id)))
        return confirmed

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(timeout=10)


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")
def test_killed_process_loses_no_confirmed_ballot(tmp_path):
    path = tmp_path / "kill test é.cluster"
    create_demo(path).close()
    rng = random.Random(20261128)
    total = 0
    worker = Worker(path, tmp_path / "worker-errors.txt")
    try:
        for _attempt in range(4):
            confirmed = worker.run_and_kill(rng)
            assert confirmed, "the writer confirmed ballots before it was killed"
            total += len(confirmed)
            conn = sqlite3.connect(path)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                stored = set(conn.execute("SELECT round_id, id FROM ballots").fetchall())
            finally:
                conn.close()
            missing = [c for c in confirmed if c not in stored]
            assert not missing, f"confirmed ballots lost: {missing[:5]}"
            open_workspace(path).close()  # the lock died with the process
    finally:
        worker.stop()
    assert worker.proc.returncode == 0, worker.errors.read_text(encoding="utf-8")
    assert total > 10
