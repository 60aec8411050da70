"""mypy, strict, on every layer below the GUI (core, services, storage, export).

The files and the flags are in pyproject.toml ([tool.mypy]); this test runs
mypy exactly as a developer does (`python -m mypy`), so the suite fails on a
type error.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
STRICT_LAYERS = ("core", "services", "storage", "export")


def test_the_layers_below_the_gui_are_checked_strictly():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == [f"facilitator_app/{layer}" for layer in STRICT_LAYERS]
    strict = [o for o in config["overrides"] if o.get("disallow_untyped_defs")]
    assert len(strict) == 1
    assert strict[0]["module"] == [f"facilitator_app.{layer}.*" for layer in STRICT_LAYERS]


def test_mypy_passes():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
