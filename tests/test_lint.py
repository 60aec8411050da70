"""ruff, with the rules chosen in pyproject.toml ([tool.ruff.lint]), in the suite.

The same command as `make lint`; the ruff version is pinned in the `test`
extra, so a new ruff release cannot fail a build that did not change.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise",
         "facilitator_app", "tests", "bench"],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
