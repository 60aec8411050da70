"""Entry point of the frozen app (PyInstaller runs this file).

Both executables of the bundle start here: ``facilitator-app`` (windowed: on
Windows it has no console, so ``sys.stdout`` and ``sys.stderr`` are None) and
``facilitator-app-cli`` (console: sub-commands and ``--self-test`` print there).
"""

import os
import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    # Windowed build without a console: give output somewhere harmless to go,
    # so a library writing to stderr cannot crash the app. Bugs still reach
    # facilitator-app.log in the user data folder.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    sys.exit(main())
