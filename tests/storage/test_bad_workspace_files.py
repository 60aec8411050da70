"""Workspace files from a bad day: every one gets a clear message and stays unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.cli import main
from facilitator_app.core.errors import UserError
from facilitator_app.storage.workspace import WorkspaceError, open_workspace


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only_file_is_refused_untouched(tmp_path, monkeypatch):
    path = tmp_path / "readonly.cluster"
    open_workspace(path, create=True).close()
    before = digest(path)
    # Tests run as root, for whom chmod does not bite: ask the OS question
    # the opener asks, the way a read-only file or medium answers it.
    real_access = os.access
    monkeypatch.setattr(os, "access",
                        lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(WorkspaceError, match="read-only"):
        open_workspace(path)
    assert digest(path) == before


def test_folder_that_cannot_take_the_lock_file_gives_a_clear_message(tmp_path, monkeypatch):
    path = tmp_path / "w.cluster"
    open_workspace(path, create=True).close()
    real_open = os.open

    def refuse_lock(name, flags, mode=0o777, *a, **k):
        if str(name).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, mode, *a, **k)

    monkeypatch.setattr("facilitator_app.storage.lock.os.open", refuse_lock)
    with pytest.raises(UserError, match="cannot be written to"):
        open_workspace(path)


def test_path_with_spaces_and_accents(tmp_path):
    folder = tmp_path / "Mes documents" / "Coopérative Ñame – 2026"
    folder.mkdir(parents=True)
    path = folder / "Grenade épices & cacao.cluster"
    assert main(["demo", str(path)]) == 0
    ws = open_workspace(path)
    ws.close()


def test_cli_reports_a_bad_workspace_in_one_line(tmp_path, capsys):
    bad = tmp_path / "notes.cluster"
    bad.write_text("shopping list", encoding="utf-8")
    code = main(["roster", "export", str(tmp_path / "out.csv"), "--workspace", str(bad)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "not a cluster workspace" in err[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=4096),
    st.binary(max_size=4096).map(lambda b: b"SQLite format 3\x00" + b),
))
def test_random_bytes_never_open_and_never_change(tmp_path, data):
    path = tmp_path / "random.cluster"
    path.write_bytes(data)
    with pytest.raises(WorkspaceError):
        open_workspace(path).close()
    assert path.read_bytes() == data


def test_truncated_copy_of_a_real_workspace_at_many_lengths(tmp_path):
    from facilitator_app.services.demo import create_demo

    source = tmp_path / "demo.cluster"
    create_demo(source).close()
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = source.read_bytes()
    for fraction in (0.05, 0.3, 0.6, 0.95):
        cut = tmp_path / f"cut{fraction}.cluster"
        cut.write_bytes(data[: int(len(data) * fraction)])
        with pytest.raises(WorkspaceError):
            open_workspace(cut).close()
        assert len(cut.read_bytes()) == int(len(data) * fraction)
