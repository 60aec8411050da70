"""A kill before every SQL statement leaves a workspace the next start opens by itself.

Issue 15: "a kill before every SQL statement of creation, of the migration,
of a backup, of an import and of a ballot leaves a workspace that the next
start opens by itself with every confirmed row". For each path,
``kill_driver.py`` (a subprocess) first runs it once and counts its steps
(every statement sent to SQLite, every commit, every backup-API call, every
rename), then runs it again once per step N, SIGKILLing itself just before
step N. Here, in the test process, each of those files is then opened the
way the next start opens it, with no help: it must open, pass
``PRAGMA integrity_check``, and hold every row the driver was told was saved
before it died (the lines in ``run-N/confirmed``) and nothing half-done.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.services.profile import get_profile
from facilitator_app.storage import migrate
from facilitator_app.storage.models import Priority
from facilitator_app.storage.workspace import open_workspace

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX"),
]

DRIVER = Path(__file__).with_name("kill_driver.py")
FIXTURE = Path(__file__).parents[1] / "fixtures" / "schemas" / "workspace_rev0001.cluster"
WORKSPACE = "Workspace.cluster"  # the name kill_driver.py uses
IMPORTED = ["Kill Test One", "Kill Test Two", "Kill Test Three"]


@dataclass
class Run:
    n: int
    folder: Path
    confirmed: list[str]
    killed_at: str

    @property
    def path(self) -> Path:
        return self.folder / WORKSPACE

    def __str__(self) -> str:
        return f"run {self.n} (killed before: {self.killed_at or '-'})"


def drive(scenario: str, workdir: Path) -> Generator[Run, None, None]:
    """Start the driver; yield run 0 (not killed), then each killed run as
    soon as the driver is done with it (the test checks run N while the
    driver kills run N + 1). Use it in ``closing()``: a test that fails
    half way stops the driver."""
    proc = subprocess.Popen([sys.executable, str(DRIVER), scenario, str(workdir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        n, steps = 0, None
        while steps is None or n <= steps:
            folder = workdir / f"run-{n}"
            _wait_for(folder / "status", proc)
            status = (folder / "status").read_text()
            error = folder / "error"
            assert status == ("exit 0" if n == 0 else "killed"), (
                f"run {n}: {status}\n{error.read_text() if error.exists() else ''}")
            if n == 0:
                lines = (folder / "steps").read_text().splitlines()
                steps = len(lines)
                assert steps > 0
                seen = iter(lines)  # what SQLAlchemy's hook saw, in order, is among the steps
                missed = [sql for sql in (folder / "sqlalchemy_steps").read_text().splitlines()
                          if not any(step == sql for step in seen)]
                assert missed == [], f"statements the driver did not count: {missed[:3]}"
            confirmed = folder / "confirmed"
            killed_at = folder / "killed_at"
            yield Run(n, folder,
                      confirmed.read_text().splitlines() if confirmed.exists() else [],
                      killed_at.read_text() if killed_at.exists() else "")
            n += 1
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err[-3000:]
        assert int(out.split()[-1]) == steps
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _wait_for(status: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not status.exists():
        if proc.poll() is not None and not status.exists():
            raise AssertionError(f"the driver stopped before {status.parent.name}: "
                                 f"{proc.stderr.read()[-3000:] if proc.stderr else ''}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {status} after 120 s")
        time.sleep(0.005)


def next_start(run: Path | Run, monkeypatch, create: bool = False):
    """Open the workspace as the app's next start does, on the same machine
    (the run's user data folder): no help, no repair, default options."""
    folder = run.folder if isinstance(run, Run) else run
    monkeypatch.setenv("FACILITATOR_APP_HOME", str(folder / "home"))
    ws = open_workspace(folder / WORKSPACE, create=create)
    with ws.engine.connect() as conn:
        check = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        assert check == ["ok"], f"{run}: {check}"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == [], str(run)
    return ws


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{WORKSPACE}."))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def template(workdir: Path) -> Path:
    folder = workdir / "template"
    folder.mkdir(parents=True)
    return folder


# ----- creation -----------------------------------------------------------------
def test_kill_at_every_step_of_creation(tmp_path, monkeypatch):
    count = 0
    with closing(drive("create", tmp_path)) as runs:
        for run in runs:
            count += 1
            if run.n == 0:
                assert run.confirmed == ["created"]
            existed = run.path.exists()
            ws = next_start(run, monkeypatch, create=True)  # the first start's own path
            try:
                with ws.session() as s:
                    name = get_profile(s).name
            finally:
                ws.close()
            if existed or "created" in run.confirmed:
                # a file under the workspace's name is always a whole workspace
                assert name == "Kill test cluster", str(run)
            assert leftovers(run.folder) == [], str(run)
    assert count > 40  # schema, profile, checks: about 90 steps


# ----- migration ----------------------------------------------------------------
def test_kill_at_every_step_of_the_migration(tmp_path, monkeypatch):
    shutil.copy(FIXTURE, template(tmp_path) / WORKSPACE)
    original, rows = sha(FIXTURE), table_counts(FIXTURE)
    head = migrate.head_revision()
    count = untouched = 0
    with closing(drive("migration", tmp_path)) as runs:
        for run in runs:
            count += 1
            if run.n == 0:
                assert run.confirmed == ["migrated"]
            if sha(run.path) == original:
                untouched += 1  # the kill came before the swap: the original as it was
            else:  # after it: the migrated copy, whole
                conn = sqlite3.connect(run.path)
                try:
                    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
                        head,), str(run)
                finally:
                    conn.close()
            next_start(run, monkeypatch).close()
            after = table_counts(run.path)  # later revisions may add tables, never lose rows
            assert {table: after.get(table) for table in rows} == rows, str(run)
            assert leftovers(run.folder) == [], str(run)
    assert count > 30  # the copy, the migration (rows written many at a time), checks, swap
    assert untouched > count // 2  # most of the work happens on the copy


