"""Ordinary file manners of the command line: the permissions a file gets,
backups only when a command may change the workspace, nothing left beside a
refused file.

The umask is the process's, read once when the app starts: the outputs are
written by a real process started with one. The other claims are about what
a command does, run in this process (``run_main``)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from facilitator_app.services.demo import create_demo
from tests.cli_in_process import run_main

pytestmark = pytest.mark.slow

# Each command in turn, in one process; stops at the first that fails.
_COMMANDS = """\
import json, sys
from facilitator_app.cli import main
for argv in json.loads(sys.argv[1]):
    code = main(argv)
    if code != 0:
        sys.exit(f"{argv[0]} exited with {code}")
"""


def _run_in_a_process(home, commands: list[list[str]], umask: int) -> subprocess.CompletedProcess[str]:
    """The commands, in a new process started with ``umask``."""
    env = dict(os.environ, FACILITATOR_APP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-c", _COMMANDS, json.dumps(commands)],
        check=False, capture_output=True, text=True, encoding="utf-8", timeout=180,
        env=env, preexec_fn=lambda: os.umask(umask),
    )


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The user data folder of the commands run in this process."""
    folder = tmp_path / "home"
    monkeypatch.setenv("FACILITATOR_APP_HOME", str(folder))
    return folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("ws") / "Démo.cluster"
    create_demo(path).close()
    return path


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_output_gets_the_permissions_the_umask_gives(tmp_path, demo):
    umask, expected = 0o027, 0o640  # not the 0600 of a temporary file, not a fixed 0644
    home = tmp_path / "home"
    outputs = {
        "report.pdf": ("report", "{out}", "--workspace", str(demo)),
        "workbook.xlsx": ("report", "{out}", "--workspace", str(demo)),
        "members.xlsx": ("roster", "export", "{out}", "--workspace", str(demo)),
        "members.csv": ("roster", "export", "{out}", "--workspace", str(demo)),
        "faq.pdf": ("faq", "{out}"),
    }
    commands = [[a.format(out=tmp_path / name) for a in args] for name, args in outputs.items()]
    result = _run_in_a_process(home, commands, umask)
    assert result.returncode == 0, result.stderr
    for name in outputs:
        assert _mode(tmp_path / name) == expected, f"{name}: {oct(_mode(tmp_path / name))}"


def test_an_existing_file_keeps_its_own_permissions(tmp_path, demo, home):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")
    out.chmod(0o600)
    result = run_main("report", str(out), "--workspace", str(demo))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert _mode(out) == 0o600


def test_read_only_commands_make_no_backup_and_changes_do(tmp_path, demo, home):
    backups = home / "backups"

    def count() -> int:
        return len(list(backups.rglob("*.cluster"))) if backups.exists() else 0

    assert run_main("report", str(tmp_path / "r.pdf"), "--workspace", str(demo)).returncode == 0
    assert run_main("roster", "export", str(tmp_path / "m.csv"),
                    "--workspace", str(demo)).returncode == 0
    csv = tmp_path / "new.csv"
    csv.write_text("Name,Type\nAgnès Ferrand,firm\n", encoding="utf-8")
    assert run_main("roster", "import", str(csv), "--workspace", str(demo),
                    "--dry-run").returncode == 0
    assert count() == 0
    assert run_main("roster", "import", str(csv), "--workspace", str(demo)).returncode == 0
    assert count() == 1


def test_no_lock_file_beside_a_refused_file(tmp_path, home):
    folder = tmp_path / "received"
    folder.mkdir()
    notes = folder / "notes.cluster"
    notes.write_text("not a workspace", encoding="utf-8")
    result = run_main("report", str(folder / "r.pdf"), "--workspace", str(notes))
    assert result.returncode == 2
    assert "not a cluster workspace" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["notes.cluster"]
