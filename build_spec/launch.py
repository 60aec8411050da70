"""Entry point of the frozen app (PyInstaller runs this file)."""

import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
