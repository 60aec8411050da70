"""mypy on the layers below the GUI (core and services), as ARCHITECTURE asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_core_and_services_type_check():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "facilitator_app/core", "facilitator_app/services",
         "--ignore-missing-imports", "--no-error-summary"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
