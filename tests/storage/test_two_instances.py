"""Two running instances: the second is told the workspace is in use; a kill frees it."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator_app.storage.lock import WorkspaceLockedError
from facilitator_app.storage.workspace import open_workspace

ROOT = Path(__file__).parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from facilitator_app.storage.workspace import open_workspace
    ws = open_workspace(sys.argv[1])
    print("holding", flush=True)
    if sys.argv[2] == "exit":
        sys.stdin.readline()
        ws.close()
        print("closed", flush=True)
        sys.stdin.readline()
    else:
        time.sleep(600)
    """
)


def _holder(path: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    return proc


@pytest.mark.parametrize("ending", ["exit", "kill"])
def test_second_instance_is_refused_until_the_first_ends(tmp_path, ending):
    path = tmp_path / "shared folder" / "Coopérative ñ.cluster"
    path.parent.mkdir()
    open_workspace(path, create=True).close()
    proc = _holder(path, ending)
    try:
        with pytest.raises(WorkspaceLockedError) as info:
            open_workspace(path)
        assert f"process {proc.pid}" in info.value.message
        assert "already open" in info.value.message
        if ending == "kill":
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        else:
            proc.stdin.write("\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip() == "closed"
        ws = open_workspace(path)
        ws.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
