"""Temporary files left by killed exports are removed by the next write of that file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from facilitator_app.export.safe_write import remove_stale_parts, write_atomically


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def _part(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a workbook")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_stale_parts_of_the_target_go_and_everything_else_stays(tmp_path):
    dead, me = _dead_pid(), os.getpid()
    old = _part(tmp_path, ".Report-k2j3h4g5.xlsx.part", 2 * 3600)  # older version, old
    killed = _part(tmp_path, f".Report-{dead}-a1b2c3d4.xlsx.part", 120)  # dead writer
    kept = [
        _part(tmp_path, f".Report-{dead}-zzzzzzzz.xlsx.part", 5),  # dead, but just written
        _part(tmp_path, f".Report-{me}-q9w8e7r6.xlsx.part", 600),  # a live writer
        _part(tmp_path, ".Report-k2j3h4g6.xlsx.part", 600),  # older version, recent
        _part(tmp_path, f".Other-{dead}-a1b2c3d4.xlsx.part", 2 * 3600),  # another target
        _part(tmp_path, f".Report-2024-{dead}-a1b2c3d4.xlsx.part", 2 * 3600),  # "Report-2024"
        _part(tmp_path, f".Report-{dead}-a1b2c3d4.pdf.part", 2 * 3600),  # another suffix
        _part(tmp_path, ".Report-notes.xlsx", 2 * 3600),  # not a .part file
    ]
    written = write_atomically(tmp_path / "Report.xlsx", lambda p: p.write_bytes(b"done"))
    assert written.read_bytes() == b"done"
    assert not old.exists() and not killed.exists()
    assert all(p.exists() for p in kept), [p.name for p in kept if not p.exists()]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == sorted(
        p.name for p in kept if p.name.endswith(".part"))


def test_a_killed_export_leaves_a_part_that_the_next_export_removes(tmp_path):
    """A real kill: the writer dies inside write_atomically; its .part stays, then goes."""
    root = Path(__file__).resolve().parents[2]
    script = textwrap.dedent(
        f"""
        import os, signal
        from facilitator_app.export.safe_write import write_atomically
        def writer(tmp):
            tmp.write_bytes(b"half")
            os.kill(os.getpid(), signal.SIGKILL)
        write_atomically({str(tmp_path / "Roster.xlsx")!r}, writer)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=root, check=False,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == -9
    parts = list(tmp_path.glob(".Roster-*.xlsx.part"))
    assert len(parts) == 1
    # Quiet for more than a minute (its process is gone): the next write removes it.
    assert remove_stale_parts(tmp_path / "Roster.xlsx", now=time.time() + 30) == []
    write_atomically(tmp_path / "Roster.xlsx", lambda p: p.write_bytes(b"ok"))
    assert parts[0].exists()  # not quiet long enough yet
    then = time.time() - 90
    os.utime(parts[0], (then, then))
    write_atomically(tmp_path / "Roster.xlsx", lambda p: p.write_bytes(b"ok"))
    assert not parts[0].exists()
    assert [p.name for p in tmp_path.iterdir()] == ["Roster.xlsx"]
