"""The built-in self-test, run unfrozen (CI also runs it in the frozen bundle)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_self_test_passes_and_reports_every_step():
    result = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--self-test"],
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[1],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    steps = [line for line in lines if line.startswith(("ok ", "FAIL"))]
    assert steps and all(line.startswith("ok ") for line in steps)
    titles = " | ".join(steps)
    for expected in ("create the demo workspace", "open the main window", "visit every page",
                     "FAQ handout", "workshop workbook", "workshop report", "roster"):
        assert expected in titles
