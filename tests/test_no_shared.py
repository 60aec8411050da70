"""Nothing the tests, benchmarks, build or README run may read the folder beside the repo.

Developers and CI have a folder beside the repository (design
notes, reference files); a user's ``git clone`` does not. A test that reads
it fails, or hangs, in a plain clone; the test inputs live in
tests/fixtures/ instead (made by tests/fixtures/make_fixtures.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# What is scanned: the tests, the benchmarks, the build and CI steps, the README.
SCANNED = ["tests", "bench", ".ci", "build_spec", "Makefile", "README.md", "pyproject.toml",
           "setup.py"]
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis"}

# Ways of naming the folder beside the repository. (The name is put together,
# and the sample lines below spell it {S}, so this file names it nowhere.)
SHARED = "sha" + "red"
PATTERNS = [
    re.compile(r"\.\.[/\\]+" + SHARED + r"\b"),  # ../{S}, ..\{S}
    re.compile(r"/\s*[\"']" + SHARED + r"[\"']"),  # parent / "{S}"
    re.compile(r"[\"']" + SHARED + r"[\"']\s*/"),  # "{S}" / "fixtures"
    re.compile(r"join\([^)]*[\"']" + SHARED + r"[\"']"),  # os.path.join(.., "{S}")
    re.compile(r"\b" + SHARED + r"[/\\](fixtures|design|reference|hooks)\b"),  # {S}/fixtures
]


def references(text: str) -> list[int]:
    """Line numbers (1-based) of the lines that name the shared folder."""
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if any(p.search(line) for p in PATTERNS)
    ]


def scanned_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        path = REPO / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += sorted(
                p for p in path.rglob("*")
                if p.is_file() and not SKIPPED_DIRS.intersection(p.relative_to(REPO).parts)
            )
    return files


@pytest.mark.parametrize(
    "line",
    [
        'FIXTURES = REPO.parent / "{S}" / "fixtures"',
        "FIXTURES = Path(__file__).parents[2].parent / '{S}' / 'fixtures'",
        "For example: `facilitator-app tally ../{S}/fixtures/ballots_ranked.csv`.",
        "Layers (see `../{S}/design/ARCHITECTURE.md`):",
        'path = os.path.join(root, "..", "{S}", "fixtures")',
        "cp ../../{S}/fixtures/*.csv tests/",
        r"type ..\{S}\fixtures\roster_messy.csv",
    ],
)
def test_the_patterns_find_a_reference(line):
    assert references(line.replace("{S}", SHARED)) == [1]


@pytest.mark.parametrize(
    "line",
    [
        "Shared fermentation & drying centre",
        'path = tmp_path / "shared folder" / "Coopérative ñ.cluster"',
        'path = tmp_path / "shared.cluster"',
        '"""Test set-up shared by the whole suite.',
        "use cases shared by GUI and CLI",
        "FIXTURES = REPO / 'tests' / 'fixtures'",
    ],
)
def test_the_patterns_leave_other_uses_of_the_word(line):
    assert references(line.replace("{S}", SHARED)) == []


def test_no_file_reads_the_shared_folder_beside_the_repository():
    files = scanned_files()
    names = {p.relative_to(REPO).as_posix() for p in files}
    # the scan really covers what it should
    assert {"README.md", "Makefile", "tests/cli/test_tally.py", "tests/conftest.py"} <= names
    found = []
    for path in files:
        data = path.read_bytes()
        if b"\x00" in data:
            continue  # a workbook, a workspace: binary, no paths to follow
        text = data.decode("utf-8", errors="replace")
        found += [f"{path.relative_to(REPO).as_posix()}:{n}" for n in references(text)]
    assert found == [], (
        "these lines name the folder beside the repository, which a clone does not have; "
        "put the file under tests/fixtures/ instead: " + ", ".join(found)
    )
