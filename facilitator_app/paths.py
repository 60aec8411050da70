"""Runtime paths in one place: resources (frozen or not) and the user data folder.

``FACILITATOR_APP_HOME`` overrides the user data folder (tests and portable
installs use it), so nothing ever writes to a real profile by accident.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "ClusterFacilitatorToolkit"


def resources_dir() -> Path:
    """The app's data files (FAQ, templates, demo, fonts, icons), wherever it runs.

    Frozen: ``resources/`` inside the bundle. Installed (``pip install .`` or a
    wheel): ``facilitator_app/resources``, where setup.py puts the top-level
    ``resources/`` folder. From a source checkout or an editable install:
    the top-level ``resources/`` folder itself, which stays the source.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def get_asset(*parts: str) -> Path:
    """Path of a bundled resource file, e.g. ``get_asset("faq", "01.md")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    override = os.environ.get("FACILITATOR_APP_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return user_data_dir() / "facilitator-app.log"


def default_workspace_path() -> Path:
    return user_data_dir() / "My cluster.cluster"


WORKSPACE_SUFFIX = ".cluster"
