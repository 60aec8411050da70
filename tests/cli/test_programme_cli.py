"""``facilitator-app programme init|report --db postgresql://...``.

On the PostgreSQL server the test run starts (tests/pg.py). A bad address
runs in a real process (its exit code and its one line as a user sees
them); the others run the same command line in this process
(``run_main``).
"""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, inspect

from facilitator_app.services.demo import create_demo
from facilitator_app.services.programme.sync import send_workspace
from facilitator_app.storage.migrate import head_revision
from tests.cli_in_process import run_main

pytestmark = pytest.mark.pg


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator_app", *args], check=False,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once closed


def _plain(url: str) -> str:
    """The address as a user types it (no driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_init_creates_the_schema_and_says_so_then_finds_it_up_to_date(pg_url):
    done = run_main("programme", "init", "--db", _plain(pg_url))
    assert done.returncode == 0, done.stderr
    assert f"Created the programme database schema (revision {head_revision()})" in done.stdout
    engine = create_engine(pg_url)
    try:
        found = inspect(engine)
        assert {"programme_workspaces", "programme_records", "members"} <= set(
            found.get_table_names())
        assert {"v_clusters", "v_health"} <= set(found.get_view_names())
    finally:
        engine.dispose()
    again = run_main("programme", "init", "--db", _plain(pg_url))
    assert again.returncode == 0, again.stderr
    assert "is up to date" in again.stdout


def test_report_writes_the_workbook_of_what_was_sent(pg_url, tmp_path):
    assert run_main("programme", "init", "--db", _plain(pg_url)).returncode == 0
    ws = create_demo(tmp_path / "demo.cluster")
    try:
        send_workspace(ws.engine, _plain(pg_url))
    finally:
        ws.close()
    target = tmp_path / "programme report.xlsx"
    done = run_main("programme", "report", str(target), "--db", _plain(pg_url))
    assert done.returncode == 0, done.stderr
    assert "Wrote the programme report of 1 cluster to" in done.stdout
    clusters = list(load_workbook(target)["Clusters"].iter_rows(values_only=True))
    assert clusters[1][0] == "Grenada Cocoa & Spice Cluster"
    assert clusters[1][6] == 30  # members


def test_report_before_init_asks_for_init(pg_url, tmp_path):
    done = run_main("programme", "report", str(tmp_path / "p.xlsx"), "--db", _plain(pg_url))
    assert done.returncode == 1
    assert "run 'facilitator-app programme init" in _one_line(done.stderr)
    assert not (tmp_path / "p.xlsx").exists()


def test_a_server_not_reached_is_one_line_and_exit_1(tmp_path):
    url = f"postgresql://someone:s3cret@127.0.0.1:{_closed_port()}/programme"
    done = _run("programme", "report", str(tmp_path / "p.xlsx"), "--db", url)
    assert done.returncode == 1
    line = _one_line(done.stderr)
    assert line.startswith("facilitator-app: Cannot reach the programme database at 127.0.0.1:")
    assert "s3cret" not in done.stderr + done.stdout
    assert not list(tmp_path.iterdir())
    init = run_main("programme", "init", "--db", url)
    assert init.returncode == 1
    assert "Cannot reach" in _one_line(init.stderr)


def test_a_login_refused_is_said_as_such(pg_cluster):
    url = f"postgresql://nobody_here@127.0.0.1:{pg_cluster.port}/postgres"
    done = run_main("programme", "init", "--db", url)
    assert done.returncode == 1
    assert "refused the login of user 'nobody_here'" in _one_line(done.stderr)


def test_a_missing_database_is_named(pg_cluster):
    url = f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/no_such_programme"
    done = run_main("programme", "init", "--db", url)
    assert done.returncode == 1
    assert "has no database 'no_such_programme'" in _one_line(done.stderr)


@pytest.mark.parametrize("url", ["not an address", "mysql://u@h/db", "postgresql://u@h"])
def test_an_address_that_is_not_a_postgresql_database_is_exit_2(url):
    done = run_main("programme", "init", "--db", url)
    assert done.returncode == 2
    assert _one_line(done.stderr).startswith("facilitator-app: ")


def test_a_report_file_that_is_not_xlsx_is_refused_before_connecting(tmp_path):
    url = f"postgresql://u@127.0.0.1:{_closed_port()}/programme"
    done = run_main("programme", "report", str(tmp_path / "p.pdf"), "--db", url)
    assert done.returncode == 2
    assert "ending in .xlsx" in _one_line(done.stderr)


def test_an_older_schema_is_upgraded_by_init(pg_url, tmp_path):
    from alembic import command

    from facilitator_app.storage.migrate import alembic_config

    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")  # an app of two revisions ago set it up
    finally:
        engine.dispose()
    report = run_main("programme", "report", str(tmp_path / "p.xlsx"), "--db", _plain(pg_url))
    assert report.returncode == 1
    assert "schema is older (revision 0005" in _one_line(report.stderr)
    done = run_main("programme", "init", "--db", _plain(pg_url))
    assert done.returncode == 0, done.stderr
    assert f"from revision 0005 to {head_revision()}" in done.stdout


def test_a_database_holding_other_tables_is_refused_in_one_line(pg_url):
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE members (name text)")  # another program's
    finally:
        engine.dispose()
    done = run_main("programme", "init", "--db", _plain(pg_url))
    assert done.returncode == 1
    assert "Cannot set up the programme schema in this database" in _one_line(done.stderr)


def test_a_report_of_a_database_nothing_was_sent_to_has_its_sheets_and_no_rows(pg_url, tmp_path):
    assert run_main("programme", "init", "--db", _plain(pg_url)).returncode == 0
    target = tmp_path / "empty.xlsx"
    done = run_main("programme", "report", str(target), "--db", _plain(pg_url))
    assert done.returncode == 0, done.stderr
    assert "of 0 clusters" in done.stdout
    wb = load_workbook(target)
    assert wb["Clusters"].max_row == 1 and wb["Clusters"]["A1"].value == "Cluster"
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(values_only=True)}
    assert summary["Clusters"] == 0


def test_a_refused_login_at_a_terminal_asks_for_the_password_once(pg_cluster, monkeypatch):
    from facilitator_app.cli import programme

    asked: list[str] = []
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(programme, "_interactive", lambda: True)
    monkeypatch.setattr(programme.getpass, "getpass",
                        lambda prompt: asked.append(prompt) or "typed-secret")
    url = f"postgresql://nobody_here@127.0.0.1:{pg_cluster.port}/postgres"
    done = run_main("programme", "init", "--db", url)
    assert asked == [f"Password for nobody_here at {url}: "]
    assert done.returncode == 1  # the server still refuses that user
    assert "refused the login of user 'nobody_here'" in _one_line(done.stderr)
    assert "typed-secret" not in done.stderr + done.stdout
