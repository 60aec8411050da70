"""The command line's basics: version, demo, errors as one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from facilitator_app import __version__
from facilitator_app.cli import main
from facilitator_app.services.profile import get_profile
from facilitator_app.services.workspaces import counts
from facilitator_app.storage.workspace import open_workspace

ROOT = Path(__file__).parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator_app", *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"facilitator-app {__version__}"


def test_demo_creates_a_workspace_that_reopens_with_expected_counts(tmp_path):
    path = tmp_path / "démo cluster.cluster"
    result = run_cli("demo", str(path))
    assert result.returncode == 0, result.stderr
    assert "30 members" in result.stdout
    ws = open_workspace(path)
    try:
        c = counts(ws)
        assert c.members == 30
        assert c.workshops == 1
        assert c.priorities == 8
        assert c.rounds == 3  # two closed, one open with no ballots yet
        assert c.swot_items >= 12 and c.tows_strategies == 4
        assert c.ballots == 2 * 19
        with ws.session() as s:
            assert get_profile(s).name == "Grenada Cocoa & Spice Cluster"
    finally:
        ws.close()


def test_demo_refuses_an_existing_file(tmp_path, capsys):
    path = tmp_path / "there.cluster"
    path.write_text("keep me")
    assert main(["demo", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0]
    assert path.read_text() == "keep me"


def test_bad_path_exits_2_with_one_line():
    result = run_cli("demo", "/no/such/folder/x.cluster")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_option_exits_2_with_one_line():
    result = run_cli("--no-such-option")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
