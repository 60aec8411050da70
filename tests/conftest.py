"""Test set-up shared by the whole suite.

Qt runs offscreen; every test gets its own user data folder so nothing ever
touches a real profile, and QSettings writes into it too.

A modal dialog nobody answers would hang the run (offscreen, nobody can
click it): every way the app opens one is replaced, for every test, by a
guard that records it and fails the test. A test that expects a dialog
patches that entry point itself (``monkeypatch.setattr(QMessageBox,
"question", ...)``), which takes precedence over the guard.
pytest-timeout (thread method, set in pyproject.toml) is the backstop for
anything else that blocks.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A second fence around the real profile: should a test lose its own user data
# folder (FACILITATOR_APP_HOME), the platform's default is a temporary one too.
os.environ["XDG_DATA_HOME"] = __import__("tempfile").mkdtemp(prefix="facilitator-tests-data-")
# The window's language follows the computer's unless Settings say otherwise:
# the suite reads English texts whatever the language of the machine it runs on.
os.environ["FACILITATOR_APP_LANG"] = "en"

import pytest

from tests.master_workspace import (  # noqa: F401
    _workspace_from_master,
    master_workspace_file,
)
from tests.pg import pg_cluster, pg_engine, pg_url  # noqa: F401 - tests marked pg


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("FACILITATOR_APP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # QSettings is process-wide: point it at this test's folder every time.
    from facilitator_app.ui.app import use_app_folder_for_qsettings

    use_app_folder_for_qsettings()
    return home


@pytest.fixture(autouse=True)
def _english_messages():
    """The messages below the UI are one choice per process (the window's
    language, ``--lang``): each test starts and ends in English."""
    from facilitator_app.i18n.messages import set_message_language

    set_message_language("en")
    yield
    set_message_language("en")


# Blocking entry points: the static helpers and exec() of each dialog class
# the app uses (subclasses defined in Python inherit QDialog.exec).
_STATIC_DIALOGS = {
    "QMessageBox": ("warning", "question", "information", "critical", "about"),
    "QFileDialog": ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                    "getExistingDirectory"),
    "QInputDialog": ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"),
    "QColorDialog": ("getColor",),
    "QFontDialog": ("getFont",),
}
_EXEC_DIALOGS = ("QDialog", "QMessageBox", "QFileDialog", "QInputDialog",
                 "QProgressDialog", "QColorDialog", "QFontDialog")


def _describe(args) -> str:
    texts = []
    for arg in args:
        if isinstance(arg, str):
            texts.append(arg)
        elif hasattr(arg, "windowTitle"):
            title = arg.windowTitle()
            text = arg.text() if hasattr(arg, "text") and callable(arg.text) else ""
            texts.append(f"{type(arg).__name__} {title!r} {text!r}".strip())
    return " | ".join(texts)[:300]


class UnexpectedDialog(AssertionError):
    pass


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.call_failed = report.failed


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialog(request, monkeypatch):
    try:
        from PySide6 import QtWidgets
    except ImportError:  # pragma: no cover - Qt is a runtime dependency
        yield
        return
    opened: list[str] = []

    def guard(kind: str, name: str):
        def refuse(*args, **kwargs):
            what = f"{kind}.{name}: {_describe(args)}"
            opened.append(what)
            raise UnexpectedDialog(f"unexpected modal dialog {what}")

        return refuse

    for kind, names in _STATIC_DIALOGS.items():
        cls = getattr(QtWidgets, kind)
        for name in names:
            monkeypatch.setattr(cls, name, staticmethod(guard(kind, name)))
    for kind in _EXEC_DIALOGS:
        monkeypatch.setattr(getattr(QtWidgets, kind), "exec", guard(kind, "exec"))
    yield
    # An exception raised inside a Qt slot may have been swallowed: fail anyway
    # (unless the test already failed for it).
    if opened and not getattr(request.node, "call_failed", False):
        pytest.fail("unexpected modal dialog(s): " + "; ".join(opened), pytrace=False)


# Whole modules that start processes (the command line, a second instance, a
# killed writer, LibreOffice, mypy ...) or build very large files: ``slow``,
# so ``pytest -m "not slow"`` gives a quick run while working.
_SLOW_MODULES = {
    "test_cli_basics.py", "test_faq_cli.py", "test_file_manners.py", "test_report_cli.py",
    "test_roster_cli.py", "test_tally.py", "test_kill_while_voting.py", "test_two_instances.py",
    "test_selftest.py", "test_lint.py", "test_typecheck.py", "test_import_contract.py",
    "test_cold_start.py", "test_bad_import_files.py", "test_dialog_guard.py",
    "test_secret_ballot_attack.py", "test_single_instance.py",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in _SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
        if "pg_cluster" in getattr(item, "fixturenames", ()):  # a PostgreSQL test, marked or not
            item.add_marker(pytest.mark.pg)
