"""The built-in self-test, run unfrozen (CI also runs it in the frozen bundle).

It runs as a user would run it: a real home folder with a real user data
folder (settings, a workspace, backups) and real Qt settings, and no test
variables. Afterwards every file under that home is byte for byte as before
and nothing was added.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]


def _snapshot(root: Path) -> dict[str, str]:
    """Every file and folder under ``root`` with the hash of its content."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if rel.split(os.sep)[0] == ".cache":  # fontconfig may cache fonts: not the user's data
            continue
        found[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _real_profile(home: Path) -> None:
    data = home / ".local" / "share" / "ClusterFacilitatorToolkit"
    (data / "backups").mkdir(parents=True)
    (data / "settings.json").write_text('{"facilitator_name": "Léa Baptiste"}', encoding="utf-8")
    (data / "My cluster.cluster").write_bytes(b"SQLite format 3\x00 (the user's workspace)")
    (data / "backups" / "My cluster.open.20261101-090000-000000.cluster").write_bytes(b"old")
    ui_state = data / "ui-state" / "ClusterFacilitatorToolkit"
    ui_state.mkdir(parents=True)
    (ui_state / "facilitator-app.ini").write_text(
        "[General]\nlastWorkspace=/home/lea/My cluster.cluster\n", encoding="utf-8")
    native = home / ".config" / "ClusterFacilitatorToolkit"
    native.mkdir(parents=True)
    (native / "facilitator-app.conf").write_text("[General]\nrecentFiles=\n", encoding="utf-8")


@pytest.mark.slow
def test_self_test_passes_and_leaves_the_user_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    _real_profile(home)
    before = _snapshot(home)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FACILITATOR_APP", "XDG_", "PYTEST", "TMP"))}
    env["HOME"] = str(home)
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--self-test"],
        capture_output=True, text=True, timeout=300, cwd=REPO, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    steps = [line for line in lines if line.startswith(("ok ", "FAIL"))]
    assert steps and all(line.startswith("ok ") for line in steps)
    titles = " | ".join(steps)
    for expected in ("create the demo workspace", "open the main window", "visit every page",
                     "results chart", "FAQ handout", "workshop workbook", "workshop report",
                     "roster"):
        assert expected in titles
    assert _snapshot(home) == before
    assert list((tmp_path / "tmp").iterdir()) == []  # its own temporary folder is gone too