# ----- a rolling backup on opening ---------------------------------------------------
@pytest.fixture
def demo_with_open_rounds(tmp_path) -> Path:
    """The demo workspace with an open named round and an open secret round."""
    path = tmp_path / "demo" / WORKSPACE
    path.parent.mkdir()
    ws = create_demo(path)
    try:
        with ws.session() as s:
            options = list(s.scalars(select(Priority.id).order_by(Priority.position)))[:4]
            voting.create_round(s, 1, options, "borda", anonymity="named")
            voting.create_round(s, 1, options, "borda", anonymity="secret")
        ws.checkpoint()
    finally:
        ws.close()
    return path


def test_kill_at_every_step_of_a_rolling_backup(tmp_path, monkeypatch, demo_with_open_rounds):
    from facilitator_app.storage import backups

    shutil.copy(demo_with_open_rounds, template(tmp_path) / WORKSPACE)
    rows = table_counts(demo_with_open_rounds)
    with closing(drive("backup", tmp_path)) as runs:
        for run in runs:
            if run.n == 0:
                assert run.confirmed[0].startswith("opened ")
            ws = next_start(run, monkeypatch)
            key = ws.backup_key
            ws.close()
            assert table_counts(run.path) == rows, str(run)
            assert key is not None, str(run)
            made = backups.list_backups(key)
            assert len(made) >= 3, str(run)  # the two before, and the next start's own
            for backup in made:  # a backup that is there is a whole one
                assert backup.summary is not None, f"{run}: {backup.path.name} cannot be read"
                assert backup.summary.members == rows["members"], f"{run}: {backup.path.name}"


# ----- a roster import ----------------------------------------------------------
def test_kill_at_every_step_of_a_roster_import(tmp_path, monkeypatch, demo_with_open_rounds):
    folder = template(tmp_path)
    shutil.copy(demo_with_open_rounds, folder / WORKSPACE)
    (folder / "roster.csv").write_text(
        "Organisation,Type,Email\n"
        "Kill Test One,firm,one@example.org\n"
        "Kill Test Two,university,\n"
        "Kill Test Three,firm,three@example.org\n", encoding="utf-8")
    before = table_counts(demo_with_open_rounds)["members"]
    with closing(drive("import", tmp_path)) as runs:
        for run in runs:
            if run.n == 0:
                assert run.confirmed == ["imported 3"]
            ws = next_start(run, monkeypatch)
            ws.close()
            conn = sqlite3.connect(run.path)
            try:
                names = {r[0] for r in conn.execute("SELECT name FROM members")}
            finally:
                conn.close()
            found = [name for name in IMPORTED if name in names]
            assert found in ([], IMPORTED), f"{run}: half an import: {found}"  # all or nothing
            assert len(names) == before + len(found), str(run)
            if run.confirmed:
                assert found == IMPORTED, f"{run}: a confirmed import was lost"


# ----- ballots, named and secret -------------------------------------------------
def _ballots(path: Path, round_id: int) -> tuple[list[tuple[int | None, tuple]], set[int]]:
    conn = sqlite3.connect(path)
    try:
        ballots = []
        for ballot_id, voter_id in conn.execute(
                "SELECT id, voter_id FROM ballots WHERE round_id = ?", (round_id,)):
            entries = tuple(sorted(conn.execute(
                "SELECT option_id, CAST(value AS INTEGER) FROM ballot_entries "
                "WHERE ballot_id = ?", (ballot_id,))))
            ballots.append((voter_id, entries))
        register = {r[0] for r in conn.execute(
            "SELECT member_id FROM voter_receipts WHERE round_id = ?", (round_id,))}
        return ballots, register
    finally:
        conn.close()


def _confirmed_ballots(run: Run) -> list[tuple[int, int, tuple]]:
    found = []
    for line in run.confirmed:
        _, round_id, voter_id, *pairs = line.split()
        entries = tuple(sorted(tuple(int(x) for x in p.split(":")) for p in pairs))
        found.append((int(round_id), int(voter_id), entries))
    return found


@pytest.mark.parametrize("anonymity", ["named", "secret"])
def test_kill_at_every_step_of_a_ballot(tmp_path, monkeypatch, demo_with_open_rounds, anonymity):
    shutil.copy(demo_with_open_rounds, template(tmp_path) / WORKSPACE)
    round_id = None
    with closing(drive(f"{anonymity}-ballot", tmp_path)) as runs:
        for run in runs:
            if run.n == 0:
                assert len(_confirmed_ballots(run)) == 3
                round_id = _confirmed_ballots(run)[0][0]
            next_start(run, monkeypatch).close()
            ballots, register = _ballots(run.path, round_id)
            confirmed = _confirmed_ballots(run)
            # every confirmed ballot is there; at most the one being cast besides
            assert len(confirmed) <= len(ballots) <= len(confirmed) + 1, str(run)
            assert len(register) == len(ballots), f"{run}: register and ballots disagree"
            assert {voter for _, voter, _ in confirmed} <= register, str(run)
            if anonymity == "named":
                stored = dict(ballots)
                for _, voter, entries in confirmed:
                    assert stored.get(voter) == entries, f"{run}: ballot of {voter} lost or changed"
            else:
                assert all(voter is None for voter, _ in ballots), str(run)
                remaining = [entries for _, entries in ballots]
                for _, _, entries in confirmed:  # the same ballots, as a multiset
                    assert entries in remaining, f"{run}: a confirmed secret ballot was lost"
                    remaining.remove(entries)
