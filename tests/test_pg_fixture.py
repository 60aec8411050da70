"""The rule of tests/pg.py: without PostgreSQL's binaries the pg tests are
skipped with the reason, except where they are required (CI)."""

from __future__ import annotations

import pytest

from tests import pg


@pytest.fixture
def no_binaries(monkeypatch):
    monkeypatch.setattr(pg, "find_bindir", lambda: None)
    monkeypatch.delenv("FACILITATOR_REQUIRE_PG", raising=False)
    monkeypatch.delenv("CI", raising=False)


def test_without_binaries_the_pg_tests_are_skipped_with_the_reason(no_binaries):
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL server binaries"):
        pg.server_binaries()


@pytest.mark.parametrize("variable", ["FACILITATOR_REQUIRE_PG", "CI"])
def test_where_postgresql_is_required_a_missing_server_fails(no_binaries, monkeypatch,
                                                              variable):
    monkeypatch.setenv(variable, "1")
    with pytest.raises(pytest.fail.Exception, match=r"required .* no PostgreSQL server"):
        pg.server_binaries()


def test_the_binaries_are_found_where_debian_puts_them(monkeypatch, tmp_path):
    monkeypatch.delenv("FACILITATOR_PG_BINDIR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    found = pg.find_bindir()
    if found is None:  # skipped on a machine without them, a failure in CI
        pg._unavailable("no PostgreSQL server under /usr/lib/postgresql on this machine")
    assert found.parent.parent.as_posix() == "/usr/lib/postgresql"
    assert (found / "pg_ctl").is_file()


def test_a_folder_named_in_the_environment_comes_first(monkeypatch, tmp_path):
    for tool in ("initdb", "pg_ctl", "postgres"):
        (tmp_path / tool).write_text("")
    monkeypatch.setenv("FACILITATOR_PG_BINDIR", str(tmp_path))
    assert pg.find_bindir() == tmp_path
