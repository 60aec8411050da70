"""One migrated empty workspace per test session, copied for each new one;
the demo's content made once per session too.

Running the Alembic migrations costs about a second; the suite creates
hundreds of workspaces. ``storage.workspace.build_schema`` (the one step of
creation that writes the schema) is replaced by a copy of a master file that
the real ``build_schema`` wrote once per session (once per xdist worker).
Everything else about creation (temporary file, profile, rename, lock,
checks on open) runs as in the app. Tests that must run the real migration
on creation use the ``real_schema_build`` marker.

The demo (``services.demo.create_demo``, about a hundred tests) is filled
through the services once per session (0.3 s of CPU: forty-odd ballots cast
one by one); every later demo creates its workspace as the app does, then
receives that content with SQLite's backup API. Its records get ids of their
own (``uid``, and every reference to one), as two demos made by the app have;
the profile keeps the id its creation gave it (the workspace's backup key).
The content is remade whenever the demo's data or the day changes. Tests
marked ``real_schema_build`` fill each demo through the services.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.services import demo as demo_module
from facilitator_app.storage import workspace as workspace_module

_real_build_schema = workspace_module.build_schema
_real_fill_demo = demo_module.fill_demo
_demo_masters: dict[tuple[str, ...], Path] = {}


@pytest.fixture(scope="session")
def master_workspace_file(tmp_path_factory) -> Path:
    master = tmp_path_factory.mktemp("master") / "master.cluster"
    _real_build_schema(master)
    return master


def _demo_key(args: tuple, kwargs: dict) -> tuple[str, ...]:
    """What the demo's records depend on: the arguments (its language), its
    content as read from the resources, the day (its dates count from today),
    the app's language."""
    content = json.dumps(demo_module.demo_data(*args, **kwargs), sort_keys=True)
    return (repr((args, sorted(kwargs.items()))), hashlib.sha256(content.encode()).hexdigest(),
            date.today().isoformat(), os.environ.get("FACILITATOR_APP_LANG", ""))


def _give_new_ids(conn: sqlite3.Connection, keep: dict[str, str]) -> None:
    """Every ``uid`` a new one (``keep`` maps old ones to stay), and every text
    column that holds one of the old ids follows it."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    columns = {t: [(c[1], (c[2] or "").upper()) for c in conn.execute(
        "SELECT * FROM pragma_table_info(?)", (t,))] for t in tables}
    conn.execute("CREATE TEMP TABLE new_ids (old TEXT PRIMARY KEY, new TEXT NOT NULL)")
    for table in tables:
        if any(name == "uid" for name, _ in columns[table]):
            conn.executemany("INSERT INTO temp.new_ids VALUES (?, ?)", [
                (old, keep.get(old) or str(uuid.uuid4()))
                for (old,) in conn.execute(f'SELECT uid FROM "{table}" WHERE uid IS NOT NULL')])
    for table in tables:
        for name, kind in columns[table]:
            if "CHAR" in kind or "TEXT" in kind or "CLOB" in kind:
                conn.execute(
                    f'UPDATE "{table}" SET "{name}" = (SELECT new FROM temp.new_ids '
                    f'WHERE old = "{table}"."{name}") '
                    f'WHERE "{name}" IN (SELECT old FROM temp.new_ids)')
    conn.execute("DROP TABLE temp.new_ids")


def _fill_demo_from_master(folder: Path, ws, *args, **kwargs) -> None:
    if not isinstance(ws, workspace_module.Workspace) or ws.engine_made:
        _real_fill_demo(ws, *args, **kwargs)  # not a workspace create_demo has just created
        return
    key = _demo_key(args, kwargs)
    master = _demo_masters.get(key)
    if master is None:  # the first such demo of the session is filled for real
        _real_fill_demo(ws, *args, **kwargs)
        master = folder / f"demo-{len(_demo_masters)}.cluster"
        master.unlink(missing_ok=True)
        src, dst = sqlite3.connect(ws.path), sqlite3.connect(master)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        _demo_masters[key] = master
        return
    dst = sqlite3.connect(ws.path)
    try:
        (own,) = dst.execute("SELECT uid FROM cluster_profile").fetchone()
        src = sqlite3.connect(f"file:{master}?mode=ro", uri=True)
        try:
            src.backup(dst)
        finally:
            src.close()
        (made,) = dst.execute("SELECT uid FROM cluster_profile").fetchone()
        _give_new_ids(dst, {made: own})
        dst.commit()
    finally:
        dst.close()


@pytest.fixture(autouse=True)
def _workspace_from_master(request, master_workspace_file, monkeypatch):
    if request.node.get_closest_marker("real_schema_build"):
        return

    def copy_master(target: Path) -> None:
        shutil.copyfile(master_workspace_file, target)

    monkeypatch.setattr(workspace_module, "build_schema", copy_master)
    monkeypatch.setattr(demo_module, "fill_demo",
                        functools.partial(_fill_demo_from_master, master_workspace_file.parent))
