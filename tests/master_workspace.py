"""One migrated empty workspace per test session, copied for each new one.

Running the Alembic migrations costs about a second; the suite creates
hundreds of workspaces. ``storage.workspace.build_schema`` (the one step of
creation that writes the schema) is replaced by a copy of a master file that
the real ``build_schema`` wrote once per session (once per xdist worker).
Everything else about creation (temporary file, profile, rename, lock,
checks on open) runs as in the app. Tests that must run the real migration
on creation use the ``real_schema_build`` marker.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from facilitator_app.storage import workspace as workspace_module

_real_build_schema = workspace_module.build_schema


@pytest.fixture(scope="session")
def master_workspace_file(tmp_path_factory) -> Path:
    master = tmp_path_factory.mktemp("master") / "master.cluster"
    _real_build_schema(master)
    return master


@pytest.fixture(autouse=True)
def _workspace_from_master(request, master_workspace_file, monkeypatch):
    if request.node.get_closest_marker("real_schema_build"):
        return

    def copy_master(target: Path) -> None:
        shutil.copyfile(master_workspace_file, target)

    monkeypatch.setattr(workspace_module, "build_schema", copy_master)
