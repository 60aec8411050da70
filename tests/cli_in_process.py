"""The command line run inside the test's own process.

``run_main(*argv)`` calls ``facilitator_app.cli.main`` (what ``python -m
facilitator_app`` runs) with its console output captured, and returns what
a real run's ``subprocess.run`` would: the exit code, stdout and stderr.
It saves the half second a new interpreter spends importing the app, for
tests whose claim is what a command does. Tests whose claim is about the
process itself (its exit on Ctrl+C, the umask it was started with, its
console encoding, its user data folder) start a real one.
"""

from __future__ import annotations

import contextlib
import io
import subprocess

from facilitator_app.cli import main


def run_main(*argv: str) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's usage errors (2), --help and --version (0)
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:  # a message: printed, exit code 1, as the interpreter does
                print(exc.code, file=err)
                code = 1
    return subprocess.CompletedProcess(["facilitator-app", *argv], code, out.getvalue(),
                                       err.getvalue())
