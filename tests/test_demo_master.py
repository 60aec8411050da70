"""The suite's demo copies (tests/master_workspace.py) are the demo the app makes.

Most demos in the suite are copied from one filled through the services once
per session. A copy must hold what a demo filled through the services holds,
record for record (times of day and the random keys of secret ballots
aside), with record ids (``uid``) of its own
as every new demo has, and must open as the app opens any workspace.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from facilitator_app.services.demo import create_demo
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.storage.workspace import open_workspace
from tests import master_workspace

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?")
KEY = re.compile(r"\b\d{10,}\b")  # a secret ballot's random key (up to 2**62)


def records(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{t}"'))
                for t in tables}
    finally:
        conn.close()


def without_ids_and_times(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {t: sorted(KEY.sub("<key>", TIME.sub("<time>", UID.sub("<uid>", row))) for row in rows)
            for t, rows in found.items()}


def ids(found: dict[str, list[str]]) -> set[str]:
    return set(UID.findall(repr(found)))


@pytest.mark.parametrize("lang", [None, "es"])
def test_a_copied_demo_is_the_demo_the_services_make(tmp_path, lang):
    real = create_workspace(tmp_path / "real.cluster")
    try:
        master_workspace._real_fill_demo(real, lang)  # through the services, whatever the suite does
    finally:
        real.close()
    for name in ("first.cluster", "copy.cluster"):  # the first may be the session's master
        ws = create_demo(tmp_path / name, lang)
        assert not ws.engine_made or name == "first.cluster"
        ws.close()
    made, copied = records(tmp_path / "real.cluster"), records(tmp_path / "copy.cluster")
    first = records(tmp_path / "first.cluster")

    assert without_ids_and_times(copied) == without_ids_and_times(made)
    assert sum(map(len, copied.values())) > 300  # the whole demo, not an empty file
    assert len(ids(copied)) == len(ids(made))
    assert ids(copied).isdisjoint(ids(made)) and ids(copied).isdisjoint(ids(first))
    ws = open_workspace(tmp_path / "copy.cluster")  # the checks of opening, the schema's
    try:
        with ws.engine.connect() as conn:
            assert [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")] == ["ok"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        ws.close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "copy.cluster", "first.cluster", "real.cluster"]
