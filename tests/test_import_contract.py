"""The import contract in pyproject.toml ([tool.importlinter]), checked in the suite.

No Qt below ui/, core plain Python, export fed plain data, each layer
importing only the layers below it, no cycles between the top-level
packages. import-linter reads the source (imports inside functions and
under TYPE_CHECKING included); nothing is imported or run.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).parents[1]
CONTRACTS = {"no-qt-below-ui", "layers", "pure-core", "export-without-database", "acyclic"}


def test_every_contract_is_declared():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {c["id"] for c in config["tool"]["importlinter"]["contracts"]}
    assert declared == CONTRACTS


def test_the_import_contract_holds(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    # The command's own logging set-up (logging.config.dictConfig) would
    # disable every logger the app made before it, for the rest of this
    # worker's tests: a later test that reads the app's warnings found none.
    monkeypatch.setattr("importlinter.cli._configure_logging", lambda verbose: None)
    exit_code = lint_imports(no_cache=True)
    report = capsys.readouterr().out
    assert exit_code == 0, report
