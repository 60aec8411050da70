"""A user who may log in to the programme database but was given no rights
on its tables (an analyst's read-only login used to send, a user the
administrator forgot to grant) is told so in one line, exit code 1, by
``sync`` and ``programme report``: it was an internal error with the
driver's SQL. The programme database is left as it was."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from facilitator_app.services.demo import create_demo
from tests.cli_in_process import run_main
from tests.pg import programme_database as programme  # noqa: F401 - the fixture

pytestmark = pytest.mark.pg


@pytest.fixture
def no_rights(programme, pg_url, pg_cluster, monkeypatch):  # noqa: F811
    """The address of a login with no rights on the tables (password in PGPASSWORD)."""
    role = f"r_{uuid.uuid4().hex[:10]}"
    url = make_url(pg_url)
    pg_cluster.admin(f"CREATE ROLE {role} LOGIN PASSWORD 'no-rights-77'")
    pg_cluster.admin(f'GRANT CONNECT ON DATABASE "{url.database}" TO {role}')
    monkeypatch.setenv("PGPASSWORD", "no-rights-77")
    yield f"postgresql://{role}@{url.host}:{url.port}/{url.database}", role
    pg_cluster.admin(f'REVOKE ALL ON DATABASE "{url.database}" FROM {role}')


def _one_line(done, role):
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1, done.stderr
    assert "internal error" not in lines[0] and "SQL" not in lines[0], lines[0]
    assert f"'{role}'" in lines[0] and "rights" in lines[0], lines[0]
    assert "no-rights-77" not in done.stderr


def test_sync_says_the_user_has_no_rights(no_rights, programme, tmp_path):  # noqa: F811
    address, role = no_rights
    path = tmp_path / "demo.cluster"
    create_demo(path).close()
    done = run_main("sync", "--workspace", str(path), "--to", address)
    _one_line(done, role)
    with programme.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM members")).scalar_one() == 0


def test_the_programme_report_says_the_user_has_no_rights(no_rights, tmp_path):
    address, role = no_rights
    target = tmp_path / "programme.xlsx"
    done = run_main("programme", "report", str(target), "--db", address)
    _one_line(done, role)
    assert not target.exists()
