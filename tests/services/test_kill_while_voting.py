"""A process killed (SIGKILL) while recording ballots loses no confirmed ballot.

The worker prints each ballot only after its transaction committed; after
each kill the workspace must hold every printed ballot, pass SQLite's
integrity check, and open again (the OS released the instance lock).
"""

from __future__ import annotations

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


def _run_and_kill(path: Path, rng: random.Random) -> list[tuple[int, int]]:
    proc = subprocess.Popen([sys.executable, str(WORKER), str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while "ready\n" not in lines:
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"worker did not start: {proc.stderr.read()}")
        time.sleep(0.02)
    time.sleep(rng.uniform(0.3, 1.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=10)
    confirmed = []
    for line in lines:
        if line.startswith("confirmed ") and line.endswith("\n"):
            _, round_id, ballot_id = line.split()
            confirmed.append((int(round_id), int(ballot_id)))
    return confirmed


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_process_loses_no_confirmed_ballot(tmp_path):
    path = tmp_path / "kill test é.cluster"
    create_demo(path).close()
    rng = random.Random(20261128)
    total = 0
    for _attempt in range(4):
        confirmed = _run_and_kill(path, rng)
        assert confirmed, "the worker confirmed ballots before it was killed"
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
    assert total > 10
