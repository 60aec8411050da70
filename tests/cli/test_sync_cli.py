"""``facilitator-app sync --workspace PATH --to postgresql://...`` against the
test run's own PostgreSQL server (tests/pg.py).

One run in a real process (the command as a facilitator types it, with a
plain ``postgresql://`` address); the others run the same command line in
this process (``run_main``)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from facilitator_app.cli import sync as sync_cli
from facilitator_app.services import roster
from facilitator_app.services.demo import create_demo
from facilitator_app.storage import migrate
from facilitator_app.storage.models import Member
from tests.cli_in_process import run_main
from tests.pg import programme_database  # noqa: F401 - the 'programme' fixture
from tests.services import test_programme_sync as sync_tests

pytestmark = pytest.mark.pg

password_role = sync_tests.password_role  # a fixture: a role with a password


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "Grenada démo.cluster"
    create_demo(path).close()
    return path


def _plain(url: str) -> str:
    """The address as a facilitator writes it: postgresql://, no driver named."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_the_demo_is_sent_and_sending_again_changes_nothing(programme, pg_url, demo_path):
    address = _plain(pg_url)
    done = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "sync", "--workspace", str(demo_path),
         "--to", address, "--sent-by", "Zoë"],
        check=False, capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0] == f"Sent Grenada démo to {address}"
    assert lines[1].endswith(" new, 0 updated, 0 unchanged, 0 deleted.")
    sent = int(lines[1].split()[0])
    with programme.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM members")).scalar_one() == 30
        assert conn.execute(text("SELECT sent_by FROM programme_sends")).scalar_one() == "Zoë"
        assert conn.execute(text("SELECT count(*) FROM programme_records")).scalar_one() == sent

    again = run_main("sync", "--workspace", str(demo_path), "--to", address)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[1] == f"0 new, 0 updated, {sent} unchanged, 0 deleted."


def test_a_conflict_is_printed_with_the_side_kept(programme, pg_url, demo_path):
    from facilitator_app.storage.workspace import open_workspace

    assert run_main("sync", "--workspace", str(demo_path), "--to", pg_url).returncode == 0
    ws = open_workspace(demo_path)
    try:
        with ws.session() as s:
            member = s.query(Member).filter(Member.name.like("Belmont%")).one()
            uid = member.uid
            with programme.begin() as conn:
                conn.execute(text("UPDATE members SET name = 'Belmont (programme)' "
                                  "WHERE uid = :u"), {"u": uid})
            roster.update_member(s, member.id, {"name": "Belmont (workspace)"})
    finally:
        ws.close()
    done = run_main("sync", "--workspace", str(demo_path), "--to", pg_url)
    assert done.returncode == 0, done.stderr
    out = done.stdout.splitlines()
    assert ("1 record changed both in this workspace and in the programme database since "
            "the last send: the newer change was kept.") in out
    (line,) = [line for line in out if uid in line]
    assert line.startswith(f"  members Belmont (workspace) ({uid}): kept this workspace's change")


def test_an_unreachable_server_is_one_line_and_exit_code_1(pg_url, demo_path):
    closed = make_url(_plain(pg_url)).set(port=1).render_as_string(hide_password=False)
    done = run_main("sync", "--workspace", str(demo_path), "--to", closed)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [(
        "facilitator-app: Cannot reach the programme database at 127.0.0.1:1: check the "
        "address and the network, and that the PostgreSQL server is running.")]


def test_a_database_without_the_schema_or_an_older_one_is_one_line_and_exit_code_1(
        pg_url, pg_engine, demo_path):
    done = run_main("sync", "--workspace", str(demo_path), "--to", pg_url)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert "no programme schema yet" in line and "programme init" in line
    from alembic import command
    command.upgrade(migrate.alembic_config(pg_url), "0004")
    done = run_main("sync", "--workspace", str(demo_path), "--to", pg_url)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert f"older (revision 0004, this app writes {migrate.head_revision()})" in line
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("address", ["mysql://u@host/programme", "postgresql://u@host",
                                     "not an address"])
def test_an_unusable_address_is_exit_code_2_before_the_workspace_is_opened(address,
                                                                           tmp_path):
    missing = tmp_path / "nothing here.cluster"
    done = run_main("sync", "--workspace", str(missing), "--to", address)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert not missing.exists()


def test_the_password_from_pgpassword_or_typed_and_never_printed(
        password_role, programme, demo_path, monkeypatch):
    address = _plain(password_role.render_as_string(hide_password=False))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    # no password, no terminal to ask on: refused, in one line
    monkeypatch.setattr(sync_cli, "_interactive", lambda: False)
    done = run_main("sync", "--workspace", str(demo_path), "--to", address)
    assert done.returncode == 1
    assert "refused the login of user 'sender'" in done.stderr
    # a wrong one in PGPASSWORD: refused, not asked again
    monkeypatch.setenv("PGPASSWORD", "wrong horse")
    monkeypatch.setattr(sync_cli, "_interactive", lambda: True)
    done = run_main("sync", "--workspace", str(demo_path), "--to", address)
    assert done.returncode == 1 and "check the user name and the password" in done.stderr
    # the right one in PGPASSWORD
    monkeypatch.setenv("PGPASSWORD", "right horse")
    done = run_main("sync", "--workspace", str(demo_path), "--to", address)
    assert done.returncode == 0, done.stderr
    assert "right horse" not in done.stdout + done.stderr
    # typed at the terminal when the server asks and none was given
    monkeypatch.delenv("PGPASSWORD")
    asked: list[str] = []

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return "right horse"

    monkeypatch.setattr(sync_cli.getpass, "getpass", typed)
    done = run_main("sync", "--workspace", str(demo_path), "--to", address)
    assert done.returncode == 0, done.stderr
    assert asked == [f"Password for sender at {address}: "]
    assert "right horse" not in done.stdout + done.stderr
    assert " 0 new, 0 updated," in " " + done.stdout.splitlines()[1]


def test_the_help_suggests_no_password_in_the_address_and_the_words_are_translated():
    from facilitator_app.i18n.messages import set_message_language
    from facilitator_app.services.programme.sync import Conflict, SendReport

    done = run_main("sync", "--help")
    assert done.returncode == 0
    said = " ".join(done.stdout.split())
    assert "Give the password in PGPASSWORD or type it when asked" in said
    assert "in the address, in PGPASSWORD" not in said
    conflict = Conflict("members", "u", "Belmont", "workspace", None, None)
    try:
        set_message_language("fr")
        assert sync_cli._moment(None) == "inconnu"
        assert SendReport(conflicts=[conflict, conflict]).lines()[1].startswith(
            "2 enregistrements ont été modifiés à la fois dans cet espace de travail")
        set_message_language("es")
        assert sync_cli._moment(None) == "desconocido"
    finally:
        set_message_language("en")
    assert sync_cli._moment(None) == "unknown"
    assert SendReport(conflicts=[conflict]).lines()[1].startswith("1 record changed both")
