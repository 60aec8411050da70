"""The wheel carries everything the app reads at run time, and runs from it.

The wheel is built from this checkout and unpacked into a folder of its own;
the app then runs from that folder (its dependencies come from the test
environment) in another working directory: the self-test, ``demo``, ``faq``
and ``report``. A resource read from the source tree instead of the package
would fail here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built by the setuptools of the test environment (the `test` extra pins
    # one that can), not one pip would first install into a fresh one.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(out), str(REPO)], check=True, timeout=300,
                   capture_output=True)
    [wheel] = out.glob("facilitator_app-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for resource in (REPO / "resources").rglob("*"):
        if resource.is_file():
            inside = "facilitator_app/resources/" + resource.relative_to(
                REPO / "resources").as_posix()
            assert inside in names, f"{inside} is missing from the wheel"
    assert any(n.startswith("facilitator_app/storage/migrations/versions/0001") for n in names)
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
    target = out / "site"
    zipfile.ZipFile(wheel).extractall(target)
    return target


def _env(site: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(site), **extra)
    if env.get("PYTHONPYCACHEPREFIX"):  # bytecode of the unpacked wheel stays beside it
        env["PYTHONPYCACHEPREFIX"] = str(site.parent / "pycache")
    return env


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = _env(site, FACILITATOR_APP_HOME=str(cwd / "home"))
    return subprocess.run([sys.executable, "-m", "facilitator_app", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_app_runs_from_its_wheel_anywhere(unpacked, tmp_path):
    where = subprocess.run(
        [sys.executable, "-c", "import facilitator_app, sys; print(facilitator_app.__file__)"],
        cwd=tmp_path, env=_env(unpacked), capture_output=True,
        text=True, check=True)
    assert where.stdout.strip().startswith(str(unpacked))  # not the checkout
    result = _run(unpacked, tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed"
    assert _run(unpacked, tmp_path, "demo", "d.cluster").returncode == 0
    assert _run(unpacked, tmp_path, "faq", "f.pdf").returncode == 0
    report = _run(unpacked, tmp_path, "report", "r.pdf", "--workspace", "d.cluster")
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
