"""A programme database address whose port cannot be read (``:abc``, an
IPv6 literal without its closing bracket) is refused in one line with exit
code 2, by ``sync``, ``programme init`` and ``programme report`` alike: not
an internal error. No server is needed: the address is refused first."""

from __future__ import annotations

import pytest

from facilitator_app.core.errors import BadInputError
from facilitator_app.services.programme.database import programme_url
from tests.cli_in_process import run_main

BAD = ["postgresql://u@h:abc/db", "postgresql://u:s3cret@[::1/db"]


@pytest.mark.parametrize("address", [*BAD, "u:s3cret@host/db"])
def test_programme_url_refuses_an_unreadable_port_in_words(address):
    with pytest.raises(BadInputError) as refused:
        programme_url(address)
    assert "is not a database address" in refused.value.message
    assert "s3cret" not in refused.value.message


@pytest.mark.parametrize("address", BAD)
@pytest.mark.parametrize("command", [["programme", "init", "--db"],
                                     ["programme", "report", "out.xlsx", "--db"]])
def test_programme_commands_refuse_it_in_one_line(address, command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    done = run_main(*command, address)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not a database address" in lines[0], done.stderr
    assert "internal error" not in done.stderr and "s3cret" not in done.stderr


@pytest.mark.parametrize("address", BAD)
def test_sync_refuses_it_in_one_line(address, tmp_path):
    done = run_main("sync", "--workspace", str(tmp_path / "none.cluster"), "--to", address)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not a database address" in lines[0], done.stderr
    assert "internal error" not in done.stderr and "s3cret" not in done.stderr


def test_an_ipv6_server_is_named_in_brackets_when_it_cannot_be_reached():
    """'::1:5999' read as a host '::1:5999' with no port; '[::1]:5999' is
    how the address was typed."""
    from sqlalchemy.exc import OperationalError

    from facilitator_app.services.programme.database import connection_error

    for address, server in (("postgresql://u@[::1]:5999/db", "[::1]:5999"),
                            ("postgresql://u@[fe80::1]/db", "[fe80::1]:5432"),
                            ("postgresql://u@hôte.example:6000/db", "hôte.example:6000")):
        refused = OperationalError("connect", None, Exception("connection refused"))
        message = connection_error(refused, programme_url(address)).message
        assert f"database at {server}:" in message, message
